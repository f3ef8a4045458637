// The weekly window (grid.md §4): comparable runs, the window's runs, and the
// per-criterion majority.
#include "analysis/percentile.h"
#include "grid/colour.h"
#include "grid/verdict.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace palier {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("palier::Grid", text); }

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

} // namespace

bool comparable(const Run &a, const Run &b, const Profile &profile)
{
    if (a.stagePlan() != b.stagePlan())
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

WindowVerdict evaluateWindow(const QList<RunVerdict> &verdicts, const Profile &profile)
{
    WindowVerdict w;
    for (const RunVerdict &v : verdicts)
        w.runIds << v.runId;
    const int runs = int(verdicts.size());
    const int full = std::max(1, profile.windowSize);
    w.provisional = runs < full;

    // Criteria in the profile's order, then any a verdict has that the profile lacks.
    QStringList ids;
    for (const CriterionDef &c : profile.criteria)
        ids << c.id;
    for (const RunVerdict &v : verdicts)
        for (const CriterionResult &c : v.criteria)
            if (!ids.contains(c.id))
                ids << c.id;

    QStringList inconsistent;
    for (const QString &id : std::as_const(ids)) {
        WindowCriterion wc;
        wc.id = id;
        int counts[3] = {0, 0, 0};   // green, orange, red
        int votes = 0;
        for (const RunVerdict &v : verdicts) {
            const CriterionResult *r = v.criterion(id);
            const Colour c = r ? r->colour : Colour::NotEvaluated;
            wc.runColours << c;
            if (c == Colour::NotEvaluated)
                continue;   // a run that could not evaluate it does not vote
            ++votes;
            ++counts[c == Colour::Green ? 0 : c == Colour::Orange ? 1 : 2];
        }
        if (votes == 0) {
            wc.colour = Colour::NotEvaluated;
        } else if (runs < full) {
            // Provisional window: a colour needs every run that evaluated it.
            const Colour only[3] = {Colour::Green, Colour::Orange, Colour::Red};
            wc.colour = Colour::NotEvaluated;
            for (int k = 0; k < 3; ++k)
                if (counts[k] == votes)
                    wc.colour = only[k];
            wc.consistent = wc.colour != Colour::NotEvaluated;
        } else if (votes < std::min(profile.consistencyMin, runs)) {
            // Too few runs evaluated it to reach the consistency threshold: grey.
            wc.colour = Colour::NotEvaluated;
            w.notes << tr("%1: evaluated in only %2 of %3 runs, fewer than the %4 needed; left not evaluated")
                           .arg(id).arg(votes).arg(runs).arg(profile.consistencyMin);
        } else {
            // Majority: a colour shared by at least consistencyMin runs; if two
            // colours reach it (larger windows), the worse one.
            const Colour order[3] = {Colour::Red, Colour::Orange, Colour::Green};
            const int index[3] = {2, 1, 0};
            wc.colour = Colour::NotEvaluated;
            for (int k = 0; k < 3; ++k)
                if (counts[index[k]] >= profile.consistencyMin) {
                    wc.colour = order[k];
                    break;
                }
            wc.consistent = wc.colour != Colour::NotEvaluated;
        }
        if (!wc.consistent) {
            QStringList colours;
            for (Colour c : std::as_const(wc.runColours))
                colours << colourId(c);
            inconsistent << tr("%1 (%2)").arg(id, colours.join(QStringLiteral(", ")));
        }
        if (wc.colour == Colour::Red)
            ++w.reds;
        else if (wc.colour == Colour::Orange)
            ++w.oranges;
        w.criteria << wc;
    }
    w.score = 2 * w.reds + w.oranges;
    w.label = scoreLabel(w.score);
    w.decision = decide(w.reds, w.oranges);
    if (runs == 0) {
        w.decision = Decision::Inconclusive;
        w.notes << tr("no run to judge");
        return w;
    }
    if (!inconsistent.isEmpty()) {
        w.decision = Decision::Inconclusive;
        w.notes << (runs < full
                        ? tr("INCONCLUSIVE, rerun: with fewer than %1 runs every run must agree, and these "
                             "criteria differ: %2").arg(full).arg(inconsistent.join(QStringLiteral("; ")))
                        : tr("INCONCLUSIVE, rerun: no colour is shared by %1 of the %2 runs for %3")
                              .arg(profile.consistencyMin).arg(runs).arg(inconsistent.join(QStringLiteral("; "))));
    }
    if (w.provisional)
        w.notes << (runs == 1 ? tr("provisional: only 1 comparable run (a full window has %1); its own colours are "
                                   "used").arg(full)
                              : tr("provisional: only %1 comparable runs (a full window has %2); a colour needs "
                                   "every run to agree").arg(runs).arg(full));
    return w;
}

} // namespace palier
