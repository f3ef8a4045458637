#include "widgets/decision_badge.h"

#include "shell/state_palette.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace palier::ui {

namespace {

QString symbolOf(Decision d)
{
    switch (d) {
    case Decision::Go: return StatePalette::symbol(Colour::Green);
    case Decision::Watch: return StatePalette::symbol(Colour::Orange);
    case Decision::NoGo: return StatePalette::symbol(Colour::Red);
    case Decision::Inconclusive: return QStringLiteral("?");
    }
    return {};
}

} // namespace

DecisionBadge::DecisionBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Decision"));
}

void DecisionBadge::setDecision(Decision decision, bool provisional)
{
    m_decision = decision;
    m_provisional = provisional;
    setAccessibleDescription(text());
    setToolTip(text());
    updateGeometry();
    update();
}

void DecisionBadge::clear()
{
    m_decision.reset();
    m_provisional = false;
    setAccessibleDescription(text());
    setToolTip({});
    update();
}

QString DecisionBadge::text() const
{
    if (!m_decision)
        return tr("No decision");
    const QString word = StatePalette::decisionText(*m_decision);
    return m_provisional ? tr("%1 (provisional)").arg(word) : word;
}

QSize DecisionBadge::sizeHint() const
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.4);
    big.setBold(true);
    const QFontMetrics fm(big);
    const int w = fm.horizontalAdvance(QStringLiteral("? INCONCLUSIVE")) + 40;
    const int h = fm.height() + QFontMetrics(font()).height() + 24;
    return {w, h};
}

QSize DecisionBadge::minimumSizeHint() const
{
    return sizeHint();
}

void DecisionBadge::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
}

void DecisionBadge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const StatePalette palette(this->palette());
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(r, 10, 10);
    if (!m_decision) {
        QPen pen(this->palette().color(QPalette::Mid));
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawPath(path);
        p.setPen(this->palette().color(QPalette::PlaceholderText));
        p.drawText(r, Qt::AlignCenter, tr("No decision yet"));
        return;
    }
    p.fillPath(path, palette.badgeBackground(*m_decision));
    p.setPen(palette.badgeForeground(*m_decision));
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.4);
    big.setBold(true);
    const QFontMetrics bigMetrics(big);
    const QFontMetrics smallMetrics(font());
    const int lines = bigMetrics.height() + (m_provisional ? smallMetrics.height() : 0);
    QRectF top = r;
    top.setTop(r.center().y() - lines / 2.0);
    top.setHeight(bigMetrics.height());
    p.setFont(big);
    p.drawText(top, Qt::AlignCenter, QStringLiteral("%1 %2").arg(symbolOf(*m_decision), StatePalette::decisionText(*m_decision)));
    if (m_provisional) {
        QRectF bottom = r;
        bottom.setTop(top.bottom());
        bottom.setHeight(smallMetrics.height());
        p.setFont(font());
        p.drawText(bottom, Qt::AlignCenter, tr("provisional"));
    }
}

} // namespace palier::ui
