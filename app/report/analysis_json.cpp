#include "report/analysis_json.h"

#include "grid/colour.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace palier {

QJsonValue numberValue(double v)
{
    return isKnown(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue isoTimeValue(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime local = t.toLocalTime();
    // OffsetFromUTC prints "+hh:mm" even for UTC, as cli.md asks ("with offset").
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

namespace {

// Error rates from counts, rounded on integers as the seed's SQL rounds them.
QJsonValue errorRateValue(const Figures &f)
{
    return numberValue(roundedPercentOfCounts(f.failures, f.requests));
}

QJsonObject figuresFields(const Figures &f)
{
    QJsonObject o;
    o[u"requests"] = f.requests;
    o[u"failures"] = f.failures;
    o[u"error_rate_pct"] = errorRateValue(f);
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

QJsonObject stageJson(const Stage &s, const StageVerdict *verdict, const QString &key)
{
    QJsonObject o = figuresFields(s.figures);
    o[u"users"] = s.users;
    o[u"label"] = s.label;
    o[u"duration_s"] = numberValue(s.durationS);
    o[u"plateau_s"] = numberValue(s.plateauS);
    o[u"started_at"] = isoTimeValue(s.plateauStart);
    o[u"ended_at"] = isoTimeValue(s.plateauEnd);
    const Endpoint *k = s.endpoint(key);
    o[u"key_p95_ms"] = numberValue(k ? k->figures.p95Ms : kNaN);
    o[u"percentiles_exact"] = s.figures.percentilesExact;
    o[u"estimated"] = s.figures.estimated;
    o[u"held"] = verdict ? colourValue(verdict->colour) : QJsonValue(QJsonValue::Null);
    o[u"held_reason"] = verdict ? QJsonValue(verdict->reason) : QJsonValue(QJsonValue::Null);
    return o;
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    QJsonObject o;
    o[u"severity"] = d.severity == Diagnostic::Severity::Error ? u"error"_s : u"warning"_s;
    o[u"file"] = d.file;
    o[u"line"] = d.line;
    o[u"message"] = d.message;
    return o;
}

QJsonObject runJson(const Run &run, const RunVerdict &verdict, const Profile &profile)
{
    QJsonObject o;
    o[u"id"] = run.id;
    o[u"source"] = sourceKindName(run.source);
    o[u"path"] = run.path;
    o[u"started_at"] = isoTimeValue(run.startedAt);
    o[u"ended_at"] = isoTimeValue(run.endedAt);
    o[u"tool_version"] = run.toolVersion;
    o[u"run_level_only"] = run.runLevelOnly;

    QJsonArray stages;
    for (qsizetype i = 0; i < run.stages.size(); ++i)
        stages.append(stageJson(run.stages.at(i),
                                i < verdict.stages.size() ? &verdict.stages.at(i) : nullptr,
                                profile.keyTransaction));
    o[u"stages"] = stages;

    QJsonArray endpoints;
    for (const Endpoint &e : run.endpoints)
        endpoints.append(endpointJson(e));
    o[u"endpoints"] = endpoints;
    o[u"total"] = figuresFields(run.total);

    o[u"saturation_point_users"] = verdict.saturationPointUsers
        ? QJsonValue(*verdict.saturationPointUsers) : QJsonValue(QJsonValue::Null);
    o[u"saturation_signals"] = verdict.saturationSignals;
    o[u"saturation_reason"] = verdict.saturationReason;
    if (isKnown(run.droppedIterations))
        o[u"dropped_iterations"] = run.droppedIterations;

    QJsonObject grid;
    QJsonArray criteria;
    for (const CriterionResult &c : verdict.criteria) {
        QJsonObject co;
        co[u"id"] = c.id;
        co[u"value"] = numberValue(c.value);
        co[u"color"] = colourId(c.colour);
        co[u"reason"] = c.reason;
        criteria.append(co);
    }
    grid[u"criteria"] = criteria;
    grid[u"reds"] = verdict.reds;
    grid[u"oranges"] = verdict.oranges;
    grid[u"score"] = verdict.score;
    grid[u"score_label"] = scoreLabelId(verdict.label);
    grid[u"decision"] = decisionId(verdict.decision);
    o[u"grid"] = grid;

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
    for (const Diagnostic &d : run.warnings)
        warnings.append(diagnosticJson(d));
    o[u"warnings"] = warnings;
    return o;
}

} // namespace

QJsonObject assessmentToJson(const Assessment &a, const QList<Diagnostic> &diagnostics)
{
    QJsonObject root;
    QJsonObject profile;
    profile[u"name"] = a.profile.name;
    profile[u"source"] = a.profileSource.isEmpty() ? u"built-in"_s : a.profileSource;
    profile[u"key_transaction"] = a.profile.keyTransaction;
    profile[u"target_users"] = a.profile.targetUsers;
    profile[u"required_stage_duration_s"] = a.profile.requiredStageDurationS;
    root[u"profile"] = profile;

    QJsonArray runs;
    for (qsizetype i = 0; i < a.runs.size(); ++i)
        runs.append(runJson(a.runs.at(i), a.verdicts.at(i), a.profile));
    root[u"runs"] = runs;

    const WindowVerdict &w = a.windowVerdict;
    QJsonObject window;
    window[u"run_ids"] = QJsonArray::fromStringList(w.runIds);
    QJsonArray criteria;
    for (const WindowCriterion &c : w.criteria) {
        QJsonObject co;
        co[u"id"] = c.id;
        co[u"color"] = colourId(c.colour);
        co[u"consistent"] = c.consistent;
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
    window[u"score_label"] = scoreLabelId(w.label);
    window[u"decision"] = decisionId(w.decision);
    window[u"provisional"] = w.provisional;
    window[u"notes"] = QJsonArray::fromStringList(w.notes);
    root[u"window"] = window;

    QJsonArray diags;
    for (const Diagnostic &d : diagnostics)
        diags.append(diagnosticJson(d));
    root[u"diagnostics"] = diags;
    return root;
}

} // namespace palier
