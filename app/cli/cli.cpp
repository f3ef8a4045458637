#include "cli/cli.h"

#include "cli/db_command.h"
#include "db/events_views.h"
#include "db/monitoring_session.h"
#include "db/pg_conninfo.h"
#include "io/output_file.h"
#include "grid/assessment.h"
#include "grid/criteria.h"
#include "grid/decision_rules.h"
#include "i18n/language.h"
#include "report/analysis_json.h"
#include "report/analysis_text.h"
#include "report/weekly_report.h"
#include "sources/load.h"
#include "words/finding_words.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::Cli", s); }

ReportDocumentRenderer &documentRenderer()
{
    static ReportDocumentRenderer renderer;
    return renderer;
}

bool isDocumentFormat(const QString &format)
{
    return format == u"html" || format == u"pdf";
}

// Thrown for bad usage: exit 2 with this one line.
struct UsageError {
    QString message;
};

QString usageText()
{
    return tr("Usage:\n"
              "  palier [PATH...]                               open the window (GUI) on PATHs\n"
              "  palier analyze [OPTIONS] PATH...               stages, endpoints, grid and window decision\n"
              "  palier report  [OPTIONS] [PATH...]             the weekly Markdown report\n"
              "  palier db summary  --db CONNINFO [--days N]    7-day view of app_monitoring_events\n"
              "  palier db hourly   --db CONNINFO [--hours N]   searches / p95 / errors per hour\n"
              "  palier db decision --db CONNINFO [--days N]    the production decision hint\n"
              "  palier db all      --db CONNINFO               the three views from one scan\n"
              "  palier --version | --help\n"
              "\n"
              "Options (analyze, report):\n"
              "  --profile FILE         grid profile (JSON); default: palier-profile.json beside the\n"
              "                         results, else the built-in grid\n"
              "  --format json|md|text  output format (default text; report: md)\n"
              "  --key NAME             key transaction (default from the profile)\n"
              "  --target-users N       target stage (default from the profile)\n"
              "  --lang fr|en           language of the report (default fr) and of the reasons in\n"
              "                         analyze's text and JSON (default: the interface language)\n"
              "  --week YYYY-Www        report week (default: ISO week of the newest run)\n"
              "  --app NAME             application named in the report title (default Streamlit)\n"
              "  --environment TEXT     hosting named in the report (default Streamlit Cloud)\n"
              "  --action TEXT          next week's action (default: derived from the decision)\n"
              "  --db CONNINFO          the monitoring table: what the server logged during each run\n"
              "                         beside the load generator's figures; report: also the\n"
              "                         production section (7 days, last 48 h, hint, agreement)\n"
              "  --events FILE          the same from a CSV export of the table\n"
              "  --now TIME             with --events: the views' now (default: the file's last event)\n"
              "  --out FILE             write to FILE atomically (refuses to overwrite without --force)\n"
              "  --force                allow --out to replace an existing file\n"
              "  --fail-on watch|no-go  exit 1 when the window decision is at or worse than that\n"
              "\n"
              "Decisions: GO, WATCH, NO-GO, or INCONCLUSIVE when the evidence does not carry a\n"
              "decision: an invalid run (a damaged file, copies that disagree, impossible values,\n"
              "time going backwards, a load generator that could not drive the load, a test script\n"
              "failing from its start), incomplete evidence (a required criterion not evaluated: no\n"
              "target stage, key transaction missing or with too few requests), or runs that\n"
              "disagree (rerun). An invalid run is named with its reasons and never makes a\n"
              "decision better.\n"
              "\n"
              "Exit codes: 0 success, 1 gate failed (--fail-on; INCONCLUSIVE fails every gate),\n"
              "2 bad usage or invalid input (also: no valid run left to decide on),\n"
              "3 database unreachable or query failed.\n")
        // Apart, so the text above keeps its translations while this one waits for its own.
        + tr("\n"
             "The report as a document (desktop build), with the charts of the newest run and\n"
             "the colours as chips, paths relative to the results folder (docs/report.md):\n"
             "  palier report --format html [--out FILE] PATH...   one self-contained HTML file\n"
             "  palier report --format pdf --out FILE PATH...      an A4 PDF (--out required)\n");
}

struct CommonOptions {
    QCommandLineOption profile {QStringLiteral("profile"), tr("Grid profile (JSON)."), QStringLiteral("FILE")};
    QCommandLineOption format {QStringLiteral("format"), tr("json, md or text."), QStringLiteral("FORMAT")};
    QCommandLineOption key {QStringLiteral("key"), tr("Key transaction."), QStringLiteral("NAME")};
    QCommandLineOption targetUsers {QStringLiteral("target-users"), tr("Target stage users."), QStringLiteral("N")};
    QCommandLineOption lang {QStringLiteral("lang"), tr("Report language (fr, en)."), QStringLiteral("LANG")};
    QCommandLineOption week {QStringLiteral("week"), tr("Report week (YYYY-Www)."), QStringLiteral("WEEK")};
    QCommandLineOption out {QStringLiteral("out"), tr("Output file."), QStringLiteral("FILE")};
    QCommandLineOption force {QStringLiteral("force"), tr("Overwrite --out.")};
    QCommandLineOption failOn {QStringLiteral("fail-on"), tr("watch or no-go."), QStringLiteral("LEVEL")};
    QCommandLineOption app {QStringLiteral("app"), tr("Application name."), QStringLiteral("NAME")};
    QCommandLineOption environment {QStringLiteral("environment"), tr("Hosting environment."), QStringLiteral("TEXT")};
    QCommandLineOption action {QStringLiteral("action"), tr("Next week's action."), QStringLiteral("TEXT")};
    QCommandLineOption tz {QStringLiteral("tz"), tr("Time zone."), QStringLiteral("ZONE")};
    QCommandLineOption db {QStringLiteral("db"), tr("Monitoring database (report)."), QStringLiteral("CONNINFO")};
    QCommandLineOption events {QStringLiteral("events"), tr("CSV export of the monitoring table (report)."), QStringLiteral("FILE")};
    QCommandLineOption now {QStringLiteral("now"), tr("The monitoring views' now, for --events."), QStringLiteral("TIME")};

    void addTo(QCommandLineParser &p)
    {
        p.addOptions({profile, format, key, targetUsers, lang, week, out, force, failOn, app, environment, action, tz, db, events, now});
    }
};

void parseOrThrow(QCommandLineParser &parser, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList {QStringLiteral("palier")} + args))
        throw UsageError {parser.errorText()};
}

Profile resolveProfile(const QCommandLineParser &p, const CommonOptions &o, const QStringList &paths, QString *source)
{
    Profile profile;
    QString file = p.value(o.profile);
    if (file.isEmpty())
        file = profileBesideResults(paths);
    if (!file.isEmpty()) {
        profile = Profile::fromFile(file);
        *source = file;
    } else {
        profile = Profile::builtinDefault();
    }
    if (p.isSet(o.key))
        profile.keyTransaction = p.value(o.key);
    if (p.isSet(o.targetUsers)) {
        bool ok = false;
        const int n = p.value(o.targetUsers).toInt(&ok);
        if (!ok || n <= 0)
            throw UsageError {tr("--target-users: expected a positive whole number, got '%1'").arg(p.value(o.targetUsers))};
        profile.targetUsers = n;
    }
    return profile;
}

enum class Gate { None, Watch, NoGo };

Gate parseGate(const QCommandLineParser &p, const CommonOptions &o)
{
    if (!p.isSet(o.failOn))
        return Gate::None;
    const QString v = p.value(o.failOn).toLower();
    if (v == u"watch")
        return Gate::Watch;
    if (v == u"no-go" || v == u"no_go" || v == u"nogo")
        return Gate::NoGo;
    throw UsageError {tr("--fail-on: expected watch or no-go, got '%1'").arg(p.value(o.failOn))};
}

// A gate fails at or past its level; INCONCLUSIVE fails every gate (a decision
// the evidence does not carry never lets a pipeline through).
bool gateFails(Gate gate, Decision d)
{
    switch (gate) {
    case Gate::None: return false;
    case Gate::Watch: return d != Decision::Go;
    case Gate::NoGo: return d == Decision::NoGo || d == Decision::Inconclusive;
    }
    return false;
}

// A --key given on the command line must name an endpoint of some run: a typo
// would otherwise leave every key criterion "not evaluated" (docs/cli.md, `--key`).
void checkKey(const QString &key, const QList<Run> &runs)
{
    QStringList names;
    for (const Run &run : runs)
        for (const QString &name : run.endpointNames()) {
            if (name == key)
                return;
            if (!names.contains(name))
                names << name;
        }
    const QString closest = closestName(key, names);
    QString message = tr("--key: no run has an endpoint named '%1'; endpoints: %2").arg(key, names.join(QStringLiteral(", ")));
    if (!closest.isEmpty())
        message += tr(" (did you mean '%1'?)").arg(closest);
    throw UsageError {message};
}

// The monitoring views for the report's production section, from one statement
// (docs/db.md): the 7-day summary and hint, the last 48 hours. A database that
// cannot be read leaves the section with one line saying why.
ProductionEvidence fetchProduction(MonitoringSession &session, const QString &openProblem, const Profile &profile)
{
    ProductionEvidence p;
    p.requested = true;
    ViewRequest r;
    r.keyTransaction = profile.keyTransaction;
    r.thresholds = DecisionThresholds::fromProfile(profile);
    r.days = p.days;
    r.hours = p.hours;
    r.summary = true;
    r.hourly = true;
    p.thresholds = r.thresholds;
    DbError error;
    if (!openProblem.isEmpty()) {
        p.problem = openProblem;
        return p;
    }
    if (!session.fetch(r, &p.snapshot, &error)) {
        p.problem = error.message;
        return p;
    }
    p.table = session.table().display;
    p.timeZone = session.timeZone();
    return p;
}

// The same evidence from a CSV export of the table (docs/db.md, "Monitoring
// data from a file"): a file that cannot be read leaves the section with one
// line saying why.
ProductionEvidence productionFromEvents(const std::optional<EventLog> &log, const QString &readProblem, const QString &path,
                                        const std::optional<QDateTime> &now, const QString &timeZone, const Profile &profile)
{
    ProductionEvidence p;
    p.requested = true;
    ViewRequest r;
    r.keyTransaction = profile.keyTransaction;
    r.thresholds = DecisionThresholds::fromProfile(profile);
    r.days = p.days;
    r.hours = p.hours;
    p.thresholds = r.thresholds;
    p.timeZone = effectiveTimeZone(timeZone);
    if (!log) {
        p.problem = readProblem;
        return p;
    }
    try {
        const EventsClock clock = eventsClock(*log, QTimeZone(p.timeZone.toUtf8()), p.timeZone, now);
        p.snapshot = computeMonitoringViews(*log, r, clock);
        p.nowFromLastEvent = clock.nowFromLastEvent;
    } catch (const InputError &e) {
        p.problem = findingLine(e.finding, Language::ui());
        return p;
    }
    p.table = QFileInfo(path).fileName();
    return p;
}

// The output as bytes: text is UTF-8, a PDF is binary (and always has --out).
int writeResult(const QCommandLineParser &p, const CommonOptions &o, const QByteArray &bytes, QTextStream &out, QTextStream &err)
{
    if (p.isSet(o.out)) {
        const QString problem = writeOutputFile(p.value(o.out), bytes, p.isSet(o.force));
        if (!problem.isEmpty()) {
            err << problem << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }
    out << QString::fromUtf8(bytes);
    out.flush();
    return ExitOk;
}

int runAnalysis(const QString &command, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    CommonOptions o;
    o.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Result files, prefixes or folders."));
    parseOrThrow(parser, args);
    const bool isReport = command == u"report";

    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        if (!isReport)
            throw UsageError {tr("analyze: give at least one result file, prefix or folder")};
        throw UsageError {tr("report: give the result files or folders of the week")};
    }
    const QString format = parser.isSet(o.format) ? parser.value(o.format) : (isReport ? QStringLiteral("md") : QStringLiteral("text"));
    if (isDocumentFormat(format)) {
        if (!isReport)
            throw UsageError {tr("--format %1: only for report (analyze: json, md or text)").arg(format)};
        if (!documentRenderer())
            throw UsageError {tr("--format %1: HTML and PDF reports need the desktop build of palier").arg(format)};
        // A PDF is binary: never on a terminal or into a pipe by accident.
        if (format == u"pdf" && !parser.isSet(o.out))
            throw UsageError {tr("--format pdf: give --out FILE")};
    } else if (format != u"json" && format != u"md" && format != u"text") {
        throw UsageError {tr("--format: expected json, md or text (report: also html or pdf), got '%1'").arg(format)};
    }
    const Gate gate = parseGate(parser, o);
    const QString lang = parser.isSet(o.lang) ? parser.value(o.lang) : QStringLiteral("fr");
    if (!shippedLanguages().contains(lang))
        throw UsageError {tr("--lang: expected fr or en, got '%1'").arg(lang)};
    if (parser.isSet(o.tz))
        qputenv("TZ", parser.value(o.tz).toUtf8());
    // The report is French unless asked otherwise (the team's template); the
    // reasons of analyze follow --lang, else the interface language.
    const Language &words = (isReport || parser.isSet(o.lang)) ? Language::get(lang) : Language::ui();

    if (parser.isSet(o.events) && parser.isSet(o.db))
        throw UsageError {tr("give --db or --events, not both")};
    if (parser.isSet(o.now) && !parser.isSet(o.events))
        throw UsageError {tr("--now applies to --events only")};
    std::optional<QDateTime> eventsNow;
    if (parser.isSet(o.events)) {
        const QString zoneName = effectiveTimeZone(parser.value(o.tz));
        if (!QTimeZone(zoneName.toUtf8()).isValid())
            throw UsageError {tr("--tz: unknown time zone '%1'").arg(zoneName)};
        if (parser.isSet(o.now)) {
            eventsNow = parseNowText(parser.value(o.now), QTimeZone(zoneName.toUtf8()));
            if (!eventsNow)
                throw UsageError {tr("--now: expected a date and time such as 2026-11-22T14:00:00+01:00, got '%1'")
                                      .arg(parser.value(o.now))};
        }
    }
    if (parser.isSet(o.db))
        if (const QString why = connInfoError(parser.value(o.db)); !why.isEmpty())
            throw UsageError {tr("--db: invalid connection string: %1").arg(why)};

    QString profileSource;
    const Profile profile = resolveProfile(parser, o, paths, &profileSource);
    LoadResult loaded = loadRuns(paths);
    if (parser.isSet(o.key))
        checkKey(profile.keyTransaction, loaded.runs);
    Assessment a = assess(std::move(loaded.runs), profile, profileSource);
    // Client against server (docs/server-side.md): what the monitoring table
    // logged during each run. An unreadable file is the report's missing
    // section (below), or bad input for analyze.
    std::optional<EventLog> events;
    QString eventsProblem;
    // --db: one read-only session for the runs' spans of events and the
    // production section; trouble is the section's missing line (report) or
    // exit 3 (analyze).
    MonitoringSession db;
    QString dbProblem;
    if (parser.isSet(o.db)) {
        ConnectionOptions co;
        co.conninfo = parser.value(o.db);
        co.timeZone = parser.value(o.tz).trimmed();
        DbError error;
        EventLog log;
        if (!db.open(co, &error) || !db.fetchEvents(serverEvidenceSpans(a.runs), a.profile.keyTransaction, &log, &error)) {
            dbProblem = error.message;
        } else {
            QTimeZone zone(db.timeZone().toUtf8());
            if (!zone.isValid())
                zone = QTimeZone(effectiveTimeZone(parser.value(o.tz)).toUtf8());
            attachServerEvidence(a, log, zone);
        }
        if (!dbProblem.isEmpty() && !isReport) {
            err << tr("palier: %1").arg(dbProblem) << Qt::endl;
            return ExitDatabase;
        }
    }
    if (parser.isSet(o.events)) {
        const QString zoneName = effectiveTimeZone(parser.value(o.tz));
        try {
            EventsReadOptions ro;
            ro.keyTransaction = a.profile.keyTransaction;
            events = readEventsCsv(parser.value(o.events), ro);
            attachServerEvidence(a, *events, QTimeZone(zoneName.toUtf8()));
        } catch (const InputError &e) {
            if (!isReport)
                throw;
            eventsProblem = findingLine(e.finding, Language::ui());
        }
    }

    QByteArray bytes;
    QString productionProblem;   // --db given and the section could not be made
    if (isReport && format != u"json") {
        ReportOptions ro;
        ro.lang = lang;
        ro.week = parser.value(o.week);
        if (parser.isSet(o.app)) ro.application = parser.value(o.app);
        if (parser.isSet(o.environment)) ro.environment = parser.value(o.environment);
        ro.nextAction = parser.value(o.action);
        if (parser.isSet(o.db))
            ro.production = fetchProduction(db, dbProblem, a.profile);
        else if (parser.isSet(o.events))
            ro.production = productionFromEvents(events, eventsProblem, parser.value(o.events), eventsNow, parser.value(o.tz), a.profile);
        productionProblem = ro.production.problem;
        if (isDocumentFormat(format)) {
            QString problem;
            bytes = documentRenderer()(a, ro, format, &problem);
            if (bytes.isEmpty()) {
                err << (problem.isEmpty() ? tr("palier report: the %1 could not be rendered").arg(format) : problem) << Qt::endl;
                return ExitBadInput;
            }
        } else {
            bytes = weeklyReportMarkdown(a, ro).toUtf8();
        }
    } else if (format == u"json") {
        bytes = QJsonDocument(assessmentToJson(a, loaded.diagnostics, words)).toJson(QJsonDocument::Indented);
    } else if (format == u"md") {
        bytes = assessmentToMarkdown(a, loaded.diagnostics, words).toUtf8();
    } else {
        bytes = assessmentToText(a, loaded.diagnostics, words).toUtf8();
    }
    if (isReport && productionProblem.isEmpty())
        productionProblem = dbProblem;   // the JSON report has no section to carry the line
    const int written = writeResult(parser, o, bytes, out, err);
    if (written != ExitOk)
        return written;
    // The load-test report is written whole; the production section says why it
    // is missing, and so does the exit code (docs/cli.md).
    if (!productionProblem.isEmpty()) {
        err << tr("palier report: production section missing: %1").arg(productionProblem) << Qt::endl;
        return parser.isSet(o.events) ? ExitBadInput : ExitDatabase;
    }
    // With no valid run left in the window there is nothing to decide on: the
    // input is unusable as evidence (docs/grid-rules.md §10, docs/cli.md). One line says why.
    const WindowVerdict &w = a.windowVerdict;
    if (!w.runIds.isEmpty() && w.invalidRunIds.size() == w.runIds.size()) {
        const RunVerdict *v = a.verdictOf(w.runIds.first());
        const QString why = v && !v->invalidReasons.isEmpty() ? findingLine(v->invalidReasons.first(), Language::ui())
                                                              : w.runIds.first();
        err << tr("palier: no valid run to decide on: %1").arg(why) << Qt::endl;
        return ExitBadInput;
    }
    if (format != u"text")   // text already lists them; keep stdout clean for json/md/html
        for (const Run &run : a.runs)
            for (const Finding &f : run.findings)
                if (f.severity != Finding::Severity::Info)
                    err << tr("warning: %1").arg(findingLine(f, words)) << Qt::endl;
    return gateFails(gate, w.decision) ? ExitGateFailed : ExitOk;
}

} // namespace

void setReportDocumentRenderer(ReportDocumentRenderer renderer)
{
    documentRenderer() = std::move(renderer);
}

bool cliNeedsGui(const QStringList &args)
{
    if (args.isEmpty() || args.first() != u"report")
        return false;
    // The option as QCommandLineParser reads it (runAnalysis): --format X,
    // --format=X, one dash too; the last one wins.
    QString format;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--")
            break;
        if ((a == u"--format" || a == u"-format") && i + 1 < args.size())
            format = args.at(++i);
        else if (a.startsWith(QLatin1String("--format=")) || a.startsWith(QLatin1String("-format=")))
            format = a.section(QLatin1Char('='), 1);
    }
    return isDocumentFormat(format);
}

bool isCliInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    return first == u"analyze" || first == u"report" || first == u"db" || first == u"--version"
        || first == u"-v" || first == u"--help" || first == u"-h" || first == u"help";
}

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    try {
        if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
            out << usageText();
            return ExitOk;
        }
        if (args.first() == u"--version" || args.first() == u"-v") {
            out << QStringLiteral("palier %1\n").arg(QStringLiteral(PALIER_VERSION));
            return ExitOk;
        }
        const QString command = args.first();
        const QStringList rest = args.mid(1);
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            out << usageText();
            return ExitOk;
        }
        if (command == u"analyze" || command == u"report")
            return runAnalysis(command, rest, out, err);
        if (command == u"db")
            return runDbCommand(rest, out, err);
        throw UsageError {tr("unknown command '%1' (try palier --help)").arg(command)};
    } catch (const UsageError &e) {
        err << QStringLiteral("palier: ") << e.message << Qt::endl;
        return ExitBadInput;
    } catch (const InputError &e) {
        err << findingLine(e.finding, Language::ui()) << Qt::endl;
        return ExitBadInput;
    }
}

} // namespace palier
