// `palier analyze --format text|md`: the same content as the JSON, for people.
#pragma once

#include "grid/assessment.h"

namespace palier {

QString assessmentToText(const Assessment &assessment, const QList<Diagnostic> &diagnostics = {});
QString assessmentToMarkdown(const Assessment &assessment, const QList<Diagnostic> &diagnostics = {});

} // namespace palier
