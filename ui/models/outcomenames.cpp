// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/outcomenames.h"

#include "storage/workspace.h"

#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Ui::OutcomeNames", text);
}

} // namespace

Result<OutcomeNames> OutcomeNames::load(Workspace &workspace, Id coalitionId)
{
    OutcomeNames names;
    if (coalitionId <= 0)
        return names;
    auto members = CoalitionMembers::load(workspace, coalitionId);
    if (!members)
        return members.error();
    names.members = *std::move(members);
    auto groups = workspace.actionGroups().listForCoalition(coalitionId);
    if (!groups)
        return groups.error();
    for (const ActionGroup &group : std::as_const(*groups))
        names.groups.insert(group.id, group.name);
    auto goals = workspace.goals().listForCoalition(coalitionId);
    if (!goals)
        return goals.error();
    for (const Goal &goal : std::as_const(*goals))
        names.goals.insert(goal.id, goal.title);
    auto plans = workspace.actionPlans().listForCoalition(coalitionId);
    if (!plans)
        return plans.error();
    for (const ActionPlan &plan : std::as_const(*plans))
        names.plans.insert(plan.id, plan.title);
    return names;
}

QString OutcomeNames::memberList(const QList<Id> &membershipIds) const
{
    QStringList parts;
    for (const Id id : membershipIds) {
        const QString name = members.name(id);
        parts.append(name.isEmpty() ? tr("(unknown member)") : name);
    }
    return parts.join(u", "_s);
}

QString OutcomeNames::groupAndGoal(std::optional<Id> groupId, std::optional<Id> goalId) const
{
    QStringList parts;
    if (groupId)
        parts.append(tr("Group: %1").arg(groups.value(*groupId)));
    if (goalId)
        parts.append(tr("Goal: %1").arg(goals.value(*goalId)));
    return parts.join(u" · "_s);
}

void fillNameCombo(QComboBox *combo, const QHash<Id, QString> &names, std::optional<Id> current,
                   const QString &noneText)
{
    combo->clear();
    combo->addItem(noneText, Id(0));
    QList<Id> ids = names.keys();
    std::sort(ids.begin(), ids.end());
    for (const Id id : std::as_const(ids))
        combo->addItem(names.value(id), id);
    combo->setCurrentIndex(std::max(0, combo->findData(current.value_or(0))));
}

std::optional<Id> comboNameId(const QComboBox *combo)
{
    const Id id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<Id>(id) : std::nullopt;
}

} // namespace Coalition::Ui
