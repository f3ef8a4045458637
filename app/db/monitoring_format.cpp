#include "db/monitoring_format.h"

#include <QCoreApplication>

#include <cmath>

namespace palier {

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("palier::Db", s, disambiguation, n);
}

QString jsonInt(std::optional<int> v) { return v ? QString::number(*v) : QStringLiteral("null"); }

// PostgreSQL numeric text is already a valid JSON number ("-0.50", "12.00").
QString jsonNumeric(const QString &v) { return v.isEmpty() ? QStringLiteral("null") : v; }

QString jsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString msText(std::optional<int> v) { return v ? tr("%1 ms").arg(*v) : tr("n/a"); }

QString pctText(const QString &v) { return v.isEmpty() ? tr("n/a") : tr("%1 %").arg(v); }

QString limit(double v) { return std::isfinite(v) ? QString::number(v, 'g', 15) : tr("none"); }

QString hourText(const HourlyRow &h)
{
    // "2026-11-22 14:00 +01:00": the ISO slot without seconds, easier to read.
    const QString iso = h.hourSlotIso();
    return iso.left(10) + u' ' + iso.mid(11, 5) + u' ' + iso.mid(19);
}

QString thresholdsLine(const ViewContext &c)
{
    const DecisionThresholds &t = c.thresholds;
    return tr("WATCH when p95 %1 %2 ms or error rate %3 %4 %; NO_GO when p95 %5 %6 ms or error rate %7 %8 %")
        .arg(t.p95GreenStrict ? QStringLiteral(">=") : QStringLiteral(">"), limit(t.p95GreenMs),
             t.errorGreenStrict ? QStringLiteral(">=") : QStringLiteral(">"), limit(t.errorGreenPct),
             t.p95OrangeStrict ? QStringLiteral(">=") : QStringLiteral(">"), limit(t.p95OrangeMs),
             t.errorOrangeStrict ? QStringLiteral(">=") : QStringLiteral(">"), limit(t.errorOrangePct));
}

QString padLeft(const QString &s, int width) { return s.rightJustified(width); }

} // namespace

QString summaryJson(const MonitoringSummary &s)
{
    return QStringLiteral("{\n  \"total_events\": %1,\n  \"active_sessions\": %2,\n  \"searches\": %3,\n"
                          "  \"avg_search_ms\": %4,\n  \"p95_search_ms\": %5,\n  \"error_rate_pct\": %6\n}\n")
        .arg(QString::number(s.totalEvents), QString::number(s.activeSessions), QString::number(s.searches),
             jsonInt(s.avgSearchMs), jsonInt(s.p95SearchMs), jsonNumeric(s.errorRatePct));
}

QString hourlyJson(const QList<HourlyRow> &hours)
{
    QString out = QStringLiteral("{\n  \"hours\": [");
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const HourlyRow &h = hours.at(i);
        out += (i ? QStringLiteral(",\n    ") : QStringLiteral("\n    "));
        // The seed's four columns, then the hour's events and error rate
        // (docs/cli.md: added, nothing renamed).
        out += QStringLiteral("{ \"hour_slot\": %1, \"searches\": %2, \"p95_search_ms\": %3, \"errors\": %4, "
                              "\"events\": %5, \"error_rate_pct\": %6 }")
                   .arg(jsonString(h.hourSlotIso()), QString::number(h.searches), jsonInt(h.p95SearchMs),
                        QString::number(h.errors), QString::number(h.events), jsonNumeric(h.errorRatePct()));
    }
    out += hours.isEmpty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n  ]\n}\n");
    return out;
}

QString decisionJson(const MonitoringDecision &d)
{
    return QStringLiteral("{\n  \"p95_search_ms\": %1,\n  \"error_rate_pct\": %2,\n  \"decision_hint\": %3\n}\n")
        .arg(jsonInt(d.p95SearchMs), jsonNumeric(d.errorRatePct), jsonString(decisionHintId(d.hint)));
}

QString allJson(const MonitoringSnapshot &s)
{
    const auto nested = [](QString part) {
        part = part.trimmed();
        part.replace(u'\n', QStringLiteral("\n  "));
        return part;
    };
    QString days = QStringLiteral("{\n  \"days\": [");
    for (qsizetype i = 0; i < s.daily.size(); ++i) {
        const DailyRow &d = s.daily.at(i);
        days += (i ? QStringLiteral(",\n    ") : QStringLiteral("\n    "));
        days += QStringLiteral("{ \"day\": %1, \"events\": %2, \"searches\": %3, \"p95_search_ms\": %4, \"errors\": %5, "
                               "\"error_rate_pct\": %6 }")
                    .arg(jsonString(isoWithOffset(d.dayStart)), QString::number(d.events), QString::number(d.searches),
                         jsonInt(d.p95SearchMs), QString::number(d.errors), jsonNumeric(d.errorRatePct()));
    }
    days += s.daily.isEmpty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n  ]\n}\n");
    return QStringLiteral("{\n  \"summary\": %1,\n  \"hourly\": %2,\n  \"decision\": %3,\n  \"daily\": %4\n}\n")
        .arg(nested(summaryJson(s.summary)), nested(hourlyJson(s.hourly)), nested(decisionJson(s.decision)), nested(days));
}

QString summaryText(const MonitoringSummary &s, const ViewContext &c)
{
    QString out = tr("Production monitoring, last %n day(s) (%1)\n", nullptr, c.days).arg(c.table);
    const QList<QPair<QString, QString>> rows {
        {tr("Events"), QString::number(s.totalEvents)},
        {tr("Active sessions"), QString::number(s.activeSessions)},
        {tr("Searches (%1)").arg(c.keyTransaction), QString::number(s.searches)},
        {tr("Average search"), msText(s.avgSearchMs)},
        {tr("p95 search"), msText(s.p95SearchMs)},
        {tr("Error rate"), pctText(s.errorRatePct)},
    };
    int width = 0;
    for (const auto &r : rows)
        width = std::max(width, int(r.first.size()));
    for (const auto &r : rows)
        out += QStringLiteral("  ") + r.first.leftJustified(width + 2) + r.second + u'\n';
    return out;
}

QString hourlyText(const QList<HourlyRow> &hours, const ViewContext &c)
{
    QString out = tr("Searches per hour, last %n hour(s) (%1, time zone %2)\n", nullptr, c.hours)
                      .arg(c.table, c.timeZone);
    if (hours.isEmpty())
        return out + tr("  no event in the window\n");
    const QString hHour = tr("Hour"), hSearch = tr("Searches"), hP95 = tr("p95 (ms)"), hErr = tr("Errors");
    const int w0 = std::max(int(hHour.size()), 23);
    out += QStringLiteral("  ") + hHour.leftJustified(w0) + QStringLiteral("  ") + padLeft(hSearch, 9)
        + QStringLiteral("  ") + padLeft(hP95, 9) + QStringLiteral("  ") + padLeft(hErr, 7) + u'\n';
    for (const HourlyRow &h : hours)
        out += QStringLiteral("  ") + hourText(h).leftJustified(w0) + QStringLiteral("  ")
            + padLeft(QString::number(h.searches), 9) + QStringLiteral("  ")
            + padLeft(h.p95SearchMs ? QString::number(*h.p95SearchMs) : QStringLiteral("-"), 9)
            + QStringLiteral("  ") + padLeft(QString::number(h.errors), 7) + u'\n';
    return out;
}

QString decisionText(const MonitoringDecision &d, const ViewContext &c)
{
    return tr("Decision hint, last %n day(s) (%1): %2\n", nullptr, c.days).arg(c.table, decisionHintId(d.hint))
        + tr("  p95 %1: %2\n").arg(c.keyTransaction, msText(d.p95SearchMs))
        + tr("  Error rate: %1\n").arg(pctText(d.errorRatePct))
        + QStringLiteral("  ") + thresholdsLine(c) + u'\n';
}

QString summaryMarkdown(const MonitoringSummary &s, const ViewContext &c)
{
    return tr("## Production monitoring, last %n day(s)\n\n", nullptr, c.days)
        + tr("Table `%1`.\n\n").arg(c.table)
        + tr("| Metric | Value |\n|---|---:|\n")
        + tr("| Events | %1 |\n").arg(s.totalEvents)
        + tr("| Active sessions | %1 |\n").arg(s.activeSessions)
        + tr("| Searches (`%1`) | %2 |\n").arg(c.keyTransaction).arg(s.searches)
        + tr("| Average search | %1 |\n").arg(msText(s.avgSearchMs))
        + tr("| p95 search | %1 |\n").arg(msText(s.p95SearchMs))
        + tr("| Error rate | %1 |\n").arg(pctText(s.errorRatePct));
}

QString hourlyMarkdown(const QList<HourlyRow> &hours, const ViewContext &c)
{
    QString out = tr("## Searches per hour, last %n hour(s)\n\n", nullptr, c.hours)
        + tr("Table `%1`, time zone %2.\n\n").arg(c.table, c.timeZone);
    if (hours.isEmpty())
        return out + tr("No event in the window.\n");
    out += tr("| Hour | Searches | p95 (ms) | Errors |\n|---|---:|---:|---:|\n");
    for (const HourlyRow &h : hours)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(hourText(h), QString::number(h.searches),
                        h.p95SearchMs ? QString::number(*h.p95SearchMs) : QStringLiteral("–"),
                        QString::number(h.errors));
    return out;
}

QString decisionMarkdown(const MonitoringDecision &d, const ViewContext &c)
{
    return tr("## Production decision hint, last %n day(s)\n\n", nullptr, c.days)
        + tr("**%1** (table `%2`)\n\n").arg(decisionHintId(d.hint), c.table)
        + tr("- p95 `%1`: %2\n").arg(c.keyTransaction, msText(d.p95SearchMs))
        + tr("- Error rate: %1\n").arg(pctText(d.errorRatePct))
        + QStringLiteral("- ") + thresholdsLine(c) + u'\n';
}

} // namespace palier
