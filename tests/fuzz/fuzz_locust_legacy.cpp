// libFuzzer harness: the Locust ≤ 0.x pair requests.csv + distribution.csv
// (readLegacyStats, app/sources/locust/stats_file.h). The input is the
// requests file, a 0x1E byte, then the distribution file.
#include "fuzz_support.h"
#include "sources/locust/stats_file.h"

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto [requests, distribution] = fuzz::splitInput(data, size);
    const QString rp = fuzz::writeInput("run_requests.csv", reinterpret_cast<const std::uint8_t *>(requests.constData()),
                                        std::size_t(requests.size()));
    const QString dp = fuzz::writeInput("run_distribution.csv",
                                        reinterpret_cast<const std::uint8_t *>(distribution.constData()),
                                        std::size_t(distribution.size()));
    QList<Finding> warnings;
    locust::ReadContext ctx;
    ctx.warnings = &warnings;
    fuzz::guarded([&] { (void)locust::readLegacyStats(rp, dp, ctx); });
    fuzz::guarded([&] { (void)locust::readLegacyStats(rp, QString(), ctx); });
    return 0;
}
