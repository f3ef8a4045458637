// libFuzzer harness: k6 files written gzip-compressed (app/sources/k6/k6_input.h):
// the input is compressed here (so the stream is valid and the fuzzer works on
// the content), then sniffed and loaded as any k6 file: CSV, NDJSON or summary
// through the inflate thread of the pipeline. Damaged gzip streams are the
// k6_csv/k6_ndjson harnesses' (their seeds hold .gz files).
#include "fuzz_support.h"
#include "sources/k6/k6_files.h"

#include <zlib.h>

#include <vector>

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    z_stream z {};
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        abort();
    std::vector<std::uint8_t> out(deflateBound(&z, uLong(size)) + 32);
    z.next_in = const_cast<Bytef *>(data);
    z.avail_in = uInt(size);
    z.next_out = out.data();
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        abort();
    const std::size_t n = z.total_out;
    deflateEnd(&z);
    const QString path = fuzz::writeInput("results.gz", out.data(), n);
    k6::Tuning tuning;
    tuning.blockBytes = 512;
    tuning.maxLineBytes = 256;
    // Short series (10 min of 1-s points, 20 min of 10-s windows): a wild
    // timestamp takes the coarser-step path without filling 172 800 points.
    tuning.limits = {600, 120};
    fuzz::guarded([&] {
        if (k6::sniffFile(path) != k6::FileKind::Unknown)
            (void)k6::loadFile(path, QStringLiteral("fuzz"), {}, tuning);
    });
    return 0;
}
