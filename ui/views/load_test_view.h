// The Load test view: one run in detail. Its stages with the "held" verdict,
// response time and throughput against users (with the grid's p95 bands, the
// saturation point and the capacity model's curves), how many users it can
// hold (the Capacity tab), the same over time, its endpoints and top errors.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTabWidget;

namespace palier::ui {

class CapacityPanel;
class DistributionPanel;
class ChartView;
class EndpointModel;
class ErrorModel;
class Session;
class StageModel;
class ThresholdModel;

class ServerStageModel;

class LoadTestView : public QWidget {
    Q_OBJECT
public:
    // The stage table shows this many stages without a scrollbar (at 1280×800).
    static constexpr int kStagesShown = 8;
    explicit LoadTestView(Session *session, QWidget *parent = nullptr);

    StageModel *stageModel() const { return m_stages; }
    EndpointModel *endpointModel() const { return m_endpoints; }
    ErrorModel *errorModel() const { return m_errors; }
    ThresholdModel *thresholdModel() const { return m_thresholds; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *stageTable() const { return m_stageTable; }
    DistributionPanel *distributionPanel() const { return m_distribution; }
    CapacityPanel *capacityPanel() const { return m_capacity; }
    ServerStageModel *serverModel() const { return m_server; }
    QString serverInfoText() const;
    ChartView *latencyByUsersChart() const { return m_latencyByUsers; }
    ChartView *throughputByUsersChart() const { return m_throughputByUsers; }
    QList<ChartView *> charts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshRunList();
    void refresh();
    void refreshEndpoints();

    Session *m_session;
    QComboBox *m_run;
    QLabel *m_info;
    QTableView *m_stageTable;
    StageModel *m_stages;
    QTabWidget *m_tabs;
    ChartView *m_latencyByUsers;
    ChartView *m_throughputByUsers;
    ChartView *m_latencyOverTime;
    ChartView *m_ratesOverTime;
    ChartView *m_usersOverTime;
    CapacityPanel *m_capacity;
    DistributionPanel *m_distribution;
    ServerStageModel *m_server;
    QLabel *m_serverInfo;
    QComboBox *m_endpointScope;
    EndpointModel *m_endpoints;
    QSortFilterProxyModel *m_endpointProxy;
    ErrorModel *m_errors;
    QLabel *m_errorsInfo;
    ThresholdModel *m_thresholds;
    QWidget *m_thresholdsPage;
    QSplitter *m_splitter;
    bool m_updating = false;
};

} // namespace palier::ui
