// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/actionplanedits.h"

#include "app/messagebox.h"
#include "dialogs/actionplandialog.h"
#include "dialogs/taskdialog.h"
#include "models/actiondata.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ActionPlanEdits::ActionPlanEdits(WorkspaceSession &session, const ActionData &data,
                                 MessageBar *messageBar, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_data(data)
    , m_messageBar(messageBar)
    , m_parent(parent)
{ }

bool ActionPlanEdits::run(const QString &text, const QList<RecordKey> &touched,
                          const WorkspaceSession::Edit &edit)
{
    auto done = m_session.perform(text, touched, edit);
    if (!done) {
        m_messageBar->showMessage(done.error().message);
        return false;
    }
    if (!done->isEmpty())
        Q_EMIT created(done->constFirst());
    return true;
}

void ActionPlanEdits::addPlan(Id groupId)
{
    const ActionGroup *group = m_data.group(groupId);
    if (!group)
        return;
    ActionPlan fresh;
    fresh.groupId = groupId;
    // A group serving one goal most likely plans for it.
    if (group->goals.size() == 1)
        fresh.goalId = group->goals.constFirst();
    ActionPlanDialog dialog(m_session.workspace(), m_data, fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ActionPlan plan = dialog.plan();
    run(tr("Add action plan “%1”").arg(plan.title), {},
        [&plan](Workspace &w) -> Result<QList<RecordKey>> {
            auto id = w.actionPlans().add(plan);
            if (!id)
                return id.error();
            return QList<RecordKey>{{RecordKind::ActionPlan, *id}};
        });
}

void ActionPlanEdits::editPlan(Id planId)
{
    const ActionPlan *stored = m_data.plan(planId);
    if (!stored)
        return;
    const ActionPlan before = *stored;
    ActionPlanDialog dialog(m_session.workspace(), m_data, before, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.plan() == before)
        return;
    updatePlan(dialog.plan(), tr("Edit action plan “%1”").arg(before.title));
}

void ActionPlanEdits::removePlan(Id planId)
{
    const ActionPlan *stored = m_data.plan(planId);
    if (!stored)
        return;
    const QString title = stored->title;
    const auto tasks = static_cast<int>(m_data.tasksOfPlan(planId).size());
    const QString details = tasks == 0
        ? tr("It has no tasks.")
        : (tasks == 1 ? tr("Its task goes with it.")
                      : tr("Its %n tasks go with it.", nullptr, tasks));
    if (!MessageBox::confirm(m_parent, tr("Remove Action Plan"),
                             tr("Remove the plan “%1”? Undo brings it back.").arg(title),
                             tr("Remove Plan"), details))
        return;
    run(tr("Remove action plan “%1”").arg(title), {{RecordKind::ActionPlan, planId}},
        [planId](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.actionPlans().remove(planId); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void ActionPlanEdits::addTask(Id planId)
{
    const ActionPlan *plan = m_data.plan(planId);
    if (!plan)
        return;
    Task fresh;
    fresh.planId = planId;
    fresh.responsibleId = plan->leadMembershipId;
    TaskDialog dialog(m_session.workspace(), m_data, fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Task task = dialog.task();
    run(tr("Add task “%1”").arg(task.title), {}, [&task](Workspace &w) -> Result<QList<RecordKey>> {
        auto id = w.tasks().add(task);
        if (!id)
            return id.error();
        return QList<RecordKey>{{RecordKind::Task, *id}};
    });
}

void ActionPlanEdits::removeTask(Id taskId)
{
    const Task *stored = m_data.task(taskId);
    if (!stored)
        return;
    const QString title = stored->title;
    if (!MessageBox::confirm(m_parent, tr("Remove Task"),
                             tr("Remove the task “%1”? Undo brings it back.").arg(title),
                             tr("Remove Task")))
        return;
    run(tr("Remove task “%1”").arg(title), {{RecordKind::Task, taskId}},
        [taskId](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.tasks().remove(taskId); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

bool ActionPlanEdits::updateTask(const Task &task, const QString &text)
{
    return run(text, {{RecordKind::Task, task.id}},
               [&task](Workspace &w) -> Result<QList<RecordKey>> {
                   if (Status status = w.tasks().update(task); !status)
                       return status.error();
                   return QList<RecordKey>{};
               });
}

bool ActionPlanEdits::updatePlan(const ActionPlan &plan, const QString &text)
{
    return run(text, {{RecordKind::ActionPlan, plan.id}},
               [&plan](Workspace &w) -> Result<QList<RecordKey>> {
                   if (Status status = w.actionPlans().update(plan); !status)
                       return status.error();
                   return QList<RecordKey>{};
               });
}

} // namespace Coalition::Ui
