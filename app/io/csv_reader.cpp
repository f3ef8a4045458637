#include "io/csv_reader.h"

#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace palier {

namespace {

constexpr qsizetype kChunk = 1 << 20;   // device reads; also the encoding sniff window

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

CsvReader::CsvReader(const QByteArray &data, const QString &fileName)
    : m_fileName(fileName), m_buf(data), m_eof(true)
{
    init();
}

CsvReader::CsvReader(QIODevice *device, const QString &fileName)
    : m_device(device), m_fileName(fileName)
{
    init();
}

CsvReader::~CsvReader() = default;

std::optional<QStringConverter::Encoding> utf16Encoding(const QByteArray &head)
{
    if (head.size() < 2)
        return std::nullopt;
    const auto b = [&](qsizetype i) { return i < head.size() ? static_cast<unsigned char>(head[i]) : 0x100; };
    if (b(0) == 0xFF && b(1) == 0xFE)
        return QStringConverter::Utf16LE;
    if (b(0) == 0xFE && b(1) == 0xFF)
        return QStringConverter::Utf16BE;
    if (b(0) != 0 && b(0) < 0x80 && b(1) == 0)
        return QStringConverter::Utf16LE;
    if (b(0) == 0 && b(1) != 0 && b(1) < 0x80)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

void CsvReader::init()
{
    m_utf8 = std::make_unique<QStringDecoder>(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    fill(3);
    detectUtf16();
    // A UTF-8 byte order mark is not part of the first header name.
    if (m_buf.size() >= 3 && static_cast<unsigned char>(m_buf[0]) == 0xEF
        && static_cast<unsigned char>(m_buf[1]) == 0xBB && static_cast<unsigned char>(m_buf[2]) == 0xBF)
        m_pos = 3;
    detectEncoding();
}

bool CsvReader::fill(qsizetype need)
{
    while (m_pos + need > m_buf.size() && !m_eof) {
        // Drop what was consumed, then append the next chunk.
        if (m_pos > 0) {
            m_consumedBefore += m_pos;
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        // No more than the device holds: read(n) allocates n bytes first, and
        // most Locust files are far smaller than a chunk.
        const qint64 avail = m_device->bytesAvailable();
        // A file or buffer says exactly what is left: at its end, do not ask
        // for a chunk (read(n) allocates n bytes first, a megabyte per reader).
        if (avail <= 0 && !m_device->isSequential()) {
            m_eof = true;
            break;
        }
        const QByteArray raw = m_device->read(avail > 0 ? std::min<qint64>(avail, kChunk) : kChunk);
        if (raw.isEmpty()) {
            m_eof = true;
            break;
        }
        // UTF-16 input: transcoded chunk by chunk (the decoder keeps a pair cut
        // between two chunks).
        m_buf.append(m_utf16 ? QString(m_utf16->decode(raw)).toUtf8() : raw);
    }
    return m_pos + need <= m_buf.size();
}

int CsvReader::peek(qsizetype offset)
{
    if (m_pos + offset < m_buf.size() || fill(offset + 1))
        return static_cast<unsigned char>(m_buf[m_pos + offset]);
    return -1;
}

void CsvReader::detectUtf16()
{
    const std::optional<QStringConverter::Encoding> enc = utf16Encoding(m_buf.mid(m_pos, 4));
    if (!enc)
        return;
    // Everything after this point reads UTF-8: the first chunk now, the next
    // ones as fill() brings them. A byte order mark is dropped by the decoder.
    m_utf16 = std::make_unique<QStringDecoder>(*enc);
    m_buf = QString(m_utf16->decode(m_buf.mid(m_pos))).toUtf8();
    m_consumedBefore += m_pos;
    m_pos = 0;
    m_warnings.append(Finding::info(QStringLiteral("csv.encoding_utf16"), m_fileName, 0,
                                    {{QStringLiteral("byte_order"),
                                      *enc == QStringConverter::Utf16LE ? QStringLiteral("LE") : QStringLiteral("BE")}}));
}

void CsvReader::detectEncoding()
{
    // Decide from the first chunk (the whole file in memory mode): a later field
    // that is not valid UTF-8 still falls back field by field in decode().
    fill(kChunk);
    const QByteArray head = m_buf.mid(m_pos, kChunk);
    if (isAscii(head))
        return;
    QStringDecoder utf8(QStringDecoder::Utf8);   // stateful: a cut sequence at the end is no error
    const QString asUtf8 = utf8.decode(head);     // decode() is lazy: convert to run it
    Q_UNUSED(asUtf8);
    if (!utf8.hasError())
        return;
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        const QString asGb = gb.decode(head);
        Q_UNUSED(asGb);
        if (!gb.hasError()) {
            m_encoding = TextEncoding::Gb18030;
            m_warnings.append(Finding::warning(QStringLiteral("csv.encoding_gbk"), m_fileName, 0));
            return;
        }
    }
    m_encoding = TextEncoding::Latin1;
    m_warnings.append(Finding::warning(QStringLiteral("csv.encoding_latin1"), m_fileName, 0));
}

QString CsvReader::decode(const QByteArray &bytes)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (m_encoding == TextEncoding::Latin1)
        return QString::fromLatin1(bytes);
    if (m_encoding == TextEncoding::Utf8) {
        m_utf8->resetState();
        QString text = m_utf8->decode(bytes);
        if (!m_utf8->hasError())
            return text;
    }
    // GB18030 file, or a UTF-8 file with a stray non-UTF-8 field.
    if (!m_fallback)
        m_fallback = std::make_unique<QStringDecoder>("GB18030", QStringDecoder::Flag::Stateless);
    if (m_fallback->isValid()) {
        m_fallback->resetState();
        QString text = m_fallback->decode(bytes);
        if (!m_fallback->hasError()) {
            if (m_encoding == TextEncoding::Utf8 && !m_fallbackNoticed) {
                m_fallbackNoticed = true;
                m_warnings.append(Finding::warning(QStringLiteral("csv.encoding_gbk_from"), m_fileName, m_recordLine));
            }
            return text;
        }
    }
    if (!m_fallbackNoticed) {
        m_fallbackNoticed = true;
        m_warnings.append(Finding::warning(QStringLiteral("csv.encoding_latin1_from"), m_fileName, m_recordLine));
    }
    return QString::fromLatin1(bytes);
}

QList<Finding> CsvReader::takeWarnings()
{
    QList<Finding> out;
    out.swap(m_warnings);
    return out;
}

void CsvReader::fail(qint64 line, const QString &kind, const Params &params) const
{
    throw inputError(kind, m_fileName, line, params);
}

void CsvReader::consumeLineEnd()
{
    const int c = peek(0);
    if (c == '\n') {
        advance(1);
    } else if (c == '\r') {
        if (peek(1) == '\n')
            advance(2);
        else if (peek(1) == '\r' && peek(2) == '\n')
            advance(3);   // "\r\r\n": CRLF written through a Windows text-mode file
        else
            advance(1);   // a lone CR (classic Mac) ends a line too
    } else {
        return;
    }
    ++m_line;
}

bool CsvReader::next()
{
    m_fields.clear();
    m_quoted.clear();
    m_allQuoted = true;
    // Blank lines carry no record.
    for (;;) {
        const int c = peek(0);
        if (c < 0)
            return false;
        if (c != '\n' && c != '\r')
            break;
        consumeLineEnd();
    }
    m_recordLine = m_line;
    qint64 recordBytes = 0;
    for (;;) {
        m_field.resize(0);   // keeps the capacity: no allocation per field
        bool quoted = false;
        int c = peek(0);
        if (c == '"') {
            quoted = true;
            const qint64 openedAt = m_line;
            advance(1);
            for (;;) {
                c = peek(0);
                if (c < 0)
                    fail(openedAt, QStringLiteral("csv.unclosed_quote"));
                if (c == '"') {
                    const int n = peek(1);
                    if (n == '"') {              // doubled quote: one literal quote
                        m_field.append('"');
                        advance(2);
                    } else if (n < 0 || n == ',' || n == '\r' || n == '\n') {
                        advance(1);              // closing quote
                        break;
                    } else {
                        // Locust 0.13–1.0 did not double inner quotes: a quote that
                        // does not end the field is part of it.
                        m_field.append('"');
                        advance(1);
                    }
                } else if (c == '\r' || c == '\n') {
                    consumeLineEnd();            // a line break inside the field
                    m_field.append('\n');
                } else if (c == 0) {
                    fail(m_line, QStringLiteral("csv.binary"));
                } else {
                    m_field.append(char(c));
                    advance(1);
                }
                if (recordBytes + m_field.size() > kMaxRecordBytes)
                    fail(openedAt, QStringLiteral("csv.record_too_long"), {{QStringLiteral("max_mb"), kMaxRecordBytes >> 20}});
            }
        } else {
            while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                if (c == 0)
                    fail(m_line, QStringLiteral("csv.binary"));
                m_field.append(char(c));
                advance(1);
                if (recordBytes + m_field.size() > kMaxRecordBytes)
                    fail(m_recordLine, QStringLiteral("csv.record_too_long"), {{QStringLiteral("max_mb"), kMaxRecordBytes >> 20}});
                c = peek(0);
            }
        }
        // The separator counts too: a line of commas holds no field bytes but
        // would otherwise make millions of empty fields (docs/limits.md).
        recordBytes += m_field.size() + 1;
        if (m_fields.size() >= kMaxFields)
            fail(m_recordLine, QStringLiteral("csv.too_many_fields"), {{QStringLiteral("max"), qint64(kMaxFields)}});
        m_fields.append(decode(m_field));
        m_quoted.append(quoted);
        if (!quoted)
            m_allQuoted = false;
        c = peek(0);
        if (c == ',') {
            advance(1);
            continue;
        }
        consumeLineEnd();   // end of record (no-op at the end of the file)
        return true;
    }
}

CsvHeader::CsvHeader(const QStringList &names) : m_names(names)
{
    m_keys.reserve(names.size());
    for (const QString &n : names)
        m_keys.append(n.simplified().toLower());
}

int CsvHeader::indexOf(QLatin1StringView name) const
{
    const QString key = QString(name).simplified().toLower();
    return int(m_keys.indexOf(key));
}

int CsvHeader::indexOfAny(std::initializer_list<QLatin1StringView> names) const
{
    for (const QLatin1StringView n : names) {
        const int i = indexOf(n);
        if (i >= 0)
            return i;
    }
    return -1;
}

namespace {

// ASCII cells into a buffer for std::from_chars (QString::toDouble goes through
// locale data and is several times slower on the millions of cells of a history).
bool toAscii(QStringView t, char *buf, qsizetype cap, qsizetype *len)
{
    if (t.size() >= cap)
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (c > 127)
            return false;
        buf[i] = char(c);
    }
    *len = t.size();
    return true;
}

} // namespace

bool parseCsvNumber(QStringView cell, double *out)
{
    const QStringView t = cell.trimmed();
    if (t.isEmpty() || t.compare(u"N/A", Qt::CaseInsensitive) == 0) {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    char buf[64];
    qsizetype len = 0;
    if (!toAscii(t, buf, sizeof buf, &len))
        return false;
    const char *begin = buf, *end = buf + len;
    if (begin != end && *begin == '+')
        ++begin;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc() || ptr != end || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

bool parseCsvCount(QStringView cell, qint64 *out)
{
    const QStringView t = cell.trimmed();
    char buf[64];
    qsizetype len = 0;
    if (t.isEmpty() || !toAscii(t, buf, sizeof buf, &len))
        return false;
    qint64 v = 0;
    const auto [ptr, ec] = std::from_chars(buf, buf + len, v);
    if (ec == std::errc() && ptr == buf + len && v >= 0) {
        *out = v;
        return true;
    }
    double d = 0;
    if (parseCsvNumber(t, &d) && isKnown(d) && d >= 0 && d == std::floor(d) && d < 9.0e15) {
        *out = qint64(d);
        return true;
    }
    return false;
}

} // namespace palier
