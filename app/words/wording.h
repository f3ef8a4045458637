// Words from data: a sentence template per kind, filled with the named
// parameters of a finding or a reason, in a given language. The one place the
// core's typed results become text (docs/i18n.md).
//
// A template is English source text with %1, %2… and an ordered list of the
// parameter names that fill them. The list is part of the template, not of the
// finding, so a finding's parameters are free to grow without breaking a
// sentence. Parameter specs:
//   "name"     integers as integers, doubles in their shortest form, strings as
//              they are, string lists joined with ", "
//   "name:2"   a number with exactly two decimals (any digit 0–6)
//   "#name"    the plural count: the template uses %n and picks its plural form
// Numbers take the language's decimal mark. A parameter whose value is a nested
// finding ({"kind", "params"}, model/finding.h nestedFinding) is worded in
// place, and a list of nested findings is worded item by item, joined by "; ".
#pragma once

#include "i18n/language.h"
#include "model/finding.h"

namespace palier {

struct Template {
    const char *kind;
    const char *text;     // English; marked QT_TRANSLATE_NOOP(context, …) where it is defined
    const char *params;   // comma-separated specs, in %1, %2… order ("" for none)
};

// Fills `t` for `params` in `lang`, translating its text in `context`.
QString fillTemplate(const char *context, const Template &t, const Params &params, const Language &lang);

// One parameter value formatted for `lang`; `decimals` < 0 means "natural".
QString formatParam(const QVariant &value, int decimals, const Language &lang);

// A set of templates looked up by kind.
class TemplateTable {
public:
    TemplateTable(const char *context, std::initializer_list<std::pair<const Template *, std::size_t>> parts);
    const Template *find(const QString &kind) const;
    QStringList kinds() const;
    // The sentence of `kind`, or, for a kind with no template (a bug, caught by
    // the tests), the kind and its parameters so nothing is silently lost.
    QString word(const QString &kind, const Params &params, const Language &lang) const;

private:
    const char *m_context;
    QList<const Template *> m_templates;
};

} // namespace palier
