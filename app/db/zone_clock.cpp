#include "db/zone_clock.h"

#include <QDateTime>

#include <algorithm>

namespace palier {

ZoneClock::ZoneClock(const QTimeZone &zone, qint64 fromUs, qint64 toUs)
{
    if (!zone.isValid()) {
        m_offset.append(0);
        return;
    }
    // A day of margin on each side: a wall time near the edge resolves with
    // the offsets around it.
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(floorTo(fromUs, 1000) / 1000 - 2 * 86400000LL, QTimeZone::utc());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(floorTo(toUs, 1000) / 1000 + 2 * 86400000LL, QTimeZone::utc());
    m_offset.append(zone.offsetFromUtc(from));
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch() * 1000;
            if (t.offsetFromUtc == m_offset.last())
                continue;   // a change of name or DST flag only
            m_at.append(at);
            m_offset.append(t.offsetFromUtc);
        }
    }
}

int ZoneClock::offsetAt(qint64 instantUs) const
{
    // The number of transitions at or before the instant is the index of its offset.
    const auto it = std::upper_bound(m_at.cbegin(), m_at.cend(), instantUs);
    return m_offset.at(it - m_at.cbegin());
}

qint64 ZoneClock::resolve(qint64 wallUs) const
{
    // Near the wall time (read as if it were UTC with the offset it would
    // have), a transition from offset o0 to o1 at instant T affects the wall
    // times between T + min(o0, o1) and T + max(o0, o1): skipped ones when the
    // clock jumps forward, repeated ones when it goes back.
    const qint64 probe = wallUs - qint64(offsetAt(wallUs)) * kUsPerSecond;
    const qsizetype i = std::upper_bound(m_at.cbegin(), m_at.cend(), probe) - m_at.cbegin();
    for (qsizetype k = std::max<qsizetype>(0, i - 2); k < std::min<qsizetype>(m_at.size(), i + 2); ++k) {
        const qint64 o0 = qint64(m_offset.at(k)) * kUsPerSecond;
        const qint64 o1 = qint64(m_offset.at(k + 1)) * kUsPerSecond;
        const qint64 t = m_at.at(k);
        if (wallUs >= t + std::min(o0, o1) && wallUs < t + std::max(o0, o1))
            return o1 > o0 ? wallUs - o0    // skipped: the offset before the change
                           : wallUs - o1;   // repeated: the offset after it
    }
    // Elsewhere the wall time has exactly one instant.
    const qint64 t = wallUs - qint64(offsetAt(probe)) * kUsPerSecond;
    return wallUs - qint64(offsetAt(t)) * kUsPerSecond;
}

} // namespace palier
