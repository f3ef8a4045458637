#include "grid/criteria.h"

#include "grid/colour.h"

#include <algorithm>

namespace palier {

namespace {

// `key`: the figures are the key transaction's, whose latency is judged over
// its successes where the source tells them apart (docs/grid-rules.md §12).
double rawValue(const Figures &f, Metric m, bool key)
{
    switch (m) {
    case Metric::LatencyP50: return key ? f.keyPercentile(0.50) : f.percentile(0.50);
    case Metric::LatencyP95: return key ? f.keyPercentile(0.95) : f.percentile(0.95);
    case Metric::LatencyP99: return key ? f.keyPercentile(0.99) : f.percentile(0.99);
    case Metric::LatencyAvg: return f.avgMs;
    case Metric::ErrorRate: return f.failuresKnown ? roundedPercentOfCounts(f.failures, f.requests) : kNaN;
    case Metric::Throughput: return f.rps;
    case Metric::TargetStageHeld: return kNaN;
    }
    return kNaN;
}

bool isPercentile(Metric m)
{
    return m == Metric::LatencyP50 || m == Metric::LatencyP95 || m == Metric::LatencyP99;
}

QVariantList planOf(const Run &run)
{
    QVariantList out;
    for (int u : run.stagePlan())
        out << u;
    return out;
}

class Evaluator {
public:
    Evaluator(const CriterionDef &c, const Run &run, const Profile &profile, const QList<StageVerdict> &stages,
              int targetIndex)
        : c(c), run(run), profile(profile), stages(stages), targetIndex(targetIndex)
    {
        r.id = c.id;
        r.def = c;
    }

    CriterionResult evaluate()
    {
        if (c.metric == Metric::TargetStageHeld)
            return held();
        if (needsKey() && !keyUsable())
            return r;
        const Scope scope = run.runLevelOnly ? Scope::Run : c.scope;
        Params p {{QStringLiteral("metric"), metricId(c.metric)},
                  {QStringLiteral("key"), c.keyTransactionOnly ? profile.keyTransaction : QString()},
                  {QStringLiteral("scope"), scopeId(scope)}};
        if (run.runLevelOnly && c.scope != Scope::Run)
            p.insert(QStringLiteral("run_level_only"), true);
        double value = kNaN;
        switch (scope) {
        case Scope::TargetStage: {
            if (targetIndex < 0)
                return notEvaluated(QStringLiteral("criterion.no_target_stage"),
                                    {{QStringLiteral("target"), profile.targetUsers}, {QStringLiteral("stages"), planOf(run)}});
            const Stage &s = run.stages.at(targetIndex);
            p.insert(QStringLiteral("users"), s.users);
            const Figures *f = figuresOf(s);
            if (f) {
                value = rawValue(*f, c.metric, c.keyTransactionOnly);
                provenance(*f, p);
            }
            break;
        }
        case Scope::UpToTarget: {
            QList<int> indices;
            for (int i = 0; i < run.stages.size(); ++i)
                if (targetIndex >= 0 ? i <= targetIndex : run.stages.at(i).users < profile.targetUsers)
                    indices << i;
            if (indices.isEmpty())
                return notEvaluated(QStringLiteral("criterion.no_stage_up_to_target"),
                                    {{QStringLiteral("target"), profile.targetUsers}, {QStringLiteral("stages"), planOf(run)}});
            p.insert(QStringLiteral("from_users"), run.stages.at(indices.first()).users);
            p.insert(QStringLiteral("to_users"), run.stages.at(indices.last()).users);
            if (targetIndex < 0)
                p.insert(QStringLiteral("below_target_only"), profile.targetUsers);
            value = upToTarget(indices, p);
            break;
        }
        case Scope::Run: {
            if (c.keyTransactionOnly) {
                if (const Endpoint *e = run.endpoint(profile.keyTransaction)) {
                    value = rawValue(e->figures, c.metric, true);
                    provenance(e->figures, p);
                }
            } else if (c.metric == Metric::ErrorRate && run.total.requests <= 0) {
                qint64 req = 0, fail = 0;
                bool known = true;
                for (const Stage &s : run.stages) {
                    req += s.figures.requests;
                    fail += s.figures.failures;
                    known = known && s.figures.failuresKnown;
                }
                value = known ? roundedPercentOfCounts(fail, req) : kNaN;
                p.insert(QStringLiteral("failures"), fail);
                p.insert(QStringLiteral("requests"), req);
            } else {
                value = rawValue(run.total, c.metric, false);
                provenance(run.total, p);
                if (c.metric == Metric::ErrorRate) {
                    p.insert(QStringLiteral("failures"), run.total.failures);
                    p.insert(QStringLiteral("requests"), run.total.requests);
                }
            }
            break;
        }
        }
        if (!isKnown(value))
            return notEvaluated(QStringLiteral("criterion.unknown_value"), p);
        r.value = displayedValue(c.metric, value);
        r.colour = colourOf(c, r.value);
        p.insert(QStringLiteral("value"), r.value);
        r.reason = {QStringLiteral("criterion.value"), p};
        return r;
    }

private:
    const CriterionDef &c;
    const Run &run;
    const Profile &profile;
    const QList<StageVerdict> &stages;
    int targetIndex;
    CriterionResult r;

    CriterionResult notEvaluated(const QString &kind, const Params &p)
    {
        r.value = kNaN;
        r.colour = Colour::NotEvaluated;
        r.reason = {kind, p};
        return r;
    }

    // The held verdict judges the key transaction's p95 windows, so it needs
    // the key as the key-only criteria do (docs/grid-rules.md §4).
    bool needsKey() const { return c.keyTransactionOnly || c.metric == Metric::TargetStageHeld; }

    // The key transaction is in the run, with enough requests at the target
    // stage to be judged; else the result is "not evaluated" with why.
    bool keyUsable()
    {
        const QString &key = profile.keyTransaction;
        const QStringList names = run.endpointNames();
        if (!names.contains(key)) {
            notEvaluated(QStringLiteral("criterion.key_absent"),
                         {{QStringLiteral("key"), key}, {QStringLiteral("endpoints"), names.mid(0, 12)},
                          {QStringLiteral("more"), qint64(std::max<qsizetype>(0, names.size() - 12))},
                          {QStringLiteral("closest"), closestName(key, names)}});
            return false;
        }
        if (targetIndex >= 0) {
            const Endpoint *e = run.stages.at(targetIndex).endpoint(key);
            const qint64 n = e ? e->figures.requests : 0;
            if (n < kMinKeyRequests) {
                notEvaluated(QStringLiteral("criterion.too_few_samples"),
                             {{QStringLiteral("key"), key}, {QStringLiteral("requests"), n},
                              {QStringLiteral("minimum"), kMinKeyRequests},
                              {QStringLiteral("users"), run.stages.at(targetIndex).users}});
                return false;
            }
        }
        return true;
    }

    const Figures *figuresOf(const Stage &s) const
    {
        if (!c.keyTransactionOnly)
            return &s.figures;
        const Endpoint *e = s.endpoint(profile.keyTransaction);
        return e ? &e->figures : nullptr;
    }

    void provenance(const Figures &f, Params &p) const
    {
        if (isPercentile(c.metric) && !f.percentilesExact)
            p.insert(QStringLiteral("tool_percentile"), true);
        if (f.estimated)
            p.insert(QStringLiteral("estimated"), true);
    }

    // Stages up to the target: error rate over all their requests; latency of the
    // worst stage (percentiles of different stages cannot be merged, and "up to
    // the target" means every stage must meet the limit); throughput as requests
    // over the stages' total duration.
    double upToTarget(const QList<int> &indices, Params &p) const
    {
        if (c.metric == Metric::ErrorRate) {
            qint64 req = 0, fail = 0;
            bool known = true;
            for (int i : indices)
                if (const Figures *f = figuresOf(run.stages.at(i))) {
                    req += f->requests;
                    fail += f->failures;
                    known = known && f->failuresKnown;
                }
            p.insert(QStringLiteral("failures"), fail);
            p.insert(QStringLiteral("requests"), req);
            return known ? roundedPercentOfCounts(fail, req) : kNaN;
        }
        if (c.metric == Metric::Throughput) {
            qint64 req = 0;
            double seconds = 0;
            for (int i : indices) {
                const Stage &s = run.stages.at(i);
                const Figures *f = figuresOf(s);
                if (!f || !isKnown(s.durationS) || s.durationS <= 0)
                    return kNaN;
                req += f->requests;
                seconds += s.durationS;
            }
            p.insert(QStringLiteral("requests"), req);
            p.insert(QStringLiteral("seconds"), seconds);
            return double(req) / seconds;
        }
        int worst = -1;
        double worstValue = kNaN;
        for (int i : indices) {
            const Figures *f = figuresOf(run.stages.at(i));
            if (!f)
                continue;
            const double v = rawValue(*f, c.metric, c.keyTransactionOnly);
            if (isKnown(v) && (!isKnown(worstValue) || v > worstValue)) {
                worst = i;
                worstValue = v;
            }
        }
        if (worst >= 0) {
            p.insert(QStringLiteral("worst_users"), run.stages.at(worst).users);
            provenance(*figuresOf(run.stages.at(worst)), p);
        }
        return worstValue;
    }

    CriterionResult held()
    {
        if (run.runLevelOnly)
            return notEvaluated(QStringLiteral("criterion.run_level_only"), {});
        if (targetIndex < 0)
            return notEvaluated(QStringLiteral("criterion.no_target_stage"),
                                {{QStringLiteral("target"), profile.targetUsers}, {QStringLiteral("stages"), planOf(run)}});
        if (!keyUsable())
            return r;
        const StageVerdict &sv = stages.at(targetIndex);
        r.colour = sv.colour;
        r.reason = {QStringLiteral("criterion.held"), {{QStringLiteral("users"), sv.users},
                                                       {QStringLiteral("colour"), int(sv.colour)}}};
        r.details = sv.reasons;
        return r;
    }
};

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

int targetStageIndex(const Run &run, const Profile &profile)
{
    if (run.runLevelOnly)
        return -1;
    for (int i = 0; i < run.stages.size(); ++i)
        if (run.stages.at(i).users == profile.targetUsers)
            return i;
    return -1;
}

CriterionResult evaluateCriterion(const CriterionDef &c, const Run &run, const Profile &profile,
                                  const QList<StageVerdict> &stages, int targetIndex)
{
    return Evaluator(c, run, profile, stages, targetIndex).evaluate();
}

QString closestName(const QString &name, const QStringList &names)
{
    QString best;
    int bestDistance = 0;
    for (const QString &n : names) {
        const int d = editDistance(name, n);
        if (best.isEmpty() || d < bestDistance) {
            best = n;
            bestDistance = d;
        }
    }
    // "Close": at most a third of the name's letters differ (typos, not guesses).
    if (best.isEmpty() || bestDistance > std::max<qsizetype>(2, name.size() / 3))
        return QString();
    return best;
}

} // namespace palier
