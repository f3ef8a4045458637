// How many users a run's hosting can hold: the USL fitted to its stages, the key
// transaction's p95 projected past the last stage, the user counts where it
// would turn orange and red, and Little's law checked on every stage
// (docs/capacity.md). Data only: words are made at the edges.
#pragma once

#include "analysis/usl.h"
#include "grid/profile.h"
#include "model/finding.h"
#include "model/run.h"

namespace palier {

enum class CapacityState {
    Ok,             // fitted, R² good enough to project
    TooFewStages,   // fewer than kMinCapacityLevels distinct user levels usable
    PoorFit,        // fitted, but the USL does not describe these stages (R² below kMinCapacityR2)
    OpenModel,      // an arrival rate, not the users, set the throughput: no USL fit
    InvalidRun,     // damaged evidence (docs/grid-rules.md §8): nothing is fitted on it
};
QString capacityStateId(CapacityState s);   // "ok", "too_few_stages", "poor_fit", "open_model", "invalid_run"

// A fit needs one more level than it has parameters, so that something is left
// to judge it by (docs/capacity.md).
inline constexpr int kMinCapacityLevels = 4;
// Below this share of the stages' throughput variance explained, the curve's
// shape is not the USL's and a projection from it would be invented.
inline constexpr double kMinCapacityR2 = 0.9;
// Little's law check: a stage whose users implied by N = X·(R + Z) differ from
// the users the history shows by more than this share is a finding.
inline constexpr double kLittleTolerance = 0.2;
// Projections stop at this multiple of the largest stage: further out nothing
// observed supports them.
inline constexpr double kProjectionReach = 4.0;

// Why a stage is not in the fit.
enum class CapacityExclusion {
    None,
    GeneratorOverloaded,   // the load generator could not drive it (docs/grid-rules.md §8)
    NoThroughput,          // no completed request, or no throughput known
};

struct CapacityStage {
    int users = 0;                 // the stage's level (N of the fit)
    double rps = kNaN;             // plateau throughput X: from the series' running totals, else the stage's figures
    double meanMs = kNaN;          // mean response time R (all requests, the stage's figures)
    double keyP95Ms = kNaN;        // the key transaction's p95 as the grid reads it
    double avgUsers = kNaN;        // time-averaged users over the plateau (history); NaN when no history
    double impliedUsers = kNaN;    // X·(R + Z): Little's law
    bool littleOff = false;        // |avgUsers − impliedUsers| > kLittleTolerance · avgUsers
    CapacityExclusion exclusion = CapacityExclusion::None;
    bool used() const { return exclusion == CapacityExclusion::None; }
};

struct Capacity {
    CapacityState state = CapacityState::TooFewStages;
    QList<CapacityStage> stages;   // every stage of the run, in order
    UslFit fit;                    // meaningful when state is Ok (r2 also for PoorFit)
    double thinkTimeS = kNaN;      // Z, from the two lowest stages used
    // The key p95 is projected as c·R(N), c taken at the highest stage used that
    // has a key p95 (anchorUsers), so the curve goes through what was observed there.
    double p95Ratio = kNaN;
    int anchorUsers = 0;
    double p95LimitGreen = kNaN, p95LimitOrange = kNaN;   // the profile's key p95 limits
    double usersAtOrange = kNaN;   // projected key p95 leaves green; NaN beyond the reach
    double usersAtRed = kNaN;      // projected key p95 turns red; NaN beyond the reach
    double observedAtOrange = kNaN;   // interpolated between stages (NaN: not crossed)
    double observedAtRed = kNaN;

    int levelsUsed() const;
    QList<int> usersUsed() const;
    double largestUsers() const;   // the largest stage used
    double reachUsers() const { return kProjectionReach * largestUsers(); }
    bool hasModel() const { return state == CapacityState::Ok; }
    bool hasProjection() const { return hasModel() && isKnown(p95Ratio); }
    double throughputAt(double users) const;          // NaN without a model
    double meanResponseMsAt(double users) const;      // R(N) = N/X(N) − Z
    double keyP95At(double users) const;              // c·R(N)
    double peakUsers() const;                          // NaN unless the peak is determined
    double peakRps() const;
    // Little's-law stages as findings ("capacity.little_mismatch"), with the
    // stage's first file.
    QList<Finding> findings(const Run &run) const;
};

// The model for one run under one profile's key transaction and limits.
// maxUsersExclusive keeps only stages below that level (the leave-out check,
// docs/capacity.md); 0 keeps every stage.
Capacity estimateCapacity(const Run &run, const Profile &profile, int maxUsersExclusive = 0);

// The leave-out check on a run whose stages cross a limit: the model fitted
// on the stages below the crossing, its projected crossing against the observed one.
struct LeaveOutCheck {
    bool red = false;              // which limit: orange (false) or red (true)
    double observedUsers = kNaN;
    double projectedUsers = kNaN;  // NaN: the model did not cross within its reach, or could not fit
    CapacityState state = CapacityState::TooFewStages;
    int levelsUsed = 0;
    double errorPct() const { return 100.0 * (projectedUsers - observedUsers) / observedUsers; }
};
QList<LeaveOutCheck> leaveOutChecks(const Run &run, const Profile &profile);

} // namespace palier
