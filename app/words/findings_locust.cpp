// Findings of the Locust reader: its files, its known losses, how stages were
// read from them.
#include "words/finding_words.h"

#include <QtGlobal>

namespace palier {

namespace {

const Template kTemplates[] = {
    // Recognising files.
    {"locust.not_locust_csv",
     QT_TRANSLATE_NOOP("palier::Findings", "not a Locust CSV: header \"%1\" matches no Locust file"), "header"},
    {"locust.bad_header", QT_TRANSLATE_NOOP("palier::Findings", "not a Locust %1 header"), "file_kind"},
    {"locust.history_no_timestamp_column",
     QT_TRANSLATE_NOOP("palier::Findings", "not a Locust stats_history.csv header: no Timestamp or Name column"), ""},
    {"locust.stats_no_columns",
     QT_TRANSLATE_NOOP("palier::Findings", "not a Locust stats file: no Name or request count column"), ""},
    {"locust.no_files_in_set", QT_TRANSLATE_NOOP("palier::Findings", "no Locust files in this result set"), ""},
    // Rows.
    {"csv.row_fields",
     QT_TRANSLATE_NOOP("palier::Findings", "row has %1 fields where the header has %2: row skipped"),
     "fields,expected"},
    {"csv.cell_not_number",
     QT_TRANSLATE_NOOP("palier::Findings", "\"%1\" in column \"%2\" is not a number: row skipped"), "cell,column"},
    {"csv.cell_not_count",
     QT_TRANSLATE_NOOP("palier::Findings", "\"%1\" in column \"%2\" is not a count: row skipped"), "cell,column"},
    {"locust.history_no_timestamp", QT_TRANSLATE_NOOP("palier::Findings", "no Timestamp: row skipped"), ""},
    {"locust.second_aggregated",
     QT_TRANSLATE_NOOP("palier::Findings", "a second Aggregated row: the last one is used"), ""},
    // Missing files of a set.
    {"locust.no_distribution",
     QT_TRANSLATE_NOOP("palier::Findings", "no _distribution.csv beside it: percentiles unknown"), ""},
    {"locust.distribution_alone",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "a _distribution.csv without its _requests.csv: no request counts, file not used"), ""},
    {"locust.no_history", QT_TRANSLATE_NOOP("palier::Findings", "no stats_history.csv: stage times unknown"), ""},
    {"locust.no_history_users_from_name",
     QT_TRANSLATE_NOOP("palier::Findings", "no stats_history.csv: users from the name, stage times unknown"), ""},
    {"locust.no_stats_from_history",
     QT_TRANSLATE_NOOP("palier::Findings", "no stats.csv: whole-run figures taken from the last history row"), ""},
    {"locust.failures_only",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "no stats.csv nor stats_history.csv: no request figures, only the failures"), ""},
    // Known losses of the tool.
    {"locust.stats_lag",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "stats.csv is rewritten every second and not at exit: totals can miss Locust's last second"),
     ""},
    {"locust.history_flush_loss",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "history ends about %1 s before the last request stats.csv counted (Locust flushes it every "
                       "%2 s and not at exit)"),
     "missing_s,flush_s"},
    {"locust.history_stop_row",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "history ends on the stop row (User Count %1): the seconds after it are not recorded"),
     "users"},
    // Stages.
    {"locust.name_users_mismatch",
     QT_TRANSLATE_NOOP("palier::Findings", "the name says %1 users but the history holds %2: %2 used"),
     "name_users,history_users"},
    {"locust.stage_file_several_levels",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "this stage's history steps through several user counts: the stage is the level held "
                       "longest (%1 users)"),
     "users"},
    {"locust.no_user_count",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "no User Count in the history: users from the name, the plateau includes the ramp"), ""},
    {"locust.users_unknown_for_set",
     QT_TRANSLATE_NOOP("palier::Findings", "user level unknown for %1: not a stage of this run"), "set"},
    {"locust.users_unknown",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "user count unknown (no stats_history.csv with User Count, none in the name): whole-run "
                       "figures only, no stages"),
     ""},
    {"locust.level_held_longest",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "no plateau at one user count: the stage is the level held longest (%1 users for %2 s)"),
     "users,duration_s"},
    {"locust.cumulative_percentiles",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "history percentiles are cumulative since the start (no --csv-full-history): stage "
                       "percentiles are unknown; counts, rates and averages are exact"),
     ""},
    {"locust.estimated_percentiles",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "stage percentiles are estimates: the median of the history's 10 s windows"), ""},
    // The test itself.
    {"locust.exception", QT_TRANSLATE_NOOP("palier::Findings", "the locustfile raised %1 × %2"), "count,message"},
    {"locust.exceptions_more",
     QT_TRANSLATE_NOOP("palier::Findings", "%1 more kinds of exceptions in the locustfile"), "count"},
};

} // namespace

TemplatePart locustFindingTemplates()
{
    return {kTemplates, std::size(kTemplates)};
}

} // namespace palier
