#include "report/weekly_report.h"

#include "grid/colour.h"
#include "report/report_strings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

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
    const ReportStrings &s;
    QString out;
    void line(const QString &l = {}) { out += l + QLatin1Char('\n'); }
};

QString colourWord(const ReportStrings &s, Colour c)
{
    switch (c) {
    case Colour::Green: return s.green;
    case Colour::Orange: return s.orange;
    case Colour::Red: return s.red;
    case Colour::NotEvaluated: return s.notEvaluated;
    }
    return {};
}

QString decisionWord(const ReportStrings &s, Decision d)
{
    switch (d) {
    case Decision::Go: return s.go;
    case Decision::Watch: return s.watch;
    case Decision::NoGo: return s.noGo;
    case Decision::Inconclusive: return s.inconclusive;
    }
    return {};
}

QString labelWord(const ReportStrings &s, ScoreLabel l)
{
    switch (l) {
    case ScoreLabel::Ok: return s.labelOk;
    case ScoreLabel::Attention: return s.labelAttention;
    case ScoreLabel::Migrate: return s.labelMigrate;
    }
    return {};
}

QString criterionName(const ReportStrings &s, const Profile &p, const QString &id)
{
    if (id == u"p95_key")
        return s.criterionP95Key.arg(p.keyTransaction);
    if (id == u"error_rate")
        return s.criterionErrorRate;
    if (id == u"target_stage_held")
        return s.criterionHeld.arg(p.targetUsers);
    const CriterionDef *def = p.criterion(id);
    return def && !def->label.isEmpty() ? def->label : id;
}

QString durationText(const ReportStrings &s, double seconds)
{
    if (!isKnown(seconds))
        return s.unknown;
    const long long sec = std::llround(seconds);
    if (sec >= 60 && sec % 60 == 0)
        return s.minutes.arg(sec / 60);
    if (sec >= 120)
        return s.minutes.arg(s.number(seconds / 60.0, 1));
    return s.seconds.arg(sec);
}

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

QString msText(const ReportStrings &s, double ms)
{
    return isKnown(ms) ? s.ms.arg(qlonglong(displayedValue(Metric::LatencyP95, ms))) : s.unknown;
}

QString pctText(const ReportStrings &s, double pct)
{
    return isKnown(pct) ? s.pct.arg(s.number(displayedValue(Metric::ErrorRate, pct), 2)) : s.unknown;
}

QString yesNo(const ReportStrings &s, bool v) { return v ? s.yes : s.no; }

QString heldText(const ReportStrings &s, const std::optional<bool> &held, Colour c)
{
    if (!held.has_value() || c == Colour::NotEvaluated)
        return s.notEvaluated;
    if (c == Colour::Orange)
        return s.heldWithDegradation;
    return yesNo(s, c != Colour::Red);
}

QString defaultAction(const ReportStrings &s, const Assessment &a)
{
    const WindowVerdict &w = a.windowVerdict;
    QString action;
    switch (w.decision) {
    case Decision::Go: action = s.actionGo; break;
    case Decision::Watch: action = s.actionWatch.arg(a.profile.keyTransaction); break;
    case Decision::NoGo: action = s.actionNoGo; break;
    case Decision::Inconclusive: action = s.actionInconclusive; break;
    }
    if (w.provisional)
        action += QLatin1Char(' ') + s.actionCompleteWindow.arg(a.profile.windowSize - w.runIds.size());
    return action;
}

} // namespace

QString weeklyReportMarkdown(const Assessment &a, const ReportOptions &options)
{
    const ReportStrings &s = reportStrings(options.lang);
    const Run *newest = a.newestRun();

    int year = 0, week = 0;
    if (!options.week.isEmpty()) {
        if (!parseIsoWeek(options.week, &year, &week))
            throw InputError{{Diagnostic::Severity::Error, QString(), 0,
                              QCoreApplication::translate("palier::Report",
                                  "invalid --week '%1': expected YYYY-Www, e.g. 2026-W47").arg(options.week)}};
    } else {
        QDate d = newest && newest->startedAt.isValid() ? newest->startedAt.toLocalTime().date() : options.today;
        if (!d.isValid())
            d = QDate::currentDate();
        week = d.weekNumber(&year);
    }

    const Profile &p = a.profile;
    const WindowVerdict &w = a.windowVerdict;
    Writer wr {s, {}};

    wr.line(s.title.arg(options.application, QStringLiteral("%1-%2").arg(year).arg(week, 2, 10, QLatin1Char('0'))));
    wr.line();
    wr.line(s.hContext);
    wr.line(s.environment.arg(options.environment));
    QStringList plan;
    for (int u : (newest ? newest->stagePlan() : p.stagePlan))
        plan.append(QString::number(u));
    wr.line(s.stages.arg(plan.join(QStringLiteral(", "))));
    wr.line(s.stageDuration.arg(durationText(s, typicalStageDuration(a))));
    wr.line(s.windowRuns.arg(w.runIds.join(QStringLiteral(", "))).arg(w.runIds.size()).arg(p.windowSize));
    wr.line(s.profileLine.arg(p.name.isEmpty() ? s.builtinProfile : p.name,
                              a.profileSource.isEmpty() ? s.builtinProfile : a.profileSource));
    wr.line(s.keyAndTarget.arg(p.keyTransaction).arg(p.targetUsers).arg(durationText(s, p.requiredStageDurationS)));
    wr.line();

    // Key results: the newest run's figure, with every run of the window beside it.
    QList<const RunVerdict *> wv;
    for (int i : a.window)
        wv.append(&a.verdicts.at(i));
    auto series = [&](auto text) {
        QStringList parts;
        for (auto it = wv.crbegin(); it != wv.crend(); ++it)   // oldest → newest reads as a trend
            parts.append(text(**it));
        return parts.join(QStringLiteral(" → "));
    };
    const RunVerdict *nv = wv.isEmpty() ? nullptr : wv.first();
    wr.line(s.hKeyResults);
    if (nv) {
        wr.line(s.keyP95.arg(msText(s, nv->keyP95AtTargetMs), nv->runId,
                             series([&](const RunVerdict &v) { return msText(s, v.keyP95AtTargetMs); })));
        wr.line(s.errorRate.arg(pctText(s, nv->errorRatePct), nv->runId,
                                series([&](const RunVerdict &v) { return pctText(s, v.errorRatePct); })));
        Colour heldColour = Colour::NotEvaluated;
        for (const WindowCriterion &c : w.criteria)
            if (c.id == u"target_stage_held")
                heldColour = c.colour;
        int heldRuns = 0, evaluatedRuns = 0;
        for (const RunVerdict *v : wv) {
            if (v->targetHeld.has_value()) {
                ++evaluatedRuns;
                heldRuns += *v->targetHeld ? 1 : 0;
            }
        }
        const std::optional<bool> windowHeld = evaluatedRuns > 0
            ? std::optional<bool>(heldColour != Colour::Red) : std::nullopt;
        wr.line(s.targetHeld.arg(heldText(s, windowHeld, heldColour)).arg(heldRuns).arg(evaluatedRuns));
        int saturated = 0;
        std::optional<int> point;
        for (const RunVerdict *v : wv) {
            if (v->saturationSignals) {
                ++saturated;
                if (v->saturationPointUsers && (!point || *v->saturationPointUsers < *point))
                    point = v->saturationPointUsers;
            }
        }
        QString sat = s.saturation.arg(yesNo(s, saturated * 2 > wv.size() || (wv.size() == 1 && saturated == 1)))
                          .arg(saturated).arg(wv.size());
        if (point)
            sat += s.saturationPoint.arg(*point);
        wr.line(sat);
    }
    wr.line();

    wr.line(s.hGrid);
    QStringList reds, oranges, notEvaluated;
    for (const WindowCriterion &c : w.criteria) {
        const QString name = criterionName(s, p, c.id);
        if (c.colour == Colour::Red) reds.append(name);
        else if (c.colour == Colour::Orange) oranges.append(name);
        else if (c.colour == Colour::NotEvaluated) notEvaluated.append(name);
    }
    auto countWithNames = [](int n, const QStringList &names) {
        return names.isEmpty() ? QString::number(n)
                               : QStringLiteral("%1 (%2)").arg(n).arg(names.join(QStringLiteral(", ")));
    };
    wr.line(s.reds.arg(countWithNames(w.reds, reds)));
    wr.line(s.oranges.arg(countWithNames(w.oranges, oranges)));
    wr.line(s.score.arg(w.score).arg(labelWord(s, w.label)));
    if (!notEvaluated.isEmpty())
        wr.line(s.notEvaluatedLine.arg(notEvaluated.join(QStringLiteral(", "))));
    for (const WindowCriterion &c : w.criteria)
        if (!c.consistent)
            wr.line(s.inconsistentLine.arg(criterionName(s, p, c.id)));
    wr.line();

    wr.line(s.hDecision);
    QString decision = QStringLiteral("- ") + decisionWord(s, w.decision);
    if (w.provisional)
        decision += QLatin1Char(' ') + s.provisional.arg(w.runIds.size()).arg(p.windowSize);
    wr.line(decision);
    wr.line(s.nextAction.arg(options.nextAction.isEmpty() ? defaultAction(s, a) : options.nextAction));
    for (const QString &note : w.notes)
        wr.line(QStringLiteral("- ") + note);
    wr.line();

    // Beyond the template: the figures behind the window, run by run.
    wr.line(s.hPerRun);
    wr.line();
    wr.line(s.tableHeader);
    wr.line(QStringLiteral("|---|---|---:|---:|---|---|---:|---|"));
    for (int i : a.window) {
        const Run &run = a.runs.at(i);
        const RunVerdict &v = a.verdicts.at(i);
        QString held = s.notEvaluated;
        if (const CriterionResult *c = v.criterion(QStringLiteral("target_stage_held")))
            held = colourWord(s, c->colour);
        const QString date = run.startedAt.isValid()
            ? run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : s.unknown;
        const QString sat = v.saturationPointUsers ? QString::number(*v.saturationPointUsers) : s.none;
        wr.line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 (%8) | %9 |")
                    .arg(run.id, date, msText(s, v.keyP95AtTargetMs), pctText(s, v.errorRatePct), held, sat)
                    .arg(v.score).arg(labelWord(s, v.label), decisionWord(s, v.decision)));
    }
    wr.line();

    wr.line(s.hReasons);
    for (int i : a.window) {
        const RunVerdict &v = a.verdicts.at(i);
        wr.line();
        wr.line(QStringLiteral("### ") + v.runId);
        for (const CriterionResult &c : v.criteria)
            wr.line(s.reasonLine.arg(criterionName(s, p, c.id), colourWord(s, c.colour), c.reason));
        if (v.saturationSignals && !v.saturationReason.isEmpty())
            wr.line(s.saturationLine.arg(v.saturationReason));
        // The report is read by people deciding, not debugging files: one line
        // says how many reading warnings there were; analyze lists them.
        if (const qsizetype n = a.runs.at(i).warnings.size())
            wr.line(s.warningsLine.arg(n).arg(a.runs.at(i).path));
    }

    QStringList excluded;
    for (qsizetype i = 0; i < a.runs.size(); ++i)
        if (!a.window.contains(int(i)))
            excluded.append(a.runs.at(i).id);
    if (!excluded.isEmpty()) {
        wr.line();
        wr.line(s.excluded.arg(excluded.join(QStringLiteral(", "))));
    }
    return wr.out;
}

} // namespace palier
