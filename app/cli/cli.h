// The headless command line (docs/cli.md): `palier analyze`, `palier report`,
// `palier db …`, `--version`, `--help`. Runs under QCoreApplication, no display.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace palier {

enum ExitCode { ExitOk = 0, ExitGateFailed = 1, ExitBadInput = 2, ExitDatabase = 3 };

// True when `args` (without the program name) asks for a headless subcommand
// rather than the window.
bool isCliInvocation(const QStringList &args);

// args without the program name. Writes results to `out` (unless --out), and
// one-line errors to `err`. Returns the process exit code.
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace palier
