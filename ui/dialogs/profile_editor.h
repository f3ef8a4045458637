// The grid profile editor (a dock beside the views): thresholds, key
// transaction, target stage, required duration and window rules. Every valid
// change applies at once, so the grid and the decision follow the edit; an
// invalid profile is never applied, and the editor says what is wrong.
#pragma once

#include "grid/profile.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QComboBox;

namespace palier::ui {

class CriteriaModel;

class ProfileEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    // Shows `profile` without emitting profileEdited.
    void setProfile(const Profile &profile);
    // The profile as edited now (may be invalid: see problems()).
    Profile profile() const;
    QStringList problems() const;
    // Endpoint names offered for the key transaction.
    void setEndpointNames(const QStringList &names);

    CriteriaModel *criteriaModel() const { return m_criteria; }
    QComboBox *keyTransactionEdit() const { return m_key; }
    QSpinBox *targetUsersEdit() const { return m_target; }

signals:
    void profileEdited(const palier::Profile &profile);   // valid edits only
    void loadRequested();
    void saveAsRequested();
    void builtInRequested();

private:
    void edited();
    // "Not applied:" and one line per problem (empty: clears the label).
    void showProblems(const QStringList &issues);

    Profile m_base;   // fields the editor does not show are kept from it
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_key;
    QLineEdit *m_plan;
    QSpinBox *m_target;
    QDoubleSpinBox *m_duration;
    QSpinBox *m_windowSize;
    QSpinBox *m_consistency;
    QDoubleSpinBox *m_tolerance;
    QDoubleSpinBox *m_warmup;
    QTableView *m_table;
    CriteriaModel *m_criteria;
    QLabel *m_problems;
    bool m_updating = false;
};

} // namespace palier::ui
