#include "shell/state_palette.h"

#include "i18n/language.h"
#include "words/grid_words.h"

#include <QGuiApplication>

namespace palier::ui {

namespace {

// Okabe–Ito bluish green and orange; a red far darker than the orange.
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kRed(0xC6, 0x28, 0x28);

} // namespace

StatePalette::StatePalette(const QPalette &palette)
    : m_dark(palette.color(QPalette::Window).lightnessF() < 0.5)
{
}

StatePalette::StatePalette()
    : StatePalette(QGuiApplication::palette())
{
}

QColor StatePalette::cellBackground(Colour c) const
{
    switch (c) {
    case Colour::Green: return m_dark ? QColor(0x13, 0x4A, 0x3A) : QColor(0xCC, 0xEE, 0xE2);
    case Colour::Orange: return m_dark ? QColor(0x5C, 0x42, 0x05) : QColor(0xFC, 0xE6, 0xB4);
    case Colour::Red: return m_dark ? QColor(0x6E, 0x20, 0x20) : QColor(0xF5, 0xC6, 0xC4);
    case Colour::NotEvaluated: return m_dark ? QColor(0x3A, 0x3A, 0x3A) : QColor(0xE6, 0xE6, 0xE6);
    }
    return {};
}

QColor StatePalette::cellForeground(Colour) const
{
    return m_dark ? QColor(0xF2, 0xF2, 0xF2) : QColor(0x1A, 0x1A, 0x1A);
}

QColor StatePalette::strong(Colour c) const
{
    switch (c) {
    case Colour::Green: return m_dark ? QColor(0x2E, 0xC4, 0x9A) : kBluishGreen;
    case Colour::Orange: return m_dark ? QColor(0xF5, 0xB8, 0x2E) : kOrange;
    case Colour::Red: return m_dark ? QColor(0xFF, 0x66, 0x5C) : kRed;
    case Colour::NotEvaluated: return m_dark ? QColor(0x9A, 0x9A, 0x9A) : QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QColor StatePalette::band(Colour c) const
{
    // Orange is the lightest hue: it needs more opacity than red to read as
    // a colour of its own, not as a tint of the background.
    QColor colour = strong(c);
    const float light = c == Colour::Orange ? 0.26f : c == Colour::Red ? 0.18f : 0.15f;
    colour.setAlphaF(m_dark ? light + 0.08f : light);
    return colour;
}

QColor StatePalette::badgeBackground(Decision d) const
{
    // Dark enough for white text (contrast ≥ 4.5:1) except WATCH, whose orange
    // carries dark text.
    switch (d) {
    case Decision::Go: return QColor(0x00, 0x6E, 0x50);
    case Decision::Watch: return kOrange;
    case Decision::NoGo: return QColor(0xA8, 0x1E, 0x1E);
    case Decision::Inconclusive: return QColor(0x5F, 0x5F, 0x5F);
    }
    return {};
}

QColor StatePalette::badgeForeground(Decision d) const
{
    return d == Decision::Watch ? QColor(0x1A, 0x1A, 0x1A) : QColor(Qt::white);
}

QColor StatePalette::series(int index) const
{
    // Okabe–Ito blue, reddish purple, sky blue, then neutral and yellow.
    static const QColor light[] = {QColor(0x00, 0x72, 0xB2), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
                                   QColor(0x44, 0x44, 0x44), QColor(0xB8, 0xA4, 0x00)};
    static const QColor dark[] = {QColor(0x4D, 0xA6, 0xE8), QColor(0xE3, 0x9A, 0xC6), QColor(0x8F, 0xD3, 0xFF),
                                  QColor(0xD0, 0xD0, 0xD0), QColor(0xF0, 0xE4, 0x42)};
    const int n = int(std::size(light));
    const int i = ((index % n) + n) % n;
    return m_dark ? dark[i] : light[i];
}

QString StatePalette::symbol(Colour c)
{
    switch (c) {
    case Colour::Green: return QStringLiteral("\u2714");        // ✔
    case Colour::Orange: return QStringLiteral("\u25B2");       // ▲
    case Colour::Red: return QStringLiteral("\u2716");          // ✖
    case Colour::NotEvaluated: return QStringLiteral("\u2013"); // –
    }
    return {};
}

// The words are the grid's own (words/grid_words.h), defined once for every
// edge, in the language the window speaks now.
QString StatePalette::colourWord(Colour c)
{
    return palier::colourWord(c, Language::ui());
}

QString StatePalette::decisionText(Decision d)
{
    return decisionWord(d, Language::ui());
}

QString StatePalette::scoreLabelText(ScoreLabel l)
{
    return scoreLabelWord(l, Language::ui());
}

} // namespace palier::ui
