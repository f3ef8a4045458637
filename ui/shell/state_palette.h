// The grid's colours in one place, with light and dark values (after KeePassXC's
// StateColorPalette). A colour never travels alone: every state also has a
// symbol and a word, so the grid reads in grey scale and for colour-blind users.
// Green and orange are Okabe & Ito's colour-blind-safe bluish green and
// orange. Red is a true, darker red rather than their vermillion, which users
// read as a second orange: under the common colour-vision deficiencies red and
// orange then stay apart by lightness (docs/charts.md, "Palette").
#pragma once

#include "grid/verdict.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace palier::ui {

class StatePalette {
public:
    // Light or dark values, chosen from the lightness of the palette's window colour.
    explicit StatePalette(const QPalette &palette);
    StatePalette();   // the application palette

    bool isDark() const { return m_dark; }

    QColor cellBackground(Colour c) const;   // table cells
    QColor cellForeground(Colour c) const;   // text on cellBackground
    QColor strong(Colour c) const;           // chart lines, markers, icons
    QColor band(Colour c) const;             // translucent chart band fill

    QColor badgeBackground(Decision d) const;
    QColor badgeForeground(Decision d) const;

    // Series colours for overlaid runs and percentiles, kept apart from the
    // grid's green/orange/red so a line is never mistaken for a verdict.
    QColor series(int index) const;

    static QString symbol(Colour c);        // ✔ ▲ ✖ –
    static QString colourWord(Colour c);    // "green", "orange", "red", "not evaluated" (translated)
    static QString decisionText(Decision d);   // "GO", "WATCH", "NO-GO", "INCONCLUSIVE"
    static QString scoreLabelText(ScoreLabel l);   // "OK", "attention", "migrate now" (translated)

private:
    bool m_dark = false;
};

} // namespace palier::ui
