// The Locust version a result set was written by, inferred from its format
// (Locust writes no version into its CSVs). A range, e.g. "0.13.3–0.14", "≥2.2.2".
#pragma once

#include "sources/locust/loaded_set.h"

#include <QVersionNumber>

namespace palier::locust {

struct ToolVersion {
    QString label;            // for people and the JSON: "0.13.3–0.14", "≥2.2.2"; empty when unknown
    QVersionNumber atLeast;   // the range's lower bound; null when the format gives none ("≤0.12.1")
};

ToolVersion inferToolVersion(const LoadedSet &set);

} // namespace palier::locust
