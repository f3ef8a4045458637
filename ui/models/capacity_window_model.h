// The capacity of the window's runs side by side, oldest first as the grid's
// columns read (docs/capacity.md): users before the key p95 turns orange and
// red, the throughput peak and the fit's R², so a week losing capacity shows.
// A run without a model says its state and why, not empty numbers.
#pragma once

#include "grid/assessment.h"

#include <QAbstractTableModel>

namespace palier {
class Language;
}

namespace palier::ui {

// Why a run has no capacity model, for a place that shows its state word
// beside: capacitySummary() without the state word it opens with ("2 user
// levels, 4 needed"), or whole when it does not open with it.
QString capacityReason(const Capacity &capacity, const Language &lang);

class CapacityWindowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RunId, State, BeforeOrange, BeforeRed, Peak, R2, ColumnCount };
    enum Roles {
        RunIdRole = Qt::UserRole + 1,
        StateRole,       // int(CapacityState)
        HasModelRole,    // bool: the numbers columns hold numbers; else BeforeOrange says why not
        ValueRole        // the number behind a cell (users, R²; invalid when none)
    };

    explicit CapacityWindowModel(QObject *parent = nullptr);
    void setAssessment(const Assessment &assessment);
    // Rows whose numbers are replaced by one sentence: the view spans it from
    // BeforeOrange to the last column.
    bool isSpanned(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString runId;
        Capacity capacity;
    };
    QList<Row> m_rows;
};

} // namespace palier::ui
