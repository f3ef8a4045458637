// libFuzzer harness: the RFC 4180 CSV reader (app/io/csv_reader.h), from memory
// and through a device (the path Locust files take), plus the number parsers
// and the header lookup that every Locust reader applies to its cells.
#include "fuzz_support.h"
#include "io/csv_reader.h"

#include <QBuffer>

using namespace palier;

namespace {

void readAll(CsvReader &reader)
{
    CsvHeader header;
    bool first = true;
    while (reader.next()) {
        if (first) {
            header = CsvHeader(reader.fields());
            (void)header.indexOfAny({QLatin1StringView("Name"), QLatin1StringView("Request Count")});
            first = false;
        }
        for (const QString &cell : reader.fields()) {
            double d;
            qint64 n;
            (void)parseCsvNumber(cell, &d);
            (void)parseCsvCount(cell, &n);
        }
        (void)reader.line();
        (void)reader.bytesRead();
    }
    (void)reader.takeWarnings();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::guarded([&] {
        CsvReader reader(bytes, QStringLiteral("fuzz.csv"));
        readAll(reader);
    });
    fuzz::guarded([&] {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
        readAll(reader);
    });
    (void)utf16Encoding(bytes);
    return 0;
}
