#include "grid/decision_rules.h"

namespace palier {

Decision decide(int reds, int oranges)
{
    if (reds > 0)
        return Decision::NoGo;
    if (oranges <= 1)
        return Decision::Go;
    if (oranges == 2)
        return Decision::Watch;
    // 0 red, >= 3 oranges: score >= 3, "migrate now" (docs/grid-rules.md §7).
    return Decision::NoGo;
}

ScoreLabel scoreLabel(int score)
{
    if (score <= 1)
        return ScoreLabel::Ok;
    if (score == 2)
        return ScoreLabel::Attention;
    return ScoreLabel::Migrate;
}

DecisionHint productionHint(Colour p95, Colour errorRate)
{
    if (p95 == Colour::Red || errorRate == Colour::Red)
        return DecisionHint::NoGo;
    if (p95 == Colour::Orange || errorRate == Colour::Orange)
        return DecisionHint::Watch;
    return DecisionHint::Go;
}

int decisionRank(Decision d)
{
    switch (d) {
    case Decision::Go: return 3;
    case Decision::Watch: return 2;
    case Decision::Inconclusive: return 1;
    case Decision::NoGo: return 0;
    }
    return 0;
}

QString colourId(Colour c)
{
    switch (c) {
    case Colour::Green: return QStringLiteral("green");
    case Colour::Orange: return QStringLiteral("orange");
    case Colour::Red: return QStringLiteral("red");
    case Colour::NotEvaluated: return QStringLiteral("not_evaluated");
    }
    return QString();
}

QString scoreLabelId(ScoreLabel l)
{
    switch (l) {
    case ScoreLabel::Ok: return QStringLiteral("ok");
    case ScoreLabel::Attention: return QStringLiteral("attention");
    case ScoreLabel::Migrate: return QStringLiteral("migrate");
    }
    return QString();
}

QString decisionId(Decision d)
{
    switch (d) {
    case Decision::Go: return QStringLiteral("GO");
    case Decision::Watch: return QStringLiteral("WATCH");
    case Decision::NoGo: return QStringLiteral("NO_GO");
    case Decision::Inconclusive: return QStringLiteral("INCONCLUSIVE");
    }
    return QString();
}

QString decisionHintId(DecisionHint hint)
{
    switch (hint) {
    case DecisionHint::Go: return QStringLiteral("GO");
    case DecisionHint::Watch: return QStringLiteral("WATCH");
    case DecisionHint::NoGo: return QStringLiteral("NO_GO");
    }
    return QStringLiteral("GO");
}

QString inconclusiveReasonId(InconclusiveReason r)
{
    switch (r) {
    case InconclusiveReason::InvalidRun: return QStringLiteral("invalid_run");
    case InconclusiveReason::IncompleteEvidence: return QStringLiteral("incomplete_evidence");
    case InconclusiveReason::Rerun: return QStringLiteral("rerun");
    }
    return QString();
}

} // namespace palier
