#include "db/monitoring_client.h"

#include "db/pg_conninfo.h"
#include "grid/profile.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <mutex>
#include <thread>

namespace palier {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("palier::MonitoringClient", s); }
} // namespace

// What the client and its worker thread share: the client to post results to
// (null once the client is gone) and the running session's cancel handle.
struct MonitoringShared {
    std::mutex mutex;
    MonitoringClient *client = nullptr;
    std::shared_ptr<PgCancelHandle> cancel;
};

// Lives in the worker thread; owns the session. Not a Q_OBJECT: work arrives
// as queued functors (QMetaObject::invokeMethod with this as context).
class MonitoringWorker : public QObject {
public:
    explicit MonitoringWorker(std::shared_ptr<MonitoringShared> shared) : m_shared(std::move(shared)) { }

    void open(quint64 generation, const ConnectionOptions &options)
    {
        setCancel(nullptr);
        DbError err;
        const bool ok = m_session.open(options, &err);
        if (ok)
            setCancel(m_session.cancelHandle());
        post([generation, ok, err](MonitoringClient *c) { c->onOpened(generation, ok, err); });
    }

    void fetch(quint64 generation, const ViewRequest &request, const QList<QPair<QDateTime, QDateTime>> &spans)
    {
        MonitoringSnapshot snap;
        DbError err;
        bool ok = false;
        std::shared_ptr<const EventLog> events;
        QString eventsProblem;
        if (m_session.isOpen()) {
            ok = m_session.fetch(request, &snap, &err);
            if (ok && !spans.isEmpty()) {
                auto log = std::make_shared<EventLog>();
                DbError eventsErr;
                if (m_session.fetchEvents(spans, request.keyTransaction, log.get(), &eventsErr))
                    events = std::move(log);
                else if (m_session.isBroken() || eventsErr.kind == DbError::Kind::ConnectionLost) {
                    ok = false;
                    err = eventsErr;
                } else {
                    eventsProblem = eventsErr.message;
                }
            }
        } else {
            err.kind = DbError::Kind::ConnectionLost;
            err.message = QCoreApplication::translate("palier::MonitoringClient", "not connected");
        }
        const bool broken = !ok && (m_session.isBroken() || err.kind == DbError::Kind::ConnectionLost);
        if (broken) {
            setCancel(nullptr);
            m_session.close();
        }
        const QString zone = m_session.timeZone();
        post([generation, ok, snap, err, broken, events, zone, eventsProblem](MonitoringClient *c) {
            c->onFetched(generation, ok, snap, err, broken, events, zone, eventsProblem);
        });
    }

    void close()
    {
        setCancel(nullptr);
        m_session.close();
    }

private:
    template <typename F>
    void post(F f)
    {
        // Under the mutex, so the client cannot be destroyed between the check
        // and the post (its destructor clears `client` under the same mutex
        // first, and ~QObject then drops events already posted to it).
        std::lock_guard lock(m_shared->mutex);
        MonitoringClient *c = m_shared->client;
        if (c)
            QMetaObject::invokeMethod(c, [c, f] { f(c); }, Qt::QueuedConnection);
    }

    void setCancel(std::shared_ptr<PgCancelHandle> h)
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->cancel = std::move(h);
    }

    std::shared_ptr<MonitoringShared> m_shared;
    MonitoringSession m_session;
};

MonitoringClient::MonitoringClient(QObject *parent)
    : QObject(parent), m_shared(std::make_shared<MonitoringShared>())
{
    qRegisterMetaType<palier::MonitoringSummary>();
    qRegisterMetaType<palier::HourlyRow>();
    qRegisterMetaType<QList<palier::HourlyRow>>();
    qRegisterMetaType<palier::MonitoringDecision>();
    qRegisterMetaType<palier::MonitoringSnapshot>();
    // Environment defaults are set here, in the caller's thread, before the
    // worker thread ever reads the environment through libpq.
    ensureLibpqEnvironmentDefaults();
    m_shared->client = this;

    m_thread = new QThread;   // no parent: it may outlive us (see the destructor)
    m_thread->setObjectName(QStringLiteral("palier-monitoring"));
    m_worker = new MonitoringWorker(m_shared);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, &MonitoringClient::refreshNow);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &MonitoringClient::startOpen);
}

MonitoringClient::~MonitoringClient()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->client = nullptr;
    }
    if (m_busy)
        cancel();
    MonitoringWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w] { w->close(); }, Qt::QueuedConnection);
    m_thread->quit();
    // A query blocked on a server that vanished ends with the TCP keepalives
    // (about a minute); do not hold the caller that long: let the thread
    // finish on its own and delete itself.
    if (m_thread->wait(3000)) {
        delete m_thread;
    } else {
        QThread *t = m_thread;
        QObject::connect(t, &QThread::finished, t, &QObject::deleteLater);
    }
    m_options.password.fill('\0');
}

void MonitoringClient::setSchema(const DbSchema &schema) { m_options.schema = schema; }
void MonitoringClient::setTimeZone(const QString &zone) { m_options.timeZone = zone; }
void MonitoringClient::setStatementTimeout(int ms) { m_options.statementTimeoutMs = ms; }
void MonitoringClient::setHashMem(const QString &size) { m_options.hashMem = size; }

void MonitoringClient::setWindows(int days, int hours)
{
    m_request.days = days;
    m_request.hours = hours;
}

void MonitoringClient::setKeyTransaction(const QString &name) { m_request.keyTransaction = name; }
void MonitoringClient::setThresholds(const DecisionThresholds &thresholds) { m_request.thresholds = thresholds; }

void MonitoringClient::setProfile(const Profile &profile)
{
    m_request.keyTransaction = profile.keyTransaction;
    m_request.thresholds = DecisionThresholds::fromProfile(profile);
}

void MonitoringClient::setReconnectBackoff(int minMs, int maxMs)
{
    m_backoffMinMs = std::max(1, minMs);
    m_backoffMaxMs = std::max(m_backoffMinMs, maxMs);
    m_backoffMs = m_backoffMinMs;
}

QString MonitoringClient::connInfoForDisplay() const { return redactConnInfo(m_options.conninfo); }

int MonitoringClient::autoRefreshInterval() const { return m_refreshTimer->isActive() ? m_refreshTimer->interval() : 0; }

QString MonitoringClient::stateText() const
{
    switch (m_state) {
    case State::Disconnected: return tr("disconnected");
    case State::Connecting: return m_detail.isEmpty() ? tr("connecting") : m_detail;
    case State::Connected: return tr("connected");
    case State::Refreshing: return tr("refreshing");
    case State::Cancelled: return tr("query cancelled");
    case State::Stale: return m_detail;
    case State::Failed: return tr("connection failed: %1").arg(m_detail);
    }
    return {};
}

void MonitoringClient::setState(State s, const QString &detail)
{
    const QString before = stateText();
    m_state = s;
    m_detail = detail;
    const QString after = stateText();
    if (after != before)
        emit stateChanged(after);
}

void MonitoringClient::connectTo(const QString &conninfo, const QString &password)
{
    ++m_generation;
    m_reconnectTimer->stop();
    m_connected = false;
    m_busy = false;
    m_refreshPending = false;
    m_last.reset();
    m_lastUpdate = QDateTime();
    m_options.password.fill('\0');
    m_options.conninfo = conninfo;
    m_options.password = password.toUtf8();
    m_backoffMs = m_backoffMinMs;
    if (const QString why = connInfoError(conninfo); !why.isEmpty()) {
        setState(State::Failed, why);
        emit error(tr("invalid connection string: %1").arg(why));
        return;
    }
    startOpen();
}

void MonitoringClient::startOpen()
{
    const quint64 gen = ++m_generation;
    m_busy = true;
    if (m_state != State::Stale)
        setState(State::Connecting);
    MonitoringWorker *w = m_worker;
    const ConnectionOptions options = m_options;
    QMetaObject::invokeMethod(w, [w, gen, options] { w->open(gen, options); }, Qt::QueuedConnection);
}

void MonitoringClient::onOpened(quint64 generation, bool ok, const DbError &err)
{
    if (generation != m_generation)
        return;   // a newer connectTo() or disconnect replaced this attempt
    m_busy = false;
    if (ok) {
        m_connected = true;
        m_backoffMs = m_backoffMinMs;
        setState(State::Connected);
        refreshNow();
        return;
    }
    m_connected = false;
    emit error(err.message);
    // Retrying cannot fix a wrong password, an unknown time zone or a missing
    // column (and retrying a password could lock the account): stop there.
    if (err.kind == DbError::Kind::Authentication || err.kind == DbError::Kind::Schema || err.isUsage()) {
        setState(State::Failed, err.message);
        return;
    }
    scheduleReconnect();
}

void MonitoringClient::scheduleReconnect()
{
    const int delay = m_backoffMs;
    m_backoffMs = std::min(m_backoffMaxMs, m_backoffMs * 2);
    QString text;
    if (m_lastUpdate.isValid())
        text = tr("stale since %1, reconnecting").arg(m_lastUpdate.toString(QStringLiteral("HH:mm")));
    else
        text = tr("cannot connect, retrying in %n s", nullptr, std::max(1, (delay + 999) / 1000));
    setState(m_lastUpdate.isValid() ? State::Stale : State::Connecting, text);
    m_reconnectTimer->start(delay);
}

void MonitoringClient::disconnectFromServer()
{
    ++m_generation;
    m_reconnectTimer->stop();
    if (m_busy)
        cancel();
    m_busy = false;
    m_connected = false;
    m_refreshPending = false;
    MonitoringWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w] { w->close(); }, Qt::QueuedConnection);
    setState(State::Disconnected);
}

void MonitoringClient::refreshNow()
{
    if (!m_connected) {
        // Waiting to reconnect: try now rather than at the end of the backoff.
        if (m_reconnectTimer->isActive()) {
            m_reconnectTimer->stop();
            startOpen();
        }
        return;
    }
    if (m_busy) {
        m_refreshPending = true;
        return;
    }
    m_busy = true;
    m_userCancelled = false;
    const quint64 gen = m_generation;
    setState(State::Refreshing);
    MonitoringWorker *w = m_worker;
    const ViewRequest request = m_request;
    const QList<QPair<QDateTime, QDateTime>> spans = m_serverSpans;
    QMetaObject::invokeMethod(w, [w, gen, request, spans] { w->fetch(gen, request, spans); }, Qt::QueuedConnection);
}

void MonitoringClient::cancel()
{
    m_refreshPending = false;
    if (!m_busy || !m_connected)
        return;
    m_userCancelled = true;
    std::shared_ptr<PgCancelHandle> handle;
    {
        std::lock_guard lock(m_shared->mutex);
        handle = m_shared->cancel;
    }
    if (!handle)
        return;
    // PQcancel opens a connection to the server: never in the caller's thread.
    std::thread([handle] { handle->cancel(); }).detach();
}

void MonitoringClient::setAutoRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_refreshTimer->stop();
        return;
    }
    m_refreshTimer->start(ms);
}

void MonitoringClient::setServerSpans(const QList<QPair<QDateTime, QDateTime>> &spans)
{
    m_serverSpans = spans;
}

void MonitoringClient::onFetched(quint64 generation, bool ok, const MonitoringSnapshot &snap, const DbError &err,
                                 bool broken, std::shared_ptr<const EventLog> events, const QString &timeZone,
                                 const QString &eventsProblem)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    if (ok) {
        m_last = snap;
        m_lastUpdate = snap.fetchedAt;
        setState(State::Connected);
        if (snap.hasSummary) {
            emit summaryReady(snap.summary);
            emit decisionReady(snap.decision);
        }
        if (snap.hasHourly)
            emit hourlyReady(snap.hourly);
        emit snapshotReady(snap);
        if (events || !eventsProblem.isEmpty())
            emit serverEventsReady(events, timeZone, eventsProblem);
    } else if (broken) {
        m_connected = false;
        emit error(err.message);
        scheduleReconnect();
        return;
    } else if (err.kind == DbError::Kind::Cancelled || (m_userCancelled && err.kind == DbError::Kind::Timeout)) {
        setState(State::Cancelled);
    } else {
        emit error(err.message);
        setState(State::Connected);
    }
    m_userCancelled = false;
    if (m_refreshPending) {
        m_refreshPending = false;
        refreshNow();
    }
}

} // namespace palier
