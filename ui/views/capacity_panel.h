// The Capacity tab of the Load test view: how many users the run's hosting can
// hold (docs/capacity.md). The model's state and its one-line summary (the
// words the CLI and the report use), the fitted numbers with their 95 %
// intervals, and the stages as the model reads them. A run without a model
// shows its state and why, never empty numbers.
#pragma once

#include "shell/state_palette.h"
#include "analysis/capacity.h"

#include <QHash>
#include <QWidget>

class QGroupBox;
class QLabel;
class QTableView;

namespace palier::ui {

class CapacityStageModel;

class CapacityPanel : public QWidget {
    Q_OBJECT
public:
    explicit CapacityPanel(QWidget *parent = nullptr);

    // capacity null: no run opened.
    void setCapacity(const Capacity *capacity, const StatePalette &palette);

    CapacityStageModel *stageModel() const { return m_stages; }
    QTableView *stageTable() const { return m_table; }
    // True when the fitted numbers are shown (the model exists).
    bool showsNumbers() const;
    // The value shown for one number, for tests: "sigma", "kappa", "lambda",
    // "fit", "think", "peak", "orange", "red". Null for an unknown id.
    QLabel *value(const QString &id) const { return m_values.value(id); }
    QLabel *stateLabel() const { return m_state; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    QLabel *m_state;
    QLabel *m_summary;
    QGroupBox *m_numbers;
    QHash<QString, QLabel *> m_values;
    QWidget *m_stagesBox;
    QTableView *m_table;
    CapacityStageModel *m_stages;
};

} // namespace palier::ui
