#include "models/compare_model.h"

#include "i18n/language.h"
#include "words/finding_words.h"
#include "words/grid_words.h"
#include "words/reason_words.h"

#include "shell/format.h"

#include <QStringList>

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
    endResetModel();
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
        case RunId: return run.id;
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
        case KeyP95: return Format::ms(v.keyP95AtTargetMs);
        case ErrorRate: return Format::pct(v.errorRatePct);
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
    case Qt::ToolTipRole:
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
        break;
    case Qt::ForegroundRole:
        if (index.column() == DecisionColumn)
            return m_palette.badgeForeground(v.decision);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == KeyP95 || index.column() == ErrorRate)
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunId: return tr("Run");
    case Started: return tr("Started");
    case Plan: return tr("Stages (users)");
    case InWindow: return tr("In window");
    case KeyP95: return tr("Key p95");
    case ErrorRate: return tr("Error rate");
    case Saturation: return tr("Saturation point");
    case DecisionColumn: return tr("Decision");
    }
    return {};
}

} // namespace palier::ui
