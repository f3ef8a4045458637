// The run as a whole: its total and errors over every request (setup/teardown
// included, as k6's summary counts them), its 1-s series (users from the vus
// gauge, running totals), its endpoints and their 10-s series.
#pragma once

#include "analysis/plateaus.h"
#include "sources/k6/k6_steps.h"

namespace palier::k6 {

// Fills run.total, run.errors, run.series, run.endpoints and
// run.endpointSeries. `vus` is the gauge in time order; `runSeconds` the
// run's span. Throws LoadCancelled.
void fillRunLevel(Run &run, const Steps &steps, const Merged &m, const QList<UserSample> &vus, double runSeconds,
                  const LoadOptions &options);

} // namespace palier::k6
