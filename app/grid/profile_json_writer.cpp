// Writing a profile as JSON, keys in the documented order so that a saved
// profile reads like the shipped ones (and the built-in default saves as
// resources/profiles/default.json byte for byte).
#include "grid/profile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace palier {

namespace {

// JSON text of one value (string escaping and number formatting as Qt does).
QByteArray jsonValue(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);   // strip [ ]
}

// Writes objects with their keys in the given order: QJsonObject sorts keys, and
// a profile people edit by hand reads better in the documented order.
class OrderedWriter {
public:
    QByteArray out;
    int depth = 0;

    void open(char c) { out += c; ++depth; first = true; }
    void close(char c)
    {
        --depth;
        out += '\n' + indent() + c;
        first = false;
    }
    void key(const char *name)
    {
        separator();
        out += '"' + QByteArray(name) + "\": ";
    }
    void item() { separator(); }
    void value(const QJsonValue &v) { out += jsonValue(v); }
    void inlineArray(const QList<int> &values)
    {
        QByteArray text = "[";
        for (qsizetype i = 0; i < values.size(); ++i)
            text += (i ? ", " : "") + QByteArray::number(values.at(i));
        out += text + ']';
    }

private:
    bool first = true;
    QByteArray indent() const { return QByteArray(4 * depth, ' '); }
    void separator()
    {
        if (!first)
            out += ',';
        out += '\n' + indent();
        first = false;
    }
};

} // namespace

QByteArray Profile::toJson() const
{
    OrderedWriter w;
    w.open('{');
    w.key("palier_profile"); w.value(version);
    w.key("name"); w.value(name);
    if (!description.isEmpty()) {
        w.key("description"); w.value(description);
    }
    w.key("key_transaction"); w.value(keyTransaction);
    w.key("stage_plan"); w.inlineArray(stagePlan);
    w.key("target_users"); w.value(targetUsers);
    w.key("required_stage_duration_s"); w.value(requiredStageDurationS);
    w.key("warmup_s"); w.value(warmupS);
    w.key("window");
    w.open('{');
    w.key("size"); w.value(windowSize);
    w.key("consistency_min"); w.value(consistencyMin);
    w.key("duration_tolerance"); w.value(durationTolerance);
    w.close('}');
    w.key("criteria");
    w.open('[');
    for (const CriterionDef &c : criteria) {
        w.item();
        w.open('{');
        w.key("id"); w.value(c.id);
        if (!c.label.isEmpty()) {
            w.key("label"); w.value(c.label);
        }
        w.key("metric"); w.value(metricId(c.metric));
        w.key("scope"); w.value(scopeId(c.scope));
        w.key("key_only"); w.value(c.keyTransactionOnly);
        if (c.metric != Metric::TargetStageHeld) {
            w.key("higher_is_better"); w.value(c.higherIsBetter);
            w.key("green"); w.value(c.green);
            w.key("orange"); w.value(c.orange);
            w.key("green_strict"); w.value(c.greenStrict);
            w.key("orange_strict"); w.value(c.orangeStrict);
        }
        // Written only when it differs from the default, so the built-in profile
        // still saves as resources/profiles/default.json byte for byte.
        if (!c.required) {
            w.key("required"); w.value(false);
        }
        w.close('}');
    }
    w.close(']');
    w.close('}');
    return w.out + '\n';
}

} // namespace palier
