// Stages from a user-count series (docs/grid-rules.md §3), one rule for every tool: Locust's
// `User Count` column (one row per CSV_STATS_INTERVAL_SEC, 1 s by default) and
// k6's `vus` gauge (about one sample a second). That section states the rules
// and why; in short:
//
// - a plateau is a run of consecutive samples at one user count > 0, however
//   short, from its first to its last sample: a level seen on a single sample
//   has no duration, so it is a ramp step or the stop row, never a stage;
// - ramps belong to no stage. Besides single-sample steps, a tool ramping slower
//   than one user per sample moves by exactly one user at a time (Locust spawns
//   one user every 1/rate s below one user per second; k6's ramping-vus
//   interpolates whole VUs), so in a run of two or more consecutive one-user
//   steps in the same direction every level but the last is a ramp step, save
//   a level held for more than twice the samples of a neighbouring level of
//   the run, plus one: a plateau the slow ramp left from or passed through;
// - one odd sample between two samples of one level (a user that stopped and was
//   respawned) does not split the plateau;
// - a forward gap in the samples (an interval longer than twice the series'
//   typical interval) adds nothing to the plateau's duration.
//
// No minimum duration: a 20-s step of a LoadTestShape is a stage.
#pragma once

#include <QList>

#include <optional>

namespace palier {

struct UserSample {
    qint64 tMs = 0;
    double users = 0;     // NaN when the row has no count
};

struct Plateau {
    int users = 0;
    qsizetype first = 0, last = 0;   // sample indices, inclusive
    qint64 startMs = 0, endMs = 0;   // first and last sample at the level
    double gapS = 0;                 // forward gaps inside, not counted
    qsizetype points() const { return last - first + 1; }
    // First to last sample, forward gaps excluded.
    double durationS() const { return double(endMs - startMs) / 1000.0 - gapS; }
};

// The typical interval between samples (median of the positive differences), in
// ms; 0 with fewer than two distinct times.
qint64 typicalStepMs(const QList<UserSample> &samples);

// The plateaus of `samples` (sorted by time), in time order.
QList<Plateau> cutPlateaus(const QList<UserSample> &samples);

// The level a one-stage file ran at: its longest plateau; when it has none (a
// file cut after a few rows) its longest level however short, so a damaged stage
// file still names its level. nullopt when no sample has users > 0.
std::optional<Plateau> mainLevel(const QList<UserSample> &samples);

} // namespace palier
