#include "io/kept_threads.h"

#include <deque>
#include <thread>
#include <utility>

namespace palier {

namespace {

class Pool {
public:
    void run(std::function<void()> task)
    {
        std::unique_lock<std::mutex> lock(m_);
        queue_.push_back(std::move(task));
        // Each queued task needs an idle thread of its own; start one when
        // there are more tasks than idle threads.
        if (idle_ >= queue_.size()) {
            cv_.notify_one();
            return;
        }
        ++started_;
        lock.unlock();
        std::thread([this] { loop(); }).detach();
    }

    std::size_t started()
    {
        std::lock_guard<std::mutex> lock(m_);
        return started_;
    }

private:
    void loop()
    {
        std::unique_lock<std::mutex> lock(m_);
        for (;;) {
            while (queue_.empty()) {
                // Enough idle threads already: this one ends.
                if (idle_ >= KeptThreads::kMaxIdle)
                    return;
                ++idle_;
                cv_.wait(lock);
                --idle_;
            }
            std::function<void()> task = std::move(queue_.front());
            queue_.pop_front();
            lock.unlock();
            task();
            task = nullptr;   // its captures are released before the thread idles
            lock.lock();
        }
    }

    std::mutex m_;
    std::condition_variable cv_;
    std::deque<std::function<void()>> queue_;
    std::size_t idle_ = 0;
    std::size_t started_ = 0;
};

// Never destroyed: kept threads may still wait on it while the process exits.
Pool &pool()
{
    static Pool *const p = new Pool;
    return *p;
}

} // namespace

void KeptThreads::run(std::function<void()> task)
{
    pool().run(std::move(task));
}

std::size_t KeptThreads::threadsStarted()
{
    return pool().started();
}

void TaskGroup::start(std::function<void()> task)
{
    {
        std::lock_guard<std::mutex> lock(m_);
        ++running_;
    }
    KeptThreads::run([this, task = std::move(task)]() mutable {
        std::exception_ptr error;
        try {
            task();
        } catch (...) {
            error = std::current_exception();
        }
        task = nullptr;   // what it holds goes before the waiter may return
        std::lock_guard<std::mutex> lock(m_);
        if (error && !error_)
            error_ = error;
        --running_;
        cv_.notify_all();
    });
}

void TaskGroup::wait()
{
    std::unique_lock<std::mutex> lock(m_);
    cv_.wait(lock, [this] { return running_ == 0; });
}

void TaskGroup::rethrow()
{
    wait();
    std::exception_ptr error;
    {
        std::lock_guard<std::mutex> lock(m_);
        error = std::exchange(error_, nullptr);
    }
    if (error)
        std::rethrow_exception(error);
}

} // namespace palier
