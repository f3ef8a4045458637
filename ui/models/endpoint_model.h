// The endpoints of a run (or of one stage) with their figures; the key
// transaction in bold. Sort through a proxy on SortRole (numbers, not text).
#pragma once

#include "model/run.h"

#include <QAbstractTableModel>

namespace palier::ui {

class EndpointModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Method, Name, Requests, Failures, ErrorRate, Avg, P50, P95, P99, Max, Rps, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit EndpointModel(QObject *parent = nullptr);
    void setEndpoints(const QList<Endpoint> &endpoints, const QString &keyTransaction);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Endpoint> m_endpoints;
    QString m_key;
};

} // namespace palier::ui
