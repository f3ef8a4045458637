// Every finding the readers and the grid reported, grouped by run and then by
// kind ("history ends early" ×6 under run-2026-11-16): errors that stopped a
// load or set a run aside, warnings about data lost or skipped, and notes.
// Sentences are worded when shown, in the window's language.
#pragma once

#include "model/finding.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace palier::ui {

// One finding and the run it is about (empty: loading as a whole).
struct Problem {
    QString run;
    Finding finding;
};

class ProblemsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Severity, File, Line, Message, ColumnCount };
    enum Roles { PathRole = Qt::UserRole + 1, KindRole, LevelRole };

    explicit ProblemsModel(QObject *parent = nullptr);
    ~ProblemsModel() override;

    void setProblems(const QList<Problem> &problems);
    void clear();
    QList<Finding> problems() const;          // every finding, in order
    int errorCount() const;
    int warningCount() const;                 // warnings only (notes are not problems)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    QVariant groupData(const Node &n, int column, int role) const;
    QVariant kindData(const Node &n, int column, int role) const;
    QVariant findingData(const Finding &f, int column, int role) const;
    const Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
    QList<Problem> m_problems;
};

} // namespace palier::ui
