// A finding: a typed observation about the input (vocabulary: "finding") — a
// known loss of the tool, a skipped row, a duplicate, a reason a run is invalid.
// The core says WHAT it found as data (a stable kind, a severity, a place and
// named parameters); the sentence is worded at the edge, in the language asked
// for (words/finding_words.h). Tests assert kinds and parameters, never English.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace palier {

// Named values a finding (or a reason) carries: counts, durations, names. Values
// are qint64/int, double, bool, QString or QStringList; they go to the JSON
// `params` object as they are and into the worded sentence formatted for the
// language.
using Params = QVariantMap;

struct Finding {
    enum class Severity { Info, Warning, Error };   // ordered: the worse, the greater
    QString kind;          // stable id: "locust.history_flush_loss", "csv.row_skipped", "run.duplicate"…
    Severity severity = Severity::Warning;
    QString file;          // path as given by the user (empty: not tied to one file)
    qint64 line = 0;       // 1-based; 0 = the whole file
    Params params;

    static Finding warning(const QString &kind, const QString &file, qint64 line, const Params &params = {});
    static Finding error(const QString &kind, const QString &file, qint64 line, const Params &params = {});
    static Finding info(const QString &kind, const QString &file, qint64 line, const Params &params = {});

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Finding &) const = default;
    // The kind starts with `prefix` ("run.invalid." matches "run.invalid.truncated_file").
    bool is(const QString &prefix) const { return kind.startsWith(prefix); }
    // A reason the run is set aside (every `run.invalid.*` kind, docs/grid-rules.md §8).
    bool isInvalidReason() const { return is(QStringLiteral("run.invalid.")); }
};

QString severityId(Finding::Severity s);   // "info" | "warning" | "error"

// A finding as a parameter of another ("this file cannot be used: <problem>"):
// {"kind": …, "params": {…}}, worded in place by the words module.
QVariantMap nestedFinding(const Finding &f);

// Thrown by readers when a file is unusable as a whole, and by the profile
// reader for a profile it cannot use. Caught at the CLI and UI boundaries: the
// CLI words it in one line ("FILE:LINE: what") and exits 2.
struct InputError {
    Finding finding;
};

// Thrown when input asks for something that cannot be (a profile key that does
// not exist, a --key no run has): the same as InputError for the caller.
inline InputError inputError(const QString &kind, const QString &file, qint64 line, const Params &params = {})
{
    return InputError {Finding::error(kind, file, line, params)};
}

} // namespace palier
