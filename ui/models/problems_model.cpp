#include "models/problems_model.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

namespace palier::ui {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setProblems(const QList<Diagnostic> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

void ProblemsModel::append(const Diagnostic &problem)
{
    const int row = int(m_problems.size());
    beginInsertRows({}, row, row);
    m_problems.append(problem);
    endInsertRows();
}

void ProblemsModel::clear()
{
    setProblems({});
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }));
}

int ProblemsModel::warningCount() const
{
    return int(m_problems.size()) - errorCount();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_problems.at(index.row());
    const bool error = d.severity == Diagnostic::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: return error ? tr("Error") : tr("Warning");
        case File: return d.file.isEmpty() ? QString() : QFileInfo(d.file).fileName();
        case Line: return d.line > 0 ? QVariant(d.line) : QVariant();
        case Message: return d.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Severity && qApp)
            return qApp->style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        return d.toLine();
    case PathRole:
        return d.file;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Severity");
    case File: return tr("File");
    case Line: return tr("Line");
    case Message: return tr("Problem");
    }
    return {};
}

} // namespace palier::ui
