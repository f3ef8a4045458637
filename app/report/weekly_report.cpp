#include "report/weekly_report.h"

#include "grid/colour.h"
#include "grid/decision_rules.h"
#include "i18n/language.h"
#include "report/shared_paths.h"
#include "words/capacity_words.h"
#include "words/finding_words.h"
#include "words/grid_words.h"
#include "words/reason_words.h"

#include <QRegularExpression>
#include <QtGlobal>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace palier {

bool parseIsoWeek(const QString &text, int *year, int *week)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?W(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const int y = m.captured(1).toInt();
    const int w = m.captured(2).toInt();
    // Dec 28 is always in the last ISO week of its year.
    const int weeksInYear = QDate(y, 12, 28).weekNumber();
    if (w < 1 || w > weeksInYear)
        return false;
    *year = y;
    *week = w;
    return true;
}

namespace {

struct Writer {
    const Language &lang;
    QString out;
    QString folder;   // the results folder: paths are written relative to it (shared_paths.h)
    void line(const QString &l = {}) { out += l + QLatin1Char('\n'); }
    QString t(const char *text) const { return lang.translate("palier::Report", text); }
};

// The per-stage duration the runs of the window share (median of their stages).
double typicalStageDuration(const Assessment &a)
{
    QList<double> d;
    for (int i : a.window)
        for (const Stage &st : a.runs.at(i).stages)
            if (isKnown(st.durationS))
                d.append(st.durationS);
    if (d.isEmpty())
        return kNaN;
    std::sort(d.begin(), d.end());
    return d.at(d.size() / 2);
}

QString notAvailable(const Language &lang)
{
    return lang.translate("palier::Report", "n/a");
}

// A figure with its unit, or "n/a" when it is not known.
QString msOrNa(double ms, const Language &lang)
{
    return isKnown(ms) ? msText(ms, lang) : notAvailable(lang);
}

QString percentOrNa(double pct, const Language &lang)
{
    return isKnown(pct) ? percentText(pct, lang) : notAvailable(lang);
}

QString colourCell(Colour c, const Language &lang)
{
    if (c == Colour::NotEvaluated)
        return colourWord(c, lang);
    return colourMarker(c) + QLatin1Char(' ') + colourWord(c, lang);
}

QString heldAnswer(Colour c, const Language &lang)
{
    switch (c) {
    case Colour::Green: return lang.translate("palier::Report", "Yes");
    case Colour::Orange: return lang.translate("palier::Report", "Yes, with punctual degradation");
    case Colour::Red: return lang.translate("palier::Report", "No");
    case Colour::NotEvaluated: break;
    }
    return colourWord(Colour::NotEvaluated, lang);
}

QString defaultAction(const Assessment &a, const Language &lang)
{
    const WindowVerdict &w = a.windowVerdict;
    QString action;
    switch (w.decision) {
    case Decision::Go:
        action = lang.translate("palier::Report", "Stay on the current hosting; rerun the stages next week to confirm.");
        break;
    case Decision::Watch:
        action = lang.translate("palier::Report", "Closer watch: rerun the stages mid-week and follow the %1 p95 in production.")
                     .arg(a.profile.keyTransaction);
        break;
    case Decision::NoGo:
        action = lang.translate("palier::Report", "Prepare the migration: start the hosting migration study this week.");
        break;
    case Decision::Inconclusive:
        if (w.inconclusiveReasons.contains(InconclusiveReason::InvalidRun))
            action = lang.translate("palier::Report", "Rerun or repair the invalid run(s), then decide: the evidence does not carry a decision yet.");
        else if (w.inconclusiveReasons.contains(InconclusiveReason::IncompleteEvidence))
            action = lang.translate("palier::Report", "Complete the evidence (target stage, key transaction) before deciding.");
        else
            action = lang.translate("palier::Report", "Runs disagree: rerun a comparable run before deciding.");
        break;
    }
    if (w.provisional)
        action += QLatin1Char(' ')
                + lang.translate("palier::Report", "Complete the window with %n more comparable run(s).", nullptr,
                                 int(a.profile.windowSize - w.runIds.size()));
    return action;
}

// The decision with its meaning ("GO (stay on …)"), or for INCONCLUSIVE its reasons.
QString decisionText(Decision d, const QList<InconclusiveReason> &why, const Language &lang)
{
    if (d == Decision::Inconclusive && !why.isEmpty())
        return decisionLine(d, why, lang);
    return decisionWord(d, lang) + QStringLiteral(" (") + decisionMeaning(d, lang) + QLatin1Char(')');
}

void writeContext(Writer &wr, const Assessment &a, const ReportOptions &options)
{
    const Language &lang = wr.lang;
    const Profile &p = a.profile;
    const WindowVerdict &w = a.windowVerdict;
    const Run *newest = a.newestRun();
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "## Context")));
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Environment: %1")).arg(options.environment));
    QStringList plan;
    for (int u : (newest ? newest->stagePlan() : p.stagePlan))
        plan.append(lang.integer(u));
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Stages: %1")).arg(plan.join(QStringLiteral(", "))));
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Duration per stage: %1")).arg(durationText(typicalStageDuration(a), lang)));
    QStringList names;
    for (int i : a.window)
        names << a.runs.at(i).name;
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Runs evaluated: %1 (%2 of %3 comparable runs)"))
                .arg(names.join(QStringLiteral(", ")), lang.integer(w.runIds.size()), lang.integer(p.windowSize)));
    const QString builtin = wr.t(QT_TRANSLATE_NOOP("palier::Report", "default grid"));
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Grid applied: %1 (%2)")).arg(p.name.isEmpty() ? builtin : p.name,
                                                   a.profileSource.isEmpty() ? builtin : sharedPath(a.profileSource, wr.folder)));
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Key transaction: %1 · target stage: %2 users · required duration: %3"))
                .arg(p.keyTransaction, lang.integer(p.targetUsers), durationText(p.requiredStageDurationS, lang)));
    wr.line();
}

void writeKeyResults(Writer &wr, const Assessment &a)
{
    const Language &lang = wr.lang;
    const WindowVerdict &w = a.windowVerdict;
    QList<const RunVerdict *> wv;
    for (int i : a.window)
        wv.append(&a.verdicts.at(i));
    auto series = [&](auto text) {
        QStringList parts;
        for (auto it = wv.crbegin(); it != wv.crend(); ++it)   // oldest → newest reads as a trend
            parts.append(text(**it));
        return parts.join(QStringLiteral(" → "));
    };
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "## Key results")));
    if (!wv.isEmpty()) {
        const RunVerdict *nv = wv.first();
        const QString newestName = a.runs.at(a.window.first()).name;
        wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Search p95 (target stage): %1 (%2; window: %3)"))
                    .arg(msOrNa(nv->keyP95AtTargetMs, lang), newestName,
                         series([&](const RunVerdict &v) { return msOrNa(v.keyP95AtTargetMs, lang); })));
        wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Overall error rate: %1 (%2; window: %3)"))
                    .arg(percentOrNa(nv->errorRatePct, lang), newestName,
                         series([&](const RunVerdict &v) { return percentOrNa(v.errorRatePct, lang); })));
        const CriterionDef *held = a.profile.heldCriterion();
        const WindowCriterion *wc = held ? w.criterion(held->id) : nullptr;
        int heldRuns = 0, evaluatedRuns = 0;
        for (const RunVerdict *v : wv) {
            if (v->targetHeld.has_value() && v->valid) {
                ++evaluatedRuns;
                heldRuns += *v->targetHeld ? 1 : 0;
            }
        }
        wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Target stage held: %1 (held in %2 of %3 evaluated runs)"))
                    .arg(heldAnswer(wc ? wc->colour : Colour::NotEvaluated, lang), lang.integer(heldRuns),
                         lang.integer(evaluatedRuns)));
        int saturated = 0;
        std::optional<int> point;
        for (const RunVerdict *v : wv) {
            if (v->saturationSignals) {
                ++saturated;
                if (v->saturationPointUsers && (!point || *v->saturationPointUsers < *point))
                    point = v->saturationPointUsers;
            }
        }
        const bool yes = saturated * 2 > wv.size() || (wv.size() == 1 && saturated == 1);
        QString sat = wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Saturation signals observed: %1 (%2 of %3 runs)"))
                          .arg(yes ? wr.t(QT_TRANSLATE_NOOP("palier::Report", "Yes")) : wr.t(QT_TRANSLATE_NOOP("palier::Report", "No")), lang.integer(saturated), lang.integer(wv.size()));
        if (point)
            sat += wr.t(QT_TRANSLATE_NOOP("palier::Report", ", saturation point: %1 users")).arg(lang.integer(*point));
        wr.line(sat);
    }
    wr.line();
}

// What the stages say the hosting can hold (docs/capacity.md): each window run's
// projected crossings and throughput peak, newest first like the runs below, so
// a week that loses capacity shows it.
void writeCapacity(Writer &wr, const Assessment &a)
{
    const Language &lang = wr.lang;
    if (a.window.isEmpty())
        return;
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "## Estimated capacity")));
    const Capacity *newest = a.capacityOf(a.runs.at(a.window.first()).id);
    if (newest)
        wr.line(QStringLiteral("- ") + capacitySummary(*newest, lang));
    wr.line();
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "| Run | Users before orange | Users before red | Throughput peak | Fit |")));
    wr.line(QStringLiteral("|---|---:|---:|---|---|"));
    for (int i : a.window) {
        const Run &run = a.runs.at(i);
        const Capacity *c = a.capacityOf(run.id);
        if (!c)
            continue;
        QString orange = notAvailable(lang), red = notAvailable(lang), peak = notAvailable(lang);
        QString fit = capacityStateWord(c->state, lang);
        if (c->hasModel()) {
            fit = capacityFitQuality(*c, lang);
            if (c->hasProjection()) {
                orange = capacityUsersText(c->usersAtOrange, c->reachUsers(), lang);
                red = capacityUsersText(c->usersAtRed, c->reachUsers(), lang);
            }
            peak = isKnown(c->peakUsers())
                ? wr.t(QT_TRANSLATE_NOOP("palier::Report", "≈ %1 req/s at %2 users"))
                      .arg(lang.number(c->peakRps(), 1), lang.integer(qint64(std::llround(c->peakUsers()))))
                : wr.t(QT_TRANSLATE_NOOP("palier::Report", "not determined"));
        }
        wr.line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |").arg(run.id, orange, red, peak, fit));
    }
    wr.line();
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report",
                                   "Projected from the stages' throughput (Universal Scalability Law) and Little's law: "
                                   "beyond the largest stage it is a model, not a measurement.")));
    wr.line();
}

void writeGridStatus(Writer &wr, const Assessment &a)
{
    const Language &lang = wr.lang;
    const WindowVerdict &w = a.windowVerdict;
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "## Grid status")));
    QStringList reds, oranges, missing, rerun;
    for (const WindowCriterion &c : w.criteria) {
        const QString name = criterionName(c.id, a.profile, lang);
        if (c.colour == Colour::Red)
            reds.append(name);
        else if (c.colour == Colour::Orange)
            oranges.append(name);
        else if (!c.consistent)
            rerun.append(name);
        else if (c.colour == Colour::NotEvaluated)
            missing.append(name);
    }
    auto countWithNames = [&](int n, const QStringList &names) {
        return names.isEmpty() ? lang.integer(n)
                               : QStringLiteral("%1 (%2)").arg(lang.integer(n), names.join(QStringLiteral(", ")));
    };
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Red criteria: %1")).arg(countWithNames(w.reds, reds)));
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Orange criteria: %1")).arg(countWithNames(w.oranges, oranges)));
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Synthetic score: %1 (%2)")).arg(scoreText(w.score, w.scoreIsLowerBound, lang), scoreLabelWord(w.label, lang)));
    if (!missing.isEmpty())
        wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Without a colour shared by the runs (count neither red nor orange): %1")).arg(missing.join(QStringLiteral(", "))));
    if (!rerun.isEmpty())
        wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Inconsistent across the window (every run a different colour): %1")).arg(rerun.join(QStringLiteral(", "))));
    wr.line();
}

void writeDecision(Writer &wr, const Assessment &a, const ReportOptions &options)
{
    const Language &lang = wr.lang;
    const WindowVerdict &w = a.windowVerdict;
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "## Decision")));
    QString decision = QStringLiteral("- ") + decisionText(w.decision, w.inconclusiveReasons, lang);
    if (w.provisional)
        decision += QLatin1Char(' ') + wr.t(QT_TRANSLATE_NOOP("palier::Report", "(provisional: %1 of %2 comparable runs)"))
                                           .arg(lang.integer(w.runIds.size()), lang.integer(a.profile.windowSize));
    wr.line(decision);
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Next week's action: %1")).arg(options.nextAction.isEmpty() ? defaultAction(a, lang) : options.nextAction));
    // The decision line above already says whether the window is provisional.
    for (const QString &note : windowDecisionNotes(w, a.profile, lang, /*withProvisional=*/false))
        wr.line(QStringLiteral("- ") + note);
    wr.line();
}

void writeRuns(Writer &wr, const Assessment &a)
{
    const Language &lang = wr.lang;
    const Profile &p = a.profile;
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "## Runs in detail")));
    wr.line();
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "| Run | Started | Key p95 (target stage) | Error rate | Target stage held | Saturation (users) | Score | Decision |")));
    wr.line(QStringLiteral("|---|---|---:|---:|---|---|---:|---|"));
    const CriterionDef *held = p.heldCriterion();
    for (int i : a.window) {
        const Run &run = a.runs.at(i);
        const RunVerdict &v = a.verdicts.at(i);
        const CriterionResult *hc = held ? v.criterion(held->id) : nullptr;
        const QString date = run.startedAt.isValid()
            ? run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : wr.t(QT_TRANSLATE_NOOP("palier::Report", "n/a"));
        const QString sat = v.saturationPointUsers ? lang.integer(*v.saturationPointUsers) : wr.t(QT_TRANSLATE_NOOP("palier::Report", "none"));
        wr.line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 (%8) | %9 |")
                    .arg(run.id, date, msOrNa(v.keyP95AtTargetMs, lang),
                         percentOrNa(v.errorRatePct, lang),
                         colourCell(hc ? hc->colour : Colour::NotEvaluated, lang), sat,
                         scoreText(v.score, v.scoreIsLowerBound, lang), scoreLabelWord(v.label, lang),
                         decisionText(v.decision, v.inconclusiveReasons, lang)));
    }
    wr.line();
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "## Reasons")));
    for (int i : a.window) {
        const Run &run = a.runs.at(i);
        const RunVerdict &v = a.verdicts.at(i);
        wr.line();
        wr.line(QStringLiteral("### ") + run.name);
        for (const Finding &f : v.invalidReasons)
            wr.line(QStringLiteral("- ") + wr.t(QT_TRANSLATE_NOOP("palier::Report", "Invalid run: %1")).arg(wordFinding(sharedFinding(f, wr.folder), lang)));
        for (const CriterionResult &c : v.criteria)
            wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- %1 — %2: %3")).arg(criterionName(c.def, p, lang), colourCell(c.colour, lang),
                                               criterionReason(c, p, lang)));
        if (v.saturationSignals && !v.saturationReasons.isEmpty())
            wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Saturation: %1")).arg(saturationText(v.saturationReasons, lang)));
        // The report is read by people deciding, not debugging files: one line
        // says how many reading notes there were; analyze lists them.
        qsizetype notes = 0;
        for (const Finding &f : run.findings)
            notes += f.isInvalidReason() ? 0 : 1;
        if (notes)
            wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "- Reading notes: %1 (known losses of the tool, skipped rows…) — details: `palier analyze %2`"))
                        .arg(lang.integer(notes), sharedPath(run.path, wr.folder)));
    }
    QStringList excluded;
    for (qsizetype i = 0; i < a.runs.size(); ++i)
        if (!a.window.contains(int(i)))
            excluded.append(a.runs.at(i).name);
    if (!excluded.isEmpty()) {
        wr.line();
        wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "Runs left out (not comparable or outside the window): %1")).arg(excluded.join(QStringLiteral(", "))));
    }
}

} // namespace

QString weeklyReportMarkdown(const Assessment &a, const ReportOptions &options)
{
    if (!shippedLanguages().contains(options.lang))
        throw inputError(QStringLiteral("report.unknown_language"), QString(), 0, {{QStringLiteral("lang"), options.lang}});
    const Language &lang = Language::get(options.lang);
    const Run *newest = a.newestRun();

    int year = 0, week = 0;
    if (!options.week.isEmpty()) {
        if (!parseIsoWeek(options.week, &year, &week))
            throw inputError(QStringLiteral("report.bad_week"), QString(), 0, {{QStringLiteral("week"), options.week}});
    } else {
        QDate d = newest && newest->startedAt.isValid() ? newest->startedAt.toLocalTime().date() : options.today;
        if (!d.isValid())
            d = QDate::currentDate();
        week = d.weekNumber(&year);
    }

    Writer wr {lang, {}, resultsFolder(a.runs)};
    wr.line(wr.t(QT_TRANSLATE_NOOP("palier::Report", "# %1 capacity report - Week %2"))
                .arg(options.application, QStringLiteral("%1-%2").arg(year).arg(week, 2, 10, QLatin1Char('0'))));
    wr.line();
    writeContext(wr, a, options);
    writeKeyResults(wr, a);
    writeCapacity(wr, a);
    wr.out += productionSectionMarkdown(a, options.production, lang);
    writeGridStatus(wr, a);
    writeDecision(wr, a, options);
    writeRuns(wr, a);
    return wr.out;
}

} // namespace palier
