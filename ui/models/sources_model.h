// The sources panel: the runs found (grouped by the folder they were found in,
// dated, with their stages), the saved database connections and the grid
// profiles at hand.
#pragma once

#include "shell/state_palette.h"
#include "grid/assessment.h"

#include <QStandardItemModel>

namespace palier::ui {

class SourcesModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum class Kind { Group, Run, Stage, Connection, NewConnection, Profile, BuiltInProfile, Placeholder };
    Q_ENUM(Kind)
    enum Roles {
        KindRole = Qt::UserRole + 1,   // Kind as int
        IdRole,                        // run id, connection name, profile path
        UsersRole                      // stage users
    };

    explicit SourcesModel(QObject *parent = nullptr);

    void setRuns(const Assessment &assessment, const StatePalette &palette);
    void setConnections(const QStringList &names, const QString &connected);
    // Profile files at hand; `current` is the file in use (empty: built-in).
    void setProfiles(const QStringList &files, const QString &current, const QString &builtInName);

    QStandardItem *runsRoot() const { return m_runs; }
    QStandardItem *connectionsRoot() const { return m_connections; }
    QStandardItem *profilesRoot() const { return m_profiles; }
    QModelIndex indexOfRun(const QString &runId) const;

    static QIcon dotIcon(const QColor &colour);

private:
    QStandardItem *m_runs;
    QStandardItem *m_connections;
    QStandardItem *m_profiles;
};

} // namespace palier::ui
