#include "words/capacity_words.h"

#include <cmath>

namespace palier {

namespace {

const char *const kContext = "palier::Capacity";

QString tr(const Language &lang, const char *text, int n = -1)
{
    return lang.translate(kContext, text, nullptr, n);
}

} // namespace

QString capacityStateWord(CapacityState s, const Language &lang)
{
    switch (s) {
    case CapacityState::Ok: return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "fitted"));
    case CapacityState::TooFewStages: return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "not enough stages"));
    case CapacityState::PoorFit: return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "poor fit"));
    case CapacityState::OpenModel: return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "arrival-rate run"));
    case CapacityState::InvalidRun: return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "invalid run"));
    }
    return {};
}

QString capacityUsersText(double users, double reach, const Language &lang)
{
    if (isKnown(users))
        return QStringLiteral("≈ ") + lang.integer(qint64(std::llround(users)));
    return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "not within %1")).arg(lang.integer(qint64(std::llround(reach))));
}

QString capacityFitQuality(const Capacity &c, const Language &lang)
{
    return tr(lang, QT_TRANSLATE_N_NOOP("palier::Capacity", "USL on %n stage(s), R² %1"), c.levelsUsed())
        .arg(lang.number(c.fit.r2, 2));
}

QString capacitySummary(const Capacity &c, const Language &lang)
{
    switch (c.state) {
    case CapacityState::TooFewStages:
        return tr(lang, QT_TRANSLATE_N_NOOP("palier::Capacity", "not enough stages: %n user level(s), %1 needed"),
                  c.levelsUsed())
            .arg(lang.integer(kMinCapacityLevels));
    case CapacityState::PoorFit:
        if (!c.fit.converged)
            return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "poor fit: the USL could not be fitted to these stages"));
        return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "poor fit: R² %1 on %2 stages (at least %3 needed)"))
            .arg(lang.number(c.fit.r2, 2), lang.integer(c.levelsUsed()), lang.number(kMinCapacityR2, 2));
    case CapacityState::OpenModel:
        return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity",
                                          "arrival-rate run: the rate, not the users, sets the throughput; no USL fit"));
    case CapacityState::InvalidRun:
        return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "invalid run: no capacity estimate on damaged evidence"));
    case CapacityState::Ok:
        break;
    }
    QString latency;
    if (c.hasProjection()) {
        const QString orange = isKnown(c.usersAtOrange)
            ? tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "≈ %1 users before orange"))
                  .arg(lang.integer(qint64(std::llround(c.usersAtOrange))))
            : tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "no orange up to %1 users"))
                  .arg(lang.integer(qint64(std::llround(c.reachUsers()))));
        const QString red = isKnown(c.usersAtRed)
            ? tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "≈ %1 before red"))
                  .arg(lang.integer(qint64(std::llround(c.usersAtRed))))
            : tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "no red up to %1 users"))
                  .arg(lang.integer(qint64(std::llround(c.reachUsers()))));
        latency = orange + QStringLiteral(", ") + red;
    } else {
        latency = tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "latency not projected (no key p95 or response time)"));
    }
    const QString peak = isKnown(c.peakUsers())
        ? tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "throughput peak ≈ %1 req/s at %2 users"))
              .arg(lang.number(c.peakRps(), 1), lang.integer(qint64(std::llround(c.peakUsers()))))
        : tr(lang, QT_TRANSLATE_NOOP("palier::Capacity",
                                     "throughput peak not determined: the stages have not bent the curve yet"));
    //: latency crossings; throughput peak (fit quality)
    return tr(lang, QT_TRANSLATE_NOOP("palier::Capacity", "%1; %2 (%3)")).arg(latency, peak, capacityFitQuality(c, lang));
}

} // namespace palier
