// A run's latency distribution by stage (docs/distribution.md): the key
// transaction's requests at most the green p95 limit, up to the orange one,
// beyond it, and failed — counts and shares, in the grid's colours.
#pragma once

#include "analysis/latency_ranges.h"
#include "analysis/server_side.h"
#include "shell/state_palette.h"

#include <QAbstractTableModel>

namespace palier::ui {

class DistributionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Users, AtMostGreen, GreenToOrange, AboveOrange, Failed, ColumnCount };
    enum Roles { CountRole = Qt::UserRole + 1, ShareRole, EstimatedRole };

    explicit DistributionModel(QObject *parent = nullptr);
    // The key transaction's figures of each stage (all requests when a stage
    // does not have it); run may be null. With the server's events of the run
    // (`server`), each stage is followed by what the server logged for the key
    // transaction during it: exact, from the events' durations.
    void setRun(const Run *run, const QString &keyTransaction, double greenMs, double orangeMs,
                const StatePalette &palette, const ServerComparison *server = nullptr);

    // The figures a row counts, and whether every row is estimated from percentiles.
    const Figures *figures(int row) const;
    bool anyEstimated() const;
    bool usesKeyTransaction(int row) const;
    bool isServer(int row) const;
    int users(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int users = 0;
        Figures figures;
        bool key = false;
        bool server = false;   // the monitoring events, not the load generator
        LatencyRanges ranges;
    };
    QList<Row> m_rows;
    double m_green = kNaN, m_orange = kNaN;
    StatePalette m_palette;
};

} // namespace palier::ui
