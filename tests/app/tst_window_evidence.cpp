// What the window decides on (docs/grid-rules.md §10): NO-GO first, then INCONCLUSIVE
// with every reason that applies, in that section's order — invalid run, incomplete
// evidence, rerun. An invalid run never makes the window's decision better.
#include "grid/assessment.h"
#include "grid/decision_rules.h"
#include "grid/verdict.h"

#include "grid_fixtures.h"

#include <QTest>

using namespace palier;
using namespace palier::fixtures;

using Reasons = QList<InconclusiveReason>;

namespace {

const InconclusiveReason kInvalid = InconclusiveReason::InvalidRun;
const InconclusiveReason kIncomplete = InconclusiveReason::IncompleteEvidence;
const InconclusiveReason kRerun = InconclusiveReason::Rerun;

// Runs as letters (grid_fixtures.h: verdicts), newest first.
QStringList L(std::initializer_list<const char *> runs)
{
    QStringList out;
    for (const char *r : runs)
        out << QString::fromLatin1(r);
    return out;
}

WindowVerdict window(const QStringList &runs, const Profile &p = Profile::builtinDefault())
{
    return evaluateWindow(verdicts(runs, p), p);
}

// The default criteria and a fourth one (p95 of all endpoints), optional or not.
Profile fourCriteria(bool fourthRequired)
{
    Profile p = Profile::builtinDefault();
    CriterionDef all;
    all.id = QStringLiteral("p95_all");
    all.metric = Metric::LatencyP95;
    all.green = 1000;
    all.orange = 5000;
    all.required = fourthRequired;
    p.criteria << all;
    return p;
}

} // namespace

class TestWindowEvidence : public QObject {
    Q_OBJECT
private slots:
    void invalidRunNeverMakesTheWindowBetter_data();
    void invalidRunNeverMakesTheWindowBetter();
    void validRunsSayingNoGoWinOverAnInvalidRun();
    void oneValidRunAmongInvalidOnesIsNoMajority();
    void noValidRunLeft();
    void inconclusiveReasonsInGridMdOrder_data();
    void inconclusiveReasonsInGridMdOrder();
    void noGoComesFirst_data();
    void noGoComesFirst();
    void incompleteEvidenceKeepsTheBestCase();
    void optionalCriterionWithoutColourNeverBlocks();
    void invalidNewestRunOfTheWeeklySample();
};

void TestWindowEvidence::invalidRunNeverMakesTheWindowBetter_data()
{
    QTest::addColumn<QStringList>("runs");   // newest first; '!' marks the invalid run
    QTest::addColumn<Reasons>("reasons");
    // Whatever the invalid run says, it is set aside: the window can only be
    // INCONCLUSIVE (or NO-GO, when the valid runs say so: below), never GO or WATCH.
    QTest::newRow("all green, one invalid") << L({"!GGG", "GGG", "GGG"}) << Reasons {kInvalid};
    QTest::newRow("valid runs give WATCH") << L({"!GGG", "OOG", "OOG"}) << Reasons {kInvalid};
    // Its green cannot make the majority the valid runs lack.
    QTest::newRow("its green would break a tie") << L({"!GGG", "GGR", "GGG"}) << Reasons {kInvalid, kIncomplete};
    // Nor do its reds count against the window.
    QTest::newRow("invalid run all red") << L({"!RRR", "GGG", "GGG"}) << Reasons {kInvalid};
    QTest::newRow("invalid run in the middle") << L({"GGG", "!GGG", "GGG"}) << Reasons {kInvalid};
}

void TestWindowEvidence::invalidRunNeverMakesTheWindowBetter()
{
    QFETCH(QStringList, runs);
    QFETCH(Reasons, reasons);
    const WindowVerdict w = window(runs);
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, reasons);
    QCOMPARE(w.invalidRunIds.size(), 1);
    // The same window with that run valid decides at least as well.
    QStringList allValid = runs;
    for (QString &r : allValid)
        r.remove(u'!');
    QVERIFY(decisionRank(w.decision) <= decisionRank(window(allValid).decision));
}

void TestWindowEvidence::validRunsSayingNoGoWinOverAnInvalidRun()
{
    // Two valid runs not held: NO-GO whatever the invalid run would have said.
    WindowVerdict w = window(L({"!GGG", "GGR", "GGR"}));
    QCOMPARE(w.decision, Decision::NoGo);
    QVERIFY(w.inconclusiveReasons.isEmpty());
    QCOMPARE(w.invalidRunIds, QStringList {QStringLiteral("run1")});
    QCOMPARE(w.criteria.at(2).colour, Colour::Red);
    // Three majority oranges from the valid runs: NO-GO too.
    w = window(L({"OOO", "!GGG", "OOO"}));
    QCOMPARE(w.decision, Decision::NoGo);
    QCOMPARE(w.oranges, 3);
}

void TestWindowEvidence::oneValidRunAmongInvalidOnesIsNoMajority()
{
    // The valid runs "already give NO-GO" when their own votes reach the window's
    // majority. One red run beside invalid ones does not: the invalid runs' evidence
    // could have outvoted it, so the window is INCONCLUSIVE (docs/grid-rules.md).
    for (const QStringList &runs : {L({"!GGG", "!GGG", "GGR"}), L({"!GGG", "GGR"})}) {
        const WindowVerdict w = window(runs);
        QCOMPARE(w.criteria.at(2).colour, Colour::NotEvaluated);
        QVERIFY(w.criteria.at(2).incomplete);
        QCOMPARE(w.decision, Decision::Inconclusive);
        QCOMPARE(w.inconclusiveReasons, (Reasons {kInvalid, kIncomplete}));
    }
}

void TestWindowEvidence::noValidRunLeft()
{
    // Every run set aside (the CLI then exits 2): nothing has a colour.
    const WindowVerdict w = window(L({"!GGG", "!OOO", "!RRR"}));
    QCOMPARE(w.invalidRunIds, w.runIds);
    for (const WindowCriterion &c : w.criteria) {
        QCOMPARE(c.colour, Colour::NotEvaluated);
        QVERIFY(c.incomplete);
    }
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, (Reasons {kInvalid, kIncomplete}));
    QCOMPARE(w.score, 0);
    QVERIFY(w.scoreIsLowerBound);
}

void TestWindowEvidence::inconclusiveReasonsInGridMdOrder_data()
{
    QTest::addColumn<QStringList>("runs");
    QTest::addColumn<Reasons>("reasons");
    // invalid run, then incomplete evidence, then rerun.
    QTest::newRow("invalid + incomplete") << L({"!GGG", "GG-", "GGR"}) << Reasons {kInvalid, kIncomplete};
    // p95 green, orange, red in runs all valid (rerun); held evaluated by two
    // runs that disagree (incomplete).
    QTest::newRow("incomplete + rerun") << L({"GG-", "OGG", "RGR"}) << Reasons {kIncomplete, kRerun};
    // With a run set aside, criteria the valid runs disagree on were not evaluated
    // by every run: incomplete evidence, not rerun.
    QTest::newRow("invalid + disagreement") << L({"!GGG", "GGG", "OGG"}) << Reasons {kInvalid, kIncomplete};
}

void TestWindowEvidence::inconclusiveReasonsInGridMdOrder()
{
    QFETCH(QStringList, runs);
    QFETCH(Reasons, reasons);
    const WindowVerdict w = window(runs);
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, reasons);
    QCOMPARE(w.bestCase, Decision::Go);
}

void TestWindowEvidence::noGoComesFirst_data()
{
    QTest::addColumn<QStringList>("runs");
    QTest::addColumn<bool>("four");
    // The criteria that do have a majority already give NO-GO: the others
    // (rerun, incomplete, invalid runs) cannot change it.
    QTest::newRow("red held, p95 to rerun") << L({"GGR", "OGR", "RGR"}) << false;
    QTest::newRow("red p95, held incomplete, an invalid run") << L({"!GGG", "RG-", "RGR"}) << false;
    QTest::newRow("three oranges, a fourth to rerun") << L({"OOOG", "OOOO", "GGGR"}) << true;
}

void TestWindowEvidence::noGoComesFirst()
{
    QFETCH(QStringList, runs);
    QFETCH(bool, four);
    const WindowVerdict w = four ? window(runs, fourCriteria(true)) : window(runs);
    QCOMPARE(w.decision, Decision::NoGo);
    QCOMPARE(w.bestCase, Decision::NoGo);
    QVERIFY(w.inconclusiveReasons.isEmpty());
}

void TestWindowEvidence::incompleteEvidenceKeepsTheBestCase()
{
    // p95 and errors orange by majority, held in one run only: at best WATCH,
    // and the score "≥ 2".
    const WindowVerdict w = window(L({"OO-", "OO-", "OOG"}));
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, Reasons {kIncomplete});
    QCOMPARE(w.bestCase, Decision::Watch);
    QCOMPARE(w.score, 2);
    QVERIFY(w.scoreIsLowerBound);
}

void TestWindowEvidence::optionalCriterionWithoutColourNeverBlocks()
{
    const Profile optional = fourCriteria(false);
    // Not evaluated by two runs, or three colours: no colour, and no INCONCLUSIVE.
    for (const QStringList &runs : {L({"GGG-", "GGGO", "GGG-"}), L({"GGGG", "GGGO", "GGGR"})}) {
        const WindowVerdict w = window(runs, optional);
        QVERIFY(!w.criteria.at(3).required);
        QCOMPARE(w.criteria.at(3).colour, Colour::NotEvaluated);
        QCOMPARE(w.decision, Decision::Go);
        QVERIFY(w.inconclusiveReasons.isEmpty());
        QVERIFY(!w.scoreIsLowerBound);
    }
    // With a colour it counts: a second orange makes a WATCH.
    QCOMPARE(window(L({"OGGO", "OGGO", "GGGG"}), optional).decision, Decision::Watch);
    // The same criterion required blocks.
    const WindowVerdict w = window(L({"GGG-", "GGGO", "GGG-"}), fourCriteria(true));
    QCOMPARE(w.inconclusiveReasons, Reasons {kIncomplete});
}

void TestWindowEvidence::invalidNewestRunOfTheWeeklySample()
{
    // End to end: the bundled sample's newest run found truncated. The window
    // still holds it (it is the newest), sets it aside, and the two valid runs
    // disagree on p95 (green, orange): INCONCLUSIVE.
    QList<Run> runs {run1116(), run1118(), run1120()};
    runs[2].findings << Finding::error(QStringLiteral("run.invalid.truncated_file"), QStringLiteral("stats.csv"), 40);
    const Assessment a = assess(runs, demoProfile());
    QCOMPARE(a.window, (QList<int> {2, 1, 0}));
    const WindowVerdict &w = a.windowVerdict;
    QCOMPARE(w.invalidRunIds, QStringList {QStringLiteral("run-2026-11-20")});
    QCOMPARE(w.criteria.at(0).runColours, (QList<Colour> {Colour::Orange, Colour::Orange, Colour::Green}));
    QCOMPARE(w.criteria.at(0).colour, Colour::NotEvaluated);
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, (Reasons {kInvalid, kIncomplete}));
    // Valid, the same three runs give the README's GO.
    runs[2].findings.clear();
    QCOMPARE(assess(runs, demoProfile()).windowVerdict.decision, Decision::Go);
}

QTEST_GUILESS_MAIN(TestWindowEvidence)
#include "tst_window_evidence.moc"
