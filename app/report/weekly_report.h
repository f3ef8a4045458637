// The weekly capacity report: the team's template (seed "Template rapport
// hebdo") filled from the window, plus a per-run table and the reasons.
// French by default, as the team's template is; English on request. The
// report's language is independent of the UI language: its words come from the
// same catalogue, asked for in the report's language (i18n/language.h).
#pragma once

#include "grid/assessment.h"
#include "report/production_section.h"

#include <QDate>

namespace palier {

struct ReportOptions {
    QString lang = QStringLiteral("fr");           // "fr" | "en"
    QString week;                                  // "YYYY-Www"; empty: ISO week of the newest run
    QString application = QStringLiteral("Streamlit");
    QString environment = QStringLiteral("Streamlit Cloud");
    QString nextAction;                            // empty: derived from the decision
    QDate today;                                   // fallback date for the week (tests set it)
    // Production evidence (`report --db`, the window when connected): a section
    // after the load-test results; not requested, the report is as without it.
    ProductionEvidence production;
};

// Throws InputError for an invalid option value (bad --week, unknown --lang).
QString weeklyReportMarkdown(const Assessment &assessment, const ReportOptions &options);

// "2026-W47" → (2026, 47); false when malformed or out of range.
bool parseIsoWeek(const QString &text, int *year, int *week);

} // namespace palier
