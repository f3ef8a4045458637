// The weekly report's wording in each language it ships in. The report follows
// the team's French template word for word, so its text lives here as data
// rather than in the UI translation catalogue: its language is chosen per report
// (--lang, the export dialog), not by the UI locale.
#pragma once

#include <QString>

namespace palier {

struct ReportStrings {
    QString lang;
    QChar decimalPoint;
    QString title, hContext, environment, stages, stageDuration, windowRuns, profileLine, builtinProfile,
        keyAndTarget;
    QString hKeyResults, keyP95, errorRate, targetHeld, saturation, saturationPoint;
    QString hGrid, reds, oranges, score, notEvaluatedLine, inconsistentLine;
    QString hDecision, provisional, nextAction;
    QString actionGo, actionWatch, actionNoGo, actionInconclusive, actionCompleteWindow;
    QString hPerRun, tableHeader, hReasons, excluded, reasonLine, saturationLine, warningsLine;
    QString green, orange, red, notEvaluated, go, watch, noGo, inconclusive;
    QString labelOk, labelAttention, labelMigrate;
    QString yes, no, heldWithDegradation, unknown, none, ms, pct, seconds, minutes;
    QString criterionP95Key, criterionErrorRate, criterionHeld;

    QString number(double v, int decimals) const;
};

// "fr" or "en"; throws InputError for any other language.
const ReportStrings &reportStrings(const QString &lang);
QStringList reportLanguages();

} // namespace palier
