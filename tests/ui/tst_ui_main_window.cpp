// The window on the bundled week of real Locust runs: what it opens and says,
// that it fits small screens, folders dropped on it, recent files, shortcuts,
// what it remembers (sizes, views, connections without their passwords) and
// the sources panel. The rest of the window end to end has suites of its own:
// tst_ui_decision, tst_ui_report_export, tst_ui_loading and tst_ui_views.
#include "gui_test_support.h"

#include "shell/app_settings.h"
#include "shell/session.h"
#include "db/saved_connections.h"
#include "models/sources_model.h"
#include "models/stage_model.h"
#include "models/grid_model.h"
#include "views/decision_view.h"
#include "views/load_test_view.h"

#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QUrl>

using namespace palier;
using namespace palier::ui;
using test::windowOnSample;
using test::sampleRun;

class TestUiMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void opensBundledSampleAndSaysWhichProfile();
    void fitsSmallScreens();
    void droppedFolderOpens();
    void recentFilesAndClear();
    void shortcutsSwitchViews();
    void settingsAreRemembered();
    void savedConnectionsHoldNoPassword();
    void sourcesPanelOpensARun();
};

void TestUiMainWindow::opensBundledSampleAndSaysWhichProfile()
{
    auto w = windowOnSample();
    QVERIFY(w);
    QCOMPARE(w->session()->paths(), QStringList {QFileInfo(test::sampleDir()).absoluteFilePath()});
    QCOMPARE(w->session()->runs().size(), 3);
    QCOMPARE(w->session()->profileOrigin(), Session::ProfileOrigin::BesideResults);
    QVERIFY(w->session()->profileFile().endsWith(QStringLiteral("palier-profile.json")));
    // Said in the window: under the decision and in the status bar.
    const QString said = w->session()->profileDescription();
    QVERIFY(said.contains(QStringLiteral("palier-profile.json")));
    QVERIFY(said.contains(w->session()->profile().name));
    bool shown = false;
    for (QLabel *l : w->findChildren<QLabel *>())
        if (l->isVisible() && l->text() == said)
            shown = true;
    QVERIFY(shown);
    QVERIFY(w->windowTitle().contains(QStringLiteral("weekly")));
}

// 1280×800 is the AppStream screenshot size and a common laptop screen; the
// window must fit well inside it.
void TestUiMainWindow::fitsSmallScreens()
{
    auto w = windowOnSample();
    QVERIFY(w);
    for (int view = 0; view < w->views()->count(); ++view) {
        w->showView(MainWindow::View(view));
        QCoreApplication::processEvents();
        const QSize min = w->minimumSizeHint();
        QVERIFY2(min.width() <= 1024 && min.height() <= 700,
                 qPrintable(QStringLiteral("view %1 needs %2×%3").arg(view).arg(min.width()).arg(min.height())));
    }
}

void TestUiMainWindow::droppedFolderOpens()
{
    AppSettings::setSessionPaths({});
    MainWindow w;
    w.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sampleRun("run-2026-11-20"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(test::waitForLoad(w));
    QCOMPARE(w.session()->runs().size(), 1);
    QCOMPARE(w.session()->runs().at(0).id, QStringLiteral("run-2026-11-20"));
    // Only local files are accepted.
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/x_stats.csv"))});
    QDragEnterEvent remoteEnter(QPoint(10, 10), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    remoteEnter.setAccepted(false);
    QApplication::sendEvent(&w, &remoteEnter);
    QVERIFY(!remoteEnter.isAccepted());
}

void TestUiMainWindow::recentFilesAndClear()
{
    AppSettings::clearRecent();
    auto w = windowOnSample();
    QVERIFY(w);
    QCOMPARE(AppSettings::recent().value(0), QStringList {QFileInfo(test::sampleDir()).absoluteFilePath()});
    QCOMPARE(AppSettings::sessionPaths(), QStringList {QFileInfo(test::sampleDir()).absoluteFilePath()});
    QMenu *recent = nullptr;
    for (QMenu *m : w->findChildren<QMenu *>())
        if (m->title() == MainWindow::tr("Open &Recent"))
            recent = m;
    QVERIFY(recent);
    QVERIFY(recent->actions().size() >= 3);   // the entry, a separator, Clear
    QAction *clear = recent->actions().constLast();
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(AppSettings::recent().isEmpty());
    QCOMPARE(recent->actions().size(), 1);
    QVERIFY(!recent->actions().constLast()->isEnabled());
    // With a session to reopen, the window opens it rather than the sample.
    AppSettings::setSessionPaths({sampleRun("run-2026-11-18")});
    MainWindow again;
    again.openAtStart({});
    QVERIFY(test::waitForLoad(again));
    QCOMPARE(again.session()->runs().size(), 1);
}

void TestUiMainWindow::shortcutsSwitchViews()
{
    auto w = windowOnSample();
    QVERIFY(w);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    const QList<int> keys {Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_1};
    const QList<int> views {MainWindow::LoadTestPage, MainWindow::ComparePage, MainWindow::ProductionPage,
                            MainWindow::DecisionPage};
    for (int i = 0; i < keys.size(); ++i) {
        QTest::keyClick(w.get(), Qt::Key(keys.at(i)), Qt::ControlModifier);
        QCOMPARE(w->views()->currentIndex(), views.at(i));
    }
    // Ctrl+E exports, Ctrl+O opens, F5 refreshes, Ctrl+Q quits: bound to actions.
    QStringList bound;
    for (QAction *a : w->findChildren<QAction *>())
        if (!a->shortcut().isEmpty())
            bound << a->shortcut().toString(QKeySequence::PortableText);
    for (const char *k : {"Ctrl+E", "Ctrl+O", "Ctrl+Shift+O", "F5", "Ctrl+Q"})
        QVERIFY2(bound.contains(QLatin1String(k)), k);
}

void TestUiMainWindow::settingsAreRemembered()
{
    QByteArray splitter;
    {
        auto w = windowOnSample();
        QVERIFY(w);
        w->resize(1100, 700);
        w->showView(MainWindow::ComparePage);
        auto *s = w->findChild<QSplitter *>(QStringLiteral("loadTestSplitter"));
        QVERIFY(s);
        s->setSizes({150, 400});
        splitter = s->saveState();
        w->close();
    }
    MainWindow w;
    QCOMPARE(w.size(), QSize(1100, 700));
    QCOMPARE(w.views()->currentIndex(), int(MainWindow::ComparePage));
    QCOMPARE(w.findChild<QSplitter *>(QStringLiteral("loadTestSplitter"))->saveState(), splitter);
}

void TestUiMainWindow::savedConnectionsHoldNoPassword()
{
    SavedConnection uri;
    uri.name = QStringLiteral("prod");
    uri.uri = QStringLiteral("postgresql://reader:s3cr3tpw@db.example.com:5432/app?sslmode=require&password=other9pw");
    SavedConnection fields;
    fields.name = QStringLiteral("local");
    fields.host = QStringLiteral("127.0.0.1");
    fields.port = 5433;
    fields.database = QStringLiteral("it's");
    fields.user = QStringLiteral("reader");
    SavedConnections::save({uri, fields});
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains("s3cr3tpw"));
    QVERIFY(!stored.contains("other9pw"));
    const QList<SavedConnection> back = SavedConnections::load();
    QCOMPARE(back.size(), 2);
    QVERIFY(back.at(0).uri.contains(QStringLiteral("reader@db.example.com")));
    QVERIFY(back.at(0).uri.contains(QStringLiteral("sslmode=require")));
    QCOMPARE(back.at(1).conninfo(), QStringLiteral("host='127.0.0.1' port='5433' dbname='it\\'s' user='reader'"));
    bool had = false;
    QCOMPARE(SavedConnection::withoutPassword(QStringLiteral("host=db password='a b\\'c' dbname=app"), &had),
             QStringLiteral("host=db dbname=app"));
    QVERIFY(had);
}

void TestUiMainWindow::sourcesPanelOpensARun()
{
    auto w = windowOnSample();
    QVERIFY(w);
    auto *tree = w->findChild<QTreeView *>();
    QVERIFY(tree);
    const QModelIndex run = w->sourcesModel()->indexOfRun(QStringLiteral("run-2026-11-16"));
    QVERIFY(run.isValid());
    emit tree->activated(run);
    QCOMPARE(w->session()->currentRunId(), QStringLiteral("run-2026-11-16"));
    QCOMPARE(w->views()->currentIndex(), int(MainWindow::LoadTestPage));
    QCOMPARE(w->loadTestView()->stageModel()->rowCount(), 6);
    // A shipped profile applies at once and says where it came from.
    const QModelIndex profiles = w->sourcesModel()->profilesRoot()->index();
    QModelIndex apiSlo;
    for (int r = 0; r < w->sourcesModel()->rowCount(profiles); ++r)
        if (w->sourcesModel()->index(r, 0, profiles).data().toString() == u"api-slo.json")
            apiSlo = w->sourcesModel()->index(r, 0, profiles);
    QVERIFY(apiSlo.isValid());
    emit tree->activated(apiSlo);
    QCOMPARE(w->session()->profileOrigin(), Session::ProfileOrigin::File);
    QVERIFY(w->session()->profileDescription().contains(QStringLiteral("api-slo.json")));
    QCOMPARE(w->decisionView()->gridModel()->rowCount(), int(w->session()->profile().criteria.size()) + 2);
}

PALIER_UI_TEST_MAIN(TestUiMainWindow)
#include "tst_ui_main_window.moc"
