// The weekly window (docs/grid-rules.md §10): comparable runs, the window's runs, and the
// per-criterion majority.
#include "analysis/percentile.h"
#include "grid/colour.h"
#include "grid/decision_rules.h"
#include "grid/verdict.h"

#include <algorithm>
#include <cmath>

namespace palier {

namespace {

// Newer first: by start time, then by id (a run without a start time is older
// than any run with one).
bool newer(const Run &a, const Run &b)
{
    if (a.startedAt.isValid() != b.startedAt.isValid())
        return a.startedAt.isValid();
    if (a.startedAt.isValid() && a.startedAt != b.startedAt)
        return a.startedAt > b.startedAt;
    return a.id > b.id;
}

bool durationsMatch(double a, double b, double tolerance)
{
    if (!isKnown(a) || !isKnown(b))
        return true;   // cannot tell them apart: the stage plan decides
    const double larger = std::max(std::abs(a), std::abs(b));
    return std::abs(a - b) <= tolerance * larger + 1e-9;
}

double runDurationS(const Run &r)
{
    if (r.startedAt.isValid() && r.endedAt.isValid())
        return double(r.startedAt.msecsTo(r.endedAt)) / 1000.0;
    return kNaN;
}

// The stages' users in the order they ran, read from their plateaus' starts
// (the readers keep stages sorted by users); empty when a start is unknown.
QList<int> levelsInTimeOrder(const Run &run)
{
    QList<const Stage *> stages;
    for (const Stage &s : run.stages) {
        if (!s.plateauStart.isValid())
            return {};
        stages.append(&s);
    }
    std::stable_sort(stages.begin(), stages.end(),
                     [](const Stage *x, const Stage *y) { return x->plateauStart < y->plateauStart; });
    QList<int> users;
    for (const Stage *s : std::as_const(stages))
        users.append(s->users);
    return users;
}

} // namespace

bool comparable(const Run &a, const Run &b, const Profile &profile)
{
    if (a.stagePlan() != b.stagePlan())
        return false;
    // The same levels in the same order: a descending run is another test.
    // Where a start is unknown, the plan alone decides.
    const QList<int> orderA = levelsInTimeOrder(a), orderB = levelsInTimeOrder(b);
    if (!orderA.isEmpty() && !orderB.isEmpty() && orderA != orderB)
        return false;
    if (a.stages.isEmpty()) {
        // Run-level results (k6 summaries): same kind, and the whole test of
        // about the same length.
        return a.runLevelOnly == b.runLevelOnly
            && durationsMatch(runDurationS(a), runDurationS(b), profile.durationTolerance);
    }
    // Per-stage durations: the typical (median) relative difference over the
    // stages must be within the tolerance. One stage that differs alone does not
    // break comparability: a stage whose history was cut short (Locust before
    // 2.46.3 does not flush its last seconds) or a target stage that was aborted
    // is a fact about that run, and the window must still see it. Runs whose
    // stages were configured longer or shorter differ on most stages.
    std::vector<double> differences;
    for (int i = 0; i < a.stages.size(); ++i) {
        const double da = a.stages.at(i).durationS, db = b.stages.at(i).durationS;
        if (!isKnown(da) || !isKnown(db))
            continue;   // cannot tell them apart: the stage plan decides
        const double larger = std::max(std::abs(da), std::abs(db));
        differences.push_back(larger > 0 ? std::abs(da - db) / larger : 0.0);
    }
    if (differences.empty())
        return true;
    return median(std::move(differences)) <= profile.durationTolerance + 1e-9;
}

QList<int> selectWindow(const QList<Run> &runs, const Profile &profile)
{
    if (runs.isEmpty())
        return {};
    int newest = 0;
    for (int i = 1; i < runs.size(); ++i)
        if (newer(runs.at(i), runs.at(newest)))
            newest = i;
    QList<int> others;
    for (int i = 0; i < runs.size(); ++i)
        if (i != newest && comparable(runs.at(newest), runs.at(i), profile))
            others << i;
    std::sort(others.begin(), others.end(), [&](int x, int y) { return newer(runs.at(x), runs.at(y)); });
    QList<int> window {newest};
    for (int i : std::as_const(others)) {
        if (window.size() >= std::max(1, profile.windowSize))
            break;
        window << i;
    }
    return window;
}

namespace {

// The colour a window gives one criterion from its valid runs' colours
// (docs/grid-rules.md §10): shared by at least consistency_min runs in a full window, by
// every run in a provisional one.
struct Tally {
    Colour colour = Colour::NotEvaluated;
    bool allEvaluated = true;    // every window run evaluated it (invalid runs never do)
    int votes = 0;
};

Tally tally(const QList<Colour> &colours, const QList<bool> &valid, bool provisional, int consistencyMin)
{
    Tally t;
    int counts[3] = {0, 0, 0};   // green, orange, red
    for (qsizetype i = 0; i < colours.size(); ++i) {
        const Colour c = colours.at(i);
        if (!valid.at(i) || c == Colour::NotEvaluated) {
            t.allEvaluated = false;
            continue;
        }
        ++t.votes;
        ++counts[c == Colour::Green ? 0 : c == Colour::Orange ? 1 : 2];
    }
    if (t.votes == 0)
        return t;
    const Colour order[3] = {Colour::Red, Colour::Orange, Colour::Green};
    const int index[3] = {2, 1, 0};
    if (provisional) {
        // A colour needs every run of the window to agree (1 run: its own).
        if (!t.allEvaluated)
            return t;
        for (int k = 0; k < 3; ++k)
            if (counts[index[k]] == t.votes)
                t.colour = order[k];
        return t;
    }
    // The worse colour first when two reach the threshold (larger windows).
    for (int k = 0; k < 3; ++k)
        if (counts[index[k]] >= consistencyMin) {
            t.colour = order[k];
            break;
        }
    return t;
}

} // namespace

WindowVerdict evaluateWindow(const QList<RunVerdict> &verdicts, const Profile &profile)
{
    WindowVerdict w;
    QList<bool> valid;
    for (const RunVerdict &v : verdicts) {
        w.runIds << v.runId;
        valid << v.valid;
        if (!v.valid)
            w.invalidRunIds << v.runId;
    }
    const int runs = int(verdicts.size());
    const int full = std::max(1, profile.windowSize);
    w.provisional = runs < full;
    if (runs == 0) {
        w.decision = w.bestCase = Decision::Inconclusive;
        w.inconclusiveReasons << InconclusiveReason::IncompleteEvidence;
        w.notes << reason("window.empty");
        return w;
    }

    // Criteria in the profile's order, then any a verdict has that the profile lacks.
    QStringList ids;
    for (const CriterionDef &c : profile.criteria)
        ids << c.id;
    for (const RunVerdict &v : verdicts)
        for (const CriterionResult &c : v.criteria)
            if (!ids.contains(c.id))
                ids << c.id;

    bool incomplete = false, rerun = false;
    for (const QString &id : std::as_const(ids)) {
        WindowCriterion wc;
        wc.id = id;
        const CriterionDef *def = profile.criterion(id);
        wc.required = !def || def->required;
        for (const RunVerdict &v : verdicts) {
            const CriterionResult *r = v.criterion(id);
            wc.runColours << (r ? r->colour : Colour::NotEvaluated);
        }
        const Tally t = tally(wc.runColours, valid, w.provisional, profile.consistencyMin);
        wc.colour = t.colour;
        if (t.colour == Colour::NotEvaluated && t.votes > 0) {
            // Evaluated by every run (all valid) without a shared colour: rerun.
            // Else some runs did not evaluate it: the evidence is incomplete.
            wc.consistent = !t.allEvaluated;
            wc.incomplete = !t.allEvaluated;
        } else if (t.colour == Colour::NotEvaluated) {
            wc.incomplete = true;
        }
        if (wc.required) {
            rerun = rerun || !wc.consistent;
            incomplete = incomplete || wc.incomplete;
        }
        if (wc.colour == Colour::Red)
            ++w.reds;
        else if (wc.colour == Colour::Orange)
            ++w.oranges;
        w.criteria << wc;
    }
    w.score = 2 * w.reds + w.oranges;
    w.label = scoreLabel(w.score);
    w.bestCase = decide(w.reds, w.oranges);
    w.scoreIsLowerBound = incomplete || rerun;

    // NO-GO first: the criteria that do have a colour already say it, whatever
    // the others would (an invalid run never makes a decision better).
    if (w.bestCase == Decision::NoGo) {
        w.decision = Decision::NoGo;
    } else {
        if (!w.invalidRunIds.isEmpty())
            w.inconclusiveReasons << InconclusiveReason::InvalidRun;
        if (incomplete)
            w.inconclusiveReasons << InconclusiveReason::IncompleteEvidence;
        if (rerun)
            w.inconclusiveReasons << InconclusiveReason::Rerun;
        w.decision = w.inconclusiveReasons.isEmpty() ? w.bestCase : Decision::Inconclusive;
    }
    if (w.provisional)
        w.notes << reason("window.provisional", {{QStringLiteral("runs"), runs}, {QStringLiteral("full"), full}});
    return w;
}

const WindowCriterion *WindowVerdict::criterion(const QString &id) const
{
    for (const WindowCriterion &c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace palier
