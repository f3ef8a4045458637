// Reading k6 files: positional block reads of a plain file (pread, no mapping:
// a mapped 1 GB file would count its pages in the process's resident memory),
// and streaming gzip inflation through ISA-L's igzip (PALIER_HAVE_ISAL) or zlib.
// Gzip is recognised by its magic bytes 1f 8b, never by the file name.
#pragma once

#include "model/run.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>

namespace palier::k6 {

class InputFile {
public:
    explicit InputFile(const QString &path);   // throws InputError
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    std::int64_t size() const { return size_; }
    const QString &path() const { return path_; }
    // Reads up to n bytes at offset; fewer only at the end of the file.
    // Safe from several threads at once. Throws InputError on an I/O error.
    std::size_t readAt(std::int64_t offset, char *buf, std::size_t n) const;
    bool isGzip() const;   // starts with 1f 8b

private:
    QString path_;
    std::int64_t size_ = 0;
    int fd_ = -1;
};

// A gzip stream inflater (one member at a time; the caller resets it for the
// next member of a multi-member file).
class GzipInflater {
public:
    enum class Status { Ok, MemberEnd, Error };
    GzipInflater();
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    // Inflates from [*in, *in + *inLen) into out (cap bytes); advances *in and
    // *inLen, sets *produced.
    Status inflate(const std::uint8_t **in, std::size_t *inLen, char *out, std::size_t cap, std::size_t *produced);
    void reset();
    // What went wrong after Status::Error, as a finding kind and its parameters
    // (no file: the caller places it), e.g. "k6.gzip.checksum_mismatch".
    const Finding &error() const { return error_; }
    static const char *backend();   // "isa-l" or "zlib"

private:
    struct State;
    std::unique_ptr<State> s_;
    Finding error_;
};

// The first `max` bytes of a file's content, inflated when it is gzip (a damaged
// or short stream gives what could be inflated). For recognising files.
std::string readContentPrefix(const QString &path, std::size_t max, bool *gzip = nullptr);

// The whole content (inflated when gzip), refusing more than `max` bytes.
// Throws InputError (file unreadable, too large, damaged gzip).
std::string readWholeContent(const QString &path, std::size_t max);

} // namespace palier::k6
