// Shared by the database tests: the throwaway cluster started by the CTest
// fixture (scripts/pg-test-cluster.sh writes PALIER_PG_STATE), an admin
// connection that may write (to create and fill tables; Palier's own sessions
// never can), and deterministic events relative to now().
#pragma once

#include <QString>
#include <QStringList>

typedef struct pg_conn PGconn;

namespace palier::test {

struct PgCluster {
    QString host, port, adminUser, adminPassword, user, password;
    // Reads the file named by PALIER_PG_STATE; false with *error when absent.
    bool load(QString *error);
    // key=value string for `db` as the plain test role (or admin), with or
    // without its password.
    QString conninfo(const QString &db, bool withPassword = true) const;
    QString adminConninfo(const QString &db) const;
};

// A superuser connection for setting up data.
class PgAdmin {
public:
    PgAdmin(const PgCluster &cluster, const QString &db = QStringLiteral("postgres"));
    ~PgAdmin();
    PgAdmin(const PgAdmin &) = delete;
    PgAdmin &operator=(const PgAdmin &) = delete;

    bool ok() const;
    // Runs one or more statements; false (and lastError()) on failure.
    bool exec(const QString &sql);
    // First column of the first row ("" when none); lastError() on failure.
    QString scalar(const QString &sql);
    QString lastError() const { return m_error; }
    PGconn *conn() const { return m_conn; }

private:
    PGconn *m_conn = nullptr;
    QString m_error;
};

// Drops and recreates database `name` (admin); the test role may connect.
bool recreateDatabase(const PgCluster &cluster, const QString &name, QString *error);

// SQL creating `tableSql` (already quoted) with the given quoted column names
// and duration type, and filling it with `events` deterministic events spread
// over the last 9 days: sessions (some NULL), the key transaction and other
// types (some NULL), statuses ok / error / timeout / NULL, NULL durations,
// ties, fractional values for numeric and float types, an hour with no key
// event, and no event within 20 minutes of any window bound the tests use
// (5 h, 24 h, 48 h, 72 h, 168 h, 200 h, and ±1 h for the day windows, which
// move by an hour on a DST change), so statements run a little apart see the
// same rows. Grants SELECT to the test role.
QString eventsTableSql(const QString &tableSql, const QString &durationType, int events = 4000,
                       const QStringList &columns = {QStringLiteral("session_id"), QStringLiteral("event_type"),
                                                     QStringLiteral("status"), QStringLiteral("duration_ms"),
                                                     QStringLiteral("created_at")},
                       const QString &grantTo = QStringLiteral("palier_user"));

// A suite's setup in one call: loads the cluster's state into *cluster, then
// recreates database `db` holding app_monitoring_events (eventsTableSql(),
// integer durations, `events` events); false with *error at the first failure.
bool setUpEventsDatabase(PgCluster *cluster, const QString &db, int events, QString *error);

// Waits until a backend of `pid` waits on a lock (true) or `ms` pass.
bool waitForLockWait(PgAdmin &admin, int pid, int ms = 10000);
// Waits until a backend of the admin's database with application_name `app`
// waits on a lock;
// returns its pid or 0.
int waitForLockWaitByApp(PgAdmin &admin, const QString &app, int ms = 10000);

// "2026-11-22 14:00:00+05:30" (PostgreSQL ISO output) -> "2026-11-22T14:00:00+05:30".
QString pgTimestampToIso(const QString &pg);

} // namespace palier::test
