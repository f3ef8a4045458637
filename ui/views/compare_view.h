// The Compare view: the window's runs overlaid, p95 of the key transaction and
// throughput against users, with a table of what sets the runs apart, and a
// baseline run that can be pinned to read every figure as a change against it.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;

namespace palier::ui {

class ChartView;
class CompareModel;
class Session;

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(Session *session, QWidget *parent = nullptr);

    CompareModel *model() const { return m_model; }
    ChartView *latencyChart() const { return m_latency; }
    ChartView *throughputChart() const { return m_throughput; }
    QCheckBox *allRunsBox() const { return m_allRuns; }
    QComboBox *baselineBox() const { return m_baseline; }
    // Pins a run by id (empty: none).
    void setBaseline(const QString &runId);
    QString baseline() const;

signals:
    void runActivated(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Session *m_session;
    QCheckBox *m_allRuns;
    QComboBox *m_baseline;
    QLabel *m_info;
    QTableView *m_table;
    CompareModel *m_model;
    ChartView *m_latency;
    ChartView *m_throughput;
    QSplitter *m_splitter = nullptr;
};

} // namespace palier::ui
