// The monitoring views of a session: the single-scan statement of
// monitoring_sql.cpp run with its parameters (and, for its duration, the hash
// budget it needs), its binary rows decoded, and the snapshot assembled: sums
// of the hour groups' counts, and PERCENTILE_CONT over their durations per
// hour, per day and for the window (monitoring_percentile.h).
#include "db/monitoring_session.h"

#include "db/monitoring_percentile.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>
#include <QtEndian>

#include <libpq-fe.h>

#include <bit>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::Db", s); }

// The statement's columns (monitoringSql()), in order, with their type OIDs.
enum Column {
    TotalRow,        // int4: 1 for the row of window totals, 0 for an hour group
    HourEpoch,       // int8: the group's local hour (seed's hour_slot), Unix seconds
    HourUtcOffset,   // int4: its UTC offset, seconds
    DayEpoch,        // int8: the local midnight of its day
    DayUtcOffset,    // int4
    Flags,           // int4: 1 key transaction, 2 error, 4 hourly window, 8 day window
    Events,          // int8: events of the group
    ActiveSessions,  // int8: total row only
    AvgSearchMs,     // int4: total row only
    ErrorRatePct,    // text: total row only, as PostgreSQL prints the numeric
    Durations,       // float8[]: the group's successful key-event durations
    ColumnCount
};
constexpr unsigned int kColumnTypes[ColumnCount] = {23, 20, 23, 20, 23, 23, 20, 20, 23, 25, 1022};

constexpr int kKey = 1, kError = 2, kInHours = 4, kInDays = 8;

// A result not shaped as monitoringSql() promises (cannot happen with a
// PostgreSQL server; a proxy or fork could). The detail stays in English, as
// PostgreSQL's own messages are passed through.
DbError shapeError(const QString &what)
{
    return makeError(DbError::Kind::Query, tr("query failed: %1").arg(u"unexpected result, "_s + what));
}

qint64 int8At(const PGresult *res, int row, int col)
{
    return qFromBigEndian<qint64>(PQgetvalue(res, row, col));
}

int int4At(const PGresult *res, int row, int col)
{
    return qFromBigEndian<qint32>(PQgetvalue(res, row, col));
}

// A one-dimensional float8[] in PostgreSQL's binary format (array_send):
// ndim, has-nulls flag, element type, then per dimension its length and lower
// bound, then each element as its length and its big-endian IEEE bytes.
bool appendFloat8Array(const char *p, int len, std::vector<double> *out)
{
    if (len < 12)
        return false;
    const qint32 ndim = qFromBigEndian<qint32>(p);
    const quint32 elementType = qFromBigEndian<quint32>(p + 8);
    if (ndim == 0)
        return true;
    if (ndim != 1 || elementType != 701 || len < 20)
        return false;
    const qint32 count = qFromBigEndian<qint32>(p + 12);
    if (count < 0 || qint64(len) != 20 + qint64(count) * 12)
        return false;
    const char *e = p + 20;
    out->reserve(out->size() + std::size_t(count));
    for (qint32 i = 0; i < count; ++i, e += 12) {
        if (qFromBigEndian<qint32>(e) != 8)
            return false;   // a NULL element (-1) cannot occur: the statement filters them out
        out->push_back(std::bit_cast<double>(qFromBigEndian<quint64>(e + 4)));
    }
    return true;
}

// One row of the hourly or daily view while the groups are summed.
struct Bucket {
    int utcOffset = 0;
    qint64 events = 0, searches = 0, errors = 0;
    std::vector<double> durations;
};

void addGroup(Bucket *b, int flags, qint64 events, const std::vector<double> &durations)
{
    b->events += events;
    if (flags & kKey)
        b->searches += events;
    if (flags & kError)
        b->errors += events;
    b->durations.insert(b->durations.end(), durations.begin(), durations.end());
}

// ROUND(PERCENTILE_CONT(0.95) …)::int of `values`: false when PostgreSQL would
// have failed the statement (a p95 outside int4, NaN or infinite).
bool p95(std::vector<double> &values, std::optional<int> *out, DbError *error)
{
    *out = std::nullopt;
    const std::optional<double> p = pgPercentileCont(values, 0.95);
    if (!p)
        return true;
    *out = pgRoundFloat8ToInt4(*p);
    if (!*out) {
        // PostgreSQL's own words (and SQLSTATE) for the same failure of the
        // seed's statements.
        *error = makeError(DbError::Kind::Query, tr("query failed: %1").arg(QStringLiteral("integer out of range")),
                           QStringLiteral("22003"));
        return false;
    }
    return true;
}

} // namespace

bool MonitoringSession::fetch(const ViewRequest &request, MonitoringSnapshot *out, DbError *error)
{
    // The statement's hash budget (ConnectionOptions::statementHashBudget),
    // only where it groups sessions; the previous values come back after it.
    QByteArray oldWorkMem, oldHashMemMultiplier;
    if (request.summary && !m_options.statementHashBudget.isEmpty()) {
        PgRows rows;
        if (!query(QStringLiteral(
                       "WITH old AS MATERIALIZED ("
                       "  SELECT pg_catalog.current_setting('work_mem') AS wm,"
                       "         pg_catalog.current_setting('hash_mem_multiplier', true) AS hm,"
                       "         pg_catalog.pg_size_bytes($1)::float8 AS target),"
                       " want AS ("
                       "  SELECT old.*, greatest(pg_catalog.pg_size_bytes(old.wm) / 1024,"
                       "                         ceil(old.target / 1000 / 1024)::bigint) AS kb FROM old)"
                       " SELECT want.wm, want.hm,"
                       "        pg_catalog.set_config('work_mem', want.kb::text || 'kB', false),"
                       "        pg_catalog.set_config('hash_mem_multiplier', least(1000, greatest(want.hm::float8,"
                       "                              want.target / (want.kb * 1024)))::text, false)"
                       " FROM want WHERE want.hm IS NOT NULL"),
                   {m_options.statementHashBudget.toUtf8()}, {25u}, &rows, error))
            return false;
        if (!rows.rows.isEmpty()) {
            oldWorkMem = rows.rows.first().value(0).value_or(QString()).toUtf8();
            oldHashMemMultiplier = rows.rows.first().value(1).value_or(QString()).toUtf8();
        }
    }

    PGresult *res = execParams(monitoringSql(m_table, request), monitoringParams(m_options.schema, request),
                               monitoringParamTypes(), 1, error);

    if (!oldWorkMem.isEmpty() && m_conn && PQstatus(m_conn) == CONNECTION_OK
        && PQtransactionStatus(m_conn) != PQTRANS_INERROR) {
        // In a failed transaction block there is nothing to do: its rollback
        // undoes the settings. A failure here leaves them raised for this
        // session only, which changes no result.
        PgRows ignored;
        DbError restoreError;
        query(QStringLiteral("SELECT pg_catalog.set_config('work_mem', $1, false),"
                             " pg_catalog.set_config('hash_mem_multiplier', $2, false)"),
              {oldWorkMem, oldHashMemMultiplier}, {25u, 25u}, &ignored, &restoreError);
    }
    if (!res)
        return false;

    struct ResultGuard {
        PGresult *r;
        ~ResultGuard() { PQclear(r); }
    } guard {res};
    if (PQnfields(res) != ColumnCount) {
        *error = shapeError(QStringLiteral("%1 columns").arg(PQnfields(res)));
        return false;
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (PQftype(res, c) != kColumnTypes[c] || PQfformat(res, c) != 1) {
            *error = shapeError(
                QStringLiteral("column %1 has type %2").arg(QString::fromUtf8(PQfname(res, c))).arg(PQftype(res, c)));
            return false;
        }
    }

    MonitoringSnapshot snap;
    snap.timeZone = m_timeZone;
    snap.hours = request.hours;
    snap.summary.days = request.days;
    snap.hasSummary = request.summary;
    snap.hasHourly = request.hourly;

    QMap<qint64, Bucket> hours, days;   // by Unix time of the hour or day start
    std::vector<double> windowDurations, groupDurations;
    const int rowCount = PQntuples(res);
    for (int r = 0; r < rowCount; ++r) {
        if (int4At(res, r, TotalRow) == 1) {
            MonitoringSummary &s = snap.summary;
            s.activeSessions = PQgetisnull(res, r, ActiveSessions) ? 0 : int8At(res, r, ActiveSessions);
            if (!PQgetisnull(res, r, AvgSearchMs))
                s.avgSearchMs = int4At(res, r, AvgSearchMs);
            if (!PQgetisnull(res, r, ErrorRatePct))
                s.errorRatePct = QString::fromUtf8(PQgetvalue(res, r, ErrorRatePct), PQgetlength(res, r, ErrorRatePct));
            continue;
        }
        for (int c : {HourEpoch, HourUtcOffset, DayEpoch, DayUtcOffset, Flags, Events}) {
            if (PQgetisnull(res, r, c)) {
                *error = shapeError(u"an hour group without "_s + QString::fromUtf8(PQfname(res, c)));
                return false;
            }
        }
        const int flags = int4At(res, r, Flags);
        const qint64 events = int8At(res, r, Events);
        groupDurations.clear();
        if (!PQgetisnull(res, r, Durations)
            && !appendFloat8Array(PQgetvalue(res, r, Durations), PQgetlength(res, r, Durations), &groupDurations)) {
            *error = shapeError(QStringLiteral("a malformed array of durations"));
            return false;
        }
        if ((flags & kInHours) && request.hourly) {
            Bucket &h = hours[int8At(res, r, HourEpoch)];
            h.utcOffset = int4At(res, r, HourUtcOffset);
            addGroup(&h, flags, events, groupDurations);
        }
        if ((flags & kInDays) && request.summary) {
            Bucket &d = days[int8At(res, r, DayEpoch)];
            d.utcOffset = int4At(res, r, DayUtcOffset);
            addGroup(&d, flags, events, groupDurations);
            snap.summary.totalEvents += events;
            if (flags & kKey)
                snap.summary.searches += events;
            windowDurations.insert(windowDurations.end(), groupDurations.begin(), groupDurations.end());
        }
    }

    if (request.summary) {
        MonitoringSummary &s = snap.summary;
        if (!p95(windowDurations, &s.p95SearchMs, error))
            return false;
        MonitoringDecision &d = snap.decision;
        d.p95SearchMs = s.p95SearchMs;
        d.errorRatePct = s.errorRatePct;
        d.hint = request.thresholds.decide(d.p95SearchMs, s.errorRate());
        for (auto it = days.end(); it != days.begin();) {   // newest first
            --it;
            DailyRow row;
            row.dayStart = QDateTime::fromSecsSinceEpoch(it.key(), QTimeZone(it->utcOffset));
            row.events = it->events;
            row.searches = it->searches;
            row.errors = it->errors;
            if (!p95(it->durations, &row.p95SearchMs, error))
                return false;
            snap.daily.append(row);
        }
    }
    for (auto it = hours.end(); it != hours.begin();) {   // newest first, as the seed orders them
        --it;
        HourlyRow row;
        row.hourSlot = QDateTime::fromSecsSinceEpoch(it.key(), QTimeZone(it->utcOffset));
        row.events = it->events;
        row.searches = it->searches;
        row.errors = it->errors;
        if (!p95(it->durations, &row.p95SearchMs, error))
            return false;
        snap.hourly.append(row);
    }
    snap.fetchedAt = QDateTime::currentDateTime();
    *out = snap;
    return true;
}

} // namespace palier
