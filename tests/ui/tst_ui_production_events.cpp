// The Production view on a CSV export of the monitoring table (no database):
// File ▸ Open Monitoring Events and `palier --events FILE` show what
// `palier db all --events FILE` prints, the window's report carries the same
// production section, a damaged file says which line, and a database
// connection replaces the file.
#include "gui_test_support.h"

#include "shell/state_palette.h"

#include "charts/chart_view.h"
#include "models/monitoring_rows_model.h"
#include "models/server_stage_model.h"
#include "shell/session.h"
#include "views/load_test_view.h"
#include "shell/format.h"
#include "views/production_view.h"
#include "widgets/kpi_tile.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace palier;
using namespace palier::ui;

namespace {
QString bundled() { return QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/production/app_monitoring_events.csv.gz"); }
}

class TestUiProductionEvents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::quietOffscreen();
        qputenv("TZ", "Europe/Paris");
    }

    void showsWhatTheCliPrints()
    {
        MainWindow w;
        w.show();
        ProductionView *view = w.productionView();
        QSignalSpy loaded(view, &ProductionView::eventsLoaded);
        w.openAtStart({QStringLiteral("--events"), bundled()});
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(view->eventsFile(), bundled());

        int code = -1;
        const QJsonObject all = QJsonDocument::fromJson(
            test::runPalier({QStringLiteral("db"), QStringLiteral("all"), QStringLiteral("--events"), bundled(),
                             QStringLiteral("--format"), QStringLiteral("json")}, &code)).object();
        QCOMPARE(code, 0);
        const QJsonObject summary = all.value(QStringLiteral("summary")).toObject();
        QCOMPARE(view->tile(QStringLiteral("total_events"))->value(),
                 Format::count(summary.value(QStringLiteral("total_events")).toInteger()));
        QCOMPARE(view->tile(QStringLiteral("searches"))->value(), Format::count(summary.value(QStringLiteral("searches")).toInteger()));
        QCOMPARE(view->tile(QStringLiteral("p95_search_ms"))->value(), Format::ms(summary.value(QStringLiteral("p95_search_ms")).toInt()));
        QVERIFY2(view->stateText().contains(QLatin1String("app_monitoring_events.csv.gz")), qPrintable(view->stateText()));

        const ProductionEvidence p = view->productionEvidence();
        QVERIFY(p.requested);
        QVERIFY(p.problem.isEmpty());
        QVERIFY(p.nowFromLastEvent);
        QCOMPARE(p.snapshot.summary.totalEvents, summary.value(QStringLiteral("total_events")).toInteger());
        QCOMPARE(p.timeZone, QStringLiteral("Europe/Paris"));
    }

    // The hours and days as tables: the newest hour holds now and is partial,
    // the error rate sits beside the count, coloured by the profile's limits.
    void hoursAndDaysTables()
    {
        MainWindow w;
        ProductionView *view = w.productionView();
        QAbstractItemModelTester hoursTester(view->hoursModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester daysTester(view->daysModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(view, &ProductionView::eventsLoaded);
        view->openEventsFile(bundled());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        const ProductionEvidence p = view->productionEvidence();
        MonitoringRowsModel *hours = view->hoursModel();
        QCOMPARE(hours->rowCount(), p.snapshot.hourly.size());
        QVERIFY(hours->isPartial(0));    // now = the last event, inside the newest hour
        QVERIFY(!hours->isPartial(1));
        const HourlyRow &h = p.snapshot.hourly.at(1);
        QCOMPARE(hours->data(hours->index(1, MonitoringRowsModel::Errors)).toString(), Format::count(h.errors));
        QCOMPARE(hours->data(hours->index(1, MonitoringRowsModel::Events)).toString(), Format::count(h.events));
        QVERIFY(hours->data(hours->index(1, MonitoringRowsModel::ErrorRate)).toString().contains(Format::pct(h.errorRatePct().toDouble())));
        QVERIFY(hours->data(hours->index(1, MonitoringRowsModel::ErrorRate), Qt::BackgroundRole).isValid());
        // Days: the 7-day window touches 8 local days, the first and last partial.
        MonitoringRowsModel *days = view->daysModel();
        QCOMPARE(days->rowCount(), 8);
        QVERIFY(days->isPartial(0) && days->isPartial(7) && !days->isPartial(3));
        qint64 events = 0;
        for (const DailyRow &d : p.snapshot.daily)
            events += d.events;
        QCOMPARE(events, p.snapshot.summary.totalEvents);
        // The per-day charts have data.
        for (ChartView *c : view->dayCharts())
            QVERIFY(c->hasData());
        // Each day's error-rate column is in that day's grid colour, as in the
        // table: as many columns of each colour as days of that colour.
        const StatePalette palette;
        QMap<QRgb, int> expected, drawn;
        for (const DailyRow &d : p.snapshot.daily)
            if (!d.errorRatePct().isEmpty())
                ++expected[palette.strong(p.thresholds.errorRateColour(d.errorRatePct().toDouble())).rgb()];
        for (const ChartView::ColumnSeries &c : view->dayCharts().at(2)->columnSeries())
            drawn[c.colour.rgb()] += c.columns;
        QCOMPARE(drawn, expected);
        QVERIFY(expected.size() >= 2);   // the bundled week has green and orange days
    }

    // The Load test view's Client vs server tab: the run's stages beside what
    // the bundled events logged, equal to analyze --events' JSON.
    void loadTestViewShowsClientVsServer()
    {
        MainWindow w;
        QSignalSpy loaded(w.productionView(), &ProductionView::eventsLoaded);
        w.openAtStart({QStringLiteral("--events"), bundled(), test::sampleDir()});
        QVERIFY(test::waitForLoad(w));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        LoadTestView *view = w.loadTestView();
        QAbstractItemModelTester tester(view->serverModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(view->serverModel()->rowCount(), 6, 10000);
        const QString runId = w.session()->currentRunId();
        const ServerComparison *c = w.session()->assessment().serverOf(runId);
        QVERIFY(c);
        ServerStageModel *m = view->serverModel();
        QCOMPARE(m->data(m->index(5, ServerStageModel::ServerP95)).toString(), Format::ms(*c->stages.at(5).server.p95SearchMs));
        QVERIFY(m->data(m->index(0, ServerStageModel::Volumes)).toString().contains(tr("agree")));
        QVERIFY2(view->serverInfoText().contains(Format::number(c->baseline.searchesPerS(), 3)), qPrintable(view->serverInfoText()));
        // Closing the events (a database connection replaces them) removes the comparison.
        w.session()->setServerEvents(nullptr, QTimeZone());
        QCOMPARE(view->serverModel()->rowCount(), 0);
        QVERIFY(!w.session()->assessment().serverOf(runId));
    }

    void damagedFileSaysWhichLine()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("events.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,created_at,session_id,event_type,status,duration_ms\n1,2026-11-22 10:00:00+01,a,athlete_search,ok,12\n"
                "2,22/11/2026 10:00,a,athlete_search,ok,12\n");
        f.close();
        MainWindow w;
        ProductionView *view = w.productionView();
        QSignalSpy loaded(view, &ProductionView::eventsLoaded);
        view->openEventsFile(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY2(view->noteText().contains(QLatin1String("events.csv:3")), qPrintable(view->noteText()));
        const ProductionEvidence p = view->productionEvidence();
        QVERIFY(p.requested);
        QVERIFY(!p.problem.isEmpty());
    }

    // --now sets the views' now.
    void nowGiven()
    {
        MainWindow w;
        ProductionView *view = w.productionView();
        QSignalSpy loaded(view, &ProductionView::eventsLoaded);
        w.openAtStart({QStringLiteral("--events"), bundled(), QStringLiteral("--now"), QStringLiteral("2026-11-20T12:00:00+01:00")});
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        const ProductionEvidence p = view->productionEvidence();
        QVERIFY(!p.nowFromLastEvent);
        QCOMPARE(isoWithOffset(p.snapshot.asOf), QStringLiteral("2026-11-20T12:00:00+01:00"));
    }
};

QTEST_MAIN(TestUiProductionEvents)
#include "tst_ui_production_events.moc"
