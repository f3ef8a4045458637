#include "shell/run_loader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace palier::ui {

struct RunLoader::Job {
    quint64 generation = 0;
    QStringList paths;
    std::atomic<bool> cancel {false};
    std::atomic<int> lastPermille {-1};
    QFuture<void> future;
};

struct RunLoader::Outcome {
    enum class Kind { Loaded, Failed, Cancelled } kind = Kind::Cancelled;
    LoadResult result;
    Finding error;
};

RunLoader::RunLoader(QObject *parent)
    : QObject(parent)
    , m_load([](const QStringList &paths, const LoadOptions &options) { return loadRuns(paths, options); })
{
}

RunLoader::~RunLoader()
{
    for (const auto &job : std::as_const(m_running))
        job->cancel = true;
    for (const auto &job : std::as_const(m_running))
        job->future.waitForFinished();
}

quint64 RunLoader::start(const QStringList &paths)
{
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    job->paths = paths;
    {
        QMutexLocker lock(&m_mutex);
        if (m_current)
            m_current->cancel = true;   // superseded: its result will be dropped anyway
        m_current = job;
    }
    m_running.append(job);
    emit started(job->generation, paths);

    const LoadFunction load = m_load;
    QPointer<RunLoader> self(this);
    job->future = QtConcurrent::run([job, load, self] {
        Outcome outcome;
        LoadOptions options;
        options.cancel = &job->cancel;
        options.progress = [job, self](qint64 done, qint64 total) {
            // Cheap on the loading thread: post only when the fraction moves ≥ 0.1 %.
            const int permille = total > 0 ? int(1000 * done / total) : 0;
            if (permille == job->lastPermille.exchange(permille))
                return;
            QMetaObject::invokeMethod(self, [job, self, done, total] {
                if (self && self->isCurrent(job))
                    emit self->progress(job->generation, done, total);
            }, Qt::QueuedConnection);
        };
        try {
            outcome.result = load(job->paths, options);
            // A reader that finished without noticing the request still counts as cancelled.
            outcome.kind = job->cancel ? Outcome::Kind::Cancelled : Outcome::Kind::Loaded;
        } catch (const LoadCancelled &) {
            outcome.kind = Outcome::Kind::Cancelled;
        } catch (const InputError &e) {
            outcome.kind = Outcome::Kind::Failed;
            outcome.error = e.finding;
        } catch (const std::exception &e) {
            outcome.kind = Outcome::Kind::Failed;
            outcome.error = Finding::error(QStringLiteral("load.failed"), job->paths.value(0), 0,
                                           {{QStringLiteral("error"), QString::fromLocal8Bit(e.what())}});
        }
        QMetaObject::invokeMethod(self, [job, self, outcome = std::move(outcome)] {
            if (self)
                self->deliver(job, outcome);
        }, Qt::QueuedConnection);
    });
    return job->generation;
}

void RunLoader::deliver(const std::shared_ptr<Job> &job, const Outcome &outcome)
{
    m_running.removeAll(job);
    {
        QMutexLocker lock(&m_mutex);
        if (job != m_current)
            return;   // stale: a newer load has started since
        m_current.reset();
    }
    switch (outcome.kind) {
    case Outcome::Kind::Loaded:
        emit finished(job->generation, job->paths, outcome.result);
        break;
    case Outcome::Kind::Failed:
        emit failed(job->generation, job->paths, outcome.error);
        break;
    case Outcome::Kind::Cancelled:
        emit cancelled(job->generation, job->paths);
        break;
    }
}

void RunLoader::stop()
{
    QMutexLocker lock(&m_mutex);
    if (m_current)
        m_current->cancel = true;
}

bool RunLoader::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return bool(m_current);
}

bool RunLoader::isCurrent(const std::shared_ptr<Job> &job) const
{
    QMutexLocker lock(&m_mutex);
    return m_current == job;
}

void RunLoader::waitForIdle()
{
    while (!m_running.isEmpty()) {
        const auto job = m_running.constFirst();
        job->future.waitForFinished();
        // Its outcome was posted before the future finished: deliver it now.
        QCoreApplication::sendPostedEvents(this);
    }
}

} // namespace palier::ui
