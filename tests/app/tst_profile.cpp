// Grid profiles as data: the built-in default, the shipped JSON files, JSON
// round trip, the "required" flag and criterion names. What a profile that
// cannot be used reports is in tst_profile_findings.cpp; values compared "as
// displayed" against profiles' limits in tst_profile_boundaries.cpp.
#include "grid/profile.h"
#include "words/grid_words.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace palier;

namespace {

QString profilePath(const QString &name)
{
    return QStringLiteral(PALIER_SOURCE_DIR "/resources/profiles/") + name;
}

// Fields compared one by one so a failure names the field.
void compareProfiles(const Profile &a, const Profile &b)
{
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.keyTransaction, b.keyTransaction);
    QCOMPARE(a.stagePlan, b.stagePlan);
    QCOMPARE(a.targetUsers, b.targetUsers);
    QCOMPARE(a.requiredStageDurationS, b.requiredStageDurationS);
    QCOMPARE(a.windowSize, b.windowSize);
    QCOMPARE(a.consistencyMin, b.consistencyMin);
    QCOMPARE(a.durationTolerance, b.durationTolerance);
    QCOMPARE(a.warmupS, b.warmupS);
    QCOMPARE(a.criteria.size(), b.criteria.size());
    for (qsizetype i = 0; i < a.criteria.size(); ++i) {
        const CriterionDef &x = a.criteria.at(i);
        const CriterionDef &y = b.criteria.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.label, y.label);
        QCOMPARE(x.metric, y.metric);
        QCOMPARE(x.scope, y.scope);
        QCOMPARE(x.keyTransactionOnly, y.keyTransactionOnly);
        QCOMPARE(x.higherIsBetter, y.higherIsBetter);
        QCOMPARE(x.required, y.required);
        if (x.metric != Metric::TargetStageHeld) {
            QCOMPARE(x.green, y.green);
            QCOMPARE(x.orange, y.orange);
            QCOMPARE(x.greenStrict, y.greenStrict);
            QCOMPARE(x.orangeStrict, y.orangeStrict);
        }
    }
}

const QByteArray kValidMinimal = R"({
  "palier_profile": 1,
  "name": "minimal",
  "criteria": [
    {"id": "p95_key", "metric": "p95", "scope": "target", "key_only": true, "green": 2500, "orange": 4000}
  ]
})";

} // namespace

class TestProfile : public QObject {
    Q_OBJECT
private slots:
    void builtinDefaultIsTheSeedGrid();
    void defaultJsonEqualsBuiltin();
    void shippedProfilesLoad_data();
    void shippedProfilesLoad();
    void demoProfileDiffersOnlyInDuration();
    void roundTrip_data();
    void roundTrip();
    void minimalProfileTakesDefaults();
    void requiredFlag();
    void ids();
    void criterionNames();
};

void TestProfile::builtinDefaultIsTheSeedGrid()
{
    const Profile p = Profile::builtinDefault();
    QVERIFY(p.validate().isEmpty());
    QCOMPARE(p.keyTransaction, QStringLiteral("athlete_search"));
    QCOMPARE(p.stagePlan, (QList<int>{5, 20, 50, 75, 100, 150}));
    QCOMPARE(p.targetUsers, 100);
    QCOMPARE(p.requiredStageDurationS, 600.0);
    QCOMPARE(p.windowSize, 3);
    QCOMPARE(p.consistencyMin, 2);
    QCOMPARE(p.durationTolerance, 0.10);
    QCOMPARE(p.warmupS, 30.0);
    QCOMPARE(p.criteria.size(), 3);
    for (const CriterionDef &c : p.criteria)
        QVERIFY2(c.label.isEmpty(), qPrintable(c.id));   // named in the reader's language
    const CriterionDef *p95 = p.criterion(QStringLiteral("p95_key"));
    QVERIFY(p95);
    QCOMPARE(p95->metric, Metric::LatencyP95);
    QCOMPARE(p95->scope, Scope::TargetStage);
    QVERIFY(p95->keyTransactionOnly);
    QCOMPARE(p95->green, 2500.0);
    QCOMPARE(p95->orange, 4000.0);
    QVERIFY(!p95->greenStrict);
    const CriterionDef *err = p.criterion(QStringLiteral("error_rate"));
    QVERIFY(err);
    QCOMPARE(err->metric, Metric::ErrorRate);
    QCOMPARE(err->scope, Scope::UpToTarget);
    QVERIFY(!err->keyTransactionOnly);
    QCOMPARE(err->green, 1.0);
    QCOMPARE(err->orange, 3.0);
    QVERIFY(err->greenStrict);
    QVERIFY(!err->orangeStrict);
    const CriterionDef *held = p.criterion(QStringLiteral("target_stage_held"));
    QVERIFY(held);
    QCOMPARE(held->metric, Metric::TargetStageHeld);
    QCOMPARE(p.p95GreenMs(), 2500.0);
    QCOMPARE(p.p95OrangeMs(), 4000.0);
    QCOMPARE(p.errorGreenPct(), 1.0);
    QCOMPARE(p.errorOrangePct(), 3.0);
    QCOMPARE(p.p95Criterion(), p95);
    QCOMPARE(p.errorRateCriterion(), err);
    QVERIFY(!p.criterion(QStringLiteral("nope")));
}

void TestProfile::defaultJsonEqualsBuiltin()
{
    compareProfiles(Profile::fromFile(profilePath(QStringLiteral("default.json"))), Profile::builtinDefault());
    // Saving writes the documented key order: the built-in default saves as the shipped file.
    QFile file(profilePath(QStringLiteral("default.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(Profile::builtinDefault().toJson(), file.readAll());
}

void TestProfile::shippedProfilesLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("target");
    QTest::newRow("default") << QStringLiteral("default.json") << 3 << 100;
    QTest::newRow("demo") << QStringLiteral("demo-90s.json") << 3 << 100;
    QTest::newRow("api-slo") << QStringLiteral("api-slo.json") << 4 << 100;
    QTest::newRow("mvp") << QStringLiteral("mvp-load-test.json") << 5 << 30;
}

void TestProfile::shippedProfilesLoad()
{
    QFETCH(QString, file);
    QFETCH(int, criteria);
    QFETCH(int, target);
    const Profile p = Profile::fromFile(profilePath(file));
    QVERIFY(p.validate().isEmpty());
    QCOMPARE(p.criteria.size(), criteria);
    QCOMPARE(p.targetUsers, target);
    QVERIFY(!p.name.isEmpty());
    QVERIFY(!p.description.isEmpty());
    // No labels: a label is data, shown as written in every language, so a
    // shipped criterion is named by the words module in the reader's language.
    for (const CriterionDef &c : p.criteria)
        QVERIFY2(c.label.isEmpty(), qPrintable(c.id));
    // Every shipped file is in the directory listing the UI offers.
    QVERIFY(QDir(QStringLiteral(PALIER_SOURCE_DIR "/resources/profiles")).exists(file));
}

void TestProfile::demoProfileDiffersOnlyInDuration()
{
    Profile demo = Profile::fromFile(profilePath(QStringLiteral("demo-90s.json")));
    // The sample's stages last 90 s, but a stage is its plateau (the ramp
    // excluded): at 10 users/s the 100-user plateaus last 79-80 s, so the demo
    // requires 80 s, and its description says why.
    QCOMPARE(demo.requiredStageDurationS, 80.0);
    QVERIFY(0.95 * demo.requiredStageDurationS <= 79.0);
    QVERIFY(demo.name.contains(QStringLiteral("90 s")));
    QVERIFY(demo.description.contains(QStringLiteral("90 s")));
    QVERIFY(demo.description.contains(QStringLiteral("80 s")));
    // The sample carries this very file, not a drifting copy.
    QFile shipped(profilePath(QStringLiteral("demo-90s.json")));
    QFile beside(QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly/palier-profile.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly) && beside.open(QIODevice::ReadOnly));
    QCOMPARE(beside.readAll(), shipped.readAll());
    Profile def = Profile::builtinDefault();
    demo.requiredStageDurationS = def.requiredStageDurationS;
    demo.name = def.name;
    demo.description = def.description;
    compareProfiles(demo, def);
}

void TestProfile::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("default") << QStringLiteral("default.json");
    QTest::newRow("api-slo") << QStringLiteral("api-slo.json");
    QTest::newRow("mvp") << QStringLiteral("mvp-load-test.json");
    QTest::newRow("demo") << QStringLiteral("demo-90s.json");
}

void TestProfile::roundTrip()
{
    QFETCH(QString, file);
    const Profile p = Profile::fromFile(profilePath(file));
    const QByteArray json = p.toJson();
    const Profile back = Profile::fromJson(json, QStringLiteral("saved.json"));
    compareProfiles(back, p);
    QCOMPARE(back.toJson(), json);

    // Through a file too, as the UI saves and reopens it.
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("p.json")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    compareProfiles(Profile::fromFile(out.fileName()), p);
}

void TestProfile::minimalProfileTakesDefaults()
{
    const Profile p = Profile::fromJson(kValidMinimal, QStringLiteral("min.json"));
    QCOMPARE(p.name, QStringLiteral("minimal"));
    QCOMPARE(p.stagePlan, Profile::builtinDefault().stagePlan);
    QCOMPARE(p.requiredStageDurationS, 600.0);
    QCOMPARE(p.criteria.size(), 1);
    QCOMPARE(p.criteria.first().scope, Scope::TargetStage);
    QVERIFY(!p.criteria.first().higherIsBetter);
    // Throughput defaults to higher-is-better.
    const Profile t = Profile::fromJson(R"({"palier_profile": 1, "name": "t", "criteria": [
        {"id": "rps", "metric": "throughput", "green": 10, "orange": 2}]})", QStringLiteral("t.json"));
    QVERIFY(t.criteria.first().higherIsBetter);
}

void TestProfile::requiredFlag()
{
    // docs/grid-rules.md §1: a criterion is required unless the profile says "required": false.
    const Profile def = Profile::builtinDefault();
    for (const CriterionDef &c : def.criteria)
        QVERIFY2(c.required, qPrintable(c.id));
    QVERIFY(!def.toJson().contains("\"required\""));   // the default is not written
    QVERIFY(Profile::fromJson(kValidMinimal, QStringLiteral("min.json")).criteria.first().required);
    const Profile explicitTrue = Profile::fromJson(R"({"palier_profile": 1, "name": "t", "criteria": [
        {"id": "a", "metric": "p95", "green": 1, "orange": 2, "required": true}]})", QStringLiteral("t.json"));
    QVERIFY(explicitTrue.criteria.first().required);
    QVERIFY(!explicitTrue.toJson().contains("\"required\""));

    // An optional criterion, with limits or without (held), survives a round trip.
    Profile p = def;
    p.criteria[1].required = false;
    p.criteria[2].required = false;
    const QByteArray json = p.toJson();
    QCOMPARE(json.count("\"required\": false"), 2);
    // Written last in its criterion, after the limits.
    QVERIFY(json.contains("\"orange_strict\": false,\n            \"required\": false\n        }"));
    const Profile back = Profile::fromJson(json, QStringLiteral("optional.json"));
    compareProfiles(back, p);
    QVERIFY(back.criteria.at(0).required);
    QVERIFY(!back.criteria.at(1).required);
    QVERIFY(!back.criteria.at(2).required);
    QCOMPARE(back.toJson(), json);
    QVERIFY(back.validate().isEmpty());
    // A flag of another type is an error: see tst_profile_findings "required not a flag".
}

void TestProfile::ids()
{
    for (Metric m : {Metric::LatencyP50, Metric::LatencyP95, Metric::LatencyP99, Metric::LatencyAvg,
                     Metric::ErrorRate, Metric::Throughput, Metric::TargetStageHeld}) {
        QVERIFY(!metricId(m).isEmpty());
        QCOMPARE(metricFromId(metricId(m)), std::optional<Metric>(m));
    }
    QCOMPARE(metricId(Metric::LatencyP95), QStringLiteral("p95"));
    QCOMPARE(metricId(Metric::ErrorRate), QStringLiteral("error_rate"));
    QCOMPARE(metricId(Metric::TargetStageHeld), QStringLiteral("target_stage_held"));
    QCOMPARE(scopeId(Scope::TargetStage), QStringLiteral("target"));
    QCOMPARE(scopeId(Scope::UpToTarget), QStringLiteral("up_to_target"));
    QCOMPARE(scopeId(Scope::Run), QStringLiteral("run"));
    QCOMPARE(scopeFromId(QStringLiteral("run")), std::optional<Scope>(Scope::Run));
    QVERIFY(!scopeFromId(QStringLiteral("all")));
    QVERIFY(!metricFromId(QStringLiteral("P95")));
}

void TestProfile::criterionNames()
{
    // A criterion is named by the words module from its metric, scope and key
    // (in the reader's language), unless the profile's author gave a label.
    const Language &en = Language::get(QStringLiteral("en"));
    const Profile p = Profile::builtinDefault();
    CriterionDef c;
    c.label = QStringLiteral("Mine");
    QCOMPARE(criterionName(c, p, en), QStringLiteral("Mine"));
    c.label.clear();
    c.metric = Metric::LatencyP95;
    c.keyTransactionOnly = true;
    c.scope = Scope::TargetStage;
    QCOMPARE(criterionName(c, p, en), QStringLiteral("p95 of athlete_search at the target stage"));
    c.metric = Metric::ErrorRate;
    c.keyTransactionOnly = false;
    c.scope = Scope::UpToTarget;
    QCOMPARE(criterionName(c, p, en), QStringLiteral("error rate, stages up to the target"));
    c.metric = Metric::TargetStageHeld;
    c.scope = Scope::TargetStage;
    QCOMPARE(criterionName(c, p, en), QStringLiteral("target stage (100 users) held"));
    QCOMPARE(criterionName(QStringLiteral("nope"), p, en), QStringLiteral("nope"));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
