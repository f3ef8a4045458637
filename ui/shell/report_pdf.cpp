#include "shell/report_pdf.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace palier::ui {

namespace {

constexpr int kResolution = 1200;   // device units per inch: fine enough that measured and drawn text agree

// One unbreakable piece of inline content: a word (or the part of a word in
// one style), or a chip. Pieces glued without a space make one word.
struct Atom {
    ReportSpan::Kind kind = ReportSpan::Kind::Text;
    QString text;
    ReportChip chip;
    QFont font;
    double width = 0;
    bool spaceBefore = false;
};

struct PlacedAtom {
    Atom atom;
    double x = 0;
};

struct LaidLine {
    QList<PlacedAtom> atoms;
    double width = 0;
    PdfLayout::Line data;
};

struct Fonts {
    QFont body, bold, mono, title, heading, subheading, verdict, table, tableBold, tableMono, caption;
};

class Layouter {
public:
    Layouter(QPdfWriter &writer, PdfLayout &layout)
        : m_writer(writer), m_layout(layout)
    {
        m_layout.resolution = kResolution;
        const QString sans = ReportPdf::fontFamily();
        auto font = [&](const QString &family, double pt, bool bold) {
            QFont f(family);
            f.setPointSizeF(pt);
            f.setBold(bold);
            // No hinting: widths measured are the widths drawn, at any resolution.
            f.setHintingPreference(QFont::PreferNoHinting);
            f.setStyleStrategy(QFont::PreferOutline);
            // A letter spacing of 1/64 device unit (0.0005 mm, invisible) turns
            // Qt's ligatures off: "fi" stays two letters, so text copied or
            // searched in the PDF is the report's text.
            f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
            return f;
        };
        m_fonts.body = font(sans, 9.5, false);
        m_fonts.bold = font(sans, 9.5, true);
        m_fonts.mono = font(ReportPdf::monoFontFamily(), 8.5, false);
        m_fonts.title = font(sans, 17, true);
        m_fonts.heading = font(sans, 13, true);
        m_fonts.subheading = font(sans, 10.5, true);
        m_fonts.verdict = font(sans, 12, false);
        m_fonts.table = font(sans, 8, false);
        m_fonts.tableBold = font(sans, 8, true);
        m_fonts.tableMono = font(ReportPdf::monoFontFamily(), 7.5, false);
        m_fonts.caption = font(sans, 8.5, false);
        m_width = m_writer.width();
        // The last 8 mm of the page carry the page number.
        m_bottom = m_writer.height() - mm(8);
        m_layout.contentHeight = m_bottom;
        m_painter.begin(&m_writer);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
        m_layout.pages = 1;
    }

    bool ok() const { return m_painter.isActive(); }

    void finish()
    {
        drawPageNumber();
        m_painter.end();
    }

    void block(const ReportBlock &b, const ReportBlock *next)
    {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            text(b.spans, m_fonts.title, m_fonts.title, 0, mm(1), mm(3));
            break;
        case ReportBlock::Kind::Verdict:
            text(b.spans, m_fonts.verdict, m_fonts.verdict, 0, 0, mm(3));
            break;
        case ReportBlock::Kind::Heading:
            keepWithNext(m_fonts.heading, next);
            text(b.spans, m_fonts.heading, m_fonts.heading, 0, mm(5), mm(2));
            break;
        case ReportBlock::Kind::Subheading:
            keepWithNext(m_fonts.subheading, next);
            text(b.spans, m_fonts.subheading, m_fonts.subheading, 0, mm(3), mm(1.5));
            break;
        case ReportBlock::Kind::Paragraph:
            text(b.spans, m_fonts.body, m_fonts.mono, 0, 0, mm(2));
            break;
        case ReportBlock::Kind::ListItem:
            text(b.spans, m_fonts.body, m_fonts.mono, mm(4.5), 0, mm(1.2), /*bullet=*/true);
            break;
        case ReportBlock::Kind::Table:
            table(b);
            break;
        case ReportBlock::Kind::Image:
            image(b);
            break;
        }
    }

private:
    double mm(double v) const { return v * kResolution / 25.4; }

    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_writer); }

    void newPage()
    {
        drawPageNumber();
        m_writer.newPage();
        m_y = 0;
        ++m_page;
        m_layout.pages = m_page + 1;
    }

    void drawPageNumber()
    {
        m_painter.setFont(m_fonts.caption);
        m_painter.setPen(QColor(0x60, 0x60, 0x60));
        const QRectF footer(0, m_bottom + mm(3), m_width, mm(5));
        m_painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(m_page + 1));
        m_painter.setPen(Qt::black);
    }

    // A heading never ends a page: it goes with what follows (a few lines,
    // a table's header and first row, or the chart it introduces).
    void keepWithNext(const QFont &headingFont, const ReportBlock *next)
    {
        double need = metrics(headingFont).lineSpacing() + mm(7) + 3 * metrics(m_fonts.body).lineSpacing();
        if (next && next->kind == ReportBlock::Kind::Image && !next->image.isNull())
            need += mm(next->imageWidthMm) * next->image.height() / next->image.width();
        if (m_y > 0 && m_y + need > m_bottom)
            newPage();
    }

    QList<Atom> atoms(const ReportInline &spans, const QFont &font, const QFont &mono) const
    {
        QList<Atom> out;
        bool pendingSpace = false;
        for (const ReportSpan &s : spans) {
            if (s.kind == ReportSpan::Kind::Chip) {
                Atom a;
                a.kind = s.kind;
                a.chip = s.chip;
                a.font = chipFont(font);
                a.width = metrics(a.font).horizontalAdvance(s.chip.word) + 2 * chipPadding(font);
                a.spaceBefore = pendingSpace;
                pendingSpace = false;
                out.append(a);
                continue;
            }
            const QFont &f = s.kind == ReportSpan::Kind::Code ? mono : font;
            const QStringList words = s.text.split(QLatin1Char(' '));
            for (qsizetype i = 0; i < words.size(); ++i) {
                if (i > 0)
                    pendingSpace = true;
                if (words.at(i).isEmpty())
                    continue;
                Atom a;
                a.kind = s.kind;
                a.text = words.at(i);
                a.font = f;
                a.width = metrics(f).horizontalAdvance(a.text);
                a.spaceBefore = pendingSpace;
                pendingSpace = false;
                out.append(a);
            }
        }
        return out;
    }

    static QFont chipFont(const QFont &base)
    {
        QFont f = base;
        f.setBold(true);
        f.setPointSizeF(base.pointSizeF() * 0.9);
        return f;
    }
    double chipPadding(const QFont &base) const { return mm(0.45 * base.pointSizeF() / 9.5 * 2); }

    // Greedy wrapping at spaces. A word (atoms glued together) that does not
    // fit goes to the next line; only a word wider than the whole width is
    // cut, at the last character that fits.
    QList<LaidLine> wrap(const QList<Atom> &in, const QFont &font, double width)
    {
        QList<LaidLine> lines(1);
        const double space = metrics(font).horizontalAdvance(QLatin1Char(' '));
        PdfLayout::Wrap record;
        record.width = width;
        auto endLine = [&](PdfLayout::Line::End end, double wordWidth = 0) {
            lines.last().data.end = end;
            lines.last().data.wordWidth = wordWidth;
            lines.append(LaidLine());
        };
        auto place = [&](const Atom &a, bool withSpace) {
            LaidLine &l = lines.last();
            const double x = l.width + (withSpace && !l.atoms.isEmpty() ? space : 0);
            if (withSpace && !l.atoms.isEmpty())
                l.data.text += QLatin1Char(' ');
            l.atoms.append({a, x});
            l.width = x + a.width;
            l.data.text += a.kind == ReportSpan::Kind::Chip ? a.chip.word : a.text;
        };
        qsizetype i = 0;
        while (i < in.size()) {
            qsizetype j = i + 1;
            double wordWidth = in.at(i).width;
            while (j < in.size() && !in.at(j).spaceBefore)
                wordWidth += in.at(j++).width;
            QString wordText;
            for (qsizetype k = i; k < j; ++k)
                wordText += in.at(k).kind == ReportSpan::Kind::Chip ? in.at(k).chip.word : in.at(k).text;
            if (!record.text.isEmpty())
                record.text += QLatin1Char(' ');
            record.text += wordText;

            LaidLine &l = lines.last();
            const double need = (l.atoms.isEmpty() ? 0 : space) + wordWidth;
            if (!l.atoms.isEmpty() && l.width + need > width)
                endLine(PdfLayout::Line::End::Space);
            if (wordWidth <= width || !lines.last().atoms.isEmpty()) {
                for (qsizetype k = i; k < j; ++k)
                    place(in.at(k), k == i);
            } else {
                // Wider than the column on its own: cut where it must, and only there.
                for (qsizetype k = i; k < j; ++k) {
                    Atom a = in.at(k);
                    bool first = k == i;
                    while (lines.last().width + a.width > width && a.kind != ReportSpan::Kind::Chip) {
                        const QFontMetricsF fm = metrics(a.font);
                        qsizetype n = 0;
                        double w = lines.last().width;
                        while (n < a.text.size()) {
                            qsizetype step = a.text.at(n).isHighSurrogate() && n + 1 < a.text.size() ? 2 : 1;
                            const double cw = fm.horizontalAdvance(a.text.mid(n, step));
                            if (w + cw > width)
                                break;
                            w += cw;
                            n += step;
                        }
                        if (n >= a.text.size()) {
                            // Kerning: the characters one by one fit where the piece did not.
                            place(a, first);
                            a.text.clear();
                            break;
                        }
                        if (n == 0 && lines.last().atoms.isEmpty())
                            n = a.text.at(0).isHighSurrogate() && a.text.size() > 1 ? 2 : 1;   // one character per line at least
                        if (n > 0) {
                            Atom head = a;
                            head.text = a.text.left(n);
                            head.width = fm.horizontalAdvance(head.text);
                            place(head, first);
                        }
                        endLine(PdfLayout::Line::End::Forced, wordWidth);
                        a.text = a.text.mid(n);
                        a.width = fm.horizontalAdvance(a.text);
                        first = false;
                        if (a.text.isEmpty())
                            break;
                    }
                    if (!a.text.isEmpty() || a.kind == ReportSpan::Kind::Chip)
                        place(a, first);
                }
            }
            i = j;
        }
        if (lines.size() > 1 && lines.last().atoms.isEmpty())
            lines.removeLast();
        lines.last().data.end = PdfLayout::Line::End::Last;
        for (const LaidLine &l : lines)
            record.lines.append(l.data);
        m_layout.wraps.append(record);
        return lines;
    }

    double lineHeight(const QFont &font) const { return metrics(font).lineSpacing() * 1.12; }

    void drawLine(const LaidLine &line, const QFont &font, double x0, double top, double cellWidth = -1,
                  Qt::Alignment align = Qt::AlignLeft)
    {
        const QFontMetricsF fm = metrics(font);
        const double baseline = top + (lineHeight(font) - fm.height()) / 2 + fm.ascent();
        const double shift = (align & Qt::AlignRight) && cellWidth >= 0 ? cellWidth - line.width : 0;
        for (const PlacedAtom &p : line.atoms) {
            const double x = x0 + shift + p.x;
            if (p.atom.kind == ReportSpan::Kind::Chip) {
                const QFontMetricsF cm = metrics(p.atom.font);
                const double h = cm.height() + mm(0.5);
                const QRectF r(x, baseline - cm.ascent() - mm(0.25) - (cm.height() - cm.ascent() - cm.descent()) / 2, p.atom.width, h);
                QPainterPath path;
                path.addRoundedRect(r, h / 2, h / 2);
                m_painter.fillPath(path, p.atom.chip.background);
                m_painter.setPen(p.atom.chip.foreground);
                m_painter.setFont(p.atom.font);
                m_painter.drawText(QPointF(x + (p.atom.width - cm.horizontalAdvance(p.atom.chip.word)) / 2, baseline),
                                   p.atom.chip.word);
                m_painter.setPen(Qt::black);
            } else {
                m_painter.setFont(p.atom.font);
                m_painter.setPen(QColor(0x1A, 0x1A, 0x1A));
                m_painter.drawText(QPointF(x, baseline), p.atom.text);
            }
        }
    }

    void text(const ReportInline &spans, const QFont &font, const QFont &mono, double indent, double before, double after,
              bool bullet = false)
    {
        if (m_y > 0)
            m_y += before;
        const QList<LaidLine> lines = wrap(atoms(spans, font, mono), font, m_width - indent);
        const double h = lineHeight(font);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (m_y + h > m_bottom)
                newPage();
            if (bullet && i == 0) {
                const double r = mm(0.6);
                m_painter.setBrush(QColor(0x40, 0x40, 0x40));
                m_painter.setPen(Qt::NoPen);
                m_painter.drawEllipse(QPointF(mm(1.8), m_y + h / 2), r, r);
                m_painter.setBrush(Qt::NoBrush);
                m_painter.setPen(Qt::black);
            }
            drawLine(lines.at(i), font, indent, m_y);
            m_y += h;
        }
        m_y += after;
    }

    // Column widths: each column gets at least its widest word (so words wrap
    // whole), then the rest of the page width in proportion to what its
    // longest cell would need on one line.
    QList<double> columnWidths(const ReportBlock &b, double padding)
    {
        const qsizetype n = b.rows.first().size();
        QList<double> minW(n, 0), maxW(n, 0);
        for (qsizetype r = 0; r < b.rows.size(); ++r) {
            const QFont &f = r == 0 ? m_fonts.tableBold : m_fonts.table;
            for (qsizetype c = 0; c < n; ++c) {
                const QList<Atom> as = atoms(b.rows.at(r).at(c), f, m_fonts.tableMono);
                const double space = metrics(f).horizontalAdvance(QLatin1Char(' '));
                double line = 0, word = 0;
                for (const Atom &a : as) {
                    if (a.spaceBefore) {
                        minW[c] = std::max(minW[c], word);
                        word = 0;
                        line += space;
                    }
                    word += a.width;
                    line += a.width;
                }
                minW[c] = std::max(minW[c], word);
                maxW[c] = std::max(maxW[c], line);
            }
        }
        const double available = m_width - 2 * padding * n;
        QList<double> w(n);
        double sumMax = 0, sumMin = 0;
        for (qsizetype c = 0; c < n; ++c) {
            sumMax += maxW[c];
            sumMin += minW[c];
        }
        if (sumMax <= available)
            return maxW;   // natural widths: a short table stays compact
        if (sumMin >= available) {
            // Even the words do not fit: share the width by the words' needs; the widest words get cut.
            for (qsizetype c = 0; c < n; ++c)
                w[c] = available * minW[c] / sumMin;
            return w;
        }
        const double extra = available - sumMin;
        const double wanted = sumMax - sumMin;
        for (qsizetype c = 0; c < n; ++c)
            w[c] = minW[c] + extra * (maxW[c] - minW[c]) / wanted;
        return w;
    }

    void table(const ReportBlock &b)
    {
        if (b.rows.isEmpty())
            return;
        const double pad = mm(1.1), vpad = mm(0.8);
        const QList<double> widths = columnWidths(b, pad);
        const int tableIndex = m_tables++;
        struct Laid {
            QList<QList<LaidLine>> cells;
            double height = 0;
        };
        QList<Laid> rows;
        for (qsizetype r = 0; r < b.rows.size(); ++r) {
            const QFont &f = r == 0 ? m_fonts.tableBold : m_fonts.table;
            Laid laid;
            qsizetype most = 1;
            for (qsizetype c = 0; c < widths.size(); ++c) {
                laid.cells.append(wrap(atoms(b.rows.at(r).at(c), f, m_fonts.tableMono), f, widths.at(c)));
                most = std::max(most, laid.cells.last().size());
            }
            laid.height = most * lineHeight(f) + 2 * vpad;
            rows.append(laid);
        }
        double total = 0;
        for (double w : widths)
            total += w + 2 * pad;
        auto drawRow = [&](qsizetype r) {
            const Laid &laid = rows.at(r);
            const QFont &f = r == 0 ? m_fonts.tableBold : m_fonts.table;
            if (r == 0)
                m_painter.fillRect(QRectF(0, m_y, total, laid.height), QColor(0xEE, 0xEE, 0xEE));
            double x = 0;
            for (qsizetype c = 0; c < widths.size(); ++c) {
                double y = m_y + vpad;
                for (const LaidLine &line : laid.cells.at(c)) {
                    drawLine(line, f, x + pad, y, widths.at(c), b.alignment.value(c, Qt::AlignLeft));
                    y += lineHeight(f);
                }
                x += widths.at(c) + 2 * pad;
            }
            QPen pen(QColor(0xC8, 0xC8, 0xC8));
            pen.setWidthF(mm(0.2));
            m_painter.setPen(pen);
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(QRectF(0, m_y, total, laid.height));
            x = 0;
            for (qsizetype c = 0; c + 1 < widths.size(); ++c) {
                x += widths.at(c) + 2 * pad;
                m_painter.drawLine(QPointF(x, m_y), QPointF(x, m_y + laid.height));
            }
            m_painter.setPen(Qt::black);
            m_layout.rows.append({tableIndex, int(r), m_page, m_y, m_y + laid.height});
            m_y += laid.height;
        };
        m_y += mm(1);
        // The header never stays alone at the foot of a page.
        const double first = rows.at(0).height + (rows.size() > 1 ? rows.at(1).height : 0);
        if (m_y > 0 && m_y + first > m_bottom)
            newPage();
        drawRow(0);
        for (qsizetype r = 1; r < rows.size(); ++r) {
            if (m_y + rows.at(r).height > m_bottom) {
                newPage();
                drawRow(0);   // the header again, on every page the table continues
            }
            drawRow(r);
        }
        m_y += mm(3);
    }

    void image(const ReportBlock &b)
    {
        if (b.image.isNull())
            return;
        const double widthMm = std::min(b.imageWidthMm, m_width * 25.4 / kResolution);
        const double heightMm = widthMm * b.image.height() / b.image.width();
        const QList<LaidLine> caption = wrap(atoms(b.spans, m_fonts.caption, m_fonts.caption), m_fonts.caption, mm(widthMm));
        const double captionHeight = caption.size() * lineHeight(m_fonts.caption);
        m_y += mm(2);
        if (m_y > 0 && m_y + mm(heightMm) + captionHeight > m_bottom)
            newPage();
        m_painter.drawImage(QRectF(0, m_y, mm(widthMm), mm(heightMm)), b.image);
        m_layout.images.append({m_page, b.image.size(), widthMm, heightMm});
        m_y += mm(heightMm) + mm(1);
        for (const LaidLine &line : caption) {
            drawLine(line, m_fonts.caption, 0, m_y);
            m_y += lineHeight(m_fonts.caption);
        }
        m_y += mm(3);
    }

    QPdfWriter &m_writer;
    PdfLayout &m_layout;
    QPainter m_painter;
    Fonts m_fonts;
    double m_width = 0, m_bottom = 0, m_y = 0;
    int m_page = 0;
    int m_tables = 0;
};

} // namespace

QByteArray ReportPdf::render(const ReportDocument &document, QString *error, PdfLayout *layout)
{
    // Without the report's font, Qt would fall back on whatever is installed and
    // could draw empty boxes: refuse instead, naming the package.
    for (const QString &family : {fontFamily(), monoFontFamily()}) {
        if (!QFontDatabase::hasFamily(family)) {
            if (error)
                *error = tr("the font %1 is missing (Debian package fonts-dejavu-core)").arg(family);
            return {};
        }
    }
    PdfLayout local;
    PdfLayout &out = layout ? *layout : local;
    out = PdfLayout();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Palier %1").arg(QStringLiteral(PALIER_VERSION)));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(kResolution);
        Layouter layouter(writer, out);
        if (!layouter.ok()) {
            if (error)
                *error = tr("the PDF could not be rendered");
            return {};
        }
        for (qsizetype i = 0; i < document.blocks.size(); ++i)
            layouter.block(document.blocks.at(i), i + 1 < document.blocks.size() ? &document.blocks.at(i + 1) : nullptr);
        layouter.finish();
    }
    if (bytes.isEmpty() && error)
        *error = tr("the PDF could not be rendered");
    return bytes;
}

} // namespace palier::ui
