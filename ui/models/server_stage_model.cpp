#include "models/server_stage_model.h"

#include "shell/format.h"

#include <cmath>

namespace palier::ui {

ServerStageModel::ServerStageModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServerStageModel::setComparison(const Run *run, const ServerComparison *comparison, const QString &keyTransaction)
{
    beginResetModel();
    m_stages.clear();
    m_clientP95.clear();
    if (run && comparison) {
        m_stages = comparison->stages;
        for (const ServerStage &st : m_stages) {
            double p95 = kNaN;
            for (const Stage &s : run->stages)
                if (s.users == st.users && s.plateauStart == st.server.from)
                    if (const Endpoint *e = s.endpoint(keyTransaction))
                        p95 = e->figures.keyPercentile(0.95);   // over successes, as the server's
            m_clientP95.append(p95);
        }
    }
    endResetModel();
}

void ServerStageModel::setPalette(const StatePalette &palette)
{
    m_palette = palette;
    if (!m_stages.isEmpty())
        emit dataChanged(index(0, Volumes), index(rowCount() - 1, Volumes), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int ServerStageModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_stages.size()); }

int ServerStageModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ServerStageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerStage &st = m_stages.at(index.row());
    const auto rate = [](double v) { return std::isfinite(v) ? Format::number(v, 2) : Format::unknown(); };
    // Agreement is a fact about the data, not a grid colour: green or orange.
    const Colour agreement = st.volumeAgrees ? Colour::Green : Colour::Orange;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Users: return Format::users(st.users);
        case ClientRate: return rate(st.clientSearchesPerS);
        case ServerRate: return rate(st.extraSearchesPerS);
        case ClientP95: return std::isfinite(m_clientP95.at(index.row())) ? Format::ms(m_clientP95.at(index.row())) : Format::unknown();
        case ServerP95: return st.server.p95SearchMs ? Format::ms(*st.server.p95SearchMs) : Format::unknown();
        case ServerErrorRate: return st.server.errorRatePct.isEmpty() ? Format::unknown() : Format::pct(st.server.errorRatePct.toDouble());
        case Volumes:
            return QStringLiteral("%1 %2").arg(StatePalette::symbol(agreement), st.volumeAgrees ? tr("agree") : tr("differ"));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Volumes || index.column() == ServerRate)
            return tr("The run added %1 searches/s above the traffic before it; the generator sent %2/s; "
                      "counting noise and the stage's edges allow %3/s.")
                .arg(rate(st.extraSearchesPerS), rate(st.clientSearchesPerS), rate(st.toleranceSearchesPerS));
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Volumes ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return index.column() == Volumes ? QVariant(m_palette.cellBackground(agreement)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Volumes ? QVariant(m_palette.cellForeground(agreement)) : QVariant();
    }
    return {};
}

QVariant ServerStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Users: return tr("Users");
    case ClientRate: return tr("Searches/s (generator)");
    case ServerRate: return tr("Searches/s added (server)");
    case ClientP95: return tr("p95 (generator)");
    case ServerP95: return tr("p95 (server)");
    case ServerErrorRate: return tr("Error rate (server)");
    case Volumes: return tr("Volumes");
    }
    return {};
}

} // namespace palier::ui
