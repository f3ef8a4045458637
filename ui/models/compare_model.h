// The runs the Compare view overlays: the window's runs (or every run loaded),
// newest first, with what sets them apart. A pinned baseline run gives every
// other run's figures their change against it, in % (docs/compare.md); each
// figure's cell has the grid colour of its criterion.
#pragma once

#include "shell/state_palette.h"
#include "grid/assessment.h"

#include <QAbstractTableModel>

namespace palier::ui {

class CompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RunId, Started, Plan, InWindow, KeyP95, ErrorRate, Throughput, Saturation, DecisionColumn, ColumnCount };
    enum Roles {
        RunIndexRole = Qt::UserRole + 1,
        SeriesColourRole,
        ValueRole,         // the figure as a number (NaN: none)
        DeltaRole,         // its change against the baseline, in % (NaN: no baseline or no figure)
        GridColourRole,    // the grid colour of the figure's criterion (int of Colour), when the profile has one
        IsBaselineRole     // true on the baseline's row
    };

    explicit CompareModel(QObject *parent = nullptr);
    void setAssessment(const Assessment &assessment, bool allRuns, const StatePalette &palette);
    // Indices into the assessment's runs, in row order.
    const QList<int> &runIndices() const { return m_rows; }
    // The baseline, by run id (empty: none). Kept across setAssessment while
    // that run is still listed.
    void setBaseline(const QString &runId);
    QString baseline() const { return m_baseline; }
    // The figure of a column (KeyP95, ErrorRate, Throughput) for a run, and
    // its change against the baseline in % (NaN when either is unknown, or
    // the baseline's figure is 0).
    double value(int runIndex, int column) const;
    double delta(int runIndex, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int baselineIndex() const;   // into the assessment's runs, -1: none
    static QString figureText(int column, double value);   // "3 300 ms", "1.60 %", "36.8 req/s"
    // The criterion a column's figure is judged by, nullptr: none in the profile.
    const CriterionResult *criterionOf(int runIndex, int column) const;
    Assessment m_assessment;
    QString m_baseline;
    QList<int> m_rows;
    StatePalette m_palette;
};

} // namespace palier::ui
