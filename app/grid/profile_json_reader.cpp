// Reading a profile from JSON: the document's shape (known keys, value types),
// then the validator's rules; every problem found is listed in one error that
// names the file and the line of the first (docs/grid-rules.md §1).
#include "grid/profile_problems.h"
#include "model/legacy_message.h"

#include "model/run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace palier {

namespace {

QString tr(const char *text) { return profileTr(text); }

using Problem = ProfileProblem;

// 1-based line of a byte offset (QJsonParseError::offset counts bytes of the UTF-8 input).
qint64 lineAt(const QByteArray &json, qint64 offset)
{
    return json.left(offset).count('\n') + 1;
}

qint64 findLine(const QByteArray &json, const Problem &pb)
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
        if (pb.key == QLatin1String("id"))
            return lineAt(json, from);
        const qsizetype next = json.indexOf("\"id\"", from + 1);
        const qsizetype at = json.indexOf(QByteArray('"' + pb.key.toUtf8() + '"'), from);
        if (at >= 0 && (next < 0 || at < next))
            return lineAt(json, at);
        return lineAt(json, from);
    }
    if (pb.key.isEmpty())
        return 0;
    const qsizetype at = json.indexOf(QByteArray('"' + pb.key.toUtf8() + '"'));
    return at < 0 ? 0 : lineAt(json, at);
}

[[noreturn]] void fail(const QString &file, qint64 line, const QString &message)
{
    throw InputError {Diagnostic {Diagnostic::Severity::Error, file, line, message}};
}

// Reads the JSON object into a Profile, collecting problems instead of stopping
// at the first so the message can say everything that is wrong at once.
class Reader {
public:
    QList<Problem> problems;

    void problem(const QString &msg, const QString &key, int criterion = -1)
    {
        problems.append({msg, key, criterion});
    }

    void checkKeys(const QJsonObject &o, const QStringList &known, const QString &where, int criterion = -1)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                problem(tr("%1unknown key \"%2\" (known: %3)").arg(where, it.key(), known.join(QStringLiteral(", "))),
                        it.key(), criterion);
    }

    double number(const QJsonObject &o, const QString &key, double fallback, const QString &where, int criterion = -1)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            problem(tr("%1\"%2\" must be a number").arg(where, key), key, criterion);
            return fallback;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject &o, const QString &key, int fallback, const QString &where = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(kNaN);
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
            problem(tr("%1\"%2\" must be a whole number").arg(where, key), key);
            return fallback;
        }
        return int(d);
    }

    QString string(const QJsonObject &o, const QString &key, const QString &fallback, const QString &where = {},
                   int criterion = -1)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            problem(tr("%1\"%2\" must be a string").arg(where, key), key, criterion);
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &key, bool fallback, const QString &where, int criterion)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem(tr("%1\"%2\" must be true or false").arg(where, key), key, criterion);
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
        checkKeys(root, kTop, QString());

        const QJsonValue version = root.value(QStringLiteral("palier_profile"));
        if (version.isUndefined()) {
            problem(tr("not a Palier profile: the \"palier_profile\" version key is missing"), QString());
            return p;
        }
        p.version = integer(root, QStringLiteral("palier_profile"), kProfileVersion);
        if (p.version != kProfileVersion)
            return p;   // a newer layout: reading further would only add confusing messages

        p.name = string(root, QStringLiteral("name"), QString());
        p.description = string(root, QStringLiteral("description"), QString());
        p.keyTransaction = string(root, QStringLiteral("key_transaction"), p.keyTransaction);
        const QJsonValue plan = root.value(QStringLiteral("stage_plan"));
        if (!plan.isUndefined()) {
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
                problem(tr("\"stage_plan\" must be a list of user counts, e.g. [5, 20, 50]"),
                        QStringLiteral("stage_plan"));
        }
        p.targetUsers = integer(root, QStringLiteral("target_users"), p.targetUsers);
        p.requiredStageDurationS = number(root, QStringLiteral("required_stage_duration_s"),
                                          p.requiredStageDurationS, QString());
        p.warmupS = number(root, QStringLiteral("warmup_s"), p.warmupS, QString());
        const QJsonValue window = root.value(QStringLiteral("window"));
        if (!window.isUndefined()) {
            if (!window.isObject()) {
                problem(tr("\"window\" must be an object with size, consistency_min, duration_tolerance"),
                        QStringLiteral("window"));
            } else {
                const QJsonObject w = window.toObject();
                const QString where = QStringLiteral("window: ");
                checkKeys(w, {QStringLiteral("size"), QStringLiteral("consistency_min"),
                              QStringLiteral("duration_tolerance")}, where);
                p.windowSize = integer(w, QStringLiteral("size"), p.windowSize, where);
                p.consistencyMin = integer(w, QStringLiteral("consistency_min"), p.consistencyMin, where);
                p.durationTolerance = number(w, QStringLiteral("duration_tolerance"), p.durationTolerance, where);
            }
        }

        const QJsonValue criteria = root.value(QStringLiteral("criteria"));
        if (!criteria.isArray()) {
            problem(criteria.isUndefined() ? tr("the profile has no \"criteria\" list")
                                           : tr("\"criteria\" must be a list of criteria"),
                    QStringLiteral("criteria"));
            return p;
        }
        const QJsonArray list = criteria.toArray();
        for (int i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject()) {
                problem(tr("criteria[%1] must be an object").arg(i), QStringLiteral("criteria"));
                continue;
            }
            p.criteria.append(readCriterion(list.at(i).toObject(), i));
        }
        return p;
    }

    CriterionDef readCriterion(const QJsonObject &o, int i)
    {
        CriterionDef c;
        c.id = o.value(QStringLiteral("id")).toString();
        const QString where = criterionLocation(c, i) + QStringLiteral(": ");
        static const QStringList kKeys = {
            QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("metric"), QStringLiteral("scope"),
            QStringLiteral("key_only"), QStringLiteral("higher_is_better"), QStringLiteral("green"),
            QStringLiteral("orange"), QStringLiteral("green_strict"), QStringLiteral("orange_strict"),
            QStringLiteral("required")};
        checkKeys(o, kKeys, where, i);
        if (!o.value(QStringLiteral("id")).isString())
            problem(tr("%1\"id\" must be a string").arg(where), QStringLiteral("id"), i);
        c.label = string(o, QStringLiteral("label"), QString(), where, i);

        const QString metric = string(o, QStringLiteral("metric"), QString(), where, i);
        if (const auto m = metricFromId(metric)) {
            c.metric = *m;
        } else {
            const QStringList known = metricIds();
            problem(metric.isEmpty() ? tr("%1\"metric\" is missing (one of: %2)").arg(where, known.join(QStringLiteral(", ")))
                                     : tr("%1unknown metric \"%2\" (one of: %3)").arg(where, metric, known.join(QStringLiteral(", "))),
                    QStringLiteral("metric"), i);
        }
        const QString scope = string(o, QStringLiteral("scope"), QStringLiteral("target"), where, i);
        if (const auto s = scopeFromId(scope))
            c.scope = *s;
        else
            problem(tr("%1unknown scope \"%2\" (one of: target, up_to_target, run)").arg(where, scope),
                    QStringLiteral("scope"), i);
        c.keyTransactionOnly = boolean(o, QStringLiteral("key_only"), false, where, i);
        c.higherIsBetter = boolean(o, QStringLiteral("higher_is_better"), c.metric == Metric::Throughput, where, i);
        c.greenStrict = boolean(o, QStringLiteral("green_strict"), false, where, i);
        c.orangeStrict = boolean(o, QStringLiteral("orange_strict"), false, where, i);
        c.required = boolean(o, QStringLiteral("required"), true, where, i);
        if (c.metric != Metric::TargetStageHeld) {
            for (const QString &key : {QStringLiteral("green"), QStringLiteral("orange")})
                if (o.value(key).isUndefined())
                    problem(tr("%1\"%2\" limit is missing").arg(where, key), QStringLiteral("id"), i);
        }
        c.green = number(o, QStringLiteral("green"), 0, where, i);
        c.orange = number(o, QStringLiteral("orange"), 0, where, i);
        return c;
    }
};

} // namespace

Profile Profile::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        fail(fileName, lineAt(json, err.offset), tr("invalid JSON: %1").arg(err.errorString()));
    if (!doc.isObject())
        fail(fileName, 1, tr("not a Palier profile: the document must be a JSON object"));

    Reader reader;
    Profile p = reader.read(doc.object());
    QList<Problem> problems = reader.problems;
    if (problems.isEmpty())
        problems = checkProfile(p);
    if (problems.isEmpty())
        return p;
    const Problem &first = problems.first();
    QString message = first.message;
    if (problems.size() > 1) {
        // lupdate loops on a lambda inside a translate() expression: build the list first.
        QStringList rest;
        for (qsizetype i = 1; i < problems.size(); ++i)
            rest.append(problems.at(i).message);
        const int more = int(rest.size());
        message += QCoreApplication::translate("palier::Grid", " (and %n more problem(s): %1)", nullptr, more)
                       .arg(rest.join(QStringLiteral("; ")));
    }
    fail(fileName, findLine(json, first), message);
}

Profile Profile::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(path, 0, tr("cannot read the profile: %1").arg(file.errorString()));
    return fromJson(file.readAll(), path);
}

} // namespace palier
