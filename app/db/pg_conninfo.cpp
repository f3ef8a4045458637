#include "db/pg_conninfo.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <mutex>

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::Db", s); }

bool isSecretKeyword(const char *keyword)
{
    return qstrcmp(keyword, "password") == 0 || qstrcmp(keyword, "sslpassword") == 0;
}

// Quotes a value for a key=value connection string when it needs it.
QString conninfoValue(const QString &v)
{
    bool plain = !v.isEmpty();
    for (QChar c : v)
        if (c.isSpace() || c == u'\'' || c == u'\\' || c == u'=')
            plain = false;
    if (plain)
        return v;
    QString out = QStringLiteral("'");
    for (QChar c : v) {
        if (c == u'\'' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'\'';
}

} // namespace

QString oneLine(const QString &message)
{
    static const QRegularExpression ws(QStringLiteral("\\s*\\n\\s*"));
    QString s = message.trimmed();
    s.replace(ws, QStringLiteral(" "));
    return s;
}

QString connInfoError(const QString &conninfo)
{
    char *errmsg = nullptr;
    PQconninfoOption *opts = PQconninfoParse(conninfo.toUtf8().constData(), &errmsg);
    if (opts) {
        PQconninfoFree(opts);
        return {};
    }
    QString why = errmsg ? QString::fromUtf8(errmsg) : tr("out of memory");
    if (errmsg)
        PQfreemem(errmsg);
    return scrubSecrets(oneLine(why), connInfoSecrets(conninfo));
}

QList<QPair<QString, QString>> connInfoOptions(const QString &conninfo)
{
    QList<QPair<QString, QString>> out;
    char *errmsg = nullptr;
    PQconninfoOption *opts = PQconninfoParse(conninfo.toUtf8().constData(), &errmsg);
    if (errmsg)
        PQfreemem(errmsg);
    if (!opts)
        return out;
    for (PQconninfoOption *o = opts; o->keyword; ++o)
        if (o->val)
            out.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    PQconninfoFree(opts);
    return out;
}

QString redactConnInfo(const QString &conninfo)
{
    char *errmsg = nullptr;
    PQconninfoOption *opts = PQconninfoParse(conninfo.toUtf8().constData(), &errmsg);
    if (errmsg)
        PQfreemem(errmsg);
    if (!opts)
        return tr("(invalid connection string)");
    QStringList parts;
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        if (!o->val || isSecretKeyword(o->keyword))
            continue;
        parts.append(QString::fromUtf8(o->keyword) + u'=' + conninfoValue(QString::fromUtf8(o->val)));
    }
    PQconninfoFree(opts);
    return parts.join(u' ');
}

QStringList connInfoSecrets(const QString &conninfo)
{
    QStringList secrets;
    auto add = [&](const QString &s) {
        if (!s.isEmpty() && !secrets.contains(s))
            secrets.append(s);
    };
    // What libpq itself would use.
    for (const auto &[key, value] : connInfoOptions(conninfo))
        if (key == u"password" || key == u"sslpassword")
            add(value);
    // And what a malformed string may still hold, raw and decoded.
    static const QRegularExpression kv(QStringLiteral(
        "(?:^|\\s)(?:ssl)?password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'?|\\S+)"));
    for (auto it = kv.globalMatch(conninfo); it.hasNext();) {
        QString v = it.next().captured(1);
        add(v);
        if (v.startsWith(u'\'')) {
            v = v.mid(1);
            if (v.endsWith(u'\''))
                v.chop(1);
            add(v);
            v.replace(QStringLiteral("\\'"), QStringLiteral("'")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
            add(v);
        }
    }
    static const QRegularExpression uriUser(QStringLiteral("^\\s*postgres(?:ql)?://([^@/?#]*)@"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = uriUser.match(conninfo); m.hasMatch()) {
        const QString userinfo = m.captured(1);
        const qsizetype colon = userinfo.indexOf(u':');
        if (colon >= 0) {
            const QString raw = userinfo.mid(colon + 1);
            add(raw);
            add(QUrl::fromPercentEncoding(raw.toUtf8()));
        }
    }
    static const QRegularExpression uriParam(QStringLiteral("[?&](?:ssl)?password=([^&#]*)"));
    for (auto it = uriParam.globalMatch(conninfo); it.hasNext();) {
        const QString raw = it.next().captured(1);
        add(raw);
        add(QUrl::fromPercentEncoding(raw.toUtf8()));
    }
    // Longest first, so that a secret containing another is replaced whole.
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return secrets;
}

QString scrubSecrets(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets)
        if (s.size() >= 3)
            text.replace(s, QStringLiteral("***"));
    return text;
}

void ensureLibpqEnvironmentDefaults()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
            qputenv("PGCONNECT_TIMEOUT", "10");
    });
}

ConnectParams buildConnectParams(const QString &conninfo, const QByteArray &password,
                                 int statementTimeoutMs, bool withOptions)
{
    ConnectParams p;
    auto add = [&](const char *k, const QByteArray &v) {
        p.keywords.append(QByteArray(k));
        p.values.append(v);
    };
    // Defaults the user's string may override. A dead server mid-query is
    // noticed within about a minute rather than the kernel's two hours.
    add("keepalives", "1");
    add("keepalives_idle", "30");
    add("keepalives_interval", "10");
    add("keepalives_count", "3");
    add("fallback_application_name", "palier");
    add("dbname", conninfo.toUtf8());
    // Palier's own: results are decoded as UTF-8.
    add("client_encoding", "UTF8");
    if (withOptions) {
        // Keep the user's own startup options (from the string or PGOPTIONS),
        // then make the session read-only and bounded. The same settings are
        // applied again with SET after connecting (poolers that refuse startup
        // options get them that way).
        QString userOptions;
        for (const auto &[key, value] : connInfoOptions(conninfo))
            if (key == u"options")
                userOptions = value;
        if (userOptions.isEmpty())
            userOptions = qEnvironmentVariable("PGOPTIONS");
        QByteArray options = userOptions.toUtf8();
        if (!options.isEmpty())
            options += ' ';
        options += "-c default_transaction_read_only=on -c statement_timeout=" + QByteArray::number(statementTimeoutMs);
        add("options", options);
    }
    if (!password.isEmpty())
        add("password", password);
    return p;
}

} // namespace palier
