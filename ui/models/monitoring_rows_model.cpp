#include "models/monitoring_rows_model.h"

#include "shell/format.h"

#include <QFont>
#include <QLocale>
#include <QTimeZone>

namespace palier::ui {

MonitoringRowsModel::MonitoringRowsModel(Granularity granularity, QObject *parent)
    : QAbstractTableModel(parent), m_granularity(granularity)
{
}

void MonitoringRowsModel::setRows(const QList<HourlyRow> &hours, const QDateTime &now, const DecisionThresholds &thresholds)
{
    beginResetModel();
    m_thresholds = thresholds;
    m_rows.clear();
    for (const HourlyRow &h : hours) {
        Row r {h.hourSlot, h.searches, h.errors, h.events, h.p95SearchMs, h.errorRatePct(), false};
        // The hour is still being filled when now falls inside it.
        r.partial = now.isValid() && now >= h.hourSlot && now < h.hourSlot.addSecs(3600);
        m_rows.append(r);
    }
    endResetModel();
}

void MonitoringRowsModel::setRows(const QList<DailyRow> &days, const QDateTime &now, const DecisionThresholds &thresholds)
{
    beginResetModel();
    m_thresholds = thresholds;
    m_rows.clear();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const DailyRow &d = days.at(i);
        Row r {d.dayStart, d.searches, d.errors, d.events, d.p95SearchMs, d.errorRatePct(), false};
        // The newest day ends at now; the oldest starts days before now, at
        // now's time of day: both are partial.
        const bool nowAtMidnight = now.isValid() && (now.toSecsSinceEpoch() + now.offsetFromUtc()) % 86400 == 0;
        r.partial = (i == 0 && now.isValid() && now < d.dayStart.addDays(1)) || (i == days.size() - 1 && i > 0 && !nowAtMidnight);
        m_rows.append(r);
    }
    endResetModel();
}

void MonitoringRowsModel::setPalette(const StatePalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

bool MonitoringRowsModel::isPartial(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).partial;
}

int MonitoringRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonitoringRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitoringRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const std::optional<double> rate = r.ratePct.isEmpty() ? std::nullopt : std::optional<double>(r.ratePct.toDouble());
    const Colour colour = index.column() == P95 ? m_thresholds.p95Colour(r.p95)
                        : index.column() == ErrorRate ? m_thresholds.errorRateColour(rate)
                                                      : Colour::NotEvaluated;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Slot: {
            // The slot's wall time in its own offset (the session's zone).
            const QDateTime wall = QDateTime::fromSecsSinceEpoch(r.start.toSecsSinceEpoch() + r.start.offsetFromUtc(), QTimeZone::utc());
            const QString text = m_granularity == Granularity::Hour
                ? QLocale().toString(wall, QLocale::ShortFormat)
                : QLocale().toString(wall.date(), QLocale::ShortFormat);
            return r.partial ? tr("%1 (partial)").arg(text) : text;
        }
        case Searches: return Format::count(r.searches);
        case P95: return r.p95 ? QStringLiteral("%1 %2").arg(StatePalette::symbol(colour), Format::ms(*r.p95)) : Format::unknown();
        case Errors: return Format::count(r.errors);
        case Events:
            // A source that does not count an hour's events (searches or
            // errors but no events) leaves it unknown rather than 0.
            return r.events == 0 && (r.searches || r.errors) ? Format::unknown() : Format::count(r.events);
        case ErrorRate:
            return rate ? QStringLiteral("%1 %2").arg(StatePalette::symbol(colour), Format::pct(*rate)) : Format::unknown();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Slot ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (r.partial)
            return m_granularity == Granularity::Hour ? tr("The hour is not over: its figures are for part of it.")
                                                      : tr("Part of a day: the window starts or ends within it.");
        break;
    case Qt::BackgroundRole:
        return colour != Colour::NotEvaluated ? QVariant(m_palette.cellBackground(colour)) : QVariant();
    case Qt::ForegroundRole:
        if (colour != Colour::NotEvaluated)
            return m_palette.cellForeground(colour);
        break;
    case Qt::FontRole:
        if (r.partial) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant MonitoringRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Slot: return m_granularity == Granularity::Hour ? tr("Hour") : tr("Day");
    case Searches: return tr("Searches");
    case P95: return tr("p95");
    case Errors: return tr("Errors");
    case Events: return tr("Events");
    case ErrorRate: return tr("Error rate");
    }
    return {};
}

} // namespace palier::ui
