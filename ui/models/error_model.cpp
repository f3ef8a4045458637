#include "models/error_model.h"

#include "shell/format.h"

#include <algorithm>

namespace palier::ui {

ErrorModel::ErrorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ErrorModel::setErrors(QList<ErrorEntry> errors)
{
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ErrorEntry &a, const ErrorEntry &b) { return a.occurrences > b.occurrences; });
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

qint64 ErrorModel::totalOccurrences() const
{
    qint64 n = 0;
    for (const ErrorEntry &e : m_errors)
        n += e.occurrences;
    return n;
}

int ErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ErrorEntry &e = m_errors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Occurrences: return Format::count(e.occurrences);
        case Method: return e.method;
        case Name: return e.name;
        case Error: return e.error.simplified();   // one line in the table; the tooltip has it whole
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Error)
            return e.error;
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Occurrences ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant ErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Occurrences: return tr("Occurrences");
    case Method: return tr("Method");
    case Name: return tr("Endpoint");
    case Error: return tr("Error");
    }
    return {};
}

} // namespace palier::ui
