// Loading runs off the UI thread. Each load gets a generation number; starting
// a new load cancels the one running, and the results of any load that is not
// the newest are dropped when they arrive (after hotspot's JobTracker). A
// cancelled or failed load never touches what the window shows.
#pragma once

#include "sources/load.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

template <typename T> class QFutureWatcher;

namespace palier::ui {

class RunLoader : public QObject {
    Q_OBJECT
public:
    using LoadFunction = std::function<LoadResult(const QStringList &, const LoadOptions &)>;

    explicit RunLoader(QObject *parent = nullptr);
    ~RunLoader() override;   // cancels and waits for the running load

    // Starts loading `paths` and returns the new generation.
    quint64 start(const QStringList &paths);
    // Cancels the running load (its cancelled() follows). Safe from any thread.
    void stop();
    bool isRunning() const;
    quint64 generation() const { return m_generation; }
    // Blocks until no load runs any more (tests, shutdown).
    void waitForIdle();

    // The function that does the work (palier::loadRuns by default); tests wrap it.
    void setLoadFunction(LoadFunction fn) { m_load = std::move(fn); }

signals:
    void started(quint64 generation, const QStringList &paths);
    // Bytes read so far and in all (total may be 0 when unknown). Emitted when
    // the fraction moves by at least 0.1 %, never more often.
    void progress(quint64 generation, qint64 done, qint64 total);
    void finished(quint64 generation, const QStringList &paths, const palier::LoadResult &result);
    void failed(quint64 generation, const QStringList &paths, const palier::Finding &error);
    void cancelled(quint64 generation, const QStringList &paths);

private:
    struct Job;
    struct Outcome;
    void deliver(const std::shared_ptr<Job> &job, const Outcome &outcome);
    bool isCurrent(const std::shared_ptr<Job> &job) const;

    LoadFunction m_load;
    quint64 m_generation = 0;
    mutable QMutex m_mutex;          // guards m_current: stop() may come from any thread
    std::shared_ptr<Job> m_current;
    QList<std::shared_ptr<Job>> m_running;   // current and superseded, until they end
};

} // namespace palier::ui
