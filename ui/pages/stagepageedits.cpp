// SPDX-License-Identifier: GPL-3.0-or-later
// The Stage page's edits: checklist answers and the recorded stage history,
// each one undoable edit through WorkspaceSession::perform.
#include "pages/stagepage.h"

#include "app/messagebox.h"
#include "dialogs/stagechangedialog.h"
#include "models/memberdisplay.h"
#include "models/stagecriteriamodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"
#include "widgets/stageanswerform.h"
#include "widgets/stagecriterionpanel.h"
#include "widgets/stagehistorylist.h"

#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

bool StagePage::run(const QString &text, const QList<RecordKey> &touched,
                    const std::function<Result<QList<RecordKey>>(Workspace &)> &edit)
{
    auto done = session().perform(text, touched, edit);
    if (!done) {
        messageBar()->showMessage(done.error().message);
        return false;
    }
    return true;
}

void StagePage::applyAnswer(const QString &item, ChecklistValue value, const QString &note,
                            const QDate &on)
{
    if (m_coalitionId <= 0 || item.isEmpty())
        return;
    const Id coalition = m_coalitionId;
    const std::optional<Id> existing = session().workspace().checklist().find(coalition, item);
    QList<RecordKey> touched;
    if (existing)
        touched.append({RecordKind::ChecklistAnswer, *existing});
    const auto question = StageEngine::checklistItem(item);
    const QString label = question ? question->label : item;
    const QString answer = value == ChecklistValue::Yes ? tr("Yes")
        : value == ChecklistValue::No                   ? tr("No")
                                                        : tr("Unanswered");
    run(tr("Answer “%1”: %2").arg(label, answer), touched,
        [=](Workspace &w) -> Result<QList<RecordKey>> {
            auto id = w.checklist().answer(coalition, item, value, note, on);
            if (!id)
                return id.error();
            if (existing)
                return QList<RecordKey>{};
            return QList<RecordKey>{{RecordKind::ChecklistAnswer, *id}};
        });
}

void StagePage::settleUnappliedAnswer(bool selectionMoved)
{
    StageAnswerForm *form = m_panel->answerForm();
    if (form->item().isEmpty() || !form->isModified() || m_coalitionId <= 0)
        return;
    if (selectionMoved
        && m_tree->currentIndex().data(StageCriteriaModel::CriterionIdRole).toString()
            == form->item())
        return;
    const auto question = StageEngine::checklistItem(form->item());
    const QString label = question ? question->label : form->item();
    if (MessageBox::confirm(this, tr("Unapplied Answer"),
                            tr("Your answer to “%1” is not applied yet.").arg(label),
                            tr("Apply It"), tr("Otherwise it is dropped.")))
        form->apply();
    else
        form->reset();
}

bool StagePage::settlePendingEdits()
{
    StageAnswerForm *form = m_panel->answerForm();
    if (form->item().isEmpty() || !form->isModified() || m_coalitionId <= 0)
        return true;
    const auto question = StageEngine::checklistItem(form->item());
    const QString label = question ? question->label : form->item();
    const int choice = MessageBox::choose(this, QMessageBox::Question, tr("Unapplied Answer"),
                                          tr("Your answer to “%1” is not applied yet.").arg(label),
                                          {tr("Apply It"), tr("Discard It"), tr("Cancel")});
    switch (choice) {
    case 0:
        form->apply();
        // A failed apply keeps the answer and says why on the page.
        return !form->isModified();
    case 1:
        form->reset();
        return true;
    default:
        m_tabs->setCurrentIndex(0);
        form->focusAnswer();
        return false;
    }
}

void StagePage::recordStageChange()
{
    if (m_coalitionId <= 0)
        return;
    StageChange fresh;
    fresh.coalitionId = m_coalitionId;
    fresh.stage
        = m_assessment.stages.isEmpty() ? DevelopmentStage::PreFormation : m_assessment.suggested;
    fresh.on = today();
    const std::optional<DevelopmentStage> suggested = m_assessment.stages.isEmpty()
        ? std::nullopt
        : std::optional<DevelopmentStage>(m_assessment.suggested);
    StageChangeDialog dialog(session().workspace(), fresh, suggested, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StageChange change = dialog.change();
    Id created = 0;
    const bool done = run(tr("Record stage “%1”").arg(enumLabel(change.stage)), {},
                          [&change, &created](Workspace &w) -> Result<QList<RecordKey>> {
                              auto id = w.stageChanges().add(change);
                              if (!id)
                                  return id.error();
                              created = *id;
                              return QList<RecordKey>{{RecordKind::StageChange, *id}};
                          });
    if (done && created > 0)
        m_history->selectChange(created);
}

void StagePage::editStageChange()
{
    const Id id = m_history->currentId();
    if (m_coalitionId <= 0 || id <= 0)
        return;
    auto before = session().workspace().stageChanges().get(id);
    if (!before) {
        messageBar()->showMessage(before.error().message);
        return;
    }
    const std::optional<DevelopmentStage> suggested = m_assessment.stages.isEmpty()
        ? std::nullopt
        : std::optional<DevelopmentStage>(m_assessment.suggested);
    StageChangeDialog dialog(session().workspace(), *before, suggested, this);
    if (dialog.exec() != QDialog::Accepted || dialog.change() == *before)
        return;
    const StageChange change = dialog.change();
    run(tr("Edit stage change of %1").arg(MemberDisplay::date(before->on)),
        {{RecordKind::StageChange, id}}, [&change](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.stageChanges().update(change); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void StagePage::removeStageChange()
{
    const Id id = m_history->currentId();
    if (m_coalitionId <= 0 || id <= 0)
        return;
    auto before = session().workspace().stageChanges().get(id);
    if (!before) {
        messageBar()->showMessage(before.error().message);
        return;
    }
    const QString stage = enumLabel(before->stage);
    const QString on = MemberDisplay::date(before->on);
    if (!MessageBox::confirm(
            this, tr("Remove Stage Change"),
            tr("Remove the entry “%1 from %2” from the stage history? Undo brings it back.")
                .arg(stage, on),
            tr("Remove Entry")))
        return;
    run(tr("Remove stage change “%1 from %2”").arg(stage, on), {{RecordKind::StageChange, id}},
        [id](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.stageChanges().remove(id); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

} // namespace Coalition::Ui
