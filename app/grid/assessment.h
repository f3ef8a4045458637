// Runs, their verdicts and the window, computed once from one profile: what the
// CLI prints, the report fills and the window shows.
#pragma once

#include "analysis/server_side.h"

#include "analysis/capacity.h"
#include "grid/verdict.h"

namespace palier {

struct Assessment {
    Profile profile;
    QString profileSource;            // file the profile came from, empty = built-in
    QList<Run> runs;                  // oldest first
    QList<RunVerdict> verdicts;       // same order as runs
    QList<Capacity> capacities;       // same order as runs (docs/capacity.md)
    QList<int> window;                // indices into runs, newest first
    // What the monitoring table logged during each run (client vs server,
    // docs/server-side.md): only when events were given; evidence beside the
    // grid, never an input to it.
    QList<ServerComparison> server;
    WindowVerdict windowVerdict;

    const Run *newestRun() const { return window.isEmpty() ? nullptr : &runs.at(window.first()); }
    const RunVerdict *verdictOf(const QString &runId) const;
    const Capacity *capacityOf(const QString &runId) const;
    const ServerComparison *serverOf(const QString &runId) const;
};

Assessment assess(QList<Run> runs, const Profile &profile, const QString &profileSource = {});

// The profile a results folder carries with it (palier-profile.json in the folder
// or one of its parents up to the folder given), empty if none.
QString profileBesideResults(const QStringList &paths);

} // namespace palier
