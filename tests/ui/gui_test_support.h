// Shared by the GUI tests: settings kept out of the user's own, the bundled
// sample (and a window with it loaded), waiting for a load, and running the
// palier executable.
#pragma once

#include "shell/app_settings.h"
#include "shell/run_loader.h"
#include "main_window.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace palier::test {

inline QString sampleDir()
{
    return QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly");
}

inline QString sampleRun(const char *name)
{
    return test::sampleDir() + QLatin1Char('/') + QLatin1String(name);
}

// Runs the palier executable; returns stdout (and the exit code in *code).
inline QByteArray runPalier(const QStringList &args, int *code = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(PALIER_BINARY), args);
    p.waitForFinished(120000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (err)
        *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

// Waits until the window's current load ends; true when it finished (not
// failed, not cancelled).
inline bool waitForLoad(ui::MainWindow &w, int ms = 60000)
{
    QSignalSpy finished(w.loader(), &ui::RunLoader::finished);
    QSignalSpy failed(w.loader(), &ui::RunLoader::failed);
    QSignalSpy cancelled(w.loader(), &ui::RunLoader::cancelled);
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && failed.isEmpty() && cancelled.isEmpty() && clock.elapsed() < ms)
        QTest::qWait(20);
    return !finished.isEmpty();
}

// Results under tests/data.
inline QString testData(const char *path)
{
    return QStringLiteral(PALIER_SOURCE_DIR "/tests/data/") + QLatin1String(path);
}

// A window at 1280×800 with `paths` loaded (none: the bundled sample).
inline std::unique_ptr<ui::MainWindow> windowOn(const QStringList &paths)
{
    ui::AppSettings::setSessionPaths({});
    auto w = std::make_unique<ui::MainWindow>();
    w->resize(1280, 800);
    w->show();
    w->openAtStart(paths);
    if (!test::waitForLoad(*w))
        return nullptr;
    return w;
}

// A window with the bundled sample loaded.
inline std::unique_ptr<ui::MainWindow> windowOnSample()
{
    return windowOn({});
}

// The offscreen platform warns "does not support propagateSizeHints()" for
// every top-level window: noise. Call from initTestCase(), once Qt Test's own
// message handler is in place, so every other message still reaches it.
inline QtMessageHandler &qtTestHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void quietOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")) || message.contains(QLatin1String("does not support raise()")))
        return;
    if (qtTestHandler())
        qtTestHandler()(type, context, message);
}

inline void quietOffscreen()
{
    if (!qtTestHandler())
        qtTestHandler() = qInstallMessageHandler(quietOffscreenNoise);
}

} // namespace palier::test

// A main() that keeps the tests' settings (QSettings, recent files, saved
// connections) in a temporary folder, never in the user's configuration.
#define PALIER_UI_TEST_MAIN(TestClass)                                                                             \
    int main(int argc, char *argv[])                                                                               \
    {                                                                                                              \
        QTemporaryDir config;                                                                                      \
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());                                                   \
        qputenv("XDG_DATA_HOME", config.filePath(QStringLiteral("data")).toLocal8Bit());                          \
        QApplication app(argc, argv);                                                                              \
        QApplication::setOrganizationName(QStringLiteral("PalierTest"));                                           \
        QApplication::setApplicationName(QStringLiteral(#TestClass));                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                   \
        TestClass tc;                                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                                      \
    }
