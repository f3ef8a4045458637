// The grid's words, defined once for every edge (CLI text and JSON sentences,
// the report, the window): colours, decisions, score labels, criterion and
// metric names, values with their units, and the limits a value is compared to.
#pragma once

#include "grid/decision_rules.h"
#include "grid/profile.h"
#include "i18n/language.h"

namespace palier {

QString colourWord(Colour c, const Language &lang);          // "green" / "vert"
QString colourMarker(Colour c);                              // 🟢 🟠 🔴 ⚪ (the shapes ✔ ▲ ✖ are the window's)
QString decisionWord(Decision d, const Language &lang);      // "GO" / "NO-GO" / "INCONCLUSIVE"…
QString decisionMeaning(Decision d, const Language &lang);   // "stay on this hosting" / "rester"…
QString hintWord(DecisionHint h, const Language &lang);      // the production hint, same words
QString scoreLabelWord(ScoreLabel l, const Language &lang);   // "OK" / "attention" / "migrate now"
QString inconclusiveReasonWord(InconclusiveReason r, const Language &lang);
// The decision, and for INCONCLUSIVE why: "INCONCLUSIVE — invalid run, rerun".
QString decisionLine(Decision d, const QList<InconclusiveReason> &why, const Language &lang);
// "2" or "≥ 2" when the evidence is incomplete.
QString scoreText(int score, bool lowerBound, const Language &lang);

QString metricName(Metric m, const Language &lang);          // "p95", "error rate" / "taux d'erreur"
// A criterion as people call it: its label when the profile's author wrote one,
// else said from its metric, scope and key ("athlete_search p95 at the target
// stage"; the held criterion "target stage (100 users) held").
QString criterionName(const CriterionDef &c, const Profile &profile, const Language &lang);
QString criterionName(const QString &id, const Profile &profile, const Language &lang);

// A value as compared, with its unit: "2500 ms", "1,54 %", "12,30 req/s".
QString valueText(Metric m, double displayed, const Language &lang);
QString msText(double ms, const Language &lang);             // whole ms
QString percentText(double pct, const Language &lang);       // two decimals
QString secondsText(double s, const Language &lang);         // whole seconds
QString durationText(double s, const Language &lang);        // "90 s", "10 min", "1,5 min"
// The green condition, "≤ 2500 ms", "< 1,00 %".
QString greenCondition(const CriterionDef &c, const Language &lang);
// Where a value sits against the limits: "above 2500 ms, at most 4000 ms".
QString comparisonText(const CriterionDef &c, Colour colour, const Language &lang);

} // namespace palier
