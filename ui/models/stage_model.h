// The stages of one run: users, how long they ran, Aggregated figures, the key
// transaction's p95, and the "held" verdict of each stage (docs/grid-rules.md §5).
#pragma once

#include "shell/state_palette.h"
#include "grid/verdict.h"

#include <QAbstractTableModel>

namespace palier::ui {

class StageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Users, Duration, Requests, Failures, ErrorRate, Rps, P50, P95, P99, KeyP95, Held, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, ColourRole };

    explicit StageModel(QObject *parent = nullptr);
    // verdict may be null (no grid yet); keyTransaction names the key p95 column.
    void setRun(const Run *run, const RunVerdict *verdict, const QString &keyTransaction, int targetUsers);
    void setPalette(const StatePalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Stage> m_stages;
    bool m_wholeRun = false;   // one row standing for a run without stages
    QList<StageVerdict> m_verdicts;
    QString m_key;
    int m_target = 0;
    std::optional<int> m_saturation;
    StatePalette m_palette;
};

} // namespace palier::ui
