#include "dialogs/profile_editor.h"

#include "i18n/language.h"
#include "models/criteria_model.h"
#include "widgets/table_style.h"
#include "words/finding_words.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace palier::ui {

namespace {

// What is wrong with `profile`, one sentence per problem, in the window's language.
QStringList problemSentences(const Profile &profile)
{
    QStringList out;
    for (const Finding &f : profile.validate())
        out.append(wordFinding(f, Language::ui()));
    return out;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_key(new QComboBox(this))
    , m_plan(new QLineEdit(this))
    , m_target(new QSpinBox(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_windowSize(new QSpinBox(this))
    , m_consistency(new QSpinBox(this))
    , m_tolerance(new QDoubleSpinBox(this))
    , m_warmup(new QDoubleSpinBox(this))
    , m_table(new QTableView(this))
    , m_criteria(new CriteriaModel(this))
    , m_problems(new QLabel(this))
{
    m_key->setEditable(true);
    m_key->setInsertPolicy(QComboBox::NoInsert);
    m_plan->setToolTip(tr("User levels of the stages, in order, separated by commas"));
    m_target->setRange(1, 1000000);
    m_target->setSuffix(tr(" users"));
    m_duration->setRange(0, 24 * 3600);
    m_duration->setDecimals(0);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("How long the target stage must be held (the plateau must last 95 % of it)"));
    m_windowSize->setRange(1, 20);
    m_windowSize->setSuffix(tr(" runs"));
    m_consistency->setRange(1, 20);
    m_consistency->setSuffix(tr(" runs"));
    m_consistency->setToolTip(tr("A colour counts in the window when at least this many runs show it"));
    m_tolerance->setRange(0, 100);
    m_tolerance->setDecimals(0);
    m_tolerance->setSuffix(tr(" %"));
    m_tolerance->setToolTip(tr("Comparable runs: per-stage durations within this much of each other"));
    m_warmup->setRange(0, 3600);
    m_warmup->setDecimals(0);
    m_warmup->setSuffix(tr(" s"));
    m_warmup->setToolTip(tr("Ignored at the start of the target stage's plateau"));

    auto *general = new QGroupBox(tr("Profile"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("&Description:"), m_description);
    generalForm->addRow(tr("&Key transaction:"), m_key);

    auto *stages = new QGroupBox(tr("Stages"), this);
    auto *stagesForm = new QFormLayout(stages);
    stagesForm->addRow(tr("Stage &plan:"), m_plan);
    stagesForm->addRow(tr("&Target stage:"), m_target);
    stagesForm->addRow(tr("&Required duration:"), m_duration);
    stagesForm->addRow(tr("&Warm-up ignored:"), m_warmup);

    auto *window = new QGroupBox(tr("Window"), this);
    auto *windowForm = new QFormLayout(window);
    windowForm->addRow(tr("Window si&ze:"), m_windowSize);
    windowForm->addRow(tr("&Consistency:"), m_consistency);
    windowForm->addRow(tr("Duration &tolerance:"), m_tolerance);

    auto *criteria = new QGroupBox(tr("Criteria"), this);
    auto *criteriaLayout = new QVBoxLayout(criteria);
    m_table->setModel(m_criteria);
    m_table->setItemDelegate(new CriteriaDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setMinimumHeight(140);
    compactRows(m_table);
    auto *add = new QPushButton(tr("&Add Criterion"), this);
    auto *remove = new QPushButton(tr("Re&move Criterion"), this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    criteriaLayout->addWidget(m_table);
    criteriaLayout->addLayout(rowButtons);

    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);

    auto *load = new QPushButton(tr("&Load…"), this);
    auto *saveAs = new QPushButton(tr("&Save As…"), this);
    auto *builtIn = new QPushButton(tr("&Built-in Grid"), this);
    builtIn->setToolTip(tr("Go back to the team's default grid"));
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(load);
    fileButtons->addWidget(saveAs);
    fileButtons->addWidget(builtIn);
    fileButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileButtons);
    layout->addWidget(general);
    layout->addWidget(stages);
    layout->addWidget(window);
    layout->addWidget(criteria, 1);
    layout->addWidget(m_problems);

    connect(load, &QPushButton::clicked, this, &ProfileEditor::loadRequested);
    connect(saveAs, &QPushButton::clicked, this, &ProfileEditor::saveAsRequested);
    connect(builtIn, &QPushButton::clicked, this, &ProfileEditor::builtInRequested);
    connect(add, &QPushButton::clicked, m_criteria, &CriteriaModel::addCriterion);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_criteria->removeCriterion(m_table->currentIndex().row());
    });
    for (QLineEdit *e : {m_name, m_description, m_plan})
        connect(e, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    connect(m_key, &QComboBox::currentTextChanged, this, &ProfileEditor::edited);
    for (QSpinBox *s : {m_target, m_windowSize, m_consistency})
        connect(s, &QSpinBox::valueChanged, this, &ProfileEditor::edited);
    for (QDoubleSpinBox *s : {m_duration, m_tolerance, m_warmup})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::edited);
    connect(m_criteria, &CriteriaModel::criteriaEdited, this, &ProfileEditor::edited);
    setProfile(Profile::builtinDefault());
}

void ProfileEditor::setEndpointNames(const QStringList &names)
{
    m_updating = true;
    const QString current = m_key->currentText();
    m_key->clear();
    m_key->addItems(names);
    m_key->setCurrentText(current);
    m_updating = false;
}

void ProfileEditor::setProfile(const Profile &profile)
{
    m_updating = true;
    m_base = profile;
    m_name->setText(profile.name);
    m_description->setText(profile.description);
    m_key->setCurrentText(profile.keyTransaction);
    QStringList plan;
    for (int u : profile.stagePlan)
        plan << QString::number(u);
    m_plan->setText(plan.join(QStringLiteral(", ")));
    m_target->setValue(profile.targetUsers);
    m_duration->setValue(profile.requiredStageDurationS);
    m_windowSize->setValue(profile.windowSize);
    m_consistency->setValue(profile.consistencyMin);
    m_tolerance->setValue(profile.durationTolerance * 100);
    m_warmup->setValue(profile.warmupS);
    m_criteria->setCriteria(profile.criteria);
    for (QLineEdit *e : {m_name, m_description, m_plan})
        e->setCursorPosition(0);   // show the start of long texts, not their end
    m_updating = false;
    showProblems(problemSentences(profile));
}

Profile ProfileEditor::profile() const
{
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    p.keyTransaction = m_key->currentText().trimmed();
    p.stagePlan.clear();
    const QStringList parts = m_plan->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int u = part.toInt(&ok);
        p.stagePlan.append(ok ? u : -1);   // validate() names a bad level
    }
    p.targetUsers = m_target->value();
    p.requiredStageDurationS = m_duration->value();
    p.windowSize = m_windowSize->value();
    p.consistencyMin = m_consistency->value();
    p.durationTolerance = m_tolerance->value() / 100.0;
    p.warmupS = m_warmup->value();
    p.criteria = m_criteria->criteria();
    return p;
}

QStringList ProfileEditor::problems() const
{
    return problemSentences(profile());
}

void ProfileEditor::edited()
{
    if (m_updating)
        return;
    const Profile p = profile();
    const QStringList issues = problemSentences(p);
    showProblems(issues);
    if (issues.isEmpty())
        emit profileEdited(p);
}

void ProfileEditor::showProblems(const QStringList &issues)
{
    if (issues.isEmpty()) {
        m_problems->clear();
        return;
    }
    // Each sentence escaped on its own: the line breaks between them are markup.
    QStringList lines;
    for (const QString &issue : issues)
        lines << issue.toHtmlEscaped();
    m_problems->setText(QStringLiteral("<b>%1</b><br>%2").arg(tr("Not applied:").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
}

} // namespace palier::ui
