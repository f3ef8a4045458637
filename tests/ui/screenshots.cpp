// Screenshots of the window for the AppStream metainfo and the docs
// (scripts/screenshots.sh runs it under QT_QPA_PLATFORM=offscreen): the main
// window at 1280×800 on the bundled sample, grabbed view by view. With
// PALIER_PG_STATE (a cluster from scripts/pg-test-cluster.sh) the Production
// view is connected to a database filled with a week of sample events.
//
//   palier_screenshots OUTDIR
#include "shell/app_settings.h"
#include "shell/run_loader.h"
#include "shell/session.h"
#include "db/monitoring_client.h"
#include "main_window.h"
#include "pg_test_support.h"
#include "views/load_test_view.h"
#include "views/production_view.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace palier;
using namespace palier::ui;

namespace {

QTextStream err(stderr);

void settle(int ms = 300)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name);
    if (!w->grab().save(path, "PNG")) {
        err << "cannot write " << path << Qt::endl;
        return false;
    }
    err << "wrote " << path << Qt::endl;
    return true;
}

// A week of production traffic with a daily cycle: busier evenings are slower
// and fail a little more. Deterministic (setseed).
const char *kSampleEvents = R"SQL(
CREATE TABLE app_monitoring_events (
    id bigserial PRIMARY KEY,
    session_id text,
    event_type text NOT NULL,
    status text NOT NULL,
    duration_ms integer,
    created_at timestamptz NOT NULL
);
SELECT setseed(0.4217);
INSERT INTO app_monitoring_events (session_id, event_type, status, duration_ms, created_at)
SELECT 's' || (floor(random() * (60 + 340 * m.load)))::int || '-' || extract(doy FROM m.t)::int,
       CASE WHEN e.r < 0.62 THEN 'athlete_search' WHEN e.r < 0.85 THEN 'athlete_profile' ELSE 'login' END,
       CASE WHEN random() < 0.004 + 0.02 * m.load * m.load THEN 'error' ELSE 'ok' END,
       greatest(40, round(exp(ln(700) + 0.42 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))
                          * (1 + 1.6 * m.load * m.load)))::int,
       m.t + (random() * interval '59 seconds')
FROM (
    SELECT t, 0.5 + 0.5 * sin(2 * pi() * (extract(hour FROM t) + extract(minute FROM t) / 60.0 - 12) / 24.0) AS load
    FROM generate_series(date_trunc('minute', now()) - interval '8 days', now() - interval '1 minute',
                         interval '1 minute') AS t
) m
CROSS JOIN LATERAL (
    SELECT random() AS r FROM generate_series(1, 1 + floor(2 + 14 * m.load)::int)
) e;
GRANT SELECT ON app_monitoring_events TO %1;
)SQL";

bool fillDatabase(const test::PgCluster &cluster, const QString &db)
{
    QString error;
    if (!test::recreateDatabase(cluster, db, &error)) {
        err << "cannot create the database: " << error << Qt::endl;
        return false;
    }
    test::PgAdmin admin(cluster, db);
    if (!admin.ok() || !admin.exec(QString::fromUtf8(kSampleEvents).arg(cluster.user))) {
        err << "cannot fill the database: " << admin.lastError() << Qt::endl;
        return false;
    }
    return true;
}

// A dark Fusion palette, as desktop dark themes give one.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2B, 0x2B), base(0x1E, 0x1E, 0x1E), text(0xE8, 0xE8, 0xE8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Highlight, QColor(0x2A, 0x82, 0xDA));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xFF));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PalierScreenshots"));
    QApplication::setApplicationName(QStringLiteral("palier"));
    if (argc < 2) {
        err << "usage: palier_screenshots OUTDIR [PATH...]   (default: the bundled sample)" << Qt::endl;
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    // Other results to look at (a damaged week, say) instead of the bundled one.
    QStringList paths;
    for (int i = 2; i < argc; ++i)
        paths << QString::fromLocal8Bit(argv[i]);
    QDir().mkpath(out);

    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QSignalSpy loaded(w.loader(), &RunLoader::finished);
    w.openAtStart(paths);
    QElapsedTimer clock;
    clock.start();
    while (loaded.isEmpty() && clock.elapsed() < 60000)
        settle(50);
    if (loaded.isEmpty()) {
        err << "the results did not load" << Qt::endl;
        return 1;
    }
    bool ok = true;
    w.showView(MainWindow::DecisionPage);
    ok &= save(&w, out, QStringLiteral("main-window.png"));

    w.showView(MainWindow::LoadTestPage);
    QTabWidget *loadTabs = w.loadTestView()->tabs();
    const auto showTab = [&](const char *page) {
        if (QWidget *p = loadTabs->findChild<QWidget *>(QLatin1String(page)))
            loadTabs->setCurrentWidget(p);
    };
    showTab("byUsersPage");
    ok &= save(&w, out, QStringLiteral("load-test.png"));
    showTab("capacityPage");
    ok &= save(&w, out, QStringLiteral("load-test-capacity.png"));
    showTab("overTimePage");
    ok &= save(&w, out, QStringLiteral("load-test-over-time.png"));
    showTab("byUsersPage");

    w.showView(MainWindow::ComparePage);
    ok &= save(&w, out, QStringLiteral("compare.png"));

    // The profile editor beside the grid.
    w.showView(MainWindow::DecisionPage);
    if (auto *dock = w.findChild<QDockWidget *>(QStringLiteral("profileDock"))) {
        dock->show();
        ok &= save(&w, out, QStringLiteral("profile-editor.png"));
        dock->hide();
        // The editor took its width from the sources panel: give it back.
        if (auto *sources = w.findChild<QDockWidget *>(QStringLiteral("sourcesDock")))
            w.resizeDocks({sources}, {300}, Qt::Horizontal);
    }

    // The same views in a dark palette: the grid colours must read there too.
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    settle();
    w.showView(MainWindow::DecisionPage);
    ok &= save(&w, out, QStringLiteral("dark-decision.png"));
    w.showView(MainWindow::LoadTestPage);
    ok &= save(&w, out, QStringLiteral("dark-load-test.png"));
    QApplication::setPalette(light);
    settle();

    w.showView(MainWindow::ProductionPage);
    test::PgCluster cluster;
    QString error;
    if (!qEnvironmentVariableIsEmpty("PALIER_PG_STATE") && cluster.load(&error)) {
        const QString db = QStringLiteral("palier_screenshots");
        if (!fillDatabase(cluster, db))
            return 1;
        SavedConnection c;
        c.name = QStringLiteral("production");
        c.host = cluster.host;
        c.port = cluster.port.toInt();
        c.database = db;
        c.user = cluster.user;
        ProductionView *view = w.productionView();
        view->saveConnection(c);
        QSignalSpy snapshot(view->client(), &MonitoringClient::snapshotReady);
        view->connectWithPassword(c.name, cluster.password);
        clock.restart();
        while (snapshot.isEmpty() && clock.elapsed() < 60000)
            settle(50);
        if (snapshot.isEmpty()) {
            err << "no snapshot from the database: " << view->stateText() << Qt::endl;
            return 1;
        }
        ok &= save(&w, out, QStringLiteral("production.png"));
        view->disconnectFromServer();
    } else {
        // No database: the generated week of events bundled beside the sample.
        ProductionView *view = w.productionView();
        QSignalSpy loaded(view, &ProductionView::eventsLoaded);
        view->openEventsFile(QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/production/app_monitoring_events.csv.gz"));
        clock.restart();
        while (loaded.isEmpty() && clock.elapsed() < 60000)
            settle(50);
        if (loaded.isEmpty() || !loaded.first().first().toBool()) {
            err << "the bundled events did not load: " << view->noteText() << Qt::endl;
            return 1;
        }
        ok &= save(&w, out, QStringLiteral("production.png"));
        if (auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("productionTabs"))) {
            tabs->setCurrentIndex(1);
            ok &= save(&w, out, QStringLiteral("production-hours.png"));
            tabs->setCurrentIndex(2);
            ok &= save(&w, out, QStringLiteral("production-days.png"));
            tabs->setCurrentIndex(0);
        }
        // The same events beside the runs: the Load test view's Client vs server tab.
        w.showView(MainWindow::LoadTestPage);
        showTab("serverPage");
        ok &= save(&w, out, QStringLiteral("load-test-server.png"));
        showTab("byUsersPage");
        w.showView(MainWindow::ProductionPage);
    }
    return ok ? 0 : 1;
}
