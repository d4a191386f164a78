// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/resultactions.h"

#include "app/messagebox.h"
#include "dialogs/evaluationdialog.h"
#include "dialogs/successdialog.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ResultActions::ResultActions(WorkspaceSession &session, MessageBar *messageBar, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_messageBar(messageBar)
    , m_parent(parent)
    , m_addSuccess(makeAction(tr("&Add Success…"), u"addSuccess"_s,
                              tr("Record something the coalition achieved and who made it happen")))
    , m_editSuccess(
          makeAction(tr("&Edit Success…"), u"editSuccess"_s, tr("Edit the selected success")))
    , m_removeSuccess(
          makeAction(tr("Remove Success"), u"removeSuccess"_s, tr("Remove the selected success")))
    , m_addEvaluation(makeAction(tr("&Add Evaluation…"), u"addEvaluation"_s,
                                 tr("Record how an activity was evaluated and what was found")))
    , m_editEvaluation(makeAction(tr("&Edit Evaluation…"), u"editEvaluation"_s,
                                  tr("Edit the selected evaluation")))
    , m_removeEvaluation(makeAction(tr("Remove Evaluation"), u"removeEvaluation"_s,
                                    tr("Remove the selected evaluation")))
{
    connect(m_addSuccess, &QAction::triggered, this, &ResultActions::addSuccess);
    connect(m_editSuccess, &QAction::triggered, this, &ResultActions::editSuccess);
    connect(m_removeSuccess, &QAction::triggered, this, &ResultActions::removeSuccess);
    connect(m_addEvaluation, &QAction::triggered, this, &ResultActions::addEvaluation);
    connect(m_editEvaluation, &QAction::triggered, this, &ResultActions::editEvaluation);
    connect(m_removeEvaluation, &QAction::triggered, this, &ResultActions::removeEvaluation);
    updateEnabled();
}

QAction *ResultActions::makeAction(const QString &text, const QString &name, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void ResultActions::setCoalition(Id coalitionId)
{
    m_coalitionId = coalitionId;
    updateEnabled();
}

void ResultActions::setSuccess(Id successId)
{
    m_successId = successId;
    updateEnabled();
}

void ResultActions::setEvaluation(Id evaluationId)
{
    m_evaluationId = evaluationId;
    updateEnabled();
}

void ResultActions::updateEnabled()
{
    m_addSuccess->setEnabled(m_coalitionId > 0);
    m_editSuccess->setEnabled(m_successId > 0);
    m_removeSuccess->setEnabled(m_successId > 0);
    m_addEvaluation->setEnabled(m_coalitionId > 0);
    m_editEvaluation->setEnabled(m_evaluationId > 0);
    m_removeEvaluation->setEnabled(m_evaluationId > 0);
}

void ResultActions::report(const Error &error)
{
    m_messageBar->showMessage(error.message);
}

void ResultActions::run(const QString &text, const QList<RecordKey> &touched,
                        const std::function<Result<QList<RecordKey>>(Workspace &)> &edit)
{
    auto done = m_session.perform(text, touched, edit);
    if (!done) {
        report(done.error());
        return;
    }
    if (!done->isEmpty())
        Q_EMIT recordCreated(done->constFirst());
}

void ResultActions::addSuccess()
{
    if (m_coalitionId <= 0)
        return;
    Success fresh;
    fresh.coalitionId = m_coalitionId;
    fresh.achievedOn = QDate::currentDate();
    SuccessDialog dialog(m_session.workspace(), fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Success success = dialog.success();
    run(tr("Add success “%1”").arg(success.title), {},
        [&success](Workspace &w) -> Result<QList<RecordKey>> {
            auto id = w.successes().add(success);
            if (!id)
                return id.error();
            return QList<RecordKey>{{RecordKind::Success, *id}};
        });
}

void ResultActions::editSuccess()
{
    if (m_successId <= 0)
        return;
    auto before = m_session.workspace().successes().get(m_successId);
    if (!before) {
        report(before.error());
        return;
    }
    SuccessDialog dialog(m_session.workspace(), *before, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.success() == *before)
        return;
    const Success success = dialog.success();
    run(tr("Edit success “%1”").arg(success.title), {{RecordKind::Success, success.id}},
        [&success](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.successes().update(success); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void ResultActions::removeSuccess()
{
    if (m_successId <= 0)
        return;
    auto before = m_session.workspace().successes().get(m_successId);
    if (!before) {
        report(before.error());
        return;
    }
    if (!MessageBox::confirm(m_parent, tr("Remove Success"),
                             tr("Remove the success “%1”? Undo brings it back.").arg(before->title),
                             tr("Remove Success")))
        return;
    const Id id = before->id;
    run(tr("Remove success “%1”").arg(before->title), {{RecordKind::Success, id}},
        [id](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.successes().remove(id); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void ResultActions::addEvaluation()
{
    if (m_coalitionId <= 0)
        return;
    Evaluation fresh;
    fresh.coalitionId = m_coalitionId;
    fresh.on = QDate::currentDate();
    EvaluationDialog dialog(m_session.workspace(), fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Evaluation evaluation = dialog.evaluation();
    run(tr("Add evaluation of “%1”").arg(evaluation.activity), {},
        [&evaluation](Workspace &w) -> Result<QList<RecordKey>> {
            auto id = w.evaluations().add(evaluation);
            if (!id)
                return id.error();
            return QList<RecordKey>{{RecordKind::Evaluation, *id}};
        });
}

void ResultActions::editEvaluation()
{
    if (m_evaluationId <= 0)
        return;
    auto before = m_session.workspace().evaluations().get(m_evaluationId);
    if (!before) {
        report(before.error());
        return;
    }
    EvaluationDialog dialog(m_session.workspace(), *before, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.evaluation() == *before)
        return;
    const Evaluation evaluation = dialog.evaluation();
    run(tr("Edit evaluation of “%1”").arg(evaluation.activity),
        {{RecordKind::Evaluation, evaluation.id}},
        [&evaluation](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.evaluations().update(evaluation); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void ResultActions::removeEvaluation()
{
    if (m_evaluationId <= 0)
        return;
    auto before = m_session.workspace().evaluations().get(m_evaluationId);
    if (!before) {
        report(before.error());
        return;
    }
    if (!MessageBox::confirm(
            m_parent, tr("Remove Evaluation"),
            tr("Remove the evaluation of “%1”? Undo brings it back.").arg(before->activity),
            tr("Remove Evaluation")))
        return;
    const Id id = before->id;
    run(tr("Remove evaluation of “%1”").arg(before->activity), {{RecordKind::Evaluation, id}},
        [id](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.evaluations().remove(id); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

} // namespace Coalition::Ui
