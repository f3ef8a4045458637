#include "words/reason_words.h"

#include "grid/colour.h"
#include "words/finding_words.h"
#include "words/grid_words.h"

#include <QtGlobal>

#include <cmath>

namespace palier {

namespace {

// Parts of stage verdicts: a template per kind, filled from the reason's
// parameters (words/wording.h). "%p" style p-values are formatted in code
// (p_text) because they carry their comparison sign.
const Template kStageTemplates[] = {
    {"held.short", QT_TRANSLATE_NOOP("palier::Reasons", "ran %1 s, less than 95 % of the required %2 s"),
     "duration_s:0,required_s:0"},
    {"held.short_credited",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "ran %1 s (%2 s of it credited for the tool's unwritten history), less than 95 % of the "
                       "required %3 s"),
     "total_s:0,credit_s:0,required_s:0"},
    {"held.credit",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "%1 s credited to the plateau: the history stops before the last %2 requests the stats "
                       "counted (Locust writes it every %3 s and not at exit)"),
     "credit_s:0,missing_requests,flush_s"},
    {"held.error_red",
     QT_TRANSLATE_NOOP("palier::Reasons", "error rate over the plateau %1 % is above the red limit %2 %"),
     "error_rate_pct:2,limit_pct:2"},
    {"held.degradation",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "p95 rose from %1 ms to %2 ms over the stage (Theil–Sen +%3 ms over %4 s, more than 25 % of "
                       "the median %5 ms; Mann–Kendall p %6) and its trend line reaches %7 ms at %8 s, past the "
                       "green limit %9 ms"),
     "from_ms:0,to_ms:0,rise_ms:0,analysed_s:0,median_ms:0,p_text,end_ms:0,end_s:0,green_ms:0"},
    {"held.degrading_in_green",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "p95 rose from %1 ms to %2 ms (Mann–Kendall p %3), but its trend line stays within the green "
                       "limit %4 ms at %5 s (%6 ms)"),
     "from_ms:0,to_ms:0,p_text,green_ms:0,end_s:0,end_ms:0"},
    {"held.collapse",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "throughput fell from %1 req/s in the first third of the stage to %2 req/s in the last "
                       "third (−%3 %)"),
     "first_rps:1,last_rps:1,drop_pct:0"},
    {"held.degraded_p95_windows",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "%1 of %2 windows had a p95 past the green limit and above 1.5 × the plateau's median %3 ms "
                       "(worst %4 ms at +%5 s)"),
     "count,windows,median_ms:0,worst_ms:0,at_s:0"},
    {"held.degraded_error_windows",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "%1 of %2 windows had improbably many failures (worst %3 % at +%4 s against %5 % over the "
                       "plateau, binomial p %6)"),
     "count,windows,worst_pct:2,at_s:0,base_pct:2,p_text"},
    {"held.no_series",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "ran %1 s with an error rate of %2 %; no time series, so trend, throughput and 10-s windows "
                       "were not checked"),
     "duration_s:0,error_rate_pct:2"},
    {"held.no_series_stability",
     QT_TRANSLATE_NOOP("palier::Reasons", "ran %1 s; no time series, so its stability was not checked"),
     "duration_s:0"},
    {"held.no_series_no_duration",
     QT_TRANSLATE_NOOP("palier::Reasons", "neither the stage duration nor its time series is known"), ""},
    {"held.judged_on_what_it_has",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "only %1 s of plateau after the %2 s warm-up: judged on what it has"),
     "analysed_s:0,warmup_s:0"},
    {"held.no_p95_windows.cumulative",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "the series' percentiles are cumulative since the start of the test, so no 10-s p95 can be "
                       "taken from them"),
     ""},
    {"held.no_p95_windows.no_values",
     QT_TRANSLATE_NOOP("palier::Reasons", "the series has no p95 values on the plateau"), ""},
    {"saturation.degradation",
     QT_TRANSLATE_NOOP("palier::Reasons", "continuous p95 degradation at %1 users"), "users"},
    {"saturation.collapse", QT_TRANSLATE_NOOP("palier::Reasons", "throughput collapse at %1 users"), "users"},
    {"saturation.throughput_grew",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "throughput grew %1 % (%2 → %3 req/s) from %4 to %5 users while users grew %6 %"),
     "rps_growth_pct:0,from_rps:1,to_rps:1,from_users,to_users,users_growth_pct:0"},
    {"saturation.throughput_fell",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "throughput fell %1 % (%2 → %3 req/s) from %4 to %5 users while users grew %6 %"),
     "rps_drop_pct:0,from_rps:1,to_rps:1,from_users,to_users,users_growth_pct:0"},
    {"saturation.latency",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "median latency grew %1 % (%2 → %3 ms) from %4 to %5 users while users grew %6 %"),
     "latency_growth_pct:0,from_ms:0,to_ms:0,from_users,to_users,users_growth_pct:0"},
    {"saturation.generator_overloaded",
     QT_TRANSLATE_NOOP("palier::Reasons", "the load generator was overloaded at %1 users"), "users"},
    {"saturation.dropped_iterations",
     QT_TRANSLATE_NOOP("palier::Reasons", "k6 dropped %1 iterations at %2 users"), "count:0,users"},
    {"saturation.dropped_iterations_run",
     QT_TRANSLATE_NOOP("palier::Reasons",
                       "k6 dropped %1 iterations: the load generator could not start them on time"),
     "count:0"},
};

const TemplateTable &stageTemplates()
{
    static const TemplateTable table("palier::Reasons", {{kStageTemplates, std::size(kStageTemplates)}});
    return table;
}

// "= 0,004" or "< 0,001": a p-value with its comparison sign.
QString pText(double p, const Language &lang)
{
    if (!isKnown(p))
        return QStringLiteral("?");
    if (p < 0.001)
        return QStringLiteral("< ") + lang.number(0.001, 3);
    return QStringLiteral("= ") + lang.number(p, 3);
}

QString listText(const QVariant &v, const Language &lang)
{
    const QVariantList items = v.toList();
    if (items.isEmpty() && v.toStringList().isEmpty())
        return lang.translate("palier::Reasons", "none");
    return formatParam(v, -1, lang);
}

QString whatText(const CriterionResult &r, const Profile &profile, const Language &lang)
{
    const QString metric = metricName(r.def.metric, lang);
    return r.def.keyTransactionOnly ? lang.translate("palier::Reasons", "%1 of %2").arg(metric, profile.keyTransaction)
                                    : lang.translate("palier::Reasons", "%1 of all endpoints").arg(metric);
}

QString whereText(const Params &p, const Language &lang)
{
    const QString scope = p.value(QStringLiteral("scope")).toString();
    if (scope == u"target")
        return lang.translate("palier::Reasons", "at the %1-user stage").arg(lang.integer(p.value(QStringLiteral("users")).toInt()));
    if (scope == u"up_to_target") {
        const int from = p.value(QStringLiteral("from_users")).toInt(), to = p.value(QStringLiteral("to_users")).toInt();
        if (from == to)
            return lang.translate("palier::Reasons", "at the %1-user stage").arg(lang.integer(from));
        return lang.translate("palier::Reasons", "over the stages of %1 to %2 users").arg(lang.integer(from), lang.integer(to));
    }
    return lang.translate("palier::Reasons", "over the run");
}

// What a value rests on: counts, the worst stage, the tool's own percentile.
QString provenanceText(const CriterionResult &r, const Params &p, const Language &lang)
{
    QStringList notes;
    if (r.def.metric == Metric::ErrorRate && p.contains(QStringLiteral("requests")))
        notes << lang.translate("palier::Reasons", "%1 failures / %2 requests")
                     .arg(lang.integer(p.value(QStringLiteral("failures")).toLongLong()),
                          lang.integer(p.value(QStringLiteral("requests")).toLongLong()));
    if (r.def.metric == Metric::Throughput && p.contains(QStringLiteral("seconds")))
        notes << lang.translate("palier::Reasons", "%1 requests in %2 s")
                     .arg(lang.integer(p.value(QStringLiteral("requests")).toLongLong()),
                          lang.number(p.value(QStringLiteral("seconds")).toDouble(), 0));
    if (p.contains(QStringLiteral("worst_users")))
        notes << lang.translate("palier::Reasons", "worst stage: %1 users").arg(lang.integer(p.value(QStringLiteral("worst_users")).toInt()));
    if (p.value(QStringLiteral("tool_percentile")).toBool())
        notes << lang.translate("palier::Reasons", "the tool's own percentile");
    if (p.value(QStringLiteral("estimated")).toBool())
        notes << lang.translate("palier::Reasons", "estimated");
    return notes.isEmpty() ? QString() : QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString scopeNotes(const Params &p, const Language &lang)
{
    QString out;
    if (p.value(QStringLiteral("run_level_only")).toBool())
        out += lang.translate("palier::Reasons", "; run-level figures only");
    if (p.contains(QStringLiteral("below_target_only")))
        out += lang.translate("palier::Reasons", "; no stage at %1 users, so only the stages below it")
                   .arg(lang.integer(p.value(QStringLiteral("below_target_only")).toInt()));
    return out;
}

QString notEvaluatedText(const CriterionResult &r, const Profile &profile, const Language &lang)
{
    const Params &p = r.reason.params;
    const QString &k = r.reason.kind;
    QString why;
    if (k == u"criterion.no_target_stage")
        why = lang.translate("palier::Reasons", "no stage at %1 users in this run (stages: %2)")
                  .arg(lang.integer(p.value(QStringLiteral("target")).toInt()), listText(p.value(QStringLiteral("stages")), lang));
    else if (k == u"criterion.no_stage_up_to_target")
        why = lang.translate("palier::Reasons", "no stage at or below %1 users in this run (stages: %2)")
                  .arg(lang.integer(p.value(QStringLiteral("target")).toInt()), listText(p.value(QStringLiteral("stages")), lang));
    else if (k == u"criterion.key_absent") {
        QString endpoints = listText(p.value(QStringLiteral("endpoints")), lang);
        if (const qint64 more = p.value(QStringLiteral("more")).toLongLong())
            endpoints += lang.translate("palier::Reasons", " and %1 more").arg(lang.integer(more));
        why = lang.translate("palier::Reasons", "%1 not found in this run: its endpoints are %2")
                  .arg(p.value(QStringLiteral("key")).toString(), endpoints);
        const QString closest = p.value(QStringLiteral("closest")).toString();
        if (!closest.isEmpty())
            why += lang.translate("palier::Reasons", " (did you mean %1?)").arg(closest);
    } else if (k == u"criterion.too_few_samples")
        why = lang.translate("palier::Reasons", "too few samples: %1 has %2 requests at the %3-user stage, %4 needed")
                  .arg(p.value(QStringLiteral("key")).toString(), lang.integer(p.value(QStringLiteral("requests")).toLongLong()),
                       lang.integer(p.value(QStringLiteral("users")).toInt()),
                       lang.integer(p.value(QStringLiteral("minimum")).toLongLong()));
    else if (k == u"criterion.run_level_only")
        why = lang.translate("palier::Reasons", "run-level figures only, no stage time series");
    else
        why = lang.translate("palier::Reasons", "%1 unknown %2").arg(whatText(r, profile, lang), whereText(p, lang))
            + scopeNotes(p, lang);
    return lang.translate("palier::Reasons", "not evaluated: %1").arg(why);
}

} // namespace

QString stageReasonText(const Reason &r, const Language &lang)
{
    Params p = r.params;
    QString kind = r.kind;
    if (p.contains(QStringLiteral("p")))
        p.insert(QStringLiteral("p_text"), pText(p.value(QStringLiteral("p")).toDouble(), lang));
    if (kind == u"held.short" && p.value(QStringLiteral("credit_s")).toDouble() > 0) {
        kind = QStringLiteral("held.short_credited");
        p.insert(QStringLiteral("total_s"), p.value(QStringLiteral("duration_s")).toDouble()
                                                + p.value(QStringLiteral("credit_s")).toDouble());
    }
    if (kind == u"held.no_p95_windows")
        kind += QLatin1Char('.') + p.value(QStringLiteral("why")).toString();
    if (kind == u"saturation.throughput") {
        const double growth = p.value(QStringLiteral("rps_growth_pct")).toDouble();
        // A decrease is said as a decrease, never as "grew −22 %".
        if (growth < 0) {
            kind = QStringLiteral("saturation.throughput_fell");
            p.insert(QStringLiteral("rps_drop_pct"), -growth);
        } else {
            kind = QStringLiteral("saturation.throughput_grew");
        }
    }
    if (kind == u"held.steady") {
        const double lo = p.value(QStringLiteral("min_ms")).toDouble(), hi = p.value(QStringLiteral("max_ms")).toDouble();
        QStringList parts;
        parts << lang.translate("palier::Reasons", "ran %1").arg(secondsText(p.value(QStringLiteral("duration_s")).toDouble(), lang));
        if (isKnown(lo)) {
            const QString range = msText(lo, lang) == msText(hi, lang)
                ? lang.translate("palier::Reasons", "steady at %1").arg(msText(lo, lang))
                : lang.translate("palier::Reasons", "%1–%2").arg(lang.number(roundHalfAwayFromZero(lo, 0), 0), msText(hi, lang));
            parts << lang.translate("palier::Reasons", "p95 %1 with no continuous rise (Mann–Kendall p %2)")
                         .arg(range, pText(p.value(QStringLiteral("p")).toDouble(), lang));
        }
        const double err = p.value(QStringLiteral("error_rate_pct")).toDouble();
        if (isKnown(err))
            parts << lang.translate("palier::Reasons", "error rate %1").arg(percentText(err, lang));
        parts << lang.translate("palier::Reasons", "no 10-s window standing out");
        return parts.join(lang.translate("palier::Reasons", ", "));
    }
    return stageTemplates().word(kind, p, lang);
}

QString stageVerdictText(const StageVerdict &v, const Language &lang)
{
    QStringList parts;
    bool onlyDegradingInGreen = v.colour == Colour::Orange;
    for (const Reason &r : v.reasons) {
        parts << stageReasonText(r, lang);
        if (r.kind != u"held.degrading_in_green" && r.kind != u"held.credit" && r.kind != u"held.judged_on_what_it_has")
            onlyDegradingInGreen = false;
    }
    const QString body = parts.join(lang.translate("palier::Reasons", "; "));
    switch (v.colour) {
    case Colour::Red:
        return v.target ? lang.translate("palier::Reasons", "not held: %1").arg(body)
                        : lang.translate("palier::Reasons", "unstable: %1").arg(body);
    case Colour::Orange:
        if (v.target)
            return onlyDegradingInGreen ? lang.translate("palier::Reasons", "held, degrading: %1").arg(body)
                                        : lang.translate("palier::Reasons", "held with punctual degradation: %1").arg(body);
        return lang.translate("palier::Reasons", "degrading: %1").arg(body);
    case Colour::Green:
        return v.target ? lang.translate("palier::Reasons", "held: %1").arg(body)
                        : lang.translate("palier::Reasons", "stable: %1").arg(body);
    case Colour::NotEvaluated:
        break;
    }
    return lang.translate("palier::Reasons", "not evaluated: %1").arg(body);
}

QString criterionReason(const CriterionResult &r, const Profile &profile, const Language &lang)
{
    if (r.reason.kind == u"criterion.held") {
        StageVerdict v;
        v.users = r.reason.params.value(QStringLiteral("users")).toInt();
        v.target = true;
        v.colour = r.colour;
        v.reasons = r.details;
        return lang.translate("palier::Reasons", "%1-user stage %2").arg(lang.integer(v.users), stageVerdictText(v, lang));
    }
    if (!r.evaluated())
        return notEvaluatedText(r, profile, lang);
    const Params &p = r.reason.params;
    return lang.translate("palier::Reasons", "%1 %2 is %3%4: %5%6")
        .arg(whatText(r, profile, lang), whereText(p, lang), valueText(r.def.metric, r.value, lang),
             provenanceText(r, p, lang), comparisonText(r.def, r.colour, lang), scopeNotes(p, lang));
}

QString saturationText(const QList<Reason> &reasons, const Language &lang)
{
    QStringList parts;
    for (const Reason &r : reasons)
        parts << stageReasonText(r, lang);
    return parts.join(lang.translate("palier::Reasons", "; "));
}

QStringList runDecisionNotes(const RunVerdict &v, const Profile &profile, const Language &lang)
{
    QStringList out;
    for (const Finding &f : v.invalidReasons)
        out << findingLine(f, lang);
    if (!v.missing.isEmpty()) {
        QStringList names;
        for (const QString &id : v.missing)
            names << criterionName(id, profile, lang);
        out << lang.translate("palier::Reasons", "incomplete evidence: %1 not evaluated").arg(names.join(QStringLiteral(", ")));
    }
    if (v.decision == Decision::Inconclusive && v.bestCase != Decision::NoGo)
        out << lang.translate("palier::Reasons", "the criteria evaluated give at best %1").arg(decisionWord(v.bestCase, lang));
    return out;
}

QStringList windowDecisionNotes(const WindowVerdict &w, const Profile &profile, const Language &lang,
                                bool withProvisional)
{
    QStringList out;
    if (!w.invalidRunIds.isEmpty())
        out << lang.translate("palier::Reasons", "invalid run(s) set aside: %1").arg(w.invalidRunIds.join(QStringLiteral(", ")));
    QStringList incomplete, rerun;
    for (const WindowCriterion &c : w.criteria) {
        if (!c.required)
            continue;
        if (c.incomplete)
            incomplete << criterionName(c.id, profile, lang);
        if (!c.consistent) {
            QStringList colours;
            for (Colour rc : c.runColours)
                colours << colourWord(rc, lang);
            rerun << lang.translate("palier::Reasons", "%1 (%2)").arg(criterionName(c.id, profile, lang),
                                                                       colours.join(QStringLiteral(", ")));
        }
    }
    if (!incomplete.isEmpty())
        out << lang.translate("palier::Reasons", "incomplete evidence: no colour shared by the runs for %1")
                   .arg(incomplete.join(QStringLiteral(", ")));
    if (!rerun.isEmpty())
        out << lang.translate("palier::Reasons", "rerun: the runs disagree on %1").arg(rerun.join(lang.translate("palier::Reasons", "; ")));
    if (w.decision == Decision::Inconclusive && w.bestCase != Decision::NoGo && !w.runIds.isEmpty())
        out << lang.translate("palier::Reasons", "the criteria with a colour give at best %1").arg(decisionWord(w.bestCase, lang));
    for (const Reason &n : w.notes) {
        if (n.kind == u"window.provisional" && withProvisional) {
            const int runs = n.params.value(QStringLiteral("runs")).toInt();
            const int full = n.params.value(QStringLiteral("full")).toInt();
            out << (runs == 1
                        ? lang.translate("palier::Reasons", "provisional: only 1 comparable run (a full window has %1); its own colours are used")
                              .arg(lang.integer(full))
                        : lang.translate("palier::Reasons", "provisional: only %1 comparable runs (a full window has %2); a colour needs every run to agree")
                              .arg(lang.integer(runs), lang.integer(full)));
        } else if (n.kind == u"window.empty") {
            out << lang.translate("palier::Reasons", "no run to judge");
        }
    }
    return out;
}

} // namespace palier
