#include "models/problems_model.h"

#include "i18n/language.h"
#include "words/finding_words.h"

#include <QApplication>

#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

namespace palier::ui {

// The tree: root → runs (groups) → kinds → findings.
struct ProblemsModel::Node {
    enum Level { Root, Group, Kind, Item } level = Root;
    Node *parent = nullptr;
    int row = 0;
    QString group;                 // run, for groups
    QString kind;                  // for kinds
    int problem = -1;              // index into m_problems, for items
    std::vector<std::unique_ptr<Node>> children;
    Finding::Severity worst = Finding::Severity::Info;

    Node *add(Level l)
    {
        auto n = std::make_unique<Node>();
        n->level = l;
        n->parent = this;
        n->row = int(children.size());
        children.push_back(std::move(n));
        return children.back().get();
    }
};


ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::setProblems(const QList<Problem> &problems)
{
    beginResetModel();
    m_problems = problems;
    m_root = std::make_unique<Node>();
    for (int i = 0; i < m_problems.size(); ++i) {
        const Problem &p = m_problems.at(i);
        Node *group = nullptr;
        for (const auto &g : m_root->children)
            if (g->group == p.run)
                group = g.get();
        if (!group) {
            group = m_root->add(Node::Group);
            group->group = p.run;
        }
        Node *kind = nullptr;
        for (const auto &k : group->children)
            if (k->kind == p.finding.kind)
                kind = k.get();
        if (!kind) {
            kind = group->add(Node::Kind);
            kind->kind = p.finding.kind;
        }
        Node *item = kind->add(Node::Item);
        item->problem = i;
        for (Node *n : {item, kind, group})
            n->worst = std::max(n->worst, p.finding.severity);   // severities are ordered, worst last
    }
    // Worst first: a run set aside (errors) heads the list, then runs with
    // warnings; inside a run, its errors before its warnings before its notes.
    // Stable, so equal ones keep the order they were reported in.
    const auto worstFirst = [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
        return a->worst > b->worst;
    };
    std::stable_sort(m_root->children.begin(), m_root->children.end(), worstFirst);
    for (auto &group : m_root->children)
        std::stable_sort(group->children.begin(), group->children.end(), worstFirst);
    for (std::size_t g = 0; g < m_root->children.size(); ++g) {
        Node &group = *m_root->children[g];
        group.row = int(g);
        for (std::size_t k = 0; k < group.children.size(); ++k)
            group.children[k]->row = int(k);
    }
    endResetModel();
}

void ProblemsModel::clear()
{
    setProblems({});
}

QList<Finding> ProblemsModel::problems() const
{
    QList<Finding> out;
    for (const Problem &p : m_problems)
        out << p.finding;
    return out;
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const Problem &p) { return p.finding.severity == Finding::Severity::Error; }));
}

int ProblemsModel::warningCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const Problem &p) { return p.finding.severity == Finding::Severity::Warning; }));
}

const ProblemsModel::Node *ProblemsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(std::size_t(row)).get());
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProblemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    if (role == LevelRole)
        return int(n->level);
    switch (n->level) {
    case Node::Group: return groupData(*n, index.column(), role);
    case Node::Kind: return kindData(*n, index.column(), role);
    case Node::Item: return findingData(m_problems.at(n->problem).finding, index.column(), role);
    case Node::Root: break;
    }
    return {};
}

QVariant ProblemsModel::groupData(const Node &n, int column, int role) const
{
    if (role == Qt::DisplayRole && column == Severity) {
        int count = 0;
        for (const auto &k : n.children)
            count += int(k->children.size());
        const QString who = n.group.isEmpty() ? tr("Loading") : n.group;
        return tr("%1 (%n)", nullptr, count).arg(who);
    }
    if (role == Qt::DecorationRole && column == Severity)
        return findingData(Finding {QString(), n.worst, QString(), 0, {}}, Severity, role);
    return {};
}

QVariant ProblemsModel::kindData(const Node &n, int column, int role) const
{
    const Finding &first = m_problems.at(n.children.front()->problem).finding;
    const int count = int(n.children.size());
    if (count == 1)
        return findingData(first, column, role);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Severity)
            return findingData(first, column, role);
        if (column == Message)
            return tr("%1 (and %n more like it)", nullptr, count - 1).arg(wordFinding(first, Language::ui()));
        return {};
    case Qt::DecorationRole:
        return findingData(first, column, role);
    case KindRole:
        return n.kind;
    }
    return {};
}

QVariant ProblemsModel::findingData(const Finding &d, int column, int role) const
{
    const bool error = d.severity == Finding::Severity::Error;
    const bool note = d.severity == Finding::Severity::Info;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Severity: return error ? tr("Error") : note ? tr("Note") : tr("Warning");
        case File: return d.file.isEmpty() ? QString() : QFileInfo(d.file).fileName();
        case Line: return d.line > 0 ? QVariant(d.line) : QVariant();
        case Message: return wordFinding(d, Language::ui());
        }
        break;
    case Qt::DecorationRole:
        if (column == Severity && qApp)
            return qApp->style()->standardIcon(error  ? QStyle::SP_MessageBoxCritical
                                               : note ? QStyle::SP_MessageBoxInformation
                                                      : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        return findingLine(d, Language::ui());
    case PathRole:
        return d.file;
    case KindRole:
        return d.kind;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Severity");
    case File: return tr("File");
    case Line: return tr("Line");
    case Message: return tr("Problem");
    }
    return {};
}

} // namespace palier::ui
