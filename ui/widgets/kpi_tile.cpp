#include "widgets/kpi_tile.h"

#include "shell/state_palette.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace palier::ui {

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_detail->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(caption);
    setValue(QStringLiteral("\u2013"));
}

void KpiTile::setValue(const QString &value, const QString &detail)
{
    m_plainValue = value;
    m_value->setText(m_colour ? QStringLiteral("%1 %2").arg(StatePalette::symbol(*m_colour), value) : value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(value);
}

QString KpiTile::value() const
{
    return m_plainValue;
}

void KpiTile::setJudged(Colour colour, const QString &why)
{
    m_colour = colour;
    setToolTip(QStringLiteral("%1 — %2").arg(StatePalette::colourWord(colour), why));
    setValue(m_plainValue, m_detail->text());
    applyColours();
}

void KpiTile::setUnjudged()
{
    m_colour.reset();
    setToolTip({});
    setValue(m_plainValue, m_detail->text());
    applyColours();
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColours();
}

void KpiTile::applyColours()
{
    // Tint the tile itself; computed from the parent's palette so a palette
    // change (light ↔ dark) is followed.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette pal = base;
    if (m_colour) {
        const StatePalette states(base);
        pal.setColor(QPalette::Window, states.cellBackground(*m_colour));
        pal.setColor(QPalette::WindowText, states.cellForeground(*m_colour));
    } else {
        pal.setColor(QPalette::Window, base.color(QPalette::Base));
    }
    m_applying = true;   // setPalette sends a PaletteChange of its own
    setPalette(pal);
    m_applying = false;
}

} // namespace palier::ui
