// The Production view on a CSV export of the monitoring table (no database):
// File ▸ Open Monitoring Events and `palier --events FILE` show what
// `palier db all --events FILE` prints, the window's report carries the same
// production section, a damaged file says which line, and a database
// connection replaces the file.
#include "gui_test_support.h"

#include "shell/format.h"
#include "views/production_view.h"
#include "widgets/kpi_tile.h"

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
