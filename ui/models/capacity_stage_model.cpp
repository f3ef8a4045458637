#include "models/capacity_stage_model.h"

#include "shell/format.h"

#include <cmath>

namespace palier::ui {

namespace {

QVariant known(double v)
{
    return isKnown(v) ? QVariant(v) : QVariant();
}

// Users implied by Little's law against the users the history shows, as a share
// of the latter: NaN when either is unknown.
double littleGap(const CapacityStage &s)
{
    return isKnown(s.avgUsers) && isKnown(s.impliedUsers) && s.avgUsers > 0
        ? (s.impliedUsers - s.avgUsers) / s.avgUsers
        : kNaN;
}

} // namespace

CapacityStageModel::CapacityStageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CapacityStageModel::setCapacity(const Capacity *capacity)
{
    beginResetModel();
    m_stages = capacity ? capacity->stages : QList<CapacityStage>();
    m_thinkS = capacity ? capacity->thinkTimeS : kNaN;
    endResetModel();
}

void CapacityStageModel::setPalette(const StatePalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, Little), index(rowCount() - 1, Little), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int CapacityStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int CapacityStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapacityStageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapacityStage &s = m_stages.at(index.row());
    const double gap = littleGap(s);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Users: return QString::number(s.users);
        case Throughput: return Format::rps(s.rps);
        case MeanResponse: return Format::ms(s.meanMs);
        case HistoryUsers: return Format::number(s.avgUsers, 1);
        case LittleUsers: return Format::number(s.impliedUsers, 1);
        case Little:
            if (!isKnown(gap))
                return Format::unknown();
            {
                const QString pct = tr("%1 %").arg((gap > 0 ? QStringLiteral("+") : QString()) + Format::number(100 * gap, 0));
                return s.littleOff ? tr("%1 off by %2").arg(StatePalette::symbol(Colour::Orange), pct) : pct;
            }
        case InFit:
            switch (s.exclusion) {
            case CapacityExclusion::None: return tr("yes");
            case CapacityExclusion::GeneratorOverloaded: return tr("no: load generator overloaded");
            case CapacityExclusion::NoThroughput: return tr("no: no throughput");
            }
            break;
        }
        break;
    case ValueRole:
        switch (index.column()) {
        case Users: return s.users;
        case Throughput: return known(s.rps);
        case MeanResponse: return known(s.meanMs);
        case HistoryUsers: return known(s.avgUsers);
        case LittleUsers: return known(s.impliedUsers);
        case Little: return known(gap);
        case InFit: return s.used();
        }
        break;
    case LittleOffRole:
        return s.littleOff;
    case UsedRole:
        return s.used();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Throughput:
            return tr("Requests per second over the stage's plateau at constant users: what the USL is fitted on");
        case HistoryUsers:
            return tr("Users averaged over the stage's history");
        case LittleUsers:
        case Little:
            if (!isKnown(m_thinkS))
                return tr("Little's law needs the think time, unknown here");
            return tr("Little's law: throughput × (mean response + think time %1 s) gives %2 users; "
                      "more than %3 % away from the history's users is a finding")
                .arg(Format::number(m_thinkS, 2), Format::number(s.impliedUsers, 1))
                .arg(qRound(kLittleTolerance * 100));
        case InFit:
            if (s.exclusion == CapacityExclusion::GeneratorOverloaded)
                return tr("The load generator could not drive this stage: its throughput says nothing of the server");
            break;
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == Little && s.littleOff)
            return m_palette.cellBackground(Colour::Orange);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Little && s.littleOff)
            return m_palette.cellForeground(Colour::Orange);
        if (!s.used())
            return m_palette.strong(Colour::NotEvaluated);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == InFit ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CapacityStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && (section == LittleUsers || section == Little))
        return tr("N = X × (R + Z): throughput X, mean response R, think time Z");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Users: return tr("Users");
    case Throughput: return tr("Plateau throughput");
    case MeanResponse: return tr("Mean response");
    case HistoryUsers: return tr("Users (history)");
    case LittleUsers: return tr("Users (Little's law)");
    case Little: return tr("Difference");
    case InFit: return tr("In the fit");
    }
    return {};
}

} // namespace palier::ui
