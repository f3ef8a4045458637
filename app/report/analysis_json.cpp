#include "report/analysis_json.h"

#include "grid/colour.h"
#include "report/capacity_json.h"
#include "grid/decision_rules.h"
#include "words/finding_words.h"
#include "words/reason_words.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace palier {

QJsonValue numberValue(double v)
{
    return isKnown(v) && std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue isoTimeValue(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime local = t.toLocalTime();
    // With an explicit offset, as docs/cli.md asks: "+01:00", and "Z" (ISO 8601's
    // zero offset, which Qt writes for it) in UTC.
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

namespace {

QJsonValue variantJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return numberValue(v.toDouble());
    case QMetaType::QVariantMap:
        return paramsJson(v.toMap());
    case QMetaType::QVariantList: {
        QJsonArray a;
        for (const QVariant &x : v.toList())
            a.append(variantJson(x));
        return a;
    }
    default:
        return QJsonValue::fromVariant(v);
    }
}

QJsonArray reasonsJson(const QList<Reason> &reasons, const Language &lang)
{
    QJsonArray a;
    for (const Reason &r : reasons) {
        QJsonObject o;
        o[u"kind"] = r.kind;
        o[u"params"] = paramsJson(r.params);
        o[u"text"] = stageReasonText(r, lang);
        a.append(o);
    }
    return a;
}

QJsonArray inconclusiveJson(const QList<InconclusiveReason> &reasons)
{
    QJsonArray a;
    for (InconclusiveReason r : reasons)
        a.append(inconclusiveReasonId(r));
    return a;
}

// Error rates from counts, rounded on integers as the seed's SQL rounds them.
QJsonObject figuresFields(const Figures &f)
{
    QJsonObject o;
    o[u"requests"] = f.requests;
    o[u"failures"] = f.failuresKnown ? QJsonValue(f.failures) : QJsonValue(QJsonValue::Null);
    o[u"error_rate_pct"] = numberValue(f.failuresKnown ? roundedPercentOfCounts(f.failures, f.requests) : kNaN);
    o[u"rps"] = numberValue(f.rps);
    o[u"p50_ms"] = numberValue(f.p50Ms);
    o[u"p95_ms"] = numberValue(f.p95Ms);
    o[u"p99_ms"] = numberValue(f.p99Ms);
    return o;
}

QJsonObject endpointJson(const Endpoint &e)
{
    QJsonObject o = figuresFields(e.figures);
    o[u"name"] = e.name;
    o[u"method"] = e.method;
    o[u"avg_ms"] = numberValue(e.figures.avgMs);
    o[u"max_ms"] = numberValue(e.figures.maxMs);
    o[u"percentiles_exact"] = e.figures.percentilesExact;
    if (!e.group.isEmpty())
        o[u"group"] = e.group;
    if (!e.scenario.isEmpty())
        o[u"scenario"] = e.scenario;
    return o;
}

QJsonValue colourValue(Colour c)
{
    return c == Colour::NotEvaluated ? QJsonValue(QJsonValue::Null) : QJsonValue(colourId(c));
}

QJsonObject stageJson(const Stage &s, const StageVerdict *v, const QString &key, const Language &lang)
{
    QJsonObject o = figuresFields(s.figures);
    o[u"users"] = s.users;
    o[u"label"] = s.label;
    o[u"duration_s"] = numberValue(s.durationS);
    o[u"plateau_s"] = numberValue(s.plateauS);
    o[u"gap_s"] = s.gapS;
    o[u"credit_s"] = s.creditS;
    o[u"started_at"] = isoTimeValue(s.plateauStart);
    o[u"ended_at"] = isoTimeValue(s.plateauEnd);
    const Endpoint *k = s.endpoint(key);
    o[u"key_p95_ms"] = numberValue(k ? k->figures.keyPercentile(0.95) : kNaN);
    o[u"percentiles_exact"] = s.figures.percentilesExact;
    o[u"estimated"] = s.figures.estimated;
    o[u"generator_overloaded"] = s.generatorOverloaded;
    if (isKnown(s.droppedIterations))
        o[u"dropped_iterations"] = s.droppedIterations;
    // "held" is the target stage's verdict only; every stage has its stability.
    const bool target = v && v->target;
    const QJsonValue text = v ? QJsonValue(stageVerdictText(*v, lang)) : QJsonValue(QJsonValue::Null);
    o[u"held"] = target ? colourValue(v->colour) : QJsonValue(QJsonValue::Null);
    o[u"held_reason"] = target ? text : QJsonValue(QJsonValue::Null);
    o[u"stability"] = v ? colourValue(v->colour) : QJsonValue(QJsonValue::Null);
    o[u"stability_reason"] = text;
    if (v)
        o[u"verdict_reasons"] = reasonsJson(v->reasons, lang);
    return o;
}

QJsonObject serverFiguresJson(const ServerFigures &f)
{
    QJsonObject o;
    o[u"from"] = isoTimeValue(f.from);
    o[u"to"] = isoTimeValue(f.to);
    o[u"events"] = f.events;
    o[u"events_per_s"] = numberValue(f.eventsPerS());
    o[u"searches"] = f.searches;
    o[u"searches_per_s"] = numberValue(f.searchesPerS());
    o[u"errors"] = f.errors;
    o[u"p95_search_ms"] = f.p95SearchMs ? QJsonValue(*f.p95SearchMs) : QJsonValue(QJsonValue::Null);
    // The digits the views print (docs/db.md), as a number.
    o[u"error_rate_pct"] = f.errorRatePct.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.errorRatePct.toDouble());
    return o;
}

// What the monitoring table logged during a stage (docs/server-side.md).
QJsonObject serverStageJson(const ServerStage &st)
{
    QJsonObject o = serverFiguresJson(st.server);
    o[u"client_searches_per_s"] = numberValue(st.clientSearchesPerS);
    o[u"extra_searches_per_s"] = numberValue(st.extraSearchesPerS);
    o[u"tolerance_searches_per_s"] = numberValue(st.toleranceSearchesPerS);
    o[u"volume_agrees"] = st.volumeAgrees;
    return o;
}

QJsonObject criterionJson(const CriterionResult &c, const Profile &profile, const Language &lang)
{
    QJsonObject co;
    co[u"id"] = c.id;
    co[u"value"] = numberValue(c.value);
    co[u"color"] = colourId(c.colour);
    co[u"reason"] = criterionReason(c, profile, lang);
    co[u"reason_kind"] = c.reason.kind;
    co[u"reason_params"] = paramsJson(c.reason.params);
    co[u"metric"] = metricId(c.def.metric);
    co[u"scope"] = scopeId(c.def.scope);
    co[u"key_only"] = c.def.keyTransactionOnly;
    co[u"required"] = c.def.required;
    if (c.def.metric != Metric::TargetStageHeld) {
        co[u"unit"] = c.def.metric == Metric::ErrorRate ? u"%"_s : c.def.metric == Metric::Throughput ? u"req/s"_s : u"ms"_s;
        co[u"green"] = c.def.green;
        co[u"orange"] = c.def.orange;
        co[u"higher_is_better"] = c.def.higherIsBetter;
    }
    if (!c.details.isEmpty())
        co[u"details"] = reasonsJson(c.details, lang);
    return co;
}

QJsonObject runJson(const Run &run, const RunVerdict &verdict, const Capacity *capacity, const ServerComparison *server,
                    const Profile &profile, const Language &lang)
{
    QJsonObject o;
    o[u"id"] = run.id;
    o[u"name"] = run.name;
    o[u"source"] = sourceKindName(run.source);
    o[u"path"] = run.path;
    o[u"paths"] = QJsonArray::fromStringList(run.paths.isEmpty() ? QStringList {run.path} : run.paths);
    o[u"started_at"] = isoTimeValue(run.startedAt);
    o[u"ended_at"] = isoTimeValue(run.endedAt);
    o[u"tool_version"] = run.toolVersion;
    o[u"run_level_only"] = run.runLevelOnly;
    o[u"valid"] = verdict.valid;
    QJsonArray invalid;
    for (const Finding &f : verdict.invalidReasons)
        invalid.append(findingJson(f, lang));
    o[u"invalid_reasons"] = invalid;

    QJsonArray stages;
    for (qsizetype i = 0; i < run.stages.size(); ++i) {
        QJsonObject st = stageJson(run.stages.at(i), i < verdict.stages.size() ? &verdict.stages.at(i) : nullptr,
                                   profile.keyTransaction, lang);
        if (server)
            for (const ServerStage &ss : server->stages)
                if (ss.users == run.stages.at(i).users && ss.server.from == run.stages.at(i).plateauStart)
                    st[u"server"] = serverStageJson(ss);
        stages.append(st);
    }
    o[u"stages"] = stages;
    if (server && !server->stages.isEmpty())   // none when the data does not cover the run
        o[u"server_baseline"] = serverFiguresJson(server->baseline);

    QJsonArray endpoints;
    for (const Endpoint &e : run.endpoints)
        endpoints.append(endpointJson(e));
    o[u"endpoints"] = endpoints;
    o[u"total"] = figuresFields(run.total);

    o[u"saturation_point_users"] = verdict.saturationPointUsers
        ? QJsonValue(*verdict.saturationPointUsers) : QJsonValue(QJsonValue::Null);
    o[u"saturation_signals"] = verdict.saturationSignals;
    o[u"saturation_reason"] = saturationText(verdict.saturationReasons, lang);
    o[u"saturation_reasons"] = reasonsJson(verdict.saturationReasons, lang);
    if (isKnown(run.droppedIterations))
        o[u"dropped_iterations"] = run.droppedIterations;

    QJsonObject grid;
    QJsonArray criteria;
    for (const CriterionResult &c : verdict.criteria)
        criteria.append(criterionJson(c, profile, lang));
    grid[u"criteria"] = criteria;
    grid[u"reds"] = verdict.reds;
    grid[u"oranges"] = verdict.oranges;
    grid[u"score"] = verdict.score;
    grid[u"score_is_lower_bound"] = verdict.scoreIsLowerBound;
    grid[u"score_label"] = scoreLabelId(verdict.label);
    grid[u"decision"] = decisionId(verdict.decision);
    grid[u"best_case"] = decisionId(verdict.bestCase);
    grid[u"inconclusive_reasons"] = inconclusiveJson(verdict.inconclusiveReasons);
    grid[u"missing"] = QJsonArray::fromStringList(verdict.missing);
    grid[u"notes"] = QJsonArray::fromStringList(runDecisionNotes(verdict, profile, lang));
    o[u"grid"] = grid;
    if (capacity)
        o[u"capacity"] = capacityJson(*capacity, lang);

    QJsonArray errors;
    for (const ErrorEntry &e : run.errors) {
        QJsonObject eo;
        eo[u"method"] = e.method;
        eo[u"name"] = e.name;
        eo[u"error"] = e.error;
        eo[u"occurrences"] = e.occurrences;
        errors.append(eo);
    }
    o[u"errors"] = errors;

    QJsonArray warnings;
    for (const Finding &f : run.findings)
        warnings.append(findingJson(f, lang));
    o[u"warnings"] = warnings;
    return o;
}

} // namespace

QJsonObject paramsJson(const Params &params)
{
    QJsonObject o;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        o[it.key()] = variantJson(it.value());
    return o;
}

QJsonObject findingJson(const Finding &f, const Language &lang)
{
    QJsonObject o;
    o[u"kind"] = f.kind;
    o[u"severity"] = severityId(f.severity);
    o[u"file"] = f.file;
    o[u"line"] = f.line;
    o[u"message"] = wordFinding(f, lang);
    o[u"params"] = paramsJson(f.params);
    return o;
}

QJsonObject assessmentToJson(const Assessment &a, const QList<Finding> &diagnostics, const Language &lang)
{
    QJsonObject root;
    QJsonObject profile;
    profile[u"name"] = a.profile.name;
    profile[u"source"] = a.profileSource.isEmpty() ? u"built-in"_s : a.profileSource;
    profile[u"key_transaction"] = a.profile.keyTransaction;
    profile[u"target_users"] = a.profile.targetUsers;
    profile[u"required_stage_duration_s"] = a.profile.requiredStageDurationS;
    root[u"profile"] = profile;
    root[u"language"] = lang.code();

    QJsonArray runs;
    for (qsizetype i = 0; i < a.runs.size(); ++i)
        runs.append(runJson(a.runs.at(i), a.verdicts.at(i), i < a.capacities.size() ? &a.capacities.at(i) : nullptr,
                            a.serverOf(a.runs.at(i).id), a.profile, lang));
    root[u"runs"] = runs;

    const WindowVerdict &w = a.windowVerdict;
    QJsonObject window;
    window[u"run_ids"] = QJsonArray::fromStringList(w.runIds);
    window[u"invalid_run_ids"] = QJsonArray::fromStringList(w.invalidRunIds);
    QJsonArray criteria;
    for (const WindowCriterion &c : w.criteria) {
        QJsonObject co;
        co[u"id"] = c.id;
        co[u"color"] = colourId(c.colour);
        co[u"consistent"] = c.consistent;
        co[u"incomplete"] = c.incomplete;
        co[u"required"] = c.required;
        QJsonArray colours;
        for (Colour rc : c.runColours)
            colours.append(colourId(rc));
        co[u"run_colors"] = colours;
        criteria.append(co);
    }
    window[u"criteria"] = criteria;
    window[u"reds"] = w.reds;
    window[u"oranges"] = w.oranges;
    window[u"score"] = w.score;
    window[u"score_is_lower_bound"] = w.scoreIsLowerBound;
    window[u"score_label"] = scoreLabelId(w.label);
    window[u"decision"] = decisionId(w.decision);
    window[u"best_case"] = decisionId(w.bestCase);
    window[u"inconclusive_reasons"] = inconclusiveJson(w.inconclusiveReasons);
    window[u"provisional"] = w.provisional;
    window[u"notes"] = QJsonArray::fromStringList(windowDecisionNotes(w, a.profile, lang));
    root[u"window"] = window;

    QJsonArray diags;
    for (const Finding &d : diagnostics)
        diags.append(findingJson(d, lang));
    root[u"diagnostics"] = diags;
    return root;
}

} // namespace palier
