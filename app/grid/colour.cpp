#include "grid/colour.h"

#include <QCoreApplication>

#include <cmath>

namespace palier {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("palier::Grid", text); }

QString limitText(Metric metric, double limit)
{
    return formatValue(metric, limit);
}

} // namespace

QString colourId(Colour c)
{
    switch (c) {
    case Colour::Green: return QStringLiteral("green");
    case Colour::Orange: return QStringLiteral("orange");
    case Colour::Red: return QStringLiteral("red");
    case Colour::NotEvaluated: return QStringLiteral("not_evaluated");
    }
    return QString();
}

QString scoreLabelId(ScoreLabel l)
{
    switch (l) {
    case ScoreLabel::Ok: return QStringLiteral("ok");
    case ScoreLabel::Attention: return QStringLiteral("attention");
    case ScoreLabel::Migrate: return QStringLiteral("migrate");
    }
    return QString();
}

QString decisionId(Decision d)
{
    switch (d) {
    case Decision::Go: return QStringLiteral("GO");
    case Decision::Watch: return QStringLiteral("WATCH");
    case Decision::NoGo: return QStringLiteral("NO_GO");
    case Decision::Inconclusive: return QStringLiteral("INCONCLUSIVE");
    }
    return QString();
}

Decision decide(int reds, int oranges)
{
    if (reds > 0)
        return Decision::NoGo;
    if (oranges <= 1)
        return Decision::Go;
    if (oranges == 2)
        return Decision::Watch;
    return Decision::NoGo;   // 0 red, >= 3 oranges: score >= 3, "migrate now" (grid.md §3)
}

ScoreLabel scoreLabel(int score)
{
    if (score <= 1)
        return ScoreLabel::Ok;
    if (score == 2)
        return ScoreLabel::Attention;
    return ScoreLabel::Migrate;
}

int severity(Colour c)
{
    switch (c) {
    case Colour::NotEvaluated: return 0;
    case Colour::Green: return 1;
    case Colour::Orange: return 2;
    case Colour::Red: return 3;
    }
    return 0;
}

double roundHalfAwayFromZero(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    const double scaled = std::abs(value) * scale;
    const double floor = std::floor(scaled);
    const double frac = scaled - floor;
    // Treat values a hair below a half (binary drift) as the half.
    const double tolerance = 1e-9 * std::max(1.0, scaled);
    const double rounded = (frac + tolerance >= 0.5) ? floor + 1 : floor;
    return std::copysign(rounded / scale, value);
}

double displayedValue(Metric metric, double value)
{
    if (std::isnan(value))
        return value;
    switch (metric) {
    case Metric::LatencyP50:
    case Metric::LatencyP95:
    case Metric::LatencyP99:
    case Metric::LatencyAvg:
        return roundHalfAwayFromZero(value, 0);
    case Metric::ErrorRate:
    case Metric::Throughput:
        return roundHalfAwayFromZero(value, 2);
    case Metric::TargetStageHeld:
        return value;
    }
    return value;
}

double roundedPercentOfCounts(qint64 part, qint64 whole)
{
    if (whole <= 0 || part < 0)
        return std::nan("");
    // hundredths = round(10000 × part / whole), half up on non-negative integers.
    // 128-bit intermediate: part can be billions of requests.
    const __int128 num = __int128(20000) * part + whole;
    const __int128 hundredths = num / (__int128(2) * whole);
    return double(qint64(hundredths)) / 100.0;
}

Colour colourOf(const CriterionDef &c, double v)
{
    if (std::isnan(v) || c.metric == Metric::TargetStageHeld)
        return Colour::NotEvaluated;
    if (!c.higherIsBetter) {
        const bool green = c.greenStrict ? v < c.green : v <= c.green;
        if (green)
            return Colour::Green;
        const bool red = c.orangeStrict ? v >= c.orange : v > c.orange;
        return red ? Colour::Red : Colour::Orange;
    }
    const bool green = c.greenStrict ? v > c.green : v >= c.green;
    if (green)
        return Colour::Green;
    const bool red = c.orangeStrict ? v <= c.orange : v < c.orange;
    return red ? Colour::Red : Colour::Orange;
}

QString formatValue(Metric metric, double v)
{
    if (std::isnan(v))
        return tr("unknown");
    switch (metric) {
    case Metric::LatencyP50:
    case Metric::LatencyP95:
    case Metric::LatencyP99:
    case Metric::LatencyAvg:
        return tr("%1 ms").arg(QString::number(v, 'f', 0));
    case Metric::ErrorRate:
        return tr("%1 %").arg(QString::number(v, 'f', 2));
    case Metric::Throughput:
        return tr("%1 req/s").arg(QString::number(v, 'f', 2));
    case Metric::TargetStageHeld:
        break;
    }
    return QString::number(v);
}

QString greenCondition(const CriterionDef &c)
{
    const QString g = limitText(c.metric, c.green);
    if (!c.higherIsBetter)
        return c.greenStrict ? tr("< %1").arg(g) : tr("≤ %1").arg(g);
    return c.greenStrict ? tr("> %1").arg(g) : tr("≥ %1").arg(g);
}

QString comparisonText(const CriterionDef &c, double v, Colour colour)
{
    Q_UNUSED(v);
    const QString g = limitText(c.metric, c.green);
    const QString o = limitText(c.metric, c.orange);
    if (!c.higherIsBetter) {
        switch (colour) {
        case Colour::Green: return c.greenStrict ? tr("below %1").arg(g) : tr("at or below %1").arg(g);
        case Colour::Orange:
            return (c.greenStrict ? tr("at or above %1").arg(g) : tr("above %1").arg(g)) + tr(", ")
                 + (c.orangeStrict ? tr("below %1").arg(o) : tr("at or below %1").arg(o));
        case Colour::Red: return c.orangeStrict ? tr("at or above %1").arg(o) : tr("above %1").arg(o);
        case Colour::NotEvaluated: break;
        }
        return QString();
    }
    switch (colour) {
    case Colour::Green: return c.greenStrict ? tr("above %1").arg(g) : tr("at or above %1").arg(g);
    case Colour::Orange:
        return (c.greenStrict ? tr("at or below %1").arg(g) : tr("below %1").arg(g)) + tr(", ")
             + (c.orangeStrict ? tr("above %1").arg(o) : tr("at or above %1").arg(o));
    case Colour::Red: return c.orangeStrict ? tr("at or below %1").arg(o) : tr("below %1").arg(o);
    case Colour::NotEvaluated: break;
    }
    return QString();
}

} // namespace palier
