#include "sources/run_identity.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace palier {

namespace {

QString folderOf(const Run &run)
{
    const QFileInfo fi(run.path);
    return fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath();
}

// Most complete and exact first: valid, with stages, exact percentiles, most
// requests, fewest findings.
auto completeness(const Run &r)
{
    return std::make_tuple(r.isValid(), !r.runLevelOnly, r.total.percentilesExact, r.total.requests,
                           -qsizetype(r.findings.size()));
}

bool sameFigures(const Run &a, const Run &b)
{
    if (a.total.requests != b.total.requests || a.total.failures != b.total.failures)
        return false;
    if (a.stages.size() != b.stages.size())
        return false;
    for (qsizetype i = 0; i < a.stages.size(); ++i) {
        const Stage &x = a.stages.at(i), &y = b.stages.at(i);
        if (x.users != y.users || x.figures.requests != y.figures.requests
            || x.figures.failures != y.figures.failures)
            return false;
    }
    return true;
}

// Every path a run was reached at: loadResultSet put its path and its
// discovery aliases in Run::paths.
QStringList pathsOf(const Run &run)
{
    return run.paths.isEmpty() ? QStringList {run.path} : run.paths;
}

// Once per run, when every merge and join is done: one finding names every path.
void sayPaths(Run &run)
{
    run.paths = pathsOf(run);
    if (run.paths.size() > 1)
        run.findings.prepend(Finding::info(QStringLiteral("run.duplicate"), run.path, 0,
                                           {{QStringLiteral("paths"), run.paths}}));
}

// Merges `group` (one identity) into its most complete run.
Run mergeGroup(QList<Run> group)
{
    std::stable_sort(group.begin(), group.end(),
                     [](const Run &a, const Run &b) { return completeness(a) > completeness(b); });
    Run chosen = std::move(group.first());
    QStringList paths = pathsOf(chosen);
    QStringList differing;
    for (qsizetype i = 1; i < group.size(); ++i) {
        const Run &other = group.at(i);
        for (const QString &p : pathsOf(other))
            if (!paths.contains(p))
                paths.append(p);
        if (!sameFigures(chosen, other))
            differing.append(other.path);
        if (chosen.thresholds.isEmpty())
            chosen.thresholds = other.thresholds;
    }
    if (!differing.isEmpty()) {
        // A damaged copy gives way to a valid one; valid copies that disagree
        // leave nobody able to say which is right.
        bool otherValid = false;
        for (qsizetype i = 1; i < group.size(); ++i)
            otherValid = otherValid || (group.at(i).isValid() && differing.contains(group.at(i).path));
        const Params params {{QStringLiteral("paths"), differing}, {QStringLiteral("used"), chosen.path}};
        if (chosen.isValid() && otherValid)
            chosen.findings.prepend(Finding::error(QStringLiteral("run.invalid.conflicting_copies"), chosen.path, 0, params));
        else
            chosen.findings.prepend(Finding::warning(QStringLiteral("run.copies_differ"), chosen.path, 0, params));
    }
    chosen.paths = paths;
    return chosen;
}

void uniqueIds(QList<Run> &runs)
{
    QHash<QString, int> count;
    for (const Run &r : std::as_const(runs))
        ++count[r.id];
    for (Run &r : runs)
        if (count.value(r.id) > 1) {
            const QString parent = QFileInfo(folderOf(r)).dir().dirName();
            if (!parent.isEmpty() && !r.id.startsWith(parent + QLatin1Char('/')))
                r.id = parent + QLatin1Char('/') + r.id;
        }
    QHash<QString, int> used;
    for (Run &r : runs) {
        const int n = ++used[r.id];
        if (n > 1)
            r.id = QStringLiteral("%1 (%2)").arg(r.id).arg(n);
    }
}

} // namespace

QString runIdentity(const Run &run)
{
    if (!run.startedAt.isValid())
        return {};
    QStringList plan;
    for (int u : run.stagePlan())
        plan << QString::number(u);
    return sourceKindName(run.source) + QLatin1Char('|') + QString::number(run.startedAt.toSecsSinceEpoch())
         + QLatin1Char('|') + plan.join(QLatin1Char(','));
}

QList<Run> oneRunPerTest(QList<Run> runs)
{
    // Timed runs, grouped by identity in first-seen order.
    QList<QString> order;
    QHash<QString, QList<Run>> groups;
    QList<Run> untimed;
    for (Run &r : runs) {
        const QString id = runIdentity(r);
        if (id.isEmpty()) {
            untimed.append(std::move(r));
            continue;
        }
        if (!groups.contains(id))
            order.append(id);
        groups[id].append(std::move(r));
    }
    QList<Run> out;
    for (const QString &id : std::as_const(order)) {
        QList<Run> &g = groups[id];
        out.append(g.size() == 1 ? std::move(g.first()) : mergeGroup(std::move(g)));
    }
    // A run without a start time joins a timed run of the same tool and folder
    // whose counts it matches exactly (a k6 summary beside its raw output).
    for (Run &u : untimed) {
        int match = -1, matches = 0;
        for (int i = 0; i < out.size(); ++i) {
            const Run &t = out.at(i);
            if (t.source == u.source && folderOf(t) == folderOf(u) && t.total.requests == u.total.requests
                && (!u.total.failuresKnown || t.total.failures == u.total.failures) && u.total.requests > 0) {
                match = i;
                ++matches;
            }
        }
        if (matches == 1) {
            Run &t = out[match];
            QStringList paths = pathsOf(t);
            for (const QString &p : pathsOf(u))
                if (!paths.contains(p))
                    paths.append(p);
            if (t.thresholds.isEmpty()) {
                t.thresholds = u.thresholds;
                // The raw files know nothing of thresholds: a failed one is
                // said on the run the summary joins, as on the summary alone.
                for (const Finding &f : std::as_const(u.findings))
                    if (f.kind == QLatin1String("k6.threshold_failed"))
                        t.findings.append(f);
            }
            t.paths = paths;
            continue;
        }
        out.append(std::move(u));
    }
    for (Run &r : out)
        sayPaths(r);
    uniqueIds(out);
    for (Run &r : out) {
        r.name = r.id;
        if (r.startedAt.isValid())
            r.name += QStringLiteral(" · ") + r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return out;
}

} // namespace palier
