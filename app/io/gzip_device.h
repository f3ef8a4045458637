// A file read sequentially through QIODevice, inflated on the fly when it is
// gzip (magic bytes 1f 8b, never the name; several members in a row, as
// `cat a.gz b.gz` makes, are read one after the other). For readers that take a
// device (CsvReader): a monitoring export of a week is often gzipped.
//
// A QIODevice cannot throw through Qt's read(), so trouble (damaged or truncated
// gzip data, a decompression bomb, an I/O error) ends the stream and is kept as
// a finding: a reader calls problem() when it meets the end, and reports that
// rather than what the cut-off text looks like.
#pragma once

#include "model/finding.h"

#include <QIODevice>

#include <memory>
#include <optional>

namespace palier {

class GzipFileDevice : public QIODevice {
public:
    // The inflated size may exceed the compressed one by this factor only past
    // kRatioFloorBytes (docs/limits.md): real CSV exports compress 5–20×.
    static constexpr double kMaxRatio = 250;
    static constexpr qint64 kRatioFloorBytes = qint64(256) << 20;

    // Opens `path` (throws InputError when it cannot be opened). `ratioKind` is
    // the finding kind used for a decompression bomb.
    GzipFileDevice(const QString &path, const QString &ratioKind);
    ~GzipFileDevice() override;

    bool isGzip() const { return m_gzip; }
    // A plain file says what is left (so a reader stops at its end without
    // asking for another chunk); gzip cannot know before inflating.
    bool isSequential() const override { return m_gzip; }
    qint64 size() const override;
    // What ended the stream early, if anything (file set, line 0).
    const std::optional<Finding> &problem() const { return m_problem; }
    // Compressed bytes consumed so far (for progress).
    qint64 compressedPos() const { return m_filePos; }
    qint64 fileSize() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct State;
    std::unique_ptr<State> m_s;
    QString m_path;
    QString m_ratioKind;
    bool m_gzip = false;
    bool m_done = false;
    qint64 m_filePos = 0;       // next byte of the file to read
    qint64 m_inflated = 0;
    std::optional<Finding> m_problem;
};

} // namespace palier
