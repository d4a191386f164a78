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

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// Adds or edits one organization of the registry. The form is checked as the
// user types, with the core's rules and the workspace's (a name no other
// organization has); OK stays disabled until it passes. OK hands the record
// to the submit function, which stores it; if that fails the dialog stays
// open and says why.
class OrganizationDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationDialog)

public:
    using Submit = std::function<Status(const Organization &)>;

    OrganizationDialog(Workspace &workspace, const Organization &organization,
                       QWidget *parent = nullptr);
    ~OrganizationDialog() override;

    // The organization as the form describes it (id and times of the one edited).
    Organization organization() const;
    void setSubmit(Submit submit);

public Q_SLOTS:
    void accept() override;

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    Organization m_original;
    Submit m_submit;
    QLineEdit *m_name;
    QComboBox *m_sector;
    QPlainTextEdit *m_mission;
    QPlainTextEdit *m_decisionMaking;
    QPlainTextEdit *m_address;
    QLineEdit *m_website;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
