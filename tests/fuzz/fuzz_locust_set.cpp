// libFuzzer harness: a whole Locust result set through the public entry point
// (loadRuns, app/sources/load.h): claiming, reading and building the run. The
// input holds up to four files separated by 0x1E bytes: stats, stats_history,
// failures, exceptions (an absent part: no such file).
#include "fuzz_support.h"

#include <QDir>
#include <QFile>

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const char *const names[] = {"set/run_stats.csv", "set/run_stats_history.csv", "set/run_failures.csv",
                                        "set/run_exceptions.csv"};
    static const QString dir = [] {
        const QString d = QString::fromStdString(fuzz::tempDir()) + QStringLiteral("/set");
        QDir().mkpath(d);
        return d;
    }();
    const std::uint8_t *p = data;
    std::size_t left = size;
    bool more = true;
    for (const char *name : names) {
        if (!more) {
            QFile::remove(QString::fromStdString(fuzz::tempDir() + "/" + name));
            continue;
        }
        const auto *sep = static_cast<const std::uint8_t *>(memchr(p, 0x1E, left));
        const std::size_t n = sep ? std::size_t(sep - p) : left;
        fuzz::writeInput(name, p, n);
        more = sep != nullptr;
        if (sep) {
            p = sep + 1;
            left -= n + 1;
        }
    }
    fuzz::guarded([&] { (void)loadRuns({dir}); });
    return 0;
}
