// Every problem the readers reported, in one list: errors that stopped a load
// and warnings about data lost or skipped, each with its file and line.
#pragma once

#include "model/run.h"

#include <QAbstractTableModel>

namespace palier::ui {

class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, File, Line, Message, ColumnCount };
    enum Roles { PathRole = Qt::UserRole + 1 };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<Diagnostic> &problems);
    void append(const Diagnostic &problem);
    void clear();
    const QList<Diagnostic> &problems() const { return m_problems; }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Diagnostic> m_problems;
};

} // namespace palier::ui
