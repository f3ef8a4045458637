// The production views' hours (last 48 h) or days (last 7) as a table: slot,
// searches, p95 with the profile's colour, errors, events and the error rate
// with its colour — the rate beside the count, since the grid judges the rate.
// The slot holding the views' "now" is partial and says so.
#pragma once

#include "db/monitoring_views.h"
#include "shell/state_palette.h"

#include <QAbstractTableModel>

namespace palier::ui {

class MonitoringRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Granularity { Hour, Day };
    enum Column { Slot, Searches, P95, Errors, Events, ErrorRate, ColumnCount };

    explicit MonitoringRowsModel(Granularity granularity, QObject *parent = nullptr);

    // Rows newest first; `now` is the views' now (marks the partial slot).
    void setRows(const QList<HourlyRow> &hours, const QDateTime &now, const DecisionThresholds &thresholds);
    void setRows(const QList<DailyRow> &days, const QDateTime &now, const DecisionThresholds &thresholds);
    void setPalette(const StatePalette &palette);
    bool isPartial(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QDateTime start;
        qint64 searches = 0, errors = 0, events = 0;
        std::optional<int> p95;
        QString ratePct;
        bool partial = false;
    };
    Granularity m_granularity;
    QList<Row> m_rows;
    DecisionThresholds m_thresholds;
    StatePalette m_palette;
};

} // namespace palier::ui
