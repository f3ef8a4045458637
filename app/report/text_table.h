// One table, two renderings: aligned plain text for a terminal and GitHub
// Markdown for documents. Keeps `analyze --format text|md` from duplicating
// its layout code.
#pragma once

#include <QList>
#include <QStringList>

namespace palier {

struct TextTable {
    QStringList header;
    QList<bool> rightAligned;      // per column; missing = left
    QList<QStringList> rows;

    QString toText() const;
    QString toMarkdown() const;
};

} // namespace palier
