#include "views/capacity_panel.h"

#include "i18n/language.h"
#include "words/capacity_words.h"

#include "shell/format.h"
#include "models/capacity_stage_model.h"
#include "models/capacity_window_model.h"
#include "widgets/table_style.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace palier::ui {

namespace {

// "0.0123 (0.0051 to 0.0195)": an estimate and its 95 % interval, an open
// end when the data bound it on one side only.
QString withInterval(double v, const UslInterval &ci, const QString &unit = {})
{
    const auto bound = [](double b) {
        return std::isfinite(b) ? Format::significant(b) : (b > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞"));
    };
    return CapacityPanel::tr("%1%2 (95 %: %3 to %4)").arg(Format::significant(v), unit, bound(ci.low), bound(ci.high));
}

// Where the key p95 crosses a limit: the model's projection, then what the
// stages show when they crossed it.
QString crossing(double projected, double observed, const Capacity &c)
{
    const Language &lang = Language::ui();
    const QString model = c.hasProjection()
        ? CapacityPanel::tr("projected %1 users").arg(capacityUsersText(projected, c.reachUsers(), lang))
        : CapacityPanel::tr("not projected (no key p95 at the stages)");
    const QString seen = isKnown(observed)
        ? CapacityPanel::tr("observed ≈ %1 (between stages)").arg(Format::number(observed, 0))
        : CapacityPanel::tr("no crossing observed between stages");
    //: projected crossing; observed crossing
    return CapacityPanel::tr("%1; %2").arg(model, seen);
}

} // namespace

CapacityPanel::CapacityPanel(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_numbers(new QGroupBox(tr("Universal Scalability Law"), this))
    , m_stagesBox(new QWidget(this))
    , m_table(new QTableView(this))
    , m_stages(new CapacityStageModel(this))
{
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    header->addWidget(m_state, 0, Qt::AlignTop);
    header->addWidget(m_summary, 1);

    // The numbers in two columns (the fit; what it says), the stages below at
    // full width: at 1280×800 both show whole.
    auto *grid = new QGridLayout(m_numbers);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int count = 0;
    const auto addNumber = [&](const QString &id, const QString &label, const QString &toolTip) {
        auto *value = new QLabel(m_numbers);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *name = new QLabel(label, m_numbers);
        name->setToolTip(toolTip);
        value->setToolTip(toolTip);
        const int row = count % 4, column = 2 * (count / 4);
        grid->addWidget(name, row, column);
        grid->addWidget(value, row, column + 1);
        m_values.insert(id, value);
        ++count;
    };
    addNumber(QStringLiteral("sigma"), tr("Contention σ:"),
              tr("The share of the work that queues for one resource: throughput levels off"));
    addNumber(QStringLiteral("kappa"), tr("Coherency κ:"),
              tr("The cost of keeping the users' state consistent: what makes throughput fall past its peak"));
    addNumber(QStringLiteral("lambda"), tr("One user λ:"), tr("Throughput of one user with no contention"));
    addNumber(QStringLiteral("fit"), tr("Fit:"), tr("Stages the USL is fitted on and the share of their throughput's "
                                                     "variance it explains"));
    addNumber(QStringLiteral("think"), tr("Think time Z:"),
              tr("Time a user waits between requests, from the two lowest stages (Little's law)"));
    addNumber(QStringLiteral("peak"), tr("Throughput peak:"),
              tr("N*, where throughput stops growing; determined only when κ's interval excludes 0"));
    addNumber(QStringLiteral("orange"), tr("Key p95 leaves green:"),
              tr("Users at which the key transaction's p95 leaves green: projected by the model, and as the "
                 "stages show it"));
    addNumber(QStringLiteral("red"), tr("Key p95 turns red:"),
              tr("Users at which the key transaction's p95 turns red: projected by the model, and as the stages "
                 "show it"));

    m_table->setModel(m_stages);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Stages as the capacity model reads them"));
    compactRows(m_table);
    auto *stagesLayout = new QVBoxLayout(m_stagesBox);
    stagesLayout->setContentsMargins(0, 0, 0, 0);
    auto *stagesTitle = new QLabel(tr("<b>Stages</b> as the model reads them, and Little's law on each"), m_stagesBox);
    stagesLayout->addWidget(stagesTitle);
    stagesLayout->addWidget(m_table);
    stagesLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_numbers);
    layout->addWidget(m_stagesBox, 1);
    setCapacity(nullptr, StatePalette(palette()));
}

bool CapacityPanel::showsNumbers() const
{
    return !m_numbers->isHidden();
}

void CapacityPanel::setCapacity(const Capacity *capacity, const StatePalette &palette)
{
    m_stages->setPalette(palette);
    m_stages->setCapacity(capacity);
    m_stagesBox->setVisible(capacity && !capacity->stages.isEmpty());
    // The table as tall as its rows; a long plan scrolls rather than push the numbers away.
    const int rows = std::max(1, m_stages->rowCount());
    m_table->setMaximumHeight(heightForRows(m_table, rows) + m_table->horizontalScrollBar()->sizeHint().height());
    m_table->setMinimumHeight(heightForRows(m_table, std::min(rows, 3)));
    if (!capacity) {
        m_state->clear();
        m_summary->setText(tr("No run opened."));
        m_numbers->hide();
        return;
    }
    const Language &lang = Language::ui();
    const Capacity &c = *capacity;
    m_state->setText(tr("Capacity model: %1").arg(capacityStateWord(c.state, lang)));
    m_summary->setText(capacityReason(c, lang));
    m_numbers->setVisible(c.hasModel());
    if (!c.hasModel())
        return;
    const UslFit &fit = c.fit;
    m_values.value(QStringLiteral("sigma"))->setText(withInterval(fit.sigma, fit.sigmaCi));
    m_values.value(QStringLiteral("kappa"))->setText(withInterval(fit.kappa, fit.kappaCi));
    m_values.value(QStringLiteral("lambda"))->setText(withInterval(fit.lambda, fit.lambdaCi, tr(" req/s")));
    m_values.value(QStringLiteral("fit"))->setText(capacityFitQuality(c, lang));
    m_values.value(QStringLiteral("think"))->setText(isKnown(c.thinkTimeS) ? tr("%1 s").arg(Format::number(c.thinkTimeS, 2))
                                                                           : Format::unknown());
    m_values.value(QStringLiteral("peak"))
        ->setText(isKnown(c.peakUsers())
                      ? tr("%1 at %2 users").arg(Format::rps(c.peakRps()), capacityUsersText(c.peakUsers(), c.reachUsers(), lang))
                      : tr("not determined (κ's interval reaches 0)"));
    m_values.value(QStringLiteral("orange"))->setText(crossing(c.usersAtOrange, c.observedAtOrange, c));
    m_values.value(QStringLiteral("red"))->setText(crossing(c.usersAtRed, c.observedAtRed, c));
}

} // namespace palier::ui
