// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
QT_END_NAMESPACE

#include <optional>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OptionalDateEdit;
class OrganizationComboBox;
class WorkspaceSession;

// Adds an organization to a coalition, or edits its membership: status (when
// adding; afterwards a status change has its own dialog, to keep its date),
// kind, joined date, the people who represent it, its dues and notes.
// Contributions, interests and barriers are kept as they were. A new member
// is chosen (or typed) from the session's shared list of organizations, less
// those already members.
class MemberDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDialog)

public:
    // A membership with no id is a new one for its coalitionId.
    MemberDialog(WorkspaceSession &session, const Membership &membership,
                 QWidget *parent = nullptr);

    Membership membership() const;

protected:
    Problems problems() const override;

private:
    void fillOrganizations(WorkspaceSession &session);
    void fillPeople();
    Id chosenOrganization() const;

    Workspace &m_workspace;
    Membership m_original;
    OrganizationComboBox *m_organization;
    std::optional<Id> m_peopleOf; // the organization whose people are offered
    QComboBox *m_status;
    QComboBox *m_kind;
    OptionalDateEdit *m_joined;
    QComboBox *m_representative;
    QComboBox *m_alternate;
    QDoubleSpinBox *m_dues;
    OptionalDateEdit *m_paidThrough;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
