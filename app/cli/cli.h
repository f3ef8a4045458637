// The headless command line (docs/cli.md): `palier analyze`, `palier report`,
// `palier db …`, `--version`, `--help`. Runs under QCoreApplication, no display.
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace palier {

struct Assessment;
struct ReportOptions;

enum ExitCode { ExitOk = 0, ExitGateFailed = 1, ExitBadInput = 2, ExitDatabase = 3 };

// True when `args` (without the program name) asks for a headless subcommand
// rather than the window.
bool isCliInvocation(const QStringList &args);

// `report --format html|pdf`: the report as a document with charts, rendered by
// the desktop build (ui/shell/report_export.h). app/ stays QtCore-only, so the
// executable registers the renderer before runCli(); without one, those formats
// are refused in one line. Returns the file's bytes, or empty bytes and one line
// in *error; throws InputError for invalid options, as the Markdown report does.
using ReportDocumentRenderer = std::function<QByteArray(const Assessment &assessment, const ReportOptions &options,
                                                        const QString &format, QString *error)>;
void setReportDocumentRenderer(ReportDocumentRenderer renderer);

// True when `args` ask for `report --format html|pdf`: the only command that
// needs a GUI application (charts are drawn by widgets, offscreen when headless).
bool cliNeedsGui(const QStringList &args);

// args without the program name. Writes results to `out` (unless --out), and
// one-line errors to `err`. Returns the process exit code.
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace palier
