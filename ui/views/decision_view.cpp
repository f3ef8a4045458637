#include "views/decision_view.h"

#include "i18n/language.h"
#include "words/finding_words.h"
#include "words/grid_words.h"
#include "words/reason_words.h"

#include "shell/format.h"
#include "shell/report_export.h"
#include "shell/session.h"
#include "models/capacity_window_model.h"
#include "models/grid_model.h"
#include "widgets/decision_badge.h"
#include "widgets/table_style.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace palier::ui {

DecisionView::DecisionView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_badge(new DecisionBadge(this))
    , m_summary(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_profile(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new GridModel(this))
    , m_capacityTitle(new QLabel(tr("<b>Capacity</b> of the window's runs, oldest first: how many users before the "
                                    "key p95 turns orange or red, as the capacity model projects it"), this))
    , m_capacityTable(new QTableView(this))
    , m_capacityModel(new CapacityWindowModel(this))
    , m_lang(new QComboBox(this))
    , m_export(new QPushButton(tr("Export Report…"), this))
    , m_preview(new QTextBrowser(this))
{
    // Header: badge on the left, what it rests on beside it.
    auto *header = new QHBoxLayout;
    header->addWidget(m_badge, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.25);
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    for (QLabel *l : {m_summary, m_notes, m_profile}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        texts->addWidget(l);
    }
    texts->addStretch();
    header->addLayout(texts, 1);

    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Decision grid"));
    compactRows(m_table);

    // The window's capacity under the grid: a week losing users shows down the rows.
    m_capacityTitle->setWordWrap(true);
    m_capacityTable->setModel(m_capacityModel);
    m_capacityTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_capacityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_capacityTable->verticalHeader()->hide();
    // The numbers share the width, as the grid's runs do above them.
    m_capacityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_capacityTable->horizontalHeader()->setSectionResizeMode(CapacityWindowModel::RunId, QHeaderView::ResizeToContents);
    m_capacityTable->horizontalHeader()->setSectionResizeMode(CapacityWindowModel::State, QHeaderView::ResizeToContents);
    m_capacityTable->setWordWrap(false);
    m_capacityTable->setAccessibleName(tr("Capacity of the window's runs"));
    compactRows(m_capacityTable);

    auto *gridBox = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addLayout(header);
    gridLayout->addWidget(m_table);
    gridLayout->addWidget(m_capacityTitle);
    gridLayout->addWidget(m_capacityTable);

    // Report preview with its own language: the report's, not the UI's.
    m_lang->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_lang->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_lang->setToolTip(tr("Language of the report (the team's template is in French)"));
    auto *reportBar = new QHBoxLayout;
    reportBar->addWidget(new QLabel(tr("<b>Weekly report</b> (preview)"), this));
    reportBar->addStretch();
    reportBar->addWidget(new QLabel(tr("Language:"), this));
    reportBar->addWidget(m_lang);
    reportBar->addWidget(m_export);
    m_preview->setOpenExternalLinks(false);
    m_preview->setAccessibleName(tr("Report preview"));

    auto *reportBox = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addLayout(reportBar);
    reportLayout->addWidget(m_preview, 1);

    // The grid keeps the height of its rows; the report takes what the window gives.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(gridBox);
    layout->addWidget(reportBox, 1);

    connect(m_export, &QPushButton::clicked, this, &DecisionView::exportRequested);
    connect(m_lang, &QComboBox::currentIndexChanged, this, &DecisionView::refreshReport);
    connect(m_session, &Session::assessmentChanged, this, &DecisionView::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(GridModel::RunIdRole).toString();
        if (!id.isEmpty())
            emit runActivated(id);
    });
    connect(m_capacityTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(CapacityWindowModel::RunIdRole).toString();
        if (!id.isEmpty())
            emit runActivated(id);
    });
    refresh();
}

QString DecisionView::reportLanguage() const
{
    return m_lang->currentData().toString();
}

void DecisionView::setReportLanguage(const QString &lang)
{
    const int i = m_lang->findData(lang);
    if (i >= 0)
        m_lang->setCurrentIndex(i);
}

void DecisionView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(StatePalette(palette()));
}

void DecisionView::refresh()
{
    const Assessment &a = m_session->assessment();
    m_model->setPalette(StatePalette(palette()));
    m_model->setAssessment(a);
    const int rowsHeight = heightForRows(m_table, m_model->rowCount());
    m_table->setFixedHeight(std::min(rowsHeight, 320));
    m_capacityModel->setAssessment(a);
    m_capacityTable->clearSpans();
    for (int row = 0; row < m_capacityModel->rowCount(); ++row)
        if (m_capacityModel->isSpanned(row))
            m_capacityTable->setSpan(row, CapacityWindowModel::BeforeOrange, 1,
                                     CapacityWindowModel::ColumnCount - CapacityWindowModel::BeforeOrange);
    m_capacityTable->setFixedHeight(heightForRows(m_capacityTable, std::max(1, m_capacityModel->rowCount())));
    m_capacityTitle->setVisible(m_capacityModel->rowCount() > 0);
    m_capacityTable->setVisible(m_capacityModel->rowCount() > 0);
    m_profile->setText(m_session->profileDescription());
    m_profile->setToolTip(QDir::toNativeSeparators(m_session->profileFile()));
    m_export->setEnabled(!a.runs.isEmpty());

    if (a.runs.isEmpty()) {
        m_badge->clear();
        m_summary->setText(tr("No load-test runs opened"));
        m_notes->setText(tr("Open result files or a folder (File ▸ Open, or drop them on the window) to apply the grid."));
        m_preview->clear();
        return;
    }
    const WindowVerdict &w = a.windowVerdict;
    m_badge->setDecision(w.decision, w.provisional);
    m_summary->setText(tr("Score %1 (%2): %3 red, %4 orange")
                           .arg(scoreText(w.score, w.scoreIsLowerBound, Language::ui()))
                           .arg(StatePalette::scoreLabelText(w.label))
                           .arg(w.reds)
                           .arg(w.oranges));
    QStringList notes;
    notes << tr("Window: %1 (%2 of %3 comparable runs)")
                 .arg(w.runIds.join(QStringLiteral(", ")).toHtmlEscaped())
                 .arg(w.runIds.size())
                 .arg(a.profile.windowSize);
    // The grid's own notes say what makes the decision provisional or inconclusive.
    for (QString n : windowDecisionNotes(w, a.profile, Language::ui())) {
        if (!n.isEmpty())
            n[0] = n[0].toUpper();
        notes << n.toHtmlEscaped();
    }
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    refreshReport();
}

void DecisionView::refreshReport()
{
    const Assessment &a = m_session->assessment();
    if (a.runs.isEmpty()) {
        m_preview->clear();
        return;
    }
    ReportOptions options;
    options.lang = reportLanguage();
    const int scroll = m_preview->verticalScrollBar()->value();
    try {
        ReportExport::fillDocument(m_preview->document(), ReportExport::markdown(a, options));
    } catch (const InputError &e) {
        m_preview->setPlainText(findingLine(e.finding, Language::get(options.lang)));
    }
    m_preview->verticalScrollBar()->setValue(scroll);
}

} // namespace palier::ui
