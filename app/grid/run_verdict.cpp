// The grid applied to one run (grid.md §2–§3): criteria values and colours,
// stage verdicts, score, decision and saturation signals.
#include "grid/colour.h"
#include "grid/stage_verdict.h"
#include "grid/verdict.h"

#include <QCoreApplication>

#include <cmath>

namespace palier {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("palier::Grid", text); }

bool isPercentile(Metric m)
{
    return m == Metric::LatencyP50 || m == Metric::LatencyP95 || m == Metric::LatencyP99;
}

QString metricName(Metric m)
{
    switch (m) {
    case Metric::LatencyP50: return tr("p50");
    case Metric::LatencyP95: return tr("p95");
    case Metric::LatencyP99: return tr("p99");
    case Metric::LatencyAvg: return tr("mean response time");
    case Metric::ErrorRate: return tr("error rate");
    case Metric::Throughput: return tr("throughput");
    case Metric::TargetStageHeld: return tr("target stage held");
    }
    return QString();
}

double rawValue(const Figures &f, Metric m)
{
    switch (m) {
    case Metric::LatencyP50: return f.percentile(0.50);
    case Metric::LatencyP95: return f.percentile(0.95);
    case Metric::LatencyP99: return f.percentile(0.99);
    case Metric::LatencyAvg: return f.avgMs;
    case Metric::ErrorRate: return roundedPercentOfCounts(f.failures, f.requests);
    case Metric::Throughput: return f.rps;
    case Metric::TargetStageHeld: return kNaN;
    }
    return kNaN;
}

// Words a person needs to check a latency against its source.
QString provenance(const Figures &f, Metric m)
{
    QStringList notes;
    if (isPercentile(m) && !f.percentilesExact)
        notes << tr("the tool's own percentile");
    if (f.estimated)
        notes << tr("estimated");
    return notes.isEmpty() ? QString() : tr(" (%1)").arg(notes.join(QStringLiteral(", ")));
}

QString planText(const Run &run)
{
    QStringList users;
    for (int u : run.stagePlan())
        users << QString::number(u);
    return users.isEmpty() ? tr("none") : users.join(QStringLiteral(", "));
}

double stageRps(const Stage &s)
{
    if (isKnown(s.figures.rps))
        return s.figures.rps;
    if (s.figures.requests > 0 && isKnown(s.durationS) && s.durationS > 0)
        return double(s.figures.requests) / s.durationS;
    return kNaN;
}

class CriterionEvaluator {
public:
    CriterionEvaluator(const Run &run, const Profile &profile, const QList<StageVerdict> &stageVerdicts,
                       int targetIndex)
        : run(run), profile(profile), stageVerdicts(stageVerdicts), targetIndex(targetIndex)
    {
    }

    CriterionResult evaluate(const CriterionDef &c) const
    {
        CriterionResult r;
        r.id = c.id;
        if (c.metric == Metric::TargetStageHeld)
            return held(c, r);
        const Scope scope = run.runLevelOnly ? Scope::Run : c.scope;
        QString note;
        if (run.runLevelOnly && c.scope != Scope::Run)
            note = tr("; run-level figures only");
        const QString subject = c.keyTransactionOnly ? profile.keyTransaction : tr("all endpoints");
        const QString what = tr("%1 of %2").arg(metricName(c.metric), subject);

        double value = kNaN;
        QString where;
        QString detail;
        switch (scope) {
        case Scope::TargetStage: {
            if (targetIndex < 0)
                return notEvaluated(r, tr("not evaluated: no stage at %1 users in this run (stages: %2)")
                                           .arg(profile.targetUsers).arg(planText(run)));
            const Stage &s = run.stages.at(targetIndex);
            where = tr("at the %1-user stage").arg(s.users);
            const Figures *f = figuresOf(s, c);
            if (!f)
                return notEvaluated(r, tr("not evaluated: no requests named %1 %2").arg(profile.keyTransaction, where));
            value = rawValue(*f, c.metric);
            detail = provenance(*f, c.metric);
            break;
        }
        case Scope::UpToTarget: {
            QList<int> indices;
            for (int i = 0; i < run.stages.size(); ++i)
                if (targetIndex >= 0 ? i <= targetIndex : run.stages.at(i).users < profile.targetUsers)
                    indices << i;
            if (indices.isEmpty())
                return notEvaluated(r, tr("not evaluated: no stage at or below %1 users in this run (stages: %2)")
                                           .arg(profile.targetUsers).arg(planText(run)));
            const int firstUsers = run.stages.at(indices.first()).users;
            const int lastUsers = run.stages.at(indices.last()).users;
            where = firstUsers == lastUsers ? tr("at the %1-user stage").arg(firstUsers)
                                            : tr("over the stages of %1 to %2 users").arg(firstUsers).arg(lastUsers);
            if (targetIndex < 0)
                note += tr("; no stage at %1 users, so only the stages below it").arg(profile.targetUsers);
            if (!upToTarget(c, indices, &value, &detail))
                return notEvaluated(r, tr("not evaluated: %1 unknown %2").arg(what, where));
            break;
        }
        case Scope::Run: {
            where = tr("over the run");
            if (c.keyTransactionOnly) {
                const Endpoint *e = run.endpoint(profile.keyTransaction);
                if (!e)
                    return notEvaluated(r, tr("not evaluated: no requests named %1 in the run").arg(profile.keyTransaction));
                value = rawValue(e->figures, c.metric);
                detail = provenance(e->figures, c.metric);
            } else if (c.metric == Metric::ErrorRate && run.total.requests <= 0) {
                qint64 req = 0, fail = 0;
                for (const Stage &s : run.stages) {
                    req += s.figures.requests;
                    fail += s.figures.failures;
                }
                value = roundedPercentOfCounts(fail, req);
                if (req > 0)
                    detail = tr(" (%1 failures / %2 requests)").arg(fail).arg(req);
            } else {
                value = rawValue(run.total, c.metric);
                detail = provenance(run.total, c.metric);
                if (c.metric == Metric::ErrorRate && run.total.requests > 0)
                    detail = tr(" (%1 failures / %2 requests)").arg(run.total.failures).arg(run.total.requests);
            }
            break;
        }
        }
        if (!isKnown(value))
            return notEvaluated(r, tr("not evaluated: %1 unknown %2%3").arg(what, where, note));
        r.value = displayedValue(c.metric, value);
        r.colour = colourOf(c, r.value);
        r.reason = tr("%1 %2 is %3%4: %5%6")
                       .arg(what, where, formatValue(c.metric, r.value), detail,
                            comparisonText(c, r.value, r.colour), note);
        return r;
    }

private:
    const Run &run;
    const Profile &profile;
    const QList<StageVerdict> &stageVerdicts;
    int targetIndex;

    static CriterionResult notEvaluated(CriterionResult r, const QString &reason)
    {
        r.value = kNaN;
        r.colour = Colour::NotEvaluated;
        r.reason = reason;
        return r;
    }

    const Figures *figuresOf(const Stage &s, const CriterionDef &c) const
    {
        if (!c.keyTransactionOnly)
            return &s.figures;
        const Endpoint *e = s.endpoint(profile.keyTransaction);
        return e ? &e->figures : nullptr;
    }

    // Stages up to the target: error rate over all their requests; latency of the
    // worst stage (percentiles of different stages cannot be merged, and "up to
    // the target" means every stage must meet the limit); throughput as requests
    // over the stages' total duration.
    bool upToTarget(const CriterionDef &c, const QList<int> &indices, double *value, QString *detail) const
    {
        if (c.metric == Metric::ErrorRate) {
            qint64 req = 0, fail = 0;
            for (int i : indices)
                if (const Figures *f = figuresOf(run.stages.at(i), c)) {
                    req += f->requests;
                    fail += f->failures;
                }
            *value = roundedPercentOfCounts(fail, req);
            *detail = tr(" (%1 failures / %2 requests)").arg(fail).arg(req);
            return isKnown(*value);
        }
        if (c.metric == Metric::Throughput) {
            qint64 req = 0;
            double seconds = 0;
            for (int i : indices) {
                const Stage &s = run.stages.at(i);
                const Figures *f = figuresOf(s, c);
                if (!f || !isKnown(s.durationS) || s.durationS <= 0)
                    return false;
                req += f->requests;
                seconds += s.durationS;
            }
            *value = double(req) / seconds;
            *detail = tr(" (%1 requests in %2 s)").arg(req).arg(seconds);
            return true;
        }
        // Latency: the worst stage.
        int worst = -1;
        double worstValue = kNaN;
        const Figures *worstFigures = nullptr;
        for (int i : indices) {
            const Figures *f = figuresOf(run.stages.at(i), c);
            if (!f)
                continue;
            const double v = rawValue(*f, c.metric);
            if (isKnown(v) && (!isKnown(worstValue) || v > worstValue)) {
                worst = i;
                worstValue = v;
                worstFigures = f;
            }
        }
        if (worst < 0)
            return false;
        *value = worstValue;
        *detail = tr(" (worst stage: %1 users)").arg(run.stages.at(worst).users) + provenance(*worstFigures, c.metric);
        return true;
    }

    CriterionResult held(const CriterionDef &, CriterionResult r) const
    {
        if (run.runLevelOnly)
            return notEvaluated(r, tr("not evaluated: run-level figures only, no stage time series"));
        if (targetIndex < 0)
            return notEvaluated(r, tr("not evaluated: no stage at %1 users in this run (stages: %2)")
                                       .arg(profile.targetUsers).arg(planText(run)));
        const StageVerdict &sv = stageVerdicts.at(targetIndex);
        r.colour = sv.colour;
        r.reason = tr("%1-user stage %2").arg(sv.users).arg(sv.reason);
        return r;
    }
};

void findSaturation(const Run &run, const Profile &profile, RunVerdict &v)
{
    for (int i = 0; i < run.stages.size(); ++i) {
        const Stage &s = run.stages.at(i);
        const StageVerdict &sv = v.stages.at(i);
        QStringList why;
        if (s.users >= profile.targetUsers && sv.colour == Colour::Red) {
            if (sv.continuousDegradation)
                why << tr("continuous p95 degradation at %1 users").arg(s.users);
            if (sv.throughputCollapse)
                why << tr("throughput collapse at %1 users").arg(s.users);
        }
        if (i > 0) {
            const Stage &prev = run.stages.at(i - 1);
            const double r0 = stageRps(prev), r1 = stageRps(s);
            if (prev.users > 0 && s.users > prev.users && isKnown(r0) && isKnown(r1) && r0 > 0) {
                const double userGrowth = double(s.users - prev.users) / double(prev.users);
                const double rpsGrowth = (r1 - r0) / r0;
                if (rpsGrowth < 0.5 * userGrowth)
                    why << tr("throughput grew %1 % (%2 → %3 req/s) from %4 to %5 users while users grew %6 %")
                               .arg(QString::number(std::round(100.0 * rpsGrowth)))
                               .arg(QString::number(r0, 'f', 1), QString::number(r1, 'f', 1))
                               .arg(prev.users).arg(s.users)
                               .arg(QString::number(std::round(100.0 * userGrowth)));
            }
        }
        if (!why.isEmpty()) {
            v.saturationSignals = true;
            v.saturationPointUsers = s.users;
            v.saturationReason = why.join(QStringLiteral("; "));
            return;
        }
    }
    if (isKnown(run.droppedIterations) && run.droppedIterations > 0) {
        v.saturationSignals = true;
        v.saturationReason = tr("k6 dropped %1 iterations: the load generator could not start them on time")
                                 .arg(QString::number(run.droppedIterations, 'f', 0));
    }
}

} // namespace

const CriterionResult *RunVerdict::criterion(const QString &id) const
{
    for (const CriterionResult &c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

RunVerdict evaluateRun(const Run &run, const Profile &profile)
{
    RunVerdict v;
    v.runId = run.id;
    int targetIndex = -1;
    for (int i = 0; i < run.stages.size(); ++i) {
        v.stages.append(evaluateStage(run.stages.at(i), profile));
        if (run.stages.at(i).users == profile.targetUsers && targetIndex < 0)
            targetIndex = i;
    }
    if (run.runLevelOnly)
        targetIndex = -1;

    const CriterionEvaluator evaluator(run, profile, v.stages, targetIndex);
    for (const CriterionDef &c : profile.criteria) {
        CriterionResult r = evaluator.evaluate(c);
        if (r.colour == Colour::Red)
            ++v.reds;
        else if (r.colour == Colour::Orange)
            ++v.oranges;
        v.criteria.append(r);
    }
    v.score = 2 * v.reds + v.oranges;
    v.label = scoreLabel(v.score);
    v.decision = decide(v.reds, v.oranges);

    if (targetIndex >= 0) {
        const Stage &target = run.stages.at(targetIndex);
        if (const Endpoint *e = target.endpoint(profile.keyTransaction))
            v.keyP95AtTargetMs = displayedValue(Metric::LatencyP95, e->figures.percentile(0.95));
        if (v.stages.at(targetIndex).colour != Colour::NotEvaluated)
            v.targetHeld = v.stages.at(targetIndex).colour != Colour::Red;
    }
    if (const CriterionDef *err = profile.errorRateCriterion())
        if (const CriterionResult *r = v.criterion(err->id))
            v.errorRatePct = r->value;

    findSaturation(run, profile, v);
    return v;
}

} // namespace palier
