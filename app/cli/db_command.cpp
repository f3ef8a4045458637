#include "cli/db_command.h"

#include "io/output_file.h"
#include "db/events_views.h"
#include "db/monitoring_format.h"
#include "db/monitoring_session.h"
#include "db/pg_conninfo.h"
#include "grid/profile.h"
#include "i18n/language.h"
#include "model/run.h"
#include "words/finding_words.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::DbCommand", s); }

enum { ExitOk = 0, ExitGate = 1, ExitUsage = 2, ExitDatabase = 3 };

struct Usage {
    QString message;
};

int positiveInt(const QCommandLineParser &p, const QString &name, int fallback, int max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v <= 0 || v > max)
        throw Usage {tr("--%1: expected a whole number from 1 to %2, got '%3'").arg(name).arg(max).arg(p.value(name))};
    return v;
}

} // namespace

QString dbUsageText()
{
    return tr("Usage:\n"
              "  palier db summary  --db CONNINFO [--days N]   the 7-day view of app_monitoring_events\n"
              "  palier db hourly   --db CONNINFO [--hours N]  searches / p95 / errors per hour\n"
              "  palier db decision --db CONNINFO [--days N]   the production decision hint\n"
              "  palier db all      --db CONNINFO [--days N] [--hours N]\n"
              "                                                the three views from one scan\n"
              "  palier db index-ddl [--table NAME]            indexes a DBA may add (printed, never run)\n"
              "  palier db VIEW --events FILE [--now TIME]     the same views from a CSV export of the\n"
              "                                                table (plain or gzip), no database needed\n"
              "\n"
              "Options:\n"
              "  --db CONNINFO            libpq connection string or URI (passwords: PGPASSWORD,\n"
              "                           ~/.pgpass or the service file, as libpq does)\n"
              "  --events FILE            a CSV export of the table (\\copy TABLE TO 'FILE' CSV HEADER)\n"
              "  --now TIME               the views' now for --events, e.g. 2026-11-22T14:00:00+01:00\n"
              "                           (default: the file's last event)\n"
              "  --duration-type TYPE     integer, numeric or float: the column's type for --events\n"
              "                           (default: read from the values)\n"
              "  --days N / --hours N     windows (default 7 days, 48 hours)\n"
              "  --tz ZONE                time zone of the hour slots (default TZ, else the system's)\n"
              "  --format json|text|md    output format (default text)\n"
              "  --profile FILE           grid profile: key transaction and decision thresholds\n"
              "  --key NAME               key transaction (default from the profile: athlete_search)\n"
              "  --table NAME             table, optionally SCHEMA.TABLE (default app_monitoring_events)\n"
              "  --column ROLE=NAME       column names (roles: session_id, event_type, status,\n"
              "                           duration_ms, created_at); repeat as needed\n"
              "  --ok-status TEXT         status of a successful event (default ok)\n"
              "  --error-status TEXT      status of a failed event (default error)\n"
              "  --statement-timeout MS   stop a query after MS milliseconds (default 120000)\n"
              "  --hash-mem SIZE          memory for the session's hash tables (default 64MB)\n"
              "  --out FILE [--force]     write to FILE atomically\n"
              "  --fail-on watch|no-go    decision, all: exit 1 when the hint is at or worse than that\n"
              "\n"
              "The session is read-only. Exit codes: 0 success, 1 gate failed, 2 bad usage,\n"
              "3 database unreachable or query failed.\n");
}

int runDbCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("palier db: ");
    try {
        if (args.isEmpty())
            throw Usage {tr("give a view: summary, hourly, decision or all (see palier db --help)")};
        const QString view = args.first();
        if (view == u"--help" || view == u"-h" || view == u"help") {
            out << dbUsageText();
            out.flush();
            return ExitOk;
        }
        const bool all = view == u"all";
        if (view != u"summary" && view != u"hourly" && view != u"decision" && view != u"index-ddl" && !all)
            throw Usage {tr("unknown view '%1' (expected summary, hourly, decision, all or index-ddl)").arg(view)};

        QCommandLineParser p;
        p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const auto opt = [](const char *name, const char *value = nullptr) {
            return value ? QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(value))
                         : QCommandLineOption(QString::fromLatin1(name));
        };
        p.addOptions({opt("db", "CONNINFO"), opt("days", "N"), opt("hours", "N"), opt("tz", "ZONE"),
                      opt("format", "FORMAT"), opt("profile", "FILE"), opt("key", "NAME"), opt("table", "NAME"),
                      opt("column", "ROLE=NAME"), opt("ok-status", "TEXT"), opt("error-status", "TEXT"),
                      opt("statement-timeout", "MS"), opt("hash-mem", "SIZE"), opt("out", "FILE"), opt("force"),
                      opt("fail-on", "LEVEL"), opt("lang", "LANG"), opt("events", "FILE"), opt("now", "TIME"),
                      opt("duration-type", "TYPE")});
        if (!p.parse(QStringList {QStringLiteral("palier db")} + args.mid(1)))
            throw Usage {p.errorText()};
        if (!p.positionalArguments().isEmpty())
            throw Usage {tr("unexpected argument '%1'").arg(p.positionalArguments().first())};

        const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("text");
        if (format != u"json" && format != u"text" && format != u"md")
            throw Usage {tr("--format: expected json, text or md, got '%1'").arg(format)};

        ConnectionOptions co;
        DbSchema &schema = co.schema;
        if (p.isSet(QStringLiteral("table")))
            schema.table = p.value(QStringLiteral("table"));
        for (const QString &c : p.values(QStringLiteral("column"))) {
            const qsizetype eq = c.indexOf(u'=');
            if (eq <= 0 || !schema.setColumn(c.left(eq), c.mid(eq + 1)))
                throw Usage {tr("--column: expected ROLE=NAME with ROLE one of %1, got '%2'")
                                 .arg(DbSchema::columnRoles().join(QStringLiteral(", ")), c)};
        }
        if (p.isSet(QStringLiteral("ok-status")))
            schema.okStatus = p.value(QStringLiteral("ok-status"));
        if (p.isSet(QStringLiteral("error-status")))
            schema.errorStatus = p.value(QStringLiteral("error-status"));
        {
            QualifiedName qn;
            QString why;
            if (!parseQualifiedName(schema.table, &qn, &why))
                throw Usage {why};
        }

        if (view == u"index-ddl") {
            QString text = tr("-- Palier never runs these; a DBA may, when the table holds much more than the\n"
                              "-- windows Palier reads. CONCURRENTLY avoids blocking the application's writes.\n");
            for (const QString &ddl : suggestedIndexDdl(schema))
                text += u'\n' + ddl + u'\n';
            if (p.isSet(QStringLiteral("out"))) {
                const QString problem = writeOutputFile(p.value(QStringLiteral("out")), text.toUtf8(), p.isSet(QStringLiteral("force")));
                if (!problem.isEmpty())
                    throw Usage {problem};
                return ExitOk;
            }
            out << text;
            out.flush();
            return ExitOk;
        }

        const bool fromFile = p.isSet(QStringLiteral("events"));
        if (fromFile && p.isSet(QStringLiteral("db")))
            throw Usage {tr("give --db or --events, not both")};
        if (!fromFile && !p.isSet(QStringLiteral("db")))
            throw Usage {tr("--db CONNINFO or --events FILE is required (a libpq connection string or a CSV export of the table)")};
        for (const char *dbOnly : {"statement-timeout", "hash-mem"})
            if (fromFile && p.isSet(QString::fromLatin1(dbOnly)))
                throw Usage {tr("--%1 applies to --db only").arg(QString::fromLatin1(dbOnly))};
        for (const char *fileOnly : {"now", "duration-type"})
            if (!fromFile && p.isSet(QString::fromLatin1(fileOnly)))
                throw Usage {tr("--%1 applies to --events only").arg(QString::fromLatin1(fileOnly))};
        if (!fromFile) {
            co.conninfo = p.value(QStringLiteral("db"));
            if (const QString why = connInfoError(co.conninfo); !why.isEmpty())
                throw Usage {tr("--db: invalid connection string: %1").arg(why)};
        }
        co.statementTimeoutMs = positiveInt(p, QStringLiteral("statement-timeout"), co.statementTimeoutMs, 24 * 3600 * 1000);
        if (p.isSet(QStringLiteral("hash-mem")))
            co.hashMem = p.value(QStringLiteral("hash-mem"));
        if (p.isSet(QStringLiteral("tz"))) {
            co.timeZone = p.value(QStringLiteral("tz")).trimmed();
            if (co.timeZone.isEmpty())
                throw Usage {tr("--tz: give a time zone, e.g. Europe/Paris")};
        }

        Profile profile = Profile::builtinDefault();
        if (p.isSet(QStringLiteral("profile")))
            profile = Profile::fromFile(p.value(QStringLiteral("profile")));   // InputError: exit 2 below

        ViewRequest request;
        request.keyTransaction = p.isSet(QStringLiteral("key")) ? p.value(QStringLiteral("key")) : profile.keyTransaction;
        if (request.keyTransaction.isEmpty())
            throw Usage {tr("--key: the key transaction cannot be empty")};
        request.thresholds = DecisionThresholds::fromProfile(profile);
        request.days = positiveInt(p, QStringLiteral("days"), 7, 36500);
        request.hours = positiveInt(p, QStringLiteral("hours"), 48, 24 * 36500);
        // `all` asks for both parts of the one statement (docs/db.md, "One scan
        // instead of three"): the summary and hint over the days, the hours.
        request.summary = view != u"hourly";
        request.hourly = view == u"hourly" || all;
        if (view != u"decision" && !all && p.isSet(QStringLiteral("fail-on")))
            throw Usage {tr("--fail-on applies to db decision and db all")};
        if (view == u"hourly" && p.isSet(QStringLiteral("days")))
            throw Usage {tr("--days applies to db summary, decision and all; hourly takes --hours")};
        if (view != u"hourly" && !all && p.isSet(QStringLiteral("hours")))
            throw Usage {tr("--hours applies to db hourly and db all; summary and decision take --days")};
        int gate = 0;   // 0 none, 1 watch, 2 no-go
        if (p.isSet(QStringLiteral("fail-on"))) {
            const QString v = p.value(QStringLiteral("fail-on")).toLower();
            if (v == u"watch")
                gate = 1;
            else if (v == u"no-go" || v == u"no_go" || v == u"nogo")
                gate = 2;
            else
                throw Usage {tr("--fail-on: expected watch or no-go, got '%1'").arg(p.value(QStringLiteral("fail-on")))};
        }

        MonitoringSnapshot snap;
        ViewContext ctx;
        QString note;   // where the figures come from, for --events (text and md only)
        if (fromFile) {
            const QString zoneName = effectiveTimeZone(co.timeZone);
            const QTimeZone zone(zoneName.toUtf8());
            if (!zone.isValid())
                throw Usage {tr("--tz: unknown time zone '%1'").arg(zoneName)};
            EventsReadOptions ro;
            ro.schema = schema;
            ro.keyTransaction = request.keyTransaction;
            if (p.isSet(QStringLiteral("duration-type"))) {
                const QString t = p.value(QStringLiteral("duration-type")).toLower();
                if (t == u"integer")
                    ro.durationKind = DurationKind::Integer;
                else if (t == u"numeric")
                    ro.durationKind = DurationKind::Numeric;
                else if (t == u"float" || t == u"double" || t == u"double precision")
                    ro.durationKind = DurationKind::Float;
                else
                    throw Usage {tr("--duration-type: expected integer, numeric or float, got '%1'").arg(p.value(QStringLiteral("duration-type")))};
            }
            std::optional<QDateTime> now;
            if (p.isSet(QStringLiteral("now"))) {
                now = parseNowText(p.value(QStringLiteral("now")), zone);
                if (!now)
                    throw Usage {tr("--now: expected a date and time such as 2026-11-22T14:00:00+01:00, got '%1'")
                                     .arg(p.value(QStringLiteral("now")))};
            }
            const QString path = p.value(QStringLiteral("events"));
            const EventLog log = readEventsCsv(path, ro);   // InputError: exit 2 below
            const EventsClock clock = eventsClock(log, zone, zoneName, now);
            snap = computeMonitoringViews(log, request, clock);
            ctx.table = QFileInfo(path).fileName();
            ctx.timeZone = zoneName;
            const QString nowText = isoWithOffset(snap.asOf);
            note = clock.nowFromLastEvent ? tr("Events from %1; now = %2 (the file's last event).\n").arg(path, nowText)
                 : now                    ? tr("Events from %1; now = %2 (--now).\n").arg(path, nowText)
                                          : tr("Events from %1 (no event); now = %2 (this computer's clock).\n").arg(path, nowText);
        } else {
            MonitoringSession session;
            DbError error;
            if (!session.open(co, &error) || !session.fetch(request, &snap, &error)) {
                err << prefix << error.message << Qt::endl;
                return error.isUsage() ? ExitUsage : ExitDatabase;
            }
            ctx.table = session.table().display;
            ctx.timeZone = session.timeZone();
        }
        ctx.keyTransaction = request.keyTransaction;
        ctx.days = request.days;
        ctx.hours = request.hours;
        ctx.thresholds = request.thresholds;

        QString text;
        if (view == u"summary")
            text = format == u"json" ? summaryJson(snap.summary)
                 : format == u"md"   ? summaryMarkdown(snap.summary, ctx)
                                     : summaryText(snap.summary, ctx);
        else if (view == u"hourly")
            text = format == u"json" ? hourlyJson(snap.hourly)
                 : format == u"md"   ? hourlyMarkdown(snap.hourly, ctx)
                                     : hourlyText(snap.hourly, ctx);
        else if (all)
            text = format == u"json" ? allJson(snap)
                 : format == u"md"   ? summaryMarkdown(snap.summary, ctx) + u'\n' + hourlyMarkdown(snap.hourly, ctx) + u'\n'
                                           + decisionMarkdown(snap.decision, ctx)
                                     : summaryText(snap.summary, ctx) + u'\n' + hourlyText(snap.hourly, ctx) + u'\n'
                                           + decisionText(snap.decision, ctx);
        else
            text = format == u"json" ? decisionJson(snap.decision)
                 : format == u"md"   ? decisionMarkdown(snap.decision, ctx)
                                     : decisionText(snap.decision, ctx);

        if (!note.isEmpty() && format != u"json")
            text = (format == u"md" ? QStringLiteral("_%1_\n\n").arg(note.trimmed()) : note + u'\n') + text;

        if (p.isSet(QStringLiteral("out"))) {
            const QString problem = writeOutputFile(p.value(QStringLiteral("out")), text.toUtf8(), p.isSet(QStringLiteral("force")));
            if (!problem.isEmpty()) {
                err << prefix << problem << Qt::endl;
                return ExitUsage;
            }
        } else {
            out << text;
            out.flush();
        }
        if ((gate == 1 && snap.decision.hint != DecisionHint::Go) || (gate == 2 && snap.decision.hint == DecisionHint::NoGo))
            return ExitGate;
        return ExitOk;
    } catch (const Usage &u) {
        err << prefix << u.message << Qt::endl;
        return ExitUsage;
    } catch (const InputError &e) {
        err << findingLine(e.finding, Language::ui()) << Qt::endl;
        return ExitUsage;
    }
}

} // namespace palier
