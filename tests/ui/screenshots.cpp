// Screenshots of the window for the AppStream metainfo and the docs
// (scripts/screenshots.sh runs it under QT_QPA_PLATFORM=offscreen): the main
// window on the bundled sample, grabbed view by view at 1280×800 and
// 1920×1080, in a light and a dark palette. With
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
#include "views/compare_view.h"
#include "views/load_test_view.h"
#include "views/production_view.h"

#include <QApplication>
#include <QComboBox>
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
    // Production first: connected to the database (or the bundled events
    // opened) once, then shown in every size and palette below.
    w.showView(MainWindow::ProductionPage);
    ProductionView *production = w.productionView();
    test::PgCluster cluster;
    QString error;
    const bool database = !qEnvironmentVariableIsEmpty("PALIER_PG_STATE") && cluster.load(&error);
    if (database) {
        const QString db = QStringLiteral("palier_screenshots");
        if (!fillDatabase(cluster, db))
            return 1;
        SavedConnection c;
        c.name = QStringLiteral("production");
        c.host = cluster.host;
        c.port = cluster.port.toInt();
        c.database = db;
        c.user = cluster.user;
        production->saveConnection(c);
        QSignalSpy snapshot(production->client(), &MonitoringClient::snapshotReady);
        production->connectWithPassword(c.name, cluster.password);
        clock.restart();
        while (snapshot.isEmpty() && clock.elapsed() < 60000)
            settle(50);
        if (snapshot.isEmpty()) {
            err << "no snapshot from the database: " << production->stateText() << Qt::endl;
            return 1;
        }
    } else {
        // No database: the generated week of events bundled beside the sample.
        QSignalSpy loaded(production, &ProductionView::eventsLoaded);
        production->openEventsFile(QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/production/app_monitoring_events.csv.gz"));
        clock.restart();
        while (loaded.isEmpty() && clock.elapsed() < 60000)
            settle(50);
        if (loaded.isEmpty() || !loaded.first().first().toBool()) {
            err << "the bundled events did not load: " << production->noteText() << Qt::endl;
            return 1;
        }
    }
    // Compare with the oldest run of the window pinned as the baseline.
    if (QComboBox *baseline = w.compareView()->baselineBox(); baseline->count() > 1)
        w.compareView()->setBaseline(baseline->itemData(baseline->count() - 1).toString());

    QTabWidget *loadTabs = w.loadTestView()->tabs();
    const auto showTab = [&](const char *page) {
        if (QWidget *p = loadTabs->findChild<QWidget *>(QLatin1String(page)))
            loadTabs->setCurrentWidget(p);
    };
    // Every view, at 1280×800 and 1920×1080, light and dark. The 1280×800
    // light ones keep the names the AppStream metainfo uses; the others are
    // prefixed "dark-" and/or put in the "1920x1080" folder.
    const QPalette light = QApplication::palette();
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        for (const bool dark : {false, true}) {
            const QString dir = size.width() == 1280 ? out : QDir(out).filePath(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
            QDir().mkpath(dir);
            const QString prefix = dark ? QStringLiteral("dark-") : QString();
            const auto shot = [&](const QString &name) { ok &= save(&w, dir, prefix + name + QStringLiteral(".png")); };
            QApplication::setPalette(dark ? darkPalette() : light);
            w.resize(size);
            if (auto *sources = w.findChild<QDockWidget *>(QStringLiteral("sourcesDock")))
                w.resizeDocks({sources}, {size.width() >= 1920 ? 340 : 300}, Qt::Horizontal);
            settle();

            w.showView(MainWindow::DecisionPage);
            shot(QStringLiteral("main-window"));
            w.showView(MainWindow::LoadTestPage);
            showTab("byUsersPage");
            shot(QStringLiteral("load-test"));
            showTab("capacityPage");
            shot(QStringLiteral("load-test-capacity"));
            showTab("overTimePage");
            shot(QStringLiteral("load-test-over-time"));
            showTab("distributionPage");
            shot(QStringLiteral("load-test-distribution"));
            if (!database) {
                // The events beside the runs: the Client vs server tab.
                showTab("serverPage");
                shot(QStringLiteral("load-test-server"));
            }
            showTab("byUsersPage");
            w.showView(MainWindow::ComparePage);
            shot(QStringLiteral("compare"));
            w.showView(MainWindow::ProductionPage);
            shot(QStringLiteral("production"));
            if (auto *tabs = production->findChild<QTabWidget *>(QStringLiteral("productionTabs")); tabs && !database) {
                tabs->setCurrentIndex(1);
                shot(QStringLiteral("production-hours"));
                tabs->setCurrentIndex(2);
                shot(QStringLiteral("production-days"));
                tabs->setCurrentIndex(0);
            }
            // The profile editor beside the grid.
            w.showView(MainWindow::DecisionPage);
            if (auto *dock = w.findChild<QDockWidget *>(QStringLiteral("profileDock"))) {
                dock->show();
                // The editor whole, the runs still named in the sources panel.
                if (auto *sources = w.findChild<QDockWidget *>(QStringLiteral("sourcesDock")))
                    w.resizeDocks({sources, dock}, {size.width() >= 1920 ? 300 : 200, 370}, Qt::Horizontal);
                shot(QStringLiteral("profile-editor"));
                dock->hide();
            }
        }
    }
    QApplication::setPalette(light);
    if (database)
        production->disconnectFromServer();
    return ok ? 0 : 1;
}
