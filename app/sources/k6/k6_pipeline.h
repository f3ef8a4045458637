// Threads that feed the k6 record parsers, and the calling thread's watch over
// them (progress, cancel, errors). Two shapes, both using the machine's two cores:
//
//  * plain file: split into two byte ranges at a line start; each thread reads
//    its range in blocks with pread and parses it. The first range's parser
//    runs up to the split point; if its last record does not end exactly there
//    (a quoted field with a line break straddling the split), the second range's
//    result is discarded and the first parser goes on to the end — correct on
//    any input, parallel on real ones.
//  * gzip: one thread inflates blocks (ISA-L or zlib), the other parses them.
//
// Blocks carry the parser's unconsumed tail (at most the line cap) in a reserved
// head room, so records are parsed in place with no copy of the data.
#pragma once

#include "io/kept_threads.h"
#include "sources/load.h"
#include "sources/k6/k6_input.h"
#include "sources/k6/k6_ndjson.h"   // kBlockPadding
#include "sources/k6/k6_run_builder.h"   // SeriesLimits


#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <vector>

namespace palier::k6 {

struct Tuning {
    std::size_t blockBytes = std::size_t(1) << 20;
    std::size_t maxLineBytes = std::size_t(1) << 20;   // longer lines are damaged
    int threads = 2;
    std::int64_t splitMinBytes = std::int64_t(8) << 20;   // smaller plain files: one parser
    // A gzip file inflating to more than maxInflateRatio times the compressed
    // bytes read, once past inflateRatioFloorBytes, is refused
    // (k6.gzip.ratio_too_high, docs/limits.md): real k6 output compresses 10–50×,
    // a decompression bomb ~1000×.
    double maxInflateRatio = 250;
    std::int64_t inflateRatioFloorBytes = std::int64_t(256) << 20;
    SeriesLimits limits;   // k6_run_builder.h
};

// Shared by the worker threads and the calling thread.
class Watch {
public:
    std::atomic<bool> stop {false};
    std::atomic<std::int64_t> done[2] {{0}, {0}};

    void started()
    {
        std::lock_guard<std::mutex> lock(m_);
        ++running_;
    }
    void ended()
    {
        std::lock_guard<std::mutex> lock(m_);
        --running_;
        cv_.notify_all();
    }
    void fail(std::exception_ptr e)
    {
        std::lock_guard<std::mutex> lock(m_);
        if (!error_)
            error_ = e;
        stop = true;
    }
    std::exception_ptr error() const { return error_; }

    // The calling thread: until every worker ended, report progress when it
    // moved by 0.1 % and poll the cancel flag every 10 ms. Returns true when
    // cancelled (workers were told to stop and have ended).
    bool waitAll(const LoadOptions &options, std::int64_t total)
    {
        const std::int64_t step = std::max<std::int64_t>(1, total / 1000);
        std::int64_t reported = -1;
        bool cancelled = false;
        std::unique_lock<std::mutex> lock(m_);
        while (running_ > 0) {
            cv_.wait_for(lock, std::chrono::milliseconds(10));
            if (!cancelled && options.cancelled()) {
                cancelled = true;
                stop = true;
            }
            if (options.progress && !cancelled) {
                const std::int64_t d = std::min(total, done[0].load() + done[1].load());
                if (reported < 0 || d - reported >= step) {
                    reported = d;
                    lock.unlock();
                    options.progress(d, total);
                    lock.lock();
                }
            }
        }
        return cancelled || options.cancelled();
    }

private:
    std::mutex m_;
    std::condition_variable cv_;
    int running_ = 0;
    std::exception_ptr error_;
};

// Runs the pipeline's tasks on kept threads (io/kept_threads.h: a thread per
// small file cost more than its parse) and waits for them whatever happens.
class Workers {
public:
    ~Workers() { join(); }
    template <class F>
    void start(Watch &watch, F &&f)
    {
        watch.started();
        tasks_.start([&watch, f = std::forward<F>(f)]() mutable {
            try {
                f();
            } catch (...) {
                watch.fail(std::current_exception());
            }
            watch.ended();
        });
    }
    void join() { tasks_.wait(); }

private:
    TaskGroup tasks_;
};

// Parses [from, to) of a plain file. Returns when done, stopped by the parser's
// stopAt, or told to stop.
template <class Parser>
void parsePlainRange(const InputFile &file, std::int64_t from, std::int64_t to, Parser &parser,
                     const std::atomic<bool> &stop, const std::atomic<bool> *abandon, std::atomic<std::int64_t> &done,
                     const Tuning &t)
{
    const std::size_t headRoom = t.maxLineBytes + 1;
    std::unique_ptr<char[]> mem(new char[headRoom + t.blockBytes + kBlockPadding]);
    char *const base = mem.get() + headRoom;
    std::size_t carry = 0;
    std::int64_t pos = from;
    for (;;) {
        if (stop.load(std::memory_order_relaxed) || (abandon && abandon->load(std::memory_order_relaxed)))
            return;
        const std::size_t want = std::size_t(std::min<std::int64_t>(std::int64_t(t.blockBytes), to - pos));
        const std::size_t got = want ? file.readAt(pos, base, want) : 0;
        std::memset(base + got, 0, kBlockPadding);
        const bool eof = got < want || pos + std::int64_t(got) >= to;
        char *d = base - carry;
        const std::size_t len = carry + got;
        const std::size_t used = parser.parse(d, len, eof, pos - std::int64_t(carry));
        pos += std::int64_t(got);
        done.store(pos - from, std::memory_order_relaxed);
        if (parser.stopped || eof)
            return;
        carry = len - used;
        if (carry > t.maxLineBytes)   // the parser's contract: never more than the cap
            throw inputError(QStringLiteral("k6.internal.unconsumed_tail"), file.path(), 0,
                             {{QStringLiteral("bytes"), qint64(carry)}});
        std::memmove(base - carry, d + used, carry);
    }
}

// The line start at or after `at` (one past the next '\n'), or -1 when none
// within 64 MB.
inline std::int64_t nextLineStart(const InputFile &file, std::int64_t at)
{
    std::vector<char> buf(1 << 16);
    for (std::int64_t pos = at; pos < file.size() && pos < at + (std::int64_t(64) << 20);) {
        const std::size_t got = file.readAt(pos, buf.data(), buf.size());
        if (got == 0)
            break;
        const void *nl = std::memchr(buf.data(), '\n', got);
        if (nl)
            return pos + (static_cast<const char *>(nl) - buf.data()) + 1;
        pos += std::int64_t(got);
    }
    return -1;
}

// Result of parsing a plain file with up to two parsers.
struct PlainSplit {
    bool usedSecond = false;   // the second parser's result is valid and must be merged
};

// Runs `first` over [dataStart, EOF) or, for a large file, `first` and `second`
// over two halves. Throws LoadCancelled / the workers' errors.
template <class Parser>
PlainSplit parsePlainFile(const InputFile &file, std::int64_t dataStart, Parser &first, Parser &second,
                          const LoadOptions &options, const Tuning &t)
{
    Watch watch;
    PlainSplit result;
    const std::int64_t size = file.size();
    std::int64_t split = -1;
    if (t.threads >= 2 && size - dataStart >= t.splitMinBytes) {
        split = nextLineStart(file, dataStart + (size - dataStart) / 2);
        if (split >= size)
            split = -1;
    }
    std::atomic<bool> abandonSecond {false};
    {
        Workers workers;
        if (split < 0) {
            workers.start(watch, [&] { parsePlainRange(file, dataStart, size, first, watch.stop, nullptr, watch.done[0], t); });
        } else {
            first.stopAt = split;
            workers.start(watch, [&] {
                parsePlainRange(file, dataStart, size, first, watch.stop, nullptr, watch.done[0], t);
                if (first.stopped && first.stopPos != split) {
                    // The first range's last record ran past the split point: the
                    // second range started inside a record. Finish alone.
                    abandonSecond = true;
                    const std::int64_t resume = first.stopPos;
                    first.stopAt = std::numeric_limits<std::int64_t>::max();
                    first.stopped = false;
                    parsePlainRange(file, resume, size, first, watch.stop, nullptr, watch.done[0], t);
                }
            });
            workers.start(watch, [&] { parsePlainRange(file, split, size, second, watch.stop, &abandonSecond, watch.done[1], t); });
        }
        const bool cancelled = watch.waitAll(options, size);
        workers.join();
        if (cancelled)
            throw LoadCancelled {};
    }
    if (watch.error())
        std::rethrow_exception(watch.error());
    result.usedSecond = split >= 0 && !abandonSecond;
    if (options.progress)
        options.progress(size, size);
    return result;
}

// What happened to a gzip stream.
struct GzipOutcome {
    std::int64_t inflatedBytes = 0;
    bool truncated = false;       // the input ended inside a member
    Finding damage;               // an inflate error (checksum, bad data); empty kind: none
    bool damaged() const { return !damage.kind.isEmpty(); }
    std::int64_t trailingBytes = 0;   // non-gzip bytes after the last member
};

// Inflates a gzip file on one thread and parses it on another.
template <class Parser>
GzipOutcome parseGzipFile(const InputFile &file, Parser &parser, const LoadOptions &options, const Tuning &t)
{
    struct Chunk {
        std::unique_ptr<char[]> mem;
        std::size_t len = 0;
        bool last = false;
    };
    constexpr int kChunks = 4;
    const std::size_t headRoom = t.maxLineBytes + 1;
    std::vector<Chunk> chunks(kChunks);
    for (Chunk &c : chunks)
        c.mem.reset(new char[headRoom + t.blockBytes + kBlockPadding]);
    std::mutex m;
    std::condition_variable cv;
    std::deque<int> freeQ {0, 1, 2, 3}, fullQ;
    GzipOutcome outcome;
    Watch watch;

    auto pop = [&](std::deque<int> &q) -> int {
        std::unique_lock<std::mutex> lock(m);
        while (q.empty()) {
            if (watch.stop.load())
                return -1;
            cv.wait_for(lock, std::chrono::milliseconds(10));
        }
        const int i = q.front();
        q.pop_front();
        return i;
    };
    auto push = [&](std::deque<int> &q, int i) {
        std::lock_guard<std::mutex> lock(m);
        q.push_back(i);
        cv.notify_all();
    };

    {
        Workers workers;
        workers.start(watch, [&] {
            // Inflater thread.
            GzipInflater inf;
            // Compressed bytes per read: the block size (1 MB unless a test
            // lowers it), at least 4 KB.
            const std::size_t inBlock = std::max<std::size_t>(t.blockBytes, 4096);
            std::vector<std::uint8_t> in(inBlock);
            const std::uint8_t *ip = in.data();
            std::size_t inLeft = 0;
            std::int64_t filePos = 0;
            bool inputEnded = false, inMember = true, finished = false;
            auto refill = [&] {
                if (inLeft > 0 || inputEnded)
                    return;
                const std::size_t got = file.readAt(filePos, reinterpret_cast<char *>(in.data()), inBlock);
                filePos += std::int64_t(got);
                ip = in.data();
                inLeft = got;
                if (got == 0)
                    inputEnded = true;
            };
            while (!finished) {
                const int ci = pop(freeQ);
                if (ci < 0)
                    return;
                Chunk &c = chunks[std::size_t(ci)];
                char *out = c.mem.get() + headRoom;
                std::size_t produced = 0;
                while (produced < t.blockBytes && !finished) {
                    refill();
                    if (!inMember) {
                        if (inLeft == 0 && inputEnded) {
                            finished = true;
                            break;
                        }
                        if (inLeft >= 2 && ip[0] == 0x1f && ip[1] == 0x8b) {
                            inf.reset();   // another gzip member follows
                            inMember = true;
                        } else {
                            outcome.trailingBytes = file.size() - (filePos - std::int64_t(inLeft));
                            finished = true;
                            break;
                        }
                    }
                    std::size_t n = 0;
                    const std::size_t before = inLeft;
                    const GzipInflater::Status st = inf.inflate(&ip, &inLeft, out + produced, t.blockBytes - produced, &n);
                    produced += n;
                    if (st == GzipInflater::Status::Error) {
                        outcome.damage = inf.error();
                        finished = true;
                    } else if (st == GzipInflater::Status::MemberEnd) {
                        inMember = false;
                    } else if (n == 0 && inLeft == before && inputEnded) {
                        outcome.truncated = true;   // no input left, member not finished
                        finished = true;
                    }
                    watch.done[0].store(filePos - std::int64_t(inLeft), std::memory_order_relaxed);
                }
                outcome.inflatedBytes += std::int64_t(produced);
                const std::int64_t consumed = std::max<std::int64_t>(1, filePos - std::int64_t(inLeft));
                if (outcome.inflatedBytes > t.inflateRatioFloorBytes
                    && double(outcome.inflatedBytes) > t.maxInflateRatio * double(consumed))
                    throw inputError(QStringLiteral("k6.gzip.ratio_too_high"), file.path(), 0,
                                     {{QStringLiteral("max_ratio"), qint64(t.maxInflateRatio)},
                                      {QStringLiteral("inflated_mb"), qint64(outcome.inflatedBytes >> 20)},
                                      {QStringLiteral("compressed_kb"), qint64(consumed >> 10)}});
                c.len = produced;
                c.last = finished;
                push(fullQ, ci);
            }
        });
        workers.start(watch, [&] {
            // Parser thread.
            std::vector<char> carry;
            carry.reserve(headRoom);
            std::int64_t abs = 0;
            for (;;) {
                const int ci = pop(fullQ);
                if (ci < 0)
                    return;
                Chunk &c = chunks[std::size_t(ci)];
                char *base = c.mem.get() + headRoom;
                std::memset(base + c.len, 0, kBlockPadding);
                char *d = base - carry.size();
                if (!carry.empty())
                    std::memcpy(d, carry.data(), carry.size());
                const std::size_t len = carry.size() + c.len;
                const std::size_t used = parser.parse(d, len, c.last, abs - std::int64_t(carry.size()));
                abs += std::int64_t(c.len);
                const bool last = c.last;
                if (len - used > t.maxLineBytes)
                    throw inputError(QStringLiteral("k6.internal.unconsumed_tail"), file.path(), 0,
                                     {{QStringLiteral("bytes"), qint64(len - used)}});
                carry.assign(d + used, d + len);
                push(freeQ, ci);
                if (last)
                    return;
            }
        });
        const bool cancelled = watch.waitAll(options, file.size());
        workers.join();
        if (cancelled)
            throw LoadCancelled {};
    }
    if (watch.error())
        std::rethrow_exception(watch.error());
    if (options.progress)
        options.progress(file.size(), file.size());
    return outcome;
}

} // namespace palier::k6
