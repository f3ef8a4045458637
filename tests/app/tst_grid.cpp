// The grid on one run (grid.md §2–§3): decision rules, criteria values and
// colours by scope, run-level results, missing target stage, saturation.
#include "grid/colour.h"
#include "grid/verdict.h"

#include "grid_fixtures.h"

#include <QTest>

using namespace palier;
using namespace palier::fixtures;

namespace {

struct StageRow {
    int users;
    qint64 requests, failures;
    double rps, keyP95;
};

// The three weekly runs of resources/samples/weekly, from the README's tables
// (Locust's Aggregated row and athlete_search p95 of each stage's stats.csv).
Run sampleRun(const QString &id, const QList<StageRow> &rows, int day)
{
    Run r;
    r.id = id;
    r.startedAt = QDateTime(QDate(2026, 11, day), QTime(19, 0), QTimeZone::utc());
    for (const StageRow &row : rows)
        r.stages.append(stage(row.users, 90, row.requests, row.failures, row.rps, row.keyP95));
    return r;
}

Run run1116()
{
    return sampleRun(QStringLiteral("run-2026-11-16"),
                     {{5, 275, 2, 3.1, 1500}, {20, 1091, 7, 12.1, 1600}, {50, 2574, 5, 28.6, 1800},
                      {75, 3702, 11, 41.1, 1900}, {100, 4605, 18, 50.6, 2200}, {150, 3715, 28, 39.7, 4600}},
                     16);
}

Run run1118()
{
    return sampleRun(QStringLiteral("run-2026-11-18"),
                     {{5, 273, 1, 3.0, 1600}, {20, 1068, 3, 11.8, 1700}, {50, 2508, 9, 27.6, 2000},
                      {75, 3530, 18, 38.8, 2300}, {100, 3686, 17, 40.0, 3100}, {150, 3093, 40, 33.0, 5600}},
                     18);
}

Run run1120()
{
    return sampleRun(QStringLiteral("run-2026-11-20"),
                     {{5, 266, 3, 3.0, 1600}, {20, 1065, 25, 11.8, 1800}, {50, 2470, 38, 27.2, 2000},
                      {75, 3485, 52, 38.3, 2300}, {100, 3433, 53, 36.8, 3300}, {150, 2926, 143, 31.2, 6100}},
                     20);
}

Profile demoProfile() { return profileWithDuration(90); }

} // namespace

class TestGrid : public QObject {
    Q_OBJECT
private slots:
    void decisionRules_data();
    void decisionRules();
    void ids();
    void weeklySample_data();
    void weeklySample();
    void sampleReasons();
    void defaultProfileOnShortStages();
    void missingTargetStage();
    void missingKeyEndpoint();
    void runLevelOnly();
    void scopes();
    void throughputCriterion();
    void heldUsesStageVerdict();
    void saturationFromThroughputGrowth_data();
    void saturationFromThroughputGrowth();
    void saturationFromDegradationAtOrBeyondTarget();
    void degradationBelowTargetIsNotSaturation();
    void saturationFromDroppedIterations();
    void noSaturation();
};

void TestGrid::decisionRules_data()
{
    QTest::addColumn<int>("reds");
    QTest::addColumn<int>("oranges");
    QTest::addColumn<int>("decision");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("label");
    const int go = int(Decision::Go), watch = int(Decision::Watch), nogo = int(Decision::NoGo);
    const int ok = int(ScoreLabel::Ok), att = int(ScoreLabel::Attention), mig = int(ScoreLabel::Migrate);
    // grid.md §3: GO = 0 red and <= 1 orange; WATCH = 0 red and exactly 2 oranges;
    // NO-GO = >= 1 red, or 0 red and >= 3 oranges. score = 2R + O: 0–1 ok, 2 attention, >= 3 migrate.
    QTest::newRow("0R 0O") << 0 << 0 << go << 0 << ok;
    QTest::newRow("0R 1O") << 0 << 1 << go << 1 << ok;
    QTest::newRow("0R 2O") << 0 << 2 << watch << 2 << att;
    QTest::newRow("0R 3O") << 0 << 3 << nogo << 3 << mig;
    QTest::newRow("0R 4O") << 0 << 4 << nogo << 4 << mig;
    QTest::newRow("1R 0O") << 1 << 0 << nogo << 2 << att;
    QTest::newRow("1R 1O") << 1 << 1 << nogo << 3 << mig;
    QTest::newRow("1R 2O") << 1 << 2 << nogo << 4 << mig;
    QTest::newRow("2R 0O") << 2 << 0 << nogo << 4 << mig;
    QTest::newRow("3R 0O") << 3 << 0 << nogo << 6 << mig;
}

void TestGrid::decisionRules()
{
    QFETCH(int, reds);
    QFETCH(int, oranges);
    QFETCH(int, decision);
    QFETCH(int, score);
    QFETCH(int, label);
    QCOMPARE(int(decide(reds, oranges)), decision);
    QCOMPARE(2 * reds + oranges, score);
    QCOMPARE(int(scoreLabel(score)), label);
}

void TestGrid::ids()
{
    QCOMPARE(colourId(Colour::Green), QStringLiteral("green"));
    QCOMPARE(colourId(Colour::Orange), QStringLiteral("orange"));
    QCOMPARE(colourId(Colour::Red), QStringLiteral("red"));
    QCOMPARE(colourId(Colour::NotEvaluated), QStringLiteral("not_evaluated"));
    QCOMPARE(scoreLabelId(ScoreLabel::Ok), QStringLiteral("ok"));
    QCOMPARE(scoreLabelId(ScoreLabel::Attention), QStringLiteral("attention"));
    QCOMPARE(scoreLabelId(ScoreLabel::Migrate), QStringLiteral("migrate"));
    QCOMPARE(decisionId(Decision::Go), QStringLiteral("GO"));
    QCOMPARE(decisionId(Decision::Watch), QStringLiteral("WATCH"));
    QCOMPARE(decisionId(Decision::NoGo), QStringLiteral("NO_GO"));
    QCOMPARE(decisionId(Decision::Inconclusive), QStringLiteral("INCONCLUSIVE"));
}

void TestGrid::weeklySample_data()
{
    QTest::addColumn<Run>("run");
    QTest::addColumn<double>("p95");
    QTest::addColumn<int>("p95Colour");
    QTest::addColumn<double>("error");
    QTest::addColumn<int>("errorColour");
    QTest::addColumn<int>("decision");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("saturationAt");
    // The README's grid reading of the 100-user stage: p95 2200 green / 3100 orange /
    // 3300 orange; error rate up_to_target 0.35 / 0.43 green, 1.60 orange.
    QTest::newRow("11-16") << run1116() << 2200.0 << int(Colour::Green) << 0.35 << int(Colour::Green)
                           << int(Decision::Go) << 0 << 150;
    QTest::newRow("11-18") << run1118() << 3100.0 << int(Colour::Orange) << 0.43 << int(Colour::Green)
                           << int(Decision::Go) << 1 << 100;
    QTest::newRow("11-20") << run1120() << 3300.0 << int(Colour::Orange) << 1.60 << int(Colour::Orange)
                           << int(Decision::Watch) << 2 << 100;
}

void TestGrid::weeklySample()
{
    QFETCH(Run, run);
    QFETCH(double, p95);
    QFETCH(int, p95Colour);
    QFETCH(double, error);
    QFETCH(int, errorColour);
    QFETCH(int, decision);
    QFETCH(int, score);
    QFETCH(int, saturationAt);
    const RunVerdict v = evaluateRun(run, demoProfile());
    QCOMPARE(v.runId, run.id);
    QCOMPARE(v.criteria.size(), 3);
    QCOMPARE(v.stages.size(), 6);
    const CriterionResult *p = v.criterion(QStringLiteral("p95_key"));
    QVERIFY(p);
    QCOMPARE(p->value, p95);
    QCOMPARE(int(p->colour), p95Colour);
    const CriterionResult *e = v.criterion(QStringLiteral("error_rate"));
    QVERIFY(e);
    QCOMPARE(e->value, error);
    QCOMPARE(int(e->colour), errorColour);
    // No history given here: the 100-user stage is judged on its 90 s and its error rate.
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QVERIFY(h);
    QCOMPARE(h->colour, Colour::Green);
    QVERIFY2(h->reason.contains(QStringLiteral("time series is missing")), qPrintable(h->reason));
    QCOMPARE(v.targetHeld, std::optional<bool>(true));
    QCOMPARE(v.keyP95AtTargetMs, p95);
    QCOMPARE(v.errorRatePct, error);
    QCOMPARE(int(v.decision), decision);
    QCOMPARE(v.score, score);
    QCOMPARE(v.reds, 0);
    QVERIFY(v.saturationSignals);
    QCOMPARE(v.saturationPointUsers, std::optional<int>(saturationAt));
}

void TestGrid::sampleReasons()
{
    const RunVerdict v = evaluateRun(run1118(), demoProfile());
    const QString p95 = v.criterion(QStringLiteral("p95_key"))->reason;
    QCOMPARE(p95, QStringLiteral("p95 of athlete_search at the 100-user stage is 3100 ms (the tool's own percentile): "
                                 "above 2500 ms, at or below 4000 ms"));
    const QString err = v.criterion(QStringLiteral("error_rate"))->reason;
    QCOMPARE(err, QStringLiteral("error rate of all endpoints over the stages of 5 to 100 users is 0.43 % "
                                 "(48 failures / 11065 requests): below 1.00 %"));
    QCOMPARE(v.saturationReason, QStringLiteral("throughput grew 3 % (38.8 → 40.0 req/s) from 75 to 100 users while "
                                                "users grew 33 %"));
}

void TestGrid::defaultProfileOnShortStages()
{
    // With the default 10-min requirement the 90-s sample stages are not held.
    const RunVerdict v = evaluateRun(run1116(), Profile::builtinDefault());
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QCOMPARE(h->colour, Colour::Red);
    QVERIFY2(h->reason.startsWith(QStringLiteral("100-user stage not held: ran 90 s, less than 95 % of the required "
                                                 "600 s")),
             qPrintable(h->reason));
    QCOMPARE(v.targetHeld, std::optional<bool>(false));
    QCOMPARE(v.reds, 1);
    QCOMPARE(v.decision, Decision::NoGo);
    for (const StageVerdict &s : v.stages)
        QCOMPARE(s.colour, Colour::Red);
}

void TestGrid::missingTargetStage()
{
    Run r = run1116();
    r.stages = r.stages.mid(0, 4);   // 5, 20, 50, 75: stopped before 100 users
    const RunVerdict v = evaluateRun(r, demoProfile());
    const CriterionResult *p = v.criterion(QStringLiteral("p95_key"));
    QCOMPARE(p->colour, Colour::NotEvaluated);
    QVERIFY(!isKnown(p->value));
    QCOMPARE(p->reason, QStringLiteral("not evaluated: no stage at 100 users in this run (stages: 5, 20, 50, 75)"));
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QCOMPARE(h->colour, Colour::NotEvaluated);
    QVERIFY(h->reason.contains(QStringLiteral("no stage at 100 users")));
    // Error rate over the stages that exist below the target: (2+7+5+11)/(275+1091+2574+3702) = 25/7642.
    const CriterionResult *e = v.criterion(QStringLiteral("error_rate"));
    QCOMPARE(e->colour, Colour::Green);
    QCOMPARE(e->value, 0.33);
    QVERIFY2(e->reason.contains(QStringLiteral("no stage at 100 users, so only the stages below it")), qPrintable(e->reason));
    QCOMPARE(v.targetHeld, std::nullopt);
    QVERIFY(!isKnown(v.keyP95AtTargetMs));
    QCOMPARE(v.reds, 0);
    QCOMPARE(v.oranges, 0);
    QCOMPARE(v.decision, Decision::Go);
    QCOMPARE(v.stages.size(), 4);
}

void TestGrid::missingKeyEndpoint()
{
    Run r = run1116();
    r.stages[4].endpoints.clear();
    const RunVerdict v = evaluateRun(r, demoProfile());
    const CriterionResult *p = v.criterion(QStringLiteral("p95_key"));
    QCOMPARE(p->colour, Colour::NotEvaluated);
    QCOMPARE(p->reason, QStringLiteral("not evaluated: no requests named athlete_search at the 100-user stage"));
    QVERIFY(!isKnown(v.keyP95AtTargetMs));
}

void TestGrid::runLevelOnly()
{
    // A k6 summary export: whole-run figures, no stages, no series.
    Run r;
    r.id = QStringLiteral("summary");
    r.source = SourceKind::K6;
    r.runLevelOnly = true;
    r.total.requests = 20000;
    r.total.failures = 100;   // 0.50 %
    r.total.p95Ms = 900;
    r.total.rps = 33.3;
    r.total.percentilesExact = true;
    r.endpoints.append(endpoint(QStringLiteral("athlete_search"), 8000, 40, 2600.4));
    r.endpoints.last().figures.percentilesExact = true;
    const RunVerdict v = evaluateRun(r, Profile::builtinDefault());
    const CriterionResult *p = v.criterion(QStringLiteral("p95_key"));
    QCOMPARE(p->value, 2600.0);
    QCOMPARE(p->colour, Colour::Orange);
    QCOMPARE(p->reason, QStringLiteral("p95 of athlete_search over the run is 2600 ms: above 2500 ms, at or below "
                                       "4000 ms; run-level figures only"));
    const CriterionResult *e = v.criterion(QStringLiteral("error_rate"));
    QCOMPARE(e->value, 0.5);
    QCOMPARE(e->colour, Colour::Green);
    QVERIFY(e->reason.endsWith(QStringLiteral("; run-level figures only")));
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QCOMPARE(h->colour, Colour::NotEvaluated);
    QVERIFY(h->reason.contains(QStringLiteral("run-level figures only")));
    QCOMPARE(v.targetHeld, std::nullopt);
    QCOMPARE(v.oranges, 1);
    QCOMPARE(v.decision, Decision::Go);
    QVERIFY(v.stages.isEmpty());
    QVERIFY(!v.saturationSignals);
}

void TestGrid::scopes()
{
    Profile p = demoProfile();
    CriterionDef worst;
    worst.id = QStringLiteral("p95_up_to");
    worst.metric = Metric::LatencyP95;
    worst.scope = Scope::UpToTarget;
    worst.keyTransactionOnly = true;
    worst.green = 2000;
    worst.orange = 3000;
    CriterionDef runErr;
    runErr.id = QStringLiteral("err_run");
    runErr.metric = Metric::ErrorRate;
    runErr.scope = Scope::Run;
    runErr.green = 1;
    runErr.orange = 3;
    runErr.greenStrict = true;
    CriterionDef targetErr = runErr;
    targetErr.id = QStringLiteral("err_target");
    targetErr.scope = Scope::TargetStage;
    p.criteria = {worst, runErr, targetErr};
    const RunVerdict v = evaluateRun(run1120(), p);
    // Worst stage up to the target: 3300 ms at 100 users.
    QCOMPARE(v.criterion(QStringLiteral("p95_up_to"))->value, 3300.0);
    QCOMPARE(v.criterion(QStringLiteral("p95_up_to"))->colour, Colour::Red);
    QVERIFY(v.criterion(QStringLiteral("p95_up_to"))->reason.contains(QStringLiteral("(worst stage: 100 users)")));
    // No run total: the run scope sums the stages, (171 + 143) / (10719 + 2926) = 314/13645 = 2.30 %.
    QCOMPARE(v.criterion(QStringLiteral("err_run"))->value, 2.30);
    QCOMPARE(v.criterion(QStringLiteral("err_run"))->colour, Colour::Orange);
    // The 100-user stage alone: 53 / 3433 = 1.54 %.
    QCOMPARE(v.criterion(QStringLiteral("err_target"))->value, 1.54);
    // No "error_rate" id in this profile: the first error-rate criterion is reported.
    QCOMPARE(v.errorRatePct, 2.30);
}

void TestGrid::throughputCriterion()
{
    const Profile mvp = Profile::fromFile(QStringLiteral(PALIER_SOURCE_DIR "/resources/profiles/mvp-load-test.json"));
    Run r;
    r.id = QStringLiteral("mvp");
    Stage s = stage(30, 300, 3000, 15, 9.996, kNaN);
    s.figures.avgMs = 4200;
    s.figures.p95Ms = 9000;
    s.figures.p99Ms = 16000;
    r.stages = {stage(5, 60, 300, 0, 5, kNaN), stage(10, 120, 1200, 0, 10, kNaN), s};
    const RunVerdict v = evaluateRun(r, mvp);
    QCOMPARE(v.criterion(QStringLiteral("mean"))->colour, Colour::Green);
    QCOMPARE(v.criterion(QStringLiteral("p95"))->colour, Colour::Green);
    QCOMPARE(v.criterion(QStringLiteral("p99"))->colour, Colour::Orange);
    QCOMPARE(v.criterion(QStringLiteral("error_rate"))->value, 0.5);
    // 9.996 req/s is shown 10.00: not above 10, so orange.
    QCOMPARE(v.criterion(QStringLiteral("throughput"))->value, 10.0);
    QCOMPARE(v.criterion(QStringLiteral("throughput"))->colour, Colour::Orange);
    QCOMPARE(v.criterion(QStringLiteral("throughput"))->reason,
             QStringLiteral("throughput of all endpoints at the 30-user stage is 10.00 req/s: at or below 10.00 req/s, "
                            "at or above 2.00 req/s"));
    QCOMPARE(v.oranges, 2);
    QCOMPARE(v.decision, Decision::Watch);
    // No held criterion in this profile, but the 30-user stage's verdict still says it held 300 s.
    QCOMPARE(v.targetHeld, std::optional<bool>(true));

    // Throughput up to the target: requests over the stages' total duration.
    Profile up = mvp;
    up.criteria = {mvp.criteria.last()};
    up.criteria[0].scope = Scope::UpToTarget;
    const RunVerdict u = evaluateRun(r, up);
    // (300 + 1200 + 3000) requests / (60 + 120 + 300) s = 9.375 req/s, shown 9.38.
    QCOMPARE(u.criterion(QStringLiteral("throughput"))->value, 9.38);
    QCOMPARE(u.criterion(QStringLiteral("throughput"))->colour, Colour::Orange);
    QVERIFY(u.criterion(QStringLiteral("throughput"))->reason.contains(QStringLiteral("(4500 requests in 480 s)")));
}

void TestGrid::heldUsesStageVerdict()
{
    Run r = run1116();
    SeriesSpec degrading;
    degrading.seconds = 90;
    degrading.p95 = [](int i) { return 1000.0 + 30.0 * i; };
    r.stages[4] = seriesStage(100, degrading);
    const RunVerdict v = evaluateRun(r, demoProfile());
    QCOMPARE(v.stages.at(4).colour, Colour::Red);
    QVERIFY(v.stages.at(4).continuousDegradation);
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QCOMPARE(h->colour, Colour::Red);
    QVERIFY2(h->reason.startsWith(QStringLiteral("100-user stage not held: p95 rose from")), qPrintable(h->reason));
    QCOMPARE(v.targetHeld, std::optional<bool>(false));
}

void TestGrid::saturationFromThroughputGrowth_data()
{
    QTest::addColumn<double>("rpsAt100");
    QTest::addColumn<bool>("signal");
    // 75 -> 100 users is +33.3 %: req/s must grow at least half that, 16.67 %.
    // From 41.1 req/s: 47.95 (+16.67 %) is enough, 47.9 (+16.5 %) is not.
    QTest::newRow("47.96") << 47.96 << false;
    QTest::newRow("47.9") << 47.9 << true;
}

void TestGrid::saturationFromThroughputGrowth()
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

void TestGrid::saturationFromDegradationAtOrBeyondTarget()
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
    QCOMPARE(v.saturationReason, QStringLiteral("throughput collapse at 100 users"));
}

void TestGrid::degradationBelowTargetIsNotSaturation()
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

void TestGrid::saturationFromDroppedIterations()
{
    Run r;
    r.id = QStringLiteral("k6");
    r.runLevelOnly = true;
    r.total.requests = 100;
    r.droppedIterations = 12;
    const RunVerdict v = evaluateRun(r, Profile::builtinDefault());
    QVERIFY(v.saturationSignals);
    QCOMPARE(v.saturationPointUsers, std::nullopt);
    QVERIFY(v.saturationReason.contains(QStringLiteral("dropped 12 iterations")));
}

void TestGrid::noSaturation()
{
    Run r = run1116();
    r.stages.removeLast();
    const RunVerdict v = evaluateRun(r, demoProfile());
    QVERIFY(!v.saturationSignals);
    QVERIFY(v.saturationReason.isEmpty());
}

QTEST_GUILESS_MAIN(TestGrid)
#include "tst_grid.moc"
