#include "sources/locust/stage_cutter.h"

#include <cmath>

namespace palier::locust {

// Why these thresholds: Locust writes a history row about every second (every
// 2 s in 1.0, every 5 s in some 2.x setups). While spawning, User Count climbs
// by the spawn rate each second, so each intermediate count is held for one or
// two rows; a slow spawn (Locust 1.0 with -r 0.05, one user every 20 s) holds
// each count for ~20 s. A stage a capacity test means to measure is held for at
// least a minute in practice (LoadTestShape steps of 2 min in the wild samples),
// so "3 rows and 30 s" keeps every intended step and drops every ramp step seen
// in the real files. The stop row (users dropping when -t expires) is one row.

namespace {

struct Segment {
    double users = 0;
    qsizetype first = 0, last = 0;
};

QList<Segment> segments(const QList<UserSample> &samples)
{
    QList<Segment> out;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const double u = samples.at(i).users;
        if (!out.isEmpty() && out.last().users == u && !std::isnan(u))
            out.last().last = i;
        else
            out.append({u, i, i});
    }
    // A single odd sample between two segments of one level is a blip.
    for (qsizetype i = 1; i + 1 < out.size();) {
        const Segment &a = out.at(i - 1), &b = out.at(i), &c = out.at(i + 1);
        if (b.first == b.last && a.users == c.users && a.users > 0) {
            out[i - 1].last = c.last;
            out.remove(i, 2);
        } else {
            ++i;
        }
    }
    return out;
}

Plateau toPlateau(const QList<UserSample> &samples, const Segment &s)
{
    Plateau p;
    p.users = int(std::lround(s.users));
    p.first = s.first;
    p.last = s.last;
    p.startMs = samples.at(s.first).tMs;
    p.endMs = samples.at(s.last).tMs;
    return p;
}

} // namespace

QList<Plateau> cutPlateaus(const QList<UserSample> &samples, int minPoints, qint64 minMs)
{
    QList<Plateau> out;
    for (const Segment &s : segments(samples)) {
        if (!(s.users >= 1))
            continue;
        const Plateau p = toPlateau(samples, s);
        if (p.points() >= minPoints && p.endMs - p.startMs >= minMs)
            out.append(p);
    }
    return out;
}

std::optional<Plateau> longestLevel(const QList<UserSample> &samples)
{
    std::optional<Plateau> best;
    for (const Segment &s : segments(samples)) {
        if (!(s.users >= 1))
            continue;
        const Plateau p = toPlateau(samples, s);
        if (!best) {
            best = p;
            continue;
        }
        const qint64 d = p.endMs - p.startMs, bd = best->endMs - best->startMs;
        if (d > bd || (d == bd && (p.points() > best->points()
                                   || (p.points() == best->points() && p.users > best->users))))
            best = p;
    }
    return best;
}

} // namespace palier::locust
