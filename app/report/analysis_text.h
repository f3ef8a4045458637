// `palier analyze --format text|md`: the same content as the JSON, for people,
// in `lang`.
#pragma once

#include "grid/assessment.h"
#include "i18n/language.h"

namespace palier {

QString assessmentToText(const Assessment &assessment, const QList<Finding> &diagnostics, const Language &lang);
QString assessmentToMarkdown(const Assessment &assessment, const QList<Finding> &diagnostics, const Language &lang);

} // namespace palier
