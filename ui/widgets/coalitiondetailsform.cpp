// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/coalitiondetailsform.h"

#include "models/leadingchoicesproxymodel.h"
#include "models/organizationchoicemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/optionaldateedit.h"
#include "widgets/organizationcombobox.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

CoalitionDetailsForm::CoalitionDetailsForm(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_start(new OptionalDateEdit(tr("Has a start date"), this))
    , m_end(new OptionalDateEdit(tr("Has an end date"), this))
    , m_leadChoices(new LeadingChoicesProxyModel(this))
    , m_lead(new OrganizationComboBox(this))
    , m_purpose(makeText(3, tr("What the members mean to achieve together")))
    , m_vision(makeText(3, tr("The community the coalition works toward")))
    , m_mission(makeText(3, tr("How the coalition will get there")))
    , m_meetingFrequency(new QLineEdit(this))
    , m_meetingLength(new QSpinBox(this))
    , m_meetingLocation(new QLineEdit(this))
    , m_dues(makeText(2, tr("Who pays what, and how often")))
    , m_grants(makeText(2, tr("Grants the coalition holds or seeks")))
    , m_inKind(makeText(2, tr("Space, printing, staff time lent by members")))
    , m_notes(makeText(4, {}))
    , m_state(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    auto *fields = new QWidget(this);
    fields->setMaximumWidth(900);
    m_form = new QFormLayout(fields);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_name->setMaxLength(static_cast<int>(Validation::MaxNameLength));
    fillEnumCombo<CoalitionType>(m_type);
    m_type->setToolTip(tr("The kind of coalition, which sets what is expected of its purpose, "
                          "membership, structure and funding"));
    m_end->setToolTip(tr("Required for a campaign"));
    m_leadChoices->addChoice(tr("None"), 0, tr("No organization leads the coalition"));
    m_lead->setChoicesWhenShown([this]() -> OrganizationComboBox::Choices {
        OrganizationChoiceModel &organizations = m_session.organizationChoices();
        m_leadChoices->setSourceModel(&organizations);
        return {&organizations, m_leadChoices};
    });
    m_lead->setMinimumContentsLength(24);
    m_lead->setToolTip(tr("The member organization that convenes and staffs the coalition, "
                          "if there is one; type part of its name to find it"));
    m_meetingFrequency->setPlaceholderText(tr("For example: monthly, first Tuesday"));
    m_meetingLength->setRange(0, 24 * 60);
    m_meetingLength->setSingleStep(15);
    m_meetingLength->setSuffix(tr(" min"));
    m_meetingLength->setSpecialValueText(tr("Not set"));
    m_meetingLocation->setPlaceholderText(tr("Where the members usually meet"));

    addHeading(tr("Coalition"));
    addField(u"name"_s, tr("&Name:"), m_name);
    addField(u"type"_s, tr("T&ype:"), m_type);
    addField(u"start"_s, tr("Sta&rt:"), m_start);
    addField(u"end"_s, tr("&End:"), m_end);
    addField(u"lead"_s, tr("&Lead organization:"), m_lead);
    addHeading(tr("Purpose"));
    addField(u"purpose"_s, tr("&Purpose:"), m_purpose);
    addField(u"vision"_s, tr("V&ision:"), m_vision);
    addField(u"mission"_s, tr("Missi&on:"), m_mission);
    addHeading(tr("Meetings"));
    addField(u"meeting-frequency"_s, tr("&Frequency:"), m_meetingFrequency);
    addField(u"meeting-length"_s, tr("&Usual length:"), m_meetingLength);
    addField(u"meeting-location"_s, tr("Lo&cation:"), m_meetingLocation);
    addHeading(tr("Financial arrangements"));
    addField(u"finance-dues"_s, tr("Due&s:"), m_dues);
    addField(u"finance-grants"_s, tr("&Grants:"), m_grants);
    addField(u"finance-in-kind"_s, tr("In-&kind:"), m_inKind);
    addHeading(tr("Notes"));
    addField(u"notes"_s, tr("No&tes:"), m_notes);

    m_state->setObjectName(u"detailsState"_s);
    m_apply->setObjectName(u"applyDetails"_s);
    m_apply->setToolTip(tr("Store the changed details (Ctrl+S)"));
    m_revert->setObjectName(u"revertDetails"_s);
    m_revert->setToolTip(tr("Drop the changes and show the details as stored"));
    auto *applyKey = new QAction(this);
    applyKey->setShortcut(QKeySequence::Save);
    applyKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(applyKey);
    connect(applyKey, &QAction::triggered, m_apply, &QPushButton::click);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"detailsScroll"_s);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The buttons stay in view below the fields, however far they scroll.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (isModified() && isAcceptable())
            Q_EMIT applyRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, &CoalitionDetailsForm::revert);
    for (QLineEdit *edit : {m_name, m_meetingFrequency, m_meetingLocation})
        connect(edit, &QLineEdit::textChanged, this, &CoalitionDetailsForm::onEdited);
    for (QPlainTextEdit *edit :
         {m_purpose, m_vision, m_mission, m_dues, m_grants, m_inKind, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &CoalitionDetailsForm::onEdited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CoalitionDetailsForm::onEdited);
    connect(m_lead, &OrganizationComboBox::choiceEdited, this, &CoalitionDetailsForm::onEdited);
    for (OptionalDateEdit *date : {m_start, m_end})
        connect(date, &OptionalDateEdit::dateChanged, this, &CoalitionDetailsForm::onEdited);
    connect(m_meetingLength, &QSpinBox::valueChanged, this, &CoalitionDetailsForm::onEdited);

    onEdited();
}

void CoalitionDetailsForm::addHeading(const QString &title)
{
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), this);
    if (m_form->rowCount() > 0)
        heading->setContentsMargins(0, 12, 0, 0);
    m_form->addRow(heading);
}

void CoalitionDetailsForm::addField(const QString &field, const QString &label, QWidget *widget)
{
    widget->setObjectName(field);
    widget->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(widget);
    auto *error = new QLabel(cell);
    error->setObjectName(u"error_"_s + field);
    error->setWordWrap(true);
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    error->setPalette(pal);
    error->hide();
    cellLayout->addWidget(error);
    m_errorLabels.insert(field, error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(widget);
    m_form->addRow(caption, cell);
}

QPlainTextEdit *CoalitionDetailsForm::makeText(int lines, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(fontMetrics().lineSpacing() * (lines + 1) + 8);
    return edit;
}

void CoalitionDetailsForm::setCoalition(const CoalitionInfo &coalition)
{
    m_loading = true;
    m_original = coalition;
    m_name->setText(coalition.name);
    setComboEnum(m_type, coalition.type);
    m_start->setDate(coalition.startDate);
    m_end->setDate(coalition.endDate);
    if (!m_lead->setChosenId(coalition.leadOrganizationId.value_or(0)))
        m_lead->setChosenId(0);
    m_purpose->setPlainText(coalition.purpose);
    m_vision->setPlainText(coalition.vision);
    m_mission->setPlainText(coalition.mission);
    m_meetingFrequency->setText(coalition.meetings.frequency);
    m_meetingLength->setValue(coalition.meetings.usualLengthMinutes);
    m_meetingLocation->setText(coalition.meetings.location);
    m_dues->setPlainText(coalition.finances.dues);
    m_grants->setPlainText(coalition.finances.grants);
    m_inKind->setPlainText(coalition.finances.inKind);
    m_notes->setPlainText(coalition.notes);
    m_loading = false;
    onEdited();
}

CoalitionInfo CoalitionDetailsForm::coalition() const
{
    CoalitionInfo c = m_original;
    c.name = m_name->text().trimmed();
    c.type = comboEnum<CoalitionType>(m_type);
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    // A name that names no organization leaves the stored lead; revalidate()
    // says what is wrong with it.
    if (const std::optional<Id> lead = m_lead->chosenId())
        c.leadOrganizationId = *lead > 0 ? lead : std::nullopt;
    c.purpose = m_purpose->toPlainText();
    c.vision = m_vision->toPlainText();
    c.mission = m_mission->toPlainText();
    c.meetings = {m_meetingFrequency->text(), m_meetingLength->value(), m_meetingLocation->text()};
    c.finances = {m_dues->toPlainText(), m_grants->toPlainText(), m_inKind->toPlainText()};
    c.notes = m_notes->toPlainText();
    return c;
}

bool CoalitionDetailsForm::isModified() const
{
    return m_original.id > 0 && (coalition() != m_original || !m_lead->chosenId());
}

QString CoalitionDetailsForm::fieldError(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void CoalitionDetailsForm::revert()
{
    setCoalition(m_original);
}

void CoalitionDetailsForm::onEdited()
{
    if (m_loading)
        return;
    revalidate();
    const bool modified = isModified();
    m_apply->setEnabled(modified && isAcceptable());
    m_revert->setEnabled(modified);
    m_state->setText(!modified            ? QString()
                         : isAcceptable() ? tr("Changed, not yet applied")
                                          : tr("Changed; correct the marked fields to apply"));
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void CoalitionDetailsForm::revalidate()
{
    m_problems.clear();
    if (m_original.id > 0) {
        const CoalitionInfo c = coalition();
        m_problems = Validation::check(c);
        if (!m_lead->chosenId())
            m_problems.append({u"lead"_s,
                               tr("There is no organization named “%1”: choose one from the list, "
                                  "or “%2”.")
                                   .arg(m_lead->currentText().trimmed(), tr("None"))});
        if (Status status = m_session.workspace().coalitions().checkReferences(c); !status)
            m_problems.append({status.error().field, status.error().message});
    }
    QHash<QString, QString> byField;
    for (const FieldProblem &problem : std::as_const(m_problems)) {
        if (!byField.contains(problem.field))
            byField.insert(problem.field, problem.message);
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString message = byField.value(it.key());
        it.value()->setText(message);
        it.value()->setHidden(message.isEmpty());
    }
}

} // namespace Coalition::Ui
