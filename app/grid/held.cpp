// The verdict of one stage: "held" for the target stage, stability for the
// others (docs/grid-rules.md §5). Data only: every reason is a kind
// with its evidence numbers, worded at the edge.
#include "analysis/binomial.h"
#include "analysis/percentile.h"
#include "analysis/trend.h"
#include "grid/colour.h"
#include "grid/stage_verdict.h"

#include <algorithm>
#include <cmath>

namespace palier {

namespace {

const QString kDuration = QStringLiteral("duration_s");

// How long the stage held its users: durationS (the plateau, gaps excluded),
// else plateauS, else the plateau times, else the span of its series.
double stageDurationS(const Stage &stage)
{
    if (isKnown(stage.durationS))
        return stage.durationS;
    if (isKnown(stage.plateauS))
        return stage.plateauS;
    if (stage.plateauStart.isValid() && stage.plateauEnd.isValid())
        return double(stage.plateauStart.msecsTo(stage.plateauEnd)) / 1000.0;
    if (!stage.series.isEmpty())
        return double(stage.series.points.last().tMs - stage.series.points.first().tMs) / 1000.0;
    return kNaN;
}

// Requests and failures of the analysed plateau (after the warm-up): the sum of
// its windows when every window has counts, else the stage's own figures.
void plateauCounts(const StageWindows &sw, const Figures &stageFigures, qint64 *requests, qint64 *failures)
{
    qint64 req = 0, fail = 0;
    bool complete = !sw.windows.isEmpty();
    for (const StageWindow &w : sw.windows) {
        if (w.requests < 0 || w.failures < 0) {
            complete = false;
            break;
        }
        req += w.requests;
        fail += w.failures;
    }
    if (complete && req > 0) {
        *requests = req;
        *failures = fail;
    } else {
        *requests = stageFigures.requests;
        *failures = stageFigures.failures;
    }
}

struct Trend {
    bool tested = false;
    MannKendallResult mk;
    double slope = kNaN, intercept = kNaN, rise = kNaN, median = kNaN, fromP95 = kNaN, toP95 = kNaN;
    double lo = kNaN, hi = kNaN;
};

// Mann–Kendall and Theil–Sen on the window p95s; x = seconds since the plateau
// start (window mid-times), so the line can be read at the required duration.
Trend trendOf(const StageWindows &sw)
{
    Trend t;
    QList<double> xs, ys;
    for (const StageWindow &w : sw.windows)
        if (isKnown(w.p95Ms)) {
            xs.append(double(w.startMs - sw.plateauStartMs) / 1000.0 + double(kHeldWindowMs) / 2000.0);
            ys.append(w.p95Ms);
        }
    if (ys.size() < 3)
        return t;
    t.tested = true;
    t.mk = mannKendall(ys);
    t.slope = theilSenSlope(xs, ys);
    std::vector<double> residuals;
    for (qsizetype i = 0; i < ys.size(); ++i)
        residuals.push_back(ys.at(i) - t.slope * xs.at(i));
    t.intercept = median(std::move(residuals));
    t.rise = t.slope * sw.analysedS();
    t.median = median(std::vector<double>(ys.cbegin(), ys.cend()));
    const int third = std::max<int>(1, int(ys.size()) / 3);
    t.fromP95 = median(std::vector<double>(ys.cbegin(), ys.cbegin() + third));
    t.toP95 = median(std::vector<double>(ys.cend() - third, ys.cend()));
    t.lo = *std::min_element(ys.cbegin(), ys.cend());
    t.hi = *std::max_element(ys.cbegin(), ys.cend());
    return t;
}

} // namespace

StageVerdict evaluateStage(const Stage &stage, const Profile &profile, bool target)
{
    StageVerdict v;
    v.users = stage.users;
    v.target = target;
    const CriterionDef *p95c = profile.p95Criterion();
    const CriterionDef *errc = profile.errorRateCriterion();
    const bool errorsFromKey = errc && errc->keyTransactionOnly;
    QList<Reason> reds, oranges, notes;

    // 1. Did the target stage run long enough? A tool's known loss at the end
    //    of its series is credited (docs/grid-rules.md §3) and said.
    const double duration = stageDurationS(stage);
    const double credit = stage.creditS > 0 ? stage.creditS : 0.0;
    v.durationS = isKnown(duration) ? duration + credit : kNaN;
    const double required = profile.requiredStageDurationS;
    if (target && isKnown(duration)) {
        const Params p {{kDuration, duration}, {QStringLiteral("credit_s"), credit},
                        {QStringLiteral("required_s"), required}, {QStringLiteral("gap_s"), stage.gapS}};
        if (duration + credit < 0.95 * required)
            reds << reason("held.short", p);
        if (credit > 0)
            notes << reason("held.credit", {{QStringLiteral("credit_s"), credit},
                                            {QStringLiteral("missing_requests"), stage.missingRequests},
                                            {QStringLiteral("flush_s"), stage.flushIntervalS}});
    }

    // 2. The windows (the plateau after the warm-up) and its error rate.
    const StageWindows sw = stageWindows(stage, profile.keyTransaction, profile.warmupS, errorsFromKey);
    Figures errFigures = stage.figures;
    if (errorsFromKey) {
        const Endpoint *e = stage.endpoint(profile.keyTransaction);
        errFigures = e ? e->figures : Figures {};
    }
    qint64 plateauRequests = 0, plateauFailures = 0;
    plateauCounts(sw, errFigures, &plateauRequests, &plateauFailures);
    const double plateauError = roundedPercentOfCounts(plateauFailures, plateauRequests);
    if (target && errc && colourOf(*errc, plateauError) == Colour::Red)
        reds << reason("held.error_red", {{QStringLiteral("error_rate_pct"), plateauError},
                                          {QStringLiteral("limit_pct"), errc->orange},
                                          {QStringLiteral("failures"), plateauFailures},
                                          {QStringLiteral("requests"), plateauRequests}});

    // 3. Continuous degradation: a significant rise of the window p95s. Red when
    //    the trend line is past the green limit at the end of the required
    //    duration (the end of the plateau for a stage with no requirement);
    //    a rise that stays green is orange: held, degrading.
    const Trend t = trendOf(sw);
    if (t.tested) {
        v.mannKendallP = t.mk.valid ? t.mk.pUpward : 1.0;
        v.theilSenSlopeMsPerS = t.slope;
        const bool significant = t.mk.valid && t.mk.pUpward < 0.01 && t.rise > 0.25 * t.median;
        if (significant) {
            const double endS = target ? required : double(sw.toMs - sw.plateauStartMs) / 1000.0;
            const double endP95 = t.intercept + t.slope * endS;
            const Params p {{QStringLiteral("from_ms"), t.fromP95}, {QStringLiteral("to_ms"), t.toP95},
                            {QStringLiteral("rise_ms"), t.rise}, {QStringLiteral("analysed_s"), sw.analysedS()},
                            {QStringLiteral("median_ms"), t.median}, {QStringLiteral("p"), v.mannKendallP},
                            {QStringLiteral("end_s"), endS}, {QStringLiteral("end_ms"), endP95},
                            {QStringLiteral("green_ms"), p95c ? p95c->green : kNaN}};
            const bool pastGreen = p95c && colourOf(*p95c, displayedValue(Metric::LatencyP95, endP95)) != Colour::Green;
            if (pastGreen) {
                v.continuousDegradation = true;
                reds << reason("held.degradation", p);
            } else {
                v.degradingInGreen = true;
                oranges << reason("held.degrading_in_green", p);
            }
        }
    }

    // 4. Throughput collapse: the last third of the windows against the first.
    QList<double> rpsValues;
    for (const StageWindow &w : sw.windows)
        if (isKnown(w.rps))
            rpsValues.append(w.rps);
    if (rpsValues.size() >= 3) {
        const int third = int(rpsValues.size()) / 3;
        const double firstRps = mean(rpsValues.mid(0, third));
        const double lastRps = mean(rpsValues.mid(rpsValues.size() - third));
        if (lastRps < 0.8 * firstRps) {
            v.throughputCollapse = true;
            reds << reason("held.collapse", {{QStringLiteral("first_rps"), firstRps},
                                             {QStringLiteral("last_rps"), lastRps},
                                             {QStringLiteral("drop_pct"), 100.0 * (1.0 - lastRps / firstRps)}});
        }
    }

    // 5. Punctual degradation: a window that stands out from its own plateau.
    //    Stability, not level: a high but steady p95 is criterion 1's business.
    if (sw.hasSeries) {
        std::vector<double> p95s;
        int judged = 0;
        for (const StageWindow &w : sw.windows) {
            if (isKnown(w.p95Ms))
                p95s.push_back(w.p95Ms);
            if (w.requests >= kMinWindowRequests || w.p95Requests >= kMinWindowRequests)
                ++judged;
        }
        const double medianP95 = p95s.empty() ? kNaN : median(p95s);
        const double p0 = plateauRequests > 0 ? double(plateauFailures) / double(plateauRequests) : kNaN;
        const double alpha = 0.01 / double(std::max(1, judged));
        int slow = 0, erring = 0;
        const StageWindow *worstSlow = nullptr, *worstErr = nullptr;
        double worstErrPct = kNaN, worstErrP = kNaN;
        for (const StageWindow &w : sw.windows) {
            if (p95c && isKnown(w.p95Ms) && isKnown(medianP95) && w.p95Requests >= kMinWindowRequests
                && colourOf(*p95c, displayedValue(Metric::LatencyP95, w.p95Ms)) != Colour::Green
                && w.p95Ms > 1.5 * medianP95) {
                ++slow;
                if (!worstSlow || w.p95Ms > worstSlow->p95Ms)
                    worstSlow = &w;
            }
            if (errc && isKnown(p0) && w.requests >= kMinWindowRequests && w.failures >= 0) {
                const double pct = roundedPercentOfCounts(w.failures, w.requests);
                // "At or above the orange error limit" (docs/grid-rules.md §5) is where orange
                // starts (1.00 % by default: the window's error rate is not green),
                // as "above the green p95 limit" is for p95; the limit past which
                // the error rate is red (errc->orange, 3 %) is that section's "red
                // error limit". Judged as displayed, by the criterion's own colours.
                if (colourOf(*errc, pct) != Colour::Green) {
                    const double pv = binomialUpperTail(w.failures, w.requests, p0);
                    if (pv < alpha) {
                        ++erring;
                        if (!worstErr || pct > worstErrPct) {
                            worstErr = &w;
                            worstErrPct = pct;
                            worstErrP = pv;
                        }
                    }
                }
            }
        }
        auto at = [&](const StageWindow *w) { return double(w->startMs - sw.plateauStartMs) / 1000.0; };
        if (slow > 0)
            oranges << reason("held.degraded_p95_windows",
                              {{QStringLiteral("count"), slow}, {QStringLiteral("windows"), judged},
                               {QStringLiteral("worst_ms"), worstSlow->p95Ms}, {QStringLiteral("at_s"), at(worstSlow)},
                               {QStringLiteral("median_ms"), medianP95}, {QStringLiteral("green_ms"), p95c->green}});
        if (erring > 0)
            oranges << reason("held.degraded_error_windows",
                              {{QStringLiteral("count"), erring}, {QStringLiteral("windows"), judged},
                               {QStringLiteral("worst_pct"), worstErrPct}, {QStringLiteral("at_s"), at(worstErr)},
                               {QStringLiteral("base_pct"), 100.0 * p0}, {QStringLiteral("p"), worstErrP},
                               {QStringLiteral("orange_pct"), errc->green}});
        v.degradedWindows = slow > 0 || erring > 0;
        // A plateau too short for the tests is judged on what it has, and says so.
        if (sw.windows.size() < 3)
            notes << reason("held.judged_on_what_it_has",
                            {{QStringLiteral("analysed_s"), sw.analysedS()}, {QStringLiteral("warmup_s"), profile.warmupS},
                             {QStringLiteral("why"), sw.p95Missing}});
        else if (!sw.p95Known)
            notes << reason("held.no_p95_windows", {{QStringLiteral("why"), sw.p95Missing}});
    }

    if (!reds.isEmpty()) {
        v.colour = Colour::Red;
        v.reasons = reds + notes;
        return v;
    }
    if (!oranges.isEmpty()) {
        v.colour = Colour::Orange;
        v.reasons = oranges + notes;
        return v;
    }
    if (!sw.hasSeries) {
        // Stability needs a series; the held verdict needs at least a duration.
        if (!isKnown(duration)) {
            v.colour = Colour::NotEvaluated;
            v.reasons = {reason("held.no_series_no_duration")};
            return v;
        }
        if (!target) {
            // Another stage is judged on its stability alone, which needs the series.
            v.colour = Colour::NotEvaluated;
            v.reasons = {reason("held.no_series_stability", {{kDuration, duration + credit}})};
            return v;
        }
        v.colour = Colour::Green;
        v.reasons = QList<Reason> {reason("held.no_series", {{kDuration, duration + credit},
                                                             {QStringLiteral("error_rate_pct"), plateauError}})}
                    + notes;
        return v;
    }
    v.colour = Colour::Green;
    v.reasons = QList<Reason> {reason("held.steady", {{kDuration, duration + credit},
                                                      {QStringLiteral("min_ms"), t.lo},
                                                      {QStringLiteral("max_ms"), t.hi},
                                                      {QStringLiteral("p"), v.mannKendallP},
                                                      {QStringLiteral("error_rate_pct"), plateauError}})}
                + notes;
    return v;
}

} // namespace palier
