// The target stage in the grid of one run (docs/grid-rules.md §4–§5): the held criterion
// is the target stage's own verdict (duration, degradation, a rise that stays
// green), only the target must last, and a run stopped before the target or
// without the key transaction there leaves its criteria not evaluated.
#include "grid/verdict.h"

#include "grid_fixtures.h"

#include <QTest>

using namespace palier;
using namespace palier::fixtures;

class TestGridTargetStage : public QObject {
    Q_OBJECT
private slots:
    void defaultProfileOnShortStages();
    void heldOnlyOnTheTargetStage();
    void heldCriterionIsTheTargetStageVerdict();
    void riseThatStaysGreenIsHeldButOrange();
    void missingTargetStage();
    void keyMissingAtTheTargetStage();
};

void TestGridTargetStage::defaultProfileOnShortStages()
{
    // With the default 10-min requirement the 90-s target stage is not held; the
    // other stages were never asked to last 10 min.
    const RunVerdict v = evaluateRun(run1116(), Profile::builtinDefault());
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QCOMPARE(h->colour, Colour::Red);
    QCOMPARE(kinds(h->details), QStringList {QStringLiteral("held.short")});
    QCOMPARE(param(h->details.first(), "duration_s"), 90.0);
    QCOMPARE(param(h->details.first(), "required_s"), 600.0);
    QCOMPARE(v.targetHeld, std::optional<bool>(false));
    QCOMPARE(v.reds, 1);
    QCOMPARE(v.decision, Decision::NoGo);
    for (const StageVerdict &s : v.stages)
        QCOMPARE(s.colour, s.users == 100 ? Colour::Red : Colour::NotEvaluated);
}

void TestGridTargetStage::heldOnlyOnTheTargetStage()
{
    // Every stage with a history: 90 s for the stages around it, 600 s for the
    // target. Only the target must last; the others are judged for stability.
    QList<Stage> stages;
    for (int users : {5, 20, 50, 75, 100, 150}) {
        SeriesSpec spec;
        spec.seconds = users == 100 ? 600 : 90;
        spec.rps = [users](int) { return users / 2.0; };
        stages << seriesStage(users, spec);
    }
    const RunVerdict v = evaluateRun(runOf(QStringLiteral("r"), stages), Profile::builtinDefault());
    for (const StageVerdict &s : v.stages) {
        QCOMPARE(s.target, s.users == 100);
        QCOMPARE(s.colour, Colour::Green);
    }
    QCOMPARE(v.criterion(QStringLiteral("target_stage_held"))->colour, Colour::Green);
    QCOMPARE(v.decision, Decision::Go);
}

void TestGridTargetStage::heldCriterionIsTheTargetStageVerdict()
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
    QCOMPARE(param(h->reason, "users"), 100.0);
    QCOMPARE(kinds(h->details), kinds(v.stages.at(4).reasons));
    QCOMPARE(h->details.first().kind, QStringLiteral("held.degradation"));
    QCOMPARE(v.targetHeld, std::optional<bool>(false));
    QCOMPARE(v.decision, Decision::NoGo);
}

void TestGridTargetStage::riseThatStaysGreenIsHeldButOrange()
{
    Run r = run1116();
    SeriesSpec rising;
    rising.p95 = [](int i) { return 1000.0 + 1.0 * i; };   // 1604 ms at 600 s on its line
    r.stages[4] = seriesStage(100, rising);
    const RunVerdict v = evaluateRun(r, Profile::builtinDefault());
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QCOMPARE(h->colour, Colour::Orange);
    QCOMPARE(kinds(h->details), QStringList {QStringLiteral("held.degrading_in_green")});
    QCOMPARE(v.targetHeld, std::optional<bool>(true));   // held, degrading
    QCOMPARE(v.oranges, 1);
}

void TestGridTargetStage::missingTargetStage()
{
    Run r = run1116();
    r.stages = r.stages.mid(0, 4);   // 5, 20, 50, 75: stopped before 100 users
    const RunVerdict v = evaluateRun(r, demoProfile());
    const CriterionResult *p = v.criterion(QStringLiteral("p95_key"));
    QCOMPARE(p->colour, Colour::NotEvaluated);
    QVERIFY(!isKnown(p->value));
    QCOMPARE(p->reason.kind, QStringLiteral("criterion.no_target_stage"));
    QCOMPARE(param(p->reason, "target"), 100.0);
    QCOMPARE(p->reason.params.value(QStringLiteral("stages")).toList(), (QVariantList {5, 20, 50, 75}));
    const CriterionResult *h = v.criterion(QStringLiteral("target_stage_held"));
    QCOMPARE(h->colour, Colour::NotEvaluated);
    QCOMPARE(h->reason.kind, QStringLiteral("criterion.no_target_stage"));
    // Error rate over the stages that exist below the target: (2+7+5+11)/(275+1091+2574+3702) = 25/7642.
    const CriterionResult *e = v.criterion(QStringLiteral("error_rate"));
    QCOMPARE(e->colour, Colour::Green);
    QCOMPARE(e->value, 0.33);
    QCOMPARE(param(e->reason, "below_target_only"), 100.0);
    QCOMPARE(v.targetHeld, std::nullopt);
    QVERIFY(!isKnown(v.keyP95AtTargetMs));
    QCOMPARE(v.stages.size(), 4);
    // Two required criteria missing: not a GO, whatever the error rate says.
    QCOMPARE(v.missing, (QStringList {QStringLiteral("p95_key"), QStringLiteral("target_stage_held")}));
    QCOMPARE(v.decision, Decision::Inconclusive);
    QCOMPARE(v.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::IncompleteEvidence});
    QCOMPARE(v.bestCase, Decision::Go);
}

void TestGridTargetStage::keyMissingAtTheTargetStage()
{
    Run r = run1116();
    r.stages[4].endpoints.clear();   // athlete_search at other stages, not at 100 users
    const RunVerdict v = evaluateRun(r, demoProfile());
    for (const char *id : {"p95_key", "target_stage_held"}) {
        const CriterionResult *c = v.criterion(QLatin1String(id));
        QCOMPARE(c->colour, Colour::NotEvaluated);
        QCOMPARE(c->reason.kind, QStringLiteral("criterion.too_few_samples"));
        QCOMPARE(param(c->reason, "requests"), 0.0);
        QCOMPARE(param(c->reason, "users"), 100.0);
    }
    QVERIFY(!isKnown(v.keyP95AtTargetMs));
    QCOMPARE(v.decision, Decision::Inconclusive);
}

QTEST_GUILESS_MAIN(TestGridTargetStage)
#include "tst_grid_target_stage.moc"
