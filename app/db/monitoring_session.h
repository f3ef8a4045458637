// One read-only libpq connection to the monitoring database, used
// synchronously: by the CLI directly, by MonitoringClient on its own thread.
// A session never writes: it is read-only at startup (options) and again after
// connecting (SET), and only ever sends the SELECTs built in monitoring_sql.
#pragma once

#include "db/db_schema.h"
#include "db/events_file.h"
#include "db/monitoring_sql.h"
#include "db/monitoring_views.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

typedef struct pg_conn PGconn;
typedef struct pg_cancel PGcancel;
typedef struct pg_result PGresult;

namespace palier {

struct DbError {
    enum class Kind {
        None,
        BadConnInfo,        // the connection string does not parse (usage)
        BadTimeZone,        // PostgreSQL does not know the time zone (usage)
        Unreachable,        // cannot connect (refused, DNS, timeout, SSL, …)
        Authentication,     // the server refused the credentials
        ConnectionLost,     // the server went away during or between queries
        Timeout,            // statement_timeout fired
        Cancelled,          // cancel() asked for it
        Schema,             // table or column missing, wrong type, not readable
        Query               // any other failed statement (incl. a refused write)
    };
    Kind kind = Kind::None;
    QString message;        // one line, never a password
    QString sqlState;       // five characters when the server gave one

    bool isSet() const { return kind != Kind::None; }
    bool isUsage() const { return kind == Kind::BadConnInfo || kind == Kind::BadTimeZone; }
};

// A DbError in one expression, as the session's files (opening, running
// statements) build theirs.
inline DbError makeError(DbError::Kind kind, const QString &message, const QString &sqlState = {})
{
    DbError e;
    e.kind = kind;
    e.message = message;
    e.sqlState = sqlState;
    return e;
}

struct ConnectionOptions {
    QString conninfo;               // any libpq string or URI
    // A password the user typed (kept in memory only, added as the password
    // keyword; never written anywhere). Empty: libpq's own sources
    // (the string, PGPASSWORD, ~/.pgpass, the service file).
    QByteArray password;
    int statementTimeoutMs = 120000;
    // Session TimeZone for hour slots: an IANA name ("Europe/Paris") or any
    // value PostgreSQL accepts. Empty: the TZ environment variable, else the
    // system zone, else UTC (see effectiveTimeZone()).
    QString timeZone;
    // Memory for hash tables (the single-scan aggregate), enough for a few
    // hundred thousand sessions a week: raises hash_mem_multiplier so that
    // work_mem × multiplier reaches it, leaving work_mem (sorts) as the server
    // has it. Empty: the server's settings.
    QString hashMem = QStringLiteral("64MB");
    // PostgreSQL's hash_mem while Palier's own statement runs (raised, never
    // lowered; work_mem follows when hash_mem_multiplier's ceiling of 1000
    // needs it; both are restored afterwards). The statement's aggregate keeps
    // the durations in arrays, for which the planner counts 8 kB per group,
    // and stops adding groups (spills to disk) when that count reaches
    // hash_mem: 4 GB admits about 500 000 sessions a window. The groups really
    // take about 0.4 kB each (a week of 260 000 sessions: 112 MB); see
    // monitoring_sql.cpp. Empty: the session's settings.
    QString statementHashBudget = QStringLiteral("4GB");
    DbSchema schema;
};

// The time zone a session will use for `requested` (see ConnectionOptions).
QString effectiveTimeZone(const QString &requested);

// Cancels the statement running on a session, from any thread (PQcancel).
class PgCancelHandle {
public:
    explicit PgCancelHandle(PGcancel *cancel);
    ~PgCancelHandle();
    PgCancelHandle(const PgCancelHandle &) = delete;
    PgCancelHandle &operator=(const PgCancelHandle &) = delete;
    // Sends the cancel request (blocks for one round trip to the server).
    bool cancel(QString *error = nullptr);
    bool requested() const { return m_requested.load(); }
    void resetRequested() { m_requested.store(false); }

private:
    PGcancel *m_cancel;
    std::atomic<bool> m_requested {false};
};

// Rows of a statement as text (PostgreSQL's output format); nullopt is NULL.
struct PgRows {
    QStringList columns;
    QList<QList<std::optional<QString>>> rows;
};

class MonitoringSession {
public:
    MonitoringSession();
    ~MonitoringSession();
    MonitoringSession(const MonitoringSession &) = delete;
    MonitoringSession &operator=(const MonitoringSession &) = delete;

    // Connects, makes the session read-only with the statement timeout, time
    // zone and work_mem, and checks the table and its columns. On failure the
    // session is closed and *error says why.
    bool open(const ConnectionOptions &options, DbError *error);
    void close();
    bool isOpen() const;
    // True when the server has gone away (the session must be reopened).
    bool isBroken() const;

    // Runs the requested views in one statement.
    bool fetch(const ViewRequest &request, MonitoringSnapshot *out, DbError *error);

    // The table's events inside the given [from, to) spans, as the log an
    // events file gives (created_at, the key/error/successful-key flags and
    // those durations as float8; no session ids), for the comparison of load
    // tests with what the server logged (analysis/server_side.h). One
    // statement per span, after overlapping spans are merged; `out->file` is
    // the table's name.
    bool fetchEvents(const QList<QPair<QDateTime, QDateTime>> &spans, const QString &keyTransaction, EventLog *out,
                     DbError *error);

    // Runs one parameterized statement in this read-only session (the tests
    // and the benchmark run the seed's SQL this way, in the same session).
    bool query(const QString &sql, const QList<QByteArray> &params, const QList<unsigned int> &types,
               PgRows *out, DbError *error);

    // For cancel() from another thread; valid for the current connection.
    std::shared_ptr<PgCancelHandle> cancelHandle() const { return m_cancel; }

    const ResolvedTable &table() const { return m_table; }
    QString timeZone() const { return m_timeZone; }
    int backendPid() const;
    int serverVersion() const;
    QString redactedConnInfo() const;
    const ConnectionOptions &options() const { return m_options; }
    PGconn *nativeHandle() const { return m_conn; }

private:
    // PQexecParams in the given result format (0 text, 1 binary); the result
    // (PGRES_TUPLES_OK or PGRES_COMMAND_OK) or nullptr with *error set.
    PGresult *execParams(const QString &sql, const QList<QByteArray> &params, const QList<unsigned int> &types,
                         int resultFormat, DbError *error);
    bool setUpSession(DbError *error);
    bool resolveTable(DbError *error);
    DbError resultError(void *result) const;
    DbError connectionError() const;

    PGconn *m_conn = nullptr;
    ConnectionOptions m_options;
    ResolvedTable m_table;
    QString m_timeZone;
    QStringList m_secrets;
    std::shared_ptr<PgCancelHandle> m_cancel;
};

} // namespace palier
