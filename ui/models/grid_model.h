// The decision grid as a table: one row per criterion of the profile, then the
// score and the decision; one column per run of the window (oldest first, so a
// trend reads left to right) and the window's combined column.
#pragma once

#include "shell/state_palette.h"
#include "grid/assessment.h"

#include <QAbstractTableModel>

namespace palier::ui {

class GridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        ColourRole = Qt::UserRole + 1,   // palier::Colour as int (criterion cells)
        DecisionRole,                    // palier::Decision as int (decision row)
        ValueRole,                       // the compared value (double; NaN not evaluated)
        RunIdRole                        // run id of the column (empty: window)
    };
    enum class RowKind { Criterion, Score, Decision };

    explicit GridModel(QObject *parent = nullptr);

    void setAssessment(const Assessment &assessment);
    void setPalette(const StatePalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RowKind rowKind(int row) const;
    int windowColumn() const { return 1 + int(m_runs.size()); }
    QString criterionId(int row) const;

private:
    QVariant criterionCell(int row, int column, int role) const;
    QVariant scoreCell(int column, int role) const;
    QVariant decisionCell(int column, int role) const;
    const RunVerdict *verdictAt(int column) const;

    Assessment m_assessment;
    QList<int> m_runs;     // indices into m_assessment.runs, oldest first
    StatePalette m_palette;
};

} // namespace palier::ui
