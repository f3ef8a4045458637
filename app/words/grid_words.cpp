#include "words/grid_words.h"

#include "grid/colour.h"

#include <cmath>

namespace palier {

QString colourWord(Colour c, const Language &lang)
{
    switch (c) {
    case Colour::Green: return lang.translate("palier::Words", "green");
    case Colour::Orange: return lang.translate("palier::Words", "orange");
    case Colour::Red: return lang.translate("palier::Words", "red");
    case Colour::NotEvaluated: return lang.translate("palier::Words", "not evaluated");
    }
    return {};
}

QString colourMarker(Colour c)
{
    switch (c) {
    case Colour::Green: return QStringLiteral("🟢");
    case Colour::Orange: return QStringLiteral("🟠");
    case Colour::Red: return QStringLiteral("🔴");
    case Colour::NotEvaluated: return QStringLiteral("⚪");
    }
    return {};
}

QString decisionWord(Decision d, const Language &lang)
{
    switch (d) {
    case Decision::Go: return lang.translate("palier::Words", "GO");
    case Decision::Watch: return lang.translate("palier::Words", "WATCH");
    case Decision::NoGo: return lang.translate("palier::Words", "NO-GO");
    case Decision::Inconclusive: return lang.translate("palier::Words", "INCONCLUSIVE");
    }
    return {};
}

QString decisionMeaning(Decision d, const Language &lang)
{
    switch (d) {
    case Decision::Go: return lang.translate("palier::Words", "stay on this hosting");
    case Decision::Watch: return lang.translate("palier::Words", "closer watch");
    case Decision::NoGo: return lang.translate("palier::Words", "prepare the migration");
    case Decision::Inconclusive: return lang.translate("palier::Words", "the evidence does not carry a decision");
    }
    return {};
}

QString hintWord(DecisionHint h, const Language &lang)
{
    switch (h) {
    case DecisionHint::Go: return decisionWord(Decision::Go, lang);
    case DecisionHint::Watch: return decisionWord(Decision::Watch, lang);
    case DecisionHint::NoGo: return decisionWord(Decision::NoGo, lang);
    }
    return {};
}

QString scoreLabelWord(ScoreLabel l, const Language &lang)
{
    switch (l) {
    case ScoreLabel::Ok: return lang.translate("palier::Words", "OK");
    case ScoreLabel::Attention: return lang.translate("palier::Words", "attention");
    case ScoreLabel::Migrate: return lang.translate("palier::Words", "migrate now");
    }
    return {};
}

QString inconclusiveReasonWord(InconclusiveReason r, const Language &lang)
{
    switch (r) {
    case InconclusiveReason::InvalidRun: return lang.translate("palier::Words", "invalid run");
    case InconclusiveReason::IncompleteEvidence: return lang.translate("palier::Words", "incomplete evidence");
    case InconclusiveReason::Rerun: return lang.translate("palier::Words", "rerun");
    }
    return {};
}

QString decisionLine(Decision d, const QList<InconclusiveReason> &why, const Language &lang)
{
    QString text = decisionWord(d, lang);
    if (d == Decision::Inconclusive && !why.isEmpty()) {
        QStringList words;
        for (InconclusiveReason r : why)
            words << inconclusiveReasonWord(r, lang);
        text += QStringLiteral(" — ") + words.join(QStringLiteral(", "));
    }
    return text;
}

QString scoreText(int score, bool lowerBound, const Language &lang)
{
    return lowerBound ? QStringLiteral("≥ ") + lang.integer(score) : lang.integer(score);
}

QString metricName(Metric m, const Language &lang)
{
    switch (m) {
    case Metric::LatencyP50: return lang.translate("palier::Words", "p50");
    case Metric::LatencyP95: return lang.translate("palier::Words", "p95");
    case Metric::LatencyP99: return lang.translate("palier::Words", "p99");
    case Metric::LatencyAvg: return lang.translate("palier::Words", "mean response time");
    case Metric::ErrorRate: return lang.translate("palier::Words", "error rate");
    case Metric::Throughput: return lang.translate("palier::Words", "throughput");
    case Metric::TargetStageHeld: return lang.translate("palier::Words", "target stage held");
    }
    return {};
}

QString criterionName(const CriterionDef &c, const Profile &profile, const Language &lang)
{
    if (!c.label.isEmpty())
        return c.label;
    if (c.metric == Metric::TargetStageHeld)
        return lang.translate("palier::Words", "target stage (%1 users) held").arg(lang.integer(profile.targetUsers));
    const QString metric = metricName(c.metric, lang);
    QString subject = c.keyTransactionOnly
        ? lang.translate("palier::Words", "%1 of %2").arg(metric, profile.keyTransaction)
        : metric;
    switch (c.scope) {
    case Scope::TargetStage: return lang.translate("palier::Words", "%1 at the target stage").arg(subject);
    case Scope::UpToTarget: return lang.translate("palier::Words", "%1, stages up to the target").arg(subject);
    case Scope::Run: return lang.translate("palier::Words", "%1 over the run").arg(subject);
    }
    return subject;
}

QString criterionName(const QString &id, const Profile &profile, const Language &lang)
{
    if (const CriterionDef *c = profile.criterion(id))
        return criterionName(*c, profile, lang);
    return id;
}

QString msText(double ms, const Language &lang)
{
    if (!isKnown(ms))
        return lang.translate("palier::Words", "unknown");
    return lang.translate("palier::Words", "%1 ms").arg(lang.number(roundHalfAwayFromZero(ms, 0), 0));
}

QString percentText(double pct, const Language &lang)
{
    if (!isKnown(pct))
        return lang.translate("palier::Words", "unknown");
    return lang.translate("palier::Words", "%1 %").arg(lang.number(roundHalfAwayFromZero(pct, 2), 2));
}

QString secondsText(double s, const Language &lang)
{
    if (!isKnown(s))
        return lang.translate("palier::Words", "unknown");
    return lang.translate("palier::Words", "%1 s").arg(lang.number(roundHalfAwayFromZero(s, 0), 0));
}

QString durationText(double seconds, const Language &lang)
{
    if (!isKnown(seconds))
        return lang.translate("palier::Words", "unknown");
    const long long sec = std::llround(seconds);
    if (sec >= 60 && sec % 60 == 0)
        return lang.translate("palier::Words", "%1 min").arg(lang.integer(sec / 60));
    if (sec >= 120)
        return lang.translate("palier::Words", "%1 min").arg(lang.number(seconds / 60.0, 1));
    return secondsText(seconds, lang);
}

QString valueText(Metric m, double v, const Language &lang)
{
    switch (m) {
    case Metric::LatencyP50:
    case Metric::LatencyP95:
    case Metric::LatencyP99:
    case Metric::LatencyAvg:
        return msText(v, lang);
    case Metric::ErrorRate:
        return percentText(v, lang);
    case Metric::Throughput:
        if (!isKnown(v))
            return lang.translate("palier::Words", "unknown");
        return lang.translate("palier::Words", "%1 req/s").arg(lang.number(v, 2));
    case Metric::TargetStageHeld:
        break;
    }
    return lang.number(v);
}

QString greenCondition(const CriterionDef &c, const Language &lang)
{
    const QString g = valueText(c.metric, c.green, lang);
    if (!c.higherIsBetter)
        return (c.greenStrict ? QStringLiteral("< ") : QStringLiteral("≤ ")) + g;
    return (c.greenStrict ? QStringLiteral("> ") : QStringLiteral("≥ ")) + g;
}

QString comparisonText(const CriterionDef &c, Colour colour, const Language &lang)
{
    const QString g = valueText(c.metric, c.green, lang);
    const QString o = valueText(c.metric, c.orange, lang);
    auto below = [&](const QString &x) { return lang.translate("palier::Words", "below %1").arg(x); };
    auto atMost = [&](const QString &x) { return lang.translate("palier::Words", "at most %1").arg(x); };
    auto above = [&](const QString &x) { return lang.translate("palier::Words", "above %1").arg(x); };
    auto atLeast = [&](const QString &x) { return lang.translate("palier::Words", "at least %1").arg(x); };
    const QString sep = lang.translate("palier::Words", ", ");
    if (!c.higherIsBetter) {
        switch (colour) {
        case Colour::Green: return c.greenStrict ? below(g) : atMost(g);
        case Colour::Orange: return (c.greenStrict ? atLeast(g) : above(g)) + sep + (c.orangeStrict ? below(o) : atMost(o));
        case Colour::Red: return c.orangeStrict ? atLeast(o) : above(o);
        case Colour::NotEvaluated: break;
        }
        return {};
    }
    switch (colour) {
    case Colour::Green: return c.greenStrict ? above(g) : atLeast(g);
    case Colour::Orange: return (c.greenStrict ? atMost(g) : below(g)) + sep + (c.orangeStrict ? above(o) : atLeast(o));
    case Colour::Red: return c.orangeStrict ? atMost(o) : below(o);
    case Colour::NotEvaluated: break;
    }
    return {};
}

} // namespace palier
