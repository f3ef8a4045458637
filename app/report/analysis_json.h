// The `palier analyze --format json` document (docs/cli.md). Other
// tools and CI checks parse it: add keys freely, rename nothing. Structured
// fields (ids, colours, kinds, params) are data; the sentences beside them
// ("reason", "message", "notes") are in `lang`.
#pragma once

#include "grid/assessment.h"
#include "i18n/language.h"

#include <QJsonObject>

namespace palier {

QJsonObject assessmentToJson(const Assessment &assessment, const QList<Finding> &diagnostics,
                             const Language &lang);

// A finding: {"kind", "severity", "file", "line", "message", "params"}.
QJsonObject findingJson(const Finding &f, const Language &lang);
// Parameters as JSON (NaN → null, nested findings as objects).
QJsonObject paramsJson(const Params &params);

// ISO 8601 with an explicit offset, in the local time zone (TZ); null when invalid.
QJsonValue isoTimeValue(const QDateTime &t);
// NaN → null; other values as JSON numbers.
QJsonValue numberValue(double v);

} // namespace palier
