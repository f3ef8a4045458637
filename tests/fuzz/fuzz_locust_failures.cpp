// libFuzzer harness: Locust's failures and exceptions files
// (app/sources/locust/failures_file.h). The same bytes go to both readers, and
// the failures are merged into themselves as two stages' lists would be.
#include "fuzz_support.h"
#include "sources/locust/failures_file.h"

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeInput("run_failures.csv", data, size);
    QList<Finding> warnings;
    locust::ReadContext ctx;
    ctx.warnings = &warnings;
    fuzz::guarded([&] {
        locust::FailuresFile f = locust::readFailuresFile(path, ctx);
        QList<ErrorEntry> merged = f.errors;
        locust::mergeErrors(merged, f.errors);
    });
    fuzz::guarded([&] { (void)locust::readExceptionsFile(path, ctx); });
    return 0;
}
