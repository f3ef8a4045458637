// The findings of a k6 raw-file run, said once each: why it is invalid, the
// damaged lines (25 listed per parsing thread, the rest counted), what the
// reader left out (setup/teardown requests, custom metrics, rows far from the
// run, names past the limit) and what the stages need explained (none, the
// same level twice, no request in one). Kinds and parameters only: the words
// are in app/words/findings_k6.cpp.
#pragma once

#include "sources/k6/k6_stages.h"

namespace palier::k6 {

// The InputError for a file with no usable request: none at all, or only
// damaged ones (then it names how many and the first).
InputError nothingUsable(const Merged &m, const QString &path);

// Appends the findings to run.findings, `stageFindings` (gaps, dropped
// iterations) among them. run.stages must be final (sorted by users).
void addNotes(Run &run, const Merged &m, const GaugePlateaus &gauge, const Steps &steps, const BuildInput &in,
              const QList<Finding> &stageFindings);

} // namespace palier::k6
