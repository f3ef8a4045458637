#include "report/analysis_text.h"

#include "grid/decision_rules.h"
#include "report/text_table.h"
#include "words/capacity_words.h"
#include "words/finding_words.h"
#include "words/grid_words.h"
#include "words/reason_words.h"

namespace palier {

namespace {

struct Layout {
    bool markdown;
    QString out;
    void heading(int level, const QString &text)
    {
        if (markdown)
            out += QString(level, QLatin1Char('#')) + QLatin1Char(' ') + text + QStringLiteral("\n\n");
        else
            out += text + QLatin1Char('\n') + QString(text.size(), level == 1 ? QLatin1Char('=') : QLatin1Char('-'))
                + QStringLiteral("\n");
    }
    void line(const QString &text) { out += (markdown ? QStringLiteral("- ") : QString()) + text + QLatin1Char('\n'); }
    void table(const TextTable &t) { out += (markdown ? t.toMarkdown() : t.toText()) + QLatin1Char('\n'); }
    void gap() { out += QLatin1Char('\n'); }
};

QString num(double v, int decimals, const Language &lang)
{
    return isKnown(v) ? lang.number(v, decimals) : QStringLiteral("-");
}

void renderRun(Layout &l, const Run &run, const RunVerdict &v, const Capacity *capacity, const Profile &profile,
               const Language &lang)
{
    l.heading(1, lang.translate("palier::Analysis", "Run %1 (%2)").arg(run.name.isEmpty() ? run.id : run.name,
                                                                        sourceKindName(run.source)));
    l.line(lang.translate("palier::Analysis", "Path: %1").arg(run.path));
    if (run.startedAt.isValid())
        l.line(lang.translate("palier::Analysis", "Started: %1 · ended: %2")
                   .arg(run.startedAt.toLocalTime().toString(Qt::ISODate), run.endedAt.toLocalTime().toString(Qt::ISODate)));
    if (!v.valid)
        l.line(lang.translate("palier::Analysis", "INVALID RUN: set aside, it never makes a decision better"));
    l.gap();
    TextTable stages;
    stages.header = {lang.translate("palier::Analysis", "Users"), lang.translate("palier::Analysis", "Duration s"),
                     lang.translate("palier::Analysis", "Requests"), lang.translate("palier::Analysis", "Failures"),
                     lang.translate("palier::Analysis", "Errors %"), lang.translate("palier::Analysis", "Req/s"),
                     lang.translate("palier::Analysis", "p50 ms"), lang.translate("palier::Analysis", "p95 ms"),
                     lang.translate("palier::Analysis", "p99 ms"), lang.translate("palier::Analysis", "Key p95 ms"),
                     lang.translate("palier::Analysis", "Held / stability")};
    stages.rightAligned = {true, true, true, true, true, true, true, true, true, true, false};
    for (qsizetype s = 0; s < run.stages.size(); ++s) {
        const Stage &st = run.stages.at(s);
        const Endpoint *key = st.endpoint(profile.keyTransaction);
        QString verdict;
        if (s < v.stages.size()) {
            const StageVerdict &sv = v.stages.at(s);
            verdict = sv.target ? lang.translate("palier::Analysis", "held: %1").arg(colourWord(sv.colour, lang))
                                : lang.translate("palier::Analysis", "stability: %1").arg(colourWord(sv.colour, lang));
        }
        QString p95 = num(st.figures.p95Ms, 0, lang);
        if (st.figures.estimated)
            p95 += QLatin1Char('~');
        stages.rows.append({lang.integer(st.users), num(st.durationS, 0, lang), lang.integer(st.figures.requests),
                            lang.integer(st.figures.failures), num(st.figures.errorRatePct(), 2, lang),
                            num(st.figures.rps, 1, lang), num(st.figures.p50Ms, 0, lang), p95,
                            num(st.figures.p99Ms, 0, lang), num(key ? key->figures.keyPercentile(0.95) : kNaN, 0, lang), verdict});
    }
    if (!run.stages.isEmpty()) {
        l.heading(2, lang.translate("palier::Analysis", "Stages"));
        l.table(stages);
        for (qsizetype s = 0; s < run.stages.size() && s < v.stages.size(); ++s)
            l.line(lang.translate("palier::Analysis", "%1 users: %2")
                       .arg(lang.integer(run.stages.at(s).users), stageVerdictText(v.stages.at(s), lang)));
        l.gap();
    }
    TextTable criteria;
    criteria.header = {lang.translate("palier::Analysis", "Criterion"), lang.translate("palier::Analysis", "Value"),
                       lang.translate("palier::Analysis", "Colour"), lang.translate("palier::Analysis", "Reason")};
    for (const CriterionResult &c : v.criteria)
        criteria.rows.append({criterionName(c.def, profile, lang),
                              c.evaluated() && c.def.metric != Metric::TargetStageHeld ? valueText(c.def.metric, c.value, lang)
                                                                                        : QStringLiteral("-"),
                              colourWord(c.colour, lang), criterionReason(c, profile, lang)});
    l.heading(2, lang.translate("palier::Analysis", "Grid"));
    l.table(criteria);
    l.line(lang.translate("palier::Analysis", "Reds %1 · oranges %2 · score %3 (%4) · decision %5")
               .arg(lang.integer(v.reds), lang.integer(v.oranges), scoreText(v.score, v.scoreIsLowerBound, lang),
                    scoreLabelWord(v.label, lang), decisionLine(v.decision, v.inconclusiveReasons, lang)));
    for (const QString &n : runDecisionNotes(v, profile, lang))
        l.line(n);
    if (v.saturationSignals) {
        const QString why = saturationText(v.saturationReasons, lang);
        l.line(v.saturationPointUsers
                   ? lang.translate("palier::Analysis", "Saturation point: %1 users — %2").arg(lang.integer(*v.saturationPointUsers), why)
                   : lang.translate("palier::Analysis", "Saturation signals: %1").arg(why));
    }
    if (capacity)
        l.line(lang.translate("palier::Analysis", "Capacity: %1").arg(capacitySummary(*capacity, lang)));
    for (const Finding &f : run.findings)
        if (!f.isInvalidReason())
            l.line(lang.translate("palier::Analysis", "Note: %1").arg(findingLine(f, lang)));
    l.gap();
}

QString render(const Assessment &a, const QList<Finding> &diagnostics, bool markdown, const Language &lang)
{
    Layout l {markdown, {}};
    l.line(lang.translate("palier::Analysis", "Profile: %1 (%2) · key transaction %3 · target stage %4 users")
               .arg(a.profile.name, a.profileSource.isEmpty() ? lang.translate("palier::Analysis", "built-in") : a.profileSource,
                    a.profile.keyTransaction, lang.integer(a.profile.targetUsers)));
    l.gap();
    for (qsizetype i = 0; i < a.runs.size(); ++i)
        renderRun(l, a.runs.at(i), a.verdicts.at(i), i < a.capacities.size() ? &a.capacities.at(i) : nullptr,
                  a.profile, lang);
    const WindowVerdict &w = a.windowVerdict;
    l.heading(1, lang.translate("palier::Analysis", "Window"));
    l.line(lang.translate("palier::Analysis", "Runs: %1").arg(w.runIds.join(QStringLiteral(", "))));
    TextTable wc;
    wc.header = {lang.translate("palier::Analysis", "Criterion"), lang.translate("palier::Analysis", "Colour"),
                 lang.translate("palier::Analysis", "Shared"), lang.translate("palier::Analysis", "Runs")};
    for (const WindowCriterion &c : w.criteria) {
        QStringList colours;
        for (Colour rc : c.runColours)
            colours.append(colourWord(rc, lang));
        const QString shared = c.colour != Colour::NotEvaluated ? lang.translate("palier::Analysis", "yes")
                             : !c.consistent                    ? lang.translate("palier::Analysis", "no (rerun)")
                                                                : lang.translate("palier::Analysis", "no (incomplete)");
        wc.rows.append({criterionName(c.id, a.profile, lang), colourWord(c.colour, lang), shared,
                        colours.join(QStringLiteral(" / "))});
    }
    l.gap();
    l.table(wc);
    l.line(lang.translate("palier::Analysis", "Reds %1 · oranges %2 · score %3 (%4)")
               .arg(lang.integer(w.reds), lang.integer(w.oranges), scoreText(w.score, w.scoreIsLowerBound, lang),
                    scoreLabelWord(w.label, lang)));
    l.line(lang.translate("palier::Analysis", "Decision: %1%2")
               .arg(decisionLine(w.decision, w.inconclusiveReasons, lang),
                    w.provisional ? lang.translate("palier::Analysis", " (provisional)") : QString()));
    for (const QString &n : windowDecisionNotes(w, a.profile, lang))
        l.line(n);
    for (const Finding &d : diagnostics)
        l.line(lang.translate("palier::Analysis", "Note: %1").arg(findingLine(d, lang)));
    return l.out;
}

} // namespace

QString assessmentToText(const Assessment &a, const QList<Finding> &d, const Language &lang)
{
    return render(a, d, false, lang);
}

QString assessmentToMarkdown(const Assessment &a, const QList<Finding> &d, const Language &lang)
{
    return render(a, d, true, lang);
}

} // namespace palier
