// The monitoring views as JSON (docs/db.md: the seed's column names), plain
// text and Markdown. Shared by `palier db` and whoever else shows them.
#pragma once

#include "db/monitoring_views.h"

#include <QString>

namespace palier {

struct ViewContext {
    QString table;              // as shown to people
    QString keyTransaction;
    QString timeZone;
    int days = 7;
    int hours = 48;
    DecisionThresholds thresholds;
};

// JSON documents, keys exactly the seed's columns, in its order. Integers as
// integers, NULL as null, error_rate_pct as the digits PostgreSQL printed
// ("2.24", "0.00") written as a JSON number, so no digit is lost or added.
QString summaryJson(const MonitoringSummary &s);
QString hourlyJson(const QList<HourlyRow> &hours);
QString decisionJson(const MonitoringDecision &d);
// `db all`: { "summary": {…}, "hourly": { "hours": […] }, "decision": {…} },
// each part exactly as its own view writes it (docs/cli.md).
QString allJson(const MonitoringSnapshot &s);

QString summaryText(const MonitoringSummary &s, const ViewContext &c);
QString hourlyText(const QList<HourlyRow> &hours, const ViewContext &c);
QString decisionText(const MonitoringDecision &d, const ViewContext &c);

QString summaryMarkdown(const MonitoringSummary &s, const ViewContext &c);
QString hourlyMarkdown(const QList<HourlyRow> &hours, const ViewContext &c);
QString decisionMarkdown(const MonitoringDecision &d, const ViewContext &c);

} // namespace palier
