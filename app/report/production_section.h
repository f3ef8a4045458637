// The weekly report's production section (`palier report --db`, and the
// window's export when connected): what production saw over the days, its
// busiest and worst hours, the hint, and whether it agrees with the load tests
// criterion by criterion — colour against colour (docs/grid-rules.md §11).
#pragma once

#include "db/monitoring_views.h"
#include "grid/assessment.h"
#include "i18n/language.h"

namespace palier {

struct ProductionEvidence {
    bool requested = false;        // --db was given / the window is connected
    QString problem;               // non-empty: the section is missing, and this one line says why
    MonitoringSnapshot snapshot;   // summary, hourly (newest first) and hint from one statement
    DecisionThresholds thresholds; // the limits the hint and the colours used
    QString table;                 // as shown to people
    QString timeZone;              // of the hour slots
    int days = 7, hours = 48;
    // From an events file: snapshot.asOf is the views' now, taken from the
    // file's last event (true) or given (--now).
    bool nowFromLastEvent = false;
};

// The colour production gives a criterion the load-test window also judges:
// its p95 or error rate against the same limits. NotEvaluated when production
// has no value.
struct ProductionAgreement {
    QString criterionId;           // the profile's p95 or error-rate criterion
    Metric metric = Metric::LatencyP95;
    Colour production = Colour::NotEvaluated;
    Colour loadTests = Colour::NotEvaluated;   // the window's shared colour
    bool agree() const { return production != Colour::NotEvaluated && production == loadTests; }
    bool comparable() const { return production != Colour::NotEvaluated && loadTests != Colour::NotEvaluated; }
};
QList<ProductionAgreement> productionAgreement(const Assessment &a, const ProductionEvidence &p);

// The section's Markdown, "## …" heading included, ending with a blank line.
// Without `requested`, empty; with a problem, the heading and one line saying why.
QString productionSectionMarkdown(const Assessment &a, const ProductionEvidence &p, const Language &lang);

// "### Client against server": per stage of the window's runs, the generator's
// and the server's figures (docs/server-side.md); empty without server evidence.
QString serverTableMarkdown(const Assessment &a, const Language &lang);

} // namespace palier
