// libFuzzer harness: Locust's stats_history file (app/sources/locust/history_file.h):
// the full reader, the quick user-count scan and the conversions the run
// builder applies to what it returns.
#include "fuzz_support.h"
#include "sources/locust/history_file.h"

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeInput("run_stats_history.csv", data, size);
    QList<Finding> warnings;
    locust::ReadContext ctx;
    ctx.warnings = &warnings;
    fuzz::guarded([&] {
        const locust::HistoryFile file = locust::readHistoryFile(path, ctx);
        (void)locust::userSamples(file);
        for (const locust::HistoryRow &row : file.aggregated) {
            (void)locust::toTimePoint(file, row);
            (void)file.pct(row, 0.95);
        }
    });
    fuzz::guarded([&] { (void)locust::scanUserCounts(path); });
    return 0;
}
