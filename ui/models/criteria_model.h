// The criteria of a profile, editable in the profile editor: one row per
// criterion, its metric, scope and limits.
#pragma once

#include "grid/profile.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace palier::ui {

class CriteriaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The limits come early: they are what people edit most.
    enum Column { Id, MetricColumn, Green, Orange, ScopeColumn, KeyOnly, HigherIsBetter, GreenStrict, OrangeStrict,
                  Label, ColumnCount };

    explicit CriteriaModel(QObject *parent = nullptr);

    void setCriteria(const QList<CriterionDef> &criteria);
    const QList<CriterionDef> &criteria() const { return m_criteria; }
    void addCriterion();            // a new p95 criterion, to edit
    void removeCriterion(int row);

    static QString metricText(Metric m);
    static QString scopeText(Scope s);
    static QList<Metric> metrics();
    static QList<Scope> scopes();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void criteriaEdited();

private:
    QList<CriterionDef> m_criteria;
};

// Drop-down lists for the metric and scope columns.
class CriteriaDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace palier::ui
