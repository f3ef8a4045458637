// The verdict of one stage (grid.md §2) on synthetic series built here: the
// target stage is "held" (duration, error rate, trend, collapse); any other
// stage is judged for its stability only. Punctual degradation (10-s windows)
// and how windows are cut are in tst_stage_verdict_windows.cpp.
#include "grid/stage_verdict.h"

#include "grid_fixtures.h"

#include <QTest>

#include <cmath>

using namespace palier;
using namespace palier::fixtures;

namespace {

const Profile kDefault = Profile::builtinDefault();   // 600 s required, p95 green 2500, errors red > 3 %

StageVerdict target(const Stage &s, const Profile &p = kDefault) { return evaluateStage(s, p, true); }
StageVerdict other(const Stage &s, const Profile &p = kDefault) { return evaluateStage(s, p, false); }

SeriesSpec linearP95(double msPerS, int seconds = 600)
{
    SeriesSpec spec;
    spec.seconds = seconds;
    spec.p95 = [msPerS](int i) { return 1000.0 + msPerS * i; };
    return spec;
}

} // namespace

class TestStageVerdict : public QObject {
    Q_OBJECT
private slots:
    void flatStageIsGreen();
    void duration_data();
    void duration();
    void heldOnlyOnTheTargetStage_data();
    void heldOnlyOnTheTargetStage();
    void shortNonTargetStageIsNotRed();
    void knownLossIsCredited_data();
    void knownLossIsCredited();
    void errorRateOverPlateau_data();
    void errorRateOverPlateau();
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
    void everyRedReasonIsListed();
    void noSeries();
    void notEvaluatedWithoutDurationOrSeries();
    void cumulativePercentilesSkipTheTrend();
    void tenSecondSteps();
};

void TestStageVerdict::flatStageIsGreen()
{
    const StageVerdict v = target(seriesStage(100, {}));
    QCOMPARE(v.users, 100);
    QVERIFY(v.target);
    QCOMPARE(v.colour, Colour::Green);
    QVERIFY(!v.continuousDegradation && !v.degradingInGreen && !v.throughputCollapse && !v.degradedWindows);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.steady")});
    QCOMPARE(param(v.reasons.first(), "duration_s"), 600.0);
    QCOMPARE(param(v.reasons.first(), "error_rate_pct"), 0.0);
    QCOMPARE(param(v.reasons.first(), "min_ms"), 1500.0);
    QVERIFY(isKnown(v.mannKendallP));
    QCOMPARE(v.theilSenSlopeMsPerS, 0.0);
    QCOMPARE(v.durationS, 600.0);
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
    const StageVerdict v = target(seriesStage(100, spec));
    QCOMPARE(int(v.colour), colour);
    const Reason r = reasonOf(v.reasons, QStringLiteral("held.short"));
    QCOMPARE(r.kind.isEmpty(), v.colour == Colour::Green);
    if (v.colour == Colour::Red) {
        QCOMPARE(param(r, "duration_s"), double(seconds));
        QCOMPARE(param(r, "required_s"), 600.0);
        QCOMPARE(param(r, "credit_s"), 0.0);
    }
}

void TestStageVerdict::heldOnlyOnTheTargetStage_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<double>("failuresPerSec");
    QTest::addColumn<QString>("targetReason");
    // What makes the target stage "not held" says nothing about the stability of
    // another stage: it was never asked to last 10 min, and its error level is
    // the error-rate criterion's business. A steady 5 % is no instability.
    QTest::newRow("ran 120 s of 600") << 120 << 0.0 << QStringLiteral("held.short");
    QTest::newRow("steady 5 % errors") << 600 << 2.5 << QStringLiteral("held.error_red");
}

void TestStageVerdict::heldOnlyOnTheTargetStage()
{
    QFETCH(int, seconds);
    QFETCH(double, failuresPerSec);
    QFETCH(QString, targetReason);
    SeriesSpec spec;
    spec.seconds = seconds;
    spec.failuresPerSec = [failuresPerSec](int) { return failuresPerSec; };
    const Stage s = seriesStage(150, spec);
    const StageVerdict held = target(s);
    QCOMPARE(held.colour, Colour::Red);
    QVERIFY2(kinds(held.reasons).contains(targetReason), qPrintable(kinds(held.reasons).join(u' ')));
    const StageVerdict stability = other(s);
    QVERIFY(!stability.target);
    QCOMPARE(stability.colour, Colour::Green);
    QCOMPARE(kinds(stability.reasons).first(), QStringLiteral("held.steady"));
    QVERIFY(!kinds(stability.reasons).contains(targetReason));
}

void TestStageVerdict::shortNonTargetStageIsNotRed()
{
    // grid.md: "a load shape that holds 5, 20, 50, 75 users for 25 s each has four
    // stages", each shorter than the 30-s warm-up. Such a stage is judged on what
    // it has, and says so; only the target stage has a duration to hold.
    SeriesSpec spec;
    spec.seconds = 25;
    const StageVerdict v = other(seriesStage(50, spec));
    QCOMPARE(v.colour, Colour::Green);
    QCOMPARE(kinds(v.reasons), (QStringList {QStringLiteral("held.steady"), QStringLiteral("held.judged_on_what_it_has")}));
    const Reason note = v.reasons.last();
    QCOMPARE(param(note, "analysed_s"), 0.0);
    QCOMPARE(param(note, "warmup_s"), 30.0);
    QCOMPARE(note.params.value(QStringLiteral("why")).toString(), QStringLiteral("warmup"));
    // The same plateau as the target: not held, and the note stays.
    const StageVerdict t = target(seriesStage(100, spec));
    QCOMPARE(t.colour, Colour::Red);
    QCOMPARE(kinds(t.reasons), (QStringList {QStringLiteral("held.short"), QStringLiteral("held.judged_on_what_it_has")}));
    // 90 s without a series (the bundled sample's stages): nothing to judge
    // stability on, so not evaluated, never red.
    const StageVerdict bare = other(stage(50, 90, 2574, 5, 28.6, 1800));
    QCOMPARE(bare.colour, Colour::NotEvaluated);
}

void TestStageVerdict::knownLossIsCredited_data()
{
    QTest::addColumn<double>("creditS");
    QTest::addColumn<int>("colour");
    // A 565-s history; the stats file counted 250 more requests at 50 req/s after
    // it ended (Locust flushes its history every 10 s, not at exit): the reader
    // credits min(10 s, 250 / 50 s) = 5 s, and 565 + 5 reaches 95 % of 600 s.
    QTest::newRow("5 s credited: 570 s") << 5.0 << int(Colour::Green);
    QTest::newRow("4.9 s credited: 569.9 s") << 4.9 << int(Colour::Red);
    QTest::newRow("no credit") << 0.0 << int(Colour::Red);
}

void TestStageVerdict::knownLossIsCredited()
{
    QFETCH(double, creditS);
    QFETCH(int, colour);
    SeriesSpec spec;
    spec.seconds = 565;
    Stage s = seriesStage(100, spec);
    s.creditS = creditS;
    s.missingRequests = qint64(std::llround(creditS * 50));
    s.flushIntervalS = 10;
    const StageVerdict v = target(s);
    QCOMPARE(int(v.colour), colour);
    QCOMPARE(v.durationS, 565.0 + creditS);
    // The credit is always said, whatever the colour.
    const Reason credit = reasonOf(v.reasons, QStringLiteral("held.credit"));
    QCOMPARE(credit.kind.isEmpty(), creditS == 0);
    if (creditS > 0) {
        QCOMPARE(param(credit, "credit_s"), creditS);
        QCOMPARE(param(credit, "missing_requests"), std::round(creditS * 50));
        QCOMPARE(param(credit, "flush_s"), 10.0);
    }
    if (v.colour == Colour::Red) {
        const Reason r = reasonOf(v.reasons, QStringLiteral("held.short"));
        QCOMPARE(param(r, "duration_s"), 565.0);
        QCOMPARE(param(r, "credit_s"), creditS);
    }
}

void TestStageVerdict::errorRateOverPlateau_data()
{
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("failures");
    QTest::addColumn<int>("colour");
    // Red above the red error limit, as displayed: 3.00 % is orange, not red.
    QTest::newRow("3.00 %") << qint64(10000) << qint64(300) << int(Colour::Green);
    QTest::newRow("3.01 %") << qint64(10000) << qint64(301) << int(Colour::Red);
    QTest::newRow("3.005 % shown 3.01") << qint64(100000) << qint64(3005) << int(Colour::Red);
}

void TestStageVerdict::errorRateOverPlateau()
{
    QFETCH(qint64, requests);
    QFETCH(qint64, failures);
    QFETCH(int, colour);
    // No series: the stage's own figures.
    const StageVerdict v = target(stage(100, 600, requests, failures, 16.7, 2000));
    QCOMPARE(int(v.colour), colour);
    if (v.colour == Colour::Red) {
        const Reason r = reasonOf(v.reasons, QStringLiteral("held.error_red"));
        QCOMPARE(param(r, "error_rate_pct"), 3.01);
        QCOMPARE(param(r, "limit_pct"), 3.0);
        QCOMPARE(r.params.value(QStringLiteral("failures")).toLongLong(), failures);
    }
}

void TestStageVerdict::riseThatCrossesGreenIsRed()
{
    SeriesSpec spec;
    // +3 ms/s with a saw-tooth: about 1000 ms to 2800 ms, past 2500 well before 600 s.
    spec.p95 = [](int i) { return 1000.0 + 3.0 * i + ((i / 10) % 3) * 40.0; };
    const StageVerdict v = target(seriesStage(100, spec));
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

void TestStageVerdict::trendLineAtTheEndOfTheRequiredDuration_data()
{
    QTest::addColumn<double>("msPerS");
    QTest::addColumn<int>("colour");
    QTest::addColumn<double>("endMs");
    // p95 = 1000 + b·i; window k ends at i = 39 + 10k and is placed at its
    // mid-time x = 35 + 10k, so the line is 1000 + b·(x + 4): at 600 s, 1000 + 604·b.
    QTest::newRow("2.50 ms/s: 2510 ms at 600 s") << 2.5 << int(Colour::Red) << 2510.0;
    QTest::newRow("2.48 ms/s: 2498 ms at 600 s") << 2.48 << int(Colour::Orange) << 2497.92;
}

void TestStageVerdict::trendLineAtTheEndOfTheRequiredDuration()
{
    QFETCH(double, msPerS);
    QFETCH(int, colour);
    QFETCH(double, endMs);
    const StageVerdict v = target(seriesStage(100, linearP95(msPerS)));
    QCOMPARE(int(v.colour), colour);
    QCOMPARE(v.continuousDegradation, v.colour == Colour::Red);
    QCOMPARE(v.degradingInGreen, v.colour == Colour::Orange);
    QCOMPARE(v.reasons.size(), 1);
    QVERIFY(qFuzzyCompare(param(v.reasons.first(), "end_ms"), endMs));
    QCOMPARE(param(v.reasons.first(), "end_s"), 600.0);
}

void TestStageVerdict::riseThatStaysGreenIsOrange()
{
    // +1 ms/s: a clear, significant rise (570 ms over the plateau, more than 25 %
    // of its ~1320 ms median) whose line is at 1604 ms at 600 s, inside green:
    // held, degrading. A stage that ran 900 s is read at 600 s too: the line is
    // past green at 900 s, not at the end of the required duration.
    for (int seconds : {600, 900}) {
        const StageVerdict v = target(seriesStage(100, linearP95(seconds == 600 ? 1.0 : 2.0, seconds)));
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

void TestStageVerdict::trendLineOfOtherStagesAtTheirEnd()
{
    // A stage other than the target has no required duration: its line is read at
    // the end of its own plateau (docs/grid-rules.md). The 900-s rise of
    // +2 ms/s reaches 1000 + 904·2 = 2808 ms there: unstable.
    const StageVerdict v = other(seriesStage(150, linearP95(2.0, 900)));
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.continuousDegradation);
    QCOMPARE(param(v.reasons.first(), "end_s"), 900.0);
    QVERIFY(qFuzzyCompare(param(v.reasons.first(), "end_ms"), 2808.0));
}

void TestStageVerdict::smallRiseIsNotDegradation()
{
    // Significant but small: +0.3 ms/s is +171 ms over 570 s, about 8 % of a
    // ~2100 ms median, not the 25 % a degradation needs.
    const StageVerdict v = target(seriesStage(100, linearP95(0.3)));
    QVERIFY(v.mannKendallP < 0.01);
    QVERIFY(!v.continuousDegradation && !v.degradingInGreen);
    QCOMPARE(v.colour, Colour::Green);
}

void TestStageVerdict::steadyHighP95IsHeld_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Held judges stability, not level: criterion 1 judges the level.
    QTest::newRow("flat 3500 ms (orange level)") << 3500.0 << 3500.0;
    QTest::newRow("flat 5000 ms (red level)") << 5000.0 << 5000.0;
    QTest::newRow("3400/3600 ms alternating") << 3400.0 << 3600.0;
}

void TestStageVerdict::steadyHighP95IsHeld()
{
    QFETCH(double, low);
    QFETCH(double, high);
    SeriesSpec spec;
    spec.p95 = [low, high](int i) { return (i / 10) % 2 ? high : low; };
    const StageVerdict v = target(seriesStage(100, spec));
    QCOMPARE(v.colour, Colour::Green);
    QVERIFY(!v.degradedWindows);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.steady")});
    QCOMPARE(param(v.reasons.first(), "max_ms"), high);
}

void TestStageVerdict::throughputCollapse_data()
{
    QTest::addColumn<double>("lastThird");
    QTest::addColumn<bool>("collapse");
    // 57 windows after the 30-s warm-up: first third = windows 0–18 (30–219 s),
    // last third = windows 38–56 (410–599 s). 50 req/s first: 80 % is 40.
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
    for (bool isTarget : {true, false}) {
        const StageVerdict v = evaluateStage(seriesStage(100, spec), kDefault, isTarget);
        QCOMPARE(v.throughputCollapse, collapse);
        QCOMPARE(v.colour, collapse ? Colour::Red : Colour::Green);
        if (collapse) {
            const Reason r = reasonOf(v.reasons, QStringLiteral("held.collapse"));
            QVERIFY(qFuzzyCompare(param(r, "first_rps"), 50.0));
            QVERIFY(qFuzzyCompare(param(r, "last_rps"), lastThird));
        }
    }
}

void TestStageVerdict::everyRedReasonIsListed()
{
    SeriesSpec spec;
    spec.seconds = 300;
    spec.rps = [](int i) { return i < 150 ? 50.0 : 20.0; };
    const Stage s = seriesStage(150, spec);
    const StageVerdict v = target(s);
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.throughputCollapse);
    QCOMPARE(kinds(v.reasons), (QStringList {QStringLiteral("held.short"), QStringLiteral("held.collapse")}));
    // The same stage not at the target: unstable for its collapse only.
    QCOMPARE(kinds(other(s).reasons), QStringList {QStringLiteral("held.collapse")});
}

void TestStageVerdict::noSeries()
{
    const StageVerdict v = target(stage(100, 600, 30000, 30, 50, 2000));
    QCOMPARE(v.colour, Colour::Green);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.no_series")});
    QCOMPARE(param(v.reasons.first(), "error_rate_pct"), 0.1);
    QCOMPARE(param(v.reasons.first(), "duration_s"), 600.0);
    QVERIFY(!isKnown(v.mannKendallP));
    QCOMPARE(target(stage(100, 300, 30000, 30, 50, 2000)).colour, Colour::Red);
}

void TestStageVerdict::notEvaluatedWithoutDurationOrSeries()
{
    const StageVerdict v = target(stage(100, kNaN, 30000, 30, 50, 2000));
    QCOMPARE(v.colour, Colour::NotEvaluated);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.no_series_no_duration")});
    // A red error rate is red even then.
    const StageVerdict red = target(stage(100, kNaN, 1000, 50, 50, 2000));
    QCOMPARE(red.colour, Colour::Red);
    QCOMPARE(kinds(red.reasons), QStringList {QStringLiteral("held.error_red")});
}

void TestStageVerdict::cumulativePercentilesSkipTheTrend()
{
    SeriesSpec spec;
    spec.p95 = [](int i) { return 1000.0 + 5.0 * i; };   // would be red if it were windowed
    Stage s = seriesStage(100, spec, false);
    s.series.percentileWindow = WindowKind::Cumulative;
    const StageVerdict v = target(s);
    QCOMPARE(v.colour, Colour::Green);
    const Reason note = reasonOf(v.reasons, QStringLiteral("held.no_p95_windows"));
    QCOMPARE(note.params.value(QStringLiteral("why")).toString(), QStringLiteral("cumulative"));
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
    const StageVerdict v = target(s);
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.continuousDegradation);
    QVERIFY(std::abs(v.theilSenSlopeMsPerS - 4.0) < 1e-9);
}

QTEST_GUILESS_MAIN(TestStageVerdict)
#include "tst_stage_verdict.moc"
