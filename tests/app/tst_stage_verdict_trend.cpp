// Continuous degradation and throughput collapse in a stage's verdict
// (docs/grid-rules.md §5): a significant rise of the window p95s is red when its
// Theil–Sen line is past green at the end of the required duration, orange
// ("held, degrading") while it stays green; a steady p95, however high, is held.
#include "grid/stage_verdict.h"

#include "grid_fixtures.h"

#include <QTest>

#include <cmath>

using namespace palier;
using namespace palier::fixtures;

namespace {

SeriesSpec linearP95(double msPerS, int seconds = 600)
{
    SeriesSpec spec;
    spec.seconds = seconds;
    spec.p95 = [msPerS](int i) { return 1000.0 + msPerS * i; };
    return spec;
}

} // namespace

class TestStageVerdictTrend : public QObject {
    Q_OBJECT
private slots:
    void riseThatCrossesGreenIsRed();
    void trendLineAtTheEndOfTheRequiredDuration_data();
    void trendLineAtTheEndOfTheRequiredDuration();
    void riseThatStaysGreenIsOrange();
    void trendLineOfOtherStagesAtTheirEnd();
    void smallRiseIsNotDegradation();
    void steadyHighP95IsHeld_data();
    void steadyHighP95IsHeld();
    void throughputCollapse_data();
    void throughputCollapse();
    void cumulativePercentilesSkipTheTrend();
    void tenSecondSteps();
};

void TestStageVerdictTrend::riseThatCrossesGreenIsRed()
{
    SeriesSpec spec;
    // +3 ms/s with a saw-tooth: about 1000 ms to 2800 ms, past 2500 well before 600 s.
    spec.p95 = [](int i) { return 1000.0 + 3.0 * i + ((i / 10) % 3) * 40.0; };
    const StageVerdict v = heldVerdict(seriesStage(100, spec));
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.continuousDegradation);
    QVERIFY(!v.degradingInGreen && !v.throughputCollapse);
    QVERIFY(v.mannKendallP < 0.001);
    QVERIFY(std::abs(v.theilSenSlopeMsPerS - 3.0) < 0.1);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.degradation")});
    const Reason r = v.reasons.first();
    QCOMPARE(param(r, "end_s"), 600.0);
    QVERIFY(param(r, "end_ms") > 2500);
    QCOMPARE(param(r, "green_ms"), 2500.0);
    QVERIFY(param(r, "rise_ms") > 0.25 * param(r, "median_ms"));
    QVERIFY(param(r, "from_ms") < param(r, "to_ms"));
}

void TestStageVerdictTrend::trendLineAtTheEndOfTheRequiredDuration_data()
{
    QTest::addColumn<double>("msPerS");
    QTest::addColumn<int>("colour");
    QTest::addColumn<double>("endMs");
    // p95 = 1000 + b·i; window k ends at i = 39 + 10k and is placed at its
    // mid-time x = 35 + 10k, so the line is 1000 + b·(x + 4): at 600 s, 1000 + 604·b.
    QTest::newRow("2.50 ms/s: 2510 ms at 600 s") << 2.5 << int(Colour::Red) << 2510.0;
    QTest::newRow("2.48 ms/s: 2498 ms at 600 s") << 2.48 << int(Colour::Orange) << 2497.92;
}

void TestStageVerdictTrend::trendLineAtTheEndOfTheRequiredDuration()
{
    QFETCH(double, msPerS);
    QFETCH(int, colour);
    QFETCH(double, endMs);
    const StageVerdict v = heldVerdict(seriesStage(100, linearP95(msPerS)));
    QCOMPARE(int(v.colour), colour);
    QCOMPARE(v.continuousDegradation, v.colour == Colour::Red);
    QCOMPARE(v.degradingInGreen, v.colour == Colour::Orange);
    QCOMPARE(v.reasons.size(), 1);
    QVERIFY(qFuzzyCompare(param(v.reasons.first(), "end_ms"), endMs));
    QCOMPARE(param(v.reasons.first(), "end_s"), 600.0);
}

void TestStageVerdictTrend::riseThatStaysGreenIsOrange()
{
    // +1 ms/s: a clear, significant rise (570 ms over the plateau, more than 25 %
    // of its ~1320 ms median) whose line is at 1604 ms at 600 s, inside green:
    // held, degrading. A stage that ran 900 s is read at 600 s too: the line is
    // past green at 900 s, not at the end of the required duration.
    for (int seconds : {600, 900}) {
        const StageVerdict v = heldVerdict(seriesStage(100, linearP95(seconds == 600 ? 1.0 : 2.0, seconds)));
        QCOMPARE(v.colour, Colour::Orange);
        QVERIFY(v.degradingInGreen);
        QVERIFY(!v.continuousDegradation);
        QVERIFY(v.mannKendallP < 0.01);
        QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.degrading_in_green")});
        QCOMPARE(param(v.reasons.first(), "end_s"), 600.0);
        QVERIFY(qFuzzyCompare(param(v.reasons.first(), "end_ms"), seconds == 600 ? 1604.0 : 2208.0));
        QCOMPARE(param(v.reasons.first(), "green_ms"), 2500.0);
    }
}

void TestStageVerdictTrend::trendLineOfOtherStagesAtTheirEnd()
{
    // A stage other than the target has no required duration: its line is read at
    // the end of its own plateau (docs/grid-rules.md). The 900-s rise of
    // +2 ms/s reaches 1000 + 904·2 = 2808 ms there: unstable.
    const StageVerdict v = stabilityVerdict(seriesStage(150, linearP95(2.0, 900)));
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.continuousDegradation);
    QCOMPARE(param(v.reasons.first(), "end_s"), 900.0);
    QVERIFY(qFuzzyCompare(param(v.reasons.first(), "end_ms"), 2808.0));
}

void TestStageVerdictTrend::smallRiseIsNotDegradation()
{
    // Significant but small: +0.3 ms/s is +171 ms over 570 s, about 8 % of a
    // ~2100 ms median, not the 25 % a degradation needs.
    const StageVerdict v = heldVerdict(seriesStage(100, linearP95(0.3)));
    QVERIFY(v.mannKendallP < 0.01);
    QVERIFY(!v.continuousDegradation && !v.degradingInGreen);
    QCOMPARE(v.colour, Colour::Green);
}

void TestStageVerdictTrend::steadyHighP95IsHeld_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Held judges stability, not level: criterion 1 judges the level.
    QTest::newRow("flat 3500 ms (orange level)") << 3500.0 << 3500.0;
    QTest::newRow("flat 5000 ms (red level)") << 5000.0 << 5000.0;
    QTest::newRow("3400/3600 ms alternating") << 3400.0 << 3600.0;
}

void TestStageVerdictTrend::steadyHighP95IsHeld()
{
    QFETCH(double, low);
    QFETCH(double, high);
    SeriesSpec spec;
    spec.p95 = [low, high](int i) { return (i / 10) % 2 ? high : low; };
    const StageVerdict v = heldVerdict(seriesStage(100, spec));
    QCOMPARE(v.colour, Colour::Green);
    QVERIFY(!v.degradedWindows);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.steady")});
    QCOMPARE(param(v.reasons.first(), "max_ms"), high);
}

void TestStageVerdictTrend::throughputCollapse_data()
{
    QTest::addColumn<double>("lastThird");
    QTest::addColumn<bool>("collapse");
    // 57 windows after the 30-s warm-up: first third = windows 0–18 (30–219 s),
    // last third = windows 38–56 (410–599 s). 50 req/s first: 80 % is 40.
    QTest::newRow("40 req/s = 80 %") << 40.0 << false;
    QTest::newRow("39.9 req/s < 80 %") << 39.9 << true;
    QTest::newRow("20 req/s") << 20.0 << true;
}

void TestStageVerdictTrend::throughputCollapse()
{
    QFETCH(double, lastThird);
    QFETCH(bool, collapse);
    SeriesSpec spec;
    spec.rps = [lastThird](int i) { return i < 220 ? 50.0 : i < 410 ? 45.0 : lastThird; };
    for (bool isTarget : {true, false}) {
        const StageVerdict v = evaluateStage(seriesStage(100, spec), Profile::builtinDefault(), isTarget);
        QCOMPARE(v.throughputCollapse, collapse);
        QCOMPARE(v.colour, collapse ? Colour::Red : Colour::Green);
        if (collapse) {
            const Reason r = reasonOf(v.reasons, QStringLiteral("held.collapse"));
            QVERIFY(qFuzzyCompare(param(r, "first_rps"), 50.0));
            QVERIFY(qFuzzyCompare(param(r, "last_rps"), lastThird));
        }
    }
}

void TestStageVerdictTrend::cumulativePercentilesSkipTheTrend()
{
    SeriesSpec spec;
    spec.p95 = [](int i) { return 1000.0 + 5.0 * i; };   // would be red if it were windowed
    Stage s = seriesStage(100, spec, false);
    s.series.percentileWindow = WindowKind::Cumulative;
    const StageVerdict v = heldVerdict(s);
    QCOMPARE(v.colour, Colour::Green);
    const Reason note = reasonOf(v.reasons, QStringLiteral("held.no_p95_windows"));
    QCOMPARE(note.params.value(QStringLiteral("why")).toString(), QStringLiteral("cumulative"));
    QVERIFY(!stageWindows(s, QString(), 30).p95Known);
}

void TestStageVerdictTrend::tenSecondSteps()
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
    const StageVerdict v = heldVerdict(s);
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.continuousDegradation);
    QVERIFY(std::abs(v.theilSenSlopeMsPerS - 4.0) < 1e-9);
}

QTEST_GUILESS_MAIN(TestStageVerdictTrend)
#include "tst_stage_verdict_trend.moc"
