#include "model/run.h"

#include <algorithm>

namespace palier {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Locust: return QStringLiteral("locust");
    case SourceKind::K6: return QStringLiteral("k6");
    }
    return QString();
}

namespace {

// The value a percentile map holds for `fraction` (its keys are computed
// fractions, so compared with a tolerance); NaN when it has none.
double valueAt(const QMap<double, double> &byFraction, double fraction)
{
    for (auto it = byFraction.cbegin(); it != byFraction.cend(); ++it)
        if (std::abs(it.key() - fraction) < 1e-9)
            return it.value();
    return kNaN;
}

} // namespace

double Figures::percentile(double fraction) const
{
    if (const double v = valueAt(percentiles, fraction); isKnown(v))
        return v;
    if (std::abs(fraction - 0.50) < 1e-9) return p50Ms;
    if (std::abs(fraction - 0.95) < 1e-9) return p95Ms;
    if (std::abs(fraction - 0.99) < 1e-9) return p99Ms;
    return kNaN;
}

double Figures::keyPercentile(double fraction) const
{
    return successesApart ? valueAt(okPercentiles, fraction) : percentile(fraction);
}

const Endpoint *Stage::endpoint(const QString &name) const
{
    for (const Endpoint &e : endpoints)
        if (e.name == name)
            return &e;
    return nullptr;
}

QList<int> Run::stagePlan() const
{
    QList<int> plan;
    for (const Stage &s : stages)
        plan.append(s.users);
    return plan;
}

QStringList Run::endpointNames() const
{
    QStringList out;
    for (const Endpoint &e : endpoints)
        if (!out.contains(e.name))
            out << e.name;
    for (const Stage &s : stages)
        for (const Endpoint &e : s.endpoints)
            if (!out.contains(e.name))
                out << e.name;
    return out;
}

bool Run::isValid() const
{
    return std::none_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isInvalidReason(); });
}

QList<Finding> Run::invalidReasons() const
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.isInvalidReason())
            out << f;
    return out;
}

const Stage *Run::stageWithUsers(int users) const
{
    for (const Stage &s : stages)
        if (s.users == users)
            return &s;
    return nullptr;
}

const Endpoint *Run::endpoint(const QString &name) const
{
    for (const Endpoint &e : endpoints)
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace palier
