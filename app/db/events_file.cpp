#include "db/events_file.h"

#include "db/zone_clock.h"
#include "io/csv_reader.h"
#include "io/gzip_device.h"
#include "sources/load.h"

#include <QHash>

#include <charconv>
#include <cmath>

namespace palier {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(qint64 y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Reads `n` digits at `i` (n = 0: one or more) into *v.
bool digits(QStringView s, qsizetype &i, int n, qint64 *v)
{
    const qsizetype start = i;
    qint64 x = 0;
    while (i < s.size() && s[i].isDigit() && s[i].unicode() < 128 && (n == 0 || i - start < n)) {
        if (x > 100000000000LL)
            return false;
        x = x * 10 + (s[i].unicode() - '0');
        ++i;
    }
    if (i == start || (n > 0 && i - start != n))
        return false;
    *v = x;
    return true;
}

} // namespace

bool parsePgTimestamp(QStringView s, qint64 *wallUs, std::optional<int> *offsetSeconds)
{
    qsizetype i = 0;
    qint64 y, mo, d, h, mi, sec;
    if (!digits(s, i, 0, &y) || y < 1 || y > 294276 || i >= s.size() || s[i] != u'-')
        return false;
    ++i;
    if (!digits(s, i, 2, &mo) || i >= s.size() || s[i] != u'-' || (++i, !digits(s, i, 2, &d)))
        return false;
    if (mo < 1 || mo > 12)
        return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d < 1 || d > kDays[mo - 1] + (mo == 2 && isLeap(y) ? 1 : 0))
        return false;
    h = mi = sec = 0;
    qint64 frac = 0;
    if (i < s.size() && (s[i] == u' ' || s[i] == u'T')) {
        ++i;
        if (!digits(s, i, 2, &h) || i >= s.size() || s[i] != u':' || (++i, !digits(s, i, 2, &mi)))
            return false;
        if (i < s.size() && s[i] == u':') {
            ++i;
            if (!digits(s, i, 2, &sec))
                return false;
            if (i < s.size() && s[i] == u'.') {
                ++i;
                const qsizetype start = i;
                while (i < s.size() && s[i].unicode() >= '0' && s[i].unicode() <= '9') {
                    if (i - start < 6)
                        frac = frac * 10 + (s[i].unicode() - '0');
                    else if (i - start == 6 && s[i].unicode() >= '5')
                        ++frac;   // PostgreSQL rounds input to microseconds
                    ++i;
                }
                if (i == start)
                    return false;
                for (qsizetype k = i - start; k < 6; ++k)
                    frac *= 10;
            }
        }
        // 24:00:00 is valid input in PostgreSQL (the next midnight); 60 s is not.
        if (h > 24 || mi > 59 || sec > 59 || (h == 24 && (mi || sec || frac)))
            return false;
    }
    std::optional<int> offset;
    if (i < s.size()) {
        if (s[i] == u'Z' && i + 1 == s.size()) {
            offset = 0;
            ++i;
        } else if (s[i] == u'+' || s[i] == u'-') {
            const int sign = s[i] == u'-' ? -1 : 1;
            ++i;
            qint64 oh, om = 0, os = 0;
            if (!digits(s, i, 2, &oh))
                return false;
            if (i < s.size() && s[i] == u':') {
                ++i;
                if (!digits(s, i, 2, &om))
                    return false;
                if (i < s.size() && s[i] == u':' && (++i, !digits(s, i, 2, &os)))
                    return false;
            } else if (i + 2 <= s.size() && s[i].isDigit()) {
                if (!digits(s, i, 2, &om))   // +0530
                    return false;
            }
            if (oh > 15 || om > 59 || os > 59)
                return false;
            offset = sign * int(oh * 3600 + om * 60 + os);
        }
    }
    if (i != s.size())
        return false;   // " BC", trailing text, a time zone name
    *wallUs = ((daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + sec) * kUsPerSecond) + frac;
    *offsetSeconds = offset;
    return true;
}

bool parsePgNumber(QStringView s, ParsedDuration *out)
{
    ParsedDuration r;
    if (s == u"NaN" || s == u"Infinity" || s == u"-Infinity" || s == u"+Infinity") {
        r.finite = false;
        r.integral = false;
        r.value = s == u"NaN" ? std::nan("") : (s.startsWith(u'-') ? -HUGE_VAL : HUGE_VAL);
        *out = r;
        return true;
    }
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        negative = s[i++] == u'-';
    qint64 mant = 0;
    int sig = 0;           // significant digits kept
    int scale = 0;
    bool any = false;
    bool point = false;
    for (; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c == u'.' && !point) {
            point = true;
            r.integral = false;
            continue;
        }
        if (c < u'0' || c > u'9')
            break;
        any = true;
        if (mant == 0 && c == u'0') {
            if (point)
                ++scale;   // leading zeros of the fraction
            continue;
        }
        if (++sig > 18)
            return false;
        mant = mant * 10 + (c - u'0');
        if (point)
            ++scale;
    }
    if (!any)
        return false;
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        r.exponent = true;
        r.integral = false;
        int esign = 1;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
            esign = s[i++] == u'-' ? -1 : 1;
        qint64 e = 0;
        if (!digits(s, i, 0, &e) || e > 400)
            return false;
        scale -= esign * int(e);
    }
    if (i != s.size())
        return false;
    if (mant == 0)
        scale = 0;
    r.exact = {negative ? -mant : mant, scale};
    // float8 as PostgreSQL reads the same text (strtod: correctly rounded).
    const QByteArray latin = s.toLatin1();
    const char *b = latin.constData();
    if (*b == '+')
        ++b;
    const auto res = std::from_chars(b, latin.constData() + latin.size(), r.value);
    if (res.ec == std::errc::result_out_of_range)
        return false;
    *out = r;
    return true;
}

EventLog readEventsCsv(const QString &path, const EventsReadOptions &options, const std::atomic<bool> *cancelled)
{
    EventLog log;
    log.file = path;
    log.keyTransaction = options.keyTransaction;
    GzipFileDevice device(path, QStringLiteral("events.gzip_ratio_too_high"));
    CsvReader reader(&device, path);
    // Anything the reader says after the stream ended early is about the cut,
    // not the text: report the cut (damaged or truncated gzip, I/O error).
    const auto next = [&] {
        try {
            const bool more = reader.next();
            if (!more && device.problem())
                throw InputError {*device.problem()};
            return more;
        } catch (const InputError &) {
            if (device.problem())
                throw InputError {*device.problem()};
            throw;
        }
    };
    if (!next())
        throw inputError(QStringLiteral("file.empty"), path, 0);
    const CsvHeader header(reader.fields());
    const DbSchema &schema = options.schema;
    const auto column = [&](const QString &name) {
        // Exact name first (PostgreSQL names are case-sensitive), then the
        // case-insensitive match CsvHeader makes.
        int at = int(reader.fields().indexOf(name));
        if (at < 0)
            at = header.indexOf(QLatin1StringView(name.toLatin1()));
        if (at < 0)
            throw inputError(QStringLiteral("events.missing_column"), path, 1,
                             {{QStringLiteral("column"), name}, {QStringLiteral("columns"), reader.fields()}});
        return at;
    };
    const int cSession = column(schema.sessionId), cType = column(schema.eventType), cStatus = column(schema.status),
              cDuration = column(schema.durationMs), cCreated = column(schema.createdAt);
    const qsizetype width = reader.fields().size();

    QHash<QString, quint32> sessionIds;
    std::optional<bool> zoned;
    bool sawFraction = false, sawExponent = false;
    if (options.durationKind) {
        log.durationKind = *options.durationKind;
        log.durationKindInferred = false;
    }
    qint64 firstFractionLine = 0;

    // A row cut by the end of a damaged stream looks short or malformed: say
    // what cut it instead (the device knows).
    try {
        while (next()) {
            if (cancelled && (log.rows & 0xfff) == 0 && cancelled->load(std::memory_order_relaxed))
                throw LoadCancelled {};
            ++log.rows;
            const qint64 line = reader.line();
            if (reader.size() != width)
                throw inputError(QStringLiteral("events.wrong_field_count"), path, line,
                                 {{QStringLiteral("expected"), qint64(width)}, {QStringLiteral("found"), qint64(reader.size())}});
            const auto isNull = [&](int c) { return reader.fields().at(c).isEmpty() && !reader.fieldQuoted(c); };

            if (isNull(cCreated)) {
                ++log.rowsWithoutTime;
                continue;
            }
            const QString &created = reader.fields().at(cCreated);
            qint64 wall = 0;
            std::optional<int> offset;
            if (created == u"-infinity") {
                ++log.rowsWithoutTime;   // before every window
                continue;
            }
            if (!parsePgTimestamp(created, &wall, &offset))
                throw inputError(created == u"infinity" ? QStringLiteral("events.infinite_time") : QStringLiteral("events.bad_time"),
                                 path, line, {{QStringLiteral("column"), schema.createdAt}, {QStringLiteral("value"), created}});
            if (!zoned)
                zoned = offset.has_value();
            else if (*zoned != offset.has_value())
                throw inputError(QStringLiteral("events.mixed_time_kinds"), path, line,
                                 {{QStringLiteral("column"), schema.createdAt}, {QStringLiteral("value"), created}});
            const qint64 t = offset ? wall - qint64(*offset) * kUsPerSecond : wall;

            quint8 flags = 0;
            if (!isNull(cType) && reader.fields().at(cType) == options.keyTransaction)
                flags |= EventLog::Key;
            const bool hasStatus = !isNull(cStatus);
            if (hasStatus && reader.fields().at(cStatus) == schema.errorStatus)
                flags |= EventLog::Error;
            if (!isNull(cDuration)) {
                ParsedDuration dur;
                if (!parsePgNumber(reader.fields().at(cDuration), &dur))
                    throw inputError(QStringLiteral("events.bad_duration"), path, line,
                                     {{QStringLiteral("column"), schema.durationMs}, {QStringLiteral("value"), reader.fields().at(cDuration)}});
                if (!dur.integral && !firstFractionLine)
                    firstFractionLine = line;
                sawFraction = sawFraction || !dur.integral;
                sawExponent = sawExponent || dur.exponent;
                if (!log.durationKindInferred && log.durationKind == DurationKind::Integer && !dur.integral)
                    throw inputError(QStringLiteral("events.not_integer_duration"), path, line,
                                     {{QStringLiteral("column"), schema.durationMs}, {QStringLiteral("value"), reader.fields().at(cDuration)}});
                if ((flags & EventLog::Key) && hasStatus && reader.fields().at(cStatus) == schema.okStatus) {
                    flags |= EventLog::KeyOkDuration;
                    if (!dur.finite)
                        log.nonFinite.emplace_back(qint64(log.values.size()), line);
                    log.values.push_back(dur.value);
                    log.exact.push_back(dur.exact);
                }
            }

            quint32 session = 0;
            if (!isNull(cSession)) {
                auto it = sessionIds.find(reader.fields().at(cSession));
                if (it == sessionIds.end())
                    it = sessionIds.insert(reader.fields().at(cSession), quint32(sessionIds.size()));
                session = it.value() + 1;
            }
            if (log.times.empty()) {
                log.firstTime = log.lastTime = t;
            } else {
                log.firstTime = std::min(log.firstTime, t);
                log.lastTime = std::max(log.lastTime, t);
            }
            log.times.push_back(t);
            log.sessions.push_back(session);
            log.flags.push_back(flags);
        }
    } catch (const InputError &) {
        if (device.problem())
            throw InputError {*device.problem()};
        throw;
    }
    log.zoned = zoned.value_or(true);
    log.distinctSessions = quint32(sessionIds.size());
    if (log.durationKindInferred) {
        // What the text shows: whole numbers only → an integer column; an
        // exponent → double precision (numeric never prints one); decimals
        // otherwise → numeric (exact). A double precision column holding only
        // decimals reads as numeric: its average then differs from
        // PostgreSQL's float one only when the exact mean is a half (ROUND
        // numeric goes away from zero, float8 to even) — say --duration-type.
        log.durationKind = sawExponent ? DurationKind::Float : sawFraction ? DurationKind::Numeric : DurationKind::Integer;
    }
    return log;
}

} // namespace palier
