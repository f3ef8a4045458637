#include "sources/locust/read_context.h"

#include "sources/locust/locust_files.h"

namespace palier::locust {

void ReadContext::poll(const CsvReader &reader) const
{
    if (!options)
        return;
    if (options->cancelled())
        throw LoadCancelled{};
    if (options->progress)
        options->progress(bytesBefore + reader.bytesRead(), totalBytes);
}

CsvFile::CsvFile(const QString &path, ReadContext &ctx) : m_path(path), m_ctx(ctx), m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw fileError(path, 0, QStringLiteral("file.unreadable"), {{QStringLiteral("error"), m_file.errorString()}});
    m_size = m_file.size();
    m_reader = std::make_unique<CsvReader>(&m_file, path);
    if (!m_reader->next())
        throw fileError(path, 1, QStringLiteral("file.empty"));
    m_header = CsvHeader(m_reader->fields());
    m_headerQuoted = m_reader->allQuoted();
}

CsvFile::~CsvFile()
{
    if (m_reader && m_ctx.warnings)
        m_ctx.warnings->append(m_reader->takeWarnings());
}

bool CsvFile::next()
{
    if ((++m_records & 4095) == 0)
        m_ctx.poll(*m_reader);
    return m_reader->next();
}

} // namespace palier::locust
