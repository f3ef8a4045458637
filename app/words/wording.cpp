#include "words/wording.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace palier {

QString formatParam(const QVariant &value, int decimals, const Language &lang)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        if (decimals > 0)
            return lang.number(value.toDouble(), decimals);
        return lang.integer(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double v = value.toDouble();
        if (decimals >= 0)
            return lang.number(v, decimals);
        if (std::isfinite(v) && v == std::round(v) && std::abs(v) < 1e15)
            return lang.integer(qint64(v));
        return lang.number(v);
    }
    case QMetaType::QStringList:
        return value.toStringList().join(QStringLiteral(", "));
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts << formatParam(v, decimals, lang);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return value.toString();
    }
}

QString fillTemplate(const char *context, const Template &t, const Params &params, const Language &lang)
{
    const QStringList specs = QString::fromLatin1(t.params).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int n = -1;
    QStringList args;
    for (const QString &raw : specs) {
        QString spec = raw.trimmed();
        if (spec.startsWith(QLatin1Char('#'))) {
            n = int(params.value(spec.mid(1)).toLongLong());
            continue;
        }
        int decimals = -1;
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            decimals = spec.mid(colon + 1).toInt();
            spec.truncate(colon);
        }
        args << formatParam(params.value(spec), decimals, lang);
    }
    QString text = lang.translate(context, t.text, nullptr, n);
    // %1…%9 replaced in one pass, so a value that itself holds "%2" stays as is.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int index = text.at(i + 1).digitValue();
            if (index >= 1 && index <= args.size()) {
                out += args.at(index - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

TemplateTable::TemplateTable(const char *context,
                             std::initializer_list<std::pair<const Template *, std::size_t>> parts)
    : m_context(context)
{
    for (const auto &[first, count] : parts)
        for (std::size_t i = 0; i < count; ++i)
            m_templates.append(first + i);
}

const Template *TemplateTable::find(const QString &kind) const
{
    for (const Template *t : m_templates)
        if (kind == QLatin1StringView(t->kind))
            return t;
    return nullptr;
}

QStringList TemplateTable::kinds() const
{
    QStringList out;
    for (const Template *t : m_templates)
        out << QString::fromLatin1(t->kind);
    return out;
}

QString TemplateTable::word(const QString &kind, const Params &params, const Language &lang) const
{
    // A parameter that is itself a finding ({"kind", "params"}: the problem
    // behind "this file cannot be used") is worded first, in the same language;
    // so is a list of them (the other problems of a profile), joined with "; "
    // since each one may hold commas of its own.
    const auto isNested = [](const QVariant &v) {
        return v.typeId() == QMetaType::QVariantMap && v.toMap().contains(QStringLiteral("kind"));
    };
    const auto wordNested = [&](const QVariant &v) {
        const QVariantMap nested = v.toMap();
        return word(nested.value(QStringLiteral("kind")).toString(), nested.value(QStringLiteral("params")).toMap(),
                    lang);
    };
    Params filled = params;
    for (auto it = filled.begin(); it != filled.end(); ++it) {
        if (isNested(it.value())) {
            it.value() = wordNested(it.value());
        } else if (it.value().typeId() == QMetaType::QVariantList) {
            const QVariantList items = it.value().toList();
            if (items.isEmpty() || !std::all_of(items.begin(), items.end(), isNested))
                continue;
            QStringList words;
            for (const QVariant &item : items)
                words.append(wordNested(item));
            it.value() = words.join(lang.translate("palier::Findings", "; "));
        }
    }
    if (const Template *t = find(kind))
        return fillTemplate(m_context, *t, filled, lang);
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(params)).toJson(QJsonDocument::Compact);
    return params.isEmpty() ? kind : kind + QLatin1Char(' ') + QString::fromUtf8(json);
}

} // namespace palier
