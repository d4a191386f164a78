// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/seatdialog.h"

#include "storage/workspace.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

SeatDialog::SeatDialog(Workspace &workspace, const Body &body, const CoalitionMembers &members,
                       QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_body(body)
    , m_members(members)
    , m_member(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_voting(new QCheckBox(tr("Votes on the body's decisions"), this))
    , m_votingNote(new QLabel(this))
{
    setWindowTitle(tr("Add Seat on %1").arg(body.name));
    m_member->addItem(tr("Choose a member…"), Id(0));
    for (const Membership &membership : std::as_const(members.memberships)) {
        const bool seated
            = std::any_of(body.seats.cbegin(), body.seats.cend(),
                          [&](const BodySeat &seat) { return seat.membershipId == membership.id; });
        if (seated || membership.status == MembershipStatus::Withdrawn)
            continue;
        m_member->addItem(members.name(membership.id), membership.id);
    }
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_member->setMinimumContentsLength(24);
    m_role->setEditable(true);
    m_role->addItems(
        {tr("member"), tr("chair"), tr("vice-chair"), tr("secretary"), tr("treasurer")});
    m_role->setToolTip(tr("Choose a role or type another"));
    m_voting->setChecked(true);
    m_votingNote->setObjectName(u"votingNote"_s);
    m_votingNote->setWordWrap(true);
    m_votingNote->setForegroundRole(QPalette::PlaceholderText);

    addField(u"member"_s, tr("&Member:"), m_member);
    addField(u"role"_s, tr("&Role:"), m_role);
    addField(u"voting"_s, tr("&Vote:"), m_voting);
    if (auto *cell = qobject_cast<QBoxLayout *>(m_voting->parentWidget()->layout()))
        cell->insertWidget(1, m_votingNote);
    watch(m_member);
    watch(m_voting);
    connect(m_role, &QComboBox::currentTextChanged, this, &RecordDialog::revalidate);
    connect(m_member, &QComboBox::currentIndexChanged, this, [this] {
        // A member without a vote in the coalition gets a seat without one too.
        if (const Membership *membership = m_members.find(m_member->currentData().toLongLong()))
            m_voting->setChecked(membership->kind == MembershipKind::VotingMember);
    });
    connect(m_member, &QComboBox::currentIndexChanged, this, &SeatDialog::updateVotingNote);
    connect(m_voting, &QCheckBox::toggled, this, &SeatDialog::updateVotingNote);
    updateVotingNote();
    setMinimumWidth(420);
    finishForm();
}

void SeatDialog::updateVotingNote()
{
    const Membership *membership = m_members.find(m_member->currentData().toLongLong());
    QString text;
    if (!m_voting->isChecked())
        text = tr("The member sits on the body and takes part without a vote.");
    else if (membership && membership->kind != MembershipKind::VotingMember)
        text = tr("%1 takes part in the coalition as %2, so a vote here does not count until "
                  "it becomes a voting member.")
                   .arg(m_members.name(membership->id), enumLabel(membership->kind).toLower());
    else if (membership && membership->status != MembershipStatus::Active)
        text = tr("%1 is %2, so its vote counts only while it is active.")
                   .arg(m_members.name(membership->id), enumLabel(membership->status).toLower());
    else
        text = tr("The member's position counts in the body's decisions: one vote for the "
                  "organization, however many of its people attend.");
    m_votingNote->setText(text);
}

BodySeat SeatDialog::seat() const
{
    return BodySeat{m_member->currentData().toLongLong(), m_role->currentText().trimmed(),
                    m_voting->isChecked()};
}

Body SeatDialog::body() const
{
    Body b = m_body;
    b.seats.append(seat());
    return b;
}

Problems SeatDialog::problems() const
{
    Problems found;
    if (seat().membershipId <= 0) {
        found.append({u"member"_s, tr("Choose the member that takes the seat.")});
        return found;
    }
    if (seat().role.size() > Validation::MaxNameLength)
        found.append(
            {u"role"_s,
             tr("Keep the role to %1 characters or fewer.").arg(Validation::MaxNameLength)});
    const Body b = body();
    for (FieldProblem problem : Validation::check(b)) {
        if (problem.field == u"seats"_s)
            problem.field = u"member"_s;
        found.append(problem);
    }
    if (found.isEmpty()) {
        if (Status status = m_workspace.bodies().checkReferences(b); !status)
            found.append({status.error().field == u"seats"_s ? u"member"_s : status.error().field,
                          status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
