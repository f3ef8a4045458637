// Findings about runs as a whole: duplicates, and the reasons a run is invalid
// (kinds "run.invalid.*", docs/grid-rules.md §8).
#include "words/finding_words.h"

#include <QtGlobal>

namespace palier {

namespace {

const Template kTemplates[] = {
    // One run per test.
    {"run.duplicate",
     QT_TRANSLATE_NOOP("palier::Findings", "one test reached at several paths, read as one run: %1"), "paths"},
    {"run.copies_differ",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "copies of this test differ (%1): the figures come from %2, the copy that is not damaged"),
     "paths,used"},
    {"series.gap",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "no rows for %1 s before this line (one is written every %2 s): the gap adds nothing to the "
                       "stage's duration"),
     "gap_s:0,step_s"},
    // The load generator.
    {"locust.cpu_warning",
     QT_TRANSLATE_NOOP("palier::Findings", "the load generator reported its CPU overloaded: \"%1\""), "message"},
    // Little's law per stage (docs/capacity.md).
    {"capacity.little_mismatch",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "at %1 users, throughput and response time imply %3 users (think time %4 s) where the "
                       "history shows %2: the load generator may not be driving the users it claims, or the think "
                       "time changed"),
     "users,avg_users:1,implied_users:1,think_s:2"},
    // Why a run is set aside (docs/grid-rules.md §8): damaged evidence.
    {"run.invalid.unreadable_file",
     QT_TRANSLATE_NOOP("palier::Findings", "invalid run: this file of the run cannot be used (%1)"), "problem"},
    {"run.invalid.truncated_stats",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "invalid run: no total row (Aggregated) at the end of this stats file: it was cut short"),
     ""},
    {"run.invalid.row_fields",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "invalid run: damaged row, %1 fields where the header has %2 (file cut short?)"),
     "fields,expected"},
    {"run.invalid.not_number",
     QT_TRANSLATE_NOOP("palier::Findings", "invalid run: \"%1\" in column \"%2\" is not a number"), "cell,column"},
    {"run.invalid.not_count",
     QT_TRANSLATE_NOOP("palier::Findings", "invalid run: \"%1\" in column \"%2\" is not a count"), "cell,column"},
    {"run.invalid.negative_latency",
     QT_TRANSLATE_NOOP("palier::Findings", "invalid run: negative response time %1 ms in column \"%2\""),
     "value,column"},
    {"run.invalid.nan_latency",
     QT_TRANSLATE_NOOP("palier::Findings", "invalid run: response time that is not a number in %1"), "metric"},
    {"run.invalid.failures_exceed_requests",
     QT_TRANSLATE_NOOP("palier::Findings", "invalid run: %1 failures for %2 requests (%3)"),
     "failures,requests,name"},
    {"run.invalid.time_backwards",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "invalid run: time goes backwards, from %1 (line %2) to %3"),
     "previous,previous_line,at"},
    {"run.invalid.conflicting_copies",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "invalid run: copies of this test disagree on their figures (%1), and none is known to be "
                       "damaged"),
     "paths"},
    {"run.invalid.duplicate_stage",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "invalid run: two file sets at %1 users in one run (%2): keep one, or open them as separate "
                       "runs"),
     "users,sets"},
    // Why a run is set aside: the client failed.
    {"run.invalid.test_code_errors",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "invalid run: the test script raised %1 exception(s) in the files of the run's first "
                       "requests (%2)"),
     "count,message"},
    {"run.invalid.generator_overloaded",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "invalid run: the load generator was overloaded at %1 users, at or below the target stage "
                       "(%2 users)"),
     "users,target"},
    {"run.invalid.generator_overloaded_unplaced",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "invalid run: the load generator was overloaded at a time no stage can be given"),
     ""},
    {"run.generator_overloaded_beyond_target",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the load generator was overloaded at %1 users, beyond the target stage (%2 users): that "
                       "stage is a saturation signal and is left out of the knee"),
     "users,target"},
};

} // namespace

TemplatePart runFindingTemplates()
{
    return {kTemplates, std::size(kTemplates)};
}

} // namespace palier
