#include "report/text_table.h"

#include <algorithm>

namespace palier {

namespace {
bool right(const TextTable &t, qsizetype col) { return col < t.rightAligned.size() && t.rightAligned.at(col); }
}

QString TextTable::toText() const
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header.at(c).size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    auto renderRow = [&](const QStringList &row) -> QString {
        QStringList cells;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = c < row.size() ? row.at(c) : QString();
            cells.append(right(*this, c) ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line + QLatin1Char('\n');
    };
    QString out = renderRow(header);
    QStringList rules;
    for (qsizetype w : widths)
        rules.append(QString(w, QLatin1Char('-')));
    out += rules.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        out += renderRow(row);
    return out;
}

QString TextTable::toMarkdown() const
{
    auto escape = [](QString cell) -> QString { return cell.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    QString out = QStringLiteral("|");
    for (const QString &h : header)
        out += QLatin1Char(' ') + escape(h) + QStringLiteral(" |");
    out += QStringLiteral("\n|");
    for (qsizetype c = 0; c < header.size(); ++c)
        out += right(*this, c) ? QStringLiteral("---:|") : QStringLiteral("---|");
    out += QLatin1Char('\n');
    for (const QStringList &row : rows) {
        out += QLatin1Char('|');
        for (qsizetype c = 0; c < header.size(); ++c)
            out += QLatin1Char(' ') + escape(c < row.size() ? row.at(c) : QString()) + QStringLiteral(" |");
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace palier
