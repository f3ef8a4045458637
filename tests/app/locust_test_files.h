// Writing small Locust CSV files for the Locust reader tests, in the exact
// shape Locust 2.x writes them (headers, CRLF, quoting).
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace locust_test {

inline const char *kStatsHeader =
    "Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,"
    "Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%";

inline const char *kHistoryHeader =
    "Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,"
    "Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,"
    "Total Min Response Time,Total Max Response Time,Total Average Content Size";

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// One stats.csv row: every percentile column set to `p`.
inline QByteArray statsRow(const QByteArray &type, const QByteArray &name, qint64 requests, qint64 failures,
                           double avg, double p, double rps)
{
    QByteArray row = type + ',' + name + ',' + QByteArray::number(requests) + ',' + QByteArray::number(failures) + ','
                     + QByteArray::number(p) + ',' + QByteArray::number(avg, 'g', 12) + ",1," + QByteArray::number(p)
                     + ",100," + QByteArray::number(rps, 'g', 12) + ",0";
    for (int i = 0; i < 11; ++i)
        row += ',' + QByteArray::number(p);
    return row + "\r\n";
}

// A stats.csv with one endpoint and its Aggregated row.
inline QByteArray statsFile(qint64 requests, qint64 failures, double avg, double p, double rps,
                            const QByteArray &name = "ep")
{
    return QByteArray(kStatsHeader) + "\r\n" + statsRow("GET", name, requests, failures, avg, p, rps)
           + statsRow("", "Aggregated", requests, failures, avg, p, rps);
}

// One history row; `p` fills the percentile columns (empty: N/A).
inline QByteArray historyRow(qint64 ts, int users, const QByteArray &type, const QByteArray &name, double rps,
                             double fps, const QByteArray &p, double totalRequests, double totalFailures,
                             double totalMedian, double totalAvg, double totalMin, double totalMax)
{
    QByteArray row = QByteArray::number(ts) + ',' + QByteArray::number(users) + ',' + type + ',' + name + ','
                     + QByteArray::number(rps, 'f', 6) + ',' + QByteArray::number(fps, 'f', 6);
    for (int i = 0; i < 11; ++i)
        row += ',' + (p.isEmpty() ? QByteArray("N/A") : p);
    row += ',' + QByteArray::number(qint64(totalRequests)) + ',' + QByteArray::number(qint64(totalFailures)) + ','
           + QByteArray::number(totalMedian) + ',' + QByteArray::number(totalAvg, 'g', 17) + ','
           + QByteArray::number(totalMin) + ',' + QByteArray::number(totalMax) + ",100";
    return row + "\r\n";
}

// A one-level history: `rampRows` rows climbing to `users`, `rows` rows at it,
// then the stop row; `rate` requests a second at `latency` ms.
inline QByteArray levelHistory(qint64 t0, int users, int rampRows, int rows, double rate, double latency)
{
    QByteArray out = QByteArray(kHistoryHeader) + "\r\n";
    out += historyRow(t0, 0, "", "Aggregated", 0, 0, QByteArray(), 0, 0, 0, 0, 0, 0);
    double n = 0;
    qint64 t = t0 + 1;
    auto addRow = [&](int u) {
        n += rate;
        out += historyRow(t, u, "", "Aggregated", rate, 0, QByteArray::number(latency), n, 0, latency, latency,
                          latency, latency);
        ++t;
    };
    for (int i = 1; i <= rampRows; ++i)
        addRow(users * i / (rampRows + 1));
    for (int i = 0; i < rows; ++i)
        addRow(users);
    addRow(users / 5);   // the stop row
    return out;
}

} // namespace locust_test
