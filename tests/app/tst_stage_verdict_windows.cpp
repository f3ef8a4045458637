// Punctual degradation (docs/grid-rules.md §5): a 10-s window is degraded when it stands
// out from its own plateau — p95 above green and above 1.5 × the plateau's
// median, or failures improbably many for the plateau's error rate (one-sided
// binomial, p < 0.01 / #windows) at or above the orange error limit — with at
// least 20 requests. And how a stage's plateau is cut into those windows.
#include "analysis/binomial.h"
#include "grid/stage_verdict.h"

#include "grid_fixtures.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace palier;
using namespace palier::fixtures;

namespace {

// 50 req/s over 600 s: 57 windows of 500 requests after the 30-s warm-up.
// Window k covers seconds 30 + 10k to 39 + 10k; its failures land at 35 + 10k.
SeriesSpec failuresPerWindow(std::function<int(int)> failures)
{
    SeriesSpec spec;
    spec.failuresPerSec = [failures](int i) { return i >= 30 && i % 10 == 5 ? double(failures((i - 30) / 10)) : 0.0; };
    return spec;
}

// A p95 burst from 295 s to 311 s: the sliding p95 of the points at 299 s and
// 309 s, the last of the windows starting at 290 s and 300 s, shows it.
SeriesSpec p95Burst(double base, double burst)
{
    SeriesSpec spec;
    spec.p95 = [base, burst](int i) { return (i >= 295 && i < 312) ? burst : base; };
    return spec;
}

} // namespace

class TestStageVerdictWindows : public QObject {
    Q_OBJECT
private slots:
    void slowWindowIsDegraded();
    void slowWindowMustBeAboveGreenAndTheMedian_data();
    void slowWindowMustBeAboveGreenAndTheMedian();
    void degradedWindowNeedsTwentyRequests_data();
    void degradedWindowNeedsTwentyRequests();
    void burstOfFailuresIsDegraded_data();
    void burstOfFailuresIsDegraded();
    void errorWindowAtOrAboveTheOrangeLimit_data();
    void errorWindowAtOrAboveTheOrangeLimit();
    void binomialThresholdIsDividedByTheNumberOfWindows_data();
    void binomialThresholdIsDividedByTheNumberOfWindows();
    void noisyErrorsAtSteadyRateAreNotDegraded();
    void warmupIgnored();
    void keySeriesPreferred();
    void keyP95FieldUsedWithoutEndpointSeries();
    void keySeriesSuccessP95Preferred();
    void windowsFromSlidingHistory();
    void windowsFromRatesWithoutTotals();
    void locustZeroPercentilesSkipped();
    void badPlateauTimesStayBounded();
};

void TestStageVerdictWindows::slowWindowIsDegraded()
{
    const StageVerdict v = heldVerdict(seriesStage(100, p95Burst(1500, 3000)));
    QCOMPARE(v.colour, Colour::Orange);
    QVERIFY(v.degradedWindows);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.degraded_p95_windows")});
    const Reason r = v.reasons.first();
    QCOMPARE(param(r, "count"), 2.0);
    QCOMPARE(param(r, "windows"), 57.0);
    QCOMPARE(param(r, "worst_ms"), 3000.0);
    QCOMPARE(param(r, "at_s"), 290.0);
    QCOMPARE(param(r, "median_ms"), 1500.0);
    QCOMPARE(param(r, "green_ms"), 2500.0);
}

void TestStageVerdictWindows::slowWindowMustBeAboveGreenAndTheMedian_data()
{
    QTest::addColumn<double>("base");
    QTest::addColumn<double>("burst");
    QTest::addColumn<bool>("degraded");
    // Above the green limit (as displayed) AND above 1.5 × the median window p95.
    QTest::newRow("2900 on 2000: past green, under 1.5 × median") << 2000.0 << 2900.0 << false;
    QTest::newRow("3000 on 2000: exactly 1.5 × median") << 2000.0 << 3000.0 << false;
    QTest::newRow("3001 on 2000") << 2000.0 << 3001.0 << true;
    QTest::newRow("2500 on 1000: 2.5 × median, still green") << 1000.0 << 2500.0 << false;
    QTest::newRow("2500.4 on 1000: shown 2500") << 1000.0 << 2500.4 << false;
    QTest::newRow("2501 on 1000") << 1000.0 << 2501.0 << true;
}

void TestStageVerdictWindows::slowWindowMustBeAboveGreenAndTheMedian()
{
    QFETCH(double, base);
    QFETCH(double, burst);
    QFETCH(bool, degraded);
    const StageVerdict v = heldVerdict(seriesStage(100, p95Burst(base, burst)));
    QCOMPARE(v.degradedWindows, degraded);
    QCOMPARE(v.colour, degraded ? Colour::Orange : Colour::Green);
}

void TestStageVerdictWindows::degradedWindowNeedsTwentyRequests_data()
{
    QTest::addColumn<double>("rps");
    QTest::addColumn<bool>("degraded");
    QTest::newRow("19 requests a window") << 1.9 << false;
    QTest::newRow("20 requests a window") << 2.0 << true;
}

void TestStageVerdictWindows::degradedWindowNeedsTwentyRequests()
{
    QFETCH(double, rps);
    QFETCH(bool, degraded);
    SeriesSpec spec = p95Burst(1500, 3000);
    spec.rps = [rps](int) { return rps; };
    const Stage s = seriesStage(100, spec);
    QCOMPARE(stageWindows(s, kKey, 30).windows.at(26).p95Requests, qint64(std::llround(rps * 10)));
    QCOMPARE(heldVerdict(s).degradedWindows, degraded);
}

void TestStageVerdictWindows::burstOfFailuresIsDegraded_data()
{
    QTest::addColumn<int>("steady");
    QTest::addColumn<int>("burst");
    QTest::addColumn<double>("worstPct");
    // Window 37 (400–409 s) against the plateau's own rate.
    QTest::newRow("6 failures on a clean plateau: 1.20 %") << 0 << 6 << 1.2;
    QTest::newRow("15 failures on a steady 0.2 %: 3.00 %") << 1 << 15 << 3.0;
}

void TestStageVerdictWindows::burstOfFailuresIsDegraded()
{
    QFETCH(int, steady);
    QFETCH(int, burst);
    QFETCH(double, worstPct);
    const SeriesSpec spec = failuresPerWindow([=](int k) { return k == 37 ? burst : steady; });
    const StageVerdict v = heldVerdict(seriesStage(100, spec));
    QCOMPARE(v.colour, Colour::Orange);
    QVERIFY(v.degradedWindows);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.degraded_error_windows")});
    const Reason r = v.reasons.first();
    QCOMPARE(param(r, "count"), 1.0);
    QCOMPARE(param(r, "windows"), 57.0);
    QCOMPARE(param(r, "worst_pct"), worstPct);
    QCOMPARE(param(r, "at_s"), 400.0);
    QVERIFY(qFuzzyCompare(param(r, "base_pct"), 100.0 * (56 * steady + burst) / 28500.0));
    QVERIFY(param(r, "p") < 0.01 / 57);
    QCOMPARE(param(r, "orange_pct"), 1.0);
}

void TestStageVerdictWindows::errorWindowAtOrAboveTheOrangeLimit_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("degraded");
    // One window of 500 requests on an otherwise clean plateau: its failures are
    // improbable either way (binomial p ~ 1e-6), but only a rate at or above the
    // orange error limit (where orange starts, 1.00 %) makes it degraded.
    QTest::newRow("4 = 0.80 %: improbable, below the orange limit") << 4 << false;
    QTest::newRow("5 = 1.00 %: at the orange limit") << 5 << true;
}

void TestStageVerdictWindows::errorWindowAtOrAboveTheOrangeLimit()
{
    QFETCH(int, failures);
    QFETCH(bool, degraded);
    const Stage s = seriesStage(100, failuresPerWindow([=](int k) { return k == 7 ? failures : 0; }));
    QVERIFY(binomialUpperTail(failures, 500, failures / 28500.0) < 0.01 / 57);
    const StageVerdict v = heldVerdict(s);
    QCOMPARE(v.degradedWindows, degraded);
    QCOMPARE(v.colour, degraded ? Colour::Orange : Colour::Green);
}

void TestStageVerdictWindows::binomialThresholdIsDividedByTheNumberOfWindows_data()
{
    QTest::addColumn<int>("burst");
    QTest::addColumn<bool>("degraded");
    // 2 and 3 failures in turn (about 0.5 %), and one window with more. With 57
    // windows the threshold is 0.01 / 57 = 1.75e-4: 10 failures (p ≈ 3.9e-4) would
    // pass a plain p < 0.01 but is what 57 windows show by chance; 11 (p ≈ 9.6e-5)
    // is not.
    QTest::newRow("10 failures") << 10 << false;
    QTest::newRow("11 failures") << 11 << true;
}

void TestStageVerdictWindows::binomialThresholdIsDividedByTheNumberOfWindows()
{
    QFETCH(int, burst);
    QFETCH(bool, degraded);
    const SeriesSpec spec = failuresPerWindow([=](int k) { return k == 30 ? burst : 2 + k % 2; });
    const StageVerdict v = heldVerdict(seriesStage(100, spec));
    const double p = binomialUpperTail(burst, 500, (140 + burst) / 28500.0);
    QVERIFY(p < 0.01);
    QCOMPARE(p < 0.01 / 57, degraded);
    QCOMPARE(v.degradedWindows, degraded);
    QCOMPARE(v.colour, degraded ? Colour::Orange : Colour::Green);
}

void TestStageVerdictWindows::noisyErrorsAtSteadyRateAreNotDegraded()
{
    // About 2 % throughout, with ordinary binomial noise: 5 to 16 failures a
    // window (1.00 % to 3.20 %). Every window is at or above the orange limit,
    // none is improbable for the plateau's own 2.08 %.
    static const int noise[] = {6, 14, 9, 11, 15, 7, 10, 12, 8, 13, 10, 9, 11, 16, 5};
    const Stage s = seriesStage(100, failuresPerWindow([](int k) { return noise[k % 15]; }));
    const StageWindows sw = stageWindows(s, kKey, 30);
    qint64 failures = 0;
    for (const StageWindow &w : sw.windows) {
        QVERIFY(w.errorRatePct >= 1.0);
        failures += w.failures;
    }
    QCOMPARE(failures, qint64(592));
    QVERIFY(binomialUpperTail(16, 500, 592 / 28500.0) > 0.01 / 57);
    const StageVerdict v = heldVerdict(s);
    QVERIFY(!v.degradedWindows);
    QCOMPARE(v.colour, Colour::Green);
    QCOMPARE(param(v.reasons.first(), "error_rate_pct"), 2.08);
}

void TestStageVerdictWindows::warmupIgnored()
{
    SeriesSpec spec;
    spec.p95 = [](int i) { return i < 30 ? 9000.0 : 1500.0; };   // cold start, then flat
    spec.failuresPerSec = [](int i) { return i < 25 ? 10.0 : 0.0; };
    Stage s = seriesStage(100, spec);
    s.figures.failures = 0;   // the stage's own totals are not what this test is about
    QCOMPARE(heldVerdict(s).colour, Colour::Green);
    Profile noWarmup = Profile::builtinDefault();
    noWarmup.warmupS = 0;
    const StageVerdict v = heldVerdict(s, noWarmup);
    QCOMPARE(v.colour, Colour::Orange);
    QCOMPARE(kinds(v.reasons),
             (QStringList {QStringLiteral("held.degraded_p95_windows"),
                           QStringLiteral("held.degraded_error_windows")}));
    QCOMPARE(param(v.reasons.first(), "count"), 3.0);
    QCOMPARE(param(v.reasons.first(), "at_s"), 0.0);
}

void TestStageVerdictWindows::keySeriesPreferred()
{
    // All endpoints have a slow burst; the key transaction, which the grid
    // watches, does not.
    Stage s = seriesStage(100, p95Burst(1500, 4000), false);
    s.endpointSeries.insert(kKey, series(SeriesSpec {}, t0().toMSecsSinceEpoch()));
    QCOMPARE(heldVerdict(s).colour, Colour::Green);
    QVERIFY(stageWindows(s, kKey, 30).p95FromKeySeries);
    // Without the key transaction's series, all endpoints' p95 is used.
    s.endpointSeries.clear();
    QCOMPARE(heldVerdict(s).colour, Colour::Orange);
    QVERIFY(!stageWindows(s, kKey, 30).p95FromKeySeries);
}

void TestStageVerdictWindows::keyP95FieldUsedWithoutEndpointSeries()
{
    Stage s = seriesStage(100, p95Burst(1500, 4000), false);
    for (TimePoint &p : s.series.points)
        p.keyP95Ms = 1500;
    const StageWindows w = stageWindows(s, kKey, 30);
    QVERIFY(w.p95FromKeySeries);
    QCOMPARE(w.windows.at(26).p95Ms, 1500.0);
    QCOMPARE(heldVerdict(s).colour, Colour::Green);
}

void TestStageVerdictWindows::keySeriesSuccessP95Preferred()
{
    // k6: the key transaction's series carries its p95 over all requests (p95Ms,
    // here slow timeouts in a burst) and over successes (keyP95Ms); the grid
    // uses successes.
    Stage s = seriesStage(100, {}, false);
    Series key = series(p95Burst(1500, 4000), t0().toMSecsSinceEpoch());
    for (TimePoint &p : key.points)
        p.keyP95Ms = 1500;
    s.endpointSeries.insert(kKey, key);
    QCOMPARE(stageWindows(s, kKey, 30).windows.at(26).p95Ms, 1500.0);
    QCOMPARE(heldVerdict(s).colour, Colour::Green);
}

void TestStageVerdictWindows::windowsFromSlidingHistory()
{
    SeriesSpec spec;
    spec.seconds = 100;
    spec.p95 = [](int i) { return 1000.0 + i; };
    spec.rps = [](int i) { return i < 50 ? 40.0 : 60.0; };
    spec.failuresPerSec = [](int i) { return i == 45 ? 2.0 : 0.0; };
    const StageWindows w = stageWindows(seriesStage(100, spec), kKey, 30);
    QVERIFY(w.hasSeries);
    QVERIFY(w.p95Known);
    QCOMPARE(w.fromMs, t0().toMSecsSinceEpoch() + 30000);
    QCOMPARE(w.toMs, t0().toMSecsSinceEpoch() + 100000);
    QCOMPARE(w.analysedS(), 70.0);
    QCOMPARE(w.windows.size(), 7);
    // Window 1 covers 40–49 s: its p95 is the last point's (49 s); its counts the
    // running-total difference from 39 s to 49 s: 10 × 40 requests, 2 failures.
    const StageWindow &w1 = w.windows.at(1);
    QCOMPARE(w1.startMs, t0().toMSecsSinceEpoch() + 40000);
    QCOMPARE(w1.p95Ms, 1049.0);
    QCOMPARE(w1.requests, qint64(400));
    QCOMPARE(w1.failures, qint64(2));
    QCOMPARE(w1.p95Requests, qint64(400));
    QCOMPARE(w1.errorRatePct, 0.5);
    QCOMPARE(w1.rps, 40.0);
    QCOMPARE(w.windows.at(2).rps, 60.0);
    QCOMPARE(w.windows.at(2).errorRatePct, 0.0);
}

void TestStageVerdictWindows::windowsFromRatesWithoutTotals()
{
    SeriesSpec spec;
    spec.seconds = 60;
    spec.failuresPerSec = [](int i) { return i >= 40 && i < 50 ? 1.0 : 0.0; };
    Stage s = seriesStage(100, spec, false);
    for (TimePoint &p : s.series.points)
        p.cumRequests = p.cumFailures = kNaN;
    const StageWindows w = stageWindows(s, QString(), 30);
    QCOMPARE(w.windows.size(), 3);
    const StageWindow &w1 = w.windows.at(1);   // 40–49 s: Σ rate × step
    QCOMPARE(w1.requests, qint64(500));
    QCOMPARE(w1.failures, qint64(10));
    QCOMPARE(w1.rps, 50.0);
    QCOMPARE(w1.errorRatePct, 2.0);
}

void TestStageVerdictWindows::locustZeroPercentilesSkipped()
{
    SeriesSpec spec;
    spec.seconds = 60;
    // No data yet for the first 35 s: Locust writes 0 percentiles and 0 req/s.
    spec.p95 = [](int i) { return i < 35 ? 0.0 : 1500.0; };
    spec.rps = [](int i) { return i < 35 ? 0.0 : 50.0; };
    const StageWindows w = stageWindows(seriesStage(100, spec), kKey, 30);
    QCOMPARE(w.windows.size(), 3);
    QCOMPARE(w.windows.at(0).p95Ms, 1500.0);   // the last point of 30–39 s has data
    spec.p95 = [](int i) { return i < 45 ? 0.0 : 1500.0; };
    spec.rps = [](int i) { return i < 45 ? 0.0 : 50.0; };
    const StageWindows w2 = stageWindows(seriesStage(100, spec), kKey, 30);
    QVERIFY(!isKnown(w2.windows.at(0).p95Ms));
}

void TestStageVerdictWindows::badPlateauTimesStayBounded()
{
    SeriesSpec spec;
    spec.seconds = 100;
    Stage s = seriesStage(100, spec);
    // A plateau said to start in 1970 and end in 2100: windows only where points are.
    s.plateauStart = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
    s.plateauEnd = QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
    const StageWindows w = stageWindows(s, kKey, 30);
    QVERIFY(w.windows.size() <= 11);
    QVERIFY(w.toMs <= t0().toMSecsSinceEpoch() + 100000);
    QCOMPARE((w.fromMs - s.plateauStart.toMSecsSinceEpoch() - 30000) % kHeldWindowMs, 0);
    QCOMPARE(heldVerdict(s).colour, Colour::Red);   // ran 100 s of 600
}

QTEST_GUILESS_MAIN(TestStageVerdictWindows)
#include "tst_stage_verdict_windows.moc"
