// Prints the capacity model of every run found under the paths given, and the
// leave-out check of each limit its stages cross: the model fitted on the stages
// below the crossing, its projected crossing against the observed one
// (docs/capacity.md publishes the table). Markdown on stdout.
//
//   capacity_leave_out [--profile FILE] PATH...
#include "analysis/capacity.h"
#include "grid/profile.h"
#include "sources/load.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace palier;

namespace {

QString num(double v, int decimals)
{
    return isKnown(v) ? QString::number(v, 'f', decimals) : QStringLiteral("—");
}

QString sig(double v)
{
    return isKnown(v) ? QString::number(v, 'g', 4) : QStringLiteral("—");
}

void print(const QString &s)
{
    std::fputs(qPrintable(s + QLatin1Char('\n')), stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    Profile profile = Profile::builtinDefault();
    if (args.size() >= 2 && args.first() == QLatin1String("--profile")) {
        profile = Profile::fromFile(args.at(1));
        args = args.mid(2);
    }
    if (args.isEmpty()) {
        std::fputs("usage: capacity_leave_out [--profile FILE] PATH...\n", stderr);
        return 2;
    }
    LoadResult loaded;
    try {
        loaded = loadRuns(args);
    } catch (const InputError &e) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(e.finding.file), qPrintable(e.finding.kind));
        return 2;
    }

    print(QStringLiteral("| run | levels | state | σ | κ | λ | R² | N* | Z s | orange at | red at | observed orange | observed red |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|---|---|---|"));
    QStringList leaveOut, little;
    for (const Run &run : std::as_const(loaded.runs)) {
        const Capacity c = estimateCapacity(run, profile);
        QStringList levels;
        for (int u : c.usersUsed())
            levels << QString::number(u);
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 |")
                  .arg(run.name, levels.join(QLatin1Char(' ')), capacityStateId(c.state),
                       c.hasModel() ? sig(c.fit.sigma) : QStringLiteral("—"),
                       c.hasModel() ? sig(c.fit.kappa) : QStringLiteral("—"),
                       c.hasModel() ? sig(c.fit.lambda) : QStringLiteral("—"),
                       c.fit.converged ? num(c.fit.r2, 3) : QStringLiteral("—"), num(c.peakUsers(), 1),
                       num(c.thinkTimeS, 2))
                  .arg(num(c.usersAtOrange, 1), num(c.usersAtRed, 1), num(c.observedAtOrange, 1),
                       num(c.observedAtRed, 1)));
        for (const LeaveOutCheck &l : leaveOutChecks(run, profile))
            leaveOut << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                            .arg(run.name, l.red ? QStringLiteral("red") : QStringLiteral("orange"),
                                 QString::number(l.levelsUsed) + QLatin1Char(' ') + capacityStateId(l.state),
                                 num(l.observedUsers, 1), num(l.projectedUsers, 1),
                                 isKnown(l.projectedUsers) ? num(l.errorPct(), 1) + QLatin1String(" %")
                                                           : QStringLiteral("—"));
        for (const CapacityStage &s : c.stages)
            little << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                          .arg(run.name, QString::number(s.users), num(s.rps, 2), num(s.meanMs, 0),
                               num(s.avgUsers, 1), num(s.impliedUsers, 1),
                               s.littleOff ? QStringLiteral("**off**") : QStringLiteral("ok"));
    }
    print({});
    print(QStringLiteral("| run | limit | stages fitted (below the crossing) | observed users | projected users | error |"));
    print(QStringLiteral("|---|---|---|---|---|---|"));
    for (const QString &l : std::as_const(leaveOut))
        print(l);
    print({});
    print(QStringLiteral("| run | users | X req/s | R ms | N (history) | X·(R+Z) | Little |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|"));
    for (const QString &l : std::as_const(little))
        print(l);
    return 0;
}
