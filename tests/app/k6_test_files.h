// Helpers for the k6 reader tests: k6-shaped rows and files written by the
// tests themselves (plain or gzip, a stepped run in any timestamp format), so
// each rule is tested on input whose answer is known by construction (the
// percentile rule as a reference); copies of the real files in
// tests/data/k6/wild, damaged or reshaped by the test; and look-ups of
// findings by kind (tests assert kinds and parameters, never sentences).
#pragma once

#include "sources/k6/k6_files.h"
#include "words/finding_words.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace k6test {

// k6 v0.41+ header: 19 columns.
inline const QByteArray kHeader19 =
    "metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,"
    "scenario,service,status,subproto,tls_version,url,extra_tags,metadata\n";

// One request's rows as k6 writes them (19 columns, unix seconds by default).
struct Req {
    QByteArray ts;               // timestamp field, already formatted
    double ms = 100;
    QByteArray name = "ep";
    QByteArray method = "GET";
    QByteArray status = "200";
    QByteArray expected = "true";   // "" to leave the tag out
    QByteArray group = "";
    QByteArray scenario = "default";
    QByteArray errorCode = "";
    QByteArray error = "";
    bool failedRow = true;       // write the http_req_failed row
};

inline QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 6);
}

inline QByteArray requestRows(const Req &r)
{
    const QByteArray tags = "," + r.error + "," + r.errorCode + "," + r.expected + "," + r.group + "," + r.method + ","
        + r.name + ",HTTP/1.1," + r.scenario + ",," + r.status + ",,,http://host/" + r.name + ",,";
    QByteArray out;
    out += "http_reqs," + r.ts + ",1.000000," + tags + "\n";
    out += "http_req_duration," + r.ts + "," + num(r.ms) + "," + tags + "\n";
    out += "http_req_waiting," + r.ts + "," + num(r.ms * 0.9) + "," + tags + "\n";
    if (r.failedRow) {
        const bool failed = r.expected == "false"
            || (r.expected.isEmpty() && (r.status.toInt() >= 400 || (r.status == "0" && !r.errorCode.isEmpty())));
        out += "http_req_failed," + r.ts + "," + (failed ? "1.000000" : "0.000000") + "," + tags + "\n";
    }
    return out;
}

inline QByteArray vusRow(const QByteArray &ts, int users)
{
    return "vus," + ts + "," + num(users) + ",,,,,,,,,,,,,,,,\n";
}

// The docs/grid-rules.md §12 rule on a sorted copy, written as k6 writes it.
inline double reference(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double i = p * (double(v.size()) - 1.0);
    const double j = v[std::size_t(std::floor(i))];
    const double k = v[std::size_t(std::ceil(i))];
    return j + (k - j) * (i - std::floor(i));
}

enum class Fmt { Seconds, Milli, Micro, Nano, Rfc3339, Rfc3339Nano };

// Timestamp of second `s` after 2023-11-14T22:13:20Z in the given format.
inline QByteArray stamp(Fmt f, int s)
{
    const qint64 t = 1700000000 + s;
    switch (f) {
    case Fmt::Seconds: return QByteArray::number(t);
    case Fmt::Milli: return QByteArray::number(t * 1000 + 250);
    case Fmt::Micro: return QByteArray::number(t * 1000000 + 250000);
    case Fmt::Nano: return QByteArray::number(t * 1000000000 + 250000000);
    case Fmt::Rfc3339:
        return QDateTime::fromSecsSinceEpoch(t, Qt::OffsetFromUTC, 3600).toString(Qt::ISODate).toLatin1();
    case Fmt::Rfc3339Nano:
        return QDateTime::fromSecsSinceEpoch(t, Qt::OffsetFromUTC, -4 * 3600)
                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.250000001"))
                   .toLatin1()
            + "-04:00";
    }
    return {};
}

// 5 s ramp, 20 VUs for 30 s, 5 s ramp, 40 VUs for 20 s; one vus sample per
// second; `perSecond` requests per second with durations from `rng`.
inline QByteArray steppedRun(Fmt f, std::mt19937 &rng, std::vector<double> *all, int perSecond = 7)
{
    QByteArray out = kHeader19;
    std::vector<int> users;
    for (int i = 1; i <= 5; ++i)
        users.push_back(3 * i);
    users.insert(users.end(), 30, 20);
    for (int i = 1; i <= 5; ++i)
        users.push_back(20 + 3 * i);
    users.insert(users.end(), 20, 40);
    std::lognormal_distribution<double> lat(4.0, 0.6);
    for (int s = 0; s < int(users.size()); ++s) {
        out += vusRow(stamp(f, s), users[std::size_t(s)]);
        for (int k = 0; k < perSecond; ++k) {
            Req r;
            r.ts = stamp(f, s);
            r.ms = std::round(lat(rng) * 1e6) / 1e6;   // %f keeps 6 decimals
            r.name = k % 3 ? "search" : "login";
            r.method = k % 3 ? "GET" : "POST";
            out += requestRows(r);
            if (all)
                all->push_back(r.ms);
        }
    }
    return out;
}

inline QByteArray gzip(const QByteArray &data)
{
    z_stream zs {};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

inline QString write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
    return path;
}

inline palier::Run load(const QString &path, const palier::k6::Tuning &tuning = {})
{
    return palier::k6::loadFile(path, palier::k6::runIdFor(path), {}, tuning);
}

inline const QString kWild = QStringLiteral(PALIER_TEST_DATA "/k6/wild/");
// One test exported as CSV, NDJSON and handleSummary JSON (1 VU, 1000 requests).
inline const QString kMiguel =
    kWild + QStringLiteral("MiguelFerreira18__Comparing_JSON_and_ProtoBuf_in_HTTP-based-_REST_architectures/");

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// A real file's lines, to damage or reshape (a trailing empty element when the
// file ends with a line break; join('\n') gives the file back).
inline QList<QByteArray> lines(const QString &path)
{
    return readAll(path).split('\n');
}

inline QList<palier::Finding> findingsOf(const palier::Run &run, const QString &kind)
{
    QList<palier::Finding> out;
    for (const palier::Finding &f : run.findings)
        if (f.kind == kind)
            out.append(f);
    return out;
}

// The first finding of `kind`, or an empty one (kind empty) when there is none.
inline palier::Finding findingOf(const palier::Run &run, const QString &kind)
{
    const QList<palier::Finding> all = findingsOf(run, kind);
    return all.isEmpty() ? palier::Finding {} : all.first();
}

inline qint64 intParam(const palier::Finding &f, const char *name)
{
    return f.params.value(QString::fromLatin1(name)).toLongLong();
}

inline QString textParam(const palier::Finding &f, const char *name)
{
    return f.params.value(QString::fromLatin1(name)).toString();
}

// "kind@line" of every finding, for failure messages.
inline QString kinds(const palier::Run &run)
{
    QStringList out;
    for (const palier::Finding &f : run.findings)
        out.append(f.kind + QLatin1Char('@') + QString::number(f.line));
    return out.join(QStringLiteral(", "));
}

// Kinds of the run's findings that have no sentence template (a bug: the
// finding would reach people as its bare kind), nested problems included.
inline QStringList unworded(const palier::Run &run)
{
    QStringList out;
    auto check = [&](const QString &kind, const palier::Params &params, auto &self) -> void {
        if (!palier::findingTemplates().find(kind))
            out.append(kind);
        for (const QVariant &v : params)
            if (v.typeId() == QMetaType::QVariantMap && v.toMap().contains(QStringLiteral("kind")))
                self(v.toMap().value(QStringLiteral("kind")).toString(),
                     v.toMap().value(QStringLiteral("params")).toMap(), self);
    };
    for (const palier::Finding &f : run.findings)
        check(f.kind, f.params, check);
    return out;
}

// The error a file's loading throws (kind empty when it loads).
inline palier::Finding loadError(const QString &path, const palier::k6::Tuning &tuning = {})
{
    try {
        load(path, tuning);
    } catch (const palier::InputError &e) {
        return e.finding;
    }
    return {};
}

} // namespace k6test
