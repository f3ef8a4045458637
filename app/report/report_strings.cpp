#include "report/report_strings.h"

#include "model/run.h"

#include <QCoreApplication>
#include <QStringList>

namespace palier {

QString ReportStrings::number(double v, int decimals) const
{
    QString text = QString::number(v, 'f', decimals);
    if (decimalPoint != QLatin1Char('.'))
        text.replace(QLatin1Char('.'), decimalPoint);
    return text;
}

namespace {

ReportStrings french()
{
    ReportStrings s;
    s.lang = QStringLiteral("fr");
    s.decimalPoint = QLatin1Char(',');
    s.title = QStringLiteral("# Rapport capacité %1 - Semaine %2");
    s.hContext = QStringLiteral("## Contexte");
    s.environment = QStringLiteral("- Environnement: %1");
    s.stages = QStringLiteral("- Paliers: %1");
    s.stageDuration = QStringLiteral("- Durée/palier: %1");
    s.windowRuns = QStringLiteral("- Runs évalués: %1 (%2 sur %3 runs comparables)");
    s.profileLine = QStringLiteral("- Grille appliquée: %1 (%2)");
    s.builtinProfile = QStringLiteral("grille par défaut");
    s.keyAndTarget = QStringLiteral("- Transaction clé: %1 · palier cible: %2 utilisateurs · durée exigée: %3");
    s.hKeyResults = QStringLiteral("## Résultats clés");
    s.keyP95 = QStringLiteral("- p95 recherche (palier cible): %1 (%2 ; fenêtre : %3)");
    s.errorRate = QStringLiteral("- Taux erreur global: %1 (%2 ; fenêtre : %3)");
    s.targetHeld = QStringLiteral("- Palier cible tenu: %1 (tenu sur %2 des %3 runs évalués)");
    s.saturation = QStringLiteral("- Signaux saturation observés: %1 (%2 runs sur %3)");
    s.saturationPoint = QStringLiteral(", point de saturation : %1 utilisateurs");
    s.hGrid = QStringLiteral("## Statut grille");
    s.reds = QStringLiteral("- Critères rouges: %1");
    s.oranges = QStringLiteral("- Critères oranges: %1");
    s.score = QStringLiteral("- Score synthétique: %1 (%2)");
    s.notEvaluatedLine = QStringLiteral("- Non évalués (ne comptent ni rouge ni orange): %1");
    s.inconsistentLine = QStringLiteral("- Incohérent sur la fenêtre (3 couleurs différentes): %1");
    s.hDecision = QStringLiteral("## Décision");
    s.provisional = QStringLiteral("(provisoire : %1 run(s) comparable(s) sur %2)");
    s.nextAction = QStringLiteral("- Action semaine suivante: %1");
    s.actionGo = QStringLiteral("Rester sur l'hébergement actuel ; relancer les paliers la semaine prochaine pour confirmer.");
    s.actionWatch = QStringLiteral("Surveillance renforcée : relancer les paliers en cours de semaine et suivre le p95 de %1 en production.");
    s.actionNoGo = QStringLiteral("Préparer la migration : instruire l'étude de migration de l'hébergement dès cette semaine.");
    s.actionInconclusive = QStringLiteral("Signaux incohérents entre les runs : relancer un run comparable avant de décider.");
    s.actionCompleteWindow = QStringLiteral("Compléter la fenêtre avec %1 run(s) comparable(s).");
    s.hPerRun = QStringLiteral("## Détail par run");
    s.tableHeader = QStringLiteral("| Run | Début | p95 clé (palier cible) | Taux d'erreur | Palier cible tenu | Saturation (utilisateurs) | Score | Décision |");
    s.hReasons = QStringLiteral("## Raisons");
    s.excluded = QStringLiteral("Runs écartés (non comparables ou hors fenêtre): %1");
    s.reasonLine = QStringLiteral("- %1 — %2 : %3");
    s.saturationLine = QStringLiteral("- Saturation : %1");
    s.warningsLine = QStringLiteral("- Avertissements de lecture : %1 (pertes connues de Locust, lignes ignorées…) — détail : `palier analyze %2`");
    s.green = QStringLiteral("🟢 vert");
    s.orange = QStringLiteral("🟠 orange");
    s.red = QStringLiteral("🔴 rouge");
    s.notEvaluated = QStringLiteral("non évalué");
    s.go = QStringLiteral("Go");
    s.watch = QStringLiteral("Watch");
    s.noGo = QStringLiteral("No-Go");
    s.inconclusive = QStringLiteral("Non concluant — relancer");
    s.labelOk = QStringLiteral("OK");
    s.labelAttention = QStringLiteral("attention");
    s.labelMigrate = QStringLiteral("migration à instruire immédiatement");
    s.yes = QStringLiteral("Oui");
    s.no = QStringLiteral("Non");
    s.heldWithDegradation = QStringLiteral("Oui, avec dégradation ponctuelle");
    s.unknown = QStringLiteral("n/d");
    s.none = QStringLiteral("aucune");
    s.ms = QStringLiteral("%1 ms");
    s.pct = QStringLiteral("%1 %");
    s.seconds = QStringLiteral("%1 s");
    s.minutes = QStringLiteral("%1 min");
    s.criterionP95Key = QStringLiteral("p95 %1");
    s.criterionErrorRate = QStringLiteral("taux d'erreur global");
    s.criterionHeld = QStringLiteral("palier cible %1 utilisateurs tenu");
    return s;
}

ReportStrings english()
{
    ReportStrings s;
    s.lang = QStringLiteral("en");
    s.decimalPoint = QLatin1Char('.');
    s.title = QStringLiteral("# %1 capacity report - Week %2");
    s.hContext = QStringLiteral("## Context");
    s.environment = QStringLiteral("- Environment: %1");
    s.stages = QStringLiteral("- Stages: %1");
    s.stageDuration = QStringLiteral("- Duration per stage: %1");
    s.windowRuns = QStringLiteral("- Runs evaluated: %1 (%2 of %3 comparable runs)");
    s.profileLine = QStringLiteral("- Grid applied: %1 (%2)");
    s.builtinProfile = QStringLiteral("default grid");
    s.keyAndTarget = QStringLiteral("- Key transaction: %1 · target stage: %2 users · required duration: %3");
    s.hKeyResults = QStringLiteral("## Key results");
    s.keyP95 = QStringLiteral("- Search p95 (target stage): %1 (%2; window: %3)");
    s.errorRate = QStringLiteral("- Overall error rate: %1 (%2; window: %3)");
    s.targetHeld = QStringLiteral("- Target stage held: %1 (held in %2 of %3 evaluated runs)");
    s.saturation = QStringLiteral("- Saturation signals observed: %1 (%2 of %3 runs)");
    s.saturationPoint = QStringLiteral(", saturation point: %1 users");
    s.hGrid = QStringLiteral("## Grid status");
    s.reds = QStringLiteral("- Red criteria: %1");
    s.oranges = QStringLiteral("- Orange criteria: %1");
    s.score = QStringLiteral("- Synthetic score: %1 (%2)");
    s.notEvaluatedLine = QStringLiteral("- Not evaluated (count neither red nor orange): %1");
    s.inconsistentLine = QStringLiteral("- Inconsistent across the window (3 different colours): %1");
    s.hDecision = QStringLiteral("## Decision");
    s.provisional = QStringLiteral("(provisional: %1 of %2 comparable runs)");
    s.nextAction = QStringLiteral("- Next week's action: %1");
    s.actionGo = QStringLiteral("Stay on the current hosting; rerun the stages next week to confirm.");
    s.actionWatch = QStringLiteral("Closer watch: rerun the stages mid-week and follow the %1 p95 in production.");
    s.actionNoGo = QStringLiteral("Prepare the migration: start the hosting migration study this week.");
    s.actionInconclusive = QStringLiteral("Runs disagree: rerun a comparable run before deciding.");
    s.actionCompleteWindow = QStringLiteral("Complete the window with %1 more comparable run(s).");
    s.hPerRun = QStringLiteral("## Runs in detail");
    s.tableHeader = QStringLiteral("| Run | Started | Key p95 (target stage) | Error rate | Target stage held | Saturation (users) | Score | Decision |");
    s.hReasons = QStringLiteral("## Reasons");
    s.excluded = QStringLiteral("Runs left out (not comparable or outside the window): %1");
    s.reasonLine = QStringLiteral("- %1 — %2: %3");
    s.saturationLine = QStringLiteral("- Saturation: %1");
    s.warningsLine = QStringLiteral("- Reading warnings: %1 (Locust's known losses, skipped rows…) — details: `palier analyze %2`");
    s.green = QStringLiteral("🟢 green");
    s.orange = QStringLiteral("🟠 orange");
    s.red = QStringLiteral("🔴 red");
    s.notEvaluated = QStringLiteral("not evaluated");
    s.go = QStringLiteral("Go");
    s.watch = QStringLiteral("Watch");
    s.noGo = QStringLiteral("No-Go");
    s.inconclusive = QStringLiteral("Inconclusive — rerun");
    s.labelOk = QStringLiteral("OK");
    s.labelAttention = QStringLiteral("attention");
    s.labelMigrate = QStringLiteral("migrate now");
    s.yes = QStringLiteral("Yes");
    s.no = QStringLiteral("No");
    s.heldWithDegradation = QStringLiteral("Yes, with punctual degradation");
    s.unknown = QStringLiteral("n/a");
    s.none = QStringLiteral("none");
    s.ms = QStringLiteral("%1 ms");
    s.pct = QStringLiteral("%1 %");
    s.seconds = QStringLiteral("%1 s");
    s.minutes = QStringLiteral("%1 min");
    s.criterionP95Key = QStringLiteral("%1 p95");
    s.criterionErrorRate = QStringLiteral("overall error rate");
    s.criterionHeld = QStringLiteral("target stage of %1 users held");
    return s;
}

} // namespace

QStringList reportLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

const ReportStrings &reportStrings(const QString &lang)
{
    static const ReportStrings fr = french();
    static const ReportStrings en = english();
    if (lang == u"fr")
        return fr;
    if (lang == u"en")
        return en;
    throw InputError{{Diagnostic::Severity::Error, QString(), 0,
                      QCoreApplication::translate("palier::Report", "unknown report language '%1' (fr or en)").arg(lang)}};
}

} // namespace palier
