// "Saturation signals observed" and the saturation point, the knee
// (docs/grid-rules.md §6): throughput growing less than half as fast as users, the median
// latency growing more than twice as fast (a rise the data can show), red
// stability at or beyond the target, and stages the generator could not drive.
#include "grid/saturation.h"

#include "grid_fixtures.h"

#include <QTest>

using namespace palier;
using namespace palier::fixtures;

Q_DECLARE_METATYPE(std::optional<int>)

namespace {

RunVerdict judge(const QList<Stage> &stages, const Profile &p = demoProfile())
{
    return evaluateRun(runOf(QStringLiteral("r"), stages), p);
}

} // namespace

class TestGridSaturation : public QObject {
    Q_OBJECT
private slots:
    void weeklySampleKnee_data();
    void weeklySampleKnee();
    void throughputReasonIsData();
    void saturationFromThroughputGrowth_data();
    void saturationFromThroughputGrowth();
    void saturationFromDegradationAtOrBeyondTarget();
    void degradationBelowTargetIsNotSaturation();
    void saturationFromDroppedIterations();
    void noSaturation();
    void kneeOnLatency_data();
    void kneeOnLatency();
    void kneeUsesKeyTransactionElseAllRequests();
    void latencyRiseWithinRoundingStepIsNoKnee_data();
    void latencyRiseWithinRoundingStepIsNoKnee();
    void roundingStepOfLocustPercentiles_data();
    void roundingStepOfLocustPercentiles();
    void kneeIsTheFirstStageWithASignal();
    void overloadedGeneratorBeyondTargetIsASignalNotTheKnee();
    void droppedIterationsStageLeftOutOfKnee();
};

void TestGridSaturation::weeklySampleKnee_data()
{
    QTest::addColumn<Run>("run");
    QTest::addColumn<int>("knee");
    // 11-16: req/s falls from 50.6 to 39.7 at 150 users; 11-18 and 11-20: it
    // barely grows from 75 to 100 users.
    QTest::newRow("11-16") << run1116() << 150;
    QTest::newRow("11-18") << run1118() << 100;
    QTest::newRow("11-20") << run1120() << 100;
}

void TestGridSaturation::weeklySampleKnee()
{
    QFETCH(Run, run);
    QFETCH(int, knee);
    const RunVerdict v = evaluateRun(run, demoProfile());
    QVERIFY(v.saturationSignals);
    QCOMPARE(v.saturationPointUsers, std::optional<int>(knee));
    QCOMPARE(kinds(v.saturationReasons), QStringList {QStringLiteral("saturation.throughput")});
    QCOMPARE(param(v.saturationReasons.first(), "to_users"), double(knee));
}

void TestGridSaturation::throughputReasonIsData()
{
    const RunVerdict v = evaluateRun(run1118(), demoProfile());
    const Reason r = v.saturationReasons.first();
    QCOMPARE(param(r, "from_users"), 75.0);
    QCOMPARE(param(r, "to_users"), 100.0);
    QCOMPARE(param(r, "from_rps"), 38.8);
    QCOMPARE(param(r, "to_rps"), 40.0);
    QVERIFY(qFuzzyCompare(param(r, "rps_growth_pct"), 100.0 * (40.0 / 38.8 - 1)));
    QVERIFY(qFuzzyCompare(param(r, "users_growth_pct"), 100.0 / 3));
}

void TestGridSaturation::saturationFromThroughputGrowth_data()
{
    QTest::addColumn<double>("rpsAt100");
    QTest::addColumn<bool>("signal");
    // 75 -> 100 users is +33.3 %: req/s must grow at least half that, 16.67 %.
    // From 41.1 req/s: 47.96 (+16.69 %) is enough, 47.9 (+16.5 %) is not.
    QTest::newRow("47.96") << 47.96 << false;
    QTest::newRow("47.9") << 47.9 << true;
}

void TestGridSaturation::saturationFromThroughputGrowth()
{
    QFETCH(double, rpsAt100);
    QFETCH(bool, signal);
    Run r = run1116();
    r.stages.removeLast();   // no 150-user stage
    r.stages[4].figures.rps = rpsAt100;
    const RunVerdict v = evaluateRun(r, demoProfile());
    QCOMPARE(v.saturationSignals, signal);
    QCOMPARE(v.saturationPointUsers, signal ? std::optional<int>(100) : std::nullopt);
}

void TestGridSaturation::saturationFromDegradationAtOrBeyondTarget()
{
    Run r = run1116();
    SeriesSpec collapse;
    collapse.seconds = 90;
    collapse.rps = [](int i) { return i < 60 ? 60.0 : 30.0; };
    r.stages[4] = seriesStage(100, collapse);
    r.stages[4].figures.rps = 55;   // keeps the 75 -> 100 growth healthy
    const RunVerdict v = evaluateRun(r, demoProfile());
    QVERIFY(v.stages.at(4).throughputCollapse);
    QVERIFY(v.saturationSignals);
    QCOMPARE(v.saturationPointUsers, std::optional<int>(100));
    QCOMPARE(kinds(v.saturationReasons), QStringList {QStringLiteral("saturation.collapse")});
    QCOMPARE(param(v.saturationReasons.first(), "users"), 100.0);
}

void TestGridSaturation::degradationBelowTargetIsNotSaturation()
{
    Run r = run1116();
    r.stages.removeLast();
    SeriesSpec degrading;
    degrading.seconds = 90;
    degrading.p95 = [](int i) { return 1000.0 + 30.0 * i; };
    const double rps = r.stages[3].figures.rps;
    r.stages[3] = seriesStage(75, degrading);
    r.stages[3].figures.rps = rps;
    const RunVerdict v = evaluateRun(r, demoProfile());
    QVERIFY(v.stages.at(3).continuousDegradation);
    QVERIFY(!v.saturationSignals);
    QCOMPARE(v.saturationPointUsers, std::nullopt);
}

void TestGridSaturation::saturationFromDroppedIterations()
{
    Run r;
    r.id = QStringLiteral("k6");
    r.runLevelOnly = true;
    r.total.requests = 100;
    r.droppedIterations = 12;
    const RunVerdict v = evaluateRun(r, Profile::builtinDefault());
    QVERIFY(v.saturationSignals);
    QCOMPARE(v.saturationPointUsers, std::nullopt);
    QCOMPARE(kinds(v.saturationReasons), QStringList {QStringLiteral("saturation.dropped_iterations_run")});
    QCOMPARE(param(v.saturationReasons.first(), "count"), 12.0);
}

void TestGridSaturation::noSaturation()
{
    Run r = run1116();
    r.stages.removeLast();
    const RunVerdict v = evaluateRun(r, demoProfile());
    QVERIFY(!v.saturationSignals);
    QVERIFY(v.saturationReasons.isEmpty());
}

void TestGridSaturation::kneeOnLatency_data()
{
    QTest::addColumn<double>("p50At50");
    QTest::addColumn<std::optional<int>>("knee");
    // docs/grid-rules.md §6: p50 70 → 490 ms while users go 20 → 50 is a knee at
    // 50 users: +600 % against 2 × 150 %. Exactly twice as fast is not more.
    QTest::newRow("70 -> 490 ms") << 490.0 << std::optional<int>(50);
    QTest::newRow("70 -> 281 ms") << 281.0 << std::optional<int>(50);
    QTest::newRow("70 -> 280 ms: exactly +300 %") << 280.0 << std::optional<int>();
}

void TestGridSaturation::kneeOnLatency()
{
    QFETCH(double, p50At50);
    QFETCH(std::optional<int>, knee);
    // Throughput grows with the users throughout: only latency can say it.
    const RunVerdict v =
        judge({kneeStage(5, 5, 60, true), kneeStage(20, 20, 70, true), kneeStage(50, 50, p50At50, true)});
    QCOMPARE(v.saturationPointUsers, knee);
    QCOMPARE(v.saturationSignals, knee.has_value());
    if (knee) {
        QCOMPARE(kinds(v.saturationReasons), QStringList {QStringLiteral("saturation.latency")});
        const Reason r = v.saturationReasons.first();
        QCOMPARE(param(r, "from_users"), 20.0);
        QCOMPARE(param(r, "from_ms"), 70.0);
        QCOMPARE(param(r, "to_ms"), p50At50);
        QVERIFY(qFuzzyCompare(param(r, "latency_growth_pct"), 100.0 * (p50At50 / 70 - 1)));
        QCOMPARE(param(r, "users_growth_pct"), 150.0);
    }
}

void TestGridSaturation::kneeUsesKeyTransactionElseAllRequests()
{
    QList<Stage> stages {kneeStage(20, 20, 70), kneeStage(50, 50, 490)};
    // The key transaction is steady while all requests slow down: no knee.
    stages[1].endpoints.first().figures.p50Ms = 75;
    QVERIFY(!judge(stages).saturationSignals);
    // Without the key transaction's median, all requests' median speaks.
    for (Stage &s : stages)
        s.endpoints.first().figures.p50Ms = kNaN;
    QCOMPARE(judge(stages).saturationPointUsers, std::optional<int>(50));
}

void TestGridSaturation::latencyRiseWithinRoundingStepIsNoKnee_data()
{
    QTest::addColumn<int>("users0");
    QTest::addColumn<int>("users1");
    QTest::addColumn<double>("p50From");
    QTest::addColumn<double>("p50To");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<bool>("knee");
    // The rise must exceed 10 ms and the tool's rounding step at that latency
    // (Locust: whole ms below 100 ms, tens to 999 ms, hundreds to 9999 ms).
    QTest::newRow("3 -> 13 ms: +10 ms") << 20 << 50 << 3.0 << 13.0 << true << false;
    QTest::newRow("3 -> 14 ms: +11 ms") << 20 << 50 << 3.0 << 14.0 << true << true;
    // 100 -> 105 users (+5 %): 900 -> 1000 ms is +11 % > 10 %, but one Locust step.
    QTest::newRow("900 -> 1000 ms, Locust") << 100 << 105 << 900.0 << 1000.0 << false << false;
    QTest::newRow("900 -> 1000 ms, exact") << 100 << 105 << 900.0 << 1000.0 << true << true;
    QTest::newRow("900 -> 1100 ms, Locust") << 100 << 105 << 900.0 << 1100.0 << false << true;
}

void TestGridSaturation::latencyRiseWithinRoundingStepIsNoKnee()
{
    QFETCH(int, users0);
    QFETCH(int, users1);
    QFETCH(double, p50From);
    QFETCH(double, p50To);
    QFETCH(bool, exact);
    QFETCH(bool, knee);
    const RunVerdict v = judge({kneeStage(users0, users0, p50From, exact), kneeStage(users1, users1, p50To, exact)});
    QCOMPARE(v.saturationPointUsers, knee ? std::optional<int>(users1) : std::nullopt);
}

void TestGridSaturation::roundingStepOfLocustPercentiles_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("step");
    QTest::newRow("99 ms") << 99.0 << 1.0;
    QTest::newRow("100 ms") << 100.0 << 10.0;
    QTest::newRow("999 ms") << 999.0 << 10.0;
    QTest::newRow("1000 ms") << 1000.0 << 100.0;
    QTest::newRow("9999 ms") << 9999.0 << 100.0;
    QTest::newRow("10000 ms") << 10000.0 << 1000.0;   // 58760 is kept as 59000
}

void TestGridSaturation::roundingStepOfLocustPercentiles()
{
    QFETCH(double, ms);
    QFETCH(double, step);
    QCOMPARE(roundingStepMs(ms, false), step);
    QCOMPARE(roundingStepMs(ms, true), 0.0);   // exact percentiles have no step
}

void TestGridSaturation::kneeIsTheFirstStageWithASignal()
{
    // Throughput stalls at 75 users, latency soars at 100: the knee is 75.
    const RunVerdict v = judge({kneeStage(50, 50, 200), kneeStage(75, 52, 210), kneeStage(100, 90, 2000)});
    QCOMPARE(v.saturationPointUsers, std::optional<int>(75));
    QCOMPARE(kinds(v.saturationReasons), QStringList {QStringLiteral("saturation.throughput")});
}

void TestGridSaturation::overloadedGeneratorBeyondTargetIsASignalNotTheKnee()
{
    // At 150 users the generator said it was overloaded, and req/s fell: that is
    // the client failing, not the server's knee. Beyond the target it does not
    // invalidate the run (at or below it does: tst_decision_evidence).
    QList<Stage> stages {kneeStage(50, 50, 200), kneeStage(100, 100, 210), kneeStage(150, 60, 3000)};
    stages[2].generatorOverloaded = true;
    const RunVerdict v = judge(stages);
    QVERIFY(v.valid);
    QVERIFY(v.saturationSignals);
    QCOMPARE(v.saturationPointUsers, std::nullopt);
    QCOMPARE(kinds(v.saturationReasons), QStringList {QStringLiteral("saturation.generator_overloaded")});
    QCOMPARE(param(v.saturationReasons.first(), "users"), 150.0);
}

void TestGridSaturation::droppedIterationsStageLeftOutOfKnee()
{
    // k6 dropped iterations at 75 users: that stage's figures say what the
    // generator could not do; the knee compares 50 with 100 users instead.
    QList<Stage> stages {kneeStage(50, 50, 100, true), kneeStage(75, 40, 900, true), kneeStage(100, 100, 110, true)};
    stages[1].droppedIterations = 40;
    RunVerdict v = judge(stages);
    QVERIFY(v.saturationSignals);
    QCOMPARE(v.saturationPointUsers, std::nullopt);
    QCOMPARE(kinds(v.saturationReasons), QStringList {QStringLiteral("saturation.dropped_iterations")});
    QCOMPARE(param(v.saturationReasons.first(), "users"), 75.0);
    QCOMPARE(param(v.saturationReasons.first(), "count"), 40.0);
    // A real stall at 100 users is measured from 50 users, across the left-out stage.
    stages[2] = kneeStage(100, 60, 110, true);
    v = judge(stages);
    QCOMPARE(v.saturationPointUsers, std::optional<int>(100));
    QCOMPARE(kinds(v.saturationReasons),
             (QStringList {QStringLiteral("saturation.throughput"), QStringLiteral("saturation.dropped_iterations")}));
    QCOMPARE(param(v.saturationReasons.first(), "from_users"), 50.0);
}

QTEST_GUILESS_MAIN(TestGridSaturation)
#include "tst_grid_saturation.moc"
