// palier: headless subcommands run under QCoreApplication (no display needed,
// usable in CI); anything else opens the window.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("palier"));
    QCoreApplication::setOrganizationName(QStringLiteral("Palier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!palier::isCliInvocation(args))
        return palier::runCli({QStringLiteral("--help")}, out, err);
    return palier::runCli(args, out, err);
}
