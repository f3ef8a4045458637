// Findings of the grid profile reader and validator (kinds "profile.*",
// app/grid/profile_*.cpp). Most problems start with "%1", the place of the key
// at fault: a nested "profile.where.*" finding worded in place ("criteria[1]
// (p95_key): ", "window: "), or nothing for a top-level key.
#include "words/finding_words.h"

#include <QtGlobal>

namespace palier {

namespace {

const Template kTemplates[] = {
    // Where a key sits (the "where" parameter of the others).
    {"profile.where.criterion", QT_TRANSLATE_NOOP("palier::Findings", "criteria[%1] (%2): "), "index,id"},
    {"profile.where.criterion_index", QT_TRANSLATE_NOOP("palier::Findings", "criteria[%1]: "), "index"},
    {"profile.where.window", QT_TRANSLATE_NOOP("palier::Findings", "window: "), ""},
    // The file as a whole.
    {"profile.unreadable", QT_TRANSLATE_NOOP("palier::Findings", "cannot read the profile: %1"), "error"},
    {"profile.too_large",
     QT_TRANSLATE_NOOP("palier::Findings", "larger than %1 KB: not a Palier profile"), "max_kb"},
    {"profile.invalid_json", QT_TRANSLATE_NOOP("palier::Findings", "invalid JSON: %1"), "error"},
    {"profile.not_an_object",
     QT_TRANSLATE_NOOP("palier::Findings", "not a Palier profile: the document must be a JSON object"), ""},
    {"profile.invalid", QT_TRANSLATE_N_NOOP("palier::Findings", "%1 (and %n more problem(s): %2)"),
     "first,#more,others"},
    {"profile.missing_key.version",
     QT_TRANSLATE_NOOP("palier::Findings", "not a Palier profile: the \"palier_profile\" version key is missing"), ""},
    {"profile.newer_version",
     QT_TRANSLATE_NOOP("palier::Findings", "unsupported profile version %1 (this Palier reads version %2)"),
     "version,supported"},
    {"profile.unsupported_version",
     QT_TRANSLATE_NOOP("palier::Findings", "unsupported profile version %1 (this Palier reads version %2)"),
     "version,supported"},
    // The shape of the JSON: keys and value types.
    {"profile.unknown_key", QT_TRANSLATE_NOOP("palier::Findings", "%1unknown key \"%2\" (known: %3)"),
     "where,key,known"},
    {"profile.wrong_type.number", QT_TRANSLATE_NOOP("palier::Findings", "%1\"%2\" must be a number"), "where,key"},
    {"profile.wrong_type.whole_number", QT_TRANSLATE_NOOP("palier::Findings", "%1\"%2\" must be a whole number"),
     "where,key"},
    {"profile.wrong_type.string", QT_TRANSLATE_NOOP("palier::Findings", "%1\"%2\" must be a string"), "where,key"},
    {"profile.wrong_type.boolean", QT_TRANSLATE_NOOP("palier::Findings", "%1\"%2\" must be true or false"),
     "where,key"},
    {"profile.wrong_type.stage_plan",
     QT_TRANSLATE_NOOP("palier::Findings", "\"stage_plan\" must be a list of user counts, e.g. [5, 20, 50]"), ""},
    {"profile.wrong_type.window",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "\"window\" must be an object with size, consistency_min, duration_tolerance"), ""},
    {"profile.missing_key.criteria", QT_TRANSLATE_NOOP("palier::Findings", "the profile has no \"criteria\" list"),
     ""},
    {"profile.wrong_type.criteria", QT_TRANSLATE_NOOP("palier::Findings", "\"criteria\" must be a list of criteria"),
     ""},
    {"profile.wrong_type.criterion", QT_TRANSLATE_NOOP("palier::Findings", "criteria[%1] must be an object"), "index"},
    {"profile.missing_key.metric", QT_TRANSLATE_NOOP("palier::Findings", "%1\"metric\" is missing (one of: %2)"),
     "where,expected"},
    {"profile.unknown_metric", QT_TRANSLATE_NOOP("palier::Findings", "%1unknown metric \"%2\" (one of: %3)"),
     "where,value,expected"},
    {"profile.unknown_scope",
     QT_TRANSLATE_NOOP("palier::Findings", "%1unknown scope \"%2\" (one of: target, up_to_target, run)"),
     "where,value"},
    {"profile.missing_key.limit", QT_TRANSLATE_NOOP("palier::Findings", "%1\"%2\" limit is missing"), "where,key"},
    // The values: the profile as a whole.
    {"profile.empty_name", QT_TRANSLATE_NOOP("palier::Findings", "the profile needs a non-empty \"name\""), ""},
    {"profile.stage_plan_not_positive",
     QT_TRANSLATE_NOOP("palier::Findings", "stage_plan: user levels must be positive (found %1)"), "value"},
    {"profile.stage_plan_not_increasing",
     QT_TRANSLATE_NOOP("palier::Findings", "stage_plan: user levels must increase (%1 after %2)"), "value,previous"},
    {"profile.target_not_positive",
     QT_TRANSLATE_NOOP("palier::Findings", "target_users must be a positive number of users (found %1)"), "value"},
    {"profile.target_not_in_plan",
     QT_TRANSLATE_NOOP("palier::Findings", "target_users %1 is not one of the stage_plan levels"), "value"},
    {"profile.duration_not_positive",
     QT_TRANSLATE_NOOP("palier::Findings", "required_stage_duration_s must be a positive number of seconds"), ""},
    {"profile.warmup_negative",
     QT_TRANSLATE_NOOP("palier::Findings", "warmup_s must be zero or a positive number of seconds"), ""},
    {"profile.warmup_too_long",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "warmup_s (%1 s) must be shorter than required_stage_duration_s (%2 s)"),
     "value,required"},
    {"profile.window_size_too_small",
     QT_TRANSLATE_NOOP("palier::Findings", "window.size must be at least 1 (found %1)"), "value"},
    {"profile.consistency_out_of_range",
     QT_TRANSLATE_NOOP("palier::Findings", "window.consistency_min must be between 1 and window.size (found %1)"),
     "value"},
    {"profile.tolerance_out_of_range",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "window.duration_tolerance must be a fraction in [0, 1), e.g. 0.1 for ±10 %"), ""},
    {"profile.no_criteria", QT_TRANSLATE_NOOP("palier::Findings", "the profile has no criteria"), ""},
    // The values: one criterion.
    {"profile.bad_criterion_id",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1\"id\" must be a non-empty word of letters, digits, '_', '.' or '-'"), "where"},
    {"profile.duplicate_criterion_id",
     QT_TRANSLATE_NOOP("palier::Findings", "%1the id is used by another criterion"), "where"},
    {"profile.key_only_without_key",
     QT_TRANSLATE_NOOP("palier::Findings", "%1key_only needs a key_transaction in the profile"), "where"},
    {"profile.held_scope_not_target",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1target_stage_held is about the target stage; its scope must be \"target\""), "where"},
    {"profile.throughput_lower_is_better",
     QT_TRANSLATE_NOOP("palier::Findings", "%1throughput is better when higher; set \"higher_is_better\": true"),
     "where"},
    {"profile.metric_higher_is_better",
     QT_TRANSLATE_NOOP("palier::Findings", "%1%2 is better when lower; \"higher_is_better\" must be false"),
     "where,metric"},
    {"profile.limits_not_numbers",
     QT_TRANSLATE_NOOP("palier::Findings", "%1\"green\" and \"orange\" must be numbers, zero or more"), "where"},
    {"profile.green_above_orange",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1green limit %2 is above orange limit %3 (lower is better: green <= orange)"),
     "where,green,orange"},
    {"profile.green_below_orange",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1green limit %2 is below orange limit %3 (higher is better: green >= orange)"),
     "where,green,orange"},
    {"profile.limits_equal_strictness",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1with green equal to orange, green_strict and orange_strict must be equal"), "where"},
    {"profile.error_rate_above_100",
     QT_TRANSLATE_NOOP("palier::Findings", "%1an error rate is a percentage; orange %2 is above 100"),
     "where,value"},
};

} // namespace

TemplatePart profileFindingTemplates()
{
    return {kTemplates, std::size(kTemplates)};
}

} // namespace palier
