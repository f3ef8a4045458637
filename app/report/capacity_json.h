// The capacity model of a run in `palier analyze --format json` (docs/cli.md,
// docs/capacity.md): the run's "capacity" object.
#pragma once

#include "analysis/capacity.h"
#include "i18n/language.h"

#include <QJsonObject>

namespace palier {

QJsonObject capacityJson(const Capacity &c, const Language &lang);

} // namespace palier
