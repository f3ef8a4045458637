// The Production view on a CSV export of the monitoring table instead of a
// live database: read and computed off the GUI thread (a week can be millions
// of events), recomputed from the same log when the grid profile changes.
#include "views/production_view.h"

#include "db/events_views.h"
#include "db/monitoring_client.h"
#include "db/monitoring_session.h"
#include "i18n/language.h"
#include "shell/session.h"
#include "sources/load.h"
#include "words/finding_words.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QPointer>
#include <QtConcurrent>

namespace palier::ui {

namespace {

struct EventsResult {
    std::shared_ptr<const EventLog> log;
    std::optional<MonitoringSnapshot> snapshot;
    bool nowFromLastEvent = false;
    QString error;   // one line, file and line included
};

EventsResult computeEvents(std::shared_ptr<const EventLog> log, const QString &path, const Profile &profile,
                           const std::optional<QDateTime> &now)
{
    EventsResult r;
    try {
        if (!log) {
            EventsReadOptions ro;
            ro.keyTransaction = profile.keyTransaction;
            log = std::make_shared<const EventLog>(readEventsCsv(path, ro));
        }
        ViewRequest request;
        request.keyTransaction = profile.keyTransaction;
        request.thresholds = DecisionThresholds::fromProfile(profile);
        const QString zoneName = effectiveTimeZone(QString());
        const EventsClock clock = eventsClock(*log, QTimeZone(zoneName.toUtf8()), zoneName, now);
        r.snapshot = computeMonitoringViews(*log, request, clock);
        r.nowFromLastEvent = clock.nowFromLastEvent;
        r.log = log;
    } catch (const InputError &e) {
        r.error = findingLine(e.finding, Language::ui());
    }
    return r;
}

} // namespace

void ProductionView::openEventsFile(const QString &path, const std::optional<QDateTime> &now)
{
    if (!m_connectedName.isEmpty())
        disconnectFromServer();
    m_eventsPath = path;
    m_eventsNow = now;
    m_eventLog.reset();
    m_snapshot.reset();
    m_note->clear();
    m_updated->clear();
    m_state->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    render();
    computeFromEvents();
}

void ProductionView::computeFromEvents()
{
    if (m_eventsPath.isEmpty())
        return;
    const quint64 generation = ++m_eventsGeneration;
    // The key transaction decides which events are searches: a new one needs
    // the file read again; new limits only a new computation.
    const Profile profile = m_session->profile();
    std::shared_ptr<const EventLog> log = m_eventLog;
    auto *watcher = new QFutureWatcher<EventsResult>(this);
    QPointer<ProductionView> self(this);
    connect(watcher, &QFutureWatcher<EventsResult>::finished, this, [self, watcher, generation] {
        watcher->deleteLater();
        if (!self || generation != self->m_eventsGeneration || self->m_eventsPath.isEmpty())
            return;
        const EventsResult r = watcher->result();
        const QString name = QFileInfo(self->m_eventsPath).fileName();
        if (!r.error.isEmpty()) {
            self->m_eventLog.reset();
            self->m_snapshot.reset();
            self->m_session->setServerEvents(nullptr, QTimeZone());
            self->m_state->setText(tr("Events file %1 cannot be read").arg(name));
            self->m_note->setText(r.error);
            self->render();
            emit self->eventsLoaded(false);
            return;
        }
        self->m_eventLog = r.log;
        // The same events beside the load tests (the Load test view's Client
        // against server tab, the report).
        self->m_session->setServerEvents(r.log, QTimeZone(r.snapshot->timeZone.toUtf8()));
        self->m_eventsNowFromLastEvent = r.nowFromLastEvent;
        const QString now = QLocale().toString(r.snapshot->asOf, QLocale::ShortFormat);
        self->m_state->setText(tr("Events file %1").arg(name));
        self->setSnapshot(*r.snapshot);
        // setSnapshot() says when it was fetched; for a file, "now" is what counts.
        self->m_updated->setText(r.nowFromLastEvent ? tr("now = %1, the file's last event (time zone %2)").arg(now, r.snapshot->timeZone)
                                                    : tr("now = %1 (time zone %2)").arg(now, r.snapshot->timeZone));
        self->updateButtons();
        emit self->eventsLoaded(true);
    });
    const QString path = m_eventsPath;
    const std::optional<QDateTime> now = m_eventsNow;
    if (log && (log->file != path || log->keyTransaction != profile.keyTransaction))
        log.reset();
    watcher->setFuture(QtConcurrent::run([log, path, profile, now] { return computeEvents(log, path, profile, now); }));
}

void ProductionView::closeEventsFile()
{
    if (m_eventsPath.isEmpty())
        return;
    m_eventsPath.clear();
    m_eventLog.reset();
    m_session->setServerEvents(nullptr, QTimeZone());
    ++m_eventsGeneration;
    m_snapshot.reset();
    m_updated->clear();
    render();
}

} // namespace palier::ui
