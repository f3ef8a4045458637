#include "db/events_views.h"

#include "db/monitoring_percentile.h"
#include "db/zone_clock.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace palier {

namespace {

// PERCENTILE_CONT(0.95) of the values, as PostgreSQL computes it (monitoring_percentile.h).
double percentileCont95(std::vector<double> &v)
{
    return *pgPercentileCont(std::span<double>(v), 0.95);
}

[[noreturn]] void outOfRange(const EventLog &log, qint64 line, const QString &what)
{
    throw inputError(QStringLiteral("events.value_out_of_range"), log.file, line, {{QStringLiteral("figure"), what}});
}

// ROUND(float8)::int, or the error PostgreSQL raises.
int roundFloatToInt(double v, const EventLog &log, qint64 line, const QString &what)
{
    const std::optional<int> r = pgRoundFloat8ToInt4(v);
    if (!r)
        outOfRange(log, line, what);
    return *r;
}

struct Group {
    qint64 events = 0, searches = 0, errors = 0;
    std::vector<double> values;
};

std::optional<int> p95Of(Group &g, const EventLog &log, const QString &what)
{
    if (g.values.empty())
        return std::nullopt;
    const double p = percentileCont95(g.values);
    qint64 line = 0;
    if (!std::isfinite(p) && !log.nonFinite.empty())
        line = log.nonFinite.front().second;
    return roundFloatToInt(p, log, line, what);
}

// Exact decimal sum for an integer or numeric AVG: Σ mantissa × 10^(S − scale)
// at the largest scale S met so far, in 128 bits.
class DecimalSum {
public:
    bool add(const ExactDecimal &d)
    {
        // A large exponent (scale < 0) fails in shift() once past the limit,
        // never by clamping to a smaller, wrong value.
        const int scale = d.scale;
        // More than 36 decimals would overflow the divisor 10^scale of the
        // mean: refused (docs/limits.md) rather than a wrong average.
        if (scale > 36)
            return false;
        if (scale > m_scale) {
            if (!shift(m_sum, scale - m_scale))
                return false;
            m_scale = scale;
        }
        __int128 v = d.mantissa;
        if (!shift(v, m_scale - scale))
            return false;
        m_sum += v;
        return m_sum < kLimit && m_sum > -kLimit;
    }
    // ROUND(sum / n) half away from zero, as numeric rounds.
    __int128 roundedMean(qint64 n) const
    {
        __int128 den = n;
        for (int i = 0; i < m_scale; ++i)
            den *= 10;
        __int128 num = m_sum < 0 ? -m_sum : m_sum;
        __int128 q = (2 * num + den) / (2 * den);
        return m_sum < 0 ? -q : q;
    }

private:
    static constexpr __int128 kLimit = __int128(1) << 120;
    static bool shift(__int128 &v, int k)
    {
        for (int i = 0; i < k; ++i) {
            if (v > kLimit / 10 || v < -kLimit / 10)
                return false;
            v *= 10;
        }
        return true;
    }
    __int128 m_sum = 0;
    int m_scale = 0;
};

QDateTime slotDateTime(const ZoneClock &zc, qint64 wallUs)
{
    const qint64 at = zc.resolve(wallUs);
    const int offset = zc.offsetAt(at);
    return QDateTime::fromMSecsSinceEpoch(floorTo(at, 1000) / 1000, QTimeZone(offset));
}

} // namespace

std::optional<int> pgP95(std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    return pgRoundFloat8ToInt4(percentileCont95(values));
}

std::optional<QDateTime> parseNowText(const QString &text, const QTimeZone &zone)
{
    qint64 wall = 0;
    std::optional<int> offset;
    if (!parsePgTimestamp(QStringView(text).trimmed(), &wall, &offset))
        return std::nullopt;
    qint64 at = 0;
    if (offset) {
        at = wall - qint64(*offset) * kUsPerSecond;
    } else {
        const ZoneClock zc(zone, wall - kUsPerDay, wall + kUsPerDay);
        at = zc.resolve(wall);
    }
    return QDateTime::fromMSecsSinceEpoch(floorTo(at, 1000) / 1000, QTimeZone::utc());
}

EventsClock eventsClock(const EventLog &log, const QTimeZone &zone, const QString &zoneName,
                        const std::optional<QDateTime> &now)
{
    EventsClock c;
    c.zone = zone;
    c.zoneName = zoneName;
    if (now) {
        c.nowUs = now->toMSecsSinceEpoch() * 1000;
    } else if (!log.times.empty()) {
        c.nowFromLastEvent = true;
        if (log.zoned) {
            c.nowUs = log.lastTime;
        } else {
            const ZoneClock zc(zone, log.lastTime - kUsPerDay, log.lastTime + kUsPerDay);
            c.nowUs = zc.resolve(log.lastTime);
        }
    } else {
        c.nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    }
    return c;
}

MonitoringSnapshot computeMonitoringViews(const EventLog &log, const ViewRequest &request, const EventsClock &clock)
{
    const qint64 days = request.days, hours = request.hours;
    // The zone's transitions from three days before the windows' start (UTC
    // offsets differ by at most 26 hours, so an earlier event is outside the
    // windows whatever offset it is read with, and is skipped) to the last
    // event (events after now count, as in the seed's SQL). Not from the first
    // event: a file with one event thousands of years earlier asked Qt for
    // every transition in between, 4 s and 500 MB (fuzzing, docs/fuzzing.md).
    const qint64 from = clock.nowUs - std::max(days * kUsPerDay, hours * kUsPerHour) - 2 * kUsPerDay;
    const qint64 to = log.times.empty() ? clock.nowUs : std::max(clock.nowUs, log.lastTime);
    const ZoneClock zc(clock.zone, from - kUsPerDay, to + kUsPerDay);

    // created_at >= now() − make_interval(days => N): N days back on the
    // wall clock, re-resolved; − make_interval(hours => N): plain µs.
    const qint64 dayLo = zc.resolve(zc.wallOf(clock.nowUs) - days * kUsPerDay);
    const qint64 hourLo = clock.nowUs - hours * kUsPerHour;

    Group week;
    qint64 keyOkSeen = 0;
    DecimalSum exactSum;
    double floatSum = 0;
    qint64 avgCount = 0;
    std::vector<bool> sessionSeen(std::size_t(log.distinctSessions) + 1, false);
    qint64 sessions = 0;
    QHash<qint64, Group> hourGroups, dayGroups;   // by wall time of the slot
    qint64 firstNonFiniteInAvg = 0;
    bool exactOverflow = false;

    for (std::size_t i = 0; i < log.times.size(); ++i) {
        const quint8 f = log.flags[i];
        const qint64 valueIndex = (f & EventLog::KeyOkDuration) ? keyOkSeen++ : -1;
        const qint64 t = log.times[i];
        const qint64 at = log.zoned ? t : zc.resolve(t);
        const qint64 wall = log.zoned ? zc.wallOf(t) : t;
        const bool inDays = request.summary && at >= dayLo;
        const bool inHours = request.hourly && at >= hourLo;
        if (!inDays && !inHours)
            continue;
        const bool key = f & EventLog::Key;
        const bool error = f & EventLog::Error;
        const double value = valueIndex >= 0 ? log.values[std::size_t(valueIndex)] : 0;
        const auto count = [&](Group &g) {
            ++g.events;
            g.searches += key;
            g.errors += error;
            if (valueIndex >= 0)
                g.values.push_back(value);
        };
        if (inDays) {
            count(week);
            count(dayGroups[floorTo(wall, kUsPerDay)]);
            if (const quint32 s = log.sessions[i]; s && !sessionSeen[s]) {
                sessionSeen[s] = true;
                ++sessions;
            }
            if (valueIndex >= 0) {
                ++avgCount;
                if (!std::isfinite(value) && !firstNonFiniteInAvg) {
                    for (const auto &[idx, line] : log.nonFinite)
                        if (idx == valueIndex)
                            firstNonFiniteInAvg = line;
                }
                if (log.durationKind == DurationKind::Float) {
                    floatSum += value;
                } else if (!exactOverflow && !exactSum.add(log.exact[std::size_t(valueIndex)])) {
                    exactOverflow = true;
                }
            }
        }
        if (inHours) {
            // date_trunc('hour', timestamptz) keeps the event's own offset (it
            // re-resolves only for a day and longer), so the two 02:00 hours of
            // a fall-back night are two rows; keyed by the slot's instant. A
            // timestamp column is grouped by its wall time, as the seed's GROUP BY.
            const qint64 slot = floorTo(wall, kUsPerHour);
            count(hourGroups[log.zoned ? slot - (wall - t) : slot]);
        }
    }

    MonitoringSnapshot snap;
    snap.timeZone = clock.zoneName;
    snap.hours = request.hours;
    snap.summary.days = request.days;
    snap.hasSummary = request.summary;
    snap.hasHourly = request.hourly;
    snap.fetchedAt = QDateTime::currentDateTime();
    snap.asOf = QDateTime::fromMSecsSinceEpoch(floorTo(clock.nowUs, 1000) / 1000, QTimeZone(zc.offsetAt(clock.nowUs)));

    if (request.summary) {
        MonitoringSummary &s = snap.summary;
        s.totalEvents = week.events;
        s.activeSessions = sessions;
        s.searches = week.searches;
        s.errorRatePct = errorRatePctText(week.errors, week.events);
        if (avgCount > 0) {
            const QString what = QStringLiteral("avg_search_ms");
            if (firstNonFiniteInAvg)
                outOfRange(log, firstNonFiniteInAvg, what);   // ROUND(NaN)::int fails in SQL too
            if (log.durationKind == DurationKind::Float) {
                s.avgSearchMs = roundFloatToInt(floatSum / double(avgCount), log, 0, what);
            } else {
                if (exactOverflow)
                    outOfRange(log, 0, what);
                const __int128 m = exactSum.roundedMean(avgCount);
                if (m > std::numeric_limits<int>::max() || m < std::numeric_limits<int>::min())
                    outOfRange(log, 0, what);
                s.avgSearchMs = int(m);
            }
        }
        s.p95SearchMs = p95Of(week, log, QStringLiteral("p95_search_ms"));
        MonitoringDecision &d = snap.decision;
        d.p95SearchMs = s.p95SearchMs;
        d.errorRatePct = s.errorRatePct;
        d.hint = request.thresholds.decide(d.p95SearchMs, s.errorRate());

        QList<qint64> dayKeys = dayGroups.keys();
        std::sort(dayKeys.begin(), dayKeys.end(), std::greater<>());
        for (const qint64 k : dayKeys) {
            Group &g = dayGroups[k];
            DailyRow r;
            r.dayStart = slotDateTime(zc, k);
            r.events = g.events;
            r.searches = g.searches;
            r.errors = g.errors;
            r.p95SearchMs = p95Of(g, log, QStringLiteral("p95_search_ms"));
            snap.daily.append(r);
        }
    }
    if (request.hourly) {
        QList<qint64> hourKeys = hourGroups.keys();
        std::sort(hourKeys.begin(), hourKeys.end(), std::greater<>());
        for (const qint64 k : hourKeys) {
            Group &g = hourGroups[k];
            HourlyRow r;
            r.hourSlot = log.zoned ? QDateTime::fromMSecsSinceEpoch(floorTo(k, 1000) / 1000, QTimeZone(zc.offsetAt(k)))
                                   : slotDateTime(zc, k);
            r.searches = g.searches;
            r.errors = g.errors;
            r.events = g.events;
            r.p95SearchMs = p95Of(g, log, QStringLiteral("p95_search_ms"));
            snap.hourly.append(r);
        }
    }
    return snap;
}

} // namespace palier
