// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/stagechangedialog.h"

#include "models/memberdisplay.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

StageChangeDialog::StageChangeDialog(Workspace &workspace, const StageChange &change,
                                     std::optional<DevelopmentStage> suggested, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(change)
    , m_suggested(suggested)
    , m_stage(new QComboBox(this))
    , m_stageHint(new QLabel(this))
    , m_on(new QDateEdit(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_decision(new QComboBox(this))
{
    setWindowTitle(change.id > 0 ? tr("Edit Stage Change") : tr("Record Stage Change"));

    for (const auto &entry : enumEntries<DevelopmentStage>()) {
        const QString label = suggested && *suggested == entry.value
            ? tr("%1 — supported by the evidence").arg(enumLabel(entry.value))
            : enumLabel(entry.value);
        m_stage->addItem(label, static_cast<int>(entry.value));
    }
    setStage(change.stage);
    m_stage->setToolTip(tr("The stage you judge the coalition to be in. It may differ from the "
                           "one the evidence supports; the Stage page then says so."));
    m_stageHint->setObjectName(u"stageHint"_s);
    m_stageHint->setWordWrap(true);
    auto *stageCell = new QWidget(this);
    auto *stageLayout = new QVBoxLayout(stageCell);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->setSpacing(2);
    stageLayout->addWidget(m_stage);
    stageLayout->addWidget(m_stageHint);
    stageCell->setFocusProxy(m_stage);

    m_on->setCalendarPopup(true);
    m_on->setDate(change.on.isValid() ? change.on : QDate::currentDate());
    m_on->setToolTip(tr("From when the coalition is in this stage"));
    m_rationale->setPlainText(change.rationale);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(
        tr("Why the coalition is in this stage now: what happened, what the members agreed"));
    m_rationale->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    fillDecisions(change.decisionId);
    m_decision->setToolTip(tr("The adopted decision of the coalition that settled this stage, if "
                              "the members decided it"));

    // The stage's own error line sits under the combo, the hint beneath.
    addField(u"stage"_s, tr("&Stage:"), stageCell);
    m_stage->setAccessibleName(tr("Stage"));
    addField(u"on"_s, tr("&From:"), m_on);
    addField(u"rationale"_s, tr("&Rationale:"), m_rationale);
    addField(u"decision"_s, tr("&Decision:"), m_decision);
    if (!m_loadError.isEmpty()) {
        auto *note = new QLabel(m_loadError, this);
        note->setWordWrap(true);
        addRow(note);
    }

    for (QWidget *input : std::initializer_list<QWidget *>{m_stage, m_on, m_rationale, m_decision})
        watch(input);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &StageChangeDialog::updateStageHint);
    updateStageHint();
    setMinimumWidth(520);
    finishForm();
}

void StageChangeDialog::fillDecisions(std::optional<Id> current)
{
    m_decision->addItem(tr("No decision"), Id(0));
    auto decisions = m_workspace.decisions().listForCoalition(m_original.coalitionId);
    auto meetings = m_workspace.meetings().listForCoalition(m_original.coalitionId);
    if (!decisions || !meetings) {
        m_loadError = tr("The coalition's decisions could not be read: %1")
                          .arg(decisions ? meetings.error().message : decisions.error().message);
    } else {
        QHash<Id, QDate> meetingDates;
        for (const Meeting &meeting : *meetings)
            meetingDates.insert(meeting.id, meeting.startsAt.date());
        for (const Decision &decision : *decisions) {
            const bool offered = decision.status == DecisionStatus::Adopted
                || (current && *current == decision.id);
            if (!offered)
                continue;
            const QDate on = meetingDates.value(decision.meetingId);
            const QString text = on.isValid()
                ? tr("%1 (%2)").arg(decision.title, MemberDisplay::date(on))
                : decision.title;
            m_decision->addItem(text, decision.id);
        }
    }
    if (current && !setDecision(*current)) {
        // A decision that can no longer be read stays linked until changed.
        m_decision->addItem(tr("Decision %1").arg(*current), *current);
        m_decision->setCurrentIndex(m_decision->count() - 1);
    }
}

bool StageChangeDialog::setStage(DevelopmentStage stage)
{
    const int index = m_stage->findData(static_cast<int>(stage));
    if (index < 0)
        return false;
    m_stage->setCurrentIndex(index);
    return true;
}

bool StageChangeDialog::setDecision(Id decisionId)
{
    const int index = m_decision->findData(decisionId);
    if (index < 0)
        return false;
    m_decision->setCurrentIndex(index);
    return true;
}

void StageChangeDialog::updateStageHint()
{
    if (!m_suggested) {
        m_stageHint->hide();
        return;
    }
    const auto chosen = static_cast<DevelopmentStage>(m_stage->currentData().toInt());
    const QString supported = enumLabel(*m_suggested);
    if (chosen == *m_suggested)
        m_stageHint->setText(tr("This is the stage the evidence supports."));
    else if (chosen > *m_suggested)
        m_stageHint->setText(tr("The evidence supports %1. You may still record a later stage; "
                                "the Stage page will then warn that it is ahead of the evidence.")
                                 .arg(supported));
    else
        m_stageHint->setText(tr("The evidence already supports %1, a later stage.").arg(supported));
    m_stageHint->show();
}

StageChange StageChangeDialog::change() const
{
    StageChange c = m_original;
    c.stage = static_cast<DevelopmentStage>(m_stage->currentData().toInt());
    c.on = m_on->date();
    c.rationale = m_rationale->toPlainText().trimmed();
    const Id decision = m_decision->currentData().toLongLong();
    c.decisionId = decision > 0 ? std::optional<Id>(decision) : std::nullopt;
    return c;
}

Problems StageChangeDialog::problems() const
{
    const StageChange c = change();
    Problems found = Validation::check(c);
    if (found.isEmpty()) {
        if (Status status = m_workspace.stageChanges().checkReferences(c); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
