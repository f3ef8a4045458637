// Runs tasks on threads kept for the life of the process (the k6 pipeline's
// parsers and inflater, the run builder's second half). Why: starting a thread
// and ending it costs more than parsing a small file — under a sanitizer, about
// a millisecond of mapping and unmapping its stack — and a session opens many
// small files. A task never waits for a free thread: an idle kept thread takes
// it, or a new thread is started (and kept), so tasks that wait for each other
// (an inflater and its parser) always run together. At most `kMaxIdle` idle
// threads are kept; more end when their task is done.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>

namespace palier {

class KeptThreads {
public:
    static constexpr std::size_t kMaxIdle = 8;

    // Runs `task` on another thread, at once. `task` must not throw (wrap it).
    static void run(std::function<void()> task);
    // Threads started so far (kept or ended): how often a task found no idle
    // thread.
    static std::size_t threadsStarted();
};

// A group of tasks on kept threads that the caller waits for: what std::thread
// plus join gives, without starting threads.
class TaskGroup {
public:
    TaskGroup() = default;
    TaskGroup(const TaskGroup &) = delete;
    TaskGroup &operator=(const TaskGroup &) = delete;
    ~TaskGroup() { wait(); }

    // Runs `task` on a kept thread. An exception it throws is kept and
    // rethrown by rethrow().
    void start(std::function<void()> task);
    // Until every started task has returned.
    void wait();
    // wait(), then the first exception a task threw, if any.
    void rethrow();

private:
    std::mutex m_;
    std::condition_variable cv_;
    int running_ = 0;
    std::exception_ptr error_;
};

} // namespace palier
