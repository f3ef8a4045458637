// The decision in large type on its colour, with a symbol and a word, so it
// reads from across the room and without colour.
#pragma once

#include "grid/verdict.h"

#include <QWidget>

namespace palier::ui {

class DecisionBadge : public QWidget {
    Q_OBJECT
public:
    explicit DecisionBadge(QWidget *parent = nullptr);

    void setDecision(Decision decision, bool provisional);
    void clear();   // nothing decided (no runs)
    QString text() const;   // what the badge says, e.g. "NO-GO (provisional)"
    std::optional<Decision> decision() const { return m_decision; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::optional<Decision> m_decision;
    bool m_provisional = false;
};

} // namespace palier::ui
