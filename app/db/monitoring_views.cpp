#include "db/monitoring_views.h"

#include "grid/profile.h"

#include <QTimeZone>

#include <cmath>

namespace palier {

std::optional<double> MonitoringSummary::errorRate() const
{
    if (errorRatePct.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = errorRatePct.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString HourlyRow::hourSlotIso() const
{
    // Local wall time of the slot and its offset, "+00:00" style (never "Z"),
    // as every time Palier prints (docs/cli.md).
    const int offset = hourSlot.offsetFromUtc();
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(hourSlot.toSecsSinceEpoch() + offset, QTimeZone(0));
    const int a = std::abs(offset);
    QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    QString text = wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + sign
        + QStringLiteral("%1:%2").arg(a / 3600, 2, 10, QLatin1Char('0')).arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (a % 60)   // historical local mean time offsets have seconds
        text += QStringLiteral(":%1").arg(a % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString decisionHintId(DecisionHint hint)
{
    switch (hint) {
    case DecisionHint::Go: return QStringLiteral("GO");
    case DecisionHint::Watch: return QStringLiteral("WATCH");
    case DecisionHint::NoGo: return QStringLiteral("NO_GO");
    }
    return QStringLiteral("GO");
}

namespace {

// The criterion the profile's limits come from (as Profile::p95GreenMs() etc.
// pick it): the preferred id if it has the metric, else the first of that metric.
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

DecisionThresholds DecisionThresholds::fromProfile(const Profile &profile)
{
    DecisionThresholds t;
    t.p95GreenMs = profile.p95GreenMs();
    t.p95OrangeMs = profile.p95OrangeMs();
    t.errorGreenPct = profile.errorGreenPct();
    t.errorOrangePct = profile.errorOrangePct();
    if (const CriterionDef *c = limitCriterion(profile, Metric::LatencyP95, QStringLiteral("p95_key"))) {
        t.p95GreenStrict = c->greenStrict;
        t.p95OrangeStrict = c->orangeStrict;
    }
    if (const CriterionDef *c = limitCriterion(profile, Metric::ErrorRate, QStringLiteral("error_rate"))) {
        t.errorGreenStrict = c->greenStrict;
        t.errorOrangeStrict = c->orangeStrict;
    }
    return t;
}

DecisionHint DecisionThresholds::decide(std::optional<int> p95Ms, std::optional<double> errorRatePct) const
{
    // SQL three-valued logic: a NULL value or a missing limit never fires.
    auto past = [](std::optional<double> v, double limit, bool strict) {
        if (!v || std::isnan(limit))
            return false;
        return strict ? *v >= limit : *v > limit;
    };
    const std::optional<double> p95 = p95Ms ? std::optional<double>(*p95Ms) : std::nullopt;
    if (past(p95, p95OrangeMs, p95OrangeStrict) || past(errorRatePct, errorOrangePct, errorOrangeStrict))
        return DecisionHint::NoGo;
    if (past(p95, p95GreenMs, p95GreenStrict) || past(errorRatePct, errorGreenPct, errorGreenStrict))
        return DecisionHint::Watch;
    return DecisionHint::Go;
}

} // namespace palier
