#include "models/threshold_model.h"

namespace palier::ui {

ThresholdModel::ThresholdModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ThresholdModel::setThresholds(const QList<Threshold> &thresholds)
{
    beginResetModel();
    m_thresholds = thresholds;
    endResetModel();
}

void ThresholdModel::setPalette(const StatePalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, Result), index(rowCount() - 1, Result), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int ThresholdModel::failedCount() const
{
    return int(std::count_if(m_thresholds.cbegin(), m_thresholds.cend(), [](const Threshold &t) { return !t.passed; }));
}

int ThresholdModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_thresholds.size());
}

int ThresholdModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThresholdModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Threshold &t = m_thresholds.at(index.row());
    const Colour colour = t.passed ? Colour::Green : Colour::Red;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Metric: return t.metric;
        case Expression: return t.expression;
        case Result: return QStringLiteral("%1 %2").arg(StatePalette::symbol(colour), t.passed ? tr("passed") : tr("failed"));
        }
        break;
    case Qt::BackgroundRole:
        return index.column() == Result ? QVariant(m_palette.cellBackground(colour)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Result ? QVariant(m_palette.cellForeground(colour)) : QVariant();
    }
    return {};
}

QVariant ThresholdModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric: return tr("Metric");
    case Expression: return tr("Threshold");
    case Result: return tr("Result");
    }
    return {};
}

} // namespace palier::ui
