// The events of given time spans read from the live table into the log an
// events file gives (db/events_file.h), for the client-against-server
// comparison (docs/server-side.md): a load test's stages and the baseline just
// before it, never the whole table.
#include "db/monitoring_session.h"

#include <QCoreApplication>
#include <QtEndian>

#include <libpq-fe.h>

#include <algorithm>
#include <bit>
#include <cstring>

using namespace Qt::StringLiterals;

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::Db", s); }

// created_at as µs since 1970 (the instant for timestamptz, the wall time for
// timestamp without time zone, as an events file holds them); the flags of
// EventLog; the duration of a successful key event as float8 (PostgreSQL's own
// cast, the one PERCENTILE_CONT applies in the views). A span's bounds are
// instants: a timestamp-without-time-zone column compares with them in the
// session's time zone, as the views' window does.
const char *const kEventsSql = R"SQL(
SELECT (extract(epoch FROM t.{C}) * 1000000)::int8,
       (CASE WHEN t.{E} = $3 THEN 1 ELSE 0 END
        + CASE WHEN t.{ST} = $5 THEN 2 ELSE 0 END
        + CASE WHEN t.{E} = $3 AND t.{ST} = $4 AND t.{D} IS NOT NULL THEN 4 ELSE 0 END)::int4,
       CASE WHEN t.{E} = $3 AND t.{ST} = $4 THEN t.{D}::float8 END
FROM {T} AS t
WHERE t.{C} >= $1::timestamptz AND t.{C} < $2::timestamptz
)SQL";

QByteArray isoParam(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

} // namespace

bool MonitoringSession::fetchEvents(const QList<QPair<QDateTime, QDateTime>> &spans, const QString &keyTransaction,
                                    EventLog *out, DbError *error)
{
    *out = EventLog();
    out->file = m_table.display;
    out->keyTransaction = keyTransaction;
    out->zoned = m_table.createdAtHasTimeZone;
    out->durationKind = m_table.durationKind;
    out->durationKindInferred = false;

    QList<QPair<QDateTime, QDateTime>> merged;
    for (const auto &s : spans)
        if (s.first.isValid() && s.second.isValid() && s.first < s.second)
            merged.append(s);
    std::sort(merged.begin(), merged.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 1; i < merged.size();) {
        if (merged[i].first <= merged[i - 1].second) {
            merged[i - 1].second = std::max(merged[i - 1].second, merged[i].second);
            merged.removeAt(i);
        } else {
            ++i;
        }
    }

    const QString sql = fillTableNames(QString::fromLatin1(kEventsSql), m_table).trimmed();
    const QList<unsigned int> types {25u, 25u, 0u, 0u, 0u};
    for (const auto &span : merged) {
        PGresult *res = execParams(sql,
                                   {isoParam(span.first), isoParam(span.second), keyTransaction.toUtf8(),
                                    m_options.schema.okStatus.toUtf8(), m_options.schema.errorStatus.toUtf8()},
                                   types, 1, error);
        if (!res)
            return false;
        const int n = PQntuples(res);
        if (PQnfields(res) != 3 || PQftype(res, 0) != 20 || PQftype(res, 1) != 23 || PQftype(res, 2) != 701) {
            PQclear(res);
            *error = makeError(DbError::Kind::Query, tr("query failed: %1").arg(u"unexpected result"_s));
            return false;
        }
        out->times.reserve(out->times.size() + std::size_t(n));
        out->flags.reserve(out->flags.size() + std::size_t(n));
        for (int r = 0; r < n; ++r) {
            if (PQgetisnull(res, r, 0))
                continue;   // cannot be: the span's test is not true for NULL
            const qint64 us = qFromBigEndian<qint64>(PQgetvalue(res, r, 0));
            const quint8 flags = quint8(qFromBigEndian<qint32>(PQgetvalue(res, r, 1)));
            out->times.push_back(us);
            out->sessions.push_back(0);
            out->flags.push_back(flags);
            if (flags & EventLog::KeyOkDuration) {
                const double v = std::bit_cast<double>(qFromBigEndian<quint64>(PQgetvalue(res, r, 2)));
                out->values.push_back(v);
                out->exact.push_back({});   // not read: the comparison takes no average
            }
            if (out->times.size() == 1 || us < out->firstTime)
                out->firstTime = us;
            if (out->times.size() == 1 || us > out->lastTime)
                out->lastTime = us;
        }
        out->rows += n;
        PQclear(res);
    }
    return true;
}

} // namespace palier
