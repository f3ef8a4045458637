// The grid applied to runs: per-run criteria and decision, stage verdicts,
// saturation, and the 3-run window (docs/grid-rules.md §4–§7, §10).
//
// Everything here is data: colours, decisions, and reasons as a kind with its
// evidence numbers. Sentences are made at the edges (words/reason_words.h), in
// the language each edge wants, from the same verdicts.
#pragma once

#include "grid/grid_types.h"
#include "grid/profile.h"
#include "model/run.h"

#include <optional>

namespace palier {

// Why something has its colour: a stable kind and the numbers behind it
// (values, limits, counts, Mann–Kendall p, times…), worded at the edge.
struct Reason {
    QString kind;
    Params params;
};

inline Reason reason(const char *kind, const Params &params = {})
{
    return Reason {QString::fromLatin1(kind), params};
}

struct CriterionResult {
    QString id;
    CriterionDef def;          // the criterion as the profile defines it (metric, scope, limits)
    double value = kNaN;       // as compared (rounded as displayed); NaN if not evaluated
    Colour colour = Colour::NotEvaluated;
    Reason reason;             // "criterion.value", "criterion.no_target_stage", "held.…"…
    QList<Reason> details;     // more: the held verdict's parts, notes

    bool evaluated() const { return colour != Colour::NotEvaluated; }
};

// One stage's verdict (docs/grid-rules.md §5). The target stage gets the "held" verdict;
// every other stage its stability (trend, collapse, 10-s windows), without the
// duration requirement only the target has.
struct StageVerdict {
    int users = 0;
    bool target = false;
    Colour colour = Colour::NotEvaluated;
    // The parts of the verdict: for red every red reason, for orange every
    // orange one, for green one summary ("held.steady"); notes after them
    // ("held.credit", "held.judged_on_what_it_has").
    QList<Reason> reasons;
    bool continuousDegradation = false;   // red trend (target: above green at the end)
    bool degradingInGreen = false;        // significant rise that stays green
    bool throughputCollapse = false;
    bool degradedWindows = false;
    double mannKendallP = kNaN;
    double theilSenSlopeMsPerS = kNaN;
    double durationS = kNaN;              // the plateau, credited, as judged
};

struct RunVerdict {
    QString runId;
    QList<CriterionResult> criteria;
    QList<StageVerdict> stages;          // same order as run.stages
    int reds = 0, oranges = 0, score = 0;
    bool scoreIsLowerBound = false;      // a required criterion was not evaluated: "≥ score"
    ScoreLabel label = ScoreLabel::Ok;
    Decision decision = Decision::Go;
    // What the evaluated criteria give at best (missing ones taken as green);
    // equal to decision when the evidence is complete.
    Decision bestCase = Decision::Go;
    QList<InconclusiveReason> inconclusiveReasons;
    QStringList missing;                 // required criteria not evaluated, by id
    bool valid = true;
    QList<Finding> invalidReasons;       // why the run is set aside (docs/grid-rules.md §8)
    bool saturationSignals = false;
    std::optional<int> saturationPointUsers;
    QList<Reason> saturationReasons;
    double keyP95AtTargetMs = kNaN;      // for the report's key results
    double errorRatePct = kNaN;          // error-rate criterion's value
    std::optional<bool> targetHeld;      // nullopt: not evaluated

    const CriterionResult *criterion(const QString &id) const;
};

struct WindowCriterion {
    QString id;
    bool required = true;
    Colour colour = Colour::NotEvaluated;
    bool consistent = true;              // false: evaluated by every run, no shared colour (rerun)
    bool incomplete = false;             // no shared colour and some runs did not evaluate it
    QList<Colour> runColours;            // same order as WindowVerdict::runIds (invalid runs: their own)
};

struct WindowVerdict {
    QStringList runIds;                  // newest first
    QStringList invalidRunIds;           // the window's runs set aside
    QList<WindowCriterion> criteria;
    int reds = 0, oranges = 0, score = 0;
    bool scoreIsLowerBound = false;
    ScoreLabel label = ScoreLabel::Ok;
    Decision decision = Decision::Go;
    Decision bestCase = Decision::Go;    // what the criteria with a colour give at best
    QList<InconclusiveReason> inconclusiveReasons;
    bool provisional = false;
    QList<Reason> notes;                 // why provisional, which criteria lack a colour…

    const WindowCriterion *criterion(const QString &id) const;
};

RunVerdict evaluateRun(const Run &run, const Profile &profile);

// Indices into runs (any order) of the window: the newest run and the up to
// windowSize-1 most recent runs comparable to it; newest first.
QList<int> selectWindow(const QList<Run> &runs, const Profile &profile);
bool comparable(const Run &a, const Run &b, const Profile &profile);

// verdicts: those of the window's runs, newest first.
WindowVerdict evaluateWindow(const QList<RunVerdict> &verdicts, const Profile &profile);

} // namespace palier
