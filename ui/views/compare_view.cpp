#include "views/compare_view.h"

#include "shell/format.h"
#include "shell/session.h"
#include "charts/chart_view.h"
#include "models/compare_model.h"
#include "views/run_charts.h"
#include "widgets/table_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace palier::ui {

CompareView::CompareView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_allRuns(new QCheckBox(tr("Show &every run loaded, not only the window"), this))
    , m_baseline(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new CompareModel(this))
    , m_latency(new ChartView(this))
    , m_throughput(new ChartView(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_info, 1);
    auto *baselineLabel = new QLabel(tr("&Baseline:"), this);
    baselineLabel->setBuddy(m_baseline);
    m_baseline->setToolTip(tr("Pin a run: every other run's figures show their change against it"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(baselineLabel);
    top->addWidget(m_baseline);
    top->addWidget(m_allRuns);
    m_info->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Runs compared"));
    compactRows(m_table);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_latency);
    charts->addWidget(m_throughput);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({heightForRows(m_table, 3), 10000});
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    // The run's name carries its start time already.
    m_table->hideColumn(CompareModel::Started);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_allRuns, &QCheckBox::toggled, this, &CompareView::refresh);
    connect(m_baseline, &QComboBox::activated, this, [this](int i) { setBaseline(m_baseline->itemData(i).toString()); });
    // Right-click a run to pin it (or unpin it).
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        const int run = index.data(CompareModel::RunIndexRole).toInt();
        const QString id = m_session->runs().at(run).id;
        QMenu menu(this);
        const bool pinned = m_model->baseline() == id;
        QAction *pin = menu.addAction(pinned ? tr("Unpin Baseline") : tr("Pin as Baseline"));
        if (menu.exec(m_table->viewport()->mapToGlobal(at)) == pin)
            setBaseline(pinned ? QString() : id);
    });
    connect(m_session, &Session::assessmentChanged, this, &CompareView::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int run = index.data(CompareModel::RunIndexRole).toInt();
        if (run >= 0 && run < m_session->runs().size())
            emit runActivated(m_session->runs().at(run).id);
    });
    refresh();
}

void CompareView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void CompareView::setBaseline(const QString &runId)
{
    m_model->setBaseline(runId);
    refresh();
}

QString CompareView::baseline() const
{
    return m_model->baseline();
}

void CompareView::refresh()
{
    const Assessment &a = m_session->assessment();
    const StatePalette palette(this->palette());
    m_model->setAssessment(a, m_allRuns->isChecked(), palette);
    {
        const QSignalBlocker quiet(m_baseline);
        m_baseline->clear();
        m_baseline->addItem(tr("None"), QString());
        for (int i : m_model->runIndices())
            m_baseline->addItem(Format::runName(a.runs.at(i)), a.runs.at(i).id);
        m_baseline->setCurrentIndex(std::max(0, m_baseline->findData(m_model->baseline())));
    }
    m_table->setMaximumHeight(heightForRows(m_table, std::max(3, m_model->rowCount()))
                              + m_table->horizontalScrollBar()->sizeHint().height());
    // Every run of the window in view (up to 8), the scrollbar's room included.
    showRowsInSplitter(m_splitter, m_table, std::min(m_model->rowCount(), 8));
    QList<const Run *> runs;
    int baselineRow = -1;
    for (int i : m_model->runIndices()) {
        if (a.runs.at(i).id == m_model->baseline())
            baselineRow = int(runs.size());
        runs.append(&a.runs.at(i));
    }
    m_info->setText(a.runs.isEmpty()
                        ? tr("No runs opened.")
                        : tr("Comparable runs have the same stages and stage durations within ±%1 %. "
                             "The window holds the newest run and the %2 most recent runs comparable to it.")
                              .arg(qRound(a.profile.durationTolerance * 100))
                              .arg(a.profile.windowSize - 1));
    RunCharts::compareLatency(m_latency, runs, a.profile, palette, baselineRow);
    RunCharts::compareThroughput(m_throughput, runs, palette, baselineRow);
}

} // namespace palier::ui
