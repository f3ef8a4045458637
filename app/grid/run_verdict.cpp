// The grid applied to one run (docs/grid-rules.md §4–§8): stage verdicts, criteria, score,
// evidence, validity, decision and saturation.
#include "grid/colour.h"
#include "grid/criteria.h"
#include "grid/decision_rules.h"
#include "grid/saturation.h"
#include "grid/stage_verdict.h"

namespace palier {

namespace {

// Why the run is set aside (docs/grid-rules.md §8): what its readers found, and a load
// generator overloaded at or below the target stage — which only the profile
// can tell.
QList<Finding> invalidReasons(const Run &run, const Profile &profile)
{
    QList<Finding> out = run.invalidReasons();
    bool placed = false;
    for (const Stage &s : run.stages) {
        if (!s.generatorOverloaded)
            continue;
        placed = true;
        if (s.users <= profile.targetUsers)
            out << Finding::error(QStringLiteral("run.invalid.generator_overloaded"), s.files.value(0), 0,
                                  {{QStringLiteral("users"), s.users}, {QStringLiteral("target"), profile.targetUsers}});
    }
    if (run.generatorOverloaded && !placed)
        out << Finding::error(QStringLiteral("run.invalid.generator_overloaded_unplaced"), run.path, 0);
    return out;
}

} // namespace

const CriterionResult *RunVerdict::criterion(const QString &id) const
{
    for (const CriterionResult &c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

RunVerdict evaluateRun(const Run &run, const Profile &profile)
{
    RunVerdict v;
    v.runId = run.id;
    const int targetIndex = targetStageIndex(run, profile);
    for (int i = 0; i < run.stages.size(); ++i)
        v.stages.append(evaluateStage(run.stages.at(i), profile, i == targetIndex));

    for (const CriterionDef &c : profile.criteria) {
        CriterionResult r = evaluateCriterion(c, run, profile, v.stages, targetIndex);
        if (r.colour == Colour::Red)
            ++v.reds;
        else if (r.colour == Colour::Orange)
            ++v.oranges;
        else if (r.colour == Colour::NotEvaluated && c.required)
            v.missing << c.id;
        v.criteria.append(r);
    }
    v.score = 2 * v.reds + v.oranges;
    v.scoreIsLowerBound = !v.missing.isEmpty();
    v.label = scoreLabel(v.score);
    v.bestCase = decide(v.reds, v.oranges);
    v.decision = v.bestCase;
    // Evidence (docs/grid-rules.md §7): GO and WATCH need every required criterion; a run
    // with nothing evaluated is never GO.
    bool anyEvaluated = false;
    for (const CriterionResult &r : std::as_const(v.criteria))
        anyEvaluated = anyEvaluated || r.evaluated();
    // Nothing evaluated is incomplete evidence too, even when no criterion is
    // "missing" (a profile whose criteria are all optional): the score is "≥ N".
    v.scoreIsLowerBound = v.scoreIsLowerBound || !anyEvaluated;
    if ((!v.missing.isEmpty() || !anyEvaluated) && v.decision != Decision::NoGo) {
        v.decision = Decision::Inconclusive;
        v.inconclusiveReasons << InconclusiveReason::IncompleteEvidence;
    }
    // Validity: an invalid run's own decision is INCONCLUSIVE, whatever its
    // criteria say — damaged evidence cannot carry a NO-GO either.
    v.invalidReasons = invalidReasons(run, profile);
    v.valid = v.invalidReasons.isEmpty();
    if (!v.valid) {
        v.decision = Decision::Inconclusive;
        v.inconclusiveReasons.prepend(InconclusiveReason::InvalidRun);
    }

    if (targetIndex >= 0) {
        const Stage &target = run.stages.at(targetIndex);
        if (const Endpoint *e = target.endpoint(profile.keyTransaction))
            v.keyP95AtTargetMs = displayedValue(Metric::LatencyP95, e->figures.keyPercentile(0.95));
    }
    if (const CriterionDef *def = profile.heldCriterion())
        if (const CriterionResult *held = v.criterion(def->id); held && held->evaluated())
            v.targetHeld = held->colour != Colour::Red;
    if (const CriterionDef *err = profile.errorRateCriterion())
        if (const CriterionResult *r = v.criterion(err->id))
            v.errorRatePct = r->value;

    findSaturation(run, profile, v);
    return v;
}

} // namespace palier
