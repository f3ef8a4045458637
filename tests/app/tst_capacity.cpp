// The capacity model (docs/capacity.md) on real Locust runs (tests/data/locust)
// and on runs built from a known USL, where every number can be worked out by
// hand: the fit, think time, the projection, the crossings, Little's law, the
// states that replace numbers, and the JSON.
#include "analysis/capacity.h"
#include "grid/assessment.h"
#include "report/analysis_json.h"
#include "sources/load.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace palier;

namespace {

QString dataPath(const QString &rel)
{
    return QStringLiteral(PALIER_TEST_DATA "/locust/") + rel;
}

const Run *runNamed(const Assessment &a, const QString &idStart)
{
    for (const Run &r : a.runs)
        if (r.id.startsWith(idStart))
            return &r;
    return nullptr;
}

// A closed system that follows the USL exactly: σ = 0.02, κ = 0.0005, λ = 2 req/s
// per user, think time 1 s, the key p95 twice the mean response time. Each stage
// has a 1-s history of `seconds` rows with running totals.
constexpr double kSigma = 0.02, kKappa = 0.0005, kLambda = 2.0, kThink = 1.0;

double uslX(double n)
{
    return kLambda * n / (1 + kSigma * (n - 1) + kKappa * n * (n - 1));
}

double meanMs(double n)
{
    return 1000.0 * (n / uslX(n) - kThink);
}

Run syntheticRun(const QList<int> &levels, int seconds = 120)
{
    Run run;
    run.id = QStringLiteral("synthetic");
    run.path = QStringLiteral("/tmp/synthetic");
    qint64 t = 1'800'000'000'000;
    for (int users : levels) {
        Stage s;
        s.users = users;
        const double x = uslX(users);
        s.figures.requests = qint64(x * seconds);
        s.figures.rps = x;
        s.figures.avgMs = meanMs(users);
        Endpoint key;
        key.name = QStringLiteral("athlete_search");
        key.figures.requests = s.figures.requests / 2;
        key.figures.p95Ms = std::round(2 * meanMs(users));
        s.endpoints << key;
        for (int i = 0; i <= seconds; ++i) {
            TimePoint p;
            p.tMs = t + qint64(i) * 1000;
            p.users = users;
            p.cumRequests = x * i;
            s.series.points << p;
        }
        s.files << QStringLiteral("/tmp/synthetic/stage_%1_stats.csv").arg(users);
        run.stages << s;
        t += qint64(seconds + 10) * 1000;
    }
    return run;
}

} // namespace

class TestCapacity : public QObject {
    Q_OBJECT
private slots:
    void syntheticRunRecoversTheModel()
    {
        const Run run = syntheticRun({5, 10, 20, 40, 60, 80});
        const Capacity c = estimateCapacity(run, Profile::builtinDefault());
        QCOMPARE(c.state, CapacityState::Ok);
        QCOMPARE(c.levelsUsed(), 6);
        QVERIFY(std::abs(c.fit.sigma - kSigma) < 1e-6);
        QVERIFY(std::abs(c.fit.kappa - kKappa) < 1e-8);
        QVERIFY(std::abs(c.fit.lambda - kLambda) < 1e-6);
        QVERIFY(std::abs(c.thinkTimeS - kThink) < 1e-9);
        // The key p95 (2 × R, rounded to the ms as the grid reads it) goes
        // through the observed value at the anchor, the largest stage.
        QCOMPARE(c.anchorUsers, 80);
        QVERIFY(std::abs(c.keyP95At(80) - std::round(2 * meanMs(80))) < 1e-6);
        // Default limits: 2500 / 4000 ms. 2·R(N) = limit solved by hand on the
        // true model: R(N) = (1 + σ(N−1) + κN(N−1))/λ − Z.
        const auto solve = [](double limitMs) {
            const double target = (limitMs / 2 / 1000.0 + kThink) * kLambda;   // 1 + σ(N−1) + κN(N−1)
            // κN² + (σ − κ)N + (1 − σ − target) = 0
            const double a = kKappa, b = kSigma - kKappa, cc = 1 - kSigma - target;
            return (-b + std::sqrt(b * b - 4 * a * cc)) / (2 * a);
        };
        QVERIFY(std::abs(c.usersAtOrange - solve(2500)) / solve(2500) < 1e-3);
        QVERIFY(std::abs(c.usersAtRed - solve(4000)) / solve(4000) < 1e-3);
        QVERIFY(c.usersAtOrange < c.usersAtRed);
        // The peak: √((1 − σ)/κ) ≈ 44.3 users, supported by the stages past it.
        QVERIFY(c.fit.peakDetermined());
        QVERIFY(std::abs(c.peakUsers() - std::sqrt((1 - kSigma) / kKappa)) < 1e-3);
        for (const CapacityStage &s : c.stages)
            QVERIFY(!s.littleOff);
    }

    void projectionStopsAtFourTimesTheLargestStage()
    {
        // A red limit far beyond anything the stages support gives no number.
        Profile p = Profile::builtinDefault();
        for (CriterionDef &c : p.criteria)
            if (c.metric == Metric::LatencyP95)
                c.orange = 1e9;
        const Capacity c = estimateCapacity(syntheticRun({5, 10, 20, 40}), p);
        QCOMPARE(c.state, CapacityState::Ok);
        QCOMPARE(c.reachUsers(), 160.0);
        QVERIFY(!isKnown(c.usersAtRed));
    }

    void littleMismatchIsAFindingOnce()
    {
        Run run = syntheticRun({5, 10, 20, 40, 60, 80});
        // The history shows 60 users on a stage whose throughput and response
        // time imply 80: the generator was not driving what it claimed.
        for (TimePoint &p : run.stages.last().series.points)
            p.users = 60;
        Assessment a = assess({run}, Profile::builtinDefault());
        const auto littleFindings = [](const Run &r) {
            QList<Finding> out;
            for (const Finding &f : r.findings)
                if (f.kind == QLatin1String("capacity.little_mismatch"))
                    out << f;
            return out;
        };
        QList<Finding> found = littleFindings(a.runs.first());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().params.value(QStringLiteral("users")).toInt(), 80);
        QCOMPARE(found.first().params.value(QStringLiteral("avg_users")).toDouble(), 60.0);
        QVERIFY(std::abs(found.first().params.value(QStringLiteral("implied_users")).toDouble() - 80) < 1e-6);
        QVERIFY(found.first().file.endsWith(QLatin1String("stage_80_stats.csv")));
        // Assessed again (a profile change): still one.
        a = assess(a.runs, a.profile);
        QCOMPARE(littleFindings(a.runs.first()).size(), 1);
    }

    void statesReplaceNumbers()
    {
        const Profile p = Profile::builtinDefault();
        // Three levels: too few.
        Capacity c = estimateCapacity(syntheticRun({5, 10, 20}), p);
        QCOMPARE(c.state, CapacityState::TooFewStages);
        QVERIFY(!c.hasModel() && !isKnown(c.usersAtOrange) && !isKnown(c.throughputAt(10)));

        // A stage the generator could not drive is left out, and with it the fourth level.
        Run overloaded = syntheticRun({5, 10, 20, 40});
        overloaded.stages.last().generatorOverloaded = true;
        c = estimateCapacity(overloaded, p);
        QCOMPARE(c.state, CapacityState::TooFewStages);
        QCOMPARE(c.stages.last().exclusion, CapacityExclusion::GeneratorOverloaded);

        // Invalid evidence: nothing is fitted.
        Run invalid = syntheticRun({5, 10, 20, 40});
        invalid.findings << Finding::error(QStringLiteral("run.invalid.truncated_stats"), QStringLiteral("x.csv"), 3);
        QCOMPARE(estimateCapacity(invalid, p).state, CapacityState::InvalidRun);

        // k6 arrival-rate (dropped_iterations recorded): open model.
        Run open = syntheticRun({5, 10, 20, 40});
        open.source = SourceKind::K6;
        open.droppedIterations = 0;
        QCOMPARE(estimateCapacity(open, p).state, CapacityState::OpenModel);

        // Throughput that has nothing of the USL's shape: a poor fit.
        Run noisy = syntheticRun({5, 10, 20, 40, 60});
        const double rps[] = {10, 1, 12, 2, 11};
        for (int i = 0; i < noisy.stages.size(); ++i)
            for (TimePoint &pt : noisy.stages[i].series.points)
                pt.cumRequests = rps[i] * double(pt.tMs - noisy.stages[i].series.points.first().tMs) / 1000.0;
        c = estimateCapacity(noisy, p);
        QCOMPARE(c.state, CapacityState::PoorFit);
        QVERIFY(c.fit.r2 < kMinCapacityR2);
    }

    void weeklyRunsHaveAModel()
    {
        const Assessment a = assess(loadRuns({dataPath(QStringLiteral("weekly"))}).runs, Profile::builtinDefault());
        QCOMPARE(a.capacities.size(), 3);
        for (const Capacity &c : a.capacities) {
            QCOMPARE(c.state, CapacityState::Ok);
            QCOMPARE(c.usersUsed(), (QList<int> {5, 20, 50, 75, 100, 150}));
            QVERIFY(c.fit.r2 >= kMinCapacityR2);
            QVERIFY(c.usersAtOrange < c.usersAtRed);
            QVERIFY(isKnown(c.usersAtRed));
            QCOMPARE(c.anchorUsers, 150);
            for (const CapacityStage &s : c.stages)
                QVERIFY2(!s.littleOff, qPrintable(QString::number(s.users)));
        }
        // Observed crossings, from the README's athlete_search p95 per stage:
        // 11-16: 2200 ms at 100 → 4600 at 150: red at 100 + 1800/2400·50 = 137.5,
        // orange at 100 + 300/2400·50 = 106.25.
        const Capacity *c16 = a.capacityOf(runNamed(a, QStringLiteral("run-2026-11-16"))->id);
        QVERIFY(std::abs(c16->observedAtRed - 137.5) < 1e-9);
        QVERIFY(std::abs(c16->observedAtOrange - 106.25) < 1e-9);
        QVERIFY(std::abs(c16->keyP95At(150) - 4600) < 1e-6);
        // 11-18: 2300 at 75 → 3100 at 100: orange at 75 + 200/800·25 = 81.25.
        const Capacity *c18 = a.capacityOf(runNamed(a, QStringLiteral("run-2026-11-18"))->id);
        QVERIFY(std::abs(c18->observedAtOrange - 81.25) < 1e-9);
    }

    void leaveOutOnWeeklyRuns()
    {
        const QList<Run> runs = loadRuns({dataPath(QStringLiteral("weekly"))}).runs;
        int checks = 0;
        for (const Run &run : runs) {
            const Capacity full = estimateCapacity(run, Profile::builtinDefault());
            for (const LeaveOutCheck &l : leaveOutChecks(run, Profile::builtinDefault())) {
                ++checks;
                QCOMPARE(l.observedUsers, l.red ? full.observedAtRed : full.observedAtOrange);
                QCOMPARE(l.state, CapacityState::Ok);
                QVERIFY(isKnown(l.projectedUsers));
                // Fitted on the stages below the crossing only.
                QVERIFY(l.levelsUsed == 4 || l.levelsUsed == 5);
            }
        }
        QCOMPARE(checks, 6);
    }

    void twoStagesSayWhyInJson()
    {
        const Assessment a = assess(loadRuns({dataPath(QStringLiteral("generated-2stage"))}).runs,
                                    Profile::builtinDefault());
        const QJsonObject cap = assessmentToJson(a, {}, Language::get(QStringLiteral("en")))
                                    .value(u"runs").toArray().first().toObject().value(u"capacity").toObject();
        QCOMPARE(cap.value(u"state").toString(), QStringLiteral("too_few_stages"));
        QCOMPARE(cap.value(u"stages_used").toInt(), 2);
        QVERIFY(cap.value(u"sigma").isNull() && cap.value(u"users_at_orange").isNull()
                && cap.value(u"peak_users").isNull() && cap.value(u"r2").isNull());
        QCOMPARE(cap.value(u"model").toString(), QStringLiteral("usl"));
    }

    void weeklyJsonCarriesTheFit()
    {
        const Assessment a = assess(loadRuns({dataPath(QStringLiteral("weekly"))}).runs, Profile::builtinDefault());
        const QJsonArray runs = assessmentToJson(a, {}, Language::get(QStringLiteral("en"))).value(u"runs").toArray();
        QCOMPARE(runs.size(), 3);
        for (int i = 0; i < runs.size(); ++i) {
            const QJsonObject cap = runs.at(i).toObject().value(u"capacity").toObject();
            const Capacity &c = a.capacities.at(i);
            QCOMPARE(cap.value(u"state").toString(), QStringLiteral("ok"));
            QCOMPARE(cap.value(u"stages_used").toInt(), 6);
            QVERIFY(std::abs(cap.value(u"kappa").toDouble() - c.fit.kappa) <= 1e-5 * c.fit.kappa);
            QVERIFY(std::abs(cap.value(u"users_at_red").toDouble() - c.usersAtRed) <= 0.05);
            QCOMPARE(cap.value(u"ci95").toObject().value(u"kappa").toArray().size(), 2);
            QCOMPARE(cap.value(u"stages").toArray().size(), 6);
            QCOMPARE(cap.value(u"peak_determined").toBool(), c.fit.peakDetermined());
        }
    }
};

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
