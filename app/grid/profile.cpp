#include "grid/profile.h"
#include "model/legacy_message.h"

#include "model/run.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace palier {

namespace {

constexpr int kProfileVersion = 1;

QString tr(const char *text) { return QCoreApplication::translate("palier::Grid", text); }

// One problem in a profile, with what is needed to find its line in the file.
struct Problem {
    QString message;
    QString key;            // JSON key the problem is about (empty: the document)
    int criterion = -1;     // index into "criteria", -1 for a top-level key
};

struct MetricName {
    Metric metric;
    const char *id;
};
constexpr MetricName kMetrics[] = {
    {Metric::LatencyP50, "p50"},         {Metric::LatencyP95, "p95"},
    {Metric::LatencyP99, "p99"},         {Metric::LatencyAvg, "avg"},
    {Metric::ErrorRate, "error_rate"},   {Metric::Throughput, "throughput"},
    {Metric::TargetStageHeld, "target_stage_held"},
};

struct ScopeName {
    Scope scope;
    const char *id;
};
constexpr ScopeName kScopes[] = {
    {Scope::TargetStage, "target"}, {Scope::UpToTarget, "up_to_target"}, {Scope::Run, "run"}};

QString criterionName(const CriterionDef &c, int index)
{
    return c.id.isEmpty() ? QStringLiteral("criteria[%1]").arg(index)
                          : QStringLiteral("criteria[%1] (%2)").arg(index).arg(c.id);
}

QList<Problem> checkProfile(const Profile &p)
{
    QList<Problem> out;
    auto add = [&](const QString &msg, const QString &key, int criterion = -1) {
        out.append({msg, key, criterion});
    };
    if (p.version != kProfileVersion)
        add(tr("unsupported profile version %1 (this Palier reads version %2)").arg(p.version).arg(kProfileVersion),
            QStringLiteral("palier_profile"));
    if (p.name.trimmed().isEmpty())
        add(tr("the profile needs a non-empty \"name\""), QStringLiteral("name"));
    for (int i = 0; i < p.stagePlan.size(); ++i) {
        if (p.stagePlan.at(i) <= 0) {
            add(tr("stage_plan: user levels must be positive (found %1)").arg(p.stagePlan.at(i)),
                QStringLiteral("stage_plan"));
            break;
        }
        if (i > 0 && p.stagePlan.at(i) <= p.stagePlan.at(i - 1)) {
            add(tr("stage_plan: user levels must increase (%1 after %2)").arg(p.stagePlan.at(i)).arg(p.stagePlan.at(i - 1)),
                QStringLiteral("stage_plan"));
            break;
        }
    }
    if (p.targetUsers <= 0)
        add(tr("target_users must be a positive number of users (found %1)").arg(p.targetUsers),
            QStringLiteral("target_users"));
    else if (!p.stagePlan.isEmpty() && !p.stagePlan.contains(p.targetUsers))
        add(tr("target_users %1 is not one of the stage_plan levels").arg(p.targetUsers),
            QStringLiteral("target_users"));
    if (!(p.requiredStageDurationS > 0) || !std::isfinite(p.requiredStageDurationS))
        add(tr("required_stage_duration_s must be a positive number of seconds"),
            QStringLiteral("required_stage_duration_s"));
    if (!(p.warmupS >= 0) || !std::isfinite(p.warmupS))
        add(tr("warmup_s must be zero or a positive number of seconds"), QStringLiteral("warmup_s"));
    else if (p.requiredStageDurationS > 0 && p.warmupS >= p.requiredStageDurationS)
        add(tr("warmup_s (%1 s) must be shorter than required_stage_duration_s (%2 s)")
                .arg(p.warmupS).arg(p.requiredStageDurationS),
            QStringLiteral("warmup_s"));
    if (p.windowSize < 1)
        add(tr("window.size must be at least 1 (found %1)").arg(p.windowSize), QStringLiteral("size"));
    if (p.consistencyMin < 1 || p.consistencyMin > p.windowSize)
        add(tr("window.consistency_min must be between 1 and window.size (found %1)").arg(p.consistencyMin),
            QStringLiteral("consistency_min"));
    if (!(p.durationTolerance >= 0 && p.durationTolerance < 1))
        add(tr("window.duration_tolerance must be a fraction in [0, 1), e.g. 0.1 for ±10 %"),
            QStringLiteral("duration_tolerance"));

    if (p.criteria.isEmpty())
        add(tr("the profile has no criteria"), QStringLiteral("criteria"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    QStringList ids;
    for (int i = 0; i < p.criteria.size(); ++i) {
        const CriterionDef &c = p.criteria.at(i);
        const QString who = criterionName(c, i);
        if (!idPattern.match(c.id).hasMatch())
            add(tr("%1: \"id\" must be a non-empty word of letters, digits, '_', '.' or '-'").arg(who),
                QStringLiteral("id"), i);
        else if (ids.contains(c.id))
            add(tr("%1: the id is used by another criterion").arg(who), QStringLiteral("id"), i);
        ids.append(c.id);
        if (c.keyTransactionOnly && p.keyTransaction.isEmpty())
            add(tr("%1: key_only needs a key_transaction in the profile").arg(who), QStringLiteral("key_only"), i);
        if (c.metric == Metric::TargetStageHeld) {
            if (c.scope != Scope::TargetStage)
                add(tr("%1: target_stage_held is about the target stage; its scope must be \"target\"").arg(who),
                    QStringLiteral("scope"), i);
            continue;   // its limits come from the p95 and error-rate criteria
        }
        if (c.metric == Metric::Throughput && !c.higherIsBetter)
            add(tr("%1: throughput is better when higher; set \"higher_is_better\": true").arg(who),
                QStringLiteral("higher_is_better"), i);
        if (c.metric != Metric::Throughput && c.higherIsBetter)
            add(tr("%1: %2 is better when lower; \"higher_is_better\" must be false").arg(who, metricId(c.metric)),
                QStringLiteral("higher_is_better"), i);
        if (!std::isfinite(c.green) || !std::isfinite(c.orange) || c.green < 0 || c.orange < 0) {
            add(tr("%1: \"green\" and \"orange\" must be numbers, zero or more").arg(who), QStringLiteral("green"), i);
            continue;
        }
        if (!c.higherIsBetter && c.green > c.orange)
            add(tr("%1: green limit %2 is above orange limit %3 (lower is better: green <= orange)")
                    .arg(who).arg(c.green).arg(c.orange),
                QStringLiteral("orange"), i);
        if (c.higherIsBetter && c.green < c.orange)
            add(tr("%1: green limit %2 is below orange limit %3 (higher is better: green >= orange)")
                    .arg(who).arg(c.green).arg(c.orange),
                QStringLiteral("orange"), i);
        if (c.green == c.orange && c.greenStrict != c.orangeStrict)
            add(tr("%1: with green equal to orange, green_strict and orange_strict must be equal").arg(who),
                QStringLiteral("orange_strict"), i);
        if (c.metric == Metric::ErrorRate && c.orange > 100)
            add(tr("%1: an error rate is a percentage; orange %2 is above 100").arg(who).arg(c.orange),
                QStringLiteral("orange"), i);
    }
    return out;
}

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
        const QString where = criterionName(c, i) + QStringLiteral(": ");
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
            QStringList known;
            for (const MetricName &n : kMetrics)
                known.append(QLatin1String(n.id));
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

QString metricId(Metric m)
{
    for (const MetricName &n : kMetrics)
        if (n.metric == m)
            return QLatin1String(n.id);
    return QString();
}

QString scopeId(Scope s)
{
    for (const ScopeName &n : kScopes)
        if (n.scope == s)
            return QLatin1String(n.id);
    return QString();
}

std::optional<Metric> metricFromId(const QString &id)
{
    for (const MetricName &n : kMetrics)
        if (id == QLatin1String(n.id))
            return n.metric;
    return std::nullopt;
}

std::optional<Scope> scopeFromId(const QString &id)
{
    for (const ScopeName &n : kScopes)
        if (id == QLatin1String(n.id))
            return n.scope;
    return std::nullopt;
}

QString CriterionDef::displayLabel(const QString &keyTransaction) const
{
    if (!label.isEmpty())
        return label;
    QString what;
    switch (metric) {
    case Metric::LatencyP50: what = tr("p50"); break;
    case Metric::LatencyP95: what = tr("p95"); break;
    case Metric::LatencyP99: what = tr("p99"); break;
    case Metric::LatencyAvg: what = tr("Mean response time"); break;
    case Metric::ErrorRate: what = tr("Error rate"); break;
    case Metric::Throughput: what = tr("Throughput"); break;
    case Metric::TargetStageHeld: return tr("Target stage held");
    }
    if (keyTransactionOnly && !keyTransaction.isEmpty())
        what = tr("%1 %2").arg(what, keyTransaction);
    switch (scope) {
    case Scope::TargetStage: return tr("%1 at the target stage").arg(what);
    case Scope::UpToTarget: return tr("%1, stages up to the target").arg(what);
    case Scope::Run: return tr("%1 over the run").arg(what);
    }
    return what;
}

static const CriterionDef *limitCriterion(const Profile &p, Metric metric, const QString &preferredId)
{
    if (const CriterionDef *c = p.criterion(preferredId); c && c->metric == metric)
        return c;
    for (const CriterionDef &c : p.criteria)
        if (c.metric == metric)
            return &c;
    return nullptr;
}

const CriterionDef *Profile::p95Criterion() const
{
    return limitCriterion(*this, Metric::LatencyP95, QStringLiteral("p95_key"));
}

const CriterionDef *Profile::errorRateCriterion() const
{
    return limitCriterion(*this, Metric::ErrorRate, QStringLiteral("error_rate"));
}

double Profile::p95GreenMs() const
{
    const CriterionDef *c = p95Criterion();
    return c ? c->green : kNaN;
}

double Profile::p95OrangeMs() const
{
    const CriterionDef *c = p95Criterion();
    return c ? c->orange : kNaN;
}

double Profile::errorGreenPct() const
{
    const CriterionDef *c = errorRateCriterion();
    return c ? c->green : kNaN;
}

double Profile::errorOrangePct() const
{
    const CriterionDef *c = errorRateCriterion();
    return c ? c->orange : kNaN;
}

const CriterionDef *Profile::criterion(const QString &id) const
{
    for (const CriterionDef &c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

Profile Profile::builtinDefault()
{
    Profile p;
    p.name = QStringLiteral("Défaut (grille Go/No-Go)");
    p.description = QStringLiteral(
        "The seed's Go/No-Go grid: athlete_search p95 at the 100-user stage (green <= 2500 ms, "
        "orange 2501-4000 ms), error rate over all endpoints up to the target stage (green < 1 %, "
        "orange 1-3 %), and the target stage held for 10 minutes; window of the 3 most recent "
        "comparable runs, a signal counts in 2 of 3.");
    p.keyTransaction = QStringLiteral("athlete_search");
    p.stagePlan = {5, 20, 50, 75, 100, 150};
    p.targetUsers = 100;
    p.requiredStageDurationS = 600;
    p.windowSize = 3;
    p.consistencyMin = 2;
    p.durationTolerance = 0.10;
    p.warmupS = 30;

    CriterionDef p95;
    p95.id = QStringLiteral("p95_key");
    p95.label = QStringLiteral("p95 athlete_search at the target stage");
    p95.metric = Metric::LatencyP95;
    p95.scope = Scope::TargetStage;
    p95.keyTransactionOnly = true;
    p95.green = 2500;
    p95.orange = 4000;

    CriterionDef errors;
    errors.id = QStringLiteral("error_rate");
    errors.label = QStringLiteral("Error rate, all endpoints, stages up to the target");
    errors.metric = Metric::ErrorRate;
    errors.scope = Scope::UpToTarget;
    errors.green = 1;
    errors.orange = 3;
    errors.greenStrict = true;

    CriterionDef held;
    held.id = QStringLiteral("target_stage_held");
    held.label = QStringLiteral("Target stage held");
    held.metric = Metric::TargetStageHeld;
    held.scope = Scope::TargetStage;

    p.criteria = {p95, errors, held};
    return p;
}

QStringList Profile::validate() const
{
    QStringList out;
    for (const Problem &pb : checkProfile(*this))
        out.append(pb.message);
    return out;
}

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

namespace {

// JSON text of one value (string escaping and number formatting as Qt does).
QByteArray jsonValue(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);   // strip [ ]
}

// Writes objects with their keys in the given order: QJsonObject sorts keys, and
// a profile people edit by hand reads better in the documented order.
class OrderedWriter {
public:
    QByteArray out;
    int depth = 0;

    void open(char c) { out += c; ++depth; first = true; }
    void close(char c)
    {
        --depth;
        out += '\n' + indent() + c;
        first = false;
    }
    void key(const char *name)
    {
        separator();
        out += '"' + QByteArray(name) + "\": ";
    }
    void item() { separator(); }
    void value(const QJsonValue &v) { out += jsonValue(v); }
    void inlineArray(const QList<int> &values)
    {
        QByteArray text = "[";
        for (qsizetype i = 0; i < values.size(); ++i)
            text += (i ? ", " : "") + QByteArray::number(values.at(i));
        out += text + ']';
    }

private:
    bool first = true;
    QByteArray indent() const { return QByteArray(4 * depth, ' '); }
    void separator()
    {
        if (!first)
            out += ',';
        out += '\n' + indent();
        first = false;
    }
};

} // namespace

QByteArray Profile::toJson() const
{
    OrderedWriter w;
    w.open('{');
    w.key("palier_profile"); w.value(version);
    w.key("name"); w.value(name);
    if (!description.isEmpty()) {
        w.key("description"); w.value(description);
    }
    w.key("key_transaction"); w.value(keyTransaction);
    w.key("stage_plan"); w.inlineArray(stagePlan);
    w.key("target_users"); w.value(targetUsers);
    w.key("required_stage_duration_s"); w.value(requiredStageDurationS);
    w.key("warmup_s"); w.value(warmupS);
    w.key("window");
    w.open('{');
    w.key("size"); w.value(windowSize);
    w.key("consistency_min"); w.value(consistencyMin);
    w.key("duration_tolerance"); w.value(durationTolerance);
    w.close('}');
    w.key("criteria");
    w.open('[');
    for (const CriterionDef &c : criteria) {
        w.item();
        w.open('{');
        w.key("id"); w.value(c.id);
        if (!c.label.isEmpty()) {
            w.key("label"); w.value(c.label);
        }
        w.key("metric"); w.value(metricId(c.metric));
        w.key("scope"); w.value(scopeId(c.scope));
        w.key("key_only"); w.value(c.keyTransactionOnly);
        if (c.metric != Metric::TargetStageHeld) {
            w.key("higher_is_better"); w.value(c.higherIsBetter);
            w.key("green"); w.value(c.green);
            w.key("orange"); w.value(c.orange);
            w.key("green_strict"); w.value(c.greenStrict);
            w.key("orange_strict"); w.value(c.orangeStrict);
        }
        // Written only when it differs from the default, so the built-in profile
        // still saves as resources/profiles/default.json byte for byte.
        if (!c.required) {
            w.key("required"); w.value(false);
        }
        w.close('}');
    }
    w.close(']');
    w.close('}');
    return w.out + '\n';
}

} // namespace palier
