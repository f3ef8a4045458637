// One figure of the production view in large type, with its caption, and a
// grid colour (plus symbol) when the figure is judged against the profile.
#pragma once

#include "grid/verdict.h"

#include <QFrame>

class QLabel;

namespace palier::ui {

class KpiTile : public QFrame {
    Q_OBJECT
public:
    explicit KpiTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    // A judged value: tinted with the grid colour, with its symbol.
    void setJudged(Colour colour, const QString &why);
    void setUnjudged();
    QString value() const;
    std::optional<Colour> colour() const { return m_colour; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    std::optional<Colour> m_colour;
    QString m_plainValue;
    bool m_applying = false;
};

} // namespace palier::ui
