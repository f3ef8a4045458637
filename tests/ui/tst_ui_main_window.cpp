// The window end to end on the bundled week of real Locust runs: what it
// opens, that its grid and decision are the CLI's, that a profile edit
// re-decides at once, that the exported report is `palier report` byte for
// byte, and that loads run off the UI thread without ever leaving a half state.
#include "gui_test_support.h"

#include "shell/app_settings.h"
#include "shell/session.h"
#include "shell/state_palette.h"
#include "charts/chart_view.h"
#include "db/saved_connections.h"
#include "dialogs/export_dialog.h"
#include "dialogs/profile_editor.h"
#include "grid/assessment.h"
#include "models/criteria_model.h"
#include "models/grid_model.h"
#include "models/problems_model.h"
#include "models/sources_model.h"
#include "models/stage_model.h"
#include "views/decision_view.h"
#include "views/load_test_view.h"
#include "views/production_view.h"
#include "widgets/decision_badge.h"
#include "widgets/kpi_tile.h"
#include "widgets/load_progress.h"

#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QTextBrowser>
#include <QMimeData>
#include <QSemaphore>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

#include <atomic>
#include <cmath>

using namespace palier;
using namespace palier::ui;

namespace {

QString sampleRun(const char *name)
{
    return test::sampleDir() + QLatin1Char('/') + QLatin1String(name);
}

QJsonObject analyzeJson(const QStringList &extra = {})
{
    int code = -1;
    QByteArray err;
    const QByteArray out = test::runPalier(QStringList {QStringLiteral("analyze"), test::sampleDir(),
                                                        QStringLiteral("--format"), QStringLiteral("json")} + extra,
                                           &code, &err);
    if (code != 0)
        qWarning().noquote() << "palier analyze:" << code << err.left(400);
    return QJsonDocument::fromJson(out).object();
}

// A window with the bundled sample loaded.
std::unique_ptr<MainWindow> windowOnSample()
{
    AppSettings::setSessionPaths({});
    auto w = std::make_unique<MainWindow>();
    w->resize(1280, 800);
    w->show();
    w->openAtStart({});
    if (!test::waitForLoad(*w))
        return nullptr;
    return w;
}

} // namespace

class TestUiMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void opensBundledSampleAndSaysWhichProfile();
    void fitsSmallScreens();
    void gridEqualsTheCli();
    void thresholdEditChangesTheDecision();
    void invalidProfileIsNotApplied();
    void exportedReportIsTheCliReport_data();
    void exportedReportIsTheCliReport();
    void exportHtmlAndPdf();
    void failedExportKeepsTheOldFile();
    void cancelledLoadKeepsWhatIsShown();
    void newerLoadSupersedesOlder();
    void failedLoadIsAProblemAndKeepsWhatIsShown();
    void droppedFolderOpens();
    void recentFilesAndClear();
    void shortcutsSwitchViews();
    void settingsAreRemembered();
    void loadTestViewCharts();
    void chartLayerReducesAndExports();
    void productionTilesFollowTheProfile();
    void savedConnectionsHoldNoPassword();
    void exportDialogDefaultsToFrench();
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

void TestUiMainWindow::gridEqualsTheCli()
{
    auto w = windowOnSample();
    QVERIFY(w);
    const QJsonObject json = analyzeJson();
    QVERIFY(!json.isEmpty());
    const GridModel *grid = w->decisionView()->gridModel();
    const Assessment &a = w->session()->assessment();
    // The same numbers as palier::assess on the same runs and profile…
    const Assessment again = assess(a.runs, a.profile, a.profileSource);
    QCOMPARE(again.windowVerdict.decision, a.windowVerdict.decision);

    // …and as the CLI prints: every run's criteria and decision, the window's colours and decision.
    QHash<QString, QJsonObject> runs;
    for (const QJsonValue &r : json.value(QStringLiteral("runs")).toArray())
        runs.insert(r.toObject().value(QStringLiteral("id")).toString(), r.toObject());
    QCOMPARE(runs.size(), 3);
    const int criteria = int(a.profile.criteria.size());
    for (int col = 1; col < grid->windowColumn(); ++col) {
        const QString runId = grid->index(0, col).data(GridModel::RunIdRole).toString();
        const QJsonObject gridJson = runs.value(runId).value(QStringLiteral("grid")).toObject();
        QHash<QString, QString> colours;
        for (const QJsonValue &c : gridJson.value(QStringLiteral("criteria")).toArray())
            colours.insert(c.toObject().value(QStringLiteral("id")).toString(), c.toObject().value(QStringLiteral("color")).toString());
        for (int row = 0; row < criteria; ++row) {
            const Colour shown = Colour(grid->index(row, col).data(GridModel::ColourRole).toInt());
            QCOMPARE(colourId(shown), colours.value(grid->criterionId(row)));
            QCOMPARE(shown, again.verdictOf(runId)->criterion(grid->criterionId(row))->colour);
        }
        QCOMPARE(decisionId(Decision(grid->index(criteria + 1, col).data(GridModel::DecisionRole).toInt())),
                 gridJson.value(QStringLiteral("decision")).toString());
        QCOMPARE(grid->index(criteria, col).data(GridModel::ValueRole).toInt(), gridJson.value(QStringLiteral("score")).toInt());
    }
    const QJsonObject window = json.value(QStringLiteral("window")).toObject();
    QHash<QString, QString> windowColours;
    for (const QJsonValue &c : window.value(QStringLiteral("criteria")).toArray())
        windowColours.insert(c.toObject().value(QStringLiteral("id")).toString(), c.toObject().value(QStringLiteral("color")).toString());
    for (int row = 0; row < criteria; ++row)
        QCOMPARE(colourId(Colour(grid->index(row, grid->windowColumn()).data(GridModel::ColourRole).toInt())),
                 windowColours.value(grid->criterionId(row)));
    const QString decision = window.value(QStringLiteral("decision")).toString();
    QCOMPARE(decisionId(Decision(grid->index(criteria + 1, grid->windowColumn()).data(GridModel::DecisionRole).toInt())), decision);
    QCOMPARE(w->decisionView()->badge()->decision().has_value(), true);
    QCOMPARE(decisionId(*w->decisionView()->badge()->decision()), decision);
    QCOMPARE(window.value(QStringLiteral("provisional")).toBool(), a.windowVerdict.provisional);
    // The sample's week: p95 orange in two runs of three, error rate green, the
    // target stage held (steady) in all three: one orange, GO (grid.md §2–§4).
    QCOMPARE(decision, QStringLiteral("GO"));
}

void TestUiMainWindow::thresholdEditChangesTheDecision()
{
    auto w = windowOnSample();
    QVERIFY(w);
    QCOMPARE(w->session()->assessment().windowVerdict.decision, Decision::Go);
    CriteriaModel *criteria = w->profileEditor()->criteriaModel();
    int p95Row = -1, errorRow = -1;
    for (int r = 0; r < criteria->rowCount(); ++r) {
        if (criteria->criteria().at(r).id == u"p95_key")
            p95Row = r;
        if (criteria->criteria().at(r).id == u"error_rate")
            errorRow = r;
    }
    QVERIFY(p95Row >= 0 && errorRow >= 0);
    QSignalSpy changed(w->session(), &Session::assessmentChanged);
    // Error rate green only below 0.4 %: 0.43 % and 1.60 % turn orange, so the
    // window has two oranges (p95 and error rate) → WATCH.
    QVERIFY(criteria->setData(criteria->index(errorRow, CriteriaModel::Green), 0.4));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w->session()->profileOrigin(), Session::ProfileOrigin::Edited);
    QCOMPARE(w->session()->assessment().windowVerdict.decision, Decision::Watch);
    QCOMPARE(*w->decisionView()->badge()->decision(), Decision::Watch);
    Profile edited = w->session()->profile();
    QCOMPARE(edited.criterion(QStringLiteral("error_rate"))->green, 0.4);
    const Assessment expected = assess(w->session()->runs(), edited);
    QCOMPARE(w->session()->assessment().windowVerdict.decision, expected.windowVerdict.decision);
    // And the CLI agrees with the same profile saved to a file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("edited.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(edited.toJson());
    out.close();
    const QJsonObject json = analyzeJson({QStringLiteral("--profile"), file});
    QCOMPARE(json.value(QStringLiteral("window")).toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("WATCH"));
    // p95 green up to 3500 ms: 3100 and 3300 turn green, one orange is left → GO.
    QVERIFY(criteria->setData(criteria->index(p95Row, CriteriaModel::Green), 3500.0));
    QCOMPARE(w->session()->assessment().windowVerdict.decision, Decision::Go);
    const GridModel *grid = w->decisionView()->gridModel();
    for (int col = 1; col < grid->windowColumn(); ++col)
        QCOMPARE(Colour(grid->index(p95Row, col).data(GridModel::ColourRole).toInt()), Colour::Green);
}

void TestUiMainWindow::invalidProfileIsNotApplied()
{
    auto w = windowOnSample();
    QVERIFY(w);
    const Decision before = w->session()->assessment().windowVerdict.decision;
    QSignalSpy changed(w->session(), &Session::assessmentChanged);
    CriteriaModel *criteria = w->profileEditor()->criteriaModel();
    // Orange limit below green: Profile::validate() refuses it, nothing is re-decided.
    QVERIFY(criteria->setData(criteria->index(0, CriteriaModel::Orange), 100.0));
    QVERIFY(!w->profileEditor()->problems().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(w->session()->assessment().windowVerdict.decision, before);
    QCOMPARE(w->session()->profileOrigin(), Session::ProfileOrigin::BesideResults);
}

void TestUiMainWindow::exportedReportIsTheCliReport_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("week");
    QTest::newRow("fr") << QStringLiteral("fr") << QString();
    QTest::newRow("en") << QStringLiteral("en") << QString();
    QTest::newRow("en, week") << QStringLiteral("en") << QStringLiteral("2026-W48");
}

void TestUiMainWindow::exportedReportIsTheCliReport()
{
    QFETCH(QString, lang);
    QFETCH(QString, week);
    auto w = windowOnSample();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.md"));
    ReportOptions options;
    options.lang = lang;
    options.week = week;
    QCOMPARE(w->exportReportTo(path, ReportFormat::Markdown, options), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();

    QStringList args {QStringLiteral("report"), test::sampleDir(), QStringLiteral("--lang"), lang};
    if (!week.isEmpty())
        args << QStringLiteral("--week") << week;
    int code = -1;
    const QByteArray cli = test::runPalier(args, &code);
    QCOMPARE(code, 0);
    QVERIFY(!cli.isEmpty());
    if (exported != cli) {
        // Leave both beside each other for a diff.
        QFile a(QDir::temp().filePath(QStringLiteral("palier-gui-report.md"))), b(QDir::temp().filePath(QStringLiteral("palier-cli-report.md")));
        if (a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly)) {
            a.write(exported);
            b.write(cli);
        }
    }
    QCOMPARE(exported, cli);
    // The preview shows the same report.
    w->decisionView()->setReportLanguage(lang);
    if (week.isEmpty())
        QVERIFY(w->decisionView()->reportPreview()->toPlainText().contains(
            QString::fromUtf8(cli).section(QLatin1Char('\n'), 0, 0).mid(2)));
}

void TestUiMainWindow::exportHtmlAndPdf()
{
    auto w = windowOnSample();
    QVERIFY(w);
    QTemporaryDir dir;
    ReportOptions options;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    QCOMPARE(w->exportReportTo(html, ReportFormat::Html, options), QString());
    QCOMPARE(w->exportReportTo(pdf, ReportFormat::Pdf, options), QString());
    QFile h(html), p(pdf);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(h.readAll());
    QVERIFY(htmlText.contains(QStringLiteral("<html")));
    QVERIFY(htmlText.contains(QStringLiteral("Rapport capacité")));
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    QVERIFY(p.size() > 2000);
}

void TestUiMainWindow::failedExportKeepsTheOldFile()
{
    auto w = windowOnSample();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.md"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("last week's report\n");
    old.close();
    ReportOptions bad;
    bad.week = QStringLiteral("2026-W99");
    QVERIFY(!w->exportReportTo(path, ReportFormat::Markdown, bad).isEmpty());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("last week's report\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("report.md")});   // no temp left
    // Nor into a folder that cannot be written.
    QVERIFY(!w->exportReportTo(dir.filePath(QStringLiteral("missing/report.md")), ReportFormat::Markdown, {}).isEmpty());
}

void TestUiMainWindow::cancelledLoadKeepsWhatIsShown()
{
    auto w = windowOnSample();
    QVERIFY(w);
    const QList<Run> before = w->session()->runs();
    const Decision decision = w->session()->assessment().windowVerdict.decision;
    const int problems = w->problemsModel()->rowCount();
    RunLoader *loader = w->loader();
    // Cancel half-way: as soon as the first result set is read, from the loading thread.
    std::atomic<int> calls {0};
    loader->setLoadFunction([loader, &calls](const QStringList &paths, const LoadOptions &options) {
        LoadOptions o = options;
        o.progress = [loader, &calls, inner = options.progress](qint64 done, qint64 total) {
            if (inner)
                inner(done, total);
            if (done > 0 && calls.fetch_add(1) == 0)
                loader->stop();
        };
        return loadRuns(paths, o);
    });
    QSignalSpy cancelled(loader, &RunLoader::cancelled);
    QSignalSpy finished(loader, &RunLoader::finished);
    QSignalSpy assessmentChanged(w->session(), &Session::assessmentChanged);
    w->openPaths({sampleRun("run-2026-11-16"), sampleRun("run-2026-11-18")});
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 60000);
    QVERIFY(calls.load() >= 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(assessmentChanged.count(), 0);
    QCOMPARE(w->session()->runs().size(), before.size());
    for (int i = 0; i < before.size(); ++i)
        QCOMPARE(w->session()->runs().at(i).id, before.at(i).id);
    QCOMPARE(w->session()->paths(), QStringList {QFileInfo(test::sampleDir()).absoluteFilePath()});
    QCOMPARE(w->session()->assessment().windowVerdict.decision, decision);
    QCOMPARE(w->problemsModel()->rowCount(), problems);
    QVERIFY(!w->loadProgress()->isVisible());
}

void TestUiMainWindow::newerLoadSupersedesOlder()
{
    auto w = windowOnSample();
    QVERIFY(w);
    RunLoader *loader = w->loader();
    QSemaphore release;
    std::atomic<int> calls {0};
    // The first load waits (a slow disk) until the second one is done.
    loader->setLoadFunction([&](const QStringList &paths, const LoadOptions &options) {
        if (calls.fetch_add(1) == 0)
            release.acquire();
        return loadRuns(paths, options);
    });
    QSignalSpy finished(loader, &RunLoader::finished);
    QSignalSpy cancelled(loader, &RunLoader::cancelled);
    const quint64 first = w->openPaths({sampleRun("run-2026-11-16")});
    QVERIFY(w->loadProgress()->isVisible());   // in the window, not a modal dialog
    QVERIFY(!QApplication::activeModalWidget());
    const quint64 second = w->openPaths({sampleRun("run-2026-11-18"), sampleRun("run-2026-11-20")});
    QVERIFY(second > first);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toULongLong(), second);
    QCOMPARE(w->session()->runs().size(), 2);
    release.release();
    loader->waitForIdle();
    QTest::qWait(50);
    // The older load's result never shows.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(w->session()->runs().size(), 2);
    QCOMPARE(w->session()->runs().at(0).id, QStringLiteral("run-2026-11-18"));
}

void TestUiMainWindow::failedLoadIsAProblemAndKeepsWhatIsShown()
{
    auto w = windowOnSample();
    QVERIFY(w);
    const QString missing = QDir::temp().filePath(QStringLiteral("palier-no-such-folder-%1").arg(QCoreApplication::applicationPid()));
    QSignalSpy failed(w->loader(), &RunLoader::failed);
    w->openPaths({missing});
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QCOMPARE(w->session()->runs().size(), 3);
    bool listed = false;
    for (const Finding &d : w->problemsModel()->problems())
        if (d.severity == Finding::Severity::Error && d.file.contains(QStringLiteral("palier-no-such-folder")))
            listed = true;
    QVERIFY(listed);
    QVERIFY(w->problemsModel()->errorCount() >= 1);
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

void TestUiMainWindow::loadTestViewCharts()
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

void TestUiMainWindow::chartLayerReducesAndExports()
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

void TestUiMainWindow::productionTilesFollowTheProfile()
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

void TestUiMainWindow::exportDialogDefaultsToFrench()
{
    ExportDialog dialog;
    QCOMPARE(dialog.options().lang, QStringLiteral("fr"));   // the team's template language
    QCOMPARE(dialog.format(), ReportFormat::Markdown);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *week = nullptr;
    for (QLineEdit *e : edits)
        if (e->toolTip().contains(QStringLiteral("ISO week")))
            week = e;
    QVERIFY(week);
    week->setText(QStringLiteral("2026-47"));
    QVERIFY(!ok->isEnabled());
    week->setText(QStringLiteral("2026-W47"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.options().week, QStringLiteral("2026-W47"));
    QCOMPARE(ReportExport::suggestedFileName(Assessment(), dialog.options(), ReportFormat::Pdf),
             QStringLiteral("rapport-capacite-2026-W47.pdf"));
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
