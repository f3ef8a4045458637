// The grid's reasons in words, in the language asked for: why a criterion has
// its colour, why a stage is (not) held or stable, what saturates, why a
// decision is INCONCLUSIVE. Every edge (CLI text, JSON, report, window) calls
// these with the verdicts of one assessment.
#pragma once

#include "grid/assessment.h"
#include "i18n/language.h"

namespace palier {

// "p95 of athlete_search at the 100-user stage is 2200 ms (the tool's own
// percentile): at most 2500 ms"; the held criterion says its stage verdict.
QString criterionReason(const CriterionResult &r, const Profile &profile, const Language &lang);

// "not held: ran 62 s, less than 95 % of the required 600 s"; for a stage that
// is not the target, its stability ("stable: …", "degrading: …").
QString stageVerdictText(const StageVerdict &v, const Language &lang);
// One part of a stage verdict ("held.degradation", "held.credit"…).
QString stageReasonText(const Reason &r, const Language &lang);

// "throughput fell 22 % (50,6 → 39,7 req/s) from 100 to 150 users while users
// grew 50 %"; several joined with "; ".
QString saturationText(const QList<Reason> &reasons, const Language &lang);

// Why a run's decision is what it is when it is not plain: its invalid
// reasons, what evidence is missing and what the evaluated criteria give at
// best. Empty for a plain GO / WATCH / NO-GO.
QStringList runDecisionNotes(const RunVerdict &v, const Profile &profile, const Language &lang);
// The same for the window: invalid runs, criteria without a colour, reruns,
// provisional window (left out with `withProvisional` false, for an edge that
// says it on the decision line already).
QStringList windowDecisionNotes(const WindowVerdict &w, const Profile &profile, const Language &lang,
                                bool withProvisional = true);

} // namespace palier
