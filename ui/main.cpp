// palier: headless subcommands run under QCoreApplication (no display needed,
// usable in CI); anything else opens the window. `report --format html|pdf`
// draws charts with widgets, so it runs under a QApplication, on the offscreen
// platform when there is no display.
#include "cli/cli.h"
#include "i18n/translations.h"
#include "main_window.h"
#include "shell/report_export.h"

#ifdef PALIER_HAVE_KEYCHAIN
#include "keychain/keychain_secret_store.h"
#endif

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

int runWindow(int argc, char *argv[], const QStringList &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("palier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Palier"));
    QApplication::setOrganizationName(QStringLiteral("Palier"));
    QApplication::setApplicationVersion(QStringLiteral(PALIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.palier.Palier"));
    palier::installTranslations(app, QSettings().value(palier::LanguageSettingsKey).toString());

    // Database passwords go to the system keychain when the build has it.
#ifdef PALIER_HAVE_KEYCHAIN
    auto *secrets = new palier::ui::KeychainSecretStore(&app);
#else
    palier::ui::SecretStore *secrets = nullptr;
#endif
    // On the heap and deleted on close: View ▸ Language replaces the window by
    // one built in the new language (MainWindow::switchLanguage).
    auto *window = new palier::ui::MainWindow(secrets);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // PATHs from the shell; with none, the last session or the bundled sample.
    window->openAtStart(args);
    return app.exec();
}

// `report --format html|pdf` on a headless machine: Qt's GUI start-up warns
// that a session without a login has no XDG_RUNTIME_DIR, and carries on with a
// fallback. That is no problem of the report, and the command line promises
// one line per problem on stderr: only that warning is dropped.
QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void quietHeadlessNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler())
        previousHandler()(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (!palier::isCliInvocation(args))
        return runWindow(argc, argv, args);

    std::unique_ptr<QCoreApplication> gui;
    if (palier::cliNeedsGui(args)) {
        // Headless CI has no display: draw offscreen unless the user chose a platform.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler() = qInstallMessageHandler(quietHeadlessNoise);
        gui = std::make_unique<QApplication>(argc, argv);
        palier::setReportDocumentRenderer(palier::ui::ReportExport::cliRenderer());
    }
    // The other commands stay without a display library (QtCore only).
    std::unique_ptr<QCoreApplication> core = gui ? nullptr : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = gui ? *gui : *core;
    QCoreApplication::setApplicationName(QStringLiteral("palier"));
    QCoreApplication::setOrganizationName(QStringLiteral("Palier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIER_VERSION));
    // Before any option or message is built: the CLI speaks the UI language too.
    palier::installTranslations(app, QSettings().value(palier::LanguageSettingsKey).toString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return palier::runCli(args, out, err);
}
