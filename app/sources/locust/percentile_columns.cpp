#include "sources/locust/percentile_columns.h"

#include <QRegularExpression>

namespace palier::locust {

QList<PercentileColumn> percentileColumns(const CsvHeader &header)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*$"));
    QList<PercentileColumn> out;
    const QStringList &names = header.names();
    for (int i = 0; i < names.size(); ++i) {
        const QRegularExpressionMatch m = re.match(names.at(i));
        if (!m.hasMatch())
            continue;
        const double pct = m.captured(1).toDouble();
        if (pct <= 0 || pct > 100)
            continue;
        out.append({i, pct / 100.0});
    }
    return out;
}

void setNamedPercentiles(Figures &f, double median)
{
    f.p50Ms = f.percentile(0.50);
    if (!isKnown(f.p50Ms))
        f.p50Ms = median;
    f.p95Ms = f.percentile(0.95);
    f.p99Ms = f.percentile(0.99);
}

} // namespace palier::locust
