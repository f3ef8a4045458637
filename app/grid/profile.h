// A grid profile: the criteria, thresholds, target stage and window rules, as
// data the user can edit, save and share (versioned JSON). docs/grid-rules.md §1.
#pragma once

#include "model/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace palier {

// How a criterion's value is obtained from a run.
enum class Metric {
    LatencyP50, LatencyP95, LatencyP99, LatencyAvg,   // ms
    ErrorRate,                                        // percent
    Throughput,                                       // req/s
    TargetStageHeld                                   // the stage verdict (docs/grid-rules.md §5)
};

// Where the value is taken.
enum class Scope {
    TargetStage,   // the stage whose users == target users ("target")
    UpToTarget,    // all stages up to and including the target ("up_to_target")
    Run            // the whole run ("run")
};

struct CriterionDef {
    QString id;                 // "p95_key", "error_rate", "target_stage_held", …
    // The author's own name for the criterion, shown as written. Usually empty:
    // then the words module names it from metric, scope and key, in the
    // reader's language (words/grid_words.h, criterionName).
    QString label;
    Metric metric = Metric::LatencyP95;
    Scope scope = Scope::TargetStage;
    bool keyTransactionOnly = false;   // value of the key transaction, else Aggregated
    // For latencies and error rate lower is better: green when value <= green
    // (error rate: value < green), red when value > orange.
    // For throughput higher is better: green when value >= green, red when value < orange.
    bool higherIsBetter = false;
    double green = 0;           // green limit
    double orange = 0;          // orange limit (past it: red)
    // Error-rate criteria use strict "<" for green (seed: green < 1 %, orange 1–3 %).
    bool greenStrict = false;
    // Strict orange limit: red already AT the orange limit (lower is better: red when
    // value >= orange; higher is better: red when value <= orange). With
    // orange == green and both strict, a pass/fail SLO ("p95 < 200 ms") has no
    // orange band. JSON "orange_strict", default false (the seed's limits include it).
    bool orangeStrict = false;
    // A required criterion must be evaluated for a GO or a WATCH (docs/grid-rules.md §7);
    // an optional one counts when evaluated and never blocks a decision. JSON
    // "required", default true.
    bool required = true;
};

struct Profile {
    int version = 1;
    QString name;
    QString description;
    QString keyTransaction = QStringLiteral("athlete_search");
    QList<int> stagePlan {5, 20, 50, 75, 100, 150};
    int targetUsers = 100;
    double requiredStageDurationS = 600;
    QList<CriterionDef> criteria;
    int windowSize = 3;
    int consistencyMin = 2;            // runs a colour must appear in
    double durationTolerance = 0.10;   // comparable runs: per-stage duration within ±10 %
    double warmupS = 30;               // ignored at the start of a plateau (held)

    // Thresholds used by the "held" verdict and the production hint: the p95
    // and error-rate limits of the profile's key p95 and error-rate criteria.
    double p95GreenMs() const;
    double p95OrangeMs() const;
    double errorGreenPct() const;
    double errorOrangePct() const;

    const CriterionDef *criterion(const QString &id) const;
    // The criteria whose limits the "held" verdict uses: the key p95 one (id
    // "p95_key", else the first p95 criterion) and the error-rate one (id
    // "error_rate", else the first). nullptr when the profile has none.
    const CriterionDef *p95Criterion() const;
    const CriterionDef *errorRateCriterion() const;
    // The "target stage held" criterion (the first, if several); nullptr when none.
    const CriterionDef *heldCriterion() const;

    static Profile builtinDefault();        // the seed's grid
    // Throws InputError naming the file and the line of the (first) problem:
    // a "profile.*" finding, or "profile.invalid" carrying the first problem
    // and the others when there are several (docs/grid-rules.md §1).
    static Profile fromJson(const QByteArray &json, const QString &fileName);
    static Profile fromFile(const QString &path);   // refuses more than kMaxProfileBytes
    static constexpr qint64 kMaxProfileBytes = qint64(1) << 20;
    QByteArray toJson() const;
    // What is wrong with the values, as "profile.*" findings with no file or
    // line (empty when valid); words/finding_words.h words them.
    QList<Finding> validate() const;
};

QString metricId(Metric m);   // "p95", "error_rate", …
QString scopeId(Scope s);     // "target", "up_to_target", "run"
std::optional<Metric> metricFromId(const QString &id);   // inverse of metricId
std::optional<Scope> scopeFromId(const QString &id);     // inverse of scopeId

} // namespace palier
