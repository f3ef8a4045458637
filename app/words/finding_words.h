// Findings in words: every finding kind the readers, loading and the grid can
// produce has one sentence template here (tables in findings_*.cpp, one per
// area), worded in the language asked for. Tests check that every kind the
// code emits has a template (tests/app/tst_words.cpp).
#pragma once

#include "words/wording.h"

namespace palier {

// The sentence of a finding, e.g. "history ends about 9 s before the last
// request stats.csv counted (Locust flushes it every 10 s and not at exit)".
QString wordFinding(const Finding &f, const Language &lang);
// "FILE:LINE: sentence" (or "FILE: sentence", or the sentence alone).
QString findingLine(const Finding &f, const Language &lang);

// The table behind wordFinding (for the tests and the docs).
const TemplateTable &findingTemplates();

// Per-area parts of the table.
struct TemplatePart {
    const Template *first;
    std::size_t count;
};
TemplatePart ioFindingTemplates();
TemplatePart locustFindingTemplates();
TemplatePart k6FindingTemplates();
TemplatePart runFindingTemplates();
TemplatePart profileFindingTemplates();
TemplatePart eventsFindingTemplates();

} // namespace palier
