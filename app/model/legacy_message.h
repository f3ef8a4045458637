// TRANSITIONAL: a finding whose sentence was already worded in English by its
// reader. Removed once every reader reports typed findings (kind + params).
#pragma once

#include "model/finding.h"

namespace palier {

struct Diagnostic {
    using Severity = Finding::Severity;
    Severity severity = Severity::Warning;
    QString file;
    qint64 line = 0;
    QString message;
    operator Finding() const
    {
        return Finding {QStringLiteral("legacy.message"), severity, file, line, {{QStringLiteral("text"), message}}};
    }
};

} // namespace palier
