// Kept threads (io/kept_threads.h): tasks that wait for each other all run at
// once, a task's exception reaches the waiter, and idle threads are reused
// rather than started again for each small file.
#include "io/kept_threads.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace palier;

class TstKeptThreads : public QObject {
    Q_OBJECT
private slots:
    void tasksThatWaitForEachOtherAllRun();
    void exceptionReachesTheWaiter();
    void idleThreadsAreReused();
    void waitWithoutTasksReturns();
};

// Twelve tasks (more than kMaxIdle) each wait until all twelve have started:
// a pool that queued any of them behind the others would never finish.
void TstKeptThreads::tasksThatWaitForEachOtherAllRun()
{
    constexpr int n = 12;
    std::atomic<int> arrived {0};
    std::atomic<int> finished {0};
    {
        TaskGroup group;
        for (int i = 0; i < n; ++i)
            group.start([&] {
                ++arrived;
                const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
                while (arrived.load() < n && std::chrono::steady_clock::now() < deadline)
                    std::this_thread::yield();
                if (arrived.load() == n)
                    ++finished;
            });
        group.rethrow();
    }
    QCOMPARE(finished.load(), n);
}

void TstKeptThreads::exceptionReachesTheWaiter()
{
    TaskGroup group;
    std::atomic<int> ran {0};
    group.start([&] { ++ran; });
    group.start([] { throw std::runtime_error("second"); });
    group.start([&] { ++ran; });
    bool caught = false;
    try {
        group.rethrow();
    } catch (const std::runtime_error &e) {
        caught = QByteArray(e.what()) == "second";
    }
    QVERIFY(caught);
    QCOMPARE(ran.load(), 2);
    group.rethrow();   // the exception was handed over once
}

// One task at a time, a short pause between them so that the thread that ran
// the last one is idle again: 50 tasks start at most a handful of threads.
void TstKeptThreads::idleThreadsAreReused()
{
    const std::size_t before = KeptThreads::threadsStarted();
    for (int i = 0; i < 50; ++i) {
        TaskGroup group;
        std::atomic<bool> ran {false};
        group.start([&] { ran = true; });
        group.wait();
        QVERIFY(ran.load());
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    QVERIFY2(KeptThreads::threadsStarted() - before <= 2,
             qPrintable(QString::number(KeptThreads::threadsStarted() - before)));
}

void TstKeptThreads::waitWithoutTasksReturns()
{
    TaskGroup group;
    group.wait();
    group.rethrow();
}

QTEST_GUILESS_MAIN(TstKeptThreads)
#include "tst_kept_threads.moc"
