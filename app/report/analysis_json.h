// The `palier analyze --format json` document (spec/cli.md). Other tools and CI
// checks parse it: add keys freely, rename nothing.
#pragma once

#include "grid/assessment.h"

#include <QJsonObject>

namespace palier {

QJsonObject assessmentToJson(const Assessment &assessment, const QList<Diagnostic> &diagnostics = {});

// ISO 8601 with an explicit offset, in the local time zone (TZ); null when invalid.
QJsonValue isoTimeValue(const QDateTime &t);
// NaN → null; other values as JSON numbers.
QJsonValue numberValue(double v);

} // namespace palier
