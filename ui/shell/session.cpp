#include "shell/session.h"

#include <QDir>
#include <QFileInfo>

namespace palier::ui {

Session::Session(QObject *parent)
    : QObject(parent)
{
    m_assessment = assess({}, Profile::builtinDefault());
}

QString Session::profileDescription() const
{
    const QString name = profile().name.isEmpty() ? tr("unnamed profile") : profile().name;
    // The folder and file name say enough; the full path is in the tooltip.
    const QFileInfo info(m_profileFile);
    const QString file = QDir::toNativeSeparators(info.dir().dirName() + QLatin1Char('/') + info.fileName());
    switch (m_origin) {
    case ProfileOrigin::BuiltIn:
        return tr("Grid profile: %1 (built in)").arg(name);
    case ProfileOrigin::BesideResults:
        return tr("Grid profile: %1, from %2 found with the results").arg(name, file);
    case ProfileOrigin::File:
        return tr("Grid profile: %1, from %2").arg(name, file);
    case ProfileOrigin::Edited:
        return tr("Grid profile: %1, edited and not saved").arg(name);
    }
    return {};
}

const Run *Session::run(const QString &id) const
{
    for (const Run &r : m_assessment.runs)
        if (r.id == id)
            return &r;
    return nullptr;
}

const Run *Session::currentRun() const
{
    return run(m_currentRunId);
}

void Session::setLoaded(const QStringList &paths, LoadResult result, const std::optional<Profile> &profile,
                        const QString &profileFile)
{
    m_paths = paths;
    m_loadDiagnostics = result.diagnostics;
    bool profileSwitched = false;
    if (profile) {
        m_assessment.profile = *profile;
        m_profileFile = profileFile;
        m_origin = ProfileOrigin::BesideResults;
        profileSwitched = true;
    } else if (m_origin == ProfileOrigin::BesideResults) {
        // That profile belonged to the results it came with, not to these.
        m_assessment.profile = Profile::builtinDefault();
        m_profileFile.clear();
        m_origin = ProfileOrigin::BuiltIn;
        profileSwitched = true;
    }
    m_assessment = assess(std::move(result.runs), m_assessment.profile,
                          m_origin == ProfileOrigin::BuiltIn ? QString() : m_profileFile);
    if (m_events)
        attachServerEvidence(m_assessment, *m_events, m_eventsZone);
    // Show the newest run of the window unless the same run is still there.
    if (!run(m_currentRunId))
        m_currentRunId = m_assessment.newestRun() ? m_assessment.newestRun()->id
                         : m_assessment.runs.isEmpty() ? QString() : m_assessment.runs.constLast().id;
    if (profileSwitched)
        emit profileChanged();
    emit runsChanged();
    emit assessmentChanged();
    emit currentRunChanged(m_currentRunId);
}

void Session::setProfile(const Profile &profile, ProfileOrigin origin, const QString &file)
{
    m_origin = origin;
    m_profileFile = origin == ProfileOrigin::Edited ? m_profileFile : file;
    m_assessment.profile = profile;
    reassess();
    emit profileChanged();
    emit assessmentChanged();
}

void Session::setCurrentRun(const QString &runId)
{
    if (runId == m_currentRunId || !run(runId))
        return;
    m_currentRunId = runId;
    emit currentRunChanged(runId);
}

void Session::reassess()
{
    // assess() takes the runs by value; QList shares them, so this copies no run.
    m_assessment = assess(m_assessment.runs, m_assessment.profile,
                          m_origin == ProfileOrigin::BuiltIn ? QString() : m_profileFile);
    if (m_events)
        attachServerEvidence(m_assessment, *m_events, m_eventsZone);
}

void Session::setServerEvents(std::shared_ptr<const EventLog> events, const QTimeZone &zone)
{
    if (events == m_events)
        return;
    m_events = std::move(events);
    m_eventsZone = zone;
    // The notes are findings on the runs: start again from the runs as loaded
    // (assess() re-derives everything else).
    for (Run &run : m_assessment.runs)
        run.findings.erase(std::remove_if(run.findings.begin(), run.findings.end(),
                                          [](const Finding &f) { return f.is(QStringLiteral("server.")); }),
                           run.findings.end());
    reassess();
    if (!m_events)
        m_assessment.server.clear();
    emit assessmentChanged();
    emit currentRunChanged(m_currentRunId);
}

} // namespace palier::ui
