// What a refresh shows: the 7-day tiles judged against the profile's limits,
// the decision hint, and the last 48 hours hour by hour.
#include "views/production_view.h"

#include "db/db_schema.h"
#include "db/monitoring_client.h"
#include "i18n/language.h"
#include "words/grid_words.h"

#include "shell/format.h"
#include "shell/session.h"
#include "shell/state_palette.h"
#include "charts/chart_view.h"
#include "models/monitoring_rows_model.h"
#include "widgets/kpi_tile.h"

#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>

#include <algorithm>
#include <iterator>

namespace palier::ui {

namespace {

Colour colourOfHint(DecisionHint hint)
{
    switch (hint) {
    case DecisionHint::Go: return Colour::Green;
    case DecisionHint::Watch: return Colour::Orange;
    case DecisionHint::NoGo: return Colour::Red;
    }
    return Colour::NotEvaluated;
}

// The profile's p95 limits across a chart of p95 values.
void addP95Limits(ChartView *chart, const DecisionThresholds &t, const StatePalette &palette)
{
    if (isKnown(t.p95GreenMs))
        chart->addHorizontalLine(t.p95GreenMs, ProductionView::tr("Green limit %1").arg(Format::ms(t.p95GreenMs)),
                                 palette.strong(Colour::Green));
    if (isKnown(t.p95OrangeMs))
        chart->addHorizontalLine(t.p95OrangeMs, ProductionView::tr("Red above %1").arg(Format::ms(t.p95OrangeMs)),
                                 palette.strong(Colour::Red));
}

} // namespace

void ProductionView::updateThresholdText()
{
    const Profile &p = m_session->profile();
    const DecisionThresholds t = DecisionThresholds::fromProfile(p);
    m_thresholds->setText(tr("Last %1 days. Hint limits from the grid profile: p95 of %2 green up to %3, "
                             "red above %4; error rate green below %5, red above %6.")
                              .arg(m_snapshot ? m_snapshot->summary.days : 7)
                              .arg(p.keyTransaction, Format::ms(t.p95GreenMs), Format::ms(t.p95OrangeMs),
                                   Format::pct(t.errorGreenPct), Format::pct(t.errorOrangePct)));
}

ProductionEvidence ProductionView::productionEvidence() const
{
    ProductionEvidence p;
    if (!m_eventsPath.isEmpty()) {
        p.requested = true;
        p.thresholds = DecisionThresholds::fromProfile(m_session->assessment().profile);
        p.table = QFileInfo(m_eventsPath).fileName();
        if (!m_snapshot) {
            p.problem = m_note->text().isEmpty() ? m_state->text() : m_note->text();
            return p;
        }
        p.snapshot = *m_snapshot;
        p.days = m_snapshot->summary.days;
        p.hours = m_snapshot->hours;
        p.timeZone = m_snapshot->timeZone;
        p.nowFromLastEvent = m_eventsNowFromLastEvent;
        return p;
    }
    if (m_connectedName.isEmpty())
        return p;
    p.requested = true;
    p.thresholds = DecisionThresholds::fromProfile(m_session->assessment().profile);
    if (!m_snapshot) {
        p.problem = m_client->stateText();
        return p;
    }
    p.snapshot = *m_snapshot;
    p.days = m_snapshot->summary.days;
    p.hours = m_snapshot->hours;
    p.timeZone = m_snapshot->timeZone;
    const std::optional<SavedConnection> c = saved(m_connectedName);
    p.table = c && !c->table.isEmpty() ? c->table : DbSchema().table;
    // The server went away since: the figures are old, and a report is read as
    // this week's, so the section says why it is missing instead of using them.
    if (m_client->state() == MonitoringClient::State::Stale)
        p.problem = m_client->stateText();
    return p;
}

void ProductionView::setSnapshot(const MonitoringSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_updated->setText(snapshot.fetchedAt.isValid()
                           ? tr("updated %1").arg(QLocale().toString(snapshot.fetchedAt.toLocalTime().time(), QLocale::ShortFormat))
                           : QString());
    updateThresholdText();
    render();
}

void ProductionView::render()
{
    m_pages->setCurrentIndex(m_snapshot ? 1 : 0);
    if (!m_snapshot) {
        for (ChartView *c : charts() + dayCharts())
            c->clear();
        m_hoursModel->setRows(QList<HourlyRow>(), QDateTime(), DecisionThresholds());
        m_daysModel->setRows(QList<DailyRow>(), QDateTime(), DecisionThresholds());
        return;
    }
    // Figures the server can no longer confirm stay readable but greyed; the
    // state line says why (the server's message).
    m_figures->setEnabled(!showsStaleFigures());
    const MonitoringSnapshot &s = *m_snapshot;
    const MonitoringSummary &sum = s.summary;
    const Profile &profile = m_session->profile();
    const DecisionThresholds t = DecisionThresholds::fromProfile(profile);
    const StatePalette palette(this->palette());
    auto optMs = [](const std::optional<int> &v) { return v ? Format::ms(*v) : Format::unknown(); };

    m_tiles.value(QStringLiteral("total_events"))->setValue(Format::count(sum.totalEvents), tr("last %n day(s)", nullptr, sum.days));
    m_tiles.value(QStringLiteral("active_sessions"))->setValue(Format::count(sum.activeSessions));
    m_tiles.value(QStringLiteral("searches"))->setValue(Format::count(sum.searches), profile.keyTransaction);
    m_tiles.value(QStringLiteral("avg_search_ms"))->setValue(optMs(sum.avgSearchMs), tr("successful searches"));
    KpiTile *p95 = m_tiles.value(QStringLiteral("p95_search_ms"));
    p95->setValue(optMs(sum.p95SearchMs), tr("successful searches"));
    if (sum.p95SearchMs)
        p95->setJudged(t.p95Colour(sum.p95SearchMs),
                       tr("green up to %1, red above %2").arg(Format::ms(t.p95GreenMs), Format::ms(t.p95OrangeMs)));
    else
        p95->setUnjudged();
    KpiTile *errors = m_tiles.value(QStringLiteral("error_rate_pct"));
    const std::optional<double> rate = sum.errorRate();
    errors->setValue(rate ? Format::pct(*rate) : Format::unknown(), tr("all events"));
    if (rate)
        errors->setJudged(t.errorRateColour(rate),
                          tr("green below %1, red above %2").arg(Format::pct(t.errorGreenPct), Format::pct(t.errorOrangePct)));
    else
        errors->setUnjudged();
    KpiTile *hint = m_tiles.value(QStringLiteral("decision_hint"));
    if (s.hasSummary) {
        hint->setValue(hintWord(s.decision.hint, Language::ui()), tr("the team's production rule"));
        hint->setJudged(colourOfHint(s.decision.hint), tr("NO-GO when p95 or the error rate is red, WATCH when either is orange"));
    } else {
        hint->setValue(Format::unknown());
        hint->setUnjudged();
    }

    // The views' now: the file's (given or its last event) or, live, when the
    // server answered. The hour holding it is still being filled.
    const QDateTime now = s.asOf.isValid() ? s.asOf : s.fetchedAt;
    m_hoursModel->setPalette(palette);
    m_hoursModel->setRows(s.hourly, now, t);
    m_daysModel->setPalette(palette);
    m_daysModel->setRows(s.daily, now, t);

    // The hours on a time axis: an hour without events is a gap, as in the table.
    constexpr double hourMs = 3600.0 * 1000.0;
    QList<QPointF> searches, partialSearches, errorCounts, p95Points;
    for (const HourlyRow &h : s.hourly) {
        const double centre = double(h.hourSlot.toMSecsSinceEpoch()) + hourMs / 2;
        const bool partial = now.isValid() && now >= h.hourSlot && now < h.hourSlot.addSecs(3600);
        (partial ? partialSearches : searches) << QPointF(centre, double(h.searches));
        errorCounts << QPointF(centre, double(h.errors));
        if (h.p95SearchMs)
            p95Points << QPointF(centre, *h.p95SearchMs);
    }
    std::sort(p95Points.begin(), p95Points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    ChartAxis x;
    x.kind = ChartAxis::Kind::Time;
    const QString noHours = tr("No event in the last %n hour(s).", nullptr, s.hours);

    m_searches->clear();
    m_searches->setTitle(tr("Searches per hour (%1), last %2 h, hours in %3").arg(profile.keyTransaction).arg(s.hours).arg(s.timeZone));
    ChartAxis countAxis;
    countAxis.title = tr("Searches");
    m_searches->setAxes(x, countAxis);
    m_searches->setPlaceholder(noHours);
    m_searches->addColumns(tr("Searches"), searches, hourMs, palette.series(0));
    if (!partialSearches.isEmpty()) {
        QColor light = palette.series(0);
        light.setAlphaF(0.4);
        m_searches->addColumns(tr("Current hour (partial)"), partialSearches, hourMs, light);
    }

    m_p95->clear();
    m_p95->setTitle(tr("p95 of successful searches per hour"));
    ChartAxis msAxis;
    msAxis.title = tr("p95 (ms)");
    msAxis.unit = tr(" ms");
    m_p95->setAxes(x, msAxis);
    m_p95->setPlaceholder(noHours);
    m_p95->addLine(tr("p95"), p95Points, palette.series(0), LineStyle::Solid, 2, true);
    addP95Limits(m_p95, t, palette);

    m_errors->clear();
    m_errors->setTitle(tr("Errors per hour"));
    ChartAxis errorAxis;
    errorAxis.title = tr("Errors");
    m_errors->setAxes(x, errorAxis);
    m_errors->setPlaceholder(noHours);
    // Not the grid's red: an error count has no state of its own (docs/charts.md).
    m_errors->addColumns(tr("Errors"), errorCounts, hourMs, palette.series(1));

    // The days of the window: searches, p95 and error rate per local day.
    constexpr double dayMs = 24 * hourMs;
    QList<QPointF> daySearches, dayP95;
    // Each day's error-rate column in its grid colour, as in the table below
    // (green, orange, red, then without a limit).
    const Colour rateColours[] = {Colour::Green, Colour::Orange, Colour::Red, Colour::NotEvaluated};
    QList<QPointF> dayRate[std::size(rateColours)];
    for (const DailyRow &d : s.daily) {
        const double centre = double(d.dayStart.toMSecsSinceEpoch()) + dayMs / 2;
        daySearches << QPointF(centre, double(d.searches));
        if (d.p95SearchMs)
            dayP95 << QPointF(centre, *d.p95SearchMs);
        if (!d.errorRatePct().isEmpty()) {
            const double rate = d.errorRatePct().toDouble();
            const Colour c = t.errorRateColour(rate);
            const auto slot = std::find(std::begin(rateColours), std::end(rateColours), c) - std::begin(rateColours);
            dayRate[slot] << QPointF(centre, rate);
        }
    }
    std::sort(dayP95.begin(), dayP95.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    const QString noDays = s.hasSummary && s.summary.totalEvents > 0 && s.daily.isEmpty()
        ? tr("This source gives no per-day figures.")
        : tr("No event in the last %n day(s).", nullptr, s.summary.days);
    m_daySearches->clear();
    m_daySearches->setTitle(tr("Searches per day, days in %1").arg(s.timeZone));
    m_daySearches->setAxes(x, countAxis);
    m_daySearches->setPlaceholder(noDays);
    m_daySearches->addColumns(tr("Searches"), daySearches, dayMs * 0.8, palette.series(0));

    m_dayP95->clear();
    m_dayP95->setTitle(tr("p95 of successful searches per day"));
    m_dayP95->setAxes(x, msAxis);
    m_dayP95->setPlaceholder(noDays);
    m_dayP95->addLine(tr("p95"), dayP95, palette.series(0), LineStyle::Solid, 2, true);
    addP95Limits(m_dayP95, t, palette);

    m_dayErrorRate->clear();
    m_dayErrorRate->setTitle(tr("Error rate per day (errors / events)"));
    ChartAxis rateAxis;
    rateAxis.title = tr("Error rate (%)");
    rateAxis.unit = tr(" %");
    rateAxis.decimals = 2;
    m_dayErrorRate->setAxes(x, rateAxis);
    m_dayErrorRate->setPlaceholder(noDays);
    for (std::size_t i = 0; i < std::size(rateColours); ++i) {
        if (dayRate[i].isEmpty())
            continue;
        const Colour c = rateColours[i];
        const QString name = c == Colour::NotEvaluated ? tr("Error rate")
                                                       : tr("%1 Error rate").arg(StatePalette::symbol(c));
        m_dayErrorRate->addColumns(name, dayRate[i], dayMs * 0.8, palette.strong(c));
    }
    if (isKnown(t.errorGreenPct))
        m_dayErrorRate->addHorizontalLine(t.errorGreenPct, tr("Green below %1").arg(Format::pct(t.errorGreenPct)), palette.strong(Colour::Green));
    if (isKnown(t.errorOrangePct))
        m_dayErrorRate->addHorizontalLine(t.errorOrangePct, tr("Red above %1").arg(Format::pct(t.errorOrangePct)), palette.strong(Colour::Red));
}

} // namespace palier::ui
