#include "sources/locust/locust_files.h"

#include "io/csv_reader.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace palier::locust {

namespace {

constexpr qint64 kSniffBytes = 64 * 1024;

bool isPercentileName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\d+(\\.\\d+)?\\s*%?\\s*$"));
    return re.match(name).hasMatch();
}

struct Suffix {
    QLatin1StringView text;
    FileKind kind;
};

// Longest first: "_stats_history.csv" also ends with no other suffix, but keep
// the order explicit.
constexpr Suffix kSuffixes[] = {
    {QLatin1StringView("_stats_history.csv"), FileKind::History},
    {QLatin1StringView("_stats.csv"), FileKind::Stats},
    {QLatin1StringView("_failures.csv"), FileKind::Failures},
    {QLatin1StringView("_exceptions.csv"), FileKind::Exceptions},
    {QLatin1StringView("_requests.csv"), FileKind::LegacyRequests},
    {QLatin1StringView("_distribution.csv"), FileKind::Distribution},
};

// Units a stage runner writes after (or before) the user count.
const QString kUnits = QStringLiteral("users?|clients?|vus?|threads?|u");

} // namespace

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Stats: return QStringLiteral("stats.csv");
    case FileKind::LegacyRequests: return QStringLiteral("requests.csv");
    case FileKind::Distribution: return QStringLiteral("distribution.csv");
    case FileKind::History: return QStringLiteral("stats_history.csv");
    case FileKind::Failures: return QStringLiteral("failures.csv");
    case FileKind::Exceptions: return QStringLiteral("exceptions.csv");
    case FileKind::Unknown: break;
    }
    return QStringLiteral("CSV");
}

FileKind kindFromHeader(const QStringList &names)
{
    const CsvHeader h(names);
    const bool hasName = h.has(QLatin1StringView("Name"));
    const bool hasCount = h.has(QLatin1StringView("Request Count")) || h.has(QLatin1StringView("# requests"));
    if (h.has(QLatin1StringView("Count")) && h.has(QLatin1StringView("Message"))
        && h.has(QLatin1StringView("Traceback")))
        return FileKind::Exceptions;
    if (!hasName)
        return FileKind::Unknown;
    if (h.has(QLatin1StringView("Method")) && h.has(QLatin1StringView("Error"))
        && h.has(QLatin1StringView("Occurrences")))
        return FileKind::Failures;
    if (h.has(QLatin1StringView("Timestamp"))
        && (h.has(QLatin1StringView("User Count")) || h.has(QLatin1StringView("Total Request Count")) || hasCount))
        return FileKind::History;
    if (h.has(QLatin1StringView("Type")) && hasCount)
        return FileKind::Stats;
    if (h.has(QLatin1StringView("Method")) && h.has(QLatin1StringView("# requests")))
        return FileKind::LegacyRequests;
    if (h.has(QLatin1StringView("# requests"))) {
        for (const QString &n : names)
            if (isPercentileName(n))
                return FileKind::Distribution;
    }
    return FileKind::Unknown;
}

InputError fileError(const QString &path, qint64 line, const QString &kind, const Params &params)
{
    return inputError(kind, path, line, params);
}

Sniff sniffFile(const QString &path)
{
    Sniff s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        s.status = Sniff::Status::Unreadable;
        s.problem = fileError(path, 0, QStringLiteral("file.unreadable"), {{QStringLiteral("error"), f.errorString()}}).finding;
        return s;
    }
    // No more than the file holds: read(n) allocates n bytes first, and Locust
    // files are often smaller than the sniff (a FIFO or pipe says nothing of
    // its size: ask for the whole sniff).
    const qint64 avail = f.isSequential() ? kSniffBytes : std::min(kSniffBytes, f.bytesAvailable());
    QByteArray head = avail > 0 ? f.read(avail) : QByteArray();
    // UTF-16 (Windows editors): read the header as the CSV reader will.
    if (const auto utf16 = utf16Encoding(head)) {
        QStringDecoder decoder(*utf16);
        head = QString(decoder.decode(head)).toUtf8();
    }
    if (head.trimmed().isEmpty()) {
        s.status = Sniff::Status::Empty;
        s.problem = fileError(path, 1, QStringLiteral("file.empty")).finding;
        return s;
    }
    const qsizetype nul = head.indexOf('\0');
    if (nul >= 0) {
        s.status = Sniff::Status::Binary;
        s.problem = fileError(path, 1 + head.left(nul).count('\n'), QStringLiteral("csv.binary")).finding;
        return s;
    }
    try {
        CsvReader reader(head, path);
        if (reader.next()) {
            s.header = reader.fields();
            s.headerQuoted = reader.allQuoted();
            s.kind = kindFromHeader(s.header);
        }
    } catch (const InputError &) {
        // The first record does not even close within the sniff window.
    }
    if (s.kind == FileKind::Unknown) {
        s.status = Sniff::Status::Foreign;
        QString shown = s.header.join(QLatin1Char(','));
        if (shown.size() > 60)
            shown = shown.left(57) + QStringLiteral("…");
        s.problem = fileError(path, 1, QStringLiteral("locust.not_locust_csv"), {{QStringLiteral("header"), shown}}).finding;
        return s;
    }
    s.status = Sniff::Status::Ok;
    return s;
}

FileName splitFileName(const QString &fileName)
{
    for (const Suffix &suffix : kSuffixes) {
        if (fileName.endsWith(suffix.text, Qt::CaseInsensitive))
            return {fileName.left(fileName.size() - suffix.text.size()), suffix.kind};
        // "--csv ''" is refused by Locust, but a user may rename to plain "stats.csv".
        if (fileName.compare(suffix.text.sliced(1), Qt::CaseInsensitive) == 0)
            return {QString(), suffix.kind};
    }
    QString stem = fileName;
    if (stem.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return {stem, FileKind::Unknown};
}

namespace {

// The user-count token of a prefix: its position, length and value.
struct UsersToken {
    qsizetype start = -1, length = 0;
    int users = -1;
};

UsersToken findUsersToken(const QString &prefix)
{
    // Count then unit ("50users", "5_clients", "100-vu"), not glued to a
    // preceding digit nor followed by a letter.
    static const QRegularExpression after(
        QStringLiteral("(?<![0-9])(\\d{1,7})[ _.\\-]?(?:%1)(?![a-z])").arg(kUnits),
        QRegularExpression::CaseInsensitiveOption);
    // Unit then count ("users_20", "u100"), the unit not glued to a preceding letter.
    static const QRegularExpression before(
        QStringLiteral("(?<![a-z])(?:%1)[ _.\\-]?(\\d{1,7})(?![0-9])").arg(kUnits),
        QRegularExpression::CaseInsensitiveOption);
    UsersToken token;
    for (const QRegularExpression *re : {&after, &before}) {
        auto it = re->globalMatch(prefix);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            token = {m.capturedStart(0), m.capturedLength(0), m.captured(1).toInt()};
        }
        if (token.start >= 0)
            return token;
    }
    return token;
}

} // namespace

int usersFromPrefix(const QString &prefix)
{
    return findUsersToken(prefix).users;
}

QString familyKey(const QString &prefix)
{
    QString key = prefix;
    const UsersToken token = findUsersToken(prefix);
    if (token.start >= 0)
        key.replace(token.start, token.length, QStringLiteral("\x01"));
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    key.replace(digits, QStringLiteral("#"));
    key.replace(QStringLiteral("\x01"), QStringLiteral("{U}"));
    return key;
}

} // namespace palier::locust
