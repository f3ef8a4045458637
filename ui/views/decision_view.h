// The Decision view: the window's decision as a badge, the grid as a table
// (criteria × the window's runs + the window), what makes the decision
// provisional or inconclusive, the capacity of the window's runs side by side
// (docs/capacity.md), and the weekly report as it will be exported.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace palier::ui {

class CapacityWindowModel;
class DecisionBadge;
class GridModel;
class Session;

class DecisionView : public QWidget {
    Q_OBJECT
public:
    explicit DecisionView(Session *session, QWidget *parent = nullptr);

    GridModel *gridModel() const { return m_model; }
    QTableView *gridTable() const { return m_table; }
    CapacityWindowModel *capacityModel() const { return m_capacityModel; }
    QTableView *capacityTable() const { return m_capacityTable; }
    DecisionBadge *badge() const { return m_badge; }
    QTextBrowser *reportPreview() const { return m_preview; }
    QString reportLanguage() const;
    void setReportLanguage(const QString &lang);

signals:
    void exportRequested();
    void runActivated(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshReport();

    Session *m_session;
    DecisionBadge *m_badge;
    QLabel *m_summary;
    QLabel *m_notes;
    QLabel *m_profile;
    QTableView *m_table;
    GridModel *m_model;
    QLabel *m_capacityTitle;
    QTableView *m_capacityTable;
    CapacityWindowModel *m_capacityModel;
    QComboBox *m_lang;
    QPushButton *m_export;
    QTextBrowser *m_preview;
};

} // namespace palier::ui
