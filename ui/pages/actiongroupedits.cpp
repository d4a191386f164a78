// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/actiongroupedits.h"

#include "app/messagebox.h"
#include "dialogs/actiongroupdialog.h"
#include "dialogs/goaldialog.h"
#include "dialogs/progressreportdialog.h"
#include "models/actiondata.h"
#include "rules/planmetrics.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ActionGroupEdits::ActionGroupEdits(WorkspaceSession &session, const ActionData &data,
                                   MessageBar *messageBar, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_data(data)
    , m_messageBar(messageBar)
    , m_parent(parent)
{ }

bool ActionGroupEdits::run(const QString &text, const QList<RecordKey> &touched,
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

void ActionGroupEdits::addGoal()
{
    if (m_data.coalitionId <= 0)
        return;
    Goal fresh;
    fresh.coalitionId = m_data.coalitionId;
    GoalDialog dialog(m_session.workspace(), fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Goal goal = dialog.goal();
    run(tr("Add goal “%1”").arg(goal.title), {}, [&goal](Workspace &w) -> Result<QList<RecordKey>> {
        auto id = w.goals().add(goal);
        if (!id)
            return id.error();
        return QList<RecordKey>{{RecordKind::Goal, *id}};
    });
}

void ActionGroupEdits::editGoal(Id goalId)
{
    const Goal *stored = m_data.goal(goalId);
    if (!stored)
        return;
    const Goal before = *stored;
    GoalDialog dialog(m_session.workspace(), before, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.goal() == before)
        return;
    const Goal goal = dialog.goal();
    run(tr("Edit goal “%1”").arg(before.title), {{RecordKind::Goal, goalId}},
        [&goal](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.goals().update(goal); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void ActionGroupEdits::removeGoal(Id goalId)
{
    const Goal *stored = m_data.goal(goalId);
    if (!stored)
        return;
    const QString title = stored->title;
    const auto plans = static_cast<int>(m_data.plansOfGoal(goalId).size());
    const QString details = plans == 0
        ? tr("No plan works towards it.")
        : (plans == 1 ? tr("The plan working towards it goes with it, with its tasks.")
                      : tr("The %n plans working towards it go with them, with their tasks.",
                           nullptr, plans));
    if (!MessageBox::confirm(m_parent, tr("Remove Goal"),
                             tr("Remove the goal “%1”? Undo brings it back.").arg(title),
                             tr("Remove Goal"), details))
        return;
    run(tr("Remove goal “%1”").arg(title), {{RecordKind::Goal, goalId}},
        [goalId](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.goals().remove(goalId); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void ActionGroupEdits::addGroup()
{
    if (m_data.coalitionId <= 0)
        return;
    ActionGroup fresh;
    fresh.coalitionId = m_data.coalitionId;
    fresh.startedOn = QDate::currentDate();
    ActionGroupDialog dialog(m_session.workspace(), m_data, fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ActionGroup group = dialog.group();
    run(tr("Add action group “%1”").arg(group.name), {},
        [&group](Workspace &w) -> Result<QList<RecordKey>> {
            auto id = w.actionGroups().add(group);
            if (!id)
                return id.error();
            return QList<RecordKey>{{RecordKind::ActionGroup, *id}};
        });
}

void ActionGroupEdits::editGroup(Id groupId)
{
    const ActionGroup *stored = m_data.group(groupId);
    if (!stored)
        return;
    const ActionGroup before = *stored;
    ActionGroupDialog dialog(m_session.workspace(), m_data, before, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.group() == before)
        return;
    const ActionGroup group = dialog.group();
    run(tr("Edit action group “%1”").arg(before.name), {{RecordKind::ActionGroup, groupId}},
        [&group](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.actionGroups().update(group); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void ActionGroupEdits::removeGroup(Id groupId)
{
    const ActionGroup *stored = m_data.group(groupId);
    if (!stored)
        return;
    const QString name = stored->name;
    const auto plans = static_cast<int>(m_data.plansOfGroup(groupId).size());
    const auto reports = static_cast<int>(m_data.reportsOfGroup(groupId).size());
    if (!MessageBox::confirm(m_parent, tr("Remove Action Group"),
                             tr("Remove the action group “%1”? Undo brings it back.").arg(name),
                             tr("Remove Group"),
                             tr("Plans with their tasks go with it: %1. Progress reports: %2.")
                                 .arg(plans)
                                 .arg(reports)))
        return;
    run(tr("Remove action group “%1”").arg(name), {{RecordKind::ActionGroup, groupId}},
        [groupId](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.actionGroups().remove(groupId); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void ActionGroupEdits::addReport(Id groupId)
{
    const ActionGroup *group = m_data.group(groupId);
    if (!group)
        return;
    const QString name = group->name;
    ProgressReport fresh;
    fresh.groupId = groupId;
    fresh.receivedOn = QDate::currentDate();
    fresh.authorId = group->convenerId;
    const QList<ReportPeriod> missing
        = PlanMetrics::missingReports(*group, m_data.reportsOfGroup(groupId), fresh.receivedOn);
    if (!missing.isEmpty())
        fresh.period = missing.constFirst();
    else if (group->cadence == ReportingCadence::Quarterly)
        fresh.period = ReportPeriod::quarterOf(fresh.receivedOn);
    else
        fresh.period = ReportPeriod::monthOf(fresh.receivedOn);
    ProgressReportDialog dialog(m_session.workspace(), m_data, fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ProgressReport report = dialog.report();
    run(tr("Add the %1 report of “%2”").arg(report.period.toString(), name), {},
        [&report](Workspace &w) -> Result<QList<RecordKey>> {
            auto id = w.progressReports().add(report);
            if (!id)
                return id.error();
            return QList<RecordKey>{{RecordKind::ProgressReport, *id}};
        });
}

void ActionGroupEdits::removeReport(Id reportId)
{
    const ProgressReport *found = nullptr;
    for (const ProgressReport &report : m_data.reports) {
        if (report.id == reportId)
            found = &report;
    }
    if (!found)
        return;
    const ActionGroup *group = m_data.group(found->groupId);
    const QString text = tr("Remove the %1 report of “%2”")
                             .arg(found->period.toString(), group ? group->name : QString());
    if (!MessageBox::confirm(m_parent, tr("Remove Progress Report"),
                             tr("%1? Undo brings it back.").arg(text), tr("Remove Report")))
        return;
    run(text, {{RecordKind::ProgressReport, reportId}},
        [reportId](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.progressReports().remove(reportId); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

} // namespace Coalition::Ui
