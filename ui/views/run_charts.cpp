#include "views/run_charts.h"

#include "i18n/language.h"
#include "words/capacity_words.h"

#include "shell/format.h"
#include "charts/chart_view.h"

#include <algorithm>
#include <functional>

namespace palier::ui {

namespace {

double keyP95(const Stage &stage, const QString &key)
{
    const Endpoint *e = stage.endpoint(key);
    return e ? e->figures.keyPercentile(0.95) : kNaN;   // as the grid judges it
}

QList<QPointF> byUsers(const Run &run, const std::function<double(const Stage &)> &value)
{
    QList<QPointF> points;
    for (const Stage &s : run.stages) {
        const double v = value(s);
        if (isKnown(v))
            points.append(QPointF(s.users, v));
    }
    return points;
}

QList<QPointF> overTime(const QList<TimePoint> &points, double TimePoint::*field)
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const TimePoint &p : points)
        if (isKnown(p.*field))
            out.append(QPointF(double(p.tMs), p.*field));
    return out;
}

ChartAxis usersAxis()
{
    ChartAxis x;
    x.title = RunCharts::tr("Users");
    x.unit = RunCharts::tr(" users");
    return x;
}

ChartAxis msAxis(const QString &title)
{
    ChartAxis y;
    y.title = title;
    y.unit = RunCharts::tr(" ms");
    return y;
}

ChartAxis timeAxis()
{
    ChartAxis x;
    x.kind = ChartAxis::Kind::Time;   // clock times need no axis title
    return x;
}

// The stages' spans behind a chart over time, shaded one in two so that two
// stages side by side stay apart, each labelled with its users.
void addStageBands(ChartView *chart, const Run &run, const StatePalette &palette)
{
    int i = 0;
    for (const Stage &s : run.stages) {
        if (!s.plateauStart.isValid() || !s.plateauEnd.isValid() || s.plateauEnd <= s.plateauStart)
            continue;
        QColor fill = palette.strong(Colour::NotEvaluated);
        fill.setAlphaF(i++ % 2 ? 0.16f : 0.08f);
        chart->addVerticalBand(double(s.plateauStart.toMSecsSinceEpoch()), double(s.plateauEnd.toMSecsSinceEpoch()),
                               fill, Format::users(s.users));
    }
}

void markSaturation(ChartView *chart, const RunVerdict *verdict, const StatePalette &palette)
{
    if (verdict && verdict->saturationPointUsers)
        chart->addVerticalLine(*verdict->saturationPointUsers,
                               RunCharts::tr("Saturation point (%1)").arg(Format::users(*verdict->saturationPointUsers)),
                               palette.strong(Colour::Red), LineStyle::Dashed);
}

// Users on a model's curve from `from` to `to`: even steps, and every stage in
// between, so that hovering a stage reads the model there beside what was observed.
QList<double> modelUsers(const Capacity &c, double from, double to)
{
    constexpr int kSteps = 80;
    QList<double> users;
    for (int i = 0; i <= kSteps; ++i)
        users << from + (to - from) * i / kSteps;
    for (const CapacityStage &s : c.stages)
        if (s.users > from && s.users < to)
            users << s.users;
    std::sort(users.begin(), users.end());
    users.erase(std::unique(users.begin(), users.end()), users.end());
    return users;
}

// A capacity model's curve: solid over the stages it was fitted on, dashed from
// the largest one on. Past yCap the curve stops: a projected latency grows
// without bound and would flatten everything observed.
void addModelCurve(ChartView *chart, const Capacity &c, const std::function<double(double)> &value,
                   const QString &fitted, const QString &projected, const QColor &colour, double yCap = qInf())
{
    const QList<int> used = c.usersUsed();
    if (used.isEmpty())
        return;
    const double smallest = *std::min_element(used.cbegin(), used.cend());
    const double largest = c.largestUsers();
    const auto curve = [&](double from, double to) {
        QList<QPointF> points;
        for (double n : modelUsers(c, from, to)) {
            const double v = value(n);
            if (!isKnown(v))
                continue;
            if (v > yCap) {
                // End the line where it leaves the plot, found between the last two users.
                if (!points.isEmpty()) {
                    double lo = points.last().x(), hi = n;
                    for (int i = 0; i < 40; ++i) {
                        const double mid = (lo + hi) / 2;
                        (value(mid) > yCap ? hi : lo) = mid;
                    }
                    points.append(QPointF(lo, value(lo)));
                }
                break;
            }
            points.append(QPointF(n, v));
        }
        return points;
    };
    chart->addLine(fitted, curve(smallest, largest), colour, LineStyle::Solid, 1.6);
    const QList<QPointF> ahead = curve(largest, RunCharts::projectionEnd(c));
    if (ahead.size() > 1)
        chart->addLine(projected, ahead, colour, LineStyle::Dashed, 1.6);
}

// Where the model says the key p95 turns orange and red, and the throughput
// peak when the stages determine it: labelled on the plot, named in the legend.
void markCapacity(ChartView *chart, const Capacity &c, const StatePalette &palette)
{
    const Language &lang = Language::ui();
    const auto users = [&](double n) { return capacityUsersText(n, c.reachUsers(), lang); };
    if (isKnown(c.usersAtOrange))
        chart->addVerticalLine(c.usersAtOrange, RunCharts::tr("Orange at %1 users, projected").arg(users(c.usersAtOrange)),
                               palette.strong(Colour::Orange), LineStyle::Dotted,
                               RunCharts::tr("orange %1").arg(users(c.usersAtOrange)));
    if (isKnown(c.usersAtRed))
        chart->addVerticalLine(c.usersAtRed, RunCharts::tr("Red at %1 users, projected").arg(users(c.usersAtRed)),
                               palette.strong(Colour::Red), LineStyle::Dotted,
                               RunCharts::tr("red %1").arg(users(c.usersAtRed)));
    if (isKnown(c.peakUsers()))
        chart->addVerticalLine(c.peakUsers(),
                               RunCharts::tr("Throughput peak: %1 at %2 users")
                                   .arg(Format::rps(c.peakRps()), users(c.peakUsers())),
                               palette.strong(Colour::NotEvaluated), LineStyle::Dotted,
                               RunCharts::tr("peak %1").arg(users(c.peakUsers())));
}

// The users axis, reaching as far as the model is drawn.
ChartAxis usersAxis(const Capacity *c)
{
    ChartAxis x = usersAxis();
    if (c && c->hasModel())
        x.spanTo = RunCharts::projectionEnd(*c);
    return x;
}

} // namespace

double RunCharts::projectionEnd(const Capacity &c)
{
    double end = 1.5 * c.largestUsers();
    for (double n : {c.usersAtOrange, c.usersAtRed, c.peakUsers()})
        if (isKnown(n))
            end = std::max(end, 1.1 * n);
    return std::min(end, c.reachUsers());
}

QString RunCharts::noStagesText(const Run &run)
{
    if (run.runLevelOnly)
        return tr("This run has figures for the whole run only (no stages or time series): nothing to chart "
                  "against users.");
    return tr("No stages found in this run.");
}

void RunCharts::addP95Bands(ChartView *chart, const Profile &profile, const StatePalette &palette)
{
    const double green = profile.p95GreenMs();
    const double orange = profile.p95OrangeMs();
    if (!isKnown(green) || !isKnown(orange))
        return;
    chart->addBand(0, green, palette.band(Colour::Green), tr("%1 green ≤ %2").arg(StatePalette::symbol(Colour::Green), Format::ms(green)));
    chart->addBand(green, orange, palette.band(Colour::Orange), tr("%1 orange ≤ %2").arg(StatePalette::symbol(Colour::Orange), Format::ms(orange)));
    chart->addBand(orange, qInf(), palette.band(Colour::Red), tr("%1 red > %2").arg(StatePalette::symbol(Colour::Red), Format::ms(orange)));
}

void RunCharts::latencyByUsers(ChartView *chart, const Run &run, const RunVerdict *verdict, const Profile &profile,
                               const StatePalette &palette, const Capacity *capacity)
{
    chart->clear();
    chart->setTitle(tr("Response time against users"));
    chart->setAxes(usersAxis(capacity), msAxis(tr("Response time (ms)")));
    chart->setPlaceholder(noStagesText(run));
    if (run.stages.isEmpty())
        return;
    addP95Bands(chart, profile, palette);
    chart->addLine(tr("p50"), byUsers(run, [](const Stage &s) { return s.figures.p50Ms; }), palette.series(2),
                   LineStyle::Dotted, 1.5, true);
    chart->addLine(tr("p95"), byUsers(run, [](const Stage &s) { return s.figures.p95Ms; }), palette.series(3),
                   LineStyle::Dashed, 1.5, true);
    chart->addLine(tr("p99"), byUsers(run, [](const Stage &s) { return s.figures.p99Ms; }), palette.series(1),
                   LineStyle::Dotted, 1.5, true);
    // The line the grid judges, drawn last and thickest.
    const QList<QPointF> key = byUsers(run, [&](const Stage &s) { return keyP95(s, profile.keyTransaction); });
    chart->addLine(tr("p95 %1").arg(profile.keyTransaction), key, palette.series(0), LineStyle::Solid, 3, true);
    if (capacity && capacity->hasProjection()) {
        // Stop the projection a little above what was observed and the red
        // limit: past it, latency only climbs and would flatten the stages.
        double top = isKnown(capacity->p95LimitOrange) ? capacity->p95LimitOrange : 0;
        for (const Stage &s : run.stages)
            top = std::max({top, isKnown(s.figures.p99Ms) ? s.figures.p99Ms : 0.0,
                            isKnown(keyP95(s, profile.keyTransaction)) ? keyP95(s, profile.keyTransaction) : 0.0});
        addModelCurve(chart, *capacity, [capacity](double n) { return capacity->keyP95At(n); },
                      tr("p95 %1, model").arg(profile.keyTransaction),
                      tr("p95 %1, projected").arg(profile.keyTransaction), palette.series(0), 1.25 * top);
    }
    chart->addVerticalLine(profile.targetUsers, tr("Target stage (%1)").arg(Format::users(profile.targetUsers)),
                           palette.strong(Colour::NotEvaluated), LineStyle::Dotted);
    markSaturation(chart, verdict, palette);
    if (capacity && capacity->hasModel())
        markCapacity(chart, *capacity, palette);
}

void RunCharts::throughputByUsers(ChartView *chart, const Run &run, const RunVerdict *verdict,
                                  const StatePalette &palette, const Capacity *capacity)
{
    chart->clear();
    chart->setTitle(tr("Throughput against users"));
    ChartAxis y;
    y.title = tr("Requests per second");
    y.unit = tr(" req/s");
    y.decimals = 1;
    chart->setAxes(usersAxis(capacity), y);
    chart->setPlaceholder(noStagesText(run));
    if (run.stages.isEmpty())
        return;
    const QList<QPointF> rps = byUsers(run, [](const Stage &s) { return s.figures.rps; });
    // Where throughput would be if it grew as fast as users from the first stage:
    // the gap to it is the saturation the grid looks for.
    if (!rps.isEmpty() && rps.first().x() > 0) {
        const double perUser = rps.first().y() / rps.first().x();
        QList<QPointF> ideal;
        for (const QPointF &p : rps)
            ideal.append(QPointF(p.x(), perUser * p.x()));
        chart->addLine(tr("In proportion to users"), ideal, palette.strong(Colour::NotEvaluated), LineStyle::Dotted, 1.5);
    }
    chart->addLine(tr("Throughput"), rps, palette.series(0), LineStyle::Solid, 3, true);
    // Not the grid's red: a failure rate has no state of its own (docs/charts.md).
    chart->addLine(tr("Failures/s"), byUsers(run, [](const Stage &s) { return s.figures.failuresPerSec; }),
                   palette.series(1), LineStyle::Solid, 1.5, true);
    if (capacity && capacity->hasModel())
        addModelCurve(chart, *capacity, [capacity](double n) { return capacity->throughputAt(n); },
                      tr("USL fit"), tr("USL projected"), palette.series(0));
    markSaturation(chart, verdict, palette);
    if (capacity && capacity->hasModel())
        markCapacity(chart, *capacity, palette);
}

QList<TimePoint> RunCharts::timeline(const Run &run)
{
    if (!run.series.isEmpty())
        return run.series.points;
    QList<TimePoint> all;
    for (const Stage &s : run.stages)
        all += s.series.points;
    std::stable_sort(all.begin(), all.end(), [](const TimePoint &a, const TimePoint &b) { return a.tMs < b.tMs; });
    return all;
}

void RunCharts::latencyOverTime(ChartView *chart, const Run &run, const Profile &profile, const StatePalette &palette)
{
    chart->clear();
    chart->setTitle(tr("Response time over time"));
    chart->setAxes(timeAxis(), msAxis(tr("Response time (ms)")));
    chart->setPlaceholder(tr("This run has no time series."));
    const QList<TimePoint> points = timeline(run);
    if (points.isEmpty())
        return;
    addStageBands(chart, run, palette);
    chart->addLine(tr("p50"), overTime(points, &TimePoint::p50Ms), palette.series(2), LineStyle::Solid, 1.2);
    chart->addLine(tr("p95"), overTime(points, &TimePoint::p95Ms), palette.series(3), LineStyle::Solid, 1.2);
    chart->addLine(tr("p99"), overTime(points, &TimePoint::p99Ms), palette.series(1), LineStyle::Solid, 1.2);
    // The key transaction's own series when the source has one, else the per-point value.
    QList<QPointF> key;
    const auto endpointSeries = run.endpointSeries.constFind(profile.keyTransaction);
    if (endpointSeries != run.endpointSeries.cend())
        key = overTime(endpointSeries->points, &TimePoint::p95Ms);
    if (key.isEmpty()) {
        QList<TimePoint> fromStages;
        for (const Stage &s : run.stages) {
            const auto it = s.endpointSeries.constFind(profile.keyTransaction);
            if (it != s.endpointSeries.cend())
                fromStages += it->points;
        }
        key = overTime(fromStages, &TimePoint::p95Ms);
    }
    if (key.isEmpty())
        key = overTime(points, &TimePoint::keyP95Ms);
    if (!key.isEmpty())
        chart->addLine(tr("p95 %1").arg(profile.keyTransaction), key, palette.series(0), LineStyle::Solid, 2);
    if (isKnown(profile.p95GreenMs()))
        chart->addHorizontalLine(profile.p95GreenMs(), tr("Green limit %1").arg(Format::ms(profile.p95GreenMs())),
                                 palette.strong(Colour::Green));
    if (isKnown(profile.p95OrangeMs()))
        chart->addHorizontalLine(profile.p95OrangeMs(), tr("Red above %1").arg(Format::ms(profile.p95OrangeMs())),
                                 palette.strong(Colour::Red));
}

void RunCharts::ratesOverTime(ChartView *chart, const Run &run, const StatePalette &palette)
{
    chart->clear();
    chart->setTitle(tr("Requests and failures per second"));
    ChartAxis y;
    y.title = tr("Per second");
    y.unit = tr("/s");
    y.decimals = 1;
    chart->setAxes(timeAxis(), y);
    chart->setPlaceholder(tr("This run has no time series."));
    const QList<TimePoint> points = timeline(run);
    if (points.isEmpty())
        return;
    addStageBands(chart, run, palette);
    chart->addLine(tr("Requests/s"), overTime(points, &TimePoint::rps), palette.series(0), LineStyle::Solid, 1.5);
    chart->addLine(tr("Failures/s"), overTime(points, &TimePoint::failuresPerSec), palette.series(1),
                   LineStyle::Solid, 1.5);
}

void RunCharts::usersOverTime(ChartView *chart, const Run &run, const StatePalette &palette)
{
    chart->clear();
    chart->setTitle(tr("Users over time"));
    ChartAxis y;
    y.title = tr("Users");
    y.unit = tr(" users");
    chart->setAxes(timeAxis(), y);
    chart->setPlaceholder(tr("This run has no time series."));
    const QList<TimePoint> points = timeline(run);
    if (points.isEmpty())
        return;
    addStageBands(chart, run, palette);
    chart->addLine(tr("Users"), overTime(points, &TimePoint::users), palette.series(0), LineStyle::Solid, 1.5);
}

QString RunCharts::compareName(const Run &run, bool baseline)
{
    return baseline ? tr("%1 (baseline)").arg(Format::runName(run)) : Format::runName(run);
}

void RunCharts::compareLatency(ChartView *chart, const QList<const Run *> &runs, const Profile &profile,
                               const StatePalette &palette, int baseline)
{
    chart->clear();
    chart->setTitle(tr("p95 %1 against users").arg(profile.keyTransaction));
    chart->setAxes(usersAxis(), msAxis(tr("p95 (ms)")));
    chart->setPlaceholder(tr("No runs with stages to compare."));
    addP95Bands(chart, profile, palette);
    for (int i = 0; i < runs.size(); ++i)
        chart->addLine(compareName(*runs.at(i), i == baseline),
                       byUsers(*runs.at(i), [&](const Stage &s) { return keyP95(s, profile.keyTransaction); }),
                       palette.series(i), i == baseline ? LineStyle::Dashed : LineStyle::Solid, 2.5, true);
    chart->addVerticalLine(profile.targetUsers, tr("Target stage (%1)").arg(Format::users(profile.targetUsers)),
                           palette.strong(Colour::NotEvaluated), LineStyle::Dotted);
}

void RunCharts::compareThroughput(ChartView *chart, const QList<const Run *> &runs, const StatePalette &palette,
                                  int baseline)
{
    chart->clear();
    chart->setTitle(tr("Throughput against users"));
    ChartAxis y;
    y.title = tr("Requests per second");
    y.unit = tr(" req/s");
    y.decimals = 1;
    chart->setAxes(usersAxis(), y);
    chart->setPlaceholder(tr("No runs with stages to compare."));
    for (int i = 0; i < runs.size(); ++i)
        chart->addLine(compareName(*runs.at(i), i == baseline), byUsers(*runs.at(i), [](const Stage &s) { return s.figures.rps; }),
                       palette.series(i), i == baseline ? LineStyle::Dashed : LineStyle::Solid, 2.5, true);
}

} // namespace palier::ui
