#include "model/finding.h"

namespace palier {

Finding Finding::warning(const QString &kind, const QString &file, qint64 line, const Params &params)
{
    return Finding {kind, Severity::Warning, file, line, params};
}

Finding Finding::error(const QString &kind, const QString &file, qint64 line, const Params &params)
{
    return Finding {kind, Severity::Error, file, line, params};
}

Finding Finding::info(const QString &kind, const QString &file, qint64 line, const Params &params)
{
    return Finding {kind, Severity::Info, file, line, params};
}

QString severityId(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Info: return QStringLiteral("info");
    case Finding::Severity::Warning: return QStringLiteral("warning");
    case Finding::Severity::Error: return QStringLiteral("error");
    }
    return QStringLiteral("warning");
}

QVariantMap nestedFinding(const Finding &f)
{
    return {{QStringLiteral("kind"), f.kind}, {QStringLiteral("params"), f.params}};
}

} // namespace palier
