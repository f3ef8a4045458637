#include "models/grid_model.h"

#include "shell/format.h"

#include "i18n/language.h"
#include "words/grid_words.h"
#include "words/reason_words.h"

#include <QDir>
#include <QFont>

#include <algorithm>

namespace palier::ui {

GridModel::GridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GridModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_assessment = assessment;
    m_runs = assessment.window;
    std::reverse(m_runs.begin(), m_runs.end());   // newest first → oldest first
    endResetModel();
}

void GridModel::setPalette(const StatePalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

int GridModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_assessment.profile.criteria.size()) + 2;
}

int GridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size()) + 2;
}

GridModel::RowKind GridModel::rowKind(int row) const
{
    const int n = int(m_assessment.profile.criteria.size());
    if (row < n)
        return RowKind::Criterion;
    return row == n ? RowKind::Score : RowKind::Decision;
}

QString GridModel::criterionId(int row) const
{
    return rowKind(row) == RowKind::Criterion ? m_assessment.profile.criteria.at(row).id : QString();
}

const RunVerdict *GridModel::verdictAt(int column) const
{
    if (column < 1 || column > m_runs.size())
        return nullptr;
    return &m_assessment.verdicts.at(m_runs.at(column - 1));
}

QVariant GridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    if (role == RunIdRole) {
        const RunVerdict *v = verdictAt(column);
        return v ? v->runId : QString();
    }
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
            switch (rowKind(row)) {
            case RowKind::Criterion: {
                const CriterionDef &def = m_assessment.profile.criteria.at(row);
                return criterionName(def, m_assessment.profile, Language::ui());
            }
            case RowKind::Score: return tr("Score");
            case RowKind::Decision: return tr("Decision");
            }
            break;
        case Qt::ToolTipRole:
            if (rowKind(row) == RowKind::Criterion) {
                // What the criterion asks, in words: never its internal id.
                const CriterionDef &def = m_assessment.profile.criteria.at(row);
                if (def.metric == Metric::TargetStageHeld)
                    return tr("Held for the required duration without continuous degradation, collapse or windows "
                              "standing out (%1)").arg(def.required ? tr("required") : tr("optional"));
                const Language &lang = Language::ui();
                return tr("Green %1, red %2 (%3)")
                    .arg(greenCondition(def, lang), comparisonText(def, Colour::Red, lang),
                         def.required ? tr("required") : tr("optional"));
            }
            if (rowKind(row) == RowKind::Score)
                return tr("2 × reds + oranges: 0–1 OK, 2 attention, 3 or more migrate now");
            return tr("GO: no red and at most one orange. WATCH: no red and two oranges. "
                      "NO-GO: a red, or three oranges or more.");
        case Qt::FontRole:
            if (rowKind(row) != RowKind::Criterion) {
                QFont f;
                f.setBold(true);
                return f;
            }
            break;
        }
        return {};
    }
    switch (rowKind(row)) {
    case RowKind::Criterion: return criterionCell(row, column, role);
    case RowKind::Score: return scoreCell(column, role);
    case RowKind::Decision: return decisionCell(column, role);
    }
    return {};
}

QVariant GridModel::criterionCell(int row, int column, int role) const
{
    const CriterionDef &def = m_assessment.profile.criteria.at(row);
    const bool isWindow = column == windowColumn();
    Colour colour = Colour::NotEvaluated;
    const CriterionResult *result = nullptr;
    const WindowCriterion *wc = nullptr;
    if (isWindow) {
        wc = m_assessment.windowVerdict.criterion(def.id);
        if (wc)
            colour = wc->colour;
    } else if (const RunVerdict *v = verdictAt(column)) {
        result = v->criterion(def.id);
        if (result)
            colour = result->colour;
    }

    switch (role) {
    case ColourRole:
        return int(colour);
    case ValueRole:
        return result ? result->value : kNaN;
    case Qt::DisplayRole: {
        const QString symbol = StatePalette::symbol(colour);
        if (isWindow) {
            if (wc && !wc->consistent)
                return tr("? inconsistent");
            return QStringLiteral("%1 %2").arg(symbol, StatePalette::colourWord(colour));
        }
        if (!result)
            return QStringLiteral("%1 %2").arg(symbol, tr("not evaluated"));
        return QStringLiteral("%1 %2").arg(symbol, Format::criterionValue(&def, *result));
    }
    case Qt::ToolTipRole: {
        if (isWindow) {
            if (!wc)
                return tr("Not evaluated in the window");
            QStringList colours;
            for (Colour c : wc->runColours)
                colours << StatePalette::colourWord(c);
            if (!wc->consistent)
                return tr("The runs disagree (%1): no colour appears in %2 of them. Rerun before deciding.")
                    .arg(colours.join(QStringLiteral(", ")))
                    .arg(m_assessment.profile.consistencyMin);
            return tr("%1 in the window (runs, newest first: %2)")
                .arg(StatePalette::colourWord(colour), colours.join(QStringLiteral(", ")));
        }
        if (!result)
            return tr("Not evaluated");
        return QStringLiteral("%1 — %2").arg(StatePalette::colourWord(colour),
                                              criterionReason(*result, m_assessment.profile, Language::ui()));
    }
    case Qt::BackgroundRole:
        if (isWindow && wc && !wc->consistent)
            return m_palette.cellBackground(Colour::NotEvaluated);
        return m_palette.cellBackground(colour);
    case Qt::ForegroundRole:
        return m_palette.cellForeground(colour);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (isWindow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::AccessibleTextRole:
        return QString(data(index(row, column), Qt::DisplayRole).toString() + QStringLiteral(", ")
                       + StatePalette::colourWord(colour));
    }
    return {};
}

QVariant GridModel::scoreCell(int column, int role) const
{
    int score = 0, reds = 0, oranges = 0;
    bool lowerBound = false;
    ScoreLabel label = ScoreLabel::Ok;
    if (column == windowColumn()) {
        const WindowVerdict &w = m_assessment.windowVerdict;
        score = w.score, reds = w.reds, oranges = w.oranges, label = w.label, lowerBound = w.scoreIsLowerBound;
    } else if (const RunVerdict *v = verdictAt(column)) {
        score = v->score, reds = v->reds, oranges = v->oranges, label = v->label, lowerBound = v->scoreIsLowerBound;
    } else {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        // "≥ 2" when a required criterion could not be evaluated (docs/grid-rules.md §7).
        return tr("%1 · %2").arg(scoreText(score, lowerBound, Language::ui()), StatePalette::scoreLabelText(label));
    case Qt::ToolTipRole:
        return tr("%1, %2: 2 × %3 + %4 = %5")
            .arg(tr("%n red(s)", nullptr, reds), tr("%n orange(s)", nullptr, oranges))
            .arg(reds)
            .arg(oranges)
            .arg(scoreText(score, lowerBound, Language::ui()));
    case ValueRole:
        return score;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    }
    return {};
}

QVariant GridModel::decisionCell(int column, int role) const
{
    const RunVerdict *v = column == windowColumn() ? nullptr : verdictAt(column);
    if (column != windowColumn() && !v)
        return {};
    const WindowVerdict &w = m_assessment.windowVerdict;
    const Decision decision = v ? v->decision : w.decision;
    switch (role) {
    case DecisionRole:
        return int(decision);
    case Qt::DisplayRole: {
        // The decision alone, so it fits its column; why it is INCONCLUSIVE is
        // the tooltip's first line (and the window's is said above the grid).
        const QString text = StatePalette::decisionText(decision);
        return !v && w.provisional ? tr("%1 (provisional)").arg(text) : text;
    }
    case Qt::ToolTipRole: {
        const Language &lang = Language::ui();
        QStringList lines;
        if (decision == Decision::Inconclusive)
            lines << decisionLine(decision, v ? v->inconclusiveReasons : w.inconclusiveReasons, lang);
        lines << (v ? runDecisionNotes(*v, m_assessment.profile, lang)
                    : windowDecisionNotes(w, m_assessment.profile, lang));
        if (!lines.isEmpty())
            return lines.join(QLatin1Char('\n'));
        return {};
    }
    case Qt::BackgroundRole:
        return m_palette.badgeBackground(decision);
    case Qt::ForegroundRole:
        return m_palette.badgeForeground(decision);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    }
    return {};
}

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Criterion");
        if (section == windowColumn())
            return tr("Window (%n run(s))", nullptr, int(m_runs.size()));
        const Run &run = m_assessment.runs.at(m_runs.at(section - 1));
        const QString name = run.startedAt.isValid() ? QStringLiteral("%1\n%2").arg(run.id, Format::shortDateTime(run.startedAt)) : run.id;
        const RunVerdict &v = m_assessment.verdicts.at(m_runs.at(section - 1));
        // An invalid run is named as such wherever it shows (docs/grid-rules.md §10).
        return v.valid ? name : tr("%1\n(invalid run)").arg(name);
    }
    if (role == Qt::ToolTipRole && section > 0 && section < windowColumn()) {
        const Run &run = m_assessment.runs.at(m_runs.at(section - 1));
        return QDir::toNativeSeparators(run.path);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace palier::ui
