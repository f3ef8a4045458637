#include "models/endpoint_model.h"

#include "shell/format.h"

#include <QFont>

namespace palier::ui {

EndpointModel::EndpointModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EndpointModel::setEndpoints(const QList<Endpoint> &endpoints, const QString &keyTransaction)
{
    beginResetModel();
    m_endpoints = endpoints;
    m_key = keyTransaction;
    endResetModel();
}

int EndpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint &e = m_endpoints.at(index.row());
    const Figures &f = e.figures;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Method: return e.method;
        case Name: return e.name;
        case Requests: return Format::count(f.requests);
        case Failures: return f.failuresKnown ? Format::count(f.failures) : Format::unknown();
        case ErrorRate: return Format::pct(f.errorRatePct());
        case Avg: return Format::ms(f.avgMs);
        case P50: return Format::ms(f.p50Ms);
        case P95: return Format::ms(f.p95Ms);
        case P99: return Format::ms(f.p99Ms);
        case Max: return Format::ms(f.maxMs);
        case Rps: return Format::rps(f.rps);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Method: return e.method;
        case Name: return e.name;
        case Requests: return f.requests;
        case Failures: return f.failuresKnown ? QVariant(f.failures) : QVariant();
        case ErrorRate: return f.errorRatePct();
        case Avg: return f.avgMs;
        case P50: return f.p50Ms;
        case P95: return f.p95Ms;
        case P99: return f.p99Ms;
        case Max: return f.maxMs;
        case Rps: return f.rps;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() <= Name ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (e.name == m_key) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            QStringList parts {e.name};
            if (e.name == m_key)
                parts << tr("Key transaction of the grid");
            if (!e.group.isEmpty())
                parts << tr("Group: %1").arg(e.group);
            if (!e.scenario.isEmpty())
                parts << tr("Scenario: %1").arg(e.scenario);
            return parts.join(QLatin1Char('\n'));
        }
        break;
    }
    return {};
}

QVariant EndpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Method: return tr("Method");
    case Name: return tr("Endpoint");
    case Requests: return tr("Requests");
    case Failures: return tr("Failures");
    case ErrorRate: return tr("Error rate");
    case Avg: return tr("Average");
    case P50: return tr("p50");
    case P95: return tr("p95");
    case P99: return tr("p99");
    case Max: return tr("Max");
    case Rps: return tr("Throughput");
    }
    return {};
}

} // namespace palier::ui
