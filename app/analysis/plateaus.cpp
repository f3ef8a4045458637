#include "analysis/plateaus.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace palier {

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

int direction(const Segment &from, const Segment &to)
{
    const double d = to.users - from.users;
    if (std::isnan(d))
        return 0;
    return d == 1 ? 1 : d == -1 ? -1 : 0;
}

qsizetype samplesIn(const Segment &s)
{
    return s.last - s.first + 1;
}

// Segments that are steps of a one-user-at-a-time ramp: in a run of two or more
// consecutive one-user steps in one direction, every segment but the last, save
// a level held far longer than a neighbouring level of the run (more than twice
// as many samples, plus one: the steps of one ramp differ by a sample at most).
// That one is a plateau the ramp left from or passed through: a stepped load
// 5 → 20 → 50 whose ramps climb slower than one user per sample is one such run
// from 5 to 50, and its plateaus at 5 and 20 are stages.
QList<bool> unitRampSteps(const QList<Segment> &segs)
{
    QList<bool> ramp(segs.size(), false);
    qsizetype i = 0;
    while (i + 1 < segs.size()) {
        const int dir = direction(segs.at(i), segs.at(i + 1));
        if (dir == 0) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j + 1 < segs.size() && direction(segs.at(j), segs.at(j + 1)) == dir)
            ++j;
        // segs[i..j] climb (or fall) one user per step; j - i steps.
        if (j - i >= 2)
            for (qsizetype k = i; k < j; ++k) {
                qsizetype shorter = samplesIn(segs.at(k + 1));
                if (k > i)
                    shorter = std::min(shorter, samplesIn(segs.at(k - 1)));
                if (samplesIn(segs.at(k)) <= 2 * shorter + 1)
                    ramp[k] = true;
            }
        i = j;
    }
    return ramp;
}

Plateau toPlateau(const QList<UserSample> &samples, const Segment &s, qint64 stepMs)
{
    Plateau p;
    p.users = int(std::lround(s.users));
    p.first = s.first;
    p.last = s.last;
    p.startMs = samples.at(s.first).tMs;
    p.endMs = samples.at(s.last).tMs;
    if (stepMs > 0)
        for (qsizetype i = s.first + 1; i <= s.last; ++i) {
            const qint64 dt = samples.at(i).tMs - samples.at(i - 1).tMs;
            if (dt > 2 * stepMs)
                p.gapS += double(dt) / 1000.0;
        }
    return p;
}

} // namespace

qint64 typicalStepMs(const QList<UserSample> &samples)
{
    std::vector<qint64> d;
    for (qsizetype i = 1; i < samples.size(); ++i) {
        const qint64 dt = samples.at(i).tMs - samples.at(i - 1).tMs;
        if (dt > 0)
            d.push_back(dt);
    }
    if (d.empty())
        return 0;
    std::nth_element(d.begin(), d.begin() + std::ptrdiff_t(d.size() / 2), d.end());
    return d[d.size() / 2];
}

QList<Plateau> cutPlateaus(const QList<UserSample> &samples)
{
    const qint64 step = typicalStepMs(samples);
    const QList<Segment> segs = segments(samples);
    const QList<bool> ramp = unitRampSteps(segs);
    QList<Plateau> out;
    for (qsizetype i = 0; i < segs.size(); ++i) {
        const Segment &s = segs.at(i);
        if (!(s.users >= 1) || s.first == s.last || ramp.at(i))
            continue;
        const Plateau p = toPlateau(samples, s, step);
        if (p.endMs > p.startMs)
            out.append(p);
    }
    return out;
}

std::optional<Plateau> mainLevel(const QList<UserSample> &samples)
{
    auto longer = [](const Plateau &a, const Plateau &b) {
        const double da = a.durationS(), db = b.durationS();
        if (da != db)
            return da > db;
        if (a.points() != b.points())
            return a.points() > b.points();
        return a.users > b.users;
    };
    std::optional<Plateau> best;
    for (const Plateau &p : cutPlateaus(samples))
        if (!best || longer(p, *best))
            best = p;
    if (best)
        return best;
    const qint64 step = typicalStepMs(samples);
    for (const Segment &s : segments(samples)) {
        if (!(s.users >= 1))
            continue;
        const Plateau p = toPlateau(samples, s, step);
        if (!best || longer(p, *best))
            best = p;
    }
    return best;
}

} // namespace palier
