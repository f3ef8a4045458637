// Options of the report export: format, the report's language (French by
// default, as the team's template), week and the free-text fields. The file is
// chosen afterwards in a file dialog, which asks before replacing a file.
#pragma once

#include "shell/report_export.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace palier::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget *parent = nullptr);

    void setOptions(const ReportOptions &options, ReportFormat format);
    ReportOptions options() const;
    ReportFormat format() const;

private:
    void validate();

    QComboBox *m_format;
    QComboBox *m_lang;
    QLineEdit *m_week;
    QLineEdit *m_application;
    QLineEdit *m_environment;
    QLineEdit *m_action;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace palier::ui
