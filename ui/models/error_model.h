// The errors of a run as the tool grouped them, most frequent first.
#pragma once

#include "model/run.h"

#include <QAbstractTableModel>

namespace palier::ui {

class ErrorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Occurrences, Method, Name, Error, ColumnCount };

    explicit ErrorModel(QObject *parent = nullptr);
    void setErrors(QList<ErrorEntry> errors);   // sorted by occurrences, descending

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 totalOccurrences() const;

private:
    QList<ErrorEntry> m_errors;
};

} // namespace palier::ui
