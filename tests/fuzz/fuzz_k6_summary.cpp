// libFuzzer harness: the k6 summary reader (--summary-export and handleSummary's
// data, app/sources/k6/k6_summary.cpp through loadSummaryFile), and the content
// sniffing that decides a JSON file is a summary.
#include "fuzz_support.h"
#include "sources/k6/k6_files.h"

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeInput("summary.json", data, size);
    fuzz::guarded([&] { (void)k6::sniffFile(path); });
    fuzz::guarded([&] { (void)k6::loadSummaryFile(path, QStringLiteral("fuzz"), {}); });
    return 0;
}
