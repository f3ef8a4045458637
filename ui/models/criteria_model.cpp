#include "models/criteria_model.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace palier::ui {

CriteriaModel::CriteriaModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<Metric> CriteriaModel::metrics()
{
    return {Metric::LatencyP50, Metric::LatencyP95, Metric::LatencyP99, Metric::LatencyAvg,
            Metric::ErrorRate, Metric::Throughput, Metric::TargetStageHeld};
}

QList<Scope> CriteriaModel::scopes()
{
    return {Scope::TargetStage, Scope::UpToTarget, Scope::Run};
}

QString CriteriaModel::metricText(Metric m)
{
    switch (m) {
    case Metric::LatencyP50: return tr("p50 latency (ms)");
    case Metric::LatencyP95: return tr("p95 latency (ms)");
    case Metric::LatencyP99: return tr("p99 latency (ms)");
    case Metric::LatencyAvg: return tr("Average latency (ms)");
    case Metric::ErrorRate: return tr("Error rate (%)");
    case Metric::Throughput: return tr("Throughput (req/s)");
    case Metric::TargetStageHeld: return tr("Target stage held");
    }
    return {};
}

QString CriteriaModel::scopeText(Scope s)
{
    switch (s) {
    case Scope::TargetStage: return tr("Target stage");
    case Scope::UpToTarget: return tr("Stages up to the target");
    case Scope::Run: return tr("Whole run");
    }
    return {};
}

void CriteriaModel::setCriteria(const QList<CriterionDef> &criteria)
{
    beginResetModel();
    m_criteria = criteria;
    endResetModel();
}

void CriteriaModel::addCriterion()
{
    CriterionDef c;
    c.id = QStringLiteral("criterion_%1").arg(m_criteria.size() + 1);
    c.metric = Metric::LatencyP95;
    c.scope = Scope::TargetStage;
    c.keyTransactionOnly = true;
    c.green = 2500;
    c.orange = 4000;
    const int row = int(m_criteria.size());
    beginInsertRows({}, row, row);
    m_criteria.append(c);
    endInsertRows();
    emit criteriaEdited();
}

void CriteriaModel::removeCriterion(int row)
{
    if (row < 0 || row >= m_criteria.size())
        return;
    beginRemoveRows({}, row, row);
    m_criteria.removeAt(row);
    endRemoveRows();
    emit criteriaEdited();
}

int CriteriaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size());
}

int CriteriaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static bool isBoolColumn(int column)
{
    return column == CriteriaModel::KeyOnly || column == CriteriaModel::HigherIsBetter
           || column == CriteriaModel::GreenStrict || column == CriteriaModel::OrangeStrict;
}

static bool boolOf(const CriterionDef &c, int column)
{
    switch (column) {
    case CriteriaModel::KeyOnly: return c.keyTransactionOnly;
    case CriteriaModel::HigherIsBetter: return c.higherIsBetter;
    case CriteriaModel::GreenStrict: return c.greenStrict;
    case CriteriaModel::OrangeStrict: return c.orangeStrict;
    }
    return false;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CriterionDef &c = m_criteria.at(index.row());
    const int col = index.column();
    if (isBoolColumn(col)) {
        if (role == Qt::CheckStateRole)
            return boolOf(c, col) ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    const bool noLimits = c.metric == Metric::TargetStageHeld;
    if (role == Qt::DisplayRole) {
        switch (col) {
        case Id: return c.id;
        case Label: return c.label;
        case MetricColumn: return metricText(c.metric);
        case ScopeColumn: return scopeText(c.scope);
        case Green: return noLimits ? QVariant() : QVariant(c.green);
        case Orange: return noLimits ? QVariant() : QVariant(c.orange);
        }
    } else if (role == Qt::EditRole) {
        switch (col) {
        case Id: return c.id;
        case Label: return c.label;
        case MetricColumn: return metricId(c.metric);
        case ScopeColumn: return scopeId(c.scope);
        case Green: return c.green;
        case Orange: return c.orange;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (col) {
        case Green: return c.higherIsBetter ? tr("Green when the value is at least this") : tr("Green when the value is at most this");
        case Orange: return c.higherIsBetter ? tr("Red below this") : tr("Red above this");
        case GreenStrict: return tr("Green needs a strict comparison (error rate: green below 1 %, not at 1 %)");
        case OrangeStrict: return tr("Red already at the orange limit");
        case KeyOnly: return tr("Take the key transaction's value rather than all requests");
        }
    }
    return {};
}

bool CriteriaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    CriterionDef &c = m_criteria[index.row()];
    const int col = index.column();
    if (isBoolColumn(col)) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool on = value.toInt() == Qt::Checked;
        switch (col) {
        case KeyOnly: c.keyTransactionOnly = on; break;
        case HigherIsBetter: c.higherIsBetter = on; break;
        case GreenStrict: c.greenStrict = on; break;
        case OrangeStrict: c.orangeStrict = on; break;
        }
    } else {
        if (role != Qt::EditRole)
            return false;
        switch (col) {
        case Id: c.id = value.toString().trimmed(); break;
        case Label: c.label = value.toString(); break;
        case MetricColumn: {
            const auto m = metricFromId(value.toString());
            if (!m)
                return false;
            c.metric = *m;
            break;
        }
        case ScopeColumn: {
            const auto s = scopeFromId(value.toString());
            if (!s)
                return false;
            c.scope = *s;
            break;
        }
        case Green:
        case Orange: {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok)
                return false;
            (col == Green ? c.green : c.orange) = v;
            break;
        }
        }
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit criteriaEdited();
    return true;
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isBoolColumn(index.column()))
        return f | Qt::ItemIsUserCheckable;
    const bool noLimits = m_criteria.at(index.row()).metric == Metric::TargetStageHeld;
    if (noLimits && (index.column() == Green || index.column() == Orange))
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Id");
    case Label: return tr("Label");
    case MetricColumn: return tr("Metric");
    case ScopeColumn: return tr("Scope");
    case KeyOnly: return tr("Key transaction");
    case HigherIsBetter: return tr("Higher is better");
    case Green: return tr("Green limit");
    case Orange: return tr("Orange limit");
    case GreenStrict: return tr("Strict green");
    case OrangeStrict: return tr("Strict orange");
    }
    return {};
}

QWidget *CriteriaDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == CriteriaModel::MetricColumn) {
        auto *combo = new QComboBox(parent);
        for (Metric m : CriteriaModel::metrics())
            combo->addItem(CriteriaModel::metricText(m), metricId(m));
        return combo;
    }
    if (index.column() == CriteriaModel::ScopeColumn) {
        auto *combo = new QComboBox(parent);
        for (Scope s : CriteriaModel::scopes())
            combo->addItem(CriteriaModel::scopeText(s), scopeId(s));
        return combo;
    }
    if (index.column() == CriteriaModel::Green || index.column() == CriteriaModel::Orange) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, 1e9);
        spin->setDecimals(2);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CriteriaDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CriteriaDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace palier::ui
