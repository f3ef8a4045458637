// A streaming RFC 4180 reader for the CSV files load-test tools write.
//
// Why not a split on commas: names and error messages hold commas and line
// breaks inside quotes (Locust tracebacks), line ends vary (LF, CRLF, and the
// "\r\r\n" Windows text mode makes of Python's CRLF), older writers leave out
// the final newline and Locust 0.13–1.0 quote fields without doubling the
// quotes inside them. Every record remembers the physical line it starts on so
// that errors can say "FILE:LINE: what".
#pragma once

#include "model/run.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace palier {

// How the bytes of a file were turned into text. Structure characters (comma,
// quote, CR, LF) are ASCII and never appear inside a multi-byte character of
// UTF-8 or GB18030, so the file is split on bytes and only fields are decoded.
enum class TextEncoding {
    Utf8,       // valid UTF-8 (or plain ASCII)
    Gb18030,    // not UTF-8 but clean GB18030/GBK: a Chinese Windows locale
    Latin1      // neither: bytes taken as Latin-1 so nothing is lost or refused
};

// UTF-16 text (with or without a byte order mark: Windows tools and editors
// save CSVs that way): the encoding, or nullopt for a byte-oriented file.
// Without a BOM, an ASCII first character followed by a NUL (or the reverse)
// can only be UTF-16 — a CSV header starts with a letter or a quote.
std::optional<QStringConverter::Encoding> utf16Encoding(const QByteArray &head);

class CsvReader {
public:
    // A record longer than this is refused: no real CSV of a load-test tool has
    // one, and it stops an unterminated quote or a binary file from eating memory.
    static constexpr qint64 kMaxRecordBytes = qint64(16) * 1024 * 1024;
    // A record with more fields than this is refused: Locust writes at most a few
    // dozen columns, and a line of commas must not become millions of strings
    // (docs/limits.md).
    static constexpr qsizetype kMaxFields = 1024;

    // Reads from memory. `fileName` is only used in messages.
    CsvReader(const QByteArray &data, const QString &fileName);
    // Reads from an open device, in chunks. The device must outlive the reader.
    CsvReader(QIODevice *device, const QString &fileName);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the next record into fields(). Blank lines are skipped. Returns false
    // at the end of the input. Throws InputError (file, line) for a binary file,
    // a quoted field still open at the end of the file, an oversized record or
    // one with more than kMaxFields fields.
    bool next();

    const QStringList &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    // The field at `i`, or an empty string when the record is shorter.
    QString field(qsizetype i) const { return i >= 0 && i < m_fields.size() ? m_fields.at(i) : QString(); }
    // 1-based physical line on which the current record starts.
    qint64 line() const { return m_recordLine; }
    // True when every field of the current record was written between quotes.
    bool allQuoted() const { return m_allQuoted; }
    // True when field `i` was written between quotes: PostgreSQL's CSV output
    // tells NULL (nothing) from an empty string ("") that way.
    bool fieldQuoted(qsizetype i) const { return i >= 0 && i < m_quoted.size() && m_quoted.at(i); }
    // Bytes consumed so far (for progress).
    qint64 bytesRead() const { return m_consumedBefore + m_pos; }
    const QString &fileName() const { return m_fileName; }

    TextEncoding encoding() const { return m_encoding; }
    // Notices about decoding (e.g. "not UTF-8: decoded as GB18030"), once per file.
    QList<Finding> takeWarnings();

private:
    void init();
    int peek(qsizetype offset);            // byte at m_pos + offset, or -1 at end
    void advance(qsizetype n) { m_pos += n; }
    bool fill(qsizetype need);             // make m_pos + need bytes available
    void consumeLineEnd();                 // one of \n, \r\n, \r\r\n, \r
    void detectUtf16();
    void detectEncoding();
    QString decode(const QByteArray &bytes);
    [[noreturn]] void fail(qint64 line, const QString &kind, const Params &params = {}) const;

    QIODevice *m_device = nullptr;
    QString m_fileName;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumedBefore = 0;   // bytes dropped from the front of m_buf
    bool m_eof = false;            // device exhausted (always true in memory mode)
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_allQuoted = false;
    bool m_started = false;
    QStringList m_fields;
    QList<bool> m_quoted;
    QByteArray m_field;

    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<QStringDecoder> m_utf8;
    std::unique_ptr<QStringDecoder> m_fallback;   // GB18030 when available
    std::unique_ptr<QStringDecoder> m_utf16;      // UTF-16 input, transcoded to UTF-8 as it is read
    bool m_fallbackNoticed = false;
    QList<Finding> m_warnings;
};

// Where each column is, found by name: case and surrounding blanks do not matter.
class CsvHeader {
public:
    CsvHeader() = default;
    explicit CsvHeader(const QStringList &names);
    const QStringList &names() const { return m_names; }
    int indexOf(QLatin1StringView name) const;
    // First of several spellings that is present (Locust renamed its columns).
    int indexOfAny(std::initializer_list<QLatin1StringView> names) const;
    bool has(QLatin1StringView name) const { return indexOf(name) >= 0; }

private:
    QStringList m_names;
    QStringList m_keys;   // simplified, lower case
};

// Numbers as CSV writers print them ("." decimal point, no grouping).
// Empty cells and "N/A" give NaN and count as valid. Returns false for text.
bool parseCsvNumber(QStringView cell, double *out);
// A whole non-negative count; "12" or "12.0". Returns false otherwise.
bool parseCsvCount(QStringView cell, qint64 *out);

} // namespace palier
