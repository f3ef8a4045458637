// The verdict of one stage (docs/grid-rules.md §5) on synthetic series built here: the
// target stage is "held" (duration, error rate, trend, collapse); any other
// stage is judged for its stability only. Trend and collapse are in
// tst_stage_verdict_trend.cpp; punctual degradation (10-s windows) and how
// windows are cut in tst_stage_verdict_windows.cpp.
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
    void heldOnlyOnTheTargetStage_data();
    void heldOnlyOnTheTargetStage();
    void shortNonTargetStageIsNotRed();
    void knownLossIsCredited_data();
    void knownLossIsCredited();
    void errorRateOverPlateau_data();
    void errorRateOverPlateau();
    void warmupErrorsDoNotCount();
    void everyRedReasonIsListed();
    void noSeries();
    void notEvaluatedWithoutDurationOrSeries();
};

void TestStageVerdict::flatStageIsGreen()
{
    const StageVerdict v = heldVerdict(seriesStage(100, {}));
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
    const StageVerdict v = heldVerdict(seriesStage(100, spec));
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
    const StageVerdict held = heldVerdict(s);
    QCOMPARE(held.colour, Colour::Red);
    QVERIFY2(kinds(held.reasons).contains(targetReason), qPrintable(kinds(held.reasons).join(u' ')));
    const StageVerdict stability = stabilityVerdict(s);
    QVERIFY(!stability.target);
    QCOMPARE(stability.colour, Colour::Green);
    QCOMPARE(kinds(stability.reasons).first(), QStringLiteral("held.steady"));
    QVERIFY(!kinds(stability.reasons).contains(targetReason));
}

void TestStageVerdict::shortNonTargetStageIsNotRed()
{
    // docs/grid-rules.md §3: a shape holding 5, 20, 50, 75 users for 25 s each has four
    // stages, each shorter than the 30-s warm-up. Such a stage is judged on what
    // it has, and says so; only the target stage has a duration to hold.
    SeriesSpec spec;
    spec.seconds = 25;
    const StageVerdict v = stabilityVerdict(seriesStage(50, spec));
    QCOMPARE(v.colour, Colour::Green);
    const QString judgedOnWhatItHas = QStringLiteral("held.judged_on_what_it_has");
    QCOMPARE(kinds(v.reasons), (QStringList {QStringLiteral("held.steady"), judgedOnWhatItHas}));
    const Reason note = v.reasons.last();
    QCOMPARE(param(note, "analysed_s"), 0.0);
    QCOMPARE(param(note, "warmup_s"), 30.0);
    QCOMPARE(note.params.value(QStringLiteral("why")).toString(), QStringLiteral("warmup"));
    // The same plateau as the target: not held, and the note stays.
    const StageVerdict t = heldVerdict(seriesStage(100, spec));
    QCOMPARE(t.colour, Colour::Red);
    QCOMPARE(kinds(t.reasons), (QStringList {QStringLiteral("held.short"), judgedOnWhatItHas}));
    // 90 s without a series (the bundled sample's stages): nothing to judge
    // stability on, so not evaluated, never red.
    const StageVerdict bare = stabilityVerdict(stage(50, 90, 2574, 5, 28.6, 1800));
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
    const StageVerdict v = heldVerdict(s);
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
    const StageVerdict v = heldVerdict(stage(100, 600, requests, failures, 16.7, 2000));
    QCOMPARE(int(v.colour), colour);
    if (v.colour == Colour::Red) {
        const Reason r = reasonOf(v.reasons, QStringLiteral("held.error_red"));
        QCOMPARE(param(r, "error_rate_pct"), 3.01);
        QCOMPARE(param(r, "limit_pct"), 3.0);
        QCOMPARE(r.params.value(QStringLiteral("failures")).toLongLong(), failures);
    }
}

void TestStageVerdict::warmupErrorsDoNotCount()
{
    // 50 failures a second for the first 25 s: 1250 of 30000 requests (4.17 %)
    // over the whole stage, none after the 30-s warm-up (docs/grid-rules.md §5: failures
    // during the warm-up do not count).
    SeriesSpec spec;
    spec.failuresPerSec = [](int i) { return i < 25 ? 50.0 : 0.0; };
    const Stage s = seriesStage(100, spec);
    QCOMPARE(s.figures.failures, qint64(1250));
    const StageVerdict v = heldVerdict(s);
    QCOMPARE(v.colour, Colour::Green);
    QCOMPARE(param(v.reasons.first(), "error_rate_pct"), 0.0);
    Profile noWarmup = Profile::builtinDefault();
    noWarmup.warmupS = 0;
    // Counted from the running totals, the first window starts at the first
    // point: about 4 %, red.
    const Reason red = reasonOf(heldVerdict(s, noWarmup).reasons, QStringLiteral("held.error_red"));
    QVERIFY(param(red, "error_rate_pct") > 3.0);
}

void TestStageVerdict::everyRedReasonIsListed()
{
    SeriesSpec spec;
    spec.seconds = 300;
    spec.rps = [](int i) { return i < 150 ? 50.0 : 20.0; };
    const Stage s = seriesStage(150, spec);
    const StageVerdict v = heldVerdict(s);
    QCOMPARE(v.colour, Colour::Red);
    QVERIFY(v.throughputCollapse);
    QCOMPARE(kinds(v.reasons), (QStringList {QStringLiteral("held.short"), QStringLiteral("held.collapse")}));
    // The same stage not at the target: unstable for its collapse only.
    QCOMPARE(kinds(stabilityVerdict(s).reasons), QStringList {QStringLiteral("held.collapse")});
}

void TestStageVerdict::noSeries()
{
    const StageVerdict v = heldVerdict(stage(100, 600, 30000, 30, 50, 2000));
    QCOMPARE(v.colour, Colour::Green);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.no_series")});
    QCOMPARE(param(v.reasons.first(), "error_rate_pct"), 0.1);
    QCOMPARE(param(v.reasons.first(), "duration_s"), 600.0);
    QVERIFY(!isKnown(v.mannKendallP));
    QCOMPARE(heldVerdict(stage(100, 300, 30000, 30, 50, 2000)).colour, Colour::Red);
    // Another stage is judged on stability alone: without a series it has no
    // colour, and says so with the duration it does know.
    const StageVerdict other = stabilityVerdict(stage(50, 600, 30000, 30, 50, 2000));
    QCOMPARE(other.colour, Colour::NotEvaluated);
    QCOMPARE(kinds(other.reasons), QStringList {QStringLiteral("held.no_series_stability")});
    QCOMPARE(param(other.reasons.first(), "duration_s"), 600.0);
}

void TestStageVerdict::notEvaluatedWithoutDurationOrSeries()
{
    const StageVerdict v = heldVerdict(stage(100, kNaN, 30000, 30, 50, 2000));
    QCOMPARE(v.colour, Colour::NotEvaluated);
    QCOMPARE(kinds(v.reasons), QStringList {QStringLiteral("held.no_series_no_duration")});
    // A red error rate is red even then.
    const StageVerdict red = heldVerdict(stage(100, kNaN, 1000, 50, 50, 2000));
    QCOMPARE(red.colour, Colour::Red);
    QCOMPARE(kinds(red.reasons), QStringList {QStringLiteral("held.error_red")});
}

QTEST_GUILESS_MAIN(TestStageVerdict)
#include "tst_stage_verdict.moc"
