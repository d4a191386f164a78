// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/bodydialog.h"

#include "storage/workspace.h"
#include "widgets/enumchoices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

BodyDialog::BodyDialog(Workspace &workspace, const Body &body, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(body)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_seats(new QListWidget(this))
    , m_fullMembershipNote(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(body.id > 0 ? tr("Edit Body") : tr("Add Body"));
    fillEnumCombo<BodyKind>(m_kind);
    setComboEnum(m_kind, body.kind);
    m_name->setText(body.name);
    m_name->setPlaceholderText(tr("Such as “Steering Committee”"));
    m_purpose->setPlainText(body.purpose);
    m_purpose->setTabChangesFocus(true);
    m_purpose->setPlaceholderText(tr("What the body is for"));
    m_purpose->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_notes->setPlainText(body.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);
    m_seats->setAccessibleName(tr("Members that sit on the body"));
    m_seats->setMaximumHeight(fontMetrics().lineSpacing() * 9);
    m_fullMembershipNote->setObjectName(u"fullMembershipNote"_s);
    m_fullMembershipNote->setWordWrap(true);
    m_fullMembershipNote->setText(tr("Every active voting member sits on the full membership, "
                                     "so it has no seats to choose."));

    if (auto members = CoalitionMembers::load(workspace, body.coalitionId)) {
        m_members = *std::move(members);
    } else {
        setGeneralError(members.error().message);
    }
    for (const Membership &membership : std::as_const(m_members.memberships)) {
        const bool seated
            = std::any_of(body.seats.cbegin(), body.seats.cend(),
                          [&](const BodySeat &seat) { return seat.membershipId == membership.id; });
        // Former members are offered only when they still hold a seat.
        if (membership.status == MembershipStatus::Withdrawn && !seated)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2, %3)")
                                             .arg(m_members.name(membership.id),
                                                  enumLabel(membership.kind).toLower(),
                                                  enumLabel(membership.status).toLower()),
                                         m_seats);
        item->setData(Qt::UserRole, membership.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(seated ? Qt::Checked : Qt::Unchecked);
    }

    addField(u"kind"_s, tr("&Kind:"), m_kind);
    addField(u"name"_s, tr("&Name:"), m_name);
    addField(u"purpose"_s, tr("&Purpose:"), m_purpose);
    addField(u"seats"_s, tr("&Seats:"), m_seats);
    addRow(m_fullMembershipNote);
    addField(u"notes"_s, tr("N&otes:"), m_notes);

    for (QWidget *input : std::initializer_list<QWidget *>{m_kind, m_name, m_purpose, m_notes})
        watch(input);
    connect(m_seats, &QListWidget::itemChanged, this, &RecordDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BodyDialog::updateSeatsRow);
    updateSeatsRow();
    setMinimumWidth(480);
    finishForm();
}

void BodyDialog::updateSeatsRow()
{
    const bool full = comboEnum<BodyKind>(m_kind) == BodyKind::FullMembership;
    form()->setRowVisible(m_seats->parentWidget(), !full);
    form()->setRowVisible(m_fullMembershipNote, full);
}

Body BodyDialog::body() const
{
    Body b = m_original;
    b.kind = comboEnum<BodyKind>(m_kind);
    b.name = m_name->text().trimmed();
    b.purpose = m_purpose->toPlainText().trimmed();
    b.notes = m_notes->toPlainText().trimmed();
    b.seats.clear();
    if (b.kind == BodyKind::FullMembership)
        return b;
    QList<Id> checked;
    for (int row = 0; row < m_seats->count(); ++row) {
        const QListWidgetItem *item = m_seats->item(row);
        if (item->checkState() == Qt::Checked)
            checked.append(item->data(Qt::UserRole).toLongLong());
    }
    // Kept seats first, as they were; then the new ones in the list's order.
    for (const BodySeat &seat : m_original.seats) {
        if (checked.contains(seat.membershipId))
            b.seats.append(seat);
    }
    for (const Id id : std::as_const(checked)) {
        const bool kept = std::any_of(b.seats.cbegin(), b.seats.cend(), [id](const BodySeat &seat) {
            return seat.membershipId == id;
        });
        if (kept)
            continue;
        const Membership *membership = m_members.find(id);
        b.seats.append(BodySeat{id, tr("member"),
                                membership && membership->kind == MembershipKind::VotingMember});
    }
    return b;
}

Problems BodyDialog::problems() const
{
    const Body b = body();
    Problems found = Validation::check(b);
    if (found.isEmpty()) {
        if (Status status = m_workspace.bodies().checkReferences(b); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
