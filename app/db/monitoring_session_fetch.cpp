// The monitoring views of a session: the single-scan statement of
// monitoring_sql.cpp run with its parameters, and its rows read into a
// MonitoringSnapshot (part 0 the summary and the decision hint, part 1 the hours).
#include "db/monitoring_session.h"

#include <QTimeZone>

namespace palier {

namespace {

std::optional<int> optInt(const std::optional<QString> &v)
{
    if (!v)
        return std::nullopt;
    return v->toInt();
}

qint64 toCount(const std::optional<QString> &v) { return v ? v->toLongLong() : 0; }

} // namespace

bool MonitoringSession::fetch(const ViewRequest &request, MonitoringSnapshot *out, DbError *error)
{
    PgRows rows;
    if (!query(monitoringSql(m_table, request), monitoringParams(m_options.schema, request), monitoringParamTypes(),
               &rows, error))
        return false;
    MonitoringSnapshot snap;
    snap.timeZone = m_timeZone;
    snap.hours = request.hours;
    snap.summary.days = request.days;
    snap.hasSummary = request.summary;
    snap.hasHourly = request.hourly;
    for (const auto &r : rows.rows) {
        if (r.value(0).value_or(QString()) == u"0") {
            MonitoringSummary &s = snap.summary;
            s.totalEvents = toCount(r.value(4));
            s.activeSessions = toCount(r.value(5));
            s.searches = toCount(r.value(6));
            s.avgSearchMs = optInt(r.value(7));
            s.p95SearchMs = optInt(r.value(8));
            s.errorRatePct = r.value(9).value_or(QString());
            MonitoringDecision &d = snap.decision;
            d.p95SearchMs = s.p95SearchMs;
            d.errorRatePct = s.errorRatePct;
            d.hint = request.thresholds.decide(d.p95SearchMs, s.errorRate());
        } else {
            HourlyRow h;
            const qint64 epoch = r.value(2).value_or(QString()).toLongLong();
            const int offset = r.value(3).value_or(QString()).toInt();
            h.hourSlot = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone(offset));
            h.searches = toCount(r.value(6));
            h.p95SearchMs = optInt(r.value(8));
            h.errors = toCount(r.value(10));
            snap.hourly.append(h);
        }
    }
    snap.fetchedAt = QDateTime::currentDateTime();
    *out = snap;
    return true;
}

} // namespace palier
