// libFuzzer harness: Locust's stats file (app/sources/locust/stats_file.h),
// every generation from 0.x "Method,Name,# requests" to 2.x "Type,Name,…".
#include "fuzz_support.h"
#include "sources/locust/stats_file.h"

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeInput("run_stats.csv", data, size);
    QList<Finding> warnings;
    locust::ReadContext ctx;
    ctx.warnings = &warnings;
    fuzz::guarded([&] { (void)locust::readStatsFile(path, ctx); });
    return 0;
}
