// Findings of the k6 readers (CSV, NDJSON, summary exports).
#include "words/finding_words.h"

#include <QtGlobal>

namespace palier {

namespace {

const Template kTemplates[] = {
    {"k6.placeholder", QT_TRANSLATE_NOOP("palier::Findings", "%1"), "text"},
};

} // namespace

TemplatePart k6FindingTemplates()
{
    return {kTemplates, std::size(kTemplates)};
}

} // namespace palier
