#include "models/sources_model.h"

#include "i18n/language.h"
#include "words/finding_words.h"
#include "words/grid_words.h"
#include "words/reason_words.h"

#include "shell/format.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace palier::ui {

namespace {

QStandardItem *makeItem(const QString &text, SourcesModel::Kind kind, const QString &id = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(kind), SourcesModel::KindRole);
    item->setData(id, SourcesModel::IdRole);
    return item;
}

QStandardItem *makeRoot(const QString &text)
{
    QStandardItem *item = makeItem(text, SourcesModel::Kind::Group);
    QFont f;
    f.setBold(true);
    item->setFont(f);
    item->setSelectable(false);
    return item;
}

void clearChildren(QStandardItem *item)
{
    if (item->rowCount() > 0)
        item->removeRows(0, item->rowCount());
}

} // namespace

SourcesModel::SourcesModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Sources")});
    m_runs = makeRoot(tr("Load-test runs"));
    m_connections = makeRoot(tr("Database connections"));
    m_profiles = makeRoot(tr("Grid profiles"));
    appendRow(m_runs);
    appendRow(m_connections);
    appendRow(m_profiles);
}

QIcon SourcesModel::dotIcon(const QColor &colour)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(130));
    p.setBrush(colour);
    p.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pm);
}

void SourcesModel::setRuns(const Assessment &assessment, const StatePalette &palette)
{
    clearChildren(m_runs);
    if (assessment.runs.isEmpty()) {
        m_runs->appendRow(makeItem(tr("No runs opened — File ▸ Open"), Kind::Placeholder));
        m_runs->child(0)->setEnabled(false);
        return;
    }
    // Group by the folder holding the run, newest run first inside a group.
    QMap<QString, QStandardItem *> groups;
    QStringList groupOrder;
    for (qsizetype i = assessment.runs.size() - 1; i >= 0; --i) {
        const Run &run = assessment.runs.at(i);
        const QFileInfo info(run.path);
        const QString folder = info.absolutePath();
        QStandardItem *group = groups.value(folder);
        if (!group) {
            group = makeItem(QDir(folder).dirName(), Kind::Group, folder);
            group->setToolTip(QDir::toNativeSeparators(folder));
            group->setSelectable(false);
            groups.insert(folder, group);
            groupOrder.append(folder);
        }
        const RunVerdict &verdict = assessment.verdicts.at(i);
        const bool inWindow = assessment.window.contains(int(i));
        QString text = Format::runName(run);
        if (!verdict.valid)
            text = tr("%1 (invalid run)").arg(text);
        QStandardItem *item = makeItem(text, Kind::Run, run.id);
        item->setIcon(dotIcon(palette.badgeBackground(verdict.decision)));
        QStringList tip {QDir::toNativeSeparators(run.path),
                         tr("Source: %1%2").arg(sourceKindName(run.source),
                                                run.toolVersion.isEmpty() ? QString() : QStringLiteral(" ") + run.toolVersion),
                         tr("Decision of this run: %1 (score %2)")
                             .arg(decisionLine(verdict.decision, verdict.inconclusiveReasons, Language::ui()),
                                  scoreText(verdict.score, verdict.scoreIsLowerBound, Language::ui())),
                         inWindow ? tr("In the decision window") : tr("Not in the decision window")};
        // Why it is set aside, file and line first, as the Problems dock says it.
        for (const Finding &f : verdict.invalidReasons)
            tip << findingLine(f, Language::ui());
        if (!run.findings.isEmpty())
            tip << tr("%n finding(s) in Problems", nullptr, int(run.findings.size()));
        item->setToolTip(tip.join(QLatin1Char('\n')));
        if (inWindow) {
            QFont f;
            f.setBold(true);
            item->setFont(f);
        }
        for (int s = 0; s < run.stages.size(); ++s) {
            const Stage &stage = run.stages.at(s);
            const Colour held = s < verdict.stages.size() ? verdict.stages.at(s).colour : Colour::NotEvaluated;
            QStandardItem *child = makeItem(tr("%1 · %2 · %3").arg(Format::users(stage.users), Format::duration(stage.durationS),
                                                                Format::rps(stage.figures.rps)),
                                            Kind::Stage, run.id);
            child->setData(stage.users, UsersRole);
            child->setIcon(dotIcon(palette.strong(held)));
            const bool target = s < verdict.stages.size() && verdict.stages.at(s).target;
            // The verdict's text starts with its state ("held: …", "stable: …").
            child->setToolTip(s < verdict.stages.size()
                                  ? StatePalette::symbol(held) + QLatin1Char(' ') + stageVerdictText(verdict.stages.at(s), Language::ui())
                                  : Format::heldWord(held, target));
            item->appendRow(child);
        }
        group->appendRow(item);
    }
    for (const QString &folder : std::as_const(groupOrder))
        m_runs->appendRow(groups.value(folder));
}

void SourcesModel::setConnections(const QStringList &names, const QString &connected)
{
    clearChildren(m_connections);
    for (const QString &name : names) {
        QStandardItem *item = makeItem(name, Kind::Connection, name);
        if (name == connected) {
            QFont f;
            f.setBold(true);
            item->setFont(f);
            item->setToolTip(tr("Connected"));
        }
        m_connections->appendRow(item);
    }
    m_connections->appendRow(makeItem(tr("New connection…"), Kind::NewConnection));
}

void SourcesModel::setProfiles(const QStringList &files, const QString &current, const QString &builtInName)
{
    clearChildren(m_profiles);
    QStandardItem *builtIn = makeItem(tr("%1 (built in)").arg(builtInName), Kind::BuiltInProfile);
    if (current.isEmpty()) {
        QFont f;
        f.setBold(true);
        builtIn->setFont(f);
    }
    m_profiles->appendRow(builtIn);
    for (const QString &file : files) {
        QStandardItem *item = makeItem(QFileInfo(file).fileName(), Kind::Profile, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        if (QFileInfo(file).absoluteFilePath() == QFileInfo(current).absoluteFilePath()) {
            QFont f;
            f.setBold(true);
            item->setFont(f);
        }
        m_profiles->appendRow(item);
    }
}

QModelIndex SourcesModel::indexOfRun(const QString &runId) const
{
    for (int g = 0; g < m_runs->rowCount(); ++g) {
        QStandardItem *group = m_runs->child(g);
        for (int r = 0; r < group->rowCount(); ++r)
            if (group->child(r)->data(IdRole).toString() == runId
                && group->child(r)->data(KindRole).toInt() == int(Kind::Run))
                return group->child(r)->index();
    }
    return {};
}

} // namespace palier::ui
