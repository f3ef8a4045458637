// The stages as the capacity model reads them (docs/capacity.md): the plateau
// throughput the USL is fitted on, the mean response time, the users the
// history shows against the users Little's law implies (N = X·(R + Z)), and
// whether the stage is in the fit.
#pragma once

#include "shell/state_palette.h"
#include "analysis/capacity.h"

#include <QAbstractTableModel>

namespace palier::ui {

class CapacityStageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Users, Throughput, MeanResponse, HistoryUsers, LittleUsers, Little, InFit, ColumnCount };
    enum Roles {
        ValueRole = Qt::UserRole + 1,   // the number behind a cell (double; invalid when unknown)
        LittleOffRole,                  // bool: Little's law and the history disagree on this stage
        UsedRole                        // bool: the stage is in the fit
    };

    explicit CapacityStageModel(QObject *parent = nullptr);
    // capacity may be null (no run).
    void setCapacity(const Capacity *capacity);
    void setPalette(const StatePalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CapacityStage> m_stages;
    double m_thinkS = kNaN;
    StatePalette m_palette;
};

} // namespace palier::ui
