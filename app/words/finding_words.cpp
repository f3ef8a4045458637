#include "words/finding_words.h"

#include <QDir>

namespace palier {

const TemplateTable &findingTemplates()
{
    static const TemplateTable table = [] {
        const TemplatePart io = ioFindingTemplates(), locust = locustFindingTemplates(), k6 = k6FindingTemplates(),
                           run = runFindingTemplates(), profile = profileFindingTemplates(),
                           events = eventsFindingTemplates();
        return TemplateTable("palier::Findings", {{io.first, io.count},
                                                  {locust.first, locust.count},
                                                  {k6.first, k6.count},
                                                  {run.first, run.count},
                                                  {profile.first, profile.count},
                                                  {events.first, events.count}});
    }();
    return table;
}

QString wordFinding(const Finding &f, const Language &lang)
{
    QString text = findingTemplates().word(f.kind, f.params, lang);
    // A finding about a file that loading then left aside (another file of the
    // folder could still be read) says so.
    if (f.params.value(QStringLiteral("skipped")).toBool())
        text += lang.translate("palier::Findings", ": file skipped");
    return text;
}

QString findingLine(const Finding &f, const Language &lang)
{
    const QString message = wordFinding(f, lang);
    const QString where = QDir::toNativeSeparators(f.file);
    if (where.isEmpty())
        return message;
    if (f.line > 0)
        return QStringLiteral("%1:%2: %3").arg(where).arg(f.line).arg(message);
    return QStringLiteral("%1: %2").arg(where, message);
}

} // namespace palier
