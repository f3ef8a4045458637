// The legend is ours, not QtCharts': a line of rich text under the plot that
// wraps, so a chart with many series never truncates their names.
#include "charts/chart_view_p.h"

#include <QPalette>

namespace palier::ui {

namespace {

// The legend's sample of a line: its colour drawn with its dash pattern.
QString lineSample(LineStyle s)
{
    switch (s) {
    case LineStyle::Solid: return QStringLiteral("\u2501\u2501");    // ━━
    case LineStyle::Dashed: return QStringLiteral("\u254D\u254D");   // ╍╍
    case LineStyle::Dotted: return QStringLiteral("\u2505\u2505");   // ┅┅
    }
    return {};
}

// A translucent fill as the opaque colour it shows on `base`, for the legend's text.
QColor flatten(const QColor &fill, const QColor &base)
{
    const qreal a = fill.alphaF();
    return QColor::fromRgbF(fill.redF() * a + base.redF() * (1 - a), fill.greenF() * a + base.greenF() * (1 - a),
                            fill.blueF() * a + base.blueF() * (1 - a));
}

} // namespace

QString ChartView::Private::legendHtml(const QPalette &palette) const
{
    const QColor base = palette.color(QPalette::Base);
    QStringList entries;
    auto entry = [&](const QColor &colour, const QString &sample, const QString &name) {
        if (name.isEmpty())
            return;
        entries << QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\">%2</span>&nbsp;%3</span>")
                       .arg(colour.name(), sample, name.toHtmlEscaped());
    };
    for (const BandSpec &b : bands)
        entry(flatten(b.fill, base).darker(110), QStringLiteral("\u2588\u2588"), b.name);
    for (const BarSpec &b : bars)
        entry(b.colour, QStringLiteral("\u2588\u2588"), b.name);
    for (const LineSpec &l : lines)
        entry(l.colour, lineSample(l.style), l.name);
    for (const RefLineSpec &r : refs)
        entry(r.colour, r.vertical ? QStringLiteral("\u2506") : lineSample(r.style), r.name);
    return entries.join(QStringLiteral(" &nbsp; "));
}

} // namespace palier::ui
