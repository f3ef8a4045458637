// Findings of the monitoring events file reader (db/events_file.h): a CSV
// export of the table read instead of the live database.
#include "words/finding_words.h"

#include <QtGlobal>

namespace palier {

namespace {

const Template kTemplates[] = {
    {"events.missing_column",
     QT_TRANSLATE_NOOP("palier::Findings", "no column '%1' in this export (columns: %2); name it with --column"),
     "column,columns"},
    {"events.wrong_field_count",
     QT_TRANSLATE_NOOP("palier::Findings", "%2 fields where the header has %1: not a CSV export of one table"),
     "expected,found"},
    {"events.bad_time",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1 '%2' is not a PostgreSQL ISO time (export with DateStyle ISO, the default)"),
     "column,value"},
    {"events.infinite_time",
     QT_TRANSLATE_NOOP("palier::Findings", "%1 is '%2': an infinite time cannot be placed in an hour"),
     "column,value"},
    {"events.mixed_time_kinds",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1 '%2' has no UTC offset where earlier rows have one (or the reverse): one column holds one type"),
     "column,value"},
    {"events.bad_duration",
     QT_TRANSLATE_NOOP("palier::Findings", "%1 '%2' is not a number PostgreSQL prints (or has more than 18 digits)"),
     "column,value"},
    {"events.not_integer_duration",
     QT_TRANSLATE_NOOP("palier::Findings", "%1 '%2' is not a whole number, but --duration-type integer was given"),
     "column,value"},
    {"events.value_out_of_range",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1 is not a whole number in range (a NaN or infinite duration): the seed's SQL fails here too"),
     "figure"},
    {"events.gzip_ratio_too_high",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the gzip data inflates more than %1 times (%2 MB from %3 KB): a decompression bomb, not a table export"),
     "max_ratio,inflated_mb,compressed_kb"},
    {"server.no_extra_traffic",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "run %1: the monitoring table logged no more searches during the run than just before it "
                       "(%3 more where the load generator sent %2): the clocks or the logging disagree"),
     "run,client,extra"},
    {"server.no_events",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "run %1: the monitoring data holds no event during the run nor just before it: no comparison "
                       "with the server"),
     "run"},
    {"server.volume_mismatch",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1 users: the server logged %3 searches/s more than before the run where the load generator "
                       "sent %2/s, beyond the %4/s that counting noise and the stage's edges explain"),
     "users,client_per_s,server_per_s,tolerance_per_s"},
};

} // namespace

TemplatePart eventsFindingTemplates()
{
    return {kTemplates, std::size(kTemplates)};
}

} // namespace palier
