// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/groundruledialog.h"

#include "models/memberdisplay.h"
#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

std::optional<Id> idChoice(const QComboBox *combo)
{
    const Id id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<Id>(id) : std::nullopt;
}

} // namespace

GroundRuleDialog::GroundRuleDialog(Workspace &workspace, Mode mode, const GroundRule &rule,
                                   const QList<GroundRule> &others, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_original(rule)
    , m_area(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
    , m_adoptedBy(new QComboBox(this))
    , m_review(new OptionalDateEdit(tr("Review on"), this))
    , m_supersedes(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
{
    if (mode == Mode::Supersede) {
        // The new rule starts as a copy of the one it replaces.
        GroundRule next;
        next.coalitionId = rule.coalitionId;
        next.area = rule.area;
        next.title = rule.title;
        next.text = rule.text;
        next.supersedesRuleId = rule.id;
        m_original = next;
    }
    const GroundRule &start = m_original;
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Ground Rule"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Ground Rule"));
        break;
    case Mode::Supersede: {
        setWindowTitle(tr("Supersede Ground Rule"));
        auto *intro = new QLabel(tr("The new rule replaces “%1”. Once the new rule is agreed, "
                                    "“%1” is retired, and its history says by what.")
                                     .arg(rule.title),
                                 this);
        intro->setObjectName(u"supersedeIntro"_s);
        intro->setTextFormat(Qt::PlainText);
        intro->setWordWrap(true);
        addRow(intro);
        break;
    }
    }

    fillEnumCombo<RuleArea>(m_area);
    setComboEnum(m_area, start.area);
    m_title->setText(start.title);
    m_title->setPlaceholderText(tr("A few words, such as “Speaking to the press”"));
    m_text->setPlainText(start.text);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The rule as the members agree to it"));
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    if (mode == Mode::Edit) {
        fillEnumCombo<RuleStatus>(m_status);
        m_status->setEnabled(false);
        m_status->setToolTip(tr("Use Agree or Retire to change the status; the history keeps "
                                "the date."));
    } else {
        for (const RuleStatus status : {RuleStatus::Proposed, RuleStatus::Agreed})
            m_status->addItem(enumLabel(status), static_cast<int>(status));
        m_status->setToolTip(tr("A proposed rule awaits the members' agreement; an agreed rule "
                                "is in force."));
    }
    setComboEnum(m_status, start.status);
    fillDecisions(start.coalitionId);
    m_adoptedBy->setCurrentIndex(
        std::max(0, m_adoptedBy->findData(start.adoptedByDecisionId.value_or(0))));
    m_review->setDate(start.reviewOn);
    m_review->setDefaultDate(QDate::currentDate().addYears(1));
    m_review->setToolTip(tr("When the members mean to look at the rule again"));
    m_supersedes->addItem(tr("Nothing"), Id(0));
    for (const GroundRule &other : others) {
        if (other.id == start.id && start.id > 0)
            continue;
        m_supersedes->addItem(
            tr("%1 (%2, %3)")
                .arg(other.title, enumLabel(other.area), enumLabel(other.status).toLower()),
            other.id);
    }
    m_supersedes->setCurrentIndex(
        std::max(0, m_supersedes->findData(start.supersedesRuleId.value_or(0))));
    m_supersedes->setEnabled(mode != Mode::Supersede);
    // Long titles must not widen the form: the list shows them whole.
    for (QComboBox *combo : {m_adoptedBy, m_supersedes}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(28);
    }
    m_supersedes->setToolTip(tr("The rule this one replaces: it is retired once this one is "
                                "agreed."));
    m_notes->setPlainText(start.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 4);

    addField(u"area"_s, tr("&Area:"), m_area);
    addField(u"title"_s, tr("&Title:"), m_title);
    addField(u"text"_s, tr("Te&xt:"), m_text);
    addField(u"status"_s, tr("&Status:"), m_status);
    addField(u"adopted-by"_s, tr("Adopted &by:"), m_adoptedBy);
    addField(u"review"_s, tr("&Review:"), m_review);
    addField(u"supersedes"_s, tr("S&upersedes:"), m_supersedes);
    if (mode == Mode::Edit) {
        m_note = new QLineEdit(this);
        m_note->setPlaceholderText(tr("What changed and why (kept in the rule's history)"));
        addField(u"note"_s, tr("&Change note:"), m_note);
        watch(m_note);
    }
    addField(u"notes"_s, tr("N&otes:"), m_notes);

    for (QWidget *input : std::initializer_list<QWidget *>{m_area, m_title, m_text, m_status,
                                                           m_adoptedBy, m_supersedes, m_notes})
        watch(input);
    connect(m_review, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(520);
    finishForm();
}

void GroundRuleDialog::fillDecisions(Id coalitionId)
{
    m_adoptedBy->addItem(tr("No decision recorded"), Id(0));
    auto decisions = m_workspace.decisions().listForCoalition(coalitionId);
    auto meetings = m_workspace.meetings().listForCoalition(coalitionId);
    if (!decisions || !meetings) {
        m_adoptedBy->setToolTip(!decisions ? decisions.error().message : meetings.error().message);
        return;
    }
    QHash<Id, QDate> meetingDates;
    for (const Meeting &meeting : std::as_const(*meetings))
        meetingDates.insert(meeting.id, meeting.startsAt.date());
    for (const Decision &decision : std::as_const(*decisions))
        m_adoptedBy->addItem(tr("%1 (%2, %3)")
                                 .arg(decision.title,
                                      MemberDisplay::date(meetingDates.value(decision.meetingId)),
                                      enumLabel(decision.status).toLower()),
                             decision.id);
    m_adoptedBy->setToolTip(tr("The decision by which the members agreed to the rule"));
}

GroundRule GroundRuleDialog::rule() const
{
    GroundRule g = m_original;
    g.area = comboEnum<RuleArea>(m_area);
    g.title = m_title->text().trimmed();
    g.text = m_text->toPlainText().trimmed();
    if (m_mode != Mode::Edit)
        g.status = comboEnum<RuleStatus>(m_status);
    g.adoptedByDecisionId = idChoice(m_adoptedBy);
    g.reviewOn = m_review->date();
    g.supersedesRuleId = idChoice(m_supersedes);
    g.notes = m_notes->toPlainText().trimmed();
    return g;
}

QString GroundRuleDialog::note() const
{
    return m_note ? m_note->text().trimmed() : QString();
}

Problems GroundRuleDialog::problems() const
{
    const GroundRule g = rule();
    Problems found = Validation::check(g);
    if (m_note && m_note->text().size() > Validation::MaxNameLength)
        found.append(
            {u"note"_s,
             tr("Keep the note to %1 characters or fewer.").arg(Validation::MaxNameLength)});
    if (found.isEmpty()) {
        if (Status status = m_workspace.groundRules().checkReferences(g); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
