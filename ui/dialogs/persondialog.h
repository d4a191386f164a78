// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/types.h"
#include "result.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition::Ui {

class LeadingChoicesProxyModel;
class OrganizationComboBox;
class WorkspaceSession;

// Adds or edits one person of the registry. The organization is chosen from
// the session's shared list (type part of its name to find it) or left empty. Checked as
// the user types; OK hands the record to the submit function, and the dialog
// stays open with the reason if storing it fails.
class PersonDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    using Submit = std::function<Status(const Person &)>;

    PersonDialog(WorkspaceSession &session, const Person &person, QWidget *parent = nullptr);
    ~PersonDialog() override;

    // The person as the form describes it (id and times of the one edited).
    Person person() const;
    void setSubmit(Submit submit);

public Q_SLOTS:
    void accept() override;

protected:
    Problems problems() const override;

private:
    std::optional<Id> chosenOrganization() const;
    static QString noneText();

    Person m_original;
    Submit m_submit;
    LeadingChoicesProxyModel *m_choices;
    QLineEdit *m_name;
    OrganizationComboBox *m_organization;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
    QString m_loadError;
};

} // namespace Coalition::Ui
