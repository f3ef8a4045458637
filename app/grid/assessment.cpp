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

Assessment assess(QList<Run> runs, const Profile &profile, const QString &profileSource)
{
    Assessment a;
    a.profile = profile;
    a.profileSource = profileSource;
    a.runs = std::move(runs);
    a.verdicts.reserve(a.runs.size());
    for (const Run &run : std::as_const(a.runs))
        a.verdicts.append(evaluateRun(run, profile));
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
