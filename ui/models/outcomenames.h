// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "models/coalitionmembers.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// The names the Results page shows beside a coalition's successes,
// evaluations and conflicts: its member organizations, action groups, goals
// and plans, read in one go.
struct OutcomeNames
{
    CoalitionMembers members;
    QHash<Id, QString> groups;
    QHash<Id, QString> goals;
    QHash<Id, QString> plans;

    static Result<OutcomeNames> load(Workspace &workspace, Id coalitionId);

    // "Eastside Food Bank, Tenants Union" (in the order given).
    QString memberList(const QList<Id> &membershipIds) const;
    // "Group: Housing · Goal: Fewer evictions", empty when neither is set.
    QString groupAndGoal(std::optional<Id> groupId, std::optional<Id> goalId) const;
};

// Fills a combo box with "none" and the named records in the order of
// their ids, choosing `current`; and reads the choice back.
void fillNameCombo(QComboBox *combo, const QHash<Id, QString> &names, std::optional<Id> current,
                   const QString &noneText);
std::optional<Id> comboNameId(const QComboBox *combo);

} // namespace Coalition::Ui
