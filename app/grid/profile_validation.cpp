// Validating a profile: the rules docs/grid-rules.md §1 sets on
// values (limits in order, target in the plan, window sizes…), as opposed to
// the JSON's shape, which the reader checks. Problems are typed findings
// ("profile.*"); the words module says them.
#include "grid/profile_problems.h"

#include <QRegularExpression>

#include <cmath>

namespace palier {

ProfileProblem profileProblem(const QString &kind, const QString &key, const KeyPlace &place, Params params,
                              const QString &lineKey)
{
    if (!key.isEmpty())
        params.insert(QStringLiteral("key"), key);
    if (place.criterion >= 0) {
        Params where {{QStringLiteral("index"), place.criterion}};
        if (!place.criterionId.isEmpty())
            where.insert(QStringLiteral("id"), place.criterionId);
        const QString whereKind = place.criterionId.isEmpty() ? QStringLiteral("profile.where.criterion_index")
                                                              : QStringLiteral("profile.where.criterion");
        params.insert(QStringLiteral("where"), nestedFinding(Finding::info(whereKind, QString(), 0, where)));
    } else if (place.window) {
        params.insert(QStringLiteral("where"),
                      nestedFinding(Finding::info(QStringLiteral("profile.where.window"), QString(), 0)));
    }
    return {Finding::error(kind, QString(), 0, params), lineKey.isEmpty() ? key : lineKey, place.criterion};
}

namespace {

QVariantList toVariantList(const QList<int> &values)
{
    QVariantList out;
    for (int v : values)
        out.append(v);
    return out;
}

void checkTopLevel(const Profile &p, QList<ProfileProblem> &out)
{
    const KeyPlace top = KeyPlace::top();
    const auto add = [&](const char *kind, const char *key, const Params &params = {}) {
        out.append(profileProblem(QLatin1String(kind), QLatin1String(key), top, params));
    };
    if (p.version != kProfileVersion)
        add(p.version > kProfileVersion ? "profile.newer_version" : "profile.unsupported_version", "palier_profile",
            {{QStringLiteral("version"), p.version}, {QStringLiteral("supported"), kProfileVersion}});
    if (p.name.trimmed().isEmpty())
        add("profile.empty_name", "name");
    for (int i = 0; i < p.stagePlan.size(); ++i) {
        if (p.stagePlan.at(i) <= 0) {
            add("profile.stage_plan_not_positive", "stage_plan", {{QStringLiteral("value"), p.stagePlan.at(i)}});
            break;
        }
        if (i > 0 && p.stagePlan.at(i) <= p.stagePlan.at(i - 1)) {
            add("profile.stage_plan_not_increasing", "stage_plan",
                {{QStringLiteral("value"), p.stagePlan.at(i)}, {QStringLiteral("previous"), p.stagePlan.at(i - 1)}});
            break;
        }
    }
    if (p.targetUsers <= 0)
        add("profile.target_not_positive", "target_users", {{QStringLiteral("value"), p.targetUsers}});
    else if (!p.stagePlan.isEmpty() && !p.stagePlan.contains(p.targetUsers))
        add("profile.target_not_in_plan", "target_users",
            {{QStringLiteral("value"), p.targetUsers}, {QStringLiteral("plan"), toVariantList(p.stagePlan)}});
    if (!(p.requiredStageDurationS > 0) || !std::isfinite(p.requiredStageDurationS))
        add("profile.duration_not_positive", "required_stage_duration_s");
    if (!(p.warmupS >= 0) || !std::isfinite(p.warmupS))
        add("profile.warmup_negative", "warmup_s");
    else if (p.requiredStageDurationS > 0 && p.warmupS >= p.requiredStageDurationS)
        add("profile.warmup_too_long", "warmup_s",
            {{QStringLiteral("value"), p.warmupS}, {QStringLiteral("required"), p.requiredStageDurationS}});

    const KeyPlace window = KeyPlace::inWindow();
    if (p.windowSize < 1)
        out.append(profileProblem(QStringLiteral("profile.window_size_too_small"), QStringLiteral("size"), window,
                                  {{QStringLiteral("value"), p.windowSize}}));
    if (p.consistencyMin < 1 || p.consistencyMin > p.windowSize)
        out.append(profileProblem(QStringLiteral("profile.consistency_out_of_range"), QStringLiteral("consistency_min"),
                                  window,
                                  {{QStringLiteral("value"), p.consistencyMin}, {QStringLiteral("size"), p.windowSize}}));
    if (!(p.durationTolerance >= 0 && p.durationTolerance < 1))
        out.append(profileProblem(QStringLiteral("profile.tolerance_out_of_range"), QStringLiteral("duration_tolerance"),
                                  window, {{QStringLiteral("value"), p.durationTolerance}}));
}

// The limits of a criterion that has them (every metric but the held verdict).
void checkLimits(const CriterionDef &c, const KeyPlace &at, QList<ProfileProblem> &out)
{
    const auto add = [&](const char *kind, const char *key, const Params &params = {}) {
        out.append(profileProblem(QLatin1String(kind), QLatin1String(key), at, params));
    };
    if (c.metric == Metric::Throughput && !c.higherIsBetter)
        add("profile.throughput_lower_is_better", "higher_is_better");
    if (c.metric != Metric::Throughput && c.higherIsBetter)
        add("profile.metric_higher_is_better", "higher_is_better", {{QStringLiteral("metric"), metricId(c.metric)}});
    if (!std::isfinite(c.green) || !std::isfinite(c.orange) || c.green < 0 || c.orange < 0) {
        add("profile.limits_not_numbers", "green");
        return;
    }
    const Params limits {{QStringLiteral("green"), c.green}, {QStringLiteral("orange"), c.orange}};
    if (!c.higherIsBetter && c.green > c.orange)
        add("profile.green_above_orange", "orange", limits);
    if (c.higherIsBetter && c.green < c.orange)
        add("profile.green_below_orange", "orange", limits);
    if (c.green == c.orange && c.greenStrict != c.orangeStrict)
        add("profile.limits_equal_strictness", "orange_strict",
            {{QStringLiteral("value"), c.green}, {QStringLiteral("green_strict"), c.greenStrict},
             {QStringLiteral("orange_strict"), c.orangeStrict}});
    if (c.metric == Metric::ErrorRate && c.orange > 100)
        add("profile.error_rate_above_100", "orange", {{QStringLiteral("value"), c.orange}});
}

void checkCriteria(const Profile &p, QList<ProfileProblem> &out)
{
    if (p.criteria.isEmpty())
        out.append(profileProblem(QStringLiteral("profile.no_criteria"), QStringLiteral("criteria"), KeyPlace::top()));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    QStringList ids;
    for (int i = 0; i < p.criteria.size(); ++i) {
        const CriterionDef &c = p.criteria.at(i);
        const KeyPlace at = KeyPlace::inCriterion(i, c.id);
        const auto add = [&](const char *kind, const char *key, const Params &params = {}) {
            out.append(profileProblem(QLatin1String(kind), QLatin1String(key), at, params));
        };
        if (!idPattern.match(c.id).hasMatch())
            add("profile.bad_criterion_id", "id", {{QStringLiteral("value"), c.id}});
        else if (ids.contains(c.id))
            add("profile.duplicate_criterion_id", "id", {{QStringLiteral("value"), c.id}});
        ids.append(c.id);
        if (c.keyTransactionOnly && p.keyTransaction.isEmpty())
            add("profile.key_only_without_key", "key_only");
        if (c.metric == Metric::TargetStageHeld) {
            if (c.scope != Scope::TargetStage)
                add("profile.held_scope_not_target", "scope", {{QStringLiteral("value"), scopeId(c.scope)}});
            continue;   // its limits come from the p95 and error-rate criteria
        }
        checkLimits(c, at, out);
    }
}

} // namespace

QList<ProfileProblem> checkProfile(const Profile &p)
{
    QList<ProfileProblem> out;
    checkTopLevel(p, out);
    checkCriteria(p, out);
    return out;
}

QList<Finding> Profile::validate() const
{
    QList<Finding> out;
    for (const ProfileProblem &pb : checkProfile(*this))
        out.append(pb.finding);
    return out;
}

} // namespace palier
