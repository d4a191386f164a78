// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validation.h"

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Coalition::Ui {

class LeadingChoicesProxyModel;
class OptionalDateEdit;
class OrganizationComboBox;
class WorkspaceSession;

// The details of one coalition as an editable form: identity and dates, lead
// organization, purpose, vision and mission, meeting pattern, financial
// arrangements and notes. Fields are checked as they change, with the core's
// message under the field; Apply is enabled only when something changed and
// the whole is valid, and asks the page to store it (applyRequested). The
// lead is chosen from the session's shared list of organizations, read when
// the form is first shown.
class CoalitionDetailsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoalitionDetailsForm)

public:
    explicit CoalitionDetailsForm(WorkspaceSession &session, QWidget *parent = nullptr);

    // Shows the coalition as stored; the edits made so far are dropped.
    void setCoalition(const CoalitionInfo &coalition);
    const CoalitionInfo &original() const { return m_original; }
    // The coalition as the form shows it now.
    CoalitionInfo coalition() const;
    bool isModified() const;
    bool isAcceptable() const { return m_problems.isEmpty(); }
    // The message shown for a field (core field ids: "name", "end" ...).
    QString fieldError(const QString &field) const;
    OrganizationComboBox *leadChoice() const { return m_lead; }

    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }

public Q_SLOTS:
    void revert();

Q_SIGNALS:
    void applyRequested();
    void modifiedChanged(bool modified);

private:
    void addHeading(const QString &title);
    void addField(const QString &field, const QString &label, QWidget *widget);
    QPlainTextEdit *makeText(int lines, const QString &placeholder);
    void onEdited();
    void revalidate();

    WorkspaceSession &m_session;
    CoalitionInfo m_original;
    Problems m_problems;
    bool m_loading = false;
    bool m_wasModified = false;
    QHash<QString, QLabel *> m_errorLabels;
    QFormLayout *m_form = nullptr;

    QLineEdit *m_name;
    QComboBox *m_type;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    LeadingChoicesProxyModel *m_leadChoices;
    OrganizationComboBox *m_lead;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_vision;
    QPlainTextEdit *m_mission;
    QLineEdit *m_meetingFrequency;
    QSpinBox *m_meetingLength;
    QLineEdit *m_meetingLocation;
    QPlainTextEdit *m_dues;
    QPlainTextEdit *m_grants;
    QPlainTextEdit *m_inKind;
    QPlainTextEdit *m_notes;
    QLabel *m_state;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace Coalition::Ui
