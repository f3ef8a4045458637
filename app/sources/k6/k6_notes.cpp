#include "sources/k6/k6_notes.h"

#include <algorithm>

namespace palier::k6 {

InputError nothingUsable(const Merged &m, const QString &path)
{
    QList<Finding> problems = m.invalid + m.damaged;
    if (problems.isEmpty())
        return inputError(QStringLiteral("k6.no_requests"), path, 0);
    qint64 damaged = m.unlisted + m.damaged.size();
    for (const Finding &f : m.invalid)
        damaged += f.params.value(QStringLiteral("count")).toLongLong();
    const Finding first = *std::min_element(problems.cbegin(), problems.cend(),
                                            [](const Finding &a, const Finding &b) { return a.line < b.line; });
    return inputError(QStringLiteral("k6.no_usable_requests"), path, first.line,
                      {{QStringLiteral("damaged"), damaged},
                       {QStringLiteral("first_line"), first.line},
                       {QStringLiteral("first"), nestedFinding(first)}});
}

void addNotes(Run &run, const Merged &m, const GaugePlateaus &gauge, const Steps &steps, const BuildInput &in,
              const QList<Finding> &stageFindings)
{
    auto note = [&](const char *kind, const Params &params = {}) {
        run.findings.append(Finding::warning(QString::fromLatin1(kind), in.path, 0, params));
    };
    // Impossible values first: they decide that the run is invalid
    // (docs/k6-reader.md §"Invalid runs").
    run.findings += m.invalid;
    run.findings += m.damaged;
    if (m.unlisted > 0)
        note("k6.more_damaged_lines", {{QStringLiteral("count"), qint64(m.unlisted)}});
    run.findings += in.findings;
    if (steps.stepMs > 1000)
        note("k6.coarse_series", {{QStringLiteral("hours"), double(steps.spanS) / 3600.0},
                                  {QStringLiteral("step_s"), qint64(steps.stepMs / 1000)}});

    if (gauge.samples.isEmpty())
        note("k6.no_vus");
    else if (gauge.plateaus.isEmpty())
        note("k6.no_stages");
    for (qsizetype i = 1; i < run.stages.size(); ++i)
        if (run.stages[i].users == run.stages[i - 1].users)
            note("k6.same_level_twice", {{QStringLiteral("users"), run.stages[i].users}});
    for (const Stage &st : std::as_const(run.stages))
        if (st.figures.requests == 0)
            note("k6.stage_no_requests", {{QStringLiteral("users"), st.users}});
    run.findings += stageFindings;

    if (m.setupRequests > 0)
        note("k6.setup_requests", {{QStringLiteral("count"), qint64(m.setupRequests)}});
    if (m.outOfRange > 0)
        note("k6.rows_out_of_range", {{QStringLiteral("count"), qint64(m.outOfRange)}});
    if (!m.unknownMetrics.empty()) {
        QStringList names;
        qint64 rows = 0;
        for (const auto &[name, count] : m.unknownMetrics) {
            names.append(QStringLiteral("%1 (%2)").arg(QString::fromStdString(name)).arg(count));
            rows += count;
        }
        note("k6.unknown_metrics", {{QStringLiteral("rows"), rows}, {QStringLiteral("metrics"), names}});
    }
    if (m.endpoints.size() >= kMaxEndpoints)
        note("k6.too_many_names", {{QStringLiteral("max"), qint64(kMaxEndpoints)}});
}

} // namespace palier::k6
