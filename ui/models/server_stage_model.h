// Client against server for one run (docs/server-side.md): per stage, the
// load generator's searches per second and key p95 beside what the monitoring
// table logged — the searches the run added above the traffic before it, the
// server's p95 and error rate — and whether the volumes agree.
#pragma once

#include "analysis/server_side.h"
#include "shell/state_palette.h"

#include <QAbstractTableModel>

namespace palier::ui {

class ServerStageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Users, ClientRate, ServerRate, ClientP95, ServerP95, ServerErrorRate, Volumes, ColumnCount };

    explicit ServerStageModel(QObject *parent = nullptr);
    // `comparison` may be null (no events given): no rows.
    void setComparison(const Run *run, const ServerComparison *comparison, const QString &keyTransaction);
    void setPalette(const StatePalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServerStage> m_stages;
    QList<double> m_clientP95;   // the generator's key p95 per row (NaN unknown)
    StatePalette m_palette;
};

} // namespace palier::ui
