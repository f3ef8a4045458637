// The Production view against a real PostgreSQL server (the database tests'
// throwaway cluster): it shows what `palier db summary|decision` print, asks
// for a password only when libpq has none the server accepts, and keeps the
// password where it says (here: memory, no keychain).
#include "gui_test_support.h"

#include "analysis/server_side.h"
#include "grid/assessment.h"
#include "shell/format.h"
#include "shell/session.h"
#include "charts/chart_view.h"
#include "db/monitoring_client.h"
#include "db/saved_connections.h"
#include "db/secret_store.h"
#include "dialogs/connection_dialog.h"
#include "pg_test_support.h"
#include "views/production_view.h"
#include "widgets/kpi_tile.h"

#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

using namespace palier;
using namespace palier::ui;

namespace {

const QString kDb = QStringLiteral("palier_ui_production");

// Answers every password prompt with `answer` and counts them.
class PasswordTyper : public QObject {
public:
    explicit PasswordTyper(QString answer)
        : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ++prompts;
            dialog->setTextValue(m_answer);
            dialog->accept();
        });
        m_timer.start(20);
    }
    void setAnswer(const QString &a) { m_answer = a; }
    int prompts = 0;

private:
    QString m_answer;
    QTimer m_timer;
};

} // namespace

class TestUiProductionDb : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void showsWhatTheCliPrints();
    void asksForAPasswordOnlyWhenNeeded();
    void connectionDialogTests();
    void clientVsServerFromTheLiveTable();

private:
    bool connectAndWait(ProductionView *view, const QString &name);
    test::PgCluster m_cluster;
};

void TestUiProductionDb::initTestCase()
{
    test::quietOffscreen();
    QString error;
    QVERIFY2(m_cluster.load(&error), qPrintable(error));
    QVERIFY2(test::recreateDatabase(m_cluster, kDb, &error), qPrintable(error));
    test::PgAdmin admin(m_cluster, kDb);
    QVERIFY2(admin.ok(), qPrintable(admin.lastError()));
    QVERIFY2(admin.exec(test::eventsTableSql(QStringLiteral("app_monitoring_events"), QStringLiteral("integer"))),
             qPrintable(admin.lastError()));
    // Searches logged around the bundled sample runs (2026-11-22, 18:50–19:40
    // UTC): one every 2 s before, between and after them, so each run has a
    // baseline and stages with events.
    QVERIFY2(admin.exec(QStringLiteral(
                 "CREATE TABLE ev_runs (session_id text, event_type text, status text, duration_ms integer,"
                 " created_at timestamptz);"
                 " INSERT INTO ev_runs SELECT 's' || (g / 30), 'athlete_search', CASE WHEN g % 50 = 0 THEN 'error' ELSE 'ok' END,"
                 " 200 + g % 700, timestamptz '2026-11-22 17:00:00+00' + make_interval(secs => 2 * g)"
                 " FROM generate_series(0, 3 * 3600 / 2) AS g;"
                 " GRANT SELECT ON ev_runs TO palier_user;")),
             qPrintable(admin.lastError()));
    // Only what the window is given: no password from the environment or ~/.pgpass.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QByteArray("/nonexistent/palier-test-pgpass"));
}

bool TestUiProductionDb::connectAndWait(ProductionView *view, const QString &name)
{
    QSignalSpy snapshot(view->client(), &MonitoringClient::snapshotReady);
    view->connectTo(name);
    QElapsedTimer clock;
    clock.start();
    while (snapshot.isEmpty() && clock.elapsed() < 30000)
        QTest::qWait(20);
    return !snapshot.isEmpty();
}

void TestUiProductionDb::showsWhatTheCliPrints()
{
    MainWindow w;
    w.show();
    ProductionView *view = w.productionView();
    SavedConnection c;
    c.name = QStringLiteral("test");
    c.host = m_cluster.host;
    c.port = m_cluster.port.toInt();
    c.database = kDb;
    c.user = m_cluster.user;
    view->saveConnection(c);
    QSignalSpy snapshot(view->client(), &MonitoringClient::snapshotReady);
    view->connectWithPassword(c.name, m_cluster.password);
    QTRY_VERIFY_WITH_TIMEOUT(!snapshot.isEmpty(), 30000);
    const MonitoringSnapshot shown = *view->client()->lastSnapshot();

    int code = -1;
    const QString conninfo = m_cluster.conninfo(kDb);
    const QJsonObject summary = QJsonDocument::fromJson(
        test::runPalier({QStringLiteral("db"), QStringLiteral("summary"), QStringLiteral("--db"), conninfo,
                         QStringLiteral("--format"), QStringLiteral("json")}, &code)).object();
    QCOMPARE(code, 0);
    QCOMPARE(shown.summary.totalEvents, summary.value(QStringLiteral("total_events")).toInteger());
    QCOMPARE(shown.summary.searches, summary.value(QStringLiteral("searches")).toInteger());
    QCOMPARE(shown.summary.p95SearchMs.value_or(-1), summary.value(QStringLiteral("p95_search_ms")).toInt(-1));
    QCOMPARE(*shown.summary.errorRate(), summary.value(QStringLiteral("error_rate_pct")).toDouble());
    QCOMPARE(view->tile(QStringLiteral("total_events"))->value(), Format::count(shown.summary.totalEvents));
    const QJsonObject decision = QJsonDocument::fromJson(
        test::runPalier({QStringLiteral("db"), QStringLiteral("decision"), QStringLiteral("--db"), conninfo,
                         QStringLiteral("--format"), QStringLiteral("json")}, &code)).object();
    QCOMPARE(decisionHintId(shown.decision.hint), decision.value(QStringLiteral("decision_hint")).toString());
    // The hint tile carries the hint's colour and word.
    const Colour expected = shown.decision.hint == DecisionHint::Go ? Colour::Green
                            : shown.decision.hint == DecisionHint::Watch ? Colour::Orange : Colour::Red;
    QCOMPARE(view->tile(QStringLiteral("decision_hint"))->colour(), std::optional<Colour>(expected));
    for (ChartView *chart : view->charts())
        QVERIFY(chart->hasData());
    // Connected, the report's export carries the production section from the
    // snapshot shown (as `palier report --db` does); disconnected, it does not.
    ProductionEvidence evidence = view->productionEvidence();
    QVERIFY(evidence.requested);
    QVERIFY2(evidence.problem.isEmpty(), qPrintable(evidence.problem));
    QCOMPARE(evidence.snapshot.summary, shown.summary);
    QCOMPARE(evidence.snapshot.decision, shown.decision);
    QCOMPARE(evidence.hours, shown.hours);
    view->disconnectFromServer();
    QVERIFY(!view->productionEvidence().requested);
}

void TestUiProductionDb::asksForAPasswordOnlyWhenNeeded()
{
    MemorySecretStore store;   // outlives the window, which does not own it
    MemorySecretStore *secrets = &store;
    MainWindow w(secrets);
    w.show();
    ProductionView *view = w.productionView();
    SavedConnection c;
    c.name = QStringLiteral("prompted");
    c.host = m_cluster.host;
    c.port = m_cluster.port.toInt();
    c.database = kDb;
    c.user = m_cluster.user;
    view->saveConnection(c);
    PasswordTyper typer(m_cluster.password);

    // Nothing stored, nothing in the environment: libpq needs one → one prompt.
    QVERIFY(connectAndWait(view, c.name));
    QCOMPARE(typer.prompts, 1);
    QTRY_VERIFY(secrets->contains(c.secretKey()));
    QVERIFY2(view->noteText().contains(QStringLiteral("memory")), qPrintable(view->noteText()));
    // The settings never hold it.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_cluster.password.toUtf8()));
    view->disconnectFromServer();

    // Stored now: no prompt.
    QVERIFY(connectAndWait(view, c.name));
    QCOMPARE(typer.prompts, 1);
    view->disconnectFromServer();

    // A stored password the server refuses: asked again, once.
    secrets->write(c.secretKey(), QStringLiteral("not-the-password"), {});
    QVERIFY(connectAndWait(view, c.name));
    QCOMPARE(typer.prompts, 2);
    view->disconnectFromServer();

    // libpq finds one itself (PGPASSWORD): never asked.
    secrets->remove(c.secretKey());
    qputenv("PGPASSWORD", m_cluster.password.toUtf8());
    QVERIFY(connectAndWait(view, c.name));
    qunsetenv("PGPASSWORD");
    QCOMPARE(typer.prompts, 2);
    view->disconnectFromServer();
}

void TestUiProductionDb::connectionDialogTests()
{
    ConnectionDialog dialog({QStringLiteral("taken")});
    SavedConnection c;
    c.name = QStringLiteral("taken");
    c.host = m_cluster.host;
    c.port = m_cluster.port.toInt();
    c.database = kDb;
    c.user = m_cluster.user;
    dialog.setConnection(c);
    // Editing a connection keeps its own name; a new one may not take another's.
    QVERIFY(dialog.validationProblem().isEmpty());
    ConnectionDialog fresh({QStringLiteral("taken")});
    fresh.setConnection(SavedConnection {});
    QVERIFY(!fresh.validationProblem().isEmpty());

    // Test: libpq has no password, the server wants one → asked once, then connected.
    PasswordTyper typer(m_cluster.password);
    QSignalSpy tested(&dialog, &ConnectionDialog::tested);
    dialog.test();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30000);
    const auto check = tested.at(0).at(0).value<ConnectionCheck>();
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(typer.prompts, 1);
    QCOMPARE(dialog.password(), m_cluster.password.toUtf8());
    QVERIFY(check.serverInfo.contains(QStringLiteral("app_monitoring_events")));

    // A table that is not there: the test says so, naming it.
    c.table = QStringLiteral("no_such_table");
    dialog.setConnection(c);
    dialog.test();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 30000);
    const auto missing = tested.at(1).at(0).value<ConnectionCheck>();
    QVERIFY(!missing.ok);
    QVERIFY2(missing.message.contains(QStringLiteral("no_such_table")), qPrintable(missing.message));
    QCOMPARE(typer.prompts, 1);   // the typed password is kept for the dialog's life
}

PALIER_UI_TEST_MAIN(TestUiProductionDb)
// Connected with runs open, each refresh also reads the events of the runs'
// time: the Load test view's Client vs server figures come from the live
// table; disconnecting takes them away.
void TestUiProductionDb::clientVsServerFromTheLiveTable()
{
    MainWindow w;
    w.show();
    w.openPaths({QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly")});
    QTRY_VERIFY_WITH_TIMEOUT(w.session()->runs().size() == 3, 60000);
    ProductionView *view = w.productionView();
    SavedConnection c;
    c.name = QStringLiteral("runs");
    c.host = m_cluster.host;
    c.port = m_cluster.port.toInt();
    c.database = kDb;
    c.user = m_cluster.user;
    c.table = QStringLiteral("ev_runs");
    view->saveConnection(c);
    view->connectWithPassword(c.name, m_cluster.password);
    QTRY_VERIFY_WITH_TIMEOUT(w.session()->assessment().server.size() == 3, 30000);
    qint64 searches = 0;
    for (const ServerComparison &sc : w.session()->assessment().server) {
        QCOMPARE(sc.source, QStringLiteral("public.ev_runs"));
        QVERIFY(!sc.stages.isEmpty());
        QVERIFY(sc.baseline.searches > 0);
        for (const ServerStage &st : sc.stages)
            searches += st.server.searches;
    }
    QVERIFY(searches > 100);
    view->disconnectFromServer();
    QVERIFY(w.session()->assessment().server.isEmpty());
}

#include "tst_ui_production_db.moc"
