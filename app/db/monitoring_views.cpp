#include "db/monitoring_views.h"

#include "grid/colour.h"
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

QString HourlyRow::hourSlotIso() const { return isoWithOffset(hourSlot); }

QString isoWithOffset(const QDateTime &at)
{
    // Local wall time and its offset, "+00:00" style (never "Z"), as every
    // time Palier prints (docs/cli.md).
    const int offset = at.offsetFromUtc();
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch() + offset, QTimeZone(0));
    const int a = std::abs(offset);
    QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    QString text = wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + sign
        + QStringLiteral("%1:%2").arg(a / 3600, 2, 10, QLatin1Char('0')).arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (a % 60)   // historical local mean time offsets have seconds
        text += QStringLiteral(":%1").arg(a % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString errorRatePctText(qint64 errors, qint64 events)
{
    if (events <= 0 || errors < 0)
        return {};
    // 100 × errors / events to 2 decimals = round(10000 × errors / events) / 100,
    // half away from zero (numeric ROUND); all in integers, so no binary
    // fraction can tip a half. 10000 × errors stays far below 2^63 for any
    // count PostgreSQL's int4 casts let through.
    const qint64 num = 10000 * errors;
    const qint64 hundredths = (2 * num + events) / (2 * events);
    return QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QString HourlyRow::errorRatePct() const { return errorRatePctText(errors, events); }
QString DailyRow::errorRatePct() const { return errorRatePctText(errors, events); }

DecisionThresholds DecisionThresholds::fromProfile(const Profile &profile)
{
    DecisionThresholds t;
    t.p95GreenMs = profile.p95GreenMs();
    t.p95OrangeMs = profile.p95OrangeMs();
    t.errorGreenPct = profile.errorGreenPct();
    t.errorOrangePct = profile.errorOrangePct();
    if (const CriterionDef *c = profile.p95Criterion()) {
        t.p95GreenStrict = c->greenStrict;
        t.p95OrangeStrict = c->orangeStrict;
    }
    if (const CriterionDef *c = profile.errorRateCriterion()) {
        t.errorGreenStrict = c->greenStrict;
        t.errorOrangeStrict = c->orangeStrict;
    }
    return t;
}

namespace {

// The criterion the hint compares with, as the grid compares (lower is better).
CriterionDef limits(Metric metric, double green, double orange, bool greenStrict, bool orangeStrict)
{
    CriterionDef c;
    c.metric = metric;
    c.green = green;
    c.orange = orange;
    c.greenStrict = greenStrict;
    c.orangeStrict = orangeStrict;
    return c;
}

} // namespace

Colour DecisionThresholds::p95Colour(std::optional<int> p95Ms) const
{
    // SQL three-valued logic: a NULL value or a missing limit never fires.
    if (!p95Ms || std::isnan(p95GreenMs) || std::isnan(p95OrangeMs))
        return Colour::NotEvaluated;
    return colourOf(limits(Metric::LatencyP95, p95GreenMs, p95OrangeMs, p95GreenStrict, p95OrangeStrict), double(*p95Ms));
}

Colour DecisionThresholds::errorRateColour(std::optional<double> errorRatePct) const
{
    if (!errorRatePct || std::isnan(errorGreenPct) || std::isnan(errorOrangePct))
        return Colour::NotEvaluated;
    return colourOf(limits(Metric::ErrorRate, errorGreenPct, errorOrangePct, errorGreenStrict, errorOrangeStrict),
                    *errorRatePct);
}

DecisionHint DecisionThresholds::decide(std::optional<int> p95Ms, std::optional<double> errorRatePct) const
{
    return productionHint(p95Colour(p95Ms), errorRateColour(errorRatePct));
}

} // namespace palier
