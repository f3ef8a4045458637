// Locust's percentile columns ("50%", "99.9%", the 0.13.3–0.14 "99.999" without
// "%", or a custom PERCENTILES_TO_REPORT set), found by header.
#pragma once

#include "io/csv_reader.h"
#include "model/run.h"

#include <QList>

namespace palier::locust {

struct PercentileColumn {
    int column = -1;
    double fraction = 0;   // 0.95 for "95%"
};

QList<PercentileColumn> percentileColumns(const CsvHeader &header);

// Fills p50/p95/p99 from the percentiles map (p50 falls back to `median`).
void setNamedPercentiles(Figures &f, double median);

} // namespace palier::locust
