#include "io/gzip_device.h"

#include "sources/k6/k6_input.h"

#include <vector>

namespace palier {

struct GzipFileDevice::State {
    explicit State(const QString &path) : file(path) {}
    k6::InputFile file;
    k6::GzipInflater inflater;
    std::vector<std::uint8_t> in;   // compressed input, allocated for gzip only
    std::size_t inPos = 0;
    std::size_t inLen = 0;
    bool inMember = true;
};

GzipFileDevice::GzipFileDevice(const QString &path, const QString &ratioKind)
    : m_s(std::make_unique<State>(path)), m_path(path), m_ratioKind(ratioKind)
{
    m_gzip = m_s->file.isGzip();
    if (m_gzip)
        m_s->in.resize(std::size_t(1) << 18);
    QIODevice::open(QIODevice::ReadOnly);
}

GzipFileDevice::~GzipFileDevice() = default;

qint64 GzipFileDevice::fileSize() const { return m_s->file.size(); }

qint64 GzipFileDevice::size() const { return m_gzip ? QIODevice::size() : m_s->file.size(); }

qint64 GzipFileDevice::readData(char *data, qint64 maxSize)
{
    if (m_done || maxSize <= 0)
        return m_done ? -1 : 0;
    State &s = *m_s;
    try {
        if (!m_gzip) {
            const std::size_t got = s.file.readAt(m_filePos, data, std::size_t(maxSize));
            m_filePos += qint64(got);
            if (got == 0) {
                m_done = true;
                return -1;
            }
            return qint64(got);
        }
        std::size_t produced = 0;
        while (produced == 0) {
            if (s.inPos == s.inLen) {
                s.inLen = s.file.readAt(m_filePos, reinterpret_cast<char *>(s.in.data()), s.in.size());
                s.inPos = 0;
                m_filePos += qint64(s.inLen);
                if (s.inLen == 0) {
                    if (s.inMember)   // the file ends inside a member: truncated
                        m_problem = Finding::error(QStringLiteral("k6.gzip.ends_early"), m_path, 0);
                    m_done = true;
                    return -1;
                }
            }
            if (!s.inMember) {
                // Between members: another one, or bytes that are not gzip (ignored
                // as gzip(1) does, with a warning it prints; here: the end).
                if (s.inLen - s.inPos >= 2 && s.in[s.inPos] == 0x1f && s.in[s.inPos + 1] == 0x8b) {
                    s.inflater.reset();
                    s.inMember = true;
                } else {
                    m_done = true;
                    return -1;
                }
            }
            const std::uint8_t *ip = s.in.data() + s.inPos;
            std::size_t left = s.inLen - s.inPos;
            std::size_t n = 0;
            const auto st = s.inflater.inflate(&ip, &left, data, std::size_t(maxSize), &n);
            s.inPos = s.inLen - left;
            produced = n;
            if (st == k6::GzipInflater::Status::Error) {
                Finding f = s.inflater.error();
                f.file = m_path;
                m_problem = f;
                m_done = true;
                return produced ? qint64(produced) : -1;
            }
            if (st == k6::GzipInflater::Status::MemberEnd)
                s.inMember = false;
        }
        m_inflated += qint64(produced);
        const qint64 consumed = std::max<qint64>(1, m_filePos - qint64(s.inLen - s.inPos));
        if (m_inflated > kRatioFloorBytes && double(m_inflated) > kMaxRatio * double(consumed)) {
            m_problem = Finding::error(m_ratioKind, m_path, 0,
                                       {{QStringLiteral("max_ratio"), qint64(kMaxRatio)},
                                        {QStringLiteral("inflated_mb"), m_inflated >> 20},
                                        {QStringLiteral("compressed_kb"), consumed >> 10}});
            m_done = true;
            return -1;
        }
        return qint64(produced);
    } catch (const InputError &e) {
        m_problem = e.finding;
        m_done = true;
        return -1;
    }
}

} // namespace palier
