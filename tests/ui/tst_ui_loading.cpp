// Loads run off the UI thread without ever leaving a half state: a cancelled
// load, one superseded by a newer load and one that fails all keep what the
// window shows, and the progress stays in the window (no modal dialog).
#include "gui_test_support.h"

#include "shell/session.h"
#include "models/problems_model.h"
#include "widgets/load_progress.h"

#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QSemaphore>

#include <atomic>

using namespace palier;
using namespace palier::ui;
using test::windowOnSample;
using test::sampleRun;

class TestUiLoading : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void cancelledLoadKeepsWhatIsShown();
    void newerLoadSupersedesOlder();
    void failedLoadIsAProblemAndKeepsWhatIsShown();
    void addKeepsWhatIsOpen();
};

void TestUiLoading::cancelledLoadKeepsWhatIsShown()
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

void TestUiLoading::newerLoadSupersedesOlder()
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

void TestUiLoading::failedLoadIsAProblemAndKeepsWhatIsShown()
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

PALIER_UI_TEST_MAIN(TestUiLoading)
// File ▸ Add and drag and drop load the new results together with what is
// open; File ▸ Open replaces it. Adding what is already open adds nothing.
void TestUiLoading::addKeepsWhatIsOpen()
{
    auto w = std::make_unique<MainWindow>();
    w->show();
    QSignalSpy finished(w->loader(), &RunLoader::finished);
    w->openPaths({sampleRun("run-2026-11-16")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(w->session()->runs().size(), 1);

    w->addPaths({sampleRun("run-2026-11-18")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(w->session()->runs().size(), 2);
    QCOMPARE(w->session()->paths().size(), 2);

    // Dropped on the window: added too.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sampleRun("run-2026-11-20"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
    QCOMPARE(w->session()->runs().size(), 3);

    w->addPaths({sampleRun("run-2026-11-20")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 60000);
    QCOMPARE(w->session()->runs().size(), 3);
    QCOMPARE(w->session()->paths().size(), 3);

    w->openPaths({sampleRun("run-2026-11-18")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 60000);
    QCOMPARE(w->session()->runs().size(), 1);
}

#include "tst_ui_loading.moc"
