// What a profile that cannot be used reports: typed findings ("profile.*") with
// their parameters, the file and the line (docs/grid-rules.md §1), all problems
// in one error, and validate() on a profile edited in memory. The words are
// checked only where the sentence's shape matters (the place prefix, the list
// of problems); the kinds and parameters are the contract.
#include "grid/profile.h"
#include "words/finding_words.h"

#include <QTemporaryFile>
#include <QTest>

using namespace palier;

namespace {

const Language &english() { return Language::get(QStringLiteral("en")); }

// The finding a JSON text raises (an empty kind when it is accepted).
Finding errorOf(const QByteArray &json)
{
    try {
        Profile::fromJson(json, QStringLiteral("my-profile.json"));
    } catch (const InputError &e) {
        return e.finding;
    }
    return {};
}

// A nested finding ({"kind", "params"}) back as a Finding.
Finding unnest(const QVariant &nested)
{
    const QVariantMap m = nested.toMap();
    Finding f;
    f.kind = m.value(QStringLiteral("kind")).toString();
    f.params = m.value(QStringLiteral("params")).toMap();
    return f;
}

// The first problem of an error: the finding itself, or the first one a
// "profile.invalid" finding carries.
Finding firstProblem(const Finding &f)
{
    return f.kind == u"profile.invalid" ? unnest(f.params.value(QStringLiteral("first"))) : f;
}

// The index of the criterion a problem is about, -1 for a key outside the criteria.
int criterionOf(const Finding &f)
{
    const Finding where = unnest(f.params.value(QStringLiteral("where")));
    return where.kind.startsWith(u"profile.where.criterion") ? where.params.value(QStringLiteral("index")).toInt() : -1;
}

const char *const kOneCriterion = R"("criteria": [{"id": "a", "metric": "p95", "green": 1, "orange": 2}])";

QByteArray withCriterion(const char *head)
{
    return QByteArray(head) + kOneCriterion + "\n}";
}

} // namespace

class TestProfileFindings : public QObject {
    Q_OBJECT
private slots:
    void invalidProfiles_data();
    void invalidProfiles();
    void problemParams();
    void placeIsWorded();
    void allProblemsInOneError();
    void versionFirst();
    void malformedJsonLine();
    void missingFile();
    void oversizedFile();
    void validateListsProblems();
    void everyKindHasATemplate();
};

void TestProfileFindings::invalidProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("criterion");

    QTest::newRow("not an object") << QByteArray("[1, 2]") << qint64(1) << "profile.not_an_object" << "" << -1;
    QTest::newRow("no version") << QByteArray("{\n  \"name\": \"x\",\n  \"criteria\": []\n}") << qint64(0)
                                << "profile.missing_key.version" << "palier_profile" << -1;
    QTest::newRow("newer version") << QByteArray("{\n  \"palier_profile\": 2,\n  \"name\": \"x\"\n}") << qint64(2)
                                   << "profile.newer_version" << "palier_profile" << -1;
    QTest::newRow("version zero") << QByteArray("{\n  \"palier_profile\": 0,\n  \"name\": \"x\"\n}") << qint64(2)
                                  << "profile.unsupported_version" << "palier_profile" << -1;
    QTest::newRow("unknown top key") << withCriterion("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"targt_users\": 100,\n  ")
                                     << qint64(4) << "profile.unknown_key" << "targt_users" << -1;
    QTest::newRow("empty name") << withCriterion("{\n  \"palier_profile\": 1,\n  \"name\": \"\",\n  ") << qint64(3)
                                << "profile.empty_name" << "name" << -1;
    QTest::newRow("name not a string") << withCriterion("{\n  \"palier_profile\": 1,\n  \"name\": 7,\n  ") << qint64(3)
                                       << "profile.wrong_type.string" << "name" << -1;
    QTest::newRow("unknown metric") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                                  "    {\"id\": \"a\", \"metric\": \"p95\", \"green\": 1, \"orange\": 2},\n"
                                                  "    {\"id\": \"b\",\n     \"metric\": \"p96\", \"green\": 1, \"orange\": 2}\n  ]\n}")
                                    << qint64(7) << "profile.unknown_metric" << "metric" << 1;
    QTest::newRow("missing metric") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"criteria\": ["
                                                  "{\"id\": \"a\", \"green\": 1, \"orange\": 2}]}")
                                    << qint64(1) << "profile.missing_key.metric" << "metric" << 0;
    QTest::newRow("unknown scope") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                                 "    {\"id\": \"a\", \"metric\": \"p95\",\n     \"scope\": \"stage\", \"green\": 1, \"orange\": 2}\n  ]\n}")
                                   << qint64(6) << "profile.unknown_scope" << "scope" << 0;
    QTest::newRow("green above orange") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                                      "    {\"id\": \"a\", \"metric\": \"p95\",\n      \"green\": 4000,\n      \"orange\": 2500}\n  ]\n}")
                                        << qint64(7) << "profile.green_above_orange" << "orange" << 0;
    QTest::newRow("throughput limits reversed") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"criteria\": ["
                                                              "{\"id\": \"t\", \"metric\": \"throughput\", \"green\": 2, \"orange\": 10}]}")
                                                << qint64(1) << "profile.green_below_orange" << "orange" << 0;
    QTest::newRow("throughput lower is better") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"criteria\": ["
                                                              "{\"id\": \"t\", \"metric\": \"throughput\", \"higher_is_better\": false, \"green\": 2, \"orange\": 10}]}")
                                                << qint64(1) << "profile.throughput_lower_is_better" << "higher_is_better" << 0;
    QTest::newRow("latency higher is better") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"criteria\": ["
                                                            "{\"id\": \"t\", \"metric\": \"p95\", \"higher_is_better\": true, \"green\": 2, \"orange\": 10}]}")
                                              << qint64(1) << "profile.metric_higher_is_better" << "higher_is_better" << 0;
    QTest::newRow("missing limit") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                                 "    {\"id\": \"a\", \"metric\": \"p95\", \"green\": 1}\n  ]\n}")
                                   << qint64(5) << "profile.missing_key.limit" << "orange" << 0;
    QTest::newRow("limit not a number") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                                      "    {\"id\": \"a\", \"metric\": \"p95\",\n     \"green\": \"2500\", \"orange\": 4000}\n  ]\n}")
                                        << qint64(6) << "profile.wrong_type.number" << "green" << 0;
    QTest::newRow("duplicate ids") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                                 "    {\"id\": \"a\", \"metric\": \"p95\", \"green\": 1, \"orange\": 2},\n"
                                                 "    {\"id\": \"a\", \"metric\": \"p99\", \"green\": 1, \"orange\": 2}\n  ]\n}")
                                   << qint64(6) << "profile.duplicate_criterion_id" << "id" << 1;
    QTest::newRow("no criteria") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": []\n}")
                                 << qint64(4) << "profile.no_criteria" << "criteria" << -1;
    QTest::newRow("criteria missing") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\"}") << qint64(0)
                                      << "profile.missing_key.criteria" << "criteria" << -1;
    QTest::newRow("criteria not a list") << QByteArray("{\"palier_profile\": 1,\n\"name\": \"x\",\n\"criteria\": {}}")
                                         << qint64(3) << "profile.wrong_type.criteria" << "criteria" << -1;
    QTest::newRow("criterion not an object") << QByteArray("{\"palier_profile\": 1,\n\"name\": \"x\",\n\"criteria\": [3]}")
                                             << qint64(3) << "profile.wrong_type.criterion" << "criteria" << -1;
    QTest::newRow("target not in plan") << withCriterion("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"stage_plan\": [5, 20],\n"
                                                         "  \"target_users\": 100,\n  ")
                                        << qint64(5) << "profile.target_not_in_plan" << "target_users" << -1;
    QTest::newRow("plan not increasing") << withCriterion("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"stage_plan\": [5, 50, 20],\n"
                                                          "  \"target_users\": 20,\n  ")
                                         << qint64(4) << "profile.stage_plan_not_increasing" << "stage_plan" << -1;
    QTest::newRow("plan not numbers") << withCriterion("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"stage_plan\": [5, \"x\"],\n  ")
                                      << qint64(4) << "profile.wrong_type.stage_plan" << "stage_plan" << -1;
    QTest::newRow("consistency above size") << withCriterion("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"window\": {\n"
                                                             "    \"size\": 3,\n    \"consistency_min\": 4\n  },\n  ")
                                            << qint64(6) << "profile.consistency_out_of_range" << "consistency_min" << -1;
    QTest::newRow("window not an object") << withCriterion("{\"palier_profile\": 1, \"name\": \"x\",\n\"window\": 3, ")
                                          << qint64(2) << "profile.wrong_type.window" << "window" << -1;
    QTest::newRow("window size not whole") << withCriterion("{\"palier_profile\": 1, \"name\": \"x\",\n\"window\": {\"size\": 2.5}, ")
                                           << qint64(2) << "profile.wrong_type.whole_number" << "size" << -1;
    QTest::newRow("unknown window key") << withCriterion("{\"palier_profile\": 1, \"name\": \"x\",\n\"window\": {\"sise\": 3}, ")
                                        << qint64(2) << "profile.unknown_key" << "sise" << -1;
    QTest::newRow("tolerance as percent") << withCriterion("{\"palier_profile\": 1, \"name\": \"x\", \"window\": {\"duration_tolerance\": 10}, ")
                                          << qint64(1) << "profile.tolerance_out_of_range" << "duration_tolerance" << -1;
    QTest::newRow("warm-up longer than stage") << withCriterion("{\"palier_profile\": 1, \"name\": \"x\", \"required_stage_duration_s\": 60, "
                                                                "\"warmup_s\": 60, ")
                                               << qint64(1) << "profile.warmup_too_long" << "warmup_s" << -1;
    QTest::newRow("held with wrong scope") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"criteria\": ["
                                                         "{\"id\": \"h\", \"metric\": \"target_stage_held\", \"scope\": \"run\"}]}")
                                           << qint64(1) << "profile.held_scope_not_target" << "scope" << 0;
    QTest::newRow("key only without key") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"key_transaction\": \"\", \"criteria\": ["
                                                        "{\"id\": \"a\", \"metric\": \"p95\", \"key_only\": true, \"green\": 1, \"orange\": 2}]}")
                                          << qint64(1) << "profile.key_only_without_key" << "key_only" << 0;
    QTest::newRow("strictness mismatch at equal limits") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"criteria\": ["
                                                                       "{\"id\": \"a\", \"metric\": \"p95\", \"green\": 200, \"orange\": 200, \"green_strict\": true}]}")
                                                         << qint64(1) << "profile.limits_equal_strictness" << "orange_strict" << 0;
    QTest::newRow("error rate above 100") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"criteria\": ["
                                                        "{\"id\": \"e\", \"metric\": \"error_rate\", \"green\": 1, \"orange\": 150}]}")
                                          << qint64(1) << "profile.error_rate_above_100" << "orange" << 0;
    QTest::newRow("bad criterion id") << QByteArray("{\"palier_profile\": 1, \"name\": \"x\", \"criteria\": ["
                                                    "{\"id\": \"p 95\", \"metric\": \"p95\", \"green\": 1, \"orange\": 2}]}")
                                      << qint64(1) << "profile.bad_criterion_id" << "id" << 0;
    QTest::newRow("unknown criterion key") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                                         "    {\"id\": \"a\", \"metric\": \"p95\", \"green\": 1, \"orange\": 2,\n      \"gren_strict\": true}\n  ]\n}")
                                           << qint64(6) << "profile.unknown_key" << "gren_strict" << 0;
    // "required" (docs/grid-rules.md §1) is a flag: anything but true or false is refused.
    QTest::newRow("required not a flag") << QByteArray("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                                       "    {\"id\": \"a\", \"metric\": \"p95\", \"green\": 1, \"orange\": 2,\n"
                                                       "     \"required\": \"no\"}\n  ]\n}")
                                         << qint64(6) << "profile.wrong_type.boolean" << "required" << 0;
}

void TestProfileFindings::invalidProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, line);
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(int, criterion);
    const Finding error = errorOf(json);
    QVERIFY2(!error.kind.isEmpty(), "no InputError thrown");
    QVERIFY(error.isError());
    QCOMPARE(error.file, QStringLiteral("my-profile.json"));
    QCOMPARE(error.line, line);
    const Finding first = firstProblem(error);
    QCOMPARE(first.kind, kind);
    QCOMPARE(first.params.value(QStringLiteral("key")).toString(), key);
    QCOMPARE(criterionOf(first), criterion);
    // Every kind says something: the sentence is never the bare kind.
    QVERIFY(findingTemplates().find(first.kind));
}

void TestProfileFindings::problemParams()
{
    // What a program reading the JSON output needs, beyond the kind.
    Finding f = firstProblem(errorOf(R"({"palier_profile": 1, "name": "x", "criteria": [
        {"id": "a", "metric": "p95", "green": 1, "orange": 2}, {"id": "b", "metric": "p96", "green": 1, "orange": 2}]})"));
    QCOMPARE(f.params.value(QStringLiteral("value")).toString(), QStringLiteral("p96"));
    QVERIFY(f.params.value(QStringLiteral("expected")).toStringList().contains(QStringLiteral("target_stage_held")));
    const Finding where = unnest(f.params.value(QStringLiteral("where")));
    QCOMPARE(where.kind, QStringLiteral("profile.where.criterion"));
    QCOMPARE(where.params.value(QStringLiteral("id")).toString(), QStringLiteral("b"));

    f = firstProblem(errorOf(R"({"palier_profile": 2, "name": "x"})"));
    QCOMPARE(f.params.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(f.params.value(QStringLiteral("supported")).toInt(), 1);

    f = firstProblem(errorOf(withCriterion(R"({"palier_profile": 1, "name": "x", "stage_plan": [5, 20], "target_users": 100, )")));
    QCOMPARE(f.params.value(QStringLiteral("value")).toInt(), 100);
    QCOMPARE(f.params.value(QStringLiteral("plan")).toList(), (QVariantList {5, 20}));

    f = firstProblem(errorOf(R"({"palier_profile": 1, "name": "x", "criteria": [
        {"id": "a", "metric": "p95", "green": 4000, "orange": 2500}]})"));
    QCOMPARE(f.params.value(QStringLiteral("green")).toDouble(), 4000.0);
    QCOMPARE(f.params.value(QStringLiteral("orange")).toDouble(), 2500.0);

    f = firstProblem(errorOf(withCriterion(R"({"palier_profile": 1, "name": "x", "window": {"size": 3, "consistency_min": 4}, )")));
    QCOMPARE(unnest(f.params.value(QStringLiteral("where"))).kind, QStringLiteral("profile.where.window"));
    QCOMPARE(f.params.value(QStringLiteral("value")).toInt(), 4);
    QCOMPARE(f.params.value(QStringLiteral("size")).toInt(), 3);

    f = firstProblem(errorOf(withCriterion(R"({"palier_profile": 1, "name": "x", "targt_users": 1, )")));
    QVERIFY(f.params.value(QStringLiteral("known")).toStringList().contains(QStringLiteral("target_users")));
    QVERIFY(!f.params.contains(QStringLiteral("where")));   // a top-level key
}

void TestProfileFindings::placeIsWorded()
{
    // The place of a key inside a criterion or the window reads as before the
    // findings were typed: "criteria[1] (b): …", "window: …", nothing at the top.
    QCOMPARE(findingLine(errorOf("{\n  \"palier_profile\": 1,\n  \"name\": \"x\",\n  \"criteria\": [\n"
                                 "    {\"id\": \"a\", \"metric\": \"p95\", \"green\": 1, \"orange\": 2},\n"
                                 "    {\"id\": \"b\",\n     \"metric\": \"p96\", \"green\": 1, \"orange\": 2}\n  ]\n}"),
                         english()),
             QStringLiteral("my-profile.json:7: criteria[1] (b): unknown metric \"p96\" (one of: p50, p95, p99, avg, "
                            "error_rate, throughput, target_stage_held)"));
    QCOMPARE(wordFinding(errorOf(R"({"palier_profile": 1, "name": "x", "criteria": [{"metric": "p95", "green": 1, "orange": 2}]})"),
                         english()),
             QStringLiteral("criteria[0]: \"id\" must be a string"));
    QCOMPARE(wordFinding(errorOf(withCriterion(R"({"palier_profile": 1, "name": "x", "window": {"size": "3"}, )")), english()),
             QStringLiteral("window: \"size\" must be a whole number"));
    QCOMPARE(wordFinding(errorOf(withCriterion(R"({"palier_profile": 1, "name": "x", "warmup_s": "30", )")), english()),
             QStringLiteral("\"warmup_s\" must be a number"));
    QCOMPARE(wordFinding(errorOf(R"({"palier_profile": 1, "name": "x", "criteria": [
        {"id": "a", "metric": "p95", "green": 4000, "orange": 2500.5}]})"), english()),
             QStringLiteral("criteria[0] (a): green limit 4000 is above orange limit 2500.5 (lower is better: green <= orange)"));
}

void TestProfileFindings::allProblemsInOneError()
{
    // Three problems: one error, on the line of the first, carrying the others.
    const QByteArray json = "{\n  \"palier_profile\": 1,\n  \"name\": \"\",\n  \"target_users\": 7,\n"
                            "  \"criteria\": [{\"id\": \"a\", \"metric\": \"p95\", \"green\": 4000, \"orange\": 2500}]\n}";
    const Finding error = errorOf(json);
    QCOMPARE(error.kind, QStringLiteral("profile.invalid"));
    QCOMPARE(error.line, qint64(3));
    QCOMPARE(firstProblem(error).kind, QStringLiteral("profile.empty_name"));
    QCOMPARE(error.params.value(QStringLiteral("more")).toInt(), 2);
    const QVariantList others = error.params.value(QStringLiteral("others")).toList();
    QCOMPARE(others.size(), 2);
    QCOMPARE(unnest(others.at(0)).kind, QStringLiteral("profile.target_not_in_plan"));
    QCOMPARE(unnest(others.at(1)).kind, QStringLiteral("profile.green_above_orange"));
    QCOMPARE(criterionOf(unnest(others.at(1))), 0);
    // One sentence: the first problem, then the others, each worded in place.
    const QString text = wordFinding(error, english());
    QVERIFY2(text.startsWith(QStringLiteral("the profile needs a non-empty \"name\" (and 2 more ")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral(": target_users 7 is not one of the stage_plan levels; criteria[0] (a): green "
                                          "limit 4000 is above orange limit 2500 (lower is better: green <= orange))")),
             qPrintable(text));
}

void TestProfileFindings::versionFirst()
{
    // A newer layout is not read further: its other keys would only add noise.
    const Finding error = errorOf("{\n  \"palier_profile\": 3,\n  \"nom\": \"x\"\n}");
    QCOMPARE(error.kind, QStringLiteral("profile.newer_version"));
    QCOMPARE(error.line, qint64(2));
    QCOMPARE(wordFinding(error, english()),
             QStringLiteral("unsupported profile version 3 (this Palier reads version 1)"));
    // A missing version still names the unknown keys: one may be the version key mistyped.
    const Finding typo = errorOf("{\n  \"palier_profil\": 1,\n  \"name\": \"x\"\n}");
    QCOMPARE(typo.line, qint64(2));
    QCOMPARE(firstProblem(typo).kind, QStringLiteral("profile.unknown_key"));
    QCOMPARE(unnest(typo.params.value(QStringLiteral("others")).toList().value(0)).kind,
             QStringLiteral("profile.missing_key.version"));
}

void TestProfileFindings::malformedJsonLine()
{
    // Missing comma at the end of line 3: the parser stops on line 4.
    const Finding error = errorOf("{\n  \"palier_profile\": 1,\n  \"name\": \"x\"\n  \"criteria\": []\n}\n");
    QCOMPARE(error.kind, QStringLiteral("profile.invalid_json"));
    QCOMPARE(error.line, qint64(4));
    QVERIFY(!error.params.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY2(findingLine(error, english()).startsWith(QStringLiteral("my-profile.json:4: invalid JSON: ")),
             qPrintable(findingLine(error, english())));
    // Trailing garbage after a valid first line.
    QCOMPARE(errorOf("{\"palier_profile\": 1,\n\"name\": \"x\",\n\"criteria\": [,]}").line, qint64(3));
    // Non-ASCII text before the error counts in bytes, lines stay right.
    QCOMPARE(errorOf("{\n\"name\": \"Démo é\",\n\n  oops\n}").line, qint64(4));
}

void TestProfileFindings::missingFile()
{
    try {
        Profile::fromFile(QStringLiteral("/nonexistent/profile.json"));
        QFAIL("no InputError");
    } catch (const InputError &e) {
        QCOMPARE(e.finding.kind, QStringLiteral("profile.unreadable"));
        QCOMPARE(e.finding.file, QStringLiteral("/nonexistent/profile.json"));
        QCOMPARE(e.finding.line, qint64(0));
        QVERIFY(!e.finding.params.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(wordFinding(e.finding, english()).startsWith(QStringLiteral("cannot read the profile: ")));
    }
}

// docs/limits.md: a file over kMaxProfileBytes is refused before it is read.
void TestProfileFindings::oversizedFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(Profile::kMaxProfileBytes + 1, ' '));
    file.close();
    try {
        Profile::fromFile(file.fileName());
        QFAIL("no InputError");
    } catch (const InputError &e) {
        QCOMPARE(e.finding.kind, QStringLiteral("profile.too_large"));
        QCOMPARE(e.finding.line, qint64(0));
        QCOMPARE(e.finding.params.value(QStringLiteral("max_kb")).toLongLong(), Profile::kMaxProfileBytes >> 10);
        QVERIFY(wordFinding(e.finding, english()).startsWith(QStringLiteral("larger than ")));
    }
}

void TestProfileFindings::validateListsProblems()
{
    Profile p = Profile::builtinDefault();
    QVERIFY(p.validate().isEmpty());
    p.name.clear();
    p.windowSize = 0;
    p.criteria[0].green = 5000;   // above its orange 4000
    const QList<Finding> problems = p.validate();
    QStringList kinds;
    for (const Finding &f : problems) {
        kinds.append(f.kind);
        QVERIFY(f.isError());
        QVERIFY(f.file.isEmpty());   // a profile in memory has no file, no line
        QCOMPARE(f.line, qint64(0));
    }
    QCOMPARE(kinds, (QStringList {QStringLiteral("profile.empty_name"), QStringLiteral("profile.window_size_too_small"),
                                  QStringLiteral("profile.consistency_out_of_range"),
                                  QStringLiteral("profile.green_above_orange")}));
    const Finding where = unnest(problems.last().params.value(QStringLiteral("where")));
    QCOMPARE(where.params.value(QStringLiteral("id")).toString(), QStringLiteral("p95_key"));
    QCOMPARE(where.params.value(QStringLiteral("index")).toInt(), 0);
    QVERIFY(wordFinding(problems.last(), english()).startsWith(QStringLiteral("criteria[0] (p95_key): green limit 5000")));
}

void TestProfileFindings::everyKindHasATemplate()
{
    // invalidProfiles checks the kinds of the problems; these are the others:
    // the places, the error carrying several problems, the file as a whole.
    for (const char *kind : {"profile.where.criterion", "profile.where.criterion_index", "profile.where.window",
                             "profile.invalid", "profile.invalid_json", "profile.unreadable",
                             "profile.too_large"})
        QVERIFY2(findingTemplates().find(QLatin1String(kind)), kind);
}

QTEST_GUILESS_MAIN(TestProfileFindings)
#include "tst_profile_findings.moc"
