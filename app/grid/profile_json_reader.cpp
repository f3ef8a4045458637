// Reading a profile from JSON: the document's shape (known keys, value types),
// then the validator's rules. Every problem found is reported in one error
// that names the file and the line of the first (docs/grid-rules.md §1): the
// problem itself when it is alone, else a "profile.invalid" finding carrying
// the first and the others as nested findings.
#include "grid/profile_problems.h"

#include "model/run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace palier {

namespace {

// 1-based line of a byte offset (QJsonParseError::offset counts bytes of the UTF-8 input).
qint64 lineAt(const QByteArray &json, qint64 offset)
{
    return json.left(offset).count('\n') + 1;
}

qint64 findLine(const QByteArray &json, const ProfileProblem &pb)
{
    qsizetype from = 0;
    if (pb.criterion >= 0) {
        // Criteria are found by their position in the "criteria" array: skip to
        // the array, then to the n-th "id" key inside it.
        from = json.indexOf("\"criteria\"");
        if (from < 0)
            return 0;
        for (int i = 0; i <= pb.criterion; ++i) {
            const qsizetype at = json.indexOf("\"id\"", from + 1);
            if (at < 0)
                return 0;
            from = at;
        }
        if (pb.lineKey == QLatin1String("id"))
            return lineAt(json, from);
        const qsizetype next = json.indexOf("\"id\"", from + 1);
        const qsizetype at = json.indexOf(QByteArray('"' + pb.lineKey.toUtf8() + '"'), from);
        if (at >= 0 && (next < 0 || at < next))
            return lineAt(json, at);
        return lineAt(json, from);
    }
    if (pb.lineKey.isEmpty())
        return 0;
    const qsizetype at = json.indexOf(QByteArray('"' + pb.lineKey.toUtf8() + '"'));
    return at < 0 ? 0 : lineAt(json, at);
}

// Reads the JSON object into a Profile, collecting problems instead of stopping
// at the first so the error can say everything that is wrong at once.
class Reader {
public:
    QList<ProfileProblem> problems;

    void problem(const char *kind, const QString &key, const KeyPlace &place = KeyPlace::top(),
                 const Params &params = {}, const QString &lineKey = QString())
    {
        problems.append(profileProblem(QLatin1String(kind), key, place, params, lineKey));
    }

    void checkKeys(const QJsonObject &o, const QStringList &known, const KeyPlace &place)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                problem("profile.unknown_key", it.key(), place, {{QStringLiteral("known"), known}});
    }

    double number(const QJsonObject &o, const QString &key, double fallback, const KeyPlace &place = KeyPlace::top())
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            problem("profile.wrong_type.number", key, place);
            return fallback;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject &o, const QString &key, int fallback, const KeyPlace &place = KeyPlace::top())
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(kNaN);
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
            problem("profile.wrong_type.whole_number", key, place);
            return fallback;
        }
        return int(d);
    }

    QString string(const QJsonObject &o, const QString &key, const QString &fallback,
                   const KeyPlace &place = KeyPlace::top())
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            problem("profile.wrong_type.string", key, place);
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &key, bool fallback, const KeyPlace &place)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem("profile.wrong_type.boolean", key, place);
            return fallback;
        }
        return v.toBool();
    }

    Profile read(const QJsonObject &root)
    {
        Profile p;   // optional keys keep the built-in defaults (the seed's values)
        p.criteria.clear();
        static const QStringList kTop = {
            QStringLiteral("palier_profile"), QStringLiteral("name"), QStringLiteral("description"),
            QStringLiteral("key_transaction"), QStringLiteral("stage_plan"), QStringLiteral("target_users"),
            QStringLiteral("required_stage_duration_s"), QStringLiteral("window"), QStringLiteral("warmup_s"),
            QStringLiteral("criteria")};
        if (root.value(QStringLiteral("palier_profile")).isUndefined()) {
            checkKeys(root, kTop, KeyPlace::top());   // "palier_profil" is worth naming
            problem("profile.missing_key.version", QStringLiteral("palier_profile"));
            return p;
        }
        p.version = integer(root, QStringLiteral("palier_profile"), kProfileVersion);
        if (p.version != kProfileVersion) {
            // Another layout: its keys, known or not, would only add confusing problems.
            problem(p.version > kProfileVersion ? "profile.newer_version" : "profile.unsupported_version",
                    QStringLiteral("palier_profile"), KeyPlace::top(),
                    {{QStringLiteral("version"), p.version}, {QStringLiteral("supported"), kProfileVersion}});
            return p;
        }
        checkKeys(root, kTop, KeyPlace::top());

        p.name = string(root, QStringLiteral("name"), QString());
        p.description = string(root, QStringLiteral("description"), QString());
        p.keyTransaction = string(root, QStringLiteral("key_transaction"), p.keyTransaction);
        readStagePlan(root.value(QStringLiteral("stage_plan")), p);
        p.targetUsers = integer(root, QStringLiteral("target_users"), p.targetUsers);
        p.requiredStageDurationS = number(root, QStringLiteral("required_stage_duration_s"), p.requiredStageDurationS);
        p.warmupS = number(root, QStringLiteral("warmup_s"), p.warmupS);
        readWindow(root.value(QStringLiteral("window")), p);

        const QJsonValue criteria = root.value(QStringLiteral("criteria"));
        if (!criteria.isArray()) {
            problem(criteria.isUndefined() ? "profile.missing_key.criteria" : "profile.wrong_type.criteria",
                    QStringLiteral("criteria"));
            return p;
        }
        const QJsonArray list = criteria.toArray();
        for (int i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject()) {
                problem("profile.wrong_type.criterion", QStringLiteral("criteria"), KeyPlace::top(),
                        {{QStringLiteral("index"), i}});
                continue;
            }
            p.criteria.append(readCriterion(list.at(i).toObject(), i));
        }
        return p;
    }

    void readStagePlan(const QJsonValue &plan, Profile &p)
    {
        if (plan.isUndefined())
            return;
        p.stagePlan.clear();
        bool ok = plan.isArray();
        for (const QJsonValue &v : plan.toArray()) {
            const double d = v.toDouble(kNaN);
            if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
                ok = false;
                break;
            }
            p.stagePlan.append(int(d));
        }
        if (!ok)
            problem("profile.wrong_type.stage_plan", QStringLiteral("stage_plan"));
    }

    void readWindow(const QJsonValue &window, Profile &p)
    {
        if (window.isUndefined())
            return;
        if (!window.isObject()) {
            problem("profile.wrong_type.window", QStringLiteral("window"));
            return;
        }
        const QJsonObject w = window.toObject();
        const KeyPlace at = KeyPlace::inWindow();
        checkKeys(w, {QStringLiteral("size"), QStringLiteral("consistency_min"), QStringLiteral("duration_tolerance")},
                  at);
        p.windowSize = integer(w, QStringLiteral("size"), p.windowSize, at);
        p.consistencyMin = integer(w, QStringLiteral("consistency_min"), p.consistencyMin, at);
        p.durationTolerance = number(w, QStringLiteral("duration_tolerance"), p.durationTolerance, at);
    }

    CriterionDef readCriterion(const QJsonObject &o, int i)
    {
        CriterionDef c;
        c.id = o.value(QStringLiteral("id")).toString();
        const KeyPlace at = KeyPlace::inCriterion(i, c.id);
        static const QStringList kKeys = {
            QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("metric"), QStringLiteral("scope"),
            QStringLiteral("key_only"), QStringLiteral("higher_is_better"), QStringLiteral("green"),
            QStringLiteral("orange"), QStringLiteral("green_strict"), QStringLiteral("orange_strict"),
            QStringLiteral("required")};
        checkKeys(o, kKeys, at);
        if (!o.value(QStringLiteral("id")).isString())
            problem("profile.wrong_type.string", QStringLiteral("id"), at);
        c.label = string(o, QStringLiteral("label"), QString(), at);

        const QString metric = string(o, QStringLiteral("metric"), QString(), at);
        if (const auto m = metricFromId(metric))
            c.metric = *m;
        else if (metric.isEmpty())
            problem("profile.missing_key.metric", QStringLiteral("metric"), at, {{QStringLiteral("expected"), metricIds()}});
        else
            problem("profile.unknown_metric", QStringLiteral("metric"), at,
                    {{QStringLiteral("value"), metric}, {QStringLiteral("expected"), metricIds()}});
        const QString scope = string(o, QStringLiteral("scope"), QStringLiteral("target"), at);
        if (const auto s = scopeFromId(scope))
            c.scope = *s;
        else
            problem("profile.unknown_scope", QStringLiteral("scope"), at,
                    {{QStringLiteral("value"), scope}, {QStringLiteral("expected"), scopeIds()}});
        c.keyTransactionOnly = boolean(o, QStringLiteral("key_only"), false, at);
        c.higherIsBetter = boolean(o, QStringLiteral("higher_is_better"), c.metric == Metric::Throughput, at);
        c.greenStrict = boolean(o, QStringLiteral("green_strict"), false, at);
        c.orangeStrict = boolean(o, QStringLiteral("orange_strict"), false, at);
        c.required = boolean(o, QStringLiteral("required"), true, at);
        if (c.metric != Metric::TargetStageHeld) {
            // A missing key has no line of its own: the error names the criterion's.
            for (const QString &key : {QStringLiteral("green"), QStringLiteral("orange")})
                if (o.value(key).isUndefined())
                    problem("profile.missing_key.limit", key, at, {}, QStringLiteral("id"));
        }
        c.green = number(o, QStringLiteral("green"), 0, at);
        c.orange = number(o, QStringLiteral("orange"), 0, at);
        return c;
    }
};

} // namespace

Profile Profile::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        throw inputError(QStringLiteral("profile.invalid_json"), fileName, lineAt(json, err.offset),
                         {{QStringLiteral("error"), err.errorString()}});
    if (!doc.isObject())
        throw inputError(QStringLiteral("profile.not_an_object"), fileName, 1);

    Reader reader;
    Profile p = reader.read(doc.object());
    QList<ProfileProblem> problems = reader.problems;
    if (problems.isEmpty())
        problems = checkProfile(p);
    if (problems.isEmpty())
        return p;
    Finding first = problems.first().finding;
    first.file = fileName;
    first.line = findLine(json, problems.first());
    if (problems.size() == 1)
        throw InputError {first};
    QVariantList others;
    for (qsizetype i = 1; i < problems.size(); ++i)
        others.append(nestedFinding(problems.at(i).finding));
    throw inputError(QStringLiteral("profile.invalid"), fileName, first.line,
                     {{QStringLiteral("first"), nestedFinding(first)},
                      {QStringLiteral("more"), qint64(others.size())},
                      {QStringLiteral("others"), others}});
}

Profile Profile::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw inputError(QStringLiteral("profile.unreadable"), path, 0, {{QStringLiteral("error"), file.errorString()}});
    // A profile is a few kilobytes: a larger file is not one, and is not read
    // into memory whole (docs/limits.md).
    if (file.size() > kMaxProfileBytes)
        throw inputError(QStringLiteral("profile.too_large"), path, 0, {{QStringLiteral("max_kb"), qint64(kMaxProfileBytes >> 10)}});
    return fromJson(file.read(kMaxProfileBytes + 1), path);
}

} // namespace palier
