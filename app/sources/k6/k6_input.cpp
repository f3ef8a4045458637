#include "sources/k6/k6_input.h"

#include "io/system_error.h"

#include <QFile>

#include <cerrno>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(PALIER_HAVE_ISAL)
#include <isa-l/igzip_lib.h>
#else
#include <zlib.h>
#endif

namespace palier::k6 {

namespace {

// Called from the parsing threads (readAt): systemError, not strerror.
[[noreturn]] void failErrno(const QString &path)
{
    const int code = errno;
    throw inputError(QStringLiteral("file.unreadable"), path, 0, {{QStringLiteral("error"), systemError(code)}});
}

Finding gzipProblem(const char *kind, const Params &params = {})
{
    return Finding::error(QString::fromLatin1(kind), QString(), 0, params);
}

} // namespace

InputFile::InputFile(const QString &path) : path_(path)
{
    const QByteArray native = QFile::encodeName(path);
    fd_ = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0)
        failErrno(path);
    struct stat st;
    if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd_);
        fd_ = -1;
        throw inputError(QStringLiteral("k6.not_regular_file"), path, 0);
    }
    size_ = std::int64_t(st.st_size);
#if defined(POSIX_FADV_SEQUENTIAL)
    ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
}

InputFile::~InputFile()
{
    if (fd_ >= 0)
        ::close(fd_);
}

std::size_t InputFile::readAt(std::int64_t offset, char *buf, std::size_t n) const
{
    std::size_t got = 0;
    while (got < n) {
        const ssize_t r = ::pread(fd_, buf + got, n - got, off_t(offset + std::int64_t(got)));
        if (r < 0) {
            if (errno == EINTR)
                continue;
            failErrno(path_);
        }
        if (r == 0)
            break;
        got += std::size_t(r);
    }
    return got;
}

bool InputFile::isGzip() const
{
    unsigned char m[2] = {0, 0};
    return readAt(0, reinterpret_cast<char *>(m), 2) == 2 && m[0] == 0x1f && m[1] == 0x8b;
}

#if defined(PALIER_HAVE_ISAL)
struct GzipInflater::State {
    inflate_state st;
};

GzipInflater::GzipInflater() : s_(std::make_unique<State>())
{
    reset();
}

void GzipInflater::reset()
{
    isal_inflate_init(&s_->st);
    s_->st.crc_flag = ISAL_GZIP;
}

const char *GzipInflater::backend()
{
    return "isa-l";
}

GzipInflater::Status GzipInflater::inflate(const std::uint8_t **in, std::size_t *inLen, char *out, std::size_t cap,
                                           std::size_t *produced)
{
    inflate_state &st = s_->st;
    // avail_in/avail_out are 32-bit: feed at most 1 GiB at a time.
    const std::uint32_t inChunk = std::uint32_t(std::min<std::size_t>(*inLen, 1u << 30));
    st.next_in = const_cast<std::uint8_t *>(*in);
    st.avail_in = inChunk;
    st.next_out = reinterpret_cast<std::uint8_t *>(out);
    st.avail_out = std::uint32_t(std::min<std::size_t>(cap, 1u << 30));
    const std::uint32_t outCap = st.avail_out;
    const int r = isal_inflate(&st);
    const std::size_t used = inChunk - st.avail_in;
    *in += used;
    *inLen -= used;
    *produced = outCap - st.avail_out;
    if (r < 0) {
        switch (r) {
        case ISAL_INCORRECT_CHECKSUM: error_ = gzipProblem("k6.gzip.checksum_mismatch"); break;
        case ISAL_INVALID_WRAPPER: error_ = gzipProblem("k6.gzip.bad_header"); break;
        case ISAL_UNSUPPORTED_METHOD: error_ = gzipProblem("k6.gzip.unsupported_method"); break;
        default: error_ = gzipProblem("k6.gzip.bad_deflate", {{QStringLiteral("code"), r}}); break;
        }
        return Status::Error;
    }
    if (st.block_state == ISAL_BLOCK_FINISH)
        return Status::MemberEnd;
    return Status::Ok;
}
#else
struct GzipInflater::State {
    z_stream zs;
};

GzipInflater::GzipInflater() : s_(std::make_unique<State>())
{
    std::memset(&s_->zs, 0, sizeof(z_stream));
    inflateInit2(&s_->zs, 15 + 16);   // gzip wrapper only
}

void GzipInflater::reset()
{
    inflateReset(&s_->zs);
}

const char *GzipInflater::backend()
{
    return "zlib";
}

GzipInflater::Status GzipInflater::inflate(const std::uint8_t **in, std::size_t *inLen, char *out, std::size_t cap,
                                           std::size_t *produced)
{
    z_stream &zs = s_->zs;
    const uInt inChunk = uInt(std::min<std::size_t>(*inLen, 1u << 30));
    zs.next_in = const_cast<Bytef *>(*in);
    zs.avail_in = inChunk;
    zs.next_out = reinterpret_cast<Bytef *>(out);
    zs.avail_out = uInt(std::min<std::size_t>(cap, 1u << 30));
    const uInt outCap = zs.avail_out;
    const int r = ::inflate(&zs, Z_NO_FLUSH);
    const std::size_t used = inChunk - zs.avail_in;
    *in += used;
    *inLen -= used;
    *produced = outCap - zs.avail_out;
    if (r == Z_STREAM_END)
        return Status::MemberEnd;
    if (r == Z_OK || r == Z_BUF_ERROR)
        return Status::Ok;
    // zlib's own message is English from the library: a parameter, not our text.
    error_ = zs.msg ? gzipProblem("k6.gzip.zlib_error", {{QStringLiteral("message"), QString::fromLatin1(zs.msg)}})
                    : gzipProblem("k6.gzip.bad_deflate", {{QStringLiteral("code"), r}});
    return Status::Error;
}
#endif

GzipInflater::~GzipInflater()
{
#if !defined(PALIER_HAVE_ISAL)
    inflateEnd(&s_->zs);
#endif
}

namespace {

// Inflates a whole (small) gzip file content, up to `max` output bytes.
// Returns false with what went wrong on damage; `out` holds what was inflated.
bool inflateAll(const std::string &in, std::size_t max, std::string *out, Finding *why, bool *tooLarge)
{
    GzipInflater inf;
    const std::uint8_t *p = reinterpret_cast<const std::uint8_t *>(in.data());
    std::size_t left = in.size();
    std::vector<char> buf(1 << 16);
    *tooLarge = false;
    bool inMember = true;
    while (left > 0) {
        if (!inMember) {
            if (left >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
                inf.reset();
                inMember = true;
            } else {
                break;   // trailing bytes after the last member
            }
        }
        std::size_t produced = 0;
        const std::size_t before = left;
        const GzipInflater::Status st = inf.inflate(&p, &left, buf.data(), buf.size(), &produced);
        if (out->size() + produced > max) {
            out->append(buf.data(), max - out->size());
            *tooLarge = true;
            return true;
        }
        out->append(buf.data(), produced);
        if (st == GzipInflater::Status::Error) {
            *why = inf.error();
            return false;
        }
        if (st == GzipInflater::Status::MemberEnd)
            inMember = false;
        else if (produced == 0 && left == before)
            break;
    }
    // Output may still be pending in the inflater with no more input.
    for (int guard = 0; inMember && guard < 1 << 20; ++guard) {
        std::size_t produced = 0;
        const GzipInflater::Status st = inf.inflate(&p, &left, buf.data(), buf.size(), &produced);
        if (out->size() + produced > max) {
            out->append(buf.data(), max - out->size());
            *tooLarge = true;
            return true;
        }
        out->append(buf.data(), produced);
        if (st == GzipInflater::Status::MemberEnd) {
            inMember = false;
            break;
        }
        if (st == GzipInflater::Status::Error) {
            *why = inf.error();
            return false;
        }
        if (produced == 0)
            break;
    }
    if (inMember) {
        *why = gzipProblem("k6.gzip.ends_early");
        return false;
    }
    return true;
}

} // namespace

std::string readContentPrefix(const QString &path, std::size_t max, bool *gzip)
{
    if (gzip)
        *gzip = false;
    try {
        InputFile f(path);
        const bool gz = f.isGzip();
        if (gzip)
            *gzip = gz;
        // A compressed prefix of `max` bytes inflates to at least `max` bytes of
        // text for any real k6 file; read a little more to be safe.
        std::string raw(std::size_t(std::min<std::int64_t>(f.size(), std::int64_t(gz ? max : max))), '\0');
        raw.resize(f.readAt(0, raw.data(), raw.size()));
        if (!gz)
            return raw;
        std::string out;
        Finding why;
        bool tooLarge = false;
        inflateAll(raw, max, &out, &why, &tooLarge);
        return out;
    } catch (const InputError &) {
        return {};
    }
}

std::string readWholeContent(const QString &path, std::size_t max)
{
    InputFile f(path);
    const bool gz = f.isGzip();
    const Params maxMb {{QStringLiteral("max_mb"), qint64(max >> 20)}};
    if (!gz && f.size() > std::int64_t(max))
        throw inputError(QStringLiteral("k6.summary.too_large"), path, 0, maxMb);
    std::string raw(std::size_t(std::min<std::int64_t>(f.size(), std::int64_t(max))), '\0');
    raw.resize(f.readAt(0, raw.data(), raw.size()));
    if (!gz)
        return raw;
    std::string out;
    Finding why;
    bool tooLarge = false;
    if (!inflateAll(raw, max, &out, &why, &tooLarge)) {
        why.file = path;
        throw InputError {why};
    }
    if (tooLarge)
        throw inputError(QStringLiteral("k6.summary.inflates_too_large"), path, 0, maxMb);
    return out;
}

} // namespace palier::k6
