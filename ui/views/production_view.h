// The Production view: the monitoring table of the live application
// (PostgreSQL) as the seed's SQL reads it — the 7-day figures as tiles, the
// last 48 hours per hour (searches, p95 with the profile's limits, errors), and
// the production decision hint — with the connection's state, Refresh now and
// auto-refresh. Connections are saved without passwords; passwords go to the
// SecretStore (the system keychain).
#pragma once

#include "db/monitoring_views.h"
#include "db/saved_connections.h"

#include "report/production_section.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace palier {
class MonitoringClient;
struct EventLog;
}

namespace palier::ui {

class ChartView;
class KpiTile;
class MonitoringRowsModel;
class SecretStore;
class Session;

class ProductionView : public QWidget {
    Q_OBJECT
public:
    ProductionView(Session *session, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProductionView() override;

    QStringList connectionNames() const;
    QString connectedName() const { return m_connectedName; }
    MonitoringClient *client() const { return m_client; }

    // Reads a CSV export of the monitoring table (plain or gzip) in the
    // background and shows its views at `now` (default: the file's last
    // event), instead of a database (docs/db.md, "Monitoring data from a
    // file"). Disconnects from a database in use. eventsLoaded() when shown.
    void openEventsFile(const QString &path, const std::optional<QDateTime> &now = std::nullopt);
    QString eventsFile() const { return m_eventsPath; }

    // Shows one refresh's figures (also what the client delivers).
    void setSnapshot(const MonitoringSnapshot &snapshot);
    // Adds or replaces a saved connection (no password is stored with it).
    void saveConnection(const SavedConnection &connection, const QString &previousName = {});
    // Connects with `password` instead of asking the SecretStore (tests, scripts).
    void connectWithPassword(const QString &name, const QString &password);
    void saveSettings();

    // What the weekly report's production section is made from (docs/cli.md,
    // `report --db`): not requested when no connection is in use; the last
    // snapshot when there is one; else one line saying why there is none.
    ProductionEvidence productionEvidence() const;

    KpiTile *tile(const QString &id) const;   // "total_events", "p95_search_ms", "decision_hint"…
    QList<ChartView *> charts() const;        // the three hourly charts
    QList<ChartView *> dayCharts() const;     // searches, p95 and error rate per day
    MonitoringRowsModel *hoursModel() const { return m_hoursModel; }
    MonitoringRowsModel *daysModel() const { return m_daysModel; }
    // True when the figures shown are no longer current (the server went away):
    // they are greyed out and the state says why.
    bool showsStaleFigures() const;
    QString stateText() const;
    QString noteText() const;   // what the view said about the password (kept where?)

public slots:
    void connectTo(const QString &name);
    void newConnection();
    void editConnection();
    void removeConnection();
    void disconnectFromServer();
    void refreshNow();

signals:
    void connectionsChanged();
    void eventsLoaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStateChanged(const QString &text);
    void startConnection(const SavedConnection &connection, const QString &password, bool typed);
    void handleFailure();
    void askPasswordAndRetry(const QString &reason);
    void rememberPasswordIfNeeded();
    void updateButtons();
    void updateThresholdText();
    void render();
    std::optional<SavedConnection> saved(const QString &name) const;
    void computeFromEvents();
    void closeEventsFile();

    Session *m_session;
    SecretStore *m_secrets;
    MonitoringClient *m_client;
    QList<SavedConnection> m_connections;

    QComboBox *m_connectionBox;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
    QPushButton *m_edit;
    QPushButton *m_new;
    QPushButton *m_remove;
    QPushButton *m_refresh;
    QComboBox *m_autoRefresh;
    QLabel *m_state;
    QLabel *m_updated;
    QLabel *m_thresholds;
    QLabel *m_note;
    QStackedWidget *m_pages;
    QHash<QString, KpiTile *> m_tiles;
    ChartView *m_searches;
    ChartView *m_p95;
    ChartView *m_errors;
    ChartView *m_daySearches;
    ChartView *m_dayP95;
    ChartView *m_dayErrorRate;
    MonitoringRowsModel *m_hoursModel;
    MonitoringRowsModel *m_daysModel;
    QWidget *m_figures;

    QString m_connectedName;     // connection in use (connecting or connected)
    QString m_password;          // password in use for it, memory only
    bool m_passwordTyped = false;   // typed by the user this session (not from the store)
    bool m_probing = false;
    std::optional<MonitoringSnapshot> m_snapshot;

    // Events-file mode (m_eventsPath not empty): the log read once, the views
    // recomputed from it when the profile changes; generation ids drop the
    // results of a load or computation that a newer one replaced.
    QString m_eventsPath;
    QString m_serverEventsNote;   // the note saying the runs' events could not be read, while shown
    std::optional<QDateTime> m_eventsNow;
    std::shared_ptr<const EventLog> m_eventLog;
    bool m_eventsNowFromLastEvent = false;
    quint64 m_eventsGeneration = 0;
};

} // namespace palier::ui
