#include "views/distribution_panel.h"

#include "analysis/latency_ranges.h"
#include "charts/chart_view.h"
#include "models/distribution_model.h"
#include "shell/format.h"
#include "shell/state_palette.h"
#include "widgets/table_style.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace palier::ui {

namespace {

constexpr int kBins = 40;

} // namespace

DistributionPanel::DistributionPanel(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new DistributionModel(this))
    , m_chart(new ChartView(this))
{
    m_note->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Latency ranges by stage"));
    compactRows(m_table);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setSizes({640, 480});   // the table whole at 1280 px wide
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectStage(current.row()); });
}

QString DistributionPanel::noteText() const
{
    return m_note->text();
}

void DistributionPanel::setRun(const Run *run, const Profile &profile, const StatePalette &palette,
                               const ServerComparison *server)
{
    m_profile = profile;
    m_model->setRun(run, profile.keyTransaction, profile.p95GreenMs(), profile.p95OrangeMs(), palette, server);
    QString note = tr("Requests of %1 by the grid's p95 limits, stage by stage (all requests where a stage has no "
                      "figures for it). Select a stage for its histogram.").arg(profile.keyTransaction);
    if (m_model->anyEstimated())
        note += QLatin1Char(' ')
                + tr("Estimated from Locust's percentiles: Locust keeps no samples, so the shares are read from "
                     "its percentile columns (≈).");
    m_note->setText(run && !run->stages.isEmpty() ? note : tr("No stages in this run: no distribution to show."));
    // The target stage first: the one the grid judges.
    int row = m_model->rowCount() - 1;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->users(i) == profile.targetUsers && !m_model->isServer(i))
            row = i;
    m_row = -1;
    if (row >= 0)
        m_table->selectRow(row);
    selectStage(row);
}

void DistributionPanel::selectStage(int row)
{
    if (row == m_row && row >= 0)
        return;
    m_row = row;
    drawHistogram();
}

void DistributionPanel::drawHistogram()
{
    const StatePalette palette(this->palette());
    m_chart->clear();
    const Figures *f = m_model->figures(m_row);
    bool estimated = false;
    const QList<HistogramBin> bins = f ? latencyHistogram(*f, kBins, &estimated) : QList<HistogramBin> {};
    const QString stage = m_row < 0 ? QString()
                          : m_model->isServer(m_row) ? tr("%1, server").arg(Format::users(m_model->users(m_row)))
                                                     : Format::users(m_model->users(m_row));
    m_chart->setTitle(estimated ? tr("Response times at %1, estimated").arg(stage)
                                : tr("Response times at %1").arg(stage));
    ChartAxis x, y;
    x.title = tr("Response time (ms)");
    x.unit = tr(" ms");
    y.title = tr("Share of successful requests (%)");
    y.unit = tr(" %");
    y.decimals = 1;
    m_chart->setAxes(x, y);
    m_chart->setPlaceholder(tr("No durations for this stage."));
    if (bins.isEmpty())
        return;
    // Each bin in the colour of the range it falls in, by its upper edge.
    const double green = m_profile.p95GreenMs(), orange = m_profile.p95OrangeMs();
    QList<QPointF> g, o, r;
    for (const HistogramBin &b : bins) {
        const QPointF column((b.fromMs + b.toMs) / 2, 100.0 * b.share);
        (isKnown(green) && b.toMs <= green ? g : isKnown(orange) && b.toMs <= orange ? o : r).append(column);
    }
    const double width = bins.first().toMs - bins.first().fromMs;
    if (!g.isEmpty())
        m_chart->addColumns(tr("%1 ≤ %2").arg(StatePalette::symbol(Colour::Green), Format::ms(green)), g, width,
                            palette.strong(Colour::Green));
    if (!o.isEmpty())
        m_chart->addColumns(tr("%1 ≤ %2").arg(StatePalette::symbol(Colour::Orange), Format::ms(orange)), o, width,
                            palette.strong(Colour::Orange));
    if (!r.isEmpty())
        m_chart->addColumns(tr("%1 > %2").arg(StatePalette::symbol(Colour::Red), Format::ms(orange)), r, width,
                            palette.strong(Colour::Red));
}

} // namespace palier::ui
