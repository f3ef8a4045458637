// Loading progress inside the window (never a modal dialog): what is being
// read, how far it got, and a Stop button.
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace palier::ui {

class LoadProgress : public QWidget {
    Q_OBJECT
public:
    explicit LoadProgress(QWidget *parent = nullptr);

    void begin(const QStringList &paths);
    void setProgress(qint64 done, qint64 total);
    void end();
    QPushButton *stopButton() const { return m_stop; }

signals:
    void stopRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_stop;
    QElapsedTimer m_clock;
};

} // namespace palier::ui
