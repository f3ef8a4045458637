#include "report/capacity_json.h"

#include "report/analysis_json.h"
#include "words/capacity_words.h"

#include <QJsonArray>

#include <cmath>

namespace palier {

namespace {

// Rounded so the JSON says what the fit knows and no more, and stays the same
// from one machine to the next: the last digits of an iterative fit are noise.
QJsonValue significant(double v, int digits = 6)
{
    if (!isKnown(v) || !std::isfinite(v))
        return QJsonValue(QJsonValue::Null);
    return QString::number(v, 'g', digits).toDouble();
}

QJsonValue fixed(double v, int decimals)
{
    if (!isKnown(v) || !std::isfinite(v))
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QJsonArray interval(const UslInterval &i)
{
    return QJsonArray {significant(i.low), significant(i.high)};
}

QString exclusionId(CapacityExclusion e)
{
    switch (e) {
    case CapacityExclusion::None: return {};
    case CapacityExclusion::GeneratorOverloaded: return QStringLiteral("generator_overloaded");
    case CapacityExclusion::NoThroughput: return QStringLiteral("no_throughput");
    }
    return {};
}

} // namespace

QJsonObject capacityJson(const Capacity &c, const Language &lang)
{
    const bool model = c.hasModel();
    const QJsonValue null(QJsonValue::Null);
    QJsonObject o;
    o[u"model"] = c.state == CapacityState::OpenModel ? null : QJsonValue(QStringLiteral("usl"));
    o[u"state"] = capacityStateId(c.state);
    o[u"text"] = capacitySummary(c, lang);
    o[u"stages_used"] = c.levelsUsed();
    QJsonArray users;
    for (int u : c.usersUsed())
        users.append(u);
    o[u"stage_users"] = users;
    o[u"sigma"] = model ? significant(c.fit.sigma) : null;
    o[u"kappa"] = model ? significant(c.fit.kappa) : null;
    o[u"lambda"] = model ? significant(c.fit.lambda) : null;
    if (model) {
        QJsonObject ci;
        ci[u"sigma"] = interval(c.fit.sigmaCi);
        ci[u"kappa"] = interval(c.fit.kappaCi);
        ci[u"lambda"] = interval(c.fit.lambdaCi);
        o[u"ci95"] = ci;
    } else {
        o[u"ci95"] = null;
    }
    const bool fitted = model || (c.state == CapacityState::PoorFit && c.fit.converged);
    o[u"r2"] = fitted ? fixed(c.fit.r2, 4) : null;
    o[u"peak_determined"] = model && c.fit.peakDetermined();
    o[u"peak_users"] = fixed(c.peakUsers(), 1);
    o[u"peak_rps"] = fixed(c.peakRps(), 2);
    o[u"think_time_s"] = fixed(c.thinkTimeS, 3);
    o[u"anchor_users"] = c.hasProjection() ? QJsonValue(c.anchorUsers) : null;
    o[u"users_at_orange"] = fixed(c.usersAtOrange, 1);
    o[u"users_at_red"] = fixed(c.usersAtRed, 1);
    o[u"projection_reach_users"] = c.hasProjection() ? fixed(c.reachUsers(), 1) : null;
    o[u"observed_users_at_orange"] = fixed(c.observedAtOrange, 1);
    o[u"observed_users_at_red"] = fixed(c.observedAtRed, 1);
    QJsonArray stages;
    for (const CapacityStage &s : c.stages) {
        QJsonObject so;
        so[u"users"] = s.users;
        so[u"rps"] = fixed(s.rps, 3);
        so[u"mean_ms"] = fixed(s.meanMs, 1);
        so[u"key_p95_ms"] = fixed(s.keyP95Ms, 1);
        so[u"avg_users"] = fixed(s.avgUsers, 2);
        so[u"implied_users"] = fixed(s.impliedUsers, 2);
        so[u"little_off"] = s.littleOff;
        so[u"used"] = s.used();
        so[u"left_out"] = s.used() ? null : QJsonValue(exclusionId(s.exclusion));
        stages.append(so);
    }
    o[u"stages"] = stages;
    return o;
}

} // namespace palier
