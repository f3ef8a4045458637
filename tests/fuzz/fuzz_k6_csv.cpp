// libFuzzer harness: the k6 `--out csv` reader (app/sources/k6/k6_csv.h through
// loadCsvFile). Small blocks and a small line cap so short inputs cross block
// boundaries, hit the cap and take the two-range split of plain files; input
// starting 1f 8b takes the gzip path (k6_input.h) with a damaged stream.
#include "fuzz_support.h"
#include "sources/k6/k6_files.h"

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeInput("results.csv", data, size);
    k6::Tuning tuning;
    tuning.blockBytes = 512;
    tuning.maxLineBytes = 256;
    // Short series (10 min of 1-s points, 20 min of 10-s windows): a wild
    // timestamp takes the coarser-step path without filling 172 800 points.
    tuning.limits = {600, 120};
    tuning.splitMinBytes = 1024;
    fuzz::guarded([&] { (void)k6::loadCsvFile(path, QStringLiteral("fuzz"), {}, tuning); });
    return 0;
}
