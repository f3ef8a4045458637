// What the window is looking at: the runs loaded, the profile applied, and the
// assessment computed from them. Views read it and listen to its signals; a
// profile edit re-runs palier::assess at once (it is cheap) on the same runs.
#pragma once

#include "grid/assessment.h"

#include <QTimeZone>

#include <memory>
#include "sources/load.h"

#include <QObject>
#include <QStringList>

namespace palier::ui {

class Session : public QObject {
    Q_OBJECT
public:
    // Where the profile in use came from, to say it in the window.
    enum class ProfileOrigin {
        BuiltIn,          // the seed's grid
        BesideResults,    // palier-profile.json found with the results
        File,             // loaded by the user
        Edited            // changed in the profile editor, not saved yet
    };
    Q_ENUM(ProfileOrigin)

    explicit Session(QObject *parent = nullptr);

    const Assessment &assessment() const { return m_assessment; }
    const QList<Run> &runs() const { return m_assessment.runs; }
    const Profile &profile() const { return m_assessment.profile; }
    QString profileFile() const { return m_profileFile; }
    ProfileOrigin profileOrigin() const { return m_origin; }
    // One sentence naming the profile and where it came from.
    QString profileDescription() const;

    QStringList paths() const { return m_paths; }
    const QList<Finding> &loadDiagnostics() const { return m_loadDiagnostics; }
    bool isEmpty() const { return m_assessment.runs.isEmpty(); }

    QString currentRunId() const { return m_currentRunId; }
    const Run *currentRun() const;
    const Run *run(const QString &id) const;
    const RunVerdict *verdict(const QString &runId) const { return m_assessment.verdictOf(runId); }
    const Capacity *capacity(const QString &runId) const { return m_assessment.capacityOf(runId); }

    // A finished load replaces the runs. `profile` applies when given (found beside
    // the results, as the CLI does); else a profile the user chose or edited stays,
    // and one that came with earlier results gives way to the built-in grid.
    void setLoaded(const QStringList &paths, LoadResult result, const std::optional<Profile> &profile = {},
                   const QString &profileFile = {});
    void setProfile(const Profile &profile, ProfileOrigin origin, const QString &file = {});
    void setCurrentRun(const QString &runId);
    // Monitoring events to set beside the runs (client against server,
    // docs/server-side.md), or none; kept across loads and profile changes.
    void setServerEvents(std::shared_ptr<const EventLog> events, const QTimeZone &zone);
    bool hasServerEvents() const { return bool(m_events); }

signals:
    void runsChanged();          // new runs (a load finished)
    void assessmentChanged();    // after runsChanged or a profile change
    void profileChanged();
    void currentRunChanged(const QString &runId);

private:
    void reassess();

    Assessment m_assessment;
    QString m_profileFile;
    ProfileOrigin m_origin = ProfileOrigin::BuiltIn;
    QStringList m_paths;
    QList<Finding> m_loadDiagnostics;
    QString m_currentRunId;
    std::shared_ptr<const EventLog> m_events;
    QTimeZone m_eventsZone;
};

} // namespace palier::ui
