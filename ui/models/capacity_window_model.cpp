#include "models/capacity_window_model.h"

#include "i18n/language.h"
#include "words/capacity_words.h"

#include "shell/format.h"

#include <algorithm>
#include <cmath>

namespace palier::ui {

namespace {

QVariant known(double v)
{
    return isKnown(v) ? QVariant(v) : QVariant();
}

} // namespace

QString capacityReason(const Capacity &capacity, const Language &lang)
{
    const QString summary = capacitySummary(capacity, lang);
    const QString prefix = capacityStateWord(capacity.state, lang) + QLatin1Char(':');
    if (capacity.hasModel() || !summary.startsWith(prefix))
        return summary;
    return summary.mid(prefix.size()).trimmed();
}

CapacityWindowModel::CapacityWindowModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CapacityWindowModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_rows.clear();
    QList<int> window = assessment.window;
    std::reverse(window.begin(), window.end());   // newest first → oldest first
    for (int i : window)
        if (i >= 0 && i < assessment.runs.size() && i < assessment.capacities.size())
            m_rows.append({assessment.runs.at(i).id, assessment.capacities.at(i)});
    endResetModel();
}

bool CapacityWindowModel::isSpanned(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).capacity.hasModel();
}

int CapacityWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapacityWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapacityWindowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Capacity &c = row.capacity;
    const Language &lang = Language::ui();
    const bool model = c.hasModel();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RunId: return row.runId;
        case State: return capacityStateWord(c.state, lang);
        case BeforeOrange:
            if (!model)
                return capacityReason(c, lang);
            return c.hasProjection() ? capacityUsersText(c.usersAtOrange, c.reachUsers(), lang) : tr("not projected");
        case BeforeRed:
            if (!model)
                return {};
            return c.hasProjection() ? capacityUsersText(c.usersAtRed, c.reachUsers(), lang) : tr("not projected");
        case Peak:
            if (!model)
                return {};
            return isKnown(c.peakUsers())
                ? tr("%1 at %2 users").arg(Format::rps(c.peakRps()), capacityUsersText(c.peakUsers(), c.reachUsers(), lang))
                : tr("not determined");
        case R2:
            return model ? Format::number(c.fit.r2, 2) : QVariant();
        }
        break;
    case RunIdRole:
        return row.runId;
    case StateRole:
        return int(c.state);
    case HasModelRole:
        return model;
    case ValueRole:
        if (!model)
            return {};
        switch (index.column()) {
        case BeforeOrange: return known(c.usersAtOrange);
        case BeforeRed: return known(c.usersAtRed);
        case Peak: return known(c.peakUsers());
        case R2: return c.fit.r2;
        }
        break;
    case Qt::ToolTipRole:
        if (!model || index.column() == RunId || index.column() == State)
            return capacitySummary(c, lang);
        if (index.column() == BeforeOrange || index.column() == BeforeRed) {
            const double observed = index.column() == BeforeOrange ? c.observedAtOrange : c.observedAtRed;
            return isKnown(observed) ? tr("Projected by the model; the stages crossed the limit at about %1 users")
                                           .arg(Format::number(observed, 0))
                                     : tr("Projected by the model; the stages show no crossing to compare it with");
        }
        if (index.column() == R2)
            return capacityFitQuality(c, lang);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RunId || index.column() == State || !model)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CapacityWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && (section == BeforeOrange || section == BeforeRed))
        return tr("Users at which the key transaction's p95, projected by the capacity model, leaves green (orange) "
                  "or turns red");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunId: return tr("Run");
    case State: return tr("Capacity model");
    case BeforeOrange: return tr("Users before orange");
    case BeforeRed: return tr("Users before red");
    case Peak: return tr("Throughput peak");
    case R2: return tr("R²");
    }
    return {};
}

} // namespace palier::ui
