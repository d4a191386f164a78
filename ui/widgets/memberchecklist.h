// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/coalitionmembers.h"

#include <QListWidget>

namespace Coalition::Ui {

// A check list of a coalition's member organizations, for the members a
// record names (those credited with a success, the parties to a conflict).
// Withdrawn members are offered only when the record already names them.
class MemberCheckList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberCheckList)

public:
    explicit MemberCheckList(QWidget *parent = nullptr);

    void setMembers(const CoalitionMembers &members, const QList<Id> &checked);
    // The checked memberships: those checked before first, in their order,
    // then the newly checked ones in the list's order.
    QList<Id> checkedIds() const;
    // Checks or unchecks the member with that membership id; false when it is
    // not in the list.
    bool setChecked(Id membershipId, bool checked);

Q_SIGNALS:
    void checkedChanged();

private:
    QList<Id> m_original;
};

} // namespace Coalition::Ui
