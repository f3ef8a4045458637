// The window's grid and decision on the bundled week of real Locust runs are
// the CLI's (`palier analyze --format json`, run as a process); a profile edit
// re-decides at once, as the CLI does with the same profile saved to a file,
// and an invalid edit is not applied.
#include "gui_test_support.h"

#include "shell/session.h"
#include "dialogs/profile_editor.h"
#include "grid/assessment.h"
#include "grid/decision_rules.h"
#include "models/criteria_model.h"
#include "models/grid_model.h"
#include "views/decision_view.h"
#include "widgets/decision_badge.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace palier;
using namespace palier::ui;
using test::windowOnSample;

namespace {

QJsonObject analyzeJson(const QStringList &extra = {})
{
    int code = -1;
    QByteArray err;
    const QByteArray out = test::runPalier(QStringList {QStringLiteral("analyze"), test::sampleDir(),
                                                        QStringLiteral("--format"), QStringLiteral("json")} + extra,
                                           &code, &err);
    if (code != 0)
        qWarning().noquote() << "palier analyze:" << code << err.left(400);
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class TestUiDecision : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void gridEqualsTheCli();
    void thresholdEditChangesTheDecision();
    void invalidProfileIsNotApplied();
};

void TestUiDecision::gridEqualsTheCli()
{
    auto w = windowOnSample();
    QVERIFY(w);
    const QJsonObject json = analyzeJson();
    QVERIFY(!json.isEmpty());
    const GridModel *grid = w->decisionView()->gridModel();
    const Assessment &a = w->session()->assessment();
    // The same numbers as palier::assess on the same runs and profile…
    const Assessment again = assess(a.runs, a.profile, a.profileSource);
    QCOMPARE(again.windowVerdict.decision, a.windowVerdict.decision);

    // …and as the CLI prints: every run's criteria and decision, the window's colours and decision.
    QHash<QString, QJsonObject> runs;
    for (const QJsonValue &r : json.value(QStringLiteral("runs")).toArray())
        runs.insert(r.toObject().value(QStringLiteral("id")).toString(), r.toObject());
    QCOMPARE(runs.size(), 3);
    const int criteria = int(a.profile.criteria.size());
    for (int col = 1; col < grid->windowColumn(); ++col) {
        const QString runId = grid->index(0, col).data(GridModel::RunIdRole).toString();
        const QJsonObject gridJson = runs.value(runId).value(QStringLiteral("grid")).toObject();
        QHash<QString, QString> colours;
        for (const QJsonValue &c : gridJson.value(QStringLiteral("criteria")).toArray())
            colours.insert(c.toObject().value(QStringLiteral("id")).toString(), c.toObject().value(QStringLiteral("color")).toString());
        for (int row = 0; row < criteria; ++row) {
            const Colour shown = Colour(grid->index(row, col).data(GridModel::ColourRole).toInt());
            QCOMPARE(colourId(shown), colours.value(grid->criterionId(row)));
            QCOMPARE(shown, again.verdictOf(runId)->criterion(grid->criterionId(row))->colour);
        }
        QCOMPARE(decisionId(Decision(grid->index(criteria + 1, col).data(GridModel::DecisionRole).toInt())),
                 gridJson.value(QStringLiteral("decision")).toString());
        QCOMPARE(grid->index(criteria, col).data(GridModel::ValueRole).toInt(), gridJson.value(QStringLiteral("score")).toInt());
    }
    const QJsonObject window = json.value(QStringLiteral("window")).toObject();
    QHash<QString, QString> windowColours;
    for (const QJsonValue &c : window.value(QStringLiteral("criteria")).toArray())
        windowColours.insert(c.toObject().value(QStringLiteral("id")).toString(), c.toObject().value(QStringLiteral("color")).toString());
    for (int row = 0; row < criteria; ++row)
        QCOMPARE(colourId(Colour(grid->index(row, grid->windowColumn()).data(GridModel::ColourRole).toInt())),
                 windowColours.value(grid->criterionId(row)));
    const QString decision = window.value(QStringLiteral("decision")).toString();
    QCOMPARE(decisionId(Decision(grid->index(criteria + 1, grid->windowColumn()).data(GridModel::DecisionRole).toInt())), decision);
    QCOMPARE(w->decisionView()->badge()->decision().has_value(), true);
    QCOMPARE(decisionId(*w->decisionView()->badge()->decision()), decision);
    QCOMPARE(window.value(QStringLiteral("provisional")).toBool(), a.windowVerdict.provisional);
    // The sample's week: p95 orange in two runs of three, error rate green, the
    // target stage held (steady) in all three: one orange, GO (docs/grid-rules.md §7, §10).
    QCOMPARE(decision, QStringLiteral("GO"));
}

void TestUiDecision::thresholdEditChangesTheDecision()
{
    auto w = windowOnSample();
    QVERIFY(w);
    QCOMPARE(w->session()->assessment().windowVerdict.decision, Decision::Go);
    CriteriaModel *criteria = w->profileEditor()->criteriaModel();
    int p95Row = -1, errorRow = -1;
    for (int r = 0; r < criteria->rowCount(); ++r) {
        if (criteria->criteria().at(r).id == u"p95_key")
            p95Row = r;
        if (criteria->criteria().at(r).id == u"error_rate")
            errorRow = r;
    }
    QVERIFY(p95Row >= 0 && errorRow >= 0);
    QSignalSpy changed(w->session(), &Session::assessmentChanged);
    // Error rate green only below 0.4 %: 0.43 % and 1.60 % turn orange, so the
    // window has two oranges (p95 and error rate) → WATCH.
    QVERIFY(criteria->setData(criteria->index(errorRow, CriteriaModel::Green), 0.4));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w->session()->profileOrigin(), Session::ProfileOrigin::Edited);
    QCOMPARE(w->session()->assessment().windowVerdict.decision, Decision::Watch);
    QCOMPARE(*w->decisionView()->badge()->decision(), Decision::Watch);
    Profile edited = w->session()->profile();
    QCOMPARE(edited.criterion(QStringLiteral("error_rate"))->green, 0.4);
    const Assessment expected = assess(w->session()->runs(), edited);
    QCOMPARE(w->session()->assessment().windowVerdict.decision, expected.windowVerdict.decision);
    // And the CLI agrees with the same profile saved to a file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("edited.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(edited.toJson());
    out.close();
    const QJsonObject json = analyzeJson({QStringLiteral("--profile"), file});
    QCOMPARE(json.value(QStringLiteral("window")).toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("WATCH"));
    // p95 green up to 3500 ms: 3100 and 3300 turn green, one orange is left → GO.
    QVERIFY(criteria->setData(criteria->index(p95Row, CriteriaModel::Green), 3500.0));
    QCOMPARE(w->session()->assessment().windowVerdict.decision, Decision::Go);
    const GridModel *grid = w->decisionView()->gridModel();
    for (int col = 1; col < grid->windowColumn(); ++col)
        QCOMPARE(Colour(grid->index(p95Row, col).data(GridModel::ColourRole).toInt()), Colour::Green);
}

void TestUiDecision::invalidProfileIsNotApplied()
{
    auto w = windowOnSample();
    QVERIFY(w);
    const Decision before = w->session()->assessment().windowVerdict.decision;
    QSignalSpy changed(w->session(), &Session::assessmentChanged);
    CriteriaModel *criteria = w->profileEditor()->criteriaModel();
    // Orange limit below green: Profile::validate() refuses it, nothing is re-decided.
    QVERIFY(criteria->setData(criteria->index(0, CriteriaModel::Orange), 100.0));
    QVERIFY(!w->profileEditor()->problems().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(w->session()->assessment().windowVerdict.decision, before);
    QCOMPARE(w->session()->profileOrigin(), Session::ProfileOrigin::BesideResults);
}

PALIER_UI_TEST_MAIN(TestUiDecision)
#include "tst_ui_decision.moc"
