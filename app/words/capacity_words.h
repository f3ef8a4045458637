// The capacity model's words (docs/capacity.md), for every edge: the CLI text,
// the report's "Capacité estimée" block and the window's Capacity panel.
#pragma once

#include "analysis/capacity.h"
#include "i18n/language.h"

namespace palier {

// "fitted" / "not enough stages" / "poor fit" / "arrival-rate run" / "invalid run".
QString capacityStateWord(CapacityState s, const Language &lang);
// What the model says in one line: "≈ 104 users before orange, ≈ 139 before red;
// throughput peak ≈ 52.3 req/s at 118 users (USL on 6 stages, R² 0.93)", or
// for a run without a model why there are no numbers ("not enough stages: 2
// user levels, 4 needed").
QString capacitySummary(const Capacity &c, const Language &lang);
// The fit's quality alone: "USL on 6 stages, R² 0.93".
QString capacityFitQuality(const Capacity &c, const Language &lang);
// "≈ 104" (users, whole), "not within 600" when NaN beyond the reach.
QString capacityUsersText(double users, double reach, const Language &lang);

} // namespace palier
