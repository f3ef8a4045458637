// The Load test view's Distribution tab (docs/distribution.md): per stage, the
// key transaction's requests in the grid's latency ranges and failed, and the
// histogram of the selected stage's durations — exact from raw samples,
// marked as estimated from a tool's percentiles otherwise.
#pragma once

#include "analysis/server_side.h"
#include "grid/profile.h"
#include "model/run.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace palier::ui {

class ChartView;
class DistributionModel;
class StatePalette;

class DistributionPanel : public QWidget {
    Q_OBJECT
public:
    explicit DistributionPanel(QWidget *parent = nullptr);
    // run may be null. The target stage is selected first.
    // server: the run's comparison with the monitoring events, when there is one.
    void setRun(const Run *run, const Profile &profile, const StatePalette &palette,
                const ServerComparison *server = nullptr);

    DistributionModel *model() const { return m_model; }
    ChartView *histogramChart() const { return m_chart; }
    QString noteText() const;
    void selectStage(int row);

private:
    void drawHistogram();

    QLabel *m_note;
    QTableView *m_table;
    DistributionModel *m_model;
    ChartView *m_chart;
    Profile m_profile;
    int m_row = -1;
};

} // namespace palier::ui
