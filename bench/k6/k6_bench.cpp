// Loads one k6 file through Palier's k6 reader and prints, per endpoint, the
// request count and the exact p95 of http_req_duration (CSV: name,count,p95),
// then on stderr the load time, the peak resident memory and the run's shape.
// run.sh compares its p95s with datamash's and pandas' and times it.
//
//   k6_bench FILE [--threads N] [--repeat N] [--summary]
#include "i18n/language.h"
#include "sources/k6/k6_files.h"
#include "words/finding_words.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

#include <sys/resource.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [--threads N] [--repeat N] [--summary]\n", argv[0]);
        return 2;
    }
    palier::k6::Tuning tuning;
    bool summary = false;
    int repeat = 1;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            tuning.threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--summary"))
            summary = true;
        else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));   // report the fastest load
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    double seconds = 1e9;
    palier::Run run;
    for (int r = 0; r < repeat; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        try {
            run = palier::k6::loadFile(path, palier::k6::runIdFor(path), {}, tuning);
        } catch (const palier::InputError &e) {
            std::fprintf(stderr, "%s\n", qPrintable(palier::findingLine(e.finding, palier::Language::ui())));
            return 2;
        }
        seconds = std::min(seconds, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    for (const palier::Endpoint &e : std::as_const(run.endpoints))
        std::printf("%s,%lld,%.6f\n", qPrintable(e.name), (long long)e.figures.requests, e.figures.p95Ms);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    std::fprintf(stderr, "load: %.3f s, peak RSS: %ld MB, requests: %lld, stages: %lld, warnings: %lld\n", seconds,
                 ru.ru_maxrss / 1024, (long long)run.total.requests, (long long)run.stages.size(),
                 (long long)run.findings.size());
    if (summary) {
        std::fprintf(stderr, "total p95 %.6f ms, failures %lld, series points %lld\n", run.total.p95Ms,
                     (long long)run.total.failures, (long long)run.series.points.size());
        for (const palier::Stage &s : std::as_const(run.stages))
            std::fprintf(stderr, "  stage %d VUs: %.0f s, %lld requests, p95 %.3f ms\n", s.users, s.plateauS,
                         (long long)s.figures.requests, s.figures.p95Ms);
        for (const palier::Finding &d : std::as_const(run.findings))
            std::fprintf(stderr, "  %s\n", qPrintable(palier::findingLine(d, palier::Language::ui())));
    }
    return 0;
}
