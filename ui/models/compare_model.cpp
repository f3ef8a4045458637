#include "models/compare_model.h"

#include "i18n/language.h"
#include "words/finding_words.h"
#include "words/grid_words.h"
#include "words/reason_words.h"

#include "shell/format.h"

#include <QFont>
#include <QStringList>

#include <cmath>

namespace palier::ui {

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareModel::setAssessment(const Assessment &assessment, bool allRuns, const StatePalette &palette)
{
    beginResetModel();
    m_assessment = assessment;
    m_palette = palette;
    m_rows = assessment.window;   // newest first
    if (allRuns)
        for (int i = int(assessment.runs.size()) - 1; i >= 0; --i)
            if (!m_rows.contains(i))
                m_rows.append(i);
    if (baselineIndex() < 0)
        m_baseline.clear();
    endResetModel();
}

void CompareModel::setBaseline(const QString &runId)
{
    beginResetModel();
    m_baseline = runId;
    if (baselineIndex() < 0)
        m_baseline.clear();
    endResetModel();
}

int CompareModel::baselineIndex() const
{
    if (m_baseline.isEmpty())
        return -1;
    for (int i : m_rows)
        if (m_assessment.runs.at(i).id == m_baseline)
            return i;
    return -1;
}

double CompareModel::value(int runIndex, int column) const
{
    if (runIndex < 0 || runIndex >= m_assessment.runs.size())
        return kNaN;
    const RunVerdict &v = m_assessment.verdicts.at(runIndex);
    switch (column) {
    case KeyP95: return v.keyP95AtTargetMs;
    case ErrorRate: return v.errorRatePct;
    case Throughput:
        for (const Stage &s : m_assessment.runs.at(runIndex).stages)
            if (s.users == m_assessment.profile.targetUsers)
                return s.figures.rps;
        return kNaN;
    }
    return kNaN;
}

QString CompareModel::figureText(int column, double v)
{
    return column == KeyP95 ? Format::ms(v) : column == ErrorRate ? Format::pct(v) : Format::rps(v);
}

double CompareModel::delta(int runIndex, int column) const
{
    const int base = baselineIndex();
    if (base < 0)
        return kNaN;
    const double now = value(runIndex, column), then = value(base, column);
    // Against nothing (an error rate of 0 %), a change has no percentage.
    if (!isKnown(now) || !isKnown(then) || then == 0)
        return kNaN;
    return 100.0 * (now - then) / then;
}

const CriterionResult *CompareModel::criterionOf(int runIndex, int column) const
{
    const RunVerdict &v = m_assessment.verdicts.at(runIndex);
    // The error rate shown is the error-rate criterion's own value, whatever its scope.
    if (column == ErrorRate) {
        const CriterionDef *def = m_assessment.profile.errorRateCriterion();
        const CriterionResult *r = def ? v.criterion(def->id) : nullptr;
        return r && r->evaluated() ? r : nullptr;
    }
    for (const CriterionDef &def : m_assessment.profile.criteria) {
        if (def.scope != Scope::TargetStage)
            continue;
        const bool match = (column == KeyP95 && def.metric == Metric::LatencyP95 && def.keyTransactionOnly)
                           || (column == Throughput && def.metric == Metric::Throughput && !def.keyTransactionOnly);
        if (match)
            if (const CriterionResult *r = v.criterion(def.id); r && r->evaluated())
                return r;
    }
    return nullptr;
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int runIndex = m_rows.at(index.row());
    const Run &run = m_assessment.runs.at(runIndex);
    const RunVerdict &v = m_assessment.verdicts.at(runIndex);
    const bool inWindow = m_assessment.window.contains(runIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RunId: return runIndex == baselineIndex() ? tr("%1 (baseline)").arg(Format::runName(run)) : Format::runName(run);
        case Started: return Format::dateTime(run.startedAt);
        case Plan: {
            QStringList plan;
            for (int u : run.stagePlan())
                plan << QString::number(u);
            return plan.isEmpty() ? Format::unknown() : plan.join(QStringLiteral(" → "));
        }
        case InWindow:
            if (!inWindow)
                return tr("no");
            // In the window by its date and plan, but it does not vote.
            return v.valid ? tr("yes") : tr("yes, set aside (invalid run)");
        case KeyP95:
        case ErrorRate:
        case Throughput: {
            const QString text = figureText(index.column(), value(runIndex, index.column()));
            const double change = delta(runIndex, index.column());
            // The grid's shape beside its colour, for grey scale and colour-blind readers.
            const CriterionResult *r = criterionOf(runIndex, index.column());
            const QString shown = r ? QStringLiteral("%1 %2").arg(StatePalette::symbol(r->colour), text) : text;
            if (runIndex == baselineIndex() || !isKnown(change))
                return shown;
            // The change against the baseline, signed: "+12 %", "−3.4 %", "±0 %".
            const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("−") : QStringLiteral("±");
            return tr("%1 (%2%3 %)").arg(shown, sign, Format::significant(std::abs(change), 2));
        }
        case Saturation: return v.saturationPointUsers ? Format::users(*v.saturationPointUsers) : tr("none");
        case DecisionColumn: return StatePalette::decisionText(v.decision);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == RunId)
            return m_palette.series(index.row());
        break;
    case SeriesColourRole:
        return m_palette.series(index.row());
    case RunIndexRole:
        return runIndex;
    case ValueRole:
        return value(runIndex, index.column());
    case DeltaRole:
        return delta(runIndex, index.column());
    case GridColourRole:
        if (const CriterionResult *r = criterionOf(runIndex, index.column()))
            return int(r->colour);
        break;
    case IsBaselineRole:
        return runIndex == baselineIndex();
    case Qt::FontRole:
        if (runIndex == baselineIndex()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if ((index.column() == KeyP95 || index.column() == ErrorRate || index.column() == Throughput)
            && baselineIndex() >= 0 && runIndex != baselineIndex()) {
            const Run &base = m_assessment.runs.at(baselineIndex());
            return tr("Baseline %1: %2").arg(Format::runName(base),
                                              figureText(index.column(), value(baselineIndex(), index.column())));
        }
        if (index.column() == Saturation && !v.saturationReasons.isEmpty())
            return saturationText(v.saturationReasons, Language::ui());
        if (index.column() == InWindow && !inWindow)
            return tr("Not comparable with the newest run (other stages or stage durations), or older than the window");
        if ((index.column() == InWindow || index.column() == DecisionColumn) && !v.valid) {
            QStringList lines;
            for (const Finding &f : v.invalidReasons)
                lines << findingLine(f, Language::ui());
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == DecisionColumn && !v.inconclusiveReasons.isEmpty())
            return decisionLine(v.decision, v.inconclusiveReasons, Language::ui());
        break;
    case Qt::BackgroundRole:
        if (index.column() == DecisionColumn)
            return m_palette.badgeBackground(v.decision);
        if (const CriterionResult *r = criterionOf(runIndex, index.column()))
            return m_palette.cellBackground(r->colour);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DecisionColumn)
            return m_palette.badgeForeground(v.decision);
        if (const CriterionResult *r = criterionOf(runIndex, index.column()))
            return m_palette.cellForeground(r->colour);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == KeyP95 || index.column() == ErrorRate || index.column() == Throughput)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DecisionColumn)
            return int(Qt::AlignCenter);
        break;
    }
    return {};
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == KeyP95)
        return tr("p95 of %1 at the target stage (%2 users)").arg(m_assessment.profile.keyTransaction).arg(m_assessment.profile.targetUsers);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Throughput)
        return tr("Requests per second at the target stage (%1 users)").arg(m_assessment.profile.targetUsers);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunId: return tr("Run");
    case Started: return tr("Started");
    case Plan: return tr("Stages (users)");
    case InWindow: return tr("In window");
    case KeyP95: return tr("Key p95");
    case ErrorRate: return tr("Error rate");
    case Throughput: return tr("Throughput");
    case Saturation: return tr("Saturation point");
    case DecisionColumn: return tr("Decision");
    }
    return {};
}

} // namespace palier::ui
