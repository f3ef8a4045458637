// Validating a profile: the rules grid.md §1 and docs/grid-rules.md §1 set on
// values (limits in order, target in the plan, window sizes…), as opposed to
// the JSON's shape, which the reader checks.
#include "grid/profile_problems.h"

#include <QRegularExpression>

#include <cmath>

namespace palier {

namespace {

QString tr(const char *text) { return profileTr(text); }

} // namespace

QString criterionLocation(const CriterionDef &c, int index)
{
    return c.id.isEmpty() ? QStringLiteral("criteria[%1]").arg(index)
                          : QStringLiteral("criteria[%1] (%2)").arg(index).arg(c.id);
}

QList<ProfileProblem> checkProfile(const Profile &p)
{
    QList<ProfileProblem> out;
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
        const QString who = criterionLocation(c, i);
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

QStringList Profile::validate() const
{
    QStringList out;
    for (const ProfileProblem &pb : checkProfile(*this))
        out.append(pb.message);
    return out;
}

} // namespace palier
