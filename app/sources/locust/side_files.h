// What Locust says beside its CSVs: the console output or log file of a run or
// stage (--logfile, or stdout/stderr saved as "<prefix>.console.txt"). Palier
// reads them for one thing the CSVs never say: that the load generator itself
// was overloaded. Locust logs "CPU usage above 90%! This may constrain your
// throughput…" while running and "CPU usage was too high at some point during
// the test!" at the end (locust/runners.py; a master logs "Worker … exceeded cpu
// threshold" and "CPU usage threshold was exceeded on workers"). A run driven by
// an overloaded generator measured the generator, not the server (docs/grid-rules.md §8).
#pragma once

#include "model/finding.h"

namespace palier::locust {

// One "locust.cpu_warning" finding per file that has such a line (file and line
// of the first one), none when no file does. Unreadable files are passed over:
// they are evidence Palier could not read, not evidence of a problem.
QList<Finding> cpuWarnings(const QStringList &sideFiles);

} // namespace palier::locust
