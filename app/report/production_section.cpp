#include "report/production_section.h"

#include "words/finding_words.h"
#include "words/grid_words.h"

#include <cmath>

namespace palier {

namespace {

QString t(const Language &lang, const char *text, int n = -1)
{
    return lang.translate("palier::Report", text, nullptr, n);
}

QString msOrNa(std::optional<int> ms, const Language &lang)
{
    return ms ? msText(*ms, lang) : t(lang, QT_TRANSLATE_NOOP("palier::Report", "n/a"));
}

// The rate as PostgreSQL printed it, with the language's decimal mark.
QString rateText(const QString &pct, const Language &lang)
{
    if (pct.isEmpty())
        return t(lang, QT_TRANSLATE_NOOP("palier::Report", "n/a"));
    return percentText(pct.toDouble(), lang);
}

QString withColour(const QString &value, Colour c, const Language &lang)
{
    return c == Colour::NotEvaluated ? value
                                     : QStringLiteral("%1 (%2 %3)").arg(value, colourMarker(c), colourWord(c, lang));
}

QString hourLine(const HourlyRow &h, const Language &lang)
{
    return t(lang, QT_TRANSLATE_NOOP("palier::Report", "%1 — searches %2, p95 %3, errors %4"))
        .arg(h.hourSlot.toString(QStringLiteral("yyyy-MM-dd HH:mm")), lang.integer(h.searches),
             msOrNa(h.p95SearchMs, lang), lang.integer(h.errors));
}

} // namespace

QList<ProductionAgreement> productionAgreement(const Assessment &a, const ProductionEvidence &p)
{
    QList<ProductionAgreement> out;
    const MonitoringSummary &s = p.snapshot.summary;
    for (const CriterionDef *c : {a.profile.p95Criterion(), a.profile.errorRateCriterion()}) {
        if (!c)
            continue;
        ProductionAgreement g;
        g.criterionId = c->id;
        g.metric = c->metric;
        g.production = c->metric == Metric::LatencyP95 ? p.thresholds.p95Colour(s.p95SearchMs)
                                                        : p.thresholds.errorRateColour(s.errorRate());
        if (const WindowCriterion *w = a.windowVerdict.criterion(c->id))
            g.loadTests = w->colour;
        out << g;
    }
    return out;
}

QString productionSectionMarkdown(const Assessment &a, const ProductionEvidence &p, const Language &lang)
{
    if (!p.requested)
        return {};
    QString out;
    const auto line = [&out](const QString &l = {}) { out += l + QLatin1Char('\n'); };
    line(t(lang, QT_TRANSLATE_N_NOOP("palier::Report", "## Production (last %n day(s))"), p.days));
    if (!p.problem.isEmpty()) {
        line(t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Production section missing: %1")).arg(p.problem));
        line();
        return out;
    }
    const MonitoringSummary &s = p.snapshot.summary;
    line(t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Source: %1 · key transaction: %2 · hours in %3"))
             .arg(p.table, a.profile.keyTransaction, p.timeZone));
    if (p.snapshot.asOf.isValid())
        line((p.nowFromLastEvent ? t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Exported events: now = %1 (the file's last event)"))
                                 : t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Exported events: now = %1")))
                 .arg(isoWithOffset(p.snapshot.asOf)));
    line(t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Events: %1 · active sessions: %2 · searches: %3"))
             .arg(lang.integer(s.totalEvents), lang.integer(s.activeSessions), lang.integer(s.searches)));
    line(t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Search p95: %1 · average: %2"))
             .arg(withColour(msOrNa(s.p95SearchMs, lang), p.thresholds.p95Colour(s.p95SearchMs), lang),
                  msOrNa(s.avgSearchMs, lang)));
    line(t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Error rate: %1"))
             .arg(withColour(rateText(s.errorRatePct, lang), p.thresholds.errorRateColour(s.errorRate()), lang)));

    const HourlyRow *busiest = nullptr, *worst = nullptr;
    for (const HourlyRow &h : p.snapshot.hourly) {   // newest first: ties go to the newest hour
        if (!busiest || h.searches > busiest->searches)
            busiest = &h;
        if (h.p95SearchMs && (!worst || *h.p95SearchMs > *worst->p95SearchMs))
            worst = &h;
    }
    if (busiest)
        line(t(lang, QT_TRANSLATE_N_NOOP("palier::Report", "- Busiest hour of the last %n hour(s): %1"), p.hours)
                 .arg(hourLine(*busiest, lang)));
    if (worst)
        line(t(lang, QT_TRANSLATE_N_NOOP("palier::Report", "- Worst p95 hour of the last %n hour(s): %1"), p.hours)
                 .arg(hourLine(*worst, lang)));
    if (!busiest)
        line(t(lang, QT_TRANSLATE_N_NOOP("palier::Report", "- No event in the last %n hour(s)"), p.hours));
    line(t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Production hint: %1")).arg(hintWord(p.snapshot.decision.hint, lang)));
    // The load tests' own searches are in the same table: say how much of the
    // window they are, so that a hint driven by the tests is read as such.
    qint64 during = 0;
    for (const ServerComparison &c : a.server)
        for (const ServerStage &st : c.stages)
            if (p.snapshot.asOf.isValid() ? st.server.from >= p.snapshot.asOf.addDays(-p.days) : true)
                during += std::max<qint64>(0, std::llround(st.extraSearchesPerS * st.server.seconds()));
    if (during > 0 && s.searches > 0)
        line(t(lang, QT_TRANSLATE_NOOP("palier::Report",
                                       "- Searches logged during the load-test stages: at least %1 of %2 (%3 %): the "
                                       "production figures include the tests' own traffic"))
                 .arg(lang.integer(during), lang.integer(s.searches), lang.number(100.0 * double(during) / double(s.searches), 1)));

    QStringList parts;
    for (const ProductionAgreement &g : productionAgreement(a, p)) {
        const QString name = metricName(g.metric, lang);
        if (!g.comparable())
            parts << t(lang, QT_TRANSLATE_NOOP("palier::Report", "%1: not compared (production %2, load tests %3)"))
                         .arg(name, colourWord(g.production, lang), colourWord(g.loadTests, lang));
        else if (g.agree())
            parts << t(lang, QT_TRANSLATE_NOOP("palier::Report", "%1: same colour (%2)")).arg(name, colourWord(g.production, lang));
        else
            parts << t(lang, QT_TRANSLATE_NOOP("palier::Report", "%1: production %2, load tests %3"))
                         .arg(name, colourWord(g.production, lang), colourWord(g.loadTests, lang));
    }
    if (!parts.isEmpty())
        line(t(lang, QT_TRANSLATE_NOOP("palier::Report", "- Production against the load-test window: %1"))
                 .arg(parts.join(QStringLiteral("; "))));
    line();
    out += serverTableMarkdown(a, lang);
    return out;
}

QString serverTableMarkdown(const Assessment &a, const Language &lang)
{
    // The window's runs, newest first, as the report lists them.
    QString out;
    bool any = false;
    for (const int i : a.window)
        any |= a.serverOf(a.runs.at(i).id) && !a.serverOf(a.runs.at(i).id)->stages.isEmpty();
    if (!any)
        return out;
    const auto line = [&out](const QString &l = {}) { out += l + QLatin1Char('\n'); };
    const auto rate = [&lang](double v) { return std::isfinite(v) ? lang.number(v, 2) : QStringLiteral("–"); };
    line(t(lang, QT_TRANSLATE_NOOP("palier::Report", "### Client against server")));
    line();
    line(t(lang, QT_TRANSLATE_NOOP("palier::Report",
                                   "What the monitoring table logged during each stage, beside the load generator: searches per "
                                   "second the run added above the traffic just before it, and the server's p95 and error rate.")));
    line();
    line(t(lang, QT_TRANSLATE_NOOP("palier::Report",
                                   "| Run | Users | Searches/s (generator) | Searches/s added (server) | p95 generator | p95 server | "
                                   "Error rate server | Volumes agree |")));
    line(QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---|"));
    for (const int i : a.window) {
        const Run &run = a.runs.at(i);
        const ServerComparison *c = a.serverOf(run.id);
        if (!c)
            continue;
        for (const ServerStage &st : c->stages) {
            const Stage *stage = nullptr;
            for (const Stage &s : run.stages)
                if (s.users == st.users && s.plateauStart == st.server.from)
                    stage = &s;
            const Endpoint *e = stage ? stage->endpoint(a.profile.keyTransaction) : nullptr;
            const double keyP95 = e ? e->figures.keyPercentile(0.95) : kNaN;   // over successes, as the server's
            const std::optional<int> clientP95 = std::isfinite(keyP95) ? std::optional<int>(int(std::lround(keyP95))) : std::nullopt;
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                     .arg(run.name.isEmpty() ? run.id : run.name, lang.integer(st.users), rate(st.clientSearchesPerS),
                          rate(st.extraSearchesPerS), e ? msOrNa(clientP95, lang) : QStringLiteral("–"),
                          msOrNa(st.server.p95SearchMs, lang), rateText(st.server.errorRatePct, lang),
                          st.volumeAgrees ? t(lang, QT_TRANSLATE_NOOP("palier::Report", "yes"))
                                          : t(lang, QT_TRANSLATE_NOOP("palier::Report", "no"))));
        }
        for (const Finding &f : c->notes)
            line(QStringLiteral("- ") + wordFinding(f, lang));
    }
    line();
    return out;
}

} // namespace palier
