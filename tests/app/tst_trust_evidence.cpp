// Decisions carry their evidence (docs/grid-rules.md §3–§7): nothing evaluated is never GO,
// a missing key transaction or target stage is INCONCLUSIVE with what is
// missing, a known loss of the tool is credited instead of reddening, and the
// held verdict is the target stage's alone.
#include "trust_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace palier;
using namespace palier::trust;

namespace {

QString profileFile(const char *name)
{
    return QStringLiteral(PALIER_SOURCE_DIR "/resources/profiles/") + QLatin1String(name);
}

// A profile file written by the test from the demo profile, changed by `edit`.
template <typename Edit>
QString writeProfile(const QTemporaryDir &dir, Edit edit)
{
    Profile p = Profile::fromFile(demoProfile());
    edit(p);
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    return writeAll(path, p.toJson()) ? path : QString();
}

} // namespace

class TestTrustEvidence : public QObject {
    Q_OBJECT
private slots:
    // The shipped MVP profile does not fit the week (no 30-user stage, no key
    // endpoint of its own): its required criteria cannot be evaluated, and the
    // week must not read GO ("rester sur l'hébergement actuel") on nothing.
    void nothingEvaluatedIsNeverGo()
    {
        const Assessment a = decideOn({weeklySource()}, profileFile("mvp-load-test.json"));
        QVERIFY(a.windowVerdict.decision == Decision::Inconclusive || a.windowVerdict.decision == Decision::NoGo);
        for (const RunVerdict &v : a.verdicts)
            QVERIFY(v.decision != Decision::Go && v.decision != Decision::Watch);
        if (a.windowVerdict.decision == Decision::Inconclusive)
            QVERIFY(a.windowVerdict.inconclusiveReasons.contains(InconclusiveReason::IncompleteEvidence));
        for (const char *gate : {"watch", "no-go"})
            QCOMPARE(cli({QStringLiteral("analyze"), weeklySource(), QStringLiteral("--profile"),
                          profileFile("mvp-load-test.json"), QStringLiteral("--fail-on"), QLatin1String(gate)})
                         .code,
                     1);
    }

    // k6 outputs of other projects: no athlete_search, no 100-user stage. Only
    // the error rate could be evaluated: INCONCLUSIVE, naming what is missing.
    void k6WithoutKeyOrTargetIsInconclusive_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("raw CSV") << QStringLiteral("dlmohamed13__trello_cypress");
        QTest::newRow("summary export") << QStringLiteral("andreposman__qr-code-generator");
        QTest::newRow("handleSummary") << QStringLiteral("NikoyanGar__ApiGatewayBenchmarks");
    }
    void k6WithoutKeyOrTargetIsInconclusive()
    {
        QFETCH(QString, path);
        const Assessment a = decideOn({QStringLiteral(PALIER_TEST_DATA "/k6/wild/") + path}, profileFile("default.json"));
        QVERIFY(!a.runs.isEmpty());
        const RunVerdict &v = a.verdicts.last();
        QVERIFY2(v.decision == Decision::Inconclusive || v.decision == Decision::NoGo, qPrintable(decisionId(v.decision)));
        if (v.decision == Decision::Inconclusive) {
            QVERIFY(v.inconclusiveReasons.contains(InconclusiveReason::IncompleteEvidence));
            QVERIFY(v.missing.contains(QStringLiteral("p95_key")));
            QVERIFY(v.scoreIsLowerBound);
            const CriterionResult *p95 = v.criterion(QStringLiteral("p95_key"));
            QVERIFY(p95->reason.kind == u"criterion.key_absent" || p95->reason.kind == u"criterion.no_target_stage");
        }
        QVERIFY(a.windowVerdict.decision != Decision::Go && a.windowVerdict.decision != Decision::Watch);
    }

    // Locust drops the last seconds of its history: the 5-user stage of
    // run-2026-11-16 has 79 s of rows while stats.csv counted ~9 s more. As the
    // target of a 90-s requirement it is credited, never red for that loss.
    void knownLossIsCreditedNotRed()
    {
        QTemporaryDir tmp;
        const QString profile = writeProfile(tmp, [](Profile &p) {
            p.targetUsers = 5;
            p.requiredStageDurationS = 90;
        });
        const Assessment a = decideOn({weeklySource() + QStringLiteral("/run-2026-11-16")}, profile);
        const RunVerdict &v = a.verdicts.first();
        const StageVerdict &five = v.stages.first();
        QVERIFY(five.target);
        QVERIFY(five.colour != Colour::Red);
        bool credited = false;
        for (const Reason &r : five.reasons) {
            QVERIFY(r.kind != u"held.short");
            credited |= r.kind == u"held.credit";
        }
        QVERIFY(credited);
        QVERIFY(five.durationS >= 0.95 * 90);
    }

    // Held belongs to the target stage: under the default 10-minute grid the
    // 90-s stages of the week are short, but only the target is "not held";
    // the others show their stability, never a red they were not asked for.
    void heldOnlyOnTheTargetStage()
    {
        const Assessment a = decideOn({weeklySource()}, profileFile("default.json"));
        for (const RunVerdict &v : a.verdicts) {
            for (const StageVerdict &s : v.stages) {
                if (s.target) {
                    QCOMPARE(s.users, 100);
                    QCOMPARE(s.colour, Colour::Red);
                    QCOMPARE(s.reasons.first().kind, QStringLiteral("held.short"));
                } else {
                    for (const Reason &r : s.reasons)
                        QVERIFY2(r.kind != u"held.short", qPrintable(QString::number(s.users)));
                }
            }
            QCOMPARE(v.decision, Decision::NoGo);
        }
    }

    // A key transaction with fewer than 100 requests at the target stage is
    // too few samples: its criteria are not evaluated, and say so.
    void keyWithTooFewSamplesIsNotEvaluated()
    {
        QTemporaryDir tmp;
        const QString profile = writeProfile(tmp, [](Profile &p) {
            p.stagePlan = {8, 60};
            p.targetUsers = 8;
        });
        const Assessment a = decideOn({QStringLiteral(PALIER_TEST_DATA "/locust/generated-2stage")}, profile);
        const RunVerdict &v = a.verdicts.first();
        const CriterionResult *p95 = v.criterion(QStringLiteral("p95_key"));
        QCOMPARE(p95->colour, Colour::NotEvaluated);
        QCOMPARE(p95->reason.kind, QStringLiteral("criterion.too_few_samples"));
        QVERIFY(p95->reason.params.value(QStringLiteral("requests")).toLongLong() < 100);
        QCOMPARE(v.criterion(QStringLiteral("target_stage_held"))->colour, Colour::NotEvaluated);
        QVERIFY(v.decision == Decision::Inconclusive || v.decision == Decision::NoGo);
    }
};

QTEST_GUILESS_MAIN(TestTrustEvidence)
#include "tst_trust_evidence.moc"
