// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/governance.h"
#include "models/coalitionmembers.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// Gives a member of the coalition a seat on a body: which member (of those
// not seated yet), its role and whether it votes.
class SeatDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatDialog)

public:
    SeatDialog(Workspace &workspace, const Body &body, const CoalitionMembers &members,
               QWidget *parent = nullptr);

    BodySeat seat() const;
    // The body with the new seat added.
    Body body() const;

protected:
    Problems problems() const override;

private:
    void updateVotingNote();

    Workspace &m_workspace;
    Body m_body;
    CoalitionMembers m_members;
    QComboBox *m_member;
    QComboBox *m_role;
    QCheckBox *m_voting;
    QLabel *m_votingNote;
};

} // namespace Coalition::Ui
