#include "grid/assessment.h"

#include <QDir>
#include <QFileInfo>

namespace palier {

const RunVerdict *Assessment::verdictOf(const QString &runId) const
{
    for (const RunVerdict &v : verdicts)
        if (v.runId == runId)
            return &v;
    return nullptr;
}

const ServerComparison *Assessment::serverOf(const QString &runId) const
{
    for (const ServerComparison &c : server)
        if (c.runId == runId)
            return &c;
    return nullptr;
}

const Capacity *Assessment::capacityOf(const QString &runId) const
{
    for (int i = 0; i < runs.size() && i < capacities.size(); ++i)
        if (runs.at(i).id == runId)
            return &capacities.at(i);
    return nullptr;
}

Assessment assess(QList<Run> runs, const Profile &profile, const QString &profileSource)
{
    Assessment a;
    a.profile = profile;
    a.profileSource = profileSource;
    a.runs = std::move(runs);
    a.verdicts.reserve(a.runs.size());
    a.capacities.reserve(a.runs.size());
    for (qsizetype i = 0; i < a.runs.size(); ++i) {
        const Run &run = a.runs.at(i);
        Capacity c = estimateCapacity(run, profile);
        // Little's-law findings join the run's own, so every edge (JSON warnings,
        // Problems, report) lists them. A session assesses the same runs again
        // when the profile changes: the run is only touched (and copied) when
        // they differ from the ones it already carries.
        const QList<Finding> little = c.findings(run);
        QList<Finding> carried;
        for (const Finding &f : run.findings)
            if (f.is(QStringLiteral("capacity.")))
                carried << f;
        if (carried != little) {
            Run &changed = a.runs[i];
            changed.findings.removeIf([](const Finding &f) { return f.is(QStringLiteral("capacity.")); });
            changed.findings.append(little);
        }
        a.capacities.append(std::move(c));
        a.verdicts.append(evaluateRun(a.runs.at(i), profile));
    }
    a.window = selectWindow(a.runs, profile);
    QList<RunVerdict> windowVerdicts;
    for (int i : std::as_const(a.window))
        windowVerdicts.append(a.verdicts.at(i));
    a.windowVerdict = evaluateWindow(windowVerdicts, profile);
    return a;
}

QString profileBesideResults(const QStringList &paths)
{
    static const QString kName = QStringLiteral("palier-profile.json");
    for (const QString &p : paths) {
        const QFileInfo info(p);
        const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        const QString candidate = QDir(dir).filePath(kName);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace palier
