// k6 thresholds as the tool judged them (summary exports): metric, expression,
// passed or failed — in the grid's colours, with symbol and word.
#pragma once

#include "shell/state_palette.h"
#include "model/run.h"

#include <QAbstractTableModel>

namespace palier::ui {

class ThresholdModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Metric, Expression, Result, ColumnCount };

    explicit ThresholdModel(QObject *parent = nullptr);
    void setThresholds(const QList<Threshold> &thresholds);
    void setPalette(const StatePalette &palette);
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Threshold> m_thresholds;
    StatePalette m_palette;
};

} // namespace palier::ui
