// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/memberchecklist.h"

#include "domain/enums.h"

namespace Coalition::Ui {

MemberCheckList::MemberCheckList(QWidget *parent)
    : QListWidget(parent)
{
    setMaximumHeight(fontMetrics().lineSpacing() * 9);
    connect(this, &QListWidget::itemChanged, this, &MemberCheckList::checkedChanged);
}

void MemberCheckList::setMembers(const CoalitionMembers &members, const QList<Id> &checked)
{
    const QSignalBlocker blocker(this);
    clear();
    m_original = checked;
    for (const Membership &membership : members.memberships) {
        const bool named = checked.contains(membership.id);
        if (membership.status == MembershipStatus::Withdrawn && !named)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(members.name(membership.id), enumLabel(membership.status).toLower()),
            this);
        item->setData(Qt::UserRole, membership.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(named ? Qt::Checked : Qt::Unchecked);
    }
}

QList<Id> MemberCheckList::checkedIds() const
{
    QList<Id> now;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            now.append(item(row)->data(Qt::UserRole).toLongLong());
    }
    QList<Id> ordered;
    for (const Id id : m_original) {
        if (now.contains(id))
            ordered.append(id);
    }
    for (const Id id : std::as_const(now)) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    return ordered;
}

bool MemberCheckList::setChecked(Id membershipId, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toLongLong() == membershipId) {
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

} // namespace Coalition::Ui
