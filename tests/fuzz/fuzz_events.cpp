// libFuzzer harness: the monitoring events export reader (app/db/events_file.h)
// and the views computed from what it read (app/db/events_views.h), plain or
// gzip (the reader recognises gzip by its first bytes), in a zone with DST
// changes so that slot resolution runs too.
#include "fuzz_support.h"
#include "db/events_views.h"

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeInput("events.csv", data, size);
    fuzz::guarded([&] {
        EventsReadOptions ro;
        const EventLog log = readEventsCsv(path, ro);
        static const QTimeZone paris("Europe/Paris");
        ViewRequest r;
        (void)computeMonitoringViews(log, r, eventsClock(log, paris, QStringLiteral("Europe/Paris"), std::nullopt));
        r.days = 1;
        r.hours = 3;
        (void)computeMonitoringViews(log, r, eventsClock(log, QTimeZone::utc(), QStringLiteral("UTC"), std::nullopt));
    });
    return 0;
}
