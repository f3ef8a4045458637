// The "held" verdict of a stage (grid.md §2) on synthetic series built here:
// every branch, its boundaries, and how 10-s windows are cut from 1-s history.
#include "grid/stage_verdict.h"

#include "grid_fixtures.h"

#include <QTest>

#include <cmath>

using namespace palier;
using namespace palier::fixtures;

class TestStageVerdict : public QObject {
    Q_OBJECT
private slots:
    void flatStageIsGreen();
    void duration_data();
    void duration();
    void errorRateOverStage_data();
    void errorRateOverStage();
    void continuousDegradation();
    void smallRiseIsNotDegradation();
    void throughputCollapse_data();
    void throughputCollapse();
    void punctualP95Window();
    void punctualErrorWindow();
    void errorWindowBoundary_data();
    void errorWindowBoundary();
    void warmupIgnored();
    void keySeriesPreferred();
    void keyP95FieldUsedWithoutEndpointSeries();
    void keySeriesSuccessP95Preferred();
    void noSeries();
    void notEvaluatedWithoutDurationOrSeries();
    void cumulativePercentiles();
    void tenSecondSteps();
    void windowsFromSlidingHistory();
    void windowsFromRatesWithoutTotals();
    void locustZeroPercentilesSkipped();
    void redReasonsJoined();
    void badPlateauTimesStayBounded();
};

void TestStageVerdict::flatStageIsGreen()
{
    const StageVerdict v = evaluateStage(seriesStage(100, {}), Profile::builtinDefault());
    QCOMPARE(v.users, 100);
    QCOMPARE(v.colour, Colour::Green);
    QVERIFY(!v.continuousDegradation);
    QVERIFY(!v.throughputCollapse);
    QVERIFY2(v.reason.startsWith(QStringLiteral("held: ran 600 s")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QStringLiteral("Mann–Kendall p = ")), qPrintable(v.reason));
    QVERIFY(isKnown(v.mannKendallP));
    QCOMPARE(v.theilSenSlopeMsPerS, 0.0);
}

void TestStageVerdict::duration_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("colour");
    // 95 % of 600 s is 570 s.
    QTest::newRow("600 s") << 600 << int(Colour::Green);
    QTest::newRow("570 s exactly 95 %") << 570 << int(Colour::Green);
    QTest::newRow("569 s") << 569 << int(Colour::Red);
    QTest::newRow("120 s (aborted)") << 120 << int(Colour::Red);
}

void TestStageVerdict::duration()
{
    QFETCH(int, seconds);
    QFETCH(int, colour);
    SeriesSpec spec;
    spec.seconds = seconds;
    const StageVerdict v = evaluateStage(seriesStage(100, spec), Profile::builtinDefault());
    QCOMPARE(int(v.colour), colour);
    if (v.colour == Colour::Red)
        QVERIFY2(v.reason.contains(QStringLiteral("less than 95 % of the required 600 s")), qPrintable(v.reason));
}

void TestStageVerdict::errorRateOverStage_data()
{
    QTest::addColumn<qint64>("failures");
    QTest::addColumn<int>("colour");
    // 10000 requests: 300 failures = 3.00 % (orange limit, not above), 301 = 3.01 % red.
    QTest::newRow("3.00 %") << qint64(300) << int(Colour::Green);
    QTest::newRow("3.01 %") << qint64(301) << int(Colour::Red);
    QTest::newRow("3.005 % rounds to 3.01") << qint64(3005) << int(Colour::Red);
}

void TestStageVerdict::errorRateOverStage()
{
    QFETCH(qint64, failures);
    QFETCH(int, colour);
    // No series: the verdict is from duration and the stage's figures only.
    Stage s = stage(100, 600, failures == 3005 ? 100000 : 10000, failures, 16.7, 2000);
    const StageVerdict v = evaluateStage(s, Profile::builtinDefault());
    QCOMPARE(int(v.colour), colour);
    if (v.colour == Colour::Red)
        QVERIFY2(v.reason.contains(QStringLiteral("above the red limit 3.00 %")), qPrintable(v.reason));
}

void TestStageVerdict::continuousDegradation()
{
    SeriesSpec spec;
    // +3 ms per second with a saw-tooth: 1000 ms to about 2800 ms over the plateau.
    spec.p95 = [](int i) { return 1000.0 + 3.0 * i + ((i / 10) % 3) * 40.0; };
    const StageVerdict v = evaluateStage(seriesStage(100, spec), Profile::builtinDefault());
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.continuousDegradation);
    QVERIFY(!v.throughputCollapse);
    QVERIFY(v.mannKendallP < 0.01);
    QVERIFY(std::abs(v.theilSenSlopeMsPerS - 3.0) < 0.1);
    QVERIFY2(v.reason.contains(QStringLiteral("p95 rose from")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QStringLiteral("Mann–Kendall p < 0.001")), qPrintable(v.reason));
}

void TestStageVerdict::smallRiseIsNotDegradation()
{
    SeriesSpec spec;
    // Significant but small: +0.3 ms/s is +171 ms over 570 s, about 8 % of a ~2100 ms median.
    spec.p95 = [](int i) { return 2000.0 + 0.3 * i; };
    const StageVerdict v = evaluateStage(seriesStage(100, spec), Profile::builtinDefault());
    QVERIFY(v.mannKendallP < 0.01);
    QVERIFY(!v.continuousDegradation);
    QCOMPARE(v.colour, Colour::Green);   // every window <= 2500 ms
}

void TestStageVerdict::throughputCollapse_data()
{
    QTest::addColumn<double>("lastThird");
    QTest::addColumn<bool>("collapse");
    // 57 windows after the 30-s warm-up: first third = windows 0–18 (t 30–219 s),
    // last third = windows 38–56 (t 410–599 s). 50 req/s first: 80 % is 40.
    QTest::newRow("40 req/s = 80 %") << 40.0 << false;
    QTest::newRow("39.9 req/s < 80 %") << 39.9 << true;
    QTest::newRow("20 req/s") << 20.0 << true;
}

void TestStageVerdict::throughputCollapse()
{
    QFETCH(double, lastThird);
    QFETCH(bool, collapse);
    SeriesSpec spec;
    spec.rps = [lastThird](int i) { return i < 220 ? 50.0 : i < 410 ? 45.0 : lastThird; };
    const StageVerdict v = evaluateStage(seriesStage(100, spec), Profile::builtinDefault());
    QCOMPARE(v.throughputCollapse, collapse);
    QCOMPARE(v.colour, collapse ? Colour::Red : Colour::Green);
    if (collapse)
        QVERIFY2(v.reason.contains(QStringLiteral("throughput fell from 50.0 req/s")), qPrintable(v.reason));
}

void TestStageVerdict::punctualP95Window()
{
    SeriesSpec spec;
    // A burst of slow requests from 295 s to 311 s: the sliding p95 of the points
    // at 299 s and 309 s (the last of their windows) shows it.
    spec.p95 = [](int i) { return (i >= 295 && i < 312) ? 3000.0 : 1500.0; };
    const StageVerdict v = evaluateStage(seriesStage(100, spec), Profile::builtinDefault());
    QCOMPARE(v.colour, Colour::Orange);
    QVERIFY2(v.reason.contains(QStringLiteral("2 of 57 windows had p95 outside the green band ≤ 2500 ms "
                                              "(worst 3000 ms at +290 s)")),
             qPrintable(v.reason));
}

void TestStageVerdict::punctualErrorWindow()
{
    SeriesSpec spec;
    // 6 failures in one second: 6 / 500 = 1.20 % in that window, 0.02 % over the stage.
    spec.failuresPerSec = [](int i) { return i == 400 ? 6.0 : 0.0; };
    const StageVerdict v = evaluateStage(seriesStage(100, spec), Profile::builtinDefault());
    QCOMPARE(v.colour, Colour::Orange);
    QVERIFY2(v.reason.contains(QStringLiteral("1 of 57 windows had an error rate outside the green band < 1.00 % "
                                              "(worst 1.20 % at +400 s)")),
             qPrintable(v.reason));
}

void TestStageVerdict::errorWindowBoundary_data()
{
    QTest::addColumn<double>("failures");
    QTest::addColumn<int>("colour");
    // 500 requests per window: 4 = 0.80 %, 5 = 1.00 % (at the orange limit -> orange).
    QTest::newRow("0.80 %") << 4.0 << int(Colour::Green);
    QTest::newRow("1.00 %") << 5.0 << int(Colour::Orange);
}

void TestStageVerdict::errorWindowBoundary()
{
    QFETCH(double, failures);
    QFETCH(int, colour);
    SeriesSpec spec;
    spec.failuresPerSec = [failures](int i) { return i == 100 ? failures : 0.0; };
    QCOMPARE(int(evaluateStage(seriesStage(100, spec), Profile::builtinDefault()).colour), colour);
}

void TestStageVerdict::warmupIgnored()
{
    SeriesSpec spec;
    spec.p95 = [](int i) { return i < 30 ? 9000.0 : 1500.0; };   // cold start, then flat
    spec.failuresPerSec = [](int i) { return i < 25 ? 10.0 : 0.0; };
    Stage s = seriesStage(100, spec);
    s.figures.failures = 0;   // the stage's own totals are not what this test is about
    QCOMPARE(evaluateStage(s, Profile::builtinDefault()).colour, Colour::Green);
    Profile noWarmup = Profile::builtinDefault();
    noWarmup.warmupS = 0;
    QCOMPARE(evaluateStage(s, noWarmup).colour, Colour::Orange);
}

void TestStageVerdict::keySeriesPreferred()
{
    SeriesSpec slowAll;
    slowAll.p95 = [](int) { return 3500.0; };
    Stage s = seriesStage(100, slowAll, false);
    SeriesSpec fastKey;
    s.endpointSeries.insert(QStringLiteral("athlete_search"), series(fastKey, t0().toMSecsSinceEpoch()));
    QCOMPARE(evaluateStage(s, Profile::builtinDefault()).colour, Colour::Green);
    QVERIFY(stageWindows(s, QStringLiteral("athlete_search"), 30).p95FromKeySeries);
    // Without the key transaction's series, all endpoints' p95 is used.
    s.endpointSeries.clear();
    QCOMPARE(evaluateStage(s, Profile::builtinDefault()).colour, Colour::Orange);
    QVERIFY(!stageWindows(s, QStringLiteral("athlete_search"), 30).p95FromKeySeries);
}

void TestStageVerdict::keyP95FieldUsedWithoutEndpointSeries()
{
    SeriesSpec slowAll;
    slowAll.p95 = [](int) { return 3500.0; };
    Stage s = seriesStage(100, slowAll, false);
    for (TimePoint &p : s.series.points)
        p.keyP95Ms = 1500;
    const StageWindows w = stageWindows(s, QStringLiteral("athlete_search"), 30);
    QVERIFY(w.p95FromKeySeries);
    QCOMPARE(w.windows.first().p95Ms, 1500.0);
    QCOMPARE(evaluateStage(s, Profile::builtinDefault()).colour, Colour::Green);
}

void TestStageVerdict::keySeriesSuccessP95Preferred()
{
    // k6: the key transaction's series carries its p95 over all requests (p95Ms,
    // here slow timeouts) and over successes (keyP95Ms); the grid uses successes.
    Stage s = seriesStage(100, {}, false);
    Series key = s.series;
    for (TimePoint &p : key.points) {
        p.p95Ms = 3000;
        p.keyP95Ms = 1500;
    }
    s.endpointSeries.insert(QStringLiteral("athlete_search"), key);
    QCOMPARE(stageWindows(s, QStringLiteral("athlete_search"), 30).windows.first().p95Ms, 1500.0);
    QCOMPARE(evaluateStage(s, Profile::builtinDefault()).colour, Colour::Green);
}

void TestStageVerdict::noSeries()
{
    const StageVerdict v = evaluateStage(stage(100, 600, 30000, 30, 50, 2000), Profile::builtinDefault());
    QCOMPARE(v.colour, Colour::Green);
    QVERIFY2(v.reason.contains(QStringLiteral("the time series is missing")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QStringLiteral("error rate 0.10 %")), qPrintable(v.reason));
    QVERIFY(!isKnown(v.mannKendallP));
    const StageVerdict shortStage = evaluateStage(stage(100, 300, 30000, 30, 50, 2000), Profile::builtinDefault());
    QCOMPARE(shortStage.colour, Colour::Red);
}

void TestStageVerdict::notEvaluatedWithoutDurationOrSeries()
{
    const StageVerdict v = evaluateStage(stage(100, kNaN, 30000, 30, 50, 2000), Profile::builtinDefault());
    QCOMPARE(v.colour, Colour::NotEvaluated);
    QVERIFY(v.reason.contains(QStringLiteral("not evaluated")));
    // A red error rate is red even then.
    QCOMPARE(evaluateStage(stage(100, kNaN, 1000, 50, 50, 2000), Profile::builtinDefault()).colour, Colour::Red);
}

void TestStageVerdict::cumulativePercentiles()
{
    SeriesSpec spec;
    spec.p95 = [](int i) { return 1000.0 + 5.0 * i; };   // would be red if it were windowed
    Stage s = seriesStage(100, spec, false);
    s.series.percentileWindow = WindowKind::Cumulative;
    const StageVerdict v = evaluateStage(s, Profile::builtinDefault());
    QCOMPARE(v.colour, Colour::Green);
    QVERIFY2(v.reason.contains(QStringLiteral("cumulative")), qPrintable(v.reason));
    QVERIFY(!stageWindows(s, QString(), 30).p95Known);
}

void TestStageVerdict::tenSecondSteps()
{
    // k6 samples bucketed in 10-s windows: one point per window, exact p95.
    Stage s = seriesStage(100, {}, false);
    Series k6;
    k6.stepMs = 10000;
    k6.percentileWindow = WindowKind::ExactStep;
    for (int i = 0; i < 60; ++i) {
        TimePoint p;
        p.tMs = t0().toMSecsSinceEpoch() + qint64(i) * 10000;
        p.rps = 50;
        p.failuresPerSec = 0;
        p.p95Ms = 1000 + 40.0 * i;   // 1000 -> 3360 ms
        k6.points.append(p);
    }
    s.series = k6;
    const StageWindows w = stageWindows(s, QString(), 30);
    QCOMPARE(w.windows.size(), 57);
    QCOMPARE(w.windows.first().p95Ms, 1000 + 40.0 * 3);   // the point at +30 s
    const StageVerdict v = evaluateStage(s, Profile::builtinDefault());
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.continuousDegradation);
    QVERIFY(std::abs(v.theilSenSlopeMsPerS - 4.0) < 1e-9);
}

void TestStageVerdict::windowsFromSlidingHistory()
{
    SeriesSpec spec;
    spec.seconds = 100;
    spec.p95 = [](int i) { return 1000.0 + i; };
    spec.rps = [](int i) { return i < 50 ? 40.0 : 60.0; };
    spec.failuresPerSec = [](int i) { return i == 45 ? 2.0 : 0.0; };
    const Stage s = seriesStage(100, spec);
    const StageWindows w = stageWindows(s, QStringLiteral("athlete_search"), 30);
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
    QCOMPARE(w1.errorRatePct, 0.5);
    QCOMPARE(w1.rps, 40.0);
    QCOMPARE(w.windows.at(2).rps, 60.0);
    QCOMPARE(w.windows.at(2).errorRatePct, 0.0);
}

void TestStageVerdict::windowsFromRatesWithoutTotals()
{
    SeriesSpec spec;
    spec.seconds = 60;
    spec.failuresPerSec = [](int i) { return i >= 40 && i < 50 ? 1.0 : 0.0; };
    Stage s = seriesStage(100, spec, false);
    for (TimePoint &p : s.series.points)
        p.cumRequests = p.cumFailures = kNaN;
    const StageWindows w = stageWindows(s, QString(), 30);
    QCOMPARE(w.windows.size(), 3);
    const StageWindow &w1 = w.windows.at(1);   // 40–49 s
    QCOMPARE(w1.requests, qint64(-1));
    QCOMPARE(w1.rps, 50.0);
    QCOMPARE(w1.errorRatePct, 2.0);            // Σ failures/s ÷ Σ req/s
}

void TestStageVerdict::locustZeroPercentilesSkipped()
{
    SeriesSpec spec;
    spec.seconds = 60;
    // No data yet for the first 35 s: Locust writes 0 percentiles and 0 req/s.
    spec.p95 = [](int i) { return i < 35 ? 0.0 : 1500.0; };
    spec.rps = [](int i) { return i < 35 ? 0.0 : 50.0; };
    const StageWindows w = stageWindows(seriesStage(100, spec), QStringLiteral("athlete_search"), 30);
    QCOMPARE(w.windows.size(), 3);
    QCOMPARE(w.windows.at(0).p95Ms, 1500.0);   // the last point of 30–39 s has data
    spec.p95 = [](int i) { return i < 45 ? 0.0 : 1500.0; };
    spec.rps = [](int i) { return i < 45 ? 0.0 : 50.0; };
    const StageWindows w2 = stageWindows(seriesStage(100, spec), QStringLiteral("athlete_search"), 30);
    QVERIFY(!isKnown(w2.windows.at(0).p95Ms));
}

void TestStageVerdict::redReasonsJoined()
{
    SeriesSpec spec;
    spec.seconds = 300;
    spec.rps = [](int i) { return i < 150 ? 50.0 : 20.0; };
    const StageVerdict v = evaluateStage(seriesStage(150, spec), Profile::builtinDefault());
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.throughputCollapse);
    QVERIFY2(v.reason.startsWith(QStringLiteral("not held: ran 300 s, less than 95 % of the required 600 s; "
                                                "throughput fell")),
             qPrintable(v.reason));
}

void TestStageVerdict::badPlateauTimesStayBounded()
{
    SeriesSpec spec;
    spec.seconds = 100;
    Stage s = seriesStage(100, spec);
    // A plateau said to start in 1970 and end in 2100: windows only where points are.
    s.plateauStart = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
    s.plateauEnd = QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
    const StageWindows w = stageWindows(s, QStringLiteral("athlete_search"), 30);
    QVERIFY(w.windows.size() <= 11);
    QVERIFY(w.toMs <= t0().toMSecsSinceEpoch() + 100000);
    QCOMPARE((w.fromMs - s.plateauStart.toMSecsSinceEpoch() - 30000) % kHeldWindowMs, 0);
    QCOMPARE(evaluateStage(s, Profile::builtinDefault()).colour, Colour::Red);   // ran 100 s of 600
}

QTEST_GUILESS_MAIN(TestStageVerdict)
#include "tst_stage_verdict.moc"
