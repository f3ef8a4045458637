#include "shell/format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace palier::ui {

QString Format::unknown()
{
    return QStringLiteral("\u2013");
}

QString Format::number(double v, int decimals)
{
    if (!isKnown(v))
        return unknown();
    return QLocale().toString(v, 'f', decimals);
}

QString Format::significant(double v, int digits)
{
    if (!isKnown(v))
        return unknown();
    if (v == 0)
        return number(0, 0);
    const int magnitude = int(std::floor(std::log10(std::abs(v))));
    return number(v, std::clamp(digits - 1 - magnitude, 0, 12));
}

QString Format::ms(double v)
{
    return isKnown(v) ? tr("%1 ms").arg(number(std::round(v), 0)) : unknown();
}

QString Format::pct(double v)
{
    return isKnown(v) ? tr("%1 %").arg(number(v, 2)) : unknown();
}

QString Format::rps(double v)
{
    return isKnown(v) ? tr("%1 req/s").arg(number(v, 1)) : unknown();
}

QString Format::count(qint64 v)
{
    return QLocale().toString(v);
}

QString Format::duration(double seconds)
{
    if (!isKnown(seconds))
        return unknown();
    const qint64 s = qint64(std::llround(seconds));
    if (s < 120)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 == 0 ? tr("%1 min").arg(s / 60) : tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString Format::users(int users)
{
    return tr("%n users", nullptr, users);
}

QString Format::runName(const Run &run)
{
    return run.startedAt.isValid() ? tr("%1 · %2").arg(run.id, shortDateTime(run.startedAt)) : run.id;
}

QString Format::dateTime(const QDateTime &t)
{
    if (!t.isValid())
        return unknown();
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString Format::shortDateTime(const QDateTime &t)
{
    if (!t.isValid())
        return unknown();
    const QDateTime local = t.toLocalTime();
    return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
}

QString Format::metricValue(Metric metric, double v)
{
    switch (metric) {
    case Metric::LatencyP50:
    case Metric::LatencyP95:
    case Metric::LatencyP99:
    case Metric::LatencyAvg:
        return ms(v);
    case Metric::ErrorRate:
        return pct(v);
    case Metric::Throughput:
        return isKnown(v) ? tr("%1 req/s").arg(number(v, 2)) : unknown();
    case Metric::TargetStageHeld:
        return number(v, 0);
    }
    return number(v, 2);
}

QString Format::heldWord(Colour c, bool target)
{
    if (!target) {
        switch (c) {
        case Colour::Green: return tr("stable");
        case Colour::Orange: return tr("degrading");
        case Colour::Red: return tr("unstable");
        case Colour::NotEvaluated: return tr("not evaluated");
        }
        return {};
    }
    switch (c) {
    case Colour::Green: return tr("held");
    case Colour::Orange: return tr("held, degraded");
    case Colour::Red: return tr("not held");
    case Colour::NotEvaluated: return tr("not evaluated");
    }
    return {};
}

QString Format::criterionValue(const CriterionDef *def, const CriterionResult &result)
{
    if (result.colour == Colour::NotEvaluated && !isKnown(result.value))
        return tr("not evaluated");
    if (def && def->metric == Metric::TargetStageHeld)
        return heldWord(result.colour);
    return def ? metricValue(def->metric, result.value) : number(result.value, 2);
}

} // namespace palier::ui
