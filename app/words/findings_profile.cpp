// Findings of the grid profile reader (JSON).
#include "words/finding_words.h"

#include <QtGlobal>

namespace palier {

namespace {

const Template kTemplates[] = {
    {"profile.placeholder", QT_TRANSLATE_NOOP("palier::Findings", "%1"), "text"},
};

} // namespace

TemplatePart profileFindingTemplates()
{
    return {kTemplates, std::size(kTemplates)};
}

} // namespace palier
