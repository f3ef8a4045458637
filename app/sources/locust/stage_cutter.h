// Finding stages in Locust's User Count series.
//
// Rules (why in the .cpp):
// - a plateau is a run of consecutive samples at the same user count > 0, held
//   for at least kMinPlateauPoints samples and kMinPlateauMs;
// - the spawning ramp (intermediate counts, one or two samples each) and the
//   final lower "stop" row are never plateaus;
// - one odd sample between two samples of the same level (a user that died and
//   was respawned) does not split a plateau.
#pragma once

#include <QList>

#include <optional>

namespace palier::locust {

struct UserSample {
    qint64 tMs = 0;
    double users = 0;
};

struct Plateau {
    int users = 0;
    qsizetype first = 0, last = 0;   // sample indices, inclusive
    qint64 startMs = 0, endMs = 0;   // first and last sample at the level
    qsizetype points() const { return last - first + 1; }
    double durationS() const { return double(endMs - startMs) / 1000.0; }
};

inline constexpr int kMinPlateauPoints = 3;
inline constexpr qint64 kMinPlateauMs = 30000;

// Plateaus held long enough to be stages, in time order.
QList<Plateau> cutPlateaus(const QList<UserSample> &samples,
                           int minPoints = kMinPlateauPoints, qint64 minMs = kMinPlateauMs);

// The level a one-stage file ran at: its longest segment at a count > 0, however
// short (a stage file whose history was cut after a few seconds still names its
// level). nullopt when no sample has users > 0.
std::optional<Plateau> longestLevel(const QList<UserSample> &samples);

} // namespace palier::locust
