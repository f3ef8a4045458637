// What every Locust file reader shares while one result set loads: where
// warnings go, the progress callback and the cancel flag; and one open CSV file
// with its header already read.
#pragma once

#include "io/csv_reader.h"
#include "sources/load.h"

#include <QFile>

#include <memory>

namespace palier::locust {

struct ReadContext {
    const LoadOptions *options = nullptr;
    QList<Finding> *warnings = nullptr;
    qint64 bytesBefore = 0;   // bytes of the set's files already read
    qint64 totalBytes = 0;

    void warn(const QString &kind, const QString &file, qint64 line, const Params &params = {}) const
    {
        if (warnings)
            warnings->append(Finding::warning(kind, file, line, params));
    }
    void add(const Finding &f) const
    {
        if (warnings)
            warnings->append(f);
    }
    // Cancel promptly, report progress.
    void poll(const CsvReader &reader) const;
};

// One Locust CSV file opened for reading, header read. Throws InputError when the
// file cannot be opened, is empty or binary, or has no header.
class CsvFile {
public:
    CsvFile(const QString &path, ReadContext &ctx);
    ~CsvFile();
    CsvFile(const CsvFile &) = delete;
    CsvFile &operator=(const CsvFile &) = delete;

    const QString &path() const { return m_path; }
    const CsvHeader &header() const { return m_header; }
    bool headerQuoted() const { return m_headerQuoted; }
    // Next data record; false at the end. Polls cancel/progress now and then.
    bool next();
    CsvReader &reader() { return *m_reader; }
    qint64 line() const { return m_reader->line(); }
    QString cell(int column) const { return m_reader->field(column); }
    qsizetype size() const { return m_reader->size(); }
    qsizetype bytes() const { return m_size; }

private:
    QString m_path;
    ReadContext &m_ctx;
    QFile m_file;
    qint64 m_size = 0;
    std::unique_ptr<CsvReader> m_reader;
    CsvHeader m_header;
    bool m_headerQuoted = false;
    qint64 m_records = 0;
};

} // namespace palier::locust
