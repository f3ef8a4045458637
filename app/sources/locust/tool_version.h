// The Locust version a result set was written by, inferred from its format
// (Locust writes no version into its CSVs). A range, e.g. "0.13.3–0.14", "≥2.2.2".
#pragma once

#include "sources/locust/loaded_set.h"

namespace palier::locust {

QString inferToolVersion(const LoadedSet &set);

} // namespace palier::locust
