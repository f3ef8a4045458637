// Local time in one time zone as PostgreSQL computes it, for views computed on
// the client from an events file (docs/db.md, "Monitoring data from a file"):
// offsets from the zone's transitions, looked up by binary search (a week of
// events is millions of lookups), and wall times resolved to instants with
// PostgreSQL's rules for the hours a DST change skips or repeats:
//   - a skipped wall time (spring forward) takes the offset in force before
//     the change (02:30 in Paris on the last Sunday of March is 03:30 CEST);
//   - a repeated wall time (fall back) takes the offset in force after the
//     change (01:30 on the last Sunday of October is 01:30 CET, the later one).
// date_trunc('day', timestamptz) and timestamptz − interval 'N days'
// re-resolve the truncated or shifted wall time by these rules, so the events
// views do the same (date_trunc('hour', …) keeps the value's own offset). Times are microseconds since 1970-01-01 UTC
// (instants) or since 1970-01-01 00:00 on the wall clock (wall times).
#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>

namespace palier {

inline constexpr qint64 kUsPerSecond = 1000000;
inline constexpr qint64 kUsPerHour = 3600 * kUsPerSecond;
inline constexpr qint64 kUsPerDay = 24 * kUsPerHour;

// Floor division for negative times too (before 1970).
inline qint64 floorTo(qint64 v, qint64 unit) { return (v >= 0 ? v / unit : -((-v + unit - 1) / unit)) * unit; }

class ZoneClock {
public:
    // Offsets of `zone` known from `fromUs` to `toUs` (instants); outside that
    // span the nearest known offset holds. An invalid zone behaves as UTC.
    ZoneClock(const QTimeZone &zone, qint64 fromUs, qint64 toUs);

    int offsetAt(qint64 instantUs) const;                    // seconds east of UTC
    qint64 wallOf(qint64 instantUs) const { return instantUs + qint64(offsetAt(instantUs)) * kUsPerSecond; }
    qint64 resolve(qint64 wallUs) const;                     // PostgreSQL's rules above

private:
    QList<qint64> m_at;      // instants of the transitions, ascending
    QList<int> m_offset;     // m_offset[i] holds from m_at[i - 1] to m_at[i] (m_offset[0] before m_at[0])
};

} // namespace palier
