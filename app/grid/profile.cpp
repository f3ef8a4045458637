// The profile model: metric and scope ids, the criteria the held verdict takes
// its limits from, and the built-in default (the seed's grid). Reading, checking
// and writing JSON live in profile_json_reader.cpp, profile_validation.cpp and
// profile_json_writer.cpp.
#include "grid/profile.h"
#include "grid/profile_problems.h"

#include "model/run.h"

namespace palier {

namespace {

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

const CriterionDef *limitCriterion(const Profile &p, Metric metric, const QString &preferredId)
{
    if (const CriterionDef *c = p.criterion(preferredId); c && c->metric == metric)
        return c;
    for (const CriterionDef &c : p.criteria)
        if (c.metric == metric)
            return &c;
    return nullptr;
}

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

QStringList metricIds()
{
    QStringList out;
    for (const MetricName &n : kMetrics)
        out.append(QLatin1String(n.id));
    return out;
}

QStringList scopeIds()
{
    QStringList out;
    for (const ScopeName &n : kScopes)
        out.append(QLatin1String(n.id));
    return out;
}

const CriterionDef *Profile::p95Criterion() const
{
    return limitCriterion(*this, Metric::LatencyP95, QStringLiteral("p95_key"));
}

const CriterionDef *Profile::errorRateCriterion() const
{
    return limitCriterion(*this, Metric::ErrorRate, QStringLiteral("error_rate"));
}

const CriterionDef *Profile::heldCriterion() const
{
    for (const CriterionDef &c : criteria)
        if (c.metric == Metric::TargetStageHeld)
            return &c;
    return nullptr;
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

    // No labels: a label is the author's text, shown as written in every
    // language, while a criterion without one is named by the words module in
    // the reader's language (words/grid_words.h criterionName).
    CriterionDef p95;
    p95.id = QStringLiteral("p95_key");
    p95.metric = Metric::LatencyP95;
    p95.scope = Scope::TargetStage;
    p95.keyTransactionOnly = true;
    p95.green = 2500;
    p95.orange = 4000;

    CriterionDef errors;
    errors.id = QStringLiteral("error_rate");
    errors.metric = Metric::ErrorRate;
    errors.scope = Scope::UpToTarget;
    errors.green = 1;
    errors.orange = 3;
    errors.greenStrict = true;

    CriterionDef held;
    held.id = QStringLiteral("target_stage_held");
    held.metric = Metric::TargetStageHeld;
    held.scope = Scope::TargetStage;

    p.criteria = {p95, errors, held};
    return p;
}

} // namespace palier
