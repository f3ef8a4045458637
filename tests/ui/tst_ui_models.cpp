// Every model of the window under QAbstractItemModelTester (the model
// contracts: counts, parents, data types, signals around resets and inserts),
// filled from the bundled week of real Locust runs, and what each one says.
#include "gui_test_support.h"
#include "i18n/language.h"
#include "words/capacity_words.h"
#include "words/reason_words.h"

#include "shell/state_palette.h"
#include "db/monitoring_views.h"
#include "grid/assessment.h"
#include "models/capacity_stage_model.h"
#include "models/capacity_window_model.h"
#include "models/compare_model.h"
#include "models/distribution_model.h"
#include "shell/format.h"
#include "models/criteria_model.h"
#include "models/endpoint_model.h"
#include "models/error_model.h"
#include "models/grid_model.h"
#include "models/problems_model.h"
#include "models/sources_model.h"
#include "models/stage_model.h"
#include "models/threshold_model.h"

#include <cmath>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace palier;
using namespace palier::ui;

class TestUiModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void gridModel();
    void gridModelWithoutRuns();
    void stageModel();
    void endpointModelSorted();
    void errorModel();
    void problemsModel();
    void sourcesModel();
    void compareModel();
    void compareModelPinnedBaseline();
    void distributionModel();
    void criteriaModelEdits();
    void thresholdModel();
    void stageModelForARunWithoutStages();
    void capacityStageModel();
    void capacityWindowModel();
    void capacityWindowModelWithoutAModel();

private:
    Assessment m_assessment;
    QList<Finding> m_diagnostics;
};

void TestUiModels::initTestCase()
{
    test::quietOffscreen();
    const QStringList paths {test::sampleDir()};
    LoadResult loaded = loadRuns(paths);
    m_diagnostics = loaded.diagnostics;
    const QString profileFile = profileBesideResults(paths);
    QVERIFY(!profileFile.isEmpty());
    m_assessment = assess(loaded.runs, Profile::fromFile(profileFile), profileFile);
    QCOMPARE(m_assessment.runs.size(), 3);
    QCOMPARE(m_assessment.window.size(), 3);
}

void TestUiModels::gridModel()
{
    GridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssessment(m_assessment);
    const int criteria = int(m_assessment.profile.criteria.size());
    QCOMPARE(model.rowCount(), criteria + 2);                  // + score, decision
    QCOMPARE(model.columnCount(), 1 + 3 + 1);                  // label, runs, window
    // Columns read oldest → newest, then the window.
    QCOMPARE(model.index(0, 1).data(GridModel::RunIdRole).toString(), QStringLiteral("run-2026-11-16"));
    QCOMPARE(model.index(0, 3).data(GridModel::RunIdRole).toString(), QStringLiteral("run-2026-11-20"));
    QVERIFY(model.index(0, model.windowColumn()).data(GridModel::RunIdRole).toString().isEmpty());
    for (int row = 0; row < criteria; ++row) {
        const QString id = model.criterionId(row);
        for (int col = 1; col < model.windowColumn(); ++col) {
            const QModelIndex cell = model.index(row, col);
            const RunVerdict *v = m_assessment.verdictOf(cell.data(GridModel::RunIdRole).toString());
            QVERIFY(v);
            const CriterionResult *r = v->criterion(id);
            QVERIFY(r);
            QCOMPARE(Colour(cell.data(GridModel::ColourRole).toInt()), r->colour);
            // Colour never alone: the symbol of the colour leads the text, the reason is the tooltip.
            QVERIFY(cell.data().toString().startsWith(StatePalette::symbol(r->colour)));
            QCOMPARE(cell.data(Qt::ToolTipRole).toString().contains(
                         criterionReason(*r, m_assessment.profile, Language::ui())), true);
            QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), StatePalette().cellBackground(r->colour));
        }
        QCOMPARE(Colour(model.index(row, model.windowColumn()).data(GridModel::ColourRole).toInt()),
                 m_assessment.windowVerdict.criteria.at(row).colour);
    }
    const int decisionRow = criteria + 1;
    QCOMPARE(Decision(model.index(decisionRow, model.windowColumn()).data(GridModel::DecisionRole).toInt()),
             m_assessment.windowVerdict.decision);
    QCOMPARE(model.index(criteria, model.windowColumn()).data(GridModel::ValueRole).toInt(), m_assessment.windowVerdict.score);
    // The sample's p95 at 100 users: 2200 → green, 3100 and 3300 → orange (README).
    QCOMPARE(Colour(model.index(0, 1).data(GridModel::ColourRole).toInt()), Colour::Green);
    QCOMPARE(Colour(model.index(0, 2).data(GridModel::ColourRole).toInt()), Colour::Orange);
    QCOMPARE(Colour(model.index(0, 3).data(GridModel::ColourRole).toInt()), Colour::Orange);
    QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral("2")));
    model.setPalette(StatePalette(QPalette(QColor(30, 30, 30))));   // dark: new colours, same states
    QCOMPARE(model.index(0, 1).data(Qt::BackgroundRole).value<QColor>(),
             StatePalette(QPalette(QColor(30, 30, 30))).cellBackground(Colour::Green));
}

void TestUiModels::gridModelWithoutRuns()
{
    GridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssessment(assess({}, Profile::builtinDefault()));
    QCOMPARE(model.columnCount(), 2);   // label and an empty window
    model.setAssessment(m_assessment);
    model.setAssessment(assess({}, Profile::builtinDefault()));
}

void TestUiModels::stageModel()
{
    StageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Run &run = m_assessment.runs.at(0);   // run-2026-11-16
    const RunVerdict &v = m_assessment.verdicts.at(0);
    model.setRun(&run, &v, m_assessment.profile.keyTransaction, m_assessment.profile.targetUsers);
    QCOMPARE(model.rowCount(), 6);
    // Stage 5 (100 users): the README's figures, as Locust wrote them.
    QCOMPARE(model.index(4, StageModel::Users).data(StageModel::SortRole).toInt(), 100);
    QCOMPARE(model.index(4, StageModel::Requests).data(StageModel::SortRole).toLongLong(), 4605);
    QCOMPARE(model.index(4, StageModel::Failures).data(StageModel::SortRole).toLongLong(), 18);
    QCOMPARE(model.index(4, StageModel::KeyP95).data(StageModel::SortRole).toDouble(), 2200.0);
    QCOMPARE(Colour(model.index(4, StageModel::Held).data(StageModel::ColourRole).toInt()), v.stages.at(4).colour);
    QCOMPARE(model.index(4, StageModel::Held).data(Qt::ToolTipRole).toString(),
             stageVerdictText(v.stages.at(4), Language::ui()));
    if (v.saturationPointUsers)
        QVERIFY(model.index(int(run.stages.size()) - 1, StageModel::Users).data().toString().contains(QString::number(*v.saturationPointUsers)));
    model.setRun(nullptr, nullptr, QString(), 100);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::endpointModelSorted()
{
    EndpointModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(EndpointModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Run &run = m_assessment.runs.at(2);
    model.setEndpoints(run.endpoints, m_assessment.profile.keyTransaction);
    QCOMPARE(model.rowCount(), run.endpoints.size());
    proxy.sort(EndpointModel::Requests, Qt::DescendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, EndpointModel::Requests).data(EndpointModel::SortRole).toLongLong()
                >= proxy.index(r, EndpointModel::Requests).data(EndpointModel::SortRole).toLongLong());
    // The key transaction stands out.
    bool sawKey = false;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, EndpointModel::Name).data().toString() == m_assessment.profile.keyTransaction) {
            sawKey = true;
            QVERIFY(model.index(r, EndpointModel::Name).data(Qt::FontRole).value<QFont>().bold());
        }
    QVERIFY(sawKey);
}

void TestUiModels::errorModel()
{
    ErrorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ErrorEntry> errors {{QStringLiteral("GET"), QStringLiteral("a"), QStringLiteral("500"), 3},
                              {QStringLiteral("GET"), QStringLiteral("b"), QStringLiteral("503\nline two"), 17},
                              {QStringLiteral("POST"), QStringLiteral("c"), QStringLiteral("401"), 5}};
    model.setErrors(errors);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ErrorModel::Name).data().toString(), QStringLiteral("b"));   // most frequent first
    QCOMPARE(model.index(0, ErrorModel::Error).data().toString(), QStringLiteral("503 line two"));
    QCOMPARE(model.index(0, ErrorModel::Error).data(Qt::ToolTipRole).toString(), QStringLiteral("503\nline two"));
    QCOMPARE(model.totalOccurrences(), 25);
    model.setErrors(m_assessment.runs.at(2).errors);
}

void TestUiModels::problemsModel()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Problem> all;
    for (const Finding &f : m_diagnostics)
        all.append({QString(), f});
    for (const Run &run : m_assessment.runs)
        for (const Finding &f : run.findings)
            all.append({run.name, f});
    model.setProblems(all);
    // Grouped by run: one top-level row per run with findings.
    QCOMPARE(model.rowCount(), int(m_assessment.runs.size()));
    QCOMPARE(model.problems().size(), all.size());

    // A run, then its kinds, then each finding; a kind seen once is the finding itself.
    const Finding bad = Finding::error(QStringLiteral("run.invalid.row_fields"), QStringLiteral("/tmp/x_stats.csv"), 12,
                                       {{QStringLiteral("fields"), 4}, {QStringLiteral("expected"), 22}});
    const Finding twice = Finding::warning(QStringLiteral("series.gap"), QStringLiteral("/tmp/x_stats_history.csv"), 40,
                                           {{QStringLiteral("gap_s"), 31.0}, {QStringLiteral("step_s"), 1.0}});
    // Reported in any order, shown worst first: the run set aside heads the
    // list, and inside it the error comes before the warnings.
    const Finding note = Finding::info(QStringLiteral("locust.stats_lag"), QStringLiteral("/tmp/y_stats.csv"), 0, {});
    model.setProblems({{QStringLiteral("run-y"), note},
                       {QStringLiteral("run-x"), twice},
                       {QStringLiteral("run-x"), bad},
                       {QStringLiteral("run-x"), twice}});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("run-x")));
    QVERIFY(model.index(1, 0).data().toString().startsWith(QStringLiteral("run-y")));
    const QModelIndex run = model.index(0, 0);
    QCOMPARE(model.rowCount(run), 2);
    const QModelIndex first = model.index(0, 0, run);
    QCOMPARE(first.data(ProblemsModel::KindRole).toString(), QStringLiteral("run.invalid.row_fields"));
    QCOMPARE(model.index(0, ProblemsModel::File, run).data().toString(), QStringLiteral("x_stats.csv"));
    QCOMPARE(model.index(0, ProblemsModel::Line, run).data().toLongLong(), 12);
    QVERIFY(!model.index(0, ProblemsModel::Message, run).data().toString().isEmpty());
    QVERIFY(model.index(0, 0, run).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("/tmp/x_stats.csv:12: ")));
    const QModelIndex gaps = model.index(1, 0, run);
    QCOMPARE(gaps.data(ProblemsModel::KindRole).toString(), QStringLiteral("series.gap"));
    QCOMPARE(model.rowCount(gaps), 2);
    QCOMPARE(model.index(1, 0, gaps).data(ProblemsModel::PathRole).toString(), QStringLiteral("/tmp/x_stats_history.csv"));
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::sourcesModel()
{
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns(m_assessment, StatePalette());
    model.setConnections({QStringLiteral("production")}, QStringLiteral("production"));
    model.setProfiles({QStringLiteral("/tmp/a.json")}, QString(), QStringLiteral("Default"));
    // One folder (weekly) holding three runs, newest first, each with its six stages.
    QCOMPARE(model.runsRoot()->rowCount(), 1);
    QStandardItem *group = model.runsRoot()->child(0);
    QCOMPARE(group->rowCount(), 3);
    QCOMPARE(group->child(0)->data(SourcesModel::IdRole).toString(), QStringLiteral("run-2026-11-20"));
    QCOMPARE(group->child(0)->rowCount(), 6);
    QCOMPARE(group->child(0)->child(4)->data(SourcesModel::UsersRole).toInt(), 100);
    QVERIFY(model.indexOfRun(QStringLiteral("run-2026-11-18")).isValid());
    QCOMPARE(model.connectionsRoot()->rowCount(), 2);   // + "New connection…"
    QCOMPARE(model.profilesRoot()->rowCount(), 2);      // built-in + one file
    // A run set aside is named so, with its reasons in its tooltip.
    const QString validText = group->child(0)->text();
    Assessment damaged = m_assessment;
    for (qsizetype i = 0; i < damaged.runs.size(); ++i)
        if (damaged.runs.at(i).id == QStringLiteral("run-2026-11-20")) {
            damaged.verdicts[i].valid = false;
            damaged.verdicts[i].invalidReasons = {
                Finding::error(QStringLiteral("run.invalid.truncated_stats"), QStringLiteral("/tmp/s_stats.csv"), 9)};
        }
    model.setRuns(damaged, StatePalette());
    QStandardItem *invalid = model.runsRoot()->child(0)->child(0);
    QVERIFY(invalid->text().startsWith(validText) && invalid->text() != validText);
    QVERIFY(invalid->toolTip().contains(QStringLiteral("/tmp/s_stats.csv:9: ")));
    QVERIFY(!model.runsRoot()->child(0)->child(1)->toolTip().contains(QStringLiteral("s_stats.csv")));
    model.setRuns(assess({}, Profile::builtinDefault()), StatePalette());
    QCOMPARE(model.runsRoot()->rowCount(), 1);          // the "nothing opened" line
    QCOMPARE(SourcesModel::Kind(model.runsRoot()->child(0)->data(SourcesModel::KindRole).toInt()), SourcesModel::Kind::Placeholder);
}

void TestUiModels::compareModel()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssessment(m_assessment, false, StatePalette());
    QCOMPARE(model.rowCount(), 3);
    // Runs are named by folder and start time.
    QCOMPARE(model.index(0, CompareModel::RunId).data().toString(), Format::runName(m_assessment.runs.at(model.runIndices().at(0))));
    QVERIFY(model.index(0, CompareModel::RunId).data().toString().startsWith(QStringLiteral("run-2026-11-20 · ")));
    QCOMPARE(model.index(0, CompareModel::KeyP95).data().toString().remove(QRegularExpression(QStringLiteral("\\D"))),
             QStringLiteral("3300"));
    model.setAssessment(m_assessment, true, StatePalette());
    QCOMPARE(model.rowCount(), 3);

    // A run of the window set aside says so where it is listed, and its
    // reasons (file and line) are one hover away.
    Assessment damaged = m_assessment;
    const int newest = model.index(0, 0).data(CompareModel::RunIndexRole).toInt();
    RunVerdict &v = damaged.verdicts[newest];
    v.valid = false;
    v.decision = Decision::Inconclusive;
    v.inconclusiveReasons = {InconclusiveReason::InvalidRun};
    v.invalidReasons = {Finding::error(QStringLiteral("run.invalid.truncated_stats"), QStringLiteral("/tmp/s_stats.csv"), 9)};
    model.setAssessment(damaged, false, StatePalette());
    const QString validText = model.index(1, CompareModel::InWindow).data().toString();
    QVERIFY(model.index(0, CompareModel::InWindow).data().toString() != validText);
    QVERIFY(model.index(0, CompareModel::InWindow).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("/tmp/s_stats.csv:9: ")));
    QVERIFY(model.index(0, CompareModel::DecisionColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("s_stats.csv")));
    QVERIFY(model.index(1, CompareModel::InWindow).data(Qt::ToolTipRole).isNull());
}

void TestUiModels::compareModelPinnedBaseline()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const StatePalette palette;
    model.setAssessment(m_assessment, false, palette);
    QCOMPARE(model.rowCount(), 3);
    // No baseline: no change to show.
    QVERIFY(std::isnan(model.index(0, CompareModel::KeyP95).data(CompareModel::DeltaRole).toDouble()));
    // Pin the oldest run of the window.
    const int oldest = model.runIndices().at(2), newest = model.runIndices().at(0);
    model.setBaseline(m_assessment.runs.at(oldest).id);
    QCOMPARE(model.baseline(), m_assessment.runs.at(oldest).id);
    QVERIFY(model.index(2, CompareModel::RunId).data(CompareModel::IsBaselineRole).toBool());
    QVERIFY(!model.index(0, CompareModel::RunId).data(CompareModel::IsBaselineRole).toBool());
    for (int column : {int(CompareModel::KeyP95), int(CompareModel::ErrorRate), int(CompareModel::Throughput)}) {
        const double now = model.value(newest, column), then = model.value(oldest, column);
        QVERIFY(isKnown(now) && isKnown(then) && then > 0);
        const double delta = model.index(0, column).data(CompareModel::DeltaRole).toDouble();
        QVERIFY2(std::abs(delta - 100.0 * (now - then) / then) < 1e-9, qPrintable(QString::number(delta)));
        // The baseline against itself: no change.
        QCOMPARE(model.index(2, column).data(CompareModel::DeltaRole).toDouble(), 0.0);
    }
    // The key p95 at the target stage: 3 300 ms now; the baseline's from the verdicts.
    const double base = m_assessment.verdicts.at(oldest).keyP95AtTargetMs;
    QCOMPARE(model.index(0, CompareModel::KeyP95).data(CompareModel::ValueRole).toDouble(), 3300.0);
    QCOMPARE(model.index(0, CompareModel::KeyP95).data(CompareModel::DeltaRole).toDouble(), 100.0 * (3300.0 - base) / base);
    // Each figure has its criterion's grid colour, as background and as data.
    const RunVerdict &v = m_assessment.verdicts.at(newest);
    const CriterionResult *p95 = v.criterion(QStringLiteral("p95_key"));
    QVERIFY(p95 && p95->evaluated());
    QCOMPARE(Colour(model.index(0, CompareModel::KeyP95).data(CompareModel::GridColourRole).toInt()), p95->colour);
    QCOMPARE(model.index(0, CompareModel::KeyP95).data(Qt::BackgroundRole).value<QColor>(), palette.cellBackground(p95->colour));
    // The pin survives a new assessment of the same runs, and goes with its run.
    model.setAssessment(m_assessment, true, palette);
    QCOMPARE(model.baseline(), m_assessment.runs.at(oldest).id);
    model.setBaseline(QStringLiteral("no-such-run"));
    QVERIFY(model.baseline().isEmpty());
    QVERIFY(std::isnan(model.delta(newest, CompareModel::KeyP95)));
}

void TestUiModels::distributionModel()
{
    DistributionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Run &run = m_assessment.runs.constLast();
    const Profile &profile = m_assessment.profile;
    const StatePalette palette;
    model.setRun(&run, profile.keyTransaction, profile.p95GreenMs(), profile.p95OrangeMs(), palette);
    QCOMPARE(model.rowCount(), int(run.stages.size()));
    // Locust keeps no samples: every row is an estimate from its percentiles.
    QVERIFY(model.anyEstimated());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Stage &s = run.stages.at(row);
        QVERIFY(model.usesKeyTransaction(row));
        const Figures &key = s.endpoint(profile.keyTransaction)->figures;
        qint64 sum = 0;
        for (int c = DistributionModel::AtMostGreen; c <= DistributionModel::Failed; ++c)
            sum += model.index(row, c).data(DistributionModel::CountRole).toLongLong();
        QCOMPARE(sum, key.requests);
        QCOMPARE(model.index(row, DistributionModel::Failed).data(DistributionModel::CountRole).toLongLong(), key.failures);
        QVERIFY(model.index(row, DistributionModel::AtMostGreen).data(DistributionModel::EstimatedRole).toBool());
        // The same counts as the analysis gives.
        const LatencyRanges r = latencyRanges(key, profile.p95GreenMs(), profile.p95OrangeMs());
        QCOMPARE(model.index(row, DistributionModel::AboveOrange).data(DistributionModel::CountRole).toLongLong(), r.aboveOrange);
    }
    QCOMPARE(model.index(0, DistributionModel::AtMostGreen).data(Qt::BackgroundRole).value<QColor>(),
             palette.cellBackground(Colour::Green));
    QCOMPARE(model.index(0, DistributionModel::AboveOrange).data(Qt::BackgroundRole).value<QColor>(),
             palette.cellBackground(Colour::Red));
    // At 150 users (p95 of the key transaction 6 100 ms) most successes are past the red limit.
    const int last = model.rowCount() - 1;
    QVERIFY(model.index(last, DistributionModel::AboveOrange).data(DistributionModel::ShareRole).toDouble()
            > model.index(0, DistributionModel::AboveOrange).data(DistributionModel::ShareRole).toDouble());
    // With the server's events of the run: each stage is followed by its
    // server row, counted exactly from the events' durations.
    ServerComparison server;
    ServerStage at100;
    at100.users = 100;
    at100.server.searches = 10;
    at100.server.searchErrors = 2;
    const double durations[] = {100, 2600, 4100, 200, 300, 2500, 5000, 10};
    at100.server.searchHistogram = LatencyHistogram::of(durations, std::size(durations));
    server.stages = {at100};
    model.setRun(&run, profile.keyTransaction, 2500, 4000, palette, &server);
    QCOMPARE(model.rowCount(), int(run.stages.size()) + 1);
    int serverRow = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.isServer(row))
            serverRow = row;
    QVERIFY(serverRow > 0);
    QCOMPARE(model.users(serverRow), 100);
    QCOMPARE(model.users(serverRow - 1), 100);   // right after its stage
    QVERIFY(!model.isServer(serverRow - 1));
    QVERIFY(!model.index(serverRow, DistributionModel::AtMostGreen).data(DistributionModel::EstimatedRole).toBool());
    QCOMPARE(model.index(serverRow, DistributionModel::AtMostGreen).data(DistributionModel::CountRole).toLongLong(), 5);
    QCOMPARE(model.index(serverRow, DistributionModel::GreenToOrange).data(DistributionModel::CountRole).toLongLong(), 1);
    QCOMPARE(model.index(serverRow, DistributionModel::AboveOrange).data(DistributionModel::CountRole).toLongLong(), 2);
    QCOMPARE(model.index(serverRow, DistributionModel::Failed).data(DistributionModel::CountRole).toLongLong(), 2);
    model.setRun(nullptr, profile.keyTransaction, profile.p95GreenMs(), profile.p95OrangeMs(), palette);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::criteriaModelEdits()
{
    CriteriaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCriteria(m_assessment.profile.criteria);
    QSignalSpy edited(&model, &CriteriaModel::criteriaEdited);
    QVERIFY(model.setData(model.index(0, CriteriaModel::Green), 3500.0));
    QCOMPARE(model.criteria().at(0).green, 3500.0);
    QVERIFY(model.setData(model.index(0, CriteriaModel::MetricColumn), metricId(Metric::LatencyP99)));
    QCOMPARE(model.criteria().at(0).metric, Metric::LatencyP99);
    QVERIFY(!model.setData(model.index(0, CriteriaModel::MetricColumn), QStringLiteral("no such metric")));
    QVERIFY(model.setData(model.index(1, CriteriaModel::GreenStrict), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.criteria().at(1).greenStrict);
    // The held criterion has no limits to edit.
    QVERIFY(!(model.flags(model.index(2, CriteriaModel::Green)) & Qt::ItemIsEditable));
    model.addCriterion();
    QCOMPARE(model.rowCount(), 4);
    model.removeCriterion(3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(edited.count(), 5);
}

void TestUiModels::thresholdModel()
{
    ThresholdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThresholds({{QStringLiteral("http_req_duration"), QStringLiteral("p(95)<500"), true},
                         {QStringLiteral("http_req_failed"), QStringLiteral("rate<0.01"), false}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.failedCount(), 1);
    QVERIFY(model.index(1, ThresholdModel::Result).data().toString().startsWith(StatePalette::symbol(Colour::Red)));
    QCOMPARE(model.index(0, ThresholdModel::Result).data(Qt::BackgroundRole).value<QColor>(),
             StatePalette().cellBackground(Colour::Green));
    model.setThresholds({});
}

// A k6 summary export: figures for the whole run, no stages — one row says so.
void TestUiModels::stageModelForARunWithoutStages()
{
    StageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Run run;
    run.id = QStringLiteral("summary");
    run.runLevelOnly = true;
    run.total.requests = 1200;
    run.total.failures = 30;
    model.setRun(&run, nullptr, QStringLiteral("athlete_search"), 100);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, StageModel::Requests).data(StageModel::SortRole).toLongLong(), 1200);
    QCOMPARE(model.index(0, StageModel::ErrorRate).data(StageModel::SortRole).toDouble(), 2.5);
}

namespace {

// Runs from tests/data under the built-in profile, as the window opens them.
Assessment assessTestData(const char *folder)
{
    const LoadResult loaded = loadRuns({test::testData(folder)});
    return assess(loaded.runs, Profile::builtinDefault());
}

} // namespace

void TestUiModels::capacityStageModel()
{
    const Assessment a = assessTestData("locust/weekly");
    QCOMPARE(a.runs.size(), 3);
    CapacityStageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < a.runs.size(); ++i) {
        const Capacity &c = a.capacities.at(i);
        QVERIFY2(c.hasModel(), qPrintable(a.runs.at(i).id));
        model.setCapacity(&c);
        // One row per stage, in order, with the numbers the model read.
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowCount(), a.runs.at(i).stages.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const CapacityStage &s = c.stages.at(row);
            QCOMPARE(model.index(row, CapacityStageModel::Users).data(CapacityStageModel::ValueRole).toInt(), s.users);
            QCOMPARE(model.index(row, CapacityStageModel::Throughput).data(CapacityStageModel::ValueRole).toDouble(), s.rps);
            QVERIFY(model.index(row, CapacityStageModel::Throughput).data(CapacityStageModel::ValueRole).toDouble() > 0);
            QCOMPARE(model.index(row, CapacityStageModel::MeanResponse).data(CapacityStageModel::ValueRole).toDouble(), s.meanMs);
            // Locust's history gives the users; Little's law the users implied.
            QVERIFY(model.index(row, CapacityStageModel::HistoryUsers).data(CapacityStageModel::ValueRole).isValid());
            QCOMPARE(model.index(row, CapacityStageModel::LittleUsers).data(CapacityStageModel::ValueRole).toDouble(),
                     s.impliedUsers);
            QCOMPARE(model.index(row, CapacityStageModel::Little).data(CapacityStageModel::LittleOffRole).toBool(), s.littleOff);
            QCOMPARE(model.index(row, CapacityStageModel::InFit).data(CapacityStageModel::UsedRole).toBool(), s.used());
            // A stage off Little's law is flagged in colour and with a symbol, not colour alone.
            const QModelIndex little = model.index(row, CapacityStageModel::Little);
            QCOMPARE(little.data(Qt::BackgroundRole).isValid(), s.littleOff);
            QCOMPARE(little.data().toString().startsWith(StatePalette::symbol(Colour::Orange)), s.littleOff);
        }
    }
    // A stage set off Little's law is flagged.
    Capacity off = a.capacities.at(0);
    off.stages[2].littleOff = true;
    model.setCapacity(&off);
    QVERIFY(model.index(2, CapacityStageModel::Little).data(CapacityStageModel::LittleOffRole).toBool());
    QVERIFY(model.index(2, CapacityStageModel::Little).data(Qt::BackgroundRole).isValid());
    model.setCapacity(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::capacityWindowModel()
{
    const Assessment a = assessTestData("locust/weekly");
    QCOMPARE(a.window.size(), 3);
    CapacityWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssessment(a);
    QCOMPARE(model.rowCount(), 3);
    // Oldest first, as the grid's columns read.
    QCOMPARE(model.index(0, CapacityWindowModel::RunId).data().toString(), QStringLiteral("run-2026-11-16"));
    QCOMPARE(model.index(2, CapacityWindowModel::RunId).data().toString(), QStringLiteral("run-2026-11-20"));
    for (int row = 0; row < 3; ++row) {
        const QString id = model.index(row, 0).data(CapacityWindowModel::RunIdRole).toString();
        const Capacity *c = a.capacityOf(id);
        QVERIFY(c);
        QCOMPARE(CapacityState(model.index(row, CapacityWindowModel::State).data(CapacityWindowModel::StateRole).toInt()),
                 CapacityState::Ok);
        QVERIFY(model.index(row, 0).data(CapacityWindowModel::HasModelRole).toBool());
        QVERIFY(!model.isSpanned(row));
        // Numbers, the model's own.
        const QVariant orange = model.index(row, CapacityWindowModel::BeforeOrange).data(CapacityWindowModel::ValueRole);
        const QVariant red = model.index(row, CapacityWindowModel::BeforeRed).data(CapacityWindowModel::ValueRole);
        QCOMPARE(orange.isValid(), isKnown(c->usersAtOrange));
        QCOMPARE(red.isValid(), isKnown(c->usersAtRed));
        if (orange.isValid())
            QCOMPARE(orange.toDouble(), c->usersAtOrange);
        if (red.isValid())
            QCOMPARE(red.toDouble(), c->usersAtRed);
        QVERIFY(orange.isValid() || red.isValid());
        QCOMPARE(model.index(row, CapacityWindowModel::R2).data(CapacityWindowModel::ValueRole).toDouble(), c->fit.r2);
        QVERIFY(c->fit.r2 >= kMinCapacityR2);
        QCOMPARE(model.index(row, CapacityWindowModel::Peak).data(CapacityWindowModel::ValueRole).isValid(),
                 isKnown(c->peakUsers()));
        for (int col = 0; col < model.columnCount(); ++col)
            QVERIFY(!model.index(row, col).data().toString().isEmpty());
    }
    model.setAssessment(assess({}, Profile::builtinDefault()));
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::capacityWindowModelWithoutAModel()
{
    // Two stages: too few to fit, so a state and why, no numbers.
    const Assessment a = assessTestData("locust/generated-2stage");
    QCOMPARE(a.window.size(), 1);
    CapacityWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssessment(a);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(CapacityState(model.index(0, CapacityWindowModel::State).data(CapacityWindowModel::StateRole).toInt()),
             CapacityState::TooFewStages);
    QVERIFY(!model.index(0, 0).data(CapacityWindowModel::HasModelRole).toBool());
    QVERIFY(model.isSpanned(0));
    QCOMPARE(model.index(0, CapacityWindowModel::State).data().toString(),
             capacityStateWord(CapacityState::TooFewStages, Language::ui()));
    // The why where the numbers would be, once (the view spans it), and no number anywhere.
    const QString why = model.index(0, CapacityWindowModel::BeforeOrange).data().toString();
    QCOMPARE(why, capacityReason(a.capacities.at(0), Language::ui()));
    QVERIFY(!why.isEmpty());
    QVERIFY(capacitySummary(a.capacities.at(0), Language::ui()).endsWith(why));
    QVERIFY(model.index(0, CapacityWindowModel::State).data(Qt::ToolTipRole).toString()
                == capacitySummary(a.capacities.at(0), Language::ui()));
    for (int col = CapacityWindowModel::BeforeOrange; col < model.columnCount(); ++col)
        QVERIFY(!model.index(0, col).data(CapacityWindowModel::ValueRole).isValid());
    for (int col = CapacityWindowModel::BeforeRed; col < model.columnCount(); ++col)
        QVERIFY(model.index(0, col).data().toString().isEmpty());
}

PALIER_UI_TEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
