// Reading the cells of one data row, remembering the first problem as a typed
// finding "FILE:LINE: what".
//
// What a bad row means depends on the file: in the files the grid's figures come
// from (stats.csv, stats_history.csv) a row that cannot be read is damaged
// evidence and sets the run aside (docs/grid-rules.md §8: damaged files, non-numeric
// counts); in failures.csv and exceptions.csv the row is skipped with a warning.
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
        if (got < want || (got > want && !extraEmpty)) {
            m_kind = QStringLiteral("row_fields");
            m_params = {{QStringLiteral("fields"), qint64(got)}, {QStringLiteral("expected"), qint64(want)}};
        }
    }

    bool ok() const { return m_kind.isEmpty(); }

    QString text(int column) const { return column >= 0 ? m_file.cell(column) : QString(); }

    // NaN for a missing column, an empty cell or N/A.
    double number(int column)
    {
        double v = kNaN;
        if (column < 0)
            return v;
        if (!parseCsvNumber(m_file.cell(column), &v)) {
            note(column, QStringLiteral("not_number"));
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
            note(column, QStringLiteral("not_count"));
            return 0;
        }
        return v;
    }

    // A value that cannot be: a negative latency, more failures than requests.
    void impossible(const QString &kind, const Params &params)
    {
        if (m_kind.isEmpty()) {
            m_kind = kind;
            m_params = params;
        }
    }

    // Rows of failures.csv / exceptions.csv: a bad row is skipped with a warning.
    bool accept(const ReadContext &ctx) const
    {
        if (ok())
            return true;
        ctx.warn(QStringLiteral("csv.") + skippedKind(), m_file.path(), m_file.line(), m_params);
        return false;
    }

    // Rows of stats.csv / stats_history.csv: a bad row makes the run invalid.
    bool acceptOrInvalidate(const ReadContext &ctx) const
    {
        if (ok())
            return true;
        ctx.add(Finding::error(QStringLiteral("run.invalid.") + m_kind, m_file.path(), m_file.line(), m_params));
        return false;
    }

private:
    QString skippedKind() const
    {
        if (m_kind == u"not_number")
            return QStringLiteral("cell_not_number");
        if (m_kind == u"not_count")
            return QStringLiteral("cell_not_count");
        return m_kind;   // row_fields, or an impossible value
    }

    void note(int column, const QString &kind)
    {
        if (!m_kind.isEmpty())
            return;
        QString cell = m_file.cell(column);
        if (cell.size() > 40)
            cell = cell.left(37) + QStringLiteral("…");
        m_kind = kind;
        m_params = {{QStringLiteral("cell"), cell}, {QStringLiteral("column"), m_file.header().names().value(column)}};
    }

    CsvFile &m_file;
    QString m_kind;    // empty: the row is fine
    Params m_params;
};

} // namespace palier::locust
