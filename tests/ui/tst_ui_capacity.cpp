// "How many users can it hold?" in the window (docs/capacity.md), on the real
// weekly Locust runs (tests/data/locust/weekly: six stages, a model each) and a
// two-stage run (tests/data/locust/generated-2stage: too few to fit): the
// by-users charts carry the model's curves and marks only when there is a
// model, the Load test view's Capacity tab shows its numbers and stages or the
// state and why, and the Decision view lists the window's runs side by side.
#include "gui_test_support.h"

#include "i18n/language.h"
#include "words/capacity_words.h"

#include "shell/format.h"
#include "shell/session.h"
#include "shell/state_palette.h"
#include "charts/chart_view.h"
#include "models/capacity_stage_model.h"
#include "models/capacity_window_model.h"
#include "views/capacity_panel.h"
#include "views/decision_view.h"
#include "views/load_test_view.h"
#include "views/run_charts.h"

#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace palier;
using namespace palier::ui;

namespace {

// The view's chart against the same chart drawn without a model: what the
// model added.
struct Added {
    qsizetype lines = 0;
    QList<QPair<double, QString>> marks;   // labelled vertical lines
};

Added addedBy(ChartView *shown, const std::function<void(ChartView *)> &withoutModel)
{
    ChartView plain;
    withoutModel(&plain);
    Added a;
    a.lines = shown->lineNames().size() - plain.lineNames().size();
    for (const auto &mark : shown->verticalLines())
        if (!mark.second.isEmpty())
            a.marks.append(mark);
    return a;
}

bool hasMarkAt(const QList<QPair<double, QString>> &marks, double x)
{
    return std::any_of(marks.cbegin(), marks.cend(), [x](const auto &m) { return std::abs(m.first - x) < 1e-9; });
}

} // namespace

class TestUiCapacity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void chartsDrawTheModel();
    void capacityTabShowsTheModel();
    void withoutAModelNoNumbers();
    void decisionViewListsTheWindow();
};

void TestUiCapacity::chartsDrawTheModel()
{
    auto w = test::windowOn({test::testData("locust/weekly")});
    QVERIFY(w);
    Session *session = w->session();
    QCOMPARE(session->runs().size(), 3);
    w->showView(MainWindow::LoadTestPage);
    LoadTestView *view = w->loadTestView();
    const StatePalette palette(view->palette());
    for (const Run &run : session->runs()) {
        session->setCurrentRun(run.id);
        QCoreApplication::processEvents();
        const Capacity *c = session->capacity(run.id);
        QVERIFY(c);
        QVERIFY2(c->hasModel() && c->hasProjection(), qPrintable(run.id));
        const RunVerdict *verdict = session->verdict(run.id);

        // Latency: the projected key p95, fitted then projected, and the crossings marked.
        ChartView *latency = view->latencyByUsersChart();
        const Added l = addedBy(latency, [&](ChartView *plain) {
            RunCharts::latencyByUsers(plain, run, verdict, session->profile(), palette);
        });
        QCOMPARE(l.lines, 2);
        // Throughput: the USL curve, fitted then projected.
        ChartView *throughput = view->throughputByUsersChart();
        const Added t = addedBy(throughput, [&](ChartView *plain) {
            RunCharts::throughputByUsers(plain, run, verdict, palette);
        });
        QCOMPARE(t.lines, 2);
        for (const Added &added : {l, t}) {
            QCOMPARE(hasMarkAt(added.marks, c->usersAtOrange), isKnown(c->usersAtOrange));
            QCOMPARE(hasMarkAt(added.marks, c->usersAtRed), isKnown(c->usersAtRed));
            QCOMPARE(hasMarkAt(added.marks, c->peakUsers()), isKnown(c->peakUsers()));
            QVERIFY(!added.marks.isEmpty());
        }
        // The x axis goes past the largest stage to show the projection.
        const double end = RunCharts::projectionEnd(*c);
        QVERIFY(end > c->largestUsers());
        QVERIFY(end <= c->reachUsers());
        QVERIFY(throughput->xRange().second >= end);
        QVERIFY(latency->xRange().second > c->largestUsers());
        // Hovering a stage reads the model there beside what was observed.
        const double users = c->largestUsers();
        const QString hover = throughput->hoverText(users);
        QVERIFY2(hover.contains(Format::number(c->throughputAt(users), 1)), qPrintable(hover));
    }
}

void TestUiCapacity::capacityTabShowsTheModel()
{
    auto w = test::windowOn({test::testData("locust/weekly")});
    QVERIFY(w);
    Session *session = w->session();
    w->showView(MainWindow::LoadTestPage);
    LoadTestView *view = w->loadTestView();
    CapacityPanel *panel = view->capacityPanel();
    QVERIFY(panel);
    // The tab page is the scroll area holding the panel.
    view->tabs()->setCurrentWidget(view->findChild<QWidget *>(QStringLiteral("capacityPage")));
    QCOMPARE(view->tabs()->currentWidget()->objectName(), QStringLiteral("capacityPage"));
    for (const Run &run : session->runs()) {
        session->setCurrentRun(run.id);
        QTest::qWait(50);
        const Capacity &c = *session->capacity(run.id);
        QVERIFY(panel->showsNumbers());
        QCOMPARE(panel->summaryLabel()->text(), capacitySummary(c, Language::ui()));
        // One row per stage.
        QCOMPARE(panel->stageModel()->rowCount(), 6);
        QCOMPARE(panel->stageModel()->index(5, CapacityStageModel::Users).data(CapacityStageModel::ValueRole).toInt(),
                 run.stages.at(5).users);
        for (const char *id : {"sigma", "kappa", "lambda", "fit", "think", "peak", "orange", "red"}) {
            QLabel *value = panel->value(QLatin1String(id));
            QVERIFY2(value, id);
            QVERIFY2(!value->text().isEmpty(), id);
            // At 1280×800 every number is on screen.
            QVERIFY2(value->isVisible() && !value->visibleRegion().isEmpty(), id);
        }
        QCOMPARE(panel->value(QStringLiteral("fit"))->text(), capacityFitQuality(c, Language::ui()));
        // …and every stage, with no scrolling.
        QTableView *table = panel->stageTable();
        QVERIFY(table->isVisible());
        QVERIFY(!table->verticalScrollBar()->isVisible());
        QVERIFY(!table->visibleRegion().isEmpty());
    }
}

void TestUiCapacity::withoutAModelNoNumbers()
{
    auto w = test::windowOn({test::testData("locust/generated-2stage")});
    QVERIFY(w);
    Session *session = w->session();
    QCOMPARE(session->runs().size(), 1);
    const Run &run = session->runs().first();
    const Capacity *c = session->capacity(run.id);
    QVERIFY(c);
    QCOMPARE(c->state, CapacityState::TooFewStages);
    session->setCurrentRun(run.id);
    w->showView(MainWindow::LoadTestPage);
    LoadTestView *view = w->loadTestView();
    CapacityPanel *panel = view->capacityPanel();
    // The tab page is the scroll area holding the panel.
    view->tabs()->setCurrentWidget(view->findChild<QWidget *>(QStringLiteral("capacityPage")));
    QCOMPARE(view->tabs()->currentWidget()->objectName(), QStringLiteral("capacityPage"));
    QTest::qWait(50);
    // The state and why, no numbers.
    QVERIFY(!panel->showsNumbers());
    QVERIFY(!panel->value(QStringLiteral("sigma"))->isVisible());
    QCOMPARE(panel->summaryLabel()->text(), capacityReason(*c, Language::ui()));
    QVERIFY(capacitySummary(*c, Language::ui()).endsWith(panel->summaryLabel()->text()));
    QVERIFY(panel->stateLabel()->text().contains(capacityStateWord(CapacityState::TooFewStages, Language::ui())));
    // The stages are still data: two rows.
    QCOMPARE(panel->stageModel()->rowCount(), 2);
    // The charts stay as they were without a model.
    const StatePalette palette(view->palette());
    const Added l = addedBy(view->latencyByUsersChart(), [&](ChartView *chart) {
        RunCharts::latencyByUsers(chart, run, session->verdict(run.id), session->profile(), palette);
    });
    const Added t = addedBy(view->throughputByUsersChart(), [&](ChartView *chart) {
        RunCharts::throughputByUsers(chart, run, session->verdict(run.id), palette);
    });
    QCOMPARE(l.lines, 0);
    QCOMPARE(t.lines, 0);
    QVERIFY(l.marks.isEmpty());
    QVERIFY(t.marks.isEmpty());
}

void TestUiCapacity::decisionViewListsTheWindow()
{
    auto w = test::windowOn({test::testData("locust/weekly")});
    QVERIFY(w);
    w->showView(MainWindow::DecisionPage);
    DecisionView *view = w->decisionView();
    const CapacityWindowModel *model = view->capacityModel();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(model->index(row, 0).data(CapacityWindowModel::HasModelRole).toBool());
        QVERIFY(model->index(row, CapacityWindowModel::R2).data(CapacityWindowModel::ValueRole).isValid());
        QCOMPARE(view->capacityTable()->columnSpan(row, CapacityWindowModel::BeforeOrange), 1);
    }
    // On screen beside the grid, every row shown.
    QVERIFY(view->capacityTable()->isVisible());
    QVERIFY(!view->capacityTable()->verticalScrollBar()->isVisible());

    // The run the grid shows is one double-click away.
    QSignalSpy activated(view, &DecisionView::runActivated);
    emit view->capacityTable()->doubleClicked(model->index(2, CapacityWindowModel::BeforeRed));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("run-2026-11-20"));

    // Too few stages: the state, and why across the numbers' columns.
    w->openPaths({test::testData("locust/generated-2stage")});
    QVERIFY(test::waitForLoad(*w));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(CapacityState(model->index(0, CapacityWindowModel::State).data(CapacityWindowModel::StateRole).toInt()),
             CapacityState::TooFewStages);
    QCOMPARE(view->capacityTable()->columnSpan(0, CapacityWindowModel::BeforeOrange),
             CapacityWindowModel::ColumnCount - CapacityWindowModel::BeforeOrange);
}

PALIER_UI_TEST_MAIN(TestUiCapacity)
#include "tst_ui_capacity.moc"
