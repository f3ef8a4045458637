// The grid on one run (docs/grid-rules.md §4, §7): decision rules, criteria values and
// colours by scope, run-level results. The held criterion and a missing target
// stage are in tst_grid_target_stage.cpp, evidence and validity in
// tst_decision_evidence.cpp, saturation in tst_grid_saturation.cpp.
#include "grid/colour.h"
#include "grid/decision_rules.h"
#include "grid/verdict.h"

#include "grid_fixtures.h"

#include <QTest>

using namespace palier;
using namespace palier::fixtures;

class TestGrid : public QObject {
    Q_OBJECT
private slots:
    void decisionRules_data();
    void decisionRules();
    void ids();
    void decisionRankNeverRanksLessEvidenceHigher();
    void weeklySample_data();
    void weeklySample();
    void sampleReasonsAreData();
    void runLevelOnly();
    void scopes();
    void throughputCriterion();
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
    // docs/grid-rules.md §7: GO = 0 red and <= 1 orange; WATCH = 0 red and exactly 2 oranges;
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
    QCOMPARE(inconclusiveReasonId(InconclusiveReason::InvalidRun), QStringLiteral("invalid_run"));
    QCOMPARE(inconclusiveReasonId(InconclusiveReason::IncompleteEvidence), QStringLiteral("incomplete_evidence"));
    QCOMPARE(inconclusiveReasonId(InconclusiveReason::Rerun), QStringLiteral("rerun"));
}

void TestGrid::decisionRankNeverRanksLessEvidenceHigher()
{
    // GO > WATCH > INCONCLUSIVE > NO-GO: an INCONCLUSIVE never passes for a GO or
    // a WATCH, and never hides a NO-GO the evidence already gives.
    QVERIFY(decisionRank(Decision::Go) > decisionRank(Decision::Watch));
    QVERIFY(decisionRank(Decision::Watch) > decisionRank(Decision::Inconclusive));
    QVERIFY(decisionRank(Decision::Inconclusive) > decisionRank(Decision::NoGo));
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
    // The README's grid reading of the 100-user stage: p95 2200 green / 3100 orange /
    // 3300 orange; error rate up_to_target 0.35 / 0.43 green, 1.60 orange.
    QTest::newRow("11-16") << run1116() << 2200.0 << int(Colour::Green) << 0.35 << int(Colour::Green)
                           << int(Decision::Go) << 0;
    QTest::newRow("11-18") << run1118() << 3100.0 << int(Colour::Orange) << 0.43 << int(Colour::Green)
                           << int(Decision::Go) << 1;
    QTest::newRow("11-20") << run1120() << 3300.0 << int(Colour::Orange) << 1.60 << int(Colour::Orange)
                           << int(Decision::Watch) << 2;
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
    const RunVerdict v = evaluateRun(run, demoProfile());
    QCOMPARE(v.runId, run.id);
    QVERIFY(v.valid);
    QCOMPARE(v.criteria.size(), 3);
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
    QCOMPARE(h->reason.kind, QStringLiteral("criterion.held"));
    QCOMPARE(kinds(h->details), QStringList {QStringLiteral("held.no_series")});
    QCOMPARE(v.targetHeld, std::optional<bool>(true));
    QCOMPARE(v.keyP95AtTargetMs, p95);
    QCOMPARE(v.errorRatePct, error);
    QCOMPARE(int(v.decision), decision);
    QCOMPARE(v.bestCase, v.decision);
    QVERIFY(v.inconclusiveReasons.isEmpty());
    QVERIFY(v.missing.isEmpty());
    QVERIFY(!v.scoreIsLowerBound);
    QCOMPARE(v.score, score);
    QCOMPARE(v.reds, 0);
    // Only the target stage is judged without a series; the others need one.
    QCOMPARE(v.stages.size(), 6);
    for (const StageVerdict &s : v.stages)
        QCOMPARE(s.colour, s.users == 100 ? Colour::Green : Colour::NotEvaluated);
}

void TestGrid::sampleReasonsAreData()
{
    const RunVerdict v = evaluateRun(run1118(), demoProfile());
    const Reason p95 = v.criterion(QStringLiteral("p95_key"))->reason;
    QCOMPARE(p95.kind, QStringLiteral("criterion.value"));
    QCOMPARE(param(p95, "value"), 3100.0);
    QCOMPARE(param(p95, "users"), 100.0);
    QCOMPARE(p95.params.value(QStringLiteral("scope")).toString(), QStringLiteral("target"));
    QCOMPARE(p95.params.value(QStringLiteral("key")).toString(), kKey);
    QVERIFY(p95.params.value(QStringLiteral("tool_percentile")).toBool());   // Locust's own percentile
    const Reason err = v.criterion(QStringLiteral("error_rate"))->reason;
    QCOMPARE(err.params.value(QStringLiteral("scope")).toString(), QStringLiteral("up_to_target"));
    QCOMPARE(param(err, "value"), 0.43);
    QCOMPARE(param(err, "failures"), 48.0);
    QCOMPARE(param(err, "requests"), 11065.0);
    QCOMPARE(param(err, "from_users"), 5.0);
    QCOMPARE(param(err, "to_users"), 100.0);
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
    r.endpoints.append(endpoint(kKey, 8000, 40, 2600.4));
    r.endpoints.last().figures.percentilesExact = true;
    const RunVerdict v = evaluateRun(r, Profile::builtinDefault());
    const CriterionResult *p = v.criterion(QStringLiteral("p95_key"));
    QCOMPARE(p->value, 2600.0);
    QCOMPARE(p->colour, Colour::Orange);
    QCOMPARE(p->reason.params.value(QStringLiteral("scope")).toString(), QStringLiteral("run"));
    QVERIFY(p->reason.params.value(QStringLiteral("run_level_only")).toBool());
    QVERIFY(!p->reason.params.contains(QStringLiteral("tool_percentile")));
    const CriterionResult *e = v.criterion(QStringLiteral("error_rate"));
    QCOMPARE(e->value, 0.5);
    QCOMPARE(e->colour, Colour::Green);
    QVERIFY(e->reason.params.value(QStringLiteral("run_level_only")).toBool());
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QCOMPARE(h->colour, Colour::NotEvaluated);
    QCOMPARE(h->reason.kind, QStringLiteral("criterion.run_level_only"));
    QCOMPARE(v.targetHeld, std::nullopt);
    QCOMPARE(v.oranges, 1);
    // The held criterion is required: a summary alone cannot give a GO.
    QCOMPARE(v.decision, Decision::Inconclusive);
    QCOMPARE(v.bestCase, Decision::Go);
    QCOMPARE(v.missing, QStringList {QStringLiteral("target_stage_held")});
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
    QCOMPARE(param(v.criterion(QStringLiteral("p95_up_to"))->reason, "worst_users"), 100.0);
    // No run total: the run scope sums the stages, (171 + 143) / (10719 + 2926) = 314/13645 = 2.30 %.
    QCOMPARE(v.criterion(QStringLiteral("err_run"))->value, 2.30);
    QCOMPARE(v.criterion(QStringLiteral("err_run"))->colour, Colour::Orange);
    QCOMPARE(param(v.criterion(QStringLiteral("err_run"))->reason, "failures"), 314.0);
    // The 100-user stage alone: 53 / 3433 = 1.54 %.
    QCOMPARE(v.criterion(QStringLiteral("err_target"))->value, 1.54);
    // No "error_rate" id in this profile: the first error-rate criterion is reported.
    QCOMPARE(v.errorRatePct, 2.30);
}

void TestGrid::throughputCriterion()
{
    const Profile mvp = Profile::fromFile(QStringLiteral(PALIER_SOURCE_DIR "/resources/profiles/mvp-load-test.json"));
    Stage s = stage(30, 300, 3000, 15, 9.996, kNaN);
    s.figures.avgMs = 4200;
    s.figures.p95Ms = 9000;
    s.figures.p99Ms = 16000;
    const Run r = runOf(QStringLiteral("mvp"), {stage(5, 60, 300, 0, 5, kNaN), stage(10, 120, 1200, 0, 10, kNaN), s});
    const RunVerdict v = evaluateRun(r, mvp);
    QCOMPARE(v.criterion(QStringLiteral("mean"))->colour, Colour::Green);
    QCOMPARE(v.criterion(QStringLiteral("p95"))->colour, Colour::Green);
    QCOMPARE(v.criterion(QStringLiteral("p99"))->colour, Colour::Orange);
    QCOMPARE(v.criterion(QStringLiteral("error_rate"))->value, 0.5);
    // 9.996 req/s is shown 10.00: not above 10, so orange.
    const CriterionResult *t = v.criterion(QStringLiteral("throughput"));
    QCOMPARE(t->value, 10.0);
    QCOMPARE(t->colour, Colour::Orange);
    QCOMPARE(param(t->reason, "users"), 30.0);
    QCOMPARE(v.oranges, 2);
    QCOMPARE(v.decision, Decision::Watch);
    // No held criterion in this profile: nothing says whether the stage held.
    QCOMPARE(v.targetHeld, std::nullopt);

    // Throughput up to the target: requests over the stages' total duration.
    Profile up = mvp;
    up.criteria = {mvp.criteria.last()};
    up.criteria[0].scope = Scope::UpToTarget;
    const RunVerdict upVerdict = evaluateRun(r, up);
    const CriterionResult *u = upVerdict.criterion(QStringLiteral("throughput"));
    // (300 + 1200 + 3000) requests / (60 + 120 + 300) s = 9.375 req/s, shown 9.38.
    QCOMPARE(u->value, 9.38);
    QCOMPARE(u->colour, Colour::Orange);
    QCOMPARE(param(u->reason, "requests"), 4500.0);
    QCOMPARE(param(u->reason, "seconds"), 480.0);
}

QTEST_GUILESS_MAIN(TestGrid)
#include "tst_grid.moc"
