#include "dialogs/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace palier::ui {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_lang(new QComboBox(this))
    , m_week(new QLineEdit(this))
    , m_application(new QLineEdit(this))
    , m_environment(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Report"));
    m_format->addItem(tr("Markdown (.md)"), int(ReportFormat::Markdown));
    m_format->addItem(tr("HTML (.html)"), int(ReportFormat::Html));
    m_format->addItem(tr("PDF (.pdf)"), int(ReportFormat::Pdf));
    // Language names in their own language.
    m_lang->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_lang->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_week->setPlaceholderText(tr("week of the newest run"));
    m_week->setToolTip(tr("ISO week, for example 2026-W47"));
    m_action->setPlaceholderText(tr("derived from the decision"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Report &language:"), m_lang);
    form->addRow(tr("&Week:"), m_week);
    form->addRow(tr("&Application:"), m_application);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Next &action:"), m_action);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_week, &QLineEdit::textChanged, this, &ExportDialog::validate);
    setOptions(ReportOptions(), ReportFormat::Markdown);
}

void ExportDialog::setOptions(const ReportOptions &options, ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    const int lang = m_lang->findData(options.lang);
    m_lang->setCurrentIndex(lang >= 0 ? lang : 0);
    m_week->setText(options.week);
    m_application->setText(options.application);
    m_environment->setText(options.environment);
    m_action->setText(options.nextAction);
    validate();
}

ReportOptions ExportDialog::options() const
{
    ReportOptions o;
    o.lang = m_lang->currentData().toString();
    o.week = m_week->text().trimmed();
    if (!m_application->text().trimmed().isEmpty())
        o.application = m_application->text().trimmed();
    if (!m_environment->text().trimmed().isEmpty())
        o.environment = m_environment->text().trimmed();
    o.nextAction = m_action->text().trimmed();
    return o;
}

ReportFormat ExportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

void ExportDialog::validate()
{
    int year = 0, week = 0;
    const QString text = m_week->text().trimmed();
    const bool ok = text.isEmpty() || parseIsoWeek(text, &year, &week);
    m_problem->setText(ok ? QString() : tr("The week must read YYYY-Www, for example 2026-W47."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace palier::ui
