// The weekly window (docs/grid-rules.md §10): comparable runs, which runs form the window,
// the per-criterion majority, rerun and provisional windows. Invalid runs,
// incomplete evidence and "NO-GO first" are in tst_window_evidence.cpp.
#include "grid/colour.h"
#include "grid/verdict.h"

#include "grid_fixtures.h"

#include <QTest>

using namespace palier;
using namespace palier::fixtures;

namespace {

Run planRun(const QString &id, const QList<int> &users, const QList<double> &durations, int day)
{
    Run r;
    r.id = id;
    if (day > 0)
        r.startedAt = QDateTime(QDate(2026, 11, day), QTime(19, 0), QTimeZone::utc());
    for (qsizetype i = 0; i < users.size(); ++i)
        r.stages.append(stage(users.at(i), durations.value(i, 600), 1000, 1, 10, 2000));
    return r;
}

const QList<int> kPlan {5, 20, 50, 75, 100, 150};
const QList<double> kTen {600, 600, 600, 600, 600, 600};

} // namespace

class TestWindow : public QObject {
    Q_OBJECT
private slots:
    void comparable_data();
    void comparable();
    void sameLevelsInAnotherOrderAreNotComparable();
    void weeklySampleIsOneWindow();
    void comparableRunLevel();
    void selectNewestAndComparable();
    void selectOrdersByStartThenId();
    void selectWithFewerRuns();
    void selectEmpty();
    void majority_data();
    void majority();
    void windowDecision();
    void provisional();
    void aRunThatDidNotEvaluateDoesNotVote();
    void heldOnTwoRunsIsNoGo();
    void extraCriterionInVerdicts();
    void noRuns();
};

void TestWindow::comparable_data()
{
    QTest::addColumn<QList<int>>("planB");
    QTest::addColumn<QList<double>>("durationsB");
    QTest::addColumn<bool>("expected");
    QTest::newRow("identical") << kPlan << kTen << true;
    QTest::newRow("one stage missing") << QList<int>{5, 20, 50, 75, 100} << kTen << false;
    QTest::newRow("different level") << QList<int>{5, 20, 50, 80, 100, 150} << kTen << false;
    QTest::newRow("extra stage") << QList<int>{5, 20, 50, 75, 100, 150, 200} << kTen << false;
    // Per stage, |a − b| / the longer; the median over the stages must be <= 10 %.
    // All stages 600 vs 666 s: 9.9 %; vs 667 s: 10.04 %.
    QTest::newRow("all +66 s") << kPlan << QList<double>{666, 666, 666, 666, 666, 666} << true;
    QTest::newRow("all +67 s") << kPlan << QList<double>{667, 667, 667, 667, 667, 667} << false;
    QTest::newRow("all -60 s") << kPlan << QList<double>{540, 540, 540, 540, 540, 540} << true;
    QTest::newRow("all -61 s") << kPlan << QList<double>{539, 539, 539, 539, 539, 539} << false;
    // One stage alone that differs (history cut short, target stage aborted) does not
    // break comparability; three of six that differ do (the median is then their mean
    // with an equal stage: (0 + 0.5) / 2 = 25 %).
    QTest::newRow("one stage aborted") << kPlan << QList<double>{600, 600, 600, 600, 120, 600} << true;
    QTest::newRow("three stages short") << kPlan << QList<double>{600, 600, 600, 300, 300, 300} << false;
    QTest::newRow("90-s stages") << kPlan << QList<double>{90, 90, 90, 90, 90, 90} << false;
    QTest::newRow("unknown duration") << kPlan << QList<double>{600, qQNaN(), 600, 600, 600, 600} << true;
    QTest::newRow("all unknown") << kPlan << QList<double>{qQNaN(), qQNaN(), qQNaN(), qQNaN(), qQNaN(), qQNaN()} << true;
}

void TestWindow::comparable()
{
    QFETCH(QList<int>, planB);
    QFETCH(QList<double>, durationsB);
    QFETCH(bool, expected);
    const Profile p = Profile::builtinDefault();
    const Run a = planRun(QStringLiteral("a"), kPlan, kTen, 16);
    const Run b = planRun(QStringLiteral("b"), planB, durationsB, 18);
    QCOMPARE(palier::comparable(a, b, p), expected);
    QCOMPARE(palier::comparable(b, a, p), expected);   // symmetric
}

// Docs/grid-rules.md §10: same levels in the same order. The readers keep
// stages sorted by users; a run that went 100 → 50 → 20 is another test.
void TestWindow::sameLevelsInAnotherOrderAreNotComparable()
{
    const Profile p = Profile::builtinDefault();
    const QDateTime t0(QDate(2026, 11, 16), QTime(19, 0), QTimeZone::utc());
    auto timed = [&](const QString &id, const QList<int> &startMinute) {
        Run r = planRun(id, {20, 50, 100}, {600, 600, 600}, 16);
        for (qsizetype i = 0; i < r.stages.size(); ++i)
            r.stages[i].plateauStart = t0.addSecs(60 * startMinute.at(i));
        return r;
    };
    const Run up = timed(QStringLiteral("up"), {0, 11, 22});
    const Run upAgain = timed(QStringLiteral("up2"), {0, 12, 24});
    const Run down = timed(QStringLiteral("down"), {22, 11, 0});
    const Run untimed = planRun(QStringLiteral("untimed"), {20, 50, 100}, {600, 600, 600}, 18);
    QVERIFY(palier::comparable(up, upAgain, p));
    QVERIFY(!palier::comparable(up, down, p));
    QVERIFY(!palier::comparable(down, up, p));
    QVERIFY(palier::comparable(up, untimed, p));     // order unknown: the levels decide
    QVERIFY(palier::comparable(down, untimed, p));
}

void TestWindow::weeklySampleIsOneWindow()
{
    // The bundled sample (README): every stage ran about 90 s, but run-2026-11-16's
    // first stage history ends at +80 s (Locust 2.12.1 did not flush its last 10 s).
    // The three runs are still one window of comparable runs.
    const Profile p = Profile::builtinDefault();
    const QList<Run> runs {planRun(QStringLiteral("run-2026-11-16"), kPlan, {80, 90, 89, 88, 88, 85}, 16),
                           planRun(QStringLiteral("run-2026-11-18"), kPlan, {89, 90, 88, 89, 88, 85}, 18),
                           planRun(QStringLiteral("run-2026-11-20"), kPlan, {89, 89, 88, 87, 85, 84}, 20)};
    QCOMPARE(selectWindow(runs, p), (QList<int>{2, 1, 0}));
}

void TestWindow::comparableRunLevel()
{
    const Profile p = Profile::builtinDefault();
    Run a, b, c;
    a.runLevelOnly = b.runLevelOnly = c.runLevelOnly = true;
    a.startedAt = b.startedAt = c.startedAt = t0();
    a.endedAt = t0().addSecs(600);
    b.endedAt = t0().addSecs(650);
    c.endedAt = t0().addSecs(900);
    QVERIFY(palier::comparable(a, b, p));
    QVERIFY(!palier::comparable(a, c, p));
    QVERIFY(!palier::comparable(a, planRun(QStringLiteral("s"), kPlan, kTen, 1), p));
}

void TestWindow::selectNewestAndComparable()
{
    const Profile p = Profile::builtinDefault();
    // Oldest first, as loadRuns gives them; one run of another plan, one with short stages.
    const QList<Run> runs {
        planRun(QStringLiteral("w1"), kPlan, kTen, 2),
        planRun(QStringLiteral("w2"), kPlan, kTen, 9),
        planRun(QStringLiteral("other-plan"), QList<int>{10, 50, 100}, kTen, 12),
        planRun(QStringLiteral("w3"), kPlan, kTen, 16),
        planRun(QStringLiteral("short"), kPlan, QList<double>{90, 90, 90, 90, 90, 90}, 17),
        planRun(QStringLiteral("w4"), kPlan, kTen, 18),
        planRun(QStringLiteral("w5"), kPlan, kTen, 20),
    };
    QCOMPARE(selectWindow(runs, p), (QList<int>{6, 5, 3}));
    // Runs in any order give the same window.
    QList<Run> shuffled {runs.at(3), runs.at(6), runs.at(0), runs.at(5), runs.at(2), runs.at(4), runs.at(1)};
    const QList<int> w = selectWindow(shuffled, p);
    QStringList ids;
    for (int i : w)
        ids << shuffled.at(i).id;
    QCOMPARE(ids, (QStringList{QStringLiteral("w5"), QStringLiteral("w4"), QStringLiteral("w3")}));
    // The newest run decides what is comparable: here the short-stage one is newest.
    QList<Run> newestShort = runs;
    newestShort[4].startedAt = newestShort[4].startedAt.addDays(10);
    QCOMPARE(selectWindow(newestShort, p), (QList<int>{4}));
    // A window size from the profile.
    Profile five = p;
    five.windowSize = 5;
    five.consistencyMin = 3;
    QCOMPARE(selectWindow(runs, five), (QList<int>{6, 5, 3, 1, 0}));
}

void TestWindow::selectOrdersByStartThenId()
{
    const Profile p = Profile::builtinDefault();
    QList<Run> runs {planRun(QStringLiteral("b"), kPlan, kTen, 16), planRun(QStringLiteral("a"), kPlan, kTen, 16),
                     planRun(QStringLiteral("c"), kPlan, kTen, 16), planRun(QStringLiteral("no-date"), kPlan, kTen, 0)};
    // Same start: the greater id is taken as newer. A run without a start is the oldest.
    QCOMPARE(selectWindow(runs, p), (QList<int>{2, 0, 1}));
    runs.removeAt(2);
    runs.removeAt(1);
    QCOMPARE(selectWindow(runs, p), (QList<int>{0, 1}));
}

void TestWindow::selectWithFewerRuns()
{
    const Profile p = Profile::builtinDefault();
    QCOMPARE(selectWindow({planRun(QStringLiteral("x"), kPlan, kTen, 3)}, p), QList<int>{0});
    const QList<Run> two {planRun(QStringLiteral("x"), kPlan, kTen, 3), planRun(QStringLiteral("y"), {5, 10}, kTen, 4)};
    QCOMPARE(selectWindow(two, p), QList<int>{1});   // the newest alone: nothing comparable
}

void TestWindow::selectEmpty()
{
    QVERIFY(selectWindow({}, Profile::builtinDefault()).isEmpty());
}

void TestWindow::majority_data()
{
    QTest::addColumn<QString>("runs");   // one letter per run (newest first) for a single criterion
    QTest::addColumn<int>("colour");
    QTest::addColumn<bool>("rerun");
    QTest::addColumn<bool>("incomplete");
    const int g = int(Colour::Green), o = int(Colour::Orange), r = int(Colour::Red), ne = int(Colour::NotEvaluated);
    // Three runs: the colour shared by at least 2.
    QTest::newRow("GGG") << QStringLiteral("GGG") << g << false << false;
    QTest::newRow("GOO") << QStringLiteral("GOO") << o << false << false;
    QTest::newRow("OGO") << QStringLiteral("OGO") << o << false << false;
    QTest::newRow("GGR") << QStringLiteral("GGR") << g << false << false;
    QTest::newRow("RRG") << QStringLiteral("RRG") << r << false << false;
    QTest::newRow("ROR") << QStringLiteral("ROR") << r << false << false;
    // Evaluated by every run, three colours: rerun.
    QTest::newRow("GOR all differ") << QStringLiteral("GOR") << ne << true << false;
    QTest::newRow("RGO all differ") << QStringLiteral("RGO") << ne << true << false;
    // A run that did not evaluate it does not vote; without a majority the
    // evidence is incomplete, not inconsistent.
    QTest::newRow("-GG") << QStringLiteral("-GG") << g << false << false;
    QTest::newRow("-GO") << QStringLiteral("-GO") << ne << false << true;
    QTest::newRow("--G") << QStringLiteral("--G") << ne << false << true;
    QTest::newRow("---") << QStringLiteral("---") << ne << false << true;
    // Two runs (provisional): every run of the window must agree.
    QTest::newRow("GG") << QStringLiteral("GG") << g << false << false;
    QTest::newRow("OR") << QStringLiteral("OR") << ne << true << false;
    QTest::newRow("-R") << QStringLiteral("-R") << ne << false << true;
    // One run: its own colour.
    QTest::newRow("O") << QStringLiteral("O") << o << false << false;
    QTest::newRow("-") << QStringLiteral("-") << ne << false << true;
}

void TestWindow::majority()
{
    QFETCH(QString, runs);
    QFETCH(int, colour);
    QFETCH(bool, rerun);
    QFETCH(bool, incomplete);
    Profile p = Profile::builtinDefault();
    p.criteria = {p.criteria.first()};
    QStringList perRun;
    for (QChar c : runs)
        perRun << QString(c);
    const WindowVerdict w = evaluateWindow(verdicts(perRun, p), p);
    QCOMPARE(w.criteria.size(), 1);
    const WindowCriterion &c = w.criteria.first();
    QCOMPARE(int(c.colour), colour);
    QCOMPARE(c.consistent, !rerun);
    QCOMPARE(c.incomplete, incomplete);
    QCOMPARE(c.runColours.size(), runs.size());
    QCOMPARE(w.provisional, runs.size() < 3);
    QList<InconclusiveReason> reasons;
    if (incomplete)
        reasons << InconclusiveReason::IncompleteEvidence;
    if (rerun)
        reasons << InconclusiveReason::Rerun;
    QCOMPARE(w.inconclusiveReasons, reasons);
    QCOMPARE(w.decision == Decision::Inconclusive, rerun || incomplete);
    QCOMPARE(w.scoreIsLowerBound, rerun || incomplete);
}

void TestWindow::windowDecision()
{
    const Profile p = Profile::builtinDefault();   // p95_key, error_rate, target_stage_held
    // The README's weekly sample, newest first (11-20, 11-18, 11-16): p95 O, O, G -> orange;
    // error rate O, G, G -> green; held G, G, G -> green: 1 orange, GO.
    WindowVerdict w = evaluateWindow(verdicts({QStringLiteral("OOG"), QStringLiteral("OGG"), QStringLiteral("GGG")}, p), p);
    QCOMPARE(w.runIds, (QStringList {QStringLiteral("run1"), QStringLiteral("run2"), QStringLiteral("run3")}));
    QCOMPARE(w.criteria.at(0).colour, Colour::Orange);
    QCOMPARE(w.criteria.at(1).colour, Colour::Green);
    QCOMPARE(w.criteria.at(2).colour, Colour::Green);
    QCOMPARE(w.criteria.at(0).runColours, (QList<Colour> {Colour::Orange, Colour::Orange, Colour::Green}));
    QCOMPARE(w.oranges, 1);
    QCOMPARE(w.reds, 0);
    QCOMPARE(w.score, 1);
    QCOMPARE(w.label, ScoreLabel::Ok);
    QCOMPARE(w.decision, Decision::Go);
    QCOMPARE(w.bestCase, Decision::Go);
    QVERIFY(!w.provisional);
    QVERIFY(w.notes.isEmpty());
    QVERIFY(w.inconclusiveReasons.isEmpty());
    // Two criteria orange in 2 of 3: WATCH.
    w = evaluateWindow(verdicts({QStringLiteral("OOG"), QStringLiteral("OOG"), QStringLiteral("GGG")}, p), p);
    QCOMPARE(w.decision, Decision::Watch);
    QCOMPARE(w.label, ScoreLabel::Attention);
    // Three oranges: NO-GO.
    w = evaluateWindow(verdicts({QStringLiteral("OOO"), QStringLiteral("OOO"), QStringLiteral("GGG")}, p), p);
    QCOMPARE(w.decision, Decision::NoGo);
    QCOMPARE(w.score, 3);
    // One red: NO-GO, even with the other criteria green.
    w = evaluateWindow(verdicts({QStringLiteral("RGG"), QStringLiteral("RGG"), QStringLiteral("GGG")}, p), p);
    QCOMPARE(w.decision, Decision::NoGo);
    QCOMPARE(w.reds, 1);
    // Three colours on p95 and nothing else against a GO: INCONCLUSIVE, rerun,
    // with each run's colour kept for the reason.
    w = evaluateWindow(verdicts({QStringLiteral("RGG"), QStringLiteral("OGG"), QStringLiteral("GGG")}, p), p);
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::Rerun});
    QCOMPARE(w.bestCase, Decision::Go);
    QVERIFY(!w.criteria.at(0).consistent);
    QCOMPARE(w.criteria.at(0).runColours, (QList<Colour> {Colour::Red, Colour::Orange, Colour::Green}));
}

void TestWindow::provisional()
{
    const Profile p = Profile::builtinDefault();
    WindowVerdict w = evaluateWindow(verdicts({QStringLiteral("OGG")}, p), p);
    QVERIFY(w.provisional);
    QCOMPARE(w.decision, Decision::Go);
    QCOMPARE(w.criteria.at(0).colour, Colour::Orange);
    QCOMPARE(kinds(w.notes), QStringList {QStringLiteral("window.provisional")});
    QCOMPARE(param(w.notes.first(), "runs"), 1.0);
    QCOMPARE(param(w.notes.first(), "full"), 3.0);

    w = evaluateWindow(verdicts({QStringLiteral("OGG"), QStringLiteral("OGG")}, p), p);
    QVERIFY(w.provisional);
    QCOMPARE(w.decision, Decision::Go);
    QCOMPARE(param(w.notes.first(), "runs"), 2.0);

    // Two runs that disagree: no colour, so INCONCLUSIVE (rerun), still provisional.
    w = evaluateWindow(verdicts({QStringLiteral("OGG"), QStringLiteral("GGG")}, p), p);
    QVERIFY(w.provisional);
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::Rerun});
}

void TestWindow::aRunThatDidNotEvaluateDoesNotVote()
{
    const Profile p = Profile::builtinDefault();
    // Held not evaluated in one run (no 100-user stage): the two others decide.
    WindowVerdict w = evaluateWindow(verdicts({QStringLiteral("GG-"), QStringLiteral("GGR"), QStringLiteral("GGR")}, p), p);
    QCOMPARE(w.criteria.at(2).colour, Colour::Red);
    QCOMPARE(w.decision, Decision::NoGo);
    // Evaluated in only one run of three: no colour, and held is required, so the
    // evidence is incomplete: INCONCLUSIVE, at best GO.
    w = evaluateWindow(verdicts({QStringLiteral("GG-"), QStringLiteral("GG-"), QStringLiteral("GGR")}, p), p);
    QCOMPARE(w.criteria.at(2).colour, Colour::NotEvaluated);
    QVERIFY(w.criteria.at(2).consistent);
    QVERIFY(w.criteria.at(2).incomplete);
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::IncompleteEvidence});
    QCOMPARE(w.bestCase, Decision::Go);
}

void TestWindow::heldOnTwoRunsIsNoGo()
{
    // Seed: "No-Go ... ou incapacité à tenir le palier cible sur 2 runs".
    const Profile p = Profile::builtinDefault();
    const WindowVerdict w = evaluateWindow(verdicts({QStringLiteral("GGR"), QStringLiteral("GGG"), QStringLiteral("GGR")}, p), p);
    QCOMPARE(w.criteria.at(2).colour, Colour::Red);
    QCOMPARE(w.decision, Decision::NoGo);
}

void TestWindow::extraCriterionInVerdicts()
{
    // A criterion some verdicts carry but the profile no longer has still shows
    // (after the profile's), and counts.
    Profile p = Profile::builtinDefault();
    QList<RunVerdict> v = verdicts({QStringLiteral("GGG"), QStringLiteral("GGG"), QStringLiteral("GGG")}, p);
    for (RunVerdict &r : v) {
        CriterionResult legacy;
        legacy.id = QStringLiteral("legacy");
        legacy.colour = Colour::Orange;
        r.criteria.append(legacy);
    }
    const WindowVerdict w = evaluateWindow(v, p);
    QCOMPARE(w.criteria.size(), 4);
    QCOMPARE(w.criteria.last().id, QStringLiteral("legacy"));
    QCOMPARE(w.criteria.last().colour, Colour::Orange);
    QCOMPARE(w.oranges, 1);
}

void TestWindow::noRuns()
{
    const WindowVerdict w = evaluateWindow({}, Profile::builtinDefault());
    QCOMPARE(w.decision, Decision::Inconclusive);
    QCOMPARE(w.inconclusiveReasons, QList<InconclusiveReason> {InconclusiveReason::IncompleteEvidence});
    QCOMPARE(kinds(w.notes), QStringList {QStringLiteral("window.empty")});
    QVERIFY(w.runIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestWindow)
#include "tst_window.moc"
