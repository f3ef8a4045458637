// A run's decision is only as good as its evidence (docs/grid-rules.md §7): required
// criteria left unevaluated make it INCONCLUSIVE (incomplete evidence) with the
// best case the evaluated ones give, unless those already give NO-GO; an invalid
// run is INCONCLUSIVE (invalid run) whatever its criteria say.
#include "grid/verdict.h"

#include "grid_fixtures.h"

#include <QTest>

using namespace palier;
using namespace palier::fixtures;

namespace {

const QString kP95 = QStringLiteral("p95_key");
const QString kErr = QStringLiteral("error_rate");
const QString kHeld = QStringLiteral("target_stage_held");

// run-2026-11-16 (GO on the 90-s demo profile: p95 2200, errors 0.35 %, held)
// with chosen colours. p95: athlete_search at 100 users. Errors: the 75-user
// stage's failures, so that the 100-user stage stays held. Held: missing when
// the target's duration is unknown (no series), red when it ran 50 s, else green.
Run coloured(Colour p95, Colour err, Colour held)
{
    Run r = run1116();
    Stage &target = r.stages[4];
    target.endpoints.first().figures.p95Ms = p95 == Colour::Green ? 2200 : p95 == Colour::Orange ? 3100 : 4600;
    // (2 + 7 + 5 + f + 18) / 12247 requests: f = 11 -> 0.35 %, 170 -> 1.65 %, 400 -> 3.53 %.
    r.stages[3].figures.failures = err == Colour::Green ? 11 : err == Colour::Orange ? 170 : 400;
    if (held == Colour::NotEvaluated)
        target.durationS = kNaN;
    else if (held == Colour::Red)
        target.durationS = 50;
    return r;
}

Finding finding(const QString &kind)
{
    return kind.startsWith(QLatin1String("run.invalid.")) ? Finding::error(kind, QStringLiteral("stats.csv"), 3)
                                                          : Finding::warning(kind, QStringLiteral("stats.csv"), 3);
}

} // namespace

class TestDecisionEvidence : public QObject {
    Q_OBJECT
private slots:
    void colouredFixture();
    void nothingEvaluatedIsNeverGo();
    void missingRequiredCriterionIsInconclusiveWithBestCase_data();
    void missingRequiredCriterionIsInconclusiveWithBestCase();
    void threeOrangesAndAMissingCriterionAreNoGo();
    void optionalCriterionNeverBlocks();
    void scoreIsLowerBoundWhenEvidenceIsIncomplete();
    void keyWithTooFewSamplesIsNotEvaluated_data();
    void keyWithTooFewSamplesIsNotEvaluated();
    void keyAbsentIsNotEvaluated();
    void invalidRunIsInconclusive_data();
    void invalidRunIsInconclusive();
    void invalidRunIsInconclusiveEvenWhenItsCriteriaSayNoGo();
    void inconclusiveReasonsInGridMdOrder();
    void overloadedGeneratorAtOrBelowTargetInvalidatesTheRun_data();
    void overloadedGeneratorAtOrBelowTargetInvalidatesTheRun();
    void overloadedGeneratorNowhereInParticular();
};

void TestDecisionEvidence::colouredFixture()
{
    // The fixture gives the colours it is asked for (held: green, red or missing).
    for (Colour c : {Colour::Green, Colour::Orange, Colour::Red}) {
        const RunVerdict v = evaluateRun(coloured(c, c, Colour::Green), demoProfile());
        QCOMPARE(v.criterion(kP95)->colour, c);
        QCOMPARE(v.criterion(kErr)->colour, c);
    }
    for (Colour c : {Colour::Green, Colour::Red, Colour::NotEvaluated})
        QCOMPARE(evaluateRun(coloured(Colour::Green, Colour::Green, c), demoProfile()).criterion(kHeld)->colour, c);
}

void TestDecisionEvidence::nothingEvaluatedIsNeverGo()
{
    // No stage, no endpoint: nothing to judge. 0 red and 0 orange is not a GO.
    Run empty;
    empty.id = QStringLiteral("empty");
    const RunVerdict v = evaluateRun(empty, Profile::builtinDefault());
    for (const CriterionResult &c : v.criteria)
        QVERIFY(!c.evaluated());
    QCOMPARE(v.decision, Decision::Inconclusive);
    QCOMPARE(v.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::IncompleteEvidence});
    QCOMPARE(v.missing, (QStringList {kP95, kErr, kHeld}));
    QCOMPARE(v.score, 0);
    QVERIFY(v.scoreIsLowerBound);
    // Even when every criterion is optional, so that none is "missing".
    Profile optional = Profile::builtinDefault();
    for (CriterionDef &c : optional.criteria)
        c.required = false;
    const RunVerdict o = evaluateRun(empty, optional);
    QVERIFY(o.missing.isEmpty());
    QCOMPARE(o.decision, Decision::Inconclusive);
    QCOMPARE(o.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::IncompleteEvidence});
    QVERIFY(o.scoreIsLowerBound);
}

void TestDecisionEvidence::missingRequiredCriterionIsInconclusiveWithBestCase_data()
{
    QTest::addColumn<int>("p95");
    QTest::addColumn<int>("err");
    QTest::addColumn<int>("decision");
    QTest::addColumn<int>("bestCase");
    const int g = int(Colour::Green), o = int(Colour::Orange), r = int(Colour::Red);
    const int go = int(Decision::Go), watch = int(Decision::Watch), nogo = int(Decision::NoGo);
    const int inc = int(Decision::Inconclusive);
    // Held is not evaluated; the other two give the best case. A red among the
    // evaluated ones is already NO-GO: missing evidence cannot make it better.
    QTest::newRow("green, green: at best GO") << g << g << inc << go;
    QTest::newRow("orange, green: at best GO") << o << g << inc << go;
    QTest::newRow("orange, orange: at best WATCH") << o << o << inc << watch;
    QTest::newRow("red, green: NO-GO already") << r << g << nogo << nogo;
    QTest::newRow("green, red: NO-GO already") << g << r << nogo << nogo;
}

void TestDecisionEvidence::missingRequiredCriterionIsInconclusiveWithBestCase()
{
    QFETCH(int, p95);
    QFETCH(int, err);
    QFETCH(int, decision);
    QFETCH(int, bestCase);
    const RunVerdict v = evaluateRun(coloured(Colour(p95), Colour(err), Colour::NotEvaluated), demoProfile());
    QCOMPARE(v.missing, QStringList {kHeld});
    QCOMPARE(int(v.decision), decision);
    QCOMPARE(int(v.bestCase), bestCase);
    QCOMPARE(v.inconclusiveReasons.isEmpty(), v.decision == Decision::NoGo);
    if (v.decision == Decision::Inconclusive)
        QCOMPARE(v.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::IncompleteEvidence});
    QCOMPARE(v.targetHeld, std::nullopt);
}

void TestDecisionEvidence::threeOrangesAndAMissingCriterionAreNoGo()
{
    // 0 red and 3 oranges is NO-GO (docs/grid-rules.md §7), whatever the missing one says.
    Profile p = demoProfile();
    CriterionDef all;
    all.id = QStringLiteral("p95_all");
    all.metric = Metric::LatencyP95;
    all.green = 1000;
    all.orange = 5000;
    p.criteria << all;
    Run r = coloured(Colour::Orange, Colour::Orange, Colour::NotEvaluated);
    r.stages[4].figures.p95Ms = 3000;
    const RunVerdict v = evaluateRun(r, p);
    QCOMPARE(v.oranges, 3);
    QCOMPARE(v.missing, QStringList {kHeld});
    QCOMPARE(v.decision, Decision::NoGo);
    QCOMPARE(v.bestCase, Decision::NoGo);
    QVERIFY(v.inconclusiveReasons.isEmpty());
    QVERIFY(v.scoreIsLowerBound);   // "≥ 3": the missing criterion could only add
}

void TestDecisionEvidence::optionalCriterionNeverBlocks()
{
    Profile p = demoProfile();
    CriterionDef p99;
    p99.id = QStringLiteral("p99_key");
    p99.metric = Metric::LatencyP99;
    p99.keyTransactionOnly = true;
    p99.green = 3000;
    p99.orange = 5000;
    p99.required = false;
    p.criteria << p99;
    // Not evaluated (the sample has no p99): it does not block the GO.
    Run r = run1116();
    RunVerdict v = evaluateRun(r, p);
    QVERIFY(!v.criterion(QStringLiteral("p99_key"))->evaluated());
    QVERIFY(v.missing.isEmpty());
    QCOMPARE(v.decision, Decision::Go);
    QVERIFY(v.inconclusiveReasons.isEmpty());
    QVERIFY(!v.scoreIsLowerBound);
    // Evaluated, it counts like any other: a second orange makes a WATCH, a red a NO-GO.
    r = coloured(Colour::Orange, Colour::Green, Colour::Green);
    r.stages[4].endpoints.first().figures.p99Ms = 4000;
    v = evaluateRun(r, p);
    QCOMPARE(v.oranges, 2);
    QCOMPARE(v.decision, Decision::Watch);
    r.stages[4].endpoints.first().figures.p99Ms = 6000;
    QCOMPARE(evaluateRun(r, p).decision, Decision::NoGo);
}

void TestDecisionEvidence::scoreIsLowerBoundWhenEvidenceIsIncomplete()
{
    // The score counts evaluated criteria only: "≥ 2" while held is missing.
    const RunVerdict v = evaluateRun(coloured(Colour::Orange, Colour::Orange, Colour::NotEvaluated), demoProfile());
    QCOMPARE(v.score, 2);
    QVERIFY(v.scoreIsLowerBound);
    QCOMPARE(v.label, ScoreLabel::Attention);
    const RunVerdict complete = evaluateRun(coloured(Colour::Orange, Colour::Orange, Colour::Green), demoProfile());
    QCOMPARE(complete.score, 2);
    QVERIFY(!complete.scoreIsLowerBound);
    QCOMPARE(complete.decision, Decision::Watch);
}

void TestDecisionEvidence::keyWithTooFewSamplesIsNotEvaluated_data()
{
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<bool>("evaluated");
    QTest::newRow("99 requests") << qint64(99) << false;
    QTest::newRow("100 requests") << qint64(100) << true;
}

void TestDecisionEvidence::keyWithTooFewSamplesIsNotEvaluated()
{
    QFETCH(qint64, requests);
    QFETCH(bool, evaluated);
    Run r = run1116();
    r.stages[4].endpoints.first().figures.requests = requests;
    // A key-only error rate depends on the key as much as its p95 does.
    Profile p = demoProfile();
    CriterionDef keyErr = *p.criterion(kErr);
    keyErr.id = QStringLiteral("error_rate_key");
    keyErr.keyTransactionOnly = true;
    p.criteria << keyErr;
    const RunVerdict v = evaluateRun(r, p);
    for (const char *id : {"p95_key", "target_stage_held", "error_rate_key"}) {
        const CriterionResult *c = v.criterion(QLatin1String(id));
        QCOMPARE(c->evaluated(), evaluated);
        if (!evaluated) {
            QCOMPARE(c->reason.kind, QStringLiteral("criterion.too_few_samples"));
            QCOMPARE(c->reason.params.value(QStringLiteral("key")).toString(), kKey);
            QCOMPARE(param(c->reason, "requests"), 99.0);
            QCOMPARE(param(c->reason, "minimum"), 100.0);
            QCOMPARE(param(c->reason, "users"), 100.0);
        }
    }
    QVERIFY(v.criterion(kErr)->evaluated());   // all endpoints: no key needed
    QCOMPARE(v.decision, evaluated ? Decision::Go : Decision::Inconclusive);
}

void TestDecisionEvidence::keyAbsentIsNotEvaluated()
{
    Run r = run1116();
    for (Stage &s : r.stages)
        s.endpoints.first().name = QStringLiteral("athlete_serch");
    const RunVerdict v = evaluateRun(r, demoProfile());
    for (const QString &id : {kP95, kHeld}) {
        const Reason why = v.criterion(id)->reason;
        QCOMPARE(why.kind, QStringLiteral("criterion.key_absent"));
        QCOMPARE(why.params.value(QStringLiteral("endpoints")).toStringList(),
                 QStringList {QStringLiteral("athlete_serch")});
        QCOMPARE(why.params.value(QStringLiteral("closest")).toString(), QStringLiteral("athlete_serch"));
    }
    QCOMPARE(v.missing, (QStringList {kP95, kHeld}));
    QCOMPARE(v.decision, Decision::Inconclusive);
    QCOMPARE(v.bestCase, Decision::Go);
}

void TestDecisionEvidence::invalidRunIsInconclusive_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    // Damaged evidence or a failing client (docs/grid-rules.md §8) …
    QTest::newRow("truncated file") << QStringLiteral("run.invalid.truncated_file") << false;
    QTest::newRow("failures > requests") << QStringLiteral("run.invalid.failures_exceed_requests") << false;
    QTest::newRow("NaN latency") << QStringLiteral("run.invalid.nan_latency") << false;
    QTest::newRow("time going backwards") << QStringLiteral("run.invalid.time_backwards") << false;
    QTest::newRow("test code errors") << QStringLiteral("run.invalid.test_code_errors") << false;
    // … but not a tool's known loss or a skipped row.
    QTest::newRow("history flush loss") << QStringLiteral("locust.history_flush_loss") << true;
    QTest::newRow("row skipped") << QStringLiteral("csv.row_skipped") << true;
}

void TestDecisionEvidence::invalidRunIsInconclusive()
{
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    Run r = run1116();
    r.findings << finding(kind);
    const RunVerdict v = evaluateRun(r, demoProfile());
    QCOMPARE(v.valid, valid);
    QCOMPARE(v.decision, valid ? Decision::Go : Decision::Inconclusive);
    QCOMPARE(v.bestCase, Decision::Go);   // what its criteria say, for the record
    QCOMPARE(kinds(v.invalidReasons), valid ? QStringList() : QStringList {kind});
    QCOMPARE(v.inconclusiveReasons,
             valid ? QList<InconclusiveReason>() : QList<InconclusiveReason> {InconclusiveReason::InvalidRun});
}

void TestDecisionEvidence::invalidRunIsInconclusiveEvenWhenItsCriteriaSayNoGo()
{
    // An invalid run's own decision is INCONCLUSIVE (docs/grid-rules.md §7): damaged evidence
    // carries no decision, good or bad. The window decides what it is worth.
    Run r = coloured(Colour::Red, Colour::Red, Colour::Red);
    r.findings << finding(QStringLiteral("run.invalid.truncated_file"));
    const RunVerdict v = evaluateRun(r, demoProfile());
    QCOMPARE(v.reds, 3);
    QCOMPARE(v.bestCase, Decision::NoGo);
    QCOMPARE(v.decision, Decision::Inconclusive);
    QCOMPARE(v.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::InvalidRun});
}

void TestDecisionEvidence::inconclusiveReasonsInGridMdOrder()
{
    Run r = coloured(Colour::Green, Colour::Green, Colour::NotEvaluated);
    r.findings << finding(QStringLiteral("run.invalid.time_backwards"));
    const RunVerdict v = evaluateRun(r, demoProfile());
    QCOMPARE(v.decision, Decision::Inconclusive);
    QCOMPARE(v.inconclusiveReasons,
             (QList<InconclusiveReason> {InconclusiveReason::InvalidRun, InconclusiveReason::IncompleteEvidence}));
}

void TestDecisionEvidence::overloadedGeneratorAtOrBelowTargetInvalidatesTheRun_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<bool>("valid");
    // Locust's "CPU usage above 90%" at or below the 100-user target: the client
    // failed, the run is set aside. Beyond it: a saturation signal only.
    QTest::newRow("5 users") << 0 << false;
    QTest::newRow("100 users (target)") << 4 << false;
    QTest::newRow("150 users") << 5 << true;
}

void TestDecisionEvidence::overloadedGeneratorAtOrBelowTargetInvalidatesTheRun()
{
    QFETCH(int, stage);
    QFETCH(bool, valid);
    Run r = run1116();
    r.stages[stage].generatorOverloaded = true;
    r.stages[stage].files << QStringLiteral("locust.log");
    const RunVerdict v = evaluateRun(r, demoProfile());
    QCOMPARE(v.valid, valid);
    QVERIFY(v.saturationSignals);
    QVERIFY(kinds(v.saturationReasons).contains(QStringLiteral("saturation.generator_overloaded")));
    if (!valid) {
        QCOMPARE(kinds(v.invalidReasons), QStringList {QStringLiteral("run.invalid.generator_overloaded")});
        const Finding &f = v.invalidReasons.first();
        QVERIFY(f.isError());
        QCOMPARE(f.params.value(QStringLiteral("users")).toInt(), r.stages[stage].users);
        QCOMPARE(f.params.value(QStringLiteral("target")).toInt(), 100);
        QCOMPARE(f.file, QStringLiteral("locust.log"));
        QCOMPARE(v.decision, Decision::Inconclusive);
    }
}

void TestDecisionEvidence::overloadedGeneratorNowhereInParticular()
{
    // A one-process run's console said so at a time no stage can be given: taken
    // as at or below the target (docs/grid-rules.md §8).
    Run r = run1116();
    r.generatorOverloaded = true;
    const RunVerdict v = evaluateRun(r, demoProfile());
    QVERIFY(!v.valid);
    QCOMPARE(kinds(v.invalidReasons), QStringList {QStringLiteral("run.invalid.generator_overloaded_unplaced")});
    QCOMPARE(v.decision, Decision::Inconclusive);
}

QTEST_GUILESS_MAIN(TestDecisionEvidence)
#include "tst_decision_evidence.moc"
