#include "report/analysis_text.h"

#include "grid/colour.h"
#include "report/text_table.h"

#include <QCoreApplication>

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::Analysis", s); }

QString num(double v, int decimals = 0)
{
    return isKnown(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

QString colourText(Colour c)
{
    switch (c) {
    case Colour::Green: return tr("green");
    case Colour::Orange: return tr("orange");
    case Colour::Red: return tr("red");
    case Colour::NotEvaluated: return tr("not evaluated");
    }
    return {};
}

QString decisionText(Decision d)
{
    switch (d) {
    case Decision::Go: return tr("GO");
    case Decision::Watch: return tr("WATCH");
    case Decision::NoGo: return tr("NO-GO");
    case Decision::Inconclusive: return tr("INCONCLUSIVE — rerun");
    }
    return {};
}

QString labelText(ScoreLabel l)
{
    switch (l) {
    case ScoreLabel::Ok: return tr("OK");
    case ScoreLabel::Attention: return tr("attention");
    case ScoreLabel::Migrate: return tr("migrate now");
    }
    return {};
}

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

QString render(const Assessment &a, const QList<Diagnostic> &diagnostics, bool markdown)
{
    Layout l {markdown, {}};
    l.line(tr("Profile: %1 (%2) · key transaction %3 · target stage %4 users")
               .arg(a.profile.name, a.profileSource.isEmpty() ? tr("built-in") : a.profileSource,
                    a.profile.keyTransaction)
               .arg(a.profile.targetUsers));
    l.gap();
    for (qsizetype i = 0; i < a.runs.size(); ++i) {
        const Run &run = a.runs.at(i);
        const RunVerdict &v = a.verdicts.at(i);
        l.heading(1, tr("Run %1 (%2)").arg(run.id, sourceKindName(run.source)));
        l.line(tr("Path: %1").arg(run.path));
        if (run.startedAt.isValid())
            l.line(tr("Started: %1 · ended: %2")
                       .arg(run.startedAt.toLocalTime().toString(Qt::ISODate),
                            run.endedAt.toLocalTime().toString(Qt::ISODate)));
        l.gap();
        TextTable stages;
        stages.header = {tr("Users"), tr("Duration s"), tr("Requests"), tr("Failures"), tr("Errors %"),
                         tr("Req/s"), tr("p50 ms"), tr("p95 ms"), tr("p99 ms"), tr("Key p95 ms"), tr("Held")};
        stages.rightAligned = {true, true, true, true, true, true, true, true, true, true, false};
        for (qsizetype s = 0; s < run.stages.size(); ++s) {
            const Stage &st = run.stages.at(s);
            const Endpoint *key = st.endpoint(a.profile.keyTransaction);
            QString held = s < v.stages.size() ? colourText(v.stages.at(s).colour) : QString();
            QString p95 = num(st.figures.p95Ms);
            if (st.figures.estimated)
                p95 += QLatin1Char('~');
            stages.rows.append({QString::number(st.users), num(st.durationS), QString::number(st.figures.requests),
                                QString::number(st.figures.failures), num(st.figures.errorRatePct(), 2),
                                num(st.figures.rps, 1), num(st.figures.p50Ms), p95, num(st.figures.p99Ms),
                                num(key ? key->figures.p95Ms : kNaN), held});
        }
        if (!run.stages.isEmpty()) {
            l.heading(2, tr("Stages"));
            l.table(stages);
        }
        TextTable criteria;
        criteria.header = {tr("Criterion"), tr("Value"), tr("Colour"), tr("Reason")};
        for (const CriterionResult &c : v.criteria)
            criteria.rows.append({c.id, num(c.value, 2), colourText(c.colour), c.reason});
        l.heading(2, tr("Grid"));
        l.table(criteria);
        l.line(tr("Reds %1 · oranges %2 · score %3 (%4) · decision %5")
                   .arg(v.reds).arg(v.oranges).arg(v.score).arg(labelText(v.label), decisionText(v.decision)));
        if (v.saturationPointUsers)
            l.line(tr("Saturation point: %1 users — %2").arg(*v.saturationPointUsers).arg(v.saturationReason));
        for (const Diagnostic &d : run.warnings)
            l.line(tr("Warning: %1").arg(d.toLine()));
        l.gap();
    }
    const WindowVerdict &w = a.windowVerdict;
    l.heading(1, tr("Window"));
    l.line(tr("Runs: %1").arg(w.runIds.join(QStringLiteral(", "))));
    TextTable wc;
    wc.header = {tr("Criterion"), tr("Colour"), tr("Consistent"), tr("Runs")};
    for (const WindowCriterion &c : w.criteria) {
        QStringList colours;
        for (Colour rc : c.runColours)
            colours.append(colourText(rc));
        wc.rows.append({c.id, colourText(c.colour), c.consistent ? tr("yes") : tr("no"),
                        colours.join(QStringLiteral(" / "))});
    }
    l.gap();
    l.table(wc);
    l.line(tr("Reds %1 · oranges %2 · score %3 (%4)").arg(w.reds).arg(w.oranges).arg(w.score).arg(labelText(w.label)));
    l.line(tr("Decision: %1%2").arg(decisionText(w.decision), w.provisional ? tr(" (provisional)") : QString()));
    for (const QString &n : w.notes)
        l.line(n);
    for (const Diagnostic &d : diagnostics)
        l.line(tr("Warning: %1").arg(d.toLine()));
    return l.out;
}

} // namespace

QString assessmentToText(const Assessment &a, const QList<Diagnostic> &d) { return render(a, d, false); }
QString assessmentToMarkdown(const Assessment &a, const QList<Diagnostic> &d) { return render(a, d, true); }

} // namespace palier
