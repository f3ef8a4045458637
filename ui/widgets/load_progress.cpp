#include "widgets/load_progress.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace palier::ui {

LoadProgress::LoadProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_stop);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setTextVisible(true);
    m_stop->setToolTip(tr("Stop loading; what is shown now stays as it is"));
    connect(m_stop, &QPushButton::clicked, this, &LoadProgress::stopRequested);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    hide();
}

void LoadProgress::begin(const QStringList &paths)
{
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    m_label->setText(tr("Loading %1…").arg(names.join(QStringLiteral(", "))));
    m_label->setToolTip(QDir::toNativeSeparators(paths.join(QLatin1Char('\n'))));
    m_bar->setRange(0, 0);   // busy until the first figure
    m_bar->setValue(0);
    m_stop->setEnabled(true);
    m_clock.start();
    show();
}

void LoadProgress::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::min<qint64>(1000, 1000 * done / total)));
    const QLocale locale;
    QString text = tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    // Time remaining once a guess is worth giving.
    const qint64 elapsed = m_clock.elapsed();
    if (done > 0 && elapsed > 1500) {
        const qint64 remaining = elapsed * (total - done) / done / 1000;
        text += QStringLiteral(" · ") + tr("about %n s left", nullptr, int(remaining));
    }
    m_bar->setFormat(text);
}

void LoadProgress::end()
{
    hide();
}

} // namespace palier::ui
