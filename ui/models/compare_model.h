// The runs the Compare view overlays: the window's runs (or every run loaded),
// newest first, with what sets them apart.
#pragma once

#include "shell/state_palette.h"
#include "grid/assessment.h"

#include <QAbstractTableModel>

namespace palier::ui {

class CompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RunId, Started, Plan, InWindow, KeyP95, ErrorRate, Saturation, DecisionColumn, ColumnCount };
    enum Roles { RunIndexRole = Qt::UserRole + 1, SeriesColourRole };

    explicit CompareModel(QObject *parent = nullptr);
    void setAssessment(const Assessment &assessment, bool allRuns, const StatePalette &palette);
    // Indices into the assessment's runs, in row order.
    const QList<int> &runIndices() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Assessment m_assessment;
    QList<int> m_rows;
    StatePalette m_palette;
};

} // namespace palier::ui
