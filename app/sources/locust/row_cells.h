// Reading the cells of one data row, remembering the first problem so the row
// can be skipped with one warning "FILE:LINE: what" and the rest loaded.
#pragma once

#include "sources/locust/read_context.h"

#include <cmath>

namespace palier::locust {

class RowCells {
public:
    explicit RowCells(CsvFile &file) : m_file(file)
    {
        const qsizetype want = file.header().names().size();
        const qsizetype got = file.size();
        bool extraEmpty = got > want;
        for (qsizetype i = want; i < got && extraEmpty; ++i)
            extraEmpty = file.cell(int(i)).trimmed().isEmpty();
        if (got < want || (got > want && !extraEmpty))
            m_problem = tr("row has %1 fields where the header has %2").arg(got).arg(want);
    }

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

    QString text(int column) const { return column >= 0 ? m_file.cell(column) : QString(); }

    // NaN for a missing column, an empty cell or N/A.
    double number(int column)
    {
        double v = kNaN;
        if (column < 0)
            return v;
        if (!parseCsvNumber(m_file.cell(column), &v)) {
            note(column, tr("a number"));
            return kNaN;
        }
        return v;
    }

    // 0 (and a problem) when the cell is not a whole count; 0 for a missing column.
    qint64 count(int column)
    {
        qint64 v = 0;
        if (column < 0)
            return 0;
        if (!parseCsvCount(m_file.cell(column), &v)) {
            note(column, tr("a count"));
            return 0;
        }
        return v;
    }

    // Warns about the row (once) when it had a problem; returns true when usable.
    bool accept(const ReadContext &ctx) const
    {
        if (ok())
            return true;
        ctx.warn(m_file.path(), m_file.line(), m_problem + tr(": row skipped"));
        return false;
    }

private:
    void note(int column, const QString &what)
    {
        if (!m_problem.isEmpty())
            return;
        QString cell = m_file.cell(column);
        if (cell.size() > 40)
            cell = cell.left(37) + QStringLiteral("…");
        m_problem = tr("\"%1\" in column \"%2\" is not %3")
                        .arg(cell, m_file.header().names().value(column), what);
    }

    CsvFile &m_file;
    QString m_problem;
};

} // namespace palier::locust
