#include "sources/k6/k6_run_builder.h"

#include "sources/k6/k6_figures.h"
#include "sources/k6/k6_notes.h"
#include "sources/k6/k6_run_level.h"

#include "io/kept_threads.h"

namespace palier::k6 {

Run buildRun(BuildInput &in, const LoadOptions &options)
{
    Merged m = mergeCollectors(in, options);
    if (m.requests == 0)
        throw nothingUsable(m, in.path);

    Run run;
    run.id = in.id;
    run.source = SourceKind::K6;
    run.path = in.path;
    run.toolVersion = in.toolVersion;
    // The first sample's second: a CSV stamps whole seconds, NDJSON the
    // nanosecond, and both give the same second for one test
    // (docs/k6-reader.md §"Files and runs").
    run.startedAt = utc(m.minT);
    run.endedAt = utc(m.maxT + in.timeResolutionMs);
    const double runSeconds = double(m.maxT + in.timeResolutionMs - m.minT) / 1000.0;
    if (!m.dropped.empty()) {
        run.droppedIterations = 0;
        for (const TimedValue &d : m.dropped)
            run.droppedIterations += d.value;
    }

    const Steps steps = sortIntoSteps(in, m, options);
    const GaugePlateaus gauge = gaugePlateaus(std::move(m.vus));

    // Two independent halves of the work, one per core: the stages on a kept
    // thread (io/kept_threads.h), the run level here. Both only read `steps`.
    QList<Stage> stages;
    QList<Finding> stageFindings;
    TaskGroup second;
    second.start([&] { stages = buildStages(gauge, steps, m, in.path, options, &stageFindings); });
    try {
        fillRunLevel(run, steps, m, gauge.samples, runSeconds, options);
    } catch (...) {
        second.wait();
        throw;
    }
    second.rethrow();   // the second half's LoadCancelled
    std::stable_sort(stages.begin(), stages.end(), [](const Stage &a, const Stage &b) { return a.users < b.users; });
    run.stages = std::move(stages);
    addNotes(run, m, gauge, steps, in, stageFindings);
    return run;
}

} // namespace palier::k6
