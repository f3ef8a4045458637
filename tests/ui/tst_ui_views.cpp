// The Load test and Production views: charts with data on the bundled week,
// the chart layer's reduction of a million points and its PNG/SVG export, and
// production tiles judged by the active profile. The Production view on a
// real PostgreSQL server: tst_ui_production_db.
#include "gui_test_support.h"

#include "shell/session.h"
#include "shell/state_palette.h"
#include "charts/chart_view.h"
#include "models/compare_model.h"
#include "views/compare_view.h"
#include "views/load_test_view.h"
#include "views/production_view.h"
#include "widgets/kpi_tile.h"

#include <QComboBox>
#include <QScrollBar>
#include <QTableView>
#include <QFile>
#include <QImage>

#include <cmath>

using namespace palier;
using namespace palier::ui;
using test::windowOnSample;

class TestUiViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void loadTestViewCharts();
    void chartLayerReducesAndExports();
    void lineBreaksAtGaps();
    void productionTilesFollowTheProfile();
    void compareViewPinsABaseline();
    void stageTableShowsEightStages();
};

void TestUiViews::loadTestViewCharts()
{
    auto w = windowOnSample();
    QVERIFY(w);
    w->session()->setCurrentRun(QStringLiteral("run-2026-11-18"));
    w->showView(MainWindow::LoadTestPage);
    LoadTestView *view = w->loadTestView();
    QCoreApplication::processEvents();
    QVERIFY(view->latencyByUsersChart()->hasData());
    QVERIFY(view->throughputByUsersChart()->hasData());
    for (ChartView *c : view->charts())
        QVERIFY(c->hasData());
    // Hovering the 100-user stage reads its key p95 (3100 ms in the README).
    const QString hover = view->latencyByUsersChart()->hoverText(100);
    QVERIFY2(hover.contains(QStringLiteral("3100")) || hover.contains(QStringLiteral("3,100"))
                 || hover.contains(QStringLiteral("3 100")),
             qPrintable(hover));
}

void TestUiViews::chartLayerReducesAndExports()
{
    ChartView chart;
    chart.resize(900, 500);
    chart.show();
    ChartAxis x, y;
    x.kind = ChartAxis::Kind::Time;
    y.unit = QStringLiteral(" ms");
    chart.setAxes(x, y);
    QList<QPointF> points;
    const int n = 1000000;
    points.reserve(n);
    const qint64 t0 = 1795373939000;
    for (int i = 0; i < n; ++i)
        points.append(QPointF(double(t0 + qint64(i) * 100), 1000 + 500 * std::sin(i / 20000.0) + (i == 777777 ? 9000 : 0)));
    const int id = chart.addLine(QStringLiteral("p95"), points, Qt::blue);
    chart.addBand(0, 2500, QColor(0, 158, 115, 40), QStringLiteral("green"));
    chart.addHorizontalLine(4000, QStringLiteral("red above"), Qt::red);
    QVERIFY(chart.drawnPointCount(id) <= ChartView::kMaxPointsPerLine);
    QVERIFY(chart.drawnPointCount(id) > 100);
    QVERIFY(!chart.hoverText(double(t0 + 500000LL * 100)).isEmpty());
    // The one slow window survives the reduction.
    QVERIFY(chart.hoverText(double(t0 + 777777LL * 100)).contains(QStringLiteral("10")));
    QList<QPointF> fewer = points.mid(0, 5000);
    chart.replaceLine(id, fewer);
    QVERIFY(chart.drawnPointCount(id) <= ChartView::kMaxPointsPerLine);

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("c.png"));
    const QString svg = dir.filePath(QStringLiteral("c.svg"));
    QVERIFY(chart.exportPng(png));
    QVERIFY(chart.exportSvg(svg));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), chart.size() * chart.devicePixelRatioF());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("<path") || svgText.contains("<polyline"));   // vector data, not only a bitmap
    QVERIFY(svgText.contains("above"));                                     // the legend is part of it
    QVERIFY(svgText.count("<text") > 6);                                    // and so are the axes' labels
    QVERIFY(chart.exportPng(png, QSize(640, 360)));
    QCOMPARE(QImage(png).size(), QSize(640, 360) * chart.devicePixelRatioF());
    QCOMPARE(chart.size(), QSize(900, 500));
}

void TestUiViews::productionTilesFollowTheProfile()
{
    auto w = windowOnSample();
    QVERIFY(w);
    ProductionView *view = w->productionView();
    MonitoringSnapshot s;
    s.hasSummary = s.hasHourly = true;
    s.summary.totalEvents = 12000;
    s.summary.activeSessions = 340;
    s.summary.searches = 7000;
    s.summary.avgSearchMs = 1200;
    s.summary.p95SearchMs = 3100;
    s.summary.errorRatePct = QStringLiteral("0.50");
    s.decision.p95SearchMs = 3100;
    s.decision.errorRatePct = QStringLiteral("0.50");
    s.decision.hint = DecisionHint::Watch;
    s.timeZone = QStringLiteral("UTC");
    const QDateTime base(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    for (int h = 0; h < 6; ++h) {
        if (h == 2)
            continue;   // an hour with no event
        HourlyRow row;
        row.hourSlot = base.addSecs(-3600 * h);
        row.searches = 100 + h;
        row.p95SearchMs = 2000 + 300 * h;
        row.errors = h;
        s.hourly.append(row);
    }
    s.fetchedAt = base;
    view->setSnapshot(s);
    QCOMPARE(view->tile(QStringLiteral("p95_search_ms"))->colour(), std::optional<Colour>(Colour::Orange));
    QCOMPARE(view->tile(QStringLiteral("error_rate_pct"))->colour(), std::optional<Colour>(Colour::Green));
    QCOMPARE(view->tile(QStringLiteral("decision_hint"))->colour(), std::optional<Colour>(Colour::Orange));
    QCOMPARE(view->tile(QStringLiteral("decision_hint"))->value(), StatePalette::decisionText(Decision::Watch));
    for (ChartView *c : view->charts())
        QVERIFY(c->hasData());
    // Hours keep time's spacing: 09:00 has its column, 08:00 (no event) is a gap.
    const auto centre = [&](int hour) { return double(QDateTime(QDate(2026, 11, 22), QTime(hour, 30), Qt::UTC).toMSecsSinceEpoch()); };
    QVERIFY(view->charts().at(0)->hoverText(centre(9)).contains(QStringLiteral("101")));
    QVERIFY(view->charts().at(0)->hoverText(centre(8)).isEmpty());
    // A laxer profile re-judges the tiles at once.
    Profile lax = w->session()->profile();
    for (CriterionDef &c : lax.criteria)
        if (c.id == u"p95_key")
            c.green = 3500;
    w->session()->setProfile(lax, Session::ProfileOrigin::Edited);
    QCOMPARE(view->tile(QStringLiteral("p95_search_ms"))->colour(), std::optional<Colour>(Colour::Green));
}

PALIER_UI_TEST_MAIN(TestUiViews)
// No line across missing data (docs/charts.md): a gap of more than twice the
// series' step, or a NaN sample, starts a new segment; regular data is one
// segment, however long, and the reduction keeps the breaks.
void TestUiViews::lineBreaksAtGaps()
{
    ChartView chart;
    chart.resize(800, 400);
    chart.show();
    ChartAxis x, y;
    x.kind = ChartAxis::Kind::Time;
    chart.setAxes(x, y);
    const double t0 = 1795373939000.0, step = 10000;   // a 10-s series
    QList<QPointF> regular, gapped, withNaN;
    for (int i = 0; i < 100; ++i) {
        regular.append({t0 + i * step, 250.0});
        // 25 minutes without data after the 40th sample (the run's 250 req/s, then nothing).
        gapped.append({t0 + i * step + (i >= 40 ? 25 * 60000.0 : 0), i < 40 ? 250.0 : 0.0});
        withNaN.append({t0 + i * step, i == 60 ? qQNaN() : 100.0});
    }
    const int a = chart.addLine(QStringLiteral("regular"), regular, Qt::blue);
    const int b = chart.addLine(QStringLiteral("gapped"), gapped, Qt::red);
    const int c = chart.addLine(QStringLiteral("nan"), withNaN, Qt::green);
    QCOMPARE(chart.drawnSegmentCount(a), 1);
    QCOMPARE(chart.drawnSegmentCount(b), 2);
    QCOMPARE(chart.drawnSegmentCount(c), 2);
    QCOMPARE(chart.drawnPointCount(b), 100);
    QCOMPARE(chart.drawnPointCount(c), 99);
    // A step twice as long is not a gap; more than twice is.
    QList<QPointF> slower = regular;
    slower[50].setX(slower[49].x() + 2 * step - 1);
    for (int i = 51; i < slower.size(); ++i)
        slower[i].setX(slower[i - 1].x() + step);
    chart.replaceLine(a, slower);
    QCOMPARE(chart.drawnSegmentCount(a), 1);
    // Reduced (a million points): the gap survives the reduction.
    QList<QPointF> big;
    big.reserve(1000000);
    for (int i = 0; i < 1000000; ++i)
        big.append({t0 + i * 100.0 + (i >= 600000 ? 3600000.0 : 0), double(i % 1000)});
    chart.replaceLine(b, big);
    QCOMPARE(chart.drawnSegmentCount(b), 2);
    QVERIFY(chart.drawnPointCount(b) <= ChartView::kMaxPointsPerLine);
}

void TestUiViews::compareViewPinsABaseline()
{
    auto w = windowOnSample();
    QVERIFY(w);
    w->showView(MainWindow::ComparePage);
    CompareView *view = w->compareView();
    QComboBox *box = view->baselineBox();
    // "None", then the three runs of the window.
    QCOMPARE(box->count(), 4);
    QVERIFY(box->currentData().toString().isEmpty());
    // Choosing the oldest run pins it: the table reads changes, the charts dash it.
    const QString oldest = box->itemData(3).toString();
    box->setCurrentIndex(3);
    emit box->activated(3);
    QCOMPARE(view->baseline(), oldest);
    QCOMPARE(view->model()->baseline(), oldest);
    QVERIFY(isKnown(view->model()->index(0, CompareModel::KeyP95).data(CompareModel::DeltaRole).toDouble()));
    const QStringList names = view->latencyChart()->lineNames();
    // Its line is named as the baseline (its plain name is gone from the legend).
    const QString plain = box->itemText(3);
    QVERIFY(!names.contains(plain));
    QCOMPARE(std::count_if(names.cbegin(), names.cend(), [&](const QString &n) { return n.startsWith(plain); }), 1);
    // The pin outlives a refresh; "None" takes it away.
    w->session()->setCurrentRun(w->session()->runs().constFirst().id);
    QCOMPARE(view->baseline(), oldest);
    QCOMPARE(box->currentData().toString(), oldest);
    emit box->activated(0);
    QVERIFY(view->baseline().isEmpty());
    QVERIFY(std::isnan(view->model()->index(0, CompareModel::KeyP95).data(CompareModel::DeltaRole).toDouble()));
}

void TestUiViews::stageTableShowsEightStages()
{
    auto w = windowOnSample();
    QVERIFY(w);
    w->resize(1280, 800);
    w->show();
    w->showView(MainWindow::LoadTestPage);
    // The newest sample run (5 → 150 users) with two stages more: 200 and 300 users.
    Run run = w->session()->runs().constLast();
    QCOMPARE(run.stages.size(), 6);
    for (int users : {200, 300}) {
        Stage s = run.stages.constLast();
        s.users = users;
        s.plateauStart = s.plateauStart.addSecs(120);
        s.plateauEnd = s.plateauEnd.addSecs(120);
        run.stages.append(s);
    }
    LoadResult result;
    result.runs = {run};
    w->session()->setLoaded({}, result);
    w->session()->setCurrentRun(run.id);
    QCoreApplication::processEvents();
    QTableView *table = w->loadTestView()->stageTable();
    QCOMPARE(table->model()->rowCount(), 8);
    QTRY_VERIFY(table->isVisible());
    // Every stage in view, no scrolling.
    QCOMPARE(table->verticalScrollBar()->maximum(), 0);
    QVERIFY2(table->rowViewportPosition(7) + table->rowHeight(7) <= table->viewport()->height(),
             qPrintable(QStringLiteral("%1 + %2 > %3").arg(table->rowViewportPosition(7)).arg(table->rowHeight(7))
                            .arg(table->viewport()->height())));
    // And the charts still have room.
    QVERIFY(w->loadTestView()->latencyByUsersChart()->height() >= 250);
}

#include "tst_ui_views.moc"
