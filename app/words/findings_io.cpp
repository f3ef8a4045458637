// Findings of the CSV reader, of file access and of loading (discovery of
// result files in folders).
#include "words/finding_words.h"

#include <QtGlobal>

namespace palier {

namespace {

const Template kTemplates[] = {
    {"csv.encoding_gbk",
     QT_TRANSLATE_NOOP("palier::Findings", "not UTF-8: text decoded as GB18030/GBK (Chinese Windows locale)"), ""},
    {"csv.encoding_latin1",
     QT_TRANSLATE_NOOP("palier::Findings", "not UTF-8: names decoded as Latin-1 and may show wrong characters"), ""},
    {"csv.encoding_gbk_from",
     QT_TRANSLATE_NOOP("palier::Findings", "text is not valid UTF-8 from here: decoded as GB18030/GBK"), ""},
    {"csv.encoding_latin1_from",
     QT_TRANSLATE_NOOP("palier::Findings", "text is not valid UTF-8 from here: decoded as Latin-1"), ""},
    {"csv.encoding_utf16",
     QT_TRANSLATE_NOOP("palier::Findings", "text encoded as UTF-16 (%1): decoded"), "byte_order"},
    {"csv.unclosed_quote",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the file ends inside a quoted field opened on this line (truncated file?)"), ""},
    {"csv.binary", QT_TRANSLATE_NOOP("palier::Findings", "binary data (NUL byte): not a text CSV file"), ""},
    {"csv.record_too_long",
     QT_TRANSLATE_NOOP("palier::Findings", "record longer than %1 MB (unterminated quote or not a CSV file)"),
     "max_mb"},
    {"csv.too_many_fields",
     QT_TRANSLATE_NOOP("palier::Findings", "record with more than %1 fields (not a load-test CSV file)"), "max"},
    {"file.unreadable", QT_TRANSLATE_NOOP("palier::Findings", "cannot be read: %1"), "error"},
    {"file.empty", QT_TRANSLATE_NOOP("palier::Findings", "empty file: no CSV header"), ""},
    {"load.not_result_file", QT_TRANSLATE_NOOP("palier::Findings", "not a Locust or k6 result file"), ""},
    {"load.no_such_path", QT_TRANSLATE_NOOP("palier::Findings", "no such file, folder or result prefix"), ""},
    {"load.nothing_found", QT_TRANSLATE_NOOP("palier::Findings", "no Locust or k6 result files found"), ""},
    {"load.too_many_files",
     QT_TRANSLATE_NOOP("palier::Findings", "folder holds more than %1 files: name the run folders instead"), "max"},
    {"load.too_many_folders",
     QT_TRANSLATE_NOOP("palier::Findings", "more than %1 folders below this one: name the run folders instead"),
     "max"},
    {"load.no_reader", QT_TRANSLATE_NOOP("palier::Findings", "no reader for this result set"), ""},
    {"report.unknown_language", QT_TRANSLATE_NOOP("palier::Findings", "unknown report language '%1' (fr or en)"),
     "lang"},
    {"report.bad_week",
     QT_TRANSLATE_NOOP("palier::Findings", "invalid --week '%1': expected YYYY-Www, e.g. 2026-W47"), "week"},
};

} // namespace

TemplatePart ioFindingTemplates()
{
    return {kTemplates, std::size(kTemplates)};
}

} // namespace palier
