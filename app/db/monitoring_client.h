// Live monitoring of the PostgreSQL table for the window (QtCore only).
//
// One model: a worker thread owns the libpq connection and runs blocking
// libpq calls; every call here only posts work to it and returns at once, and
// results come back as queued signals in the caller's thread. (libpq's own
// connect_timeout, multi-host, SSL and .pgpass handling then work unchanged;
// the asynchronous PQsendQuery style would have to reimplement the timeout.)
// cancel() sends PQcancel from a short-lived helper thread, so even a server
// that no longer answers cannot block the caller. Results of a connection or
// refresh that has since been replaced are dropped (generation ids).
#pragma once

#include "db/monitoring_session.h"
#include "db/monitoring_views.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace palier {

struct Profile;
class MonitoringWorker;
struct MonitoringShared;

class MonitoringClient : public QObject {
    Q_OBJECT
public:
    enum class State {
        Disconnected,   // "disconnected"
        Connecting,     // "connecting"
        Connected,      // "connected"
        Refreshing,     // "refreshing"
        Cancelled,      // "query cancelled" (still connected)
        Stale,          // "stale since 10:42, reconnecting" (server gone; data kept)
        Failed          // "connection failed: …" (bad password, missing column…: no retry)
    };
    Q_ENUM(State)

    explicit MonitoringClient(QObject *parent = nullptr);
    ~MonitoringClient() override;

    // Settings used by the next connectTo() / refresh.
    void setSchema(const DbSchema &schema);
    void setTimeZone(const QString &zone);             // empty: TZ, else the system zone
    void setStatementTimeout(int ms);
    void setHashMem(const QString &size);
    void setWindows(int days, int hours);
    void setKeyTransaction(const QString &name);
    void setThresholds(const DecisionThresholds &thresholds);
    void setProfile(const Profile &profile);           // key transaction + thresholds
    // Time spans whose events each refresh also reads (the load-test runs and
    // their baselines, analysis/server_side.h): serverEventsReady follows
    // every snapshot. Empty: none read.
    void setServerSpans(const QList<QPair<QDateTime, QDateTime>> &spans);
    // Reconnection delays after the server went away: min, doubling to max.
    void setReconnectBackoff(int minMs, int maxMs);

    State state() const { return m_state; }
    QString stateText() const;
    QDateTime lastUpdate() const { return m_lastUpdate; }
    std::optional<MonitoringSnapshot> lastSnapshot() const { return m_last; }
    QString connInfoForDisplay() const;                // password removed
    int autoRefreshInterval() const;
    bool isBusy() const { return m_busy; }

public slots:
    // conninfo: any libpq string or URI. password: typed by the user, kept in
    // memory only (a keychain is the window's business); empty: libpq's sources.
    void connectTo(const QString &conninfo, const QString &password = {});
    void disconnectFromServer();
    void refreshNow();
    void cancel();
    void setAutoRefreshInterval(int ms);               // 0: off

signals:
    void stateChanged(const QString &text);
    void summaryReady(const palier::MonitoringSummary &summary);
    void hourlyReady(const QList<palier::HourlyRow> &hours);
    void decisionReady(const palier::MonitoringDecision &decision);
    void snapshotReady(const palier::MonitoringSnapshot &snapshot);
    // After each snapshot when server spans are set: their events (nullptr
    // when they could not be read: `problem` says why), and the session's
    // time zone.
    void serverEventsReady(std::shared_ptr<const palier::EventLog> events, const QString &timeZone,
                           const QString &problem);
    void error(const QString &message);

private:
    friend class MonitoringWorker;
    void setState(State s, const QString &detail = {});
    void startOpen();
    void onOpened(quint64 generation, bool ok, const DbError &err);
    void onFetched(quint64 generation, bool ok, const MonitoringSnapshot &snap, const DbError &err, bool broken,
                   std::shared_ptr<const EventLog> events, const QString &timeZone, const QString &eventsProblem);
    void scheduleReconnect();

    QThread *m_thread = nullptr;
    MonitoringWorker *m_worker = nullptr;
    std::shared_ptr<MonitoringShared> m_shared;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;

    ConnectionOptions m_options;
    ViewRequest m_request;
    QList<QPair<QDateTime, QDateTime>> m_serverSpans;
    State m_state = State::Disconnected;
    QString m_detail;
    quint64 m_generation = 0;
    bool m_connected = false;
    bool m_busy = false;
    bool m_refreshPending = false;
    bool m_userCancelled = false;
    int m_backoffMinMs = 1000;
    int m_backoffMaxMs = 60000;
    int m_backoffMs = 1000;
    QDateTime m_lastUpdate;
    std::optional<MonitoringSnapshot> m_last;
};

} // namespace palier
