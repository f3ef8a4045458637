#include "models/distribution_model.h"

#include "shell/format.h"

namespace palier::ui {

DistributionModel::DistributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DistributionModel::setRun(const Run *run, const QString &keyTransaction, double greenMs, double orangeMs,
                               const StatePalette &palette, const ServerComparison *server)
{
    beginResetModel();
    m_rows.clear();
    m_green = greenMs;
    m_orange = orangeMs;
    m_palette = palette;
    if (run)
        for (const Stage &s : run->stages) {
            Row r;
            r.users = s.users;
            const Endpoint *e = s.endpoint(keyTransaction);
            r.key = e != nullptr;
            r.figures = e ? e->figures : s.figures;
            r.ranges = latencyRanges(r.figures, greenMs, orangeMs);
            m_rows.append(r);
            if (!server)
                continue;
            for (const ServerStage &ss : server->stages) {
                if (ss.users != s.users || ss.server.searches == 0)
                    continue;
                Row sr;
                sr.users = s.users;
                sr.key = true;
                sr.server = true;
                sr.figures.requests = ss.server.searches;
                sr.figures.failures = ss.server.searchErrors;
                sr.figures.okHistogram = ss.server.searchHistogram;
                if (!sr.figures.okHistogram)   // every key event failed: nothing to count but failures
                    sr.figures.okHistogram = LatencyHistogram::of(nullptr, 0);
                sr.ranges = latencyRanges(sr.figures, greenMs, orangeMs);
                m_rows.append(sr);
            }
        }
    endResetModel();
}

const Figures *DistributionModel::figures(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).figures : nullptr;
}

bool DistributionModel::anyEstimated() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.ranges.known && r.ranges.estimated; });
}

bool DistributionModel::isServer(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).server;
}

bool DistributionModel::usesKeyTransaction(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).key;
}

int DistributionModel::users(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).users : 0;
}

int DistributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    qint64 count = 0;
    switch (column) {
    case AtMostGreen: count = r.ranges.atMostGreen; break;
    case GreenToOrange: count = r.ranges.greenToOrange; break;
    case AboveOrange: count = r.ranges.aboveOrange; break;
    case Failed: count = r.ranges.failed; break;
    default: break;
    }
    const bool known = column == Failed || r.ranges.known;
    const double share = r.ranges.total() > 0 ? 100.0 * double(count) / double(r.ranges.total()) : kNaN;
    const Colour colour = column == AtMostGreen ? Colour::Green : column == GreenToOrange ? Colour::Orange
                          : column == AboveOrange ? Colour::Red : Colour::NotEvaluated;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Users && r.server)
            return tr("%1, server").arg(Format::users(r.users));
        if (column == Users)
            return r.key ? Format::users(r.users) : tr("%1 (all requests)").arg(Format::users(r.users));
        if (!known)
            return Format::unknown();
        // Estimates are rounded to whole requests: "≈" says so.
        return tr("%1%2 (%3)")
            .arg(r.ranges.estimated && column != Failed ? QStringLiteral("\u2248 ") : QString(), Format::count(count),
                 Format::pct(share));
    case CountRole:
        return known && column != Users ? QVariant(count) : QVariant();
    case ShareRole:
        return known && column != Users ? QVariant(share) : QVariant();
    case EstimatedRole:
        return r.ranges.estimated;
    case Qt::BackgroundRole:
        if (column != Users && column != Failed && known)
            return m_palette.cellBackground(colour);
        break;
    case Qt::ForegroundRole:
        if (column != Users && column != Failed && known)
            return m_palette.cellForeground(colour);
        break;
    case Qt::TextAlignmentRole:
        return int((column == Users ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Users && r.server)
            return tr("What the monitoring table logged for the key transaction during this stage: counted from "
                      "its events' durations.");
        if (column == Users && !r.key)
            return tr("This stage has no figures for the key transaction: all its requests are counted.");
        if (column != Users && column != Failed && r.ranges.estimated)
            return tr("Estimated from the percentiles the tool reports (it keeps no samples).");
        break;
    }
    return {};
}

QVariant DistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Users: return tr("Stage");
    case AtMostGreen: return tr("%1 ≤ %2").arg(StatePalette::symbol(Colour::Green), Format::ms(m_green));
    case GreenToOrange: return tr("%1 %2 – %3").arg(StatePalette::symbol(Colour::Orange), Format::ms(m_green), Format::ms(m_orange));
    case AboveOrange: return tr("%1 > %2").arg(StatePalette::symbol(Colour::Red), Format::ms(m_orange));
    case Failed: return tr("Failed");
    }
    return {};
}

} // namespace palier::ui
