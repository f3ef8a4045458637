// The grid applied to runs: per-run criteria and decision, stage verdicts,
// saturation, and the 3-run window. grid.md §2–§4.
#pragma once

#include "grid/profile.h"
#include "model/run.h"

#include <optional>

namespace palier {

enum class Colour { Green, Orange, Red, NotEvaluated };
enum class ScoreLabel { Ok, Attention, Migrate };
enum class Decision { Go, Watch, NoGo, Inconclusive };

QString colourId(Colour c);        // "green" | "orange" | "red" | "not_evaluated"
QString scoreLabelId(ScoreLabel l); // "ok" | "attention" | "migrate"
QString decisionId(Decision d);    // "GO" | "WATCH" | "NO_GO" | "INCONCLUSIVE"

struct CriterionResult {
    QString id;
    double value = kNaN;       // as compared (rounded as displayed); NaN if not evaluated
    Colour colour = Colour::NotEvaluated;
    QString reason;            // one line a person can check against the data
};

// "Held" verdict of one stage (grid.md §2), computed for every stage.
struct StageVerdict {
    int users = 0;
    Colour colour = Colour::NotEvaluated;
    QString reason;
    bool continuousDegradation = false;
    bool throughputCollapse = false;
    double mannKendallP = kNaN;
    double theilSenSlopeMsPerS = kNaN;
};

struct RunVerdict {
    QString runId;
    QList<CriterionResult> criteria;
    QList<StageVerdict> stages;          // same order as run.stages
    int reds = 0, oranges = 0, score = 0;
    ScoreLabel label = ScoreLabel::Ok;
    Decision decision = Decision::Go;
    bool saturationSignals = false;
    std::optional<int> saturationPointUsers;
    QString saturationReason;
    double keyP95AtTargetMs = kNaN;      // for the report's key results
    double errorRatePct = kNaN;          // error-rate criterion's value
    std::optional<bool> targetHeld;      // nullopt: no stage at the target

    const CriterionResult *criterion(const QString &id) const;
};

struct WindowCriterion {
    QString id;
    Colour colour = Colour::NotEvaluated;
    bool consistent = true;
    QList<Colour> runColours;            // same order as WindowVerdict::runIds
};

struct WindowVerdict {
    QStringList runIds;                  // newest first
    QList<WindowCriterion> criteria;
    int reds = 0, oranges = 0, score = 0;
    ScoreLabel label = ScoreLabel::Ok;
    Decision decision = Decision::Go;
    bool provisional = false;
    QStringList notes;                   // why provisional / inconclusive, in English
};

// Decision and label from counts (grid.md §3).
Decision decide(int reds, int oranges);
ScoreLabel scoreLabel(int score);

RunVerdict evaluateRun(const Run &run, const Profile &profile);

// Indices into runs (any order) of the window: the newest run and the up to
// windowSize-1 most recent runs comparable to it; newest first.
QList<int> selectWindow(const QList<Run> &runs, const Profile &profile);
bool comparable(const Run &a, const Run &b, const Profile &profile);

// verdicts: those of the window's runs, newest first.
WindowVerdict evaluateWindow(const QList<RunVerdict> &verdicts, const Profile &profile);

} // namespace palier
