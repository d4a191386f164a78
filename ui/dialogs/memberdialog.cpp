// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/memberdialog.h"

#include "models/organizationchoicemodel.h"
#include "models/organizationsubsetmodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/optionaldateedit.h"
#include "widgets/organizationcombobox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

std::optional<Id> personChoice(const QComboBox *combo)
{
    const Id id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<Id>(id) : std::nullopt;
}

} // namespace

MemberDialog::MemberDialog(WorkspaceSession &session, const Membership &membership, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(session.workspace())
    , m_original(membership)
    , m_organization(new OrganizationComboBox(this))
    , m_status(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_joined(new OptionalDateEdit(tr("Has joined"), this))
    , m_representative(new QComboBox(this))
    , m_alternate(new QComboBox(this))
    , m_dues(new QDoubleSpinBox(this))
    , m_paidThrough(new OptionalDateEdit(tr("Paid"), this))
    , m_notes(new QPlainTextEdit(this))
{
    const bool adding = membership.id <= 0;
    setWindowTitle(adding ? tr("Add Member") : tr("Edit Member"));

    fillOrganizations(session);
    fillEnumCombo<MembershipStatus>(m_status);
    setComboEnum(m_status, membership.status);
    fillEnumCombo<MembershipKind>(m_kind);
    setComboEnum(m_kind, membership.kind);
    m_kind->setToolTip(tr("Voting members take part in decisions; allies and observers take "
                          "part without a vote."));
    m_joined->setDate(membership.joinedOn);
    m_dues->setRange(0.0, 1e9);
    m_dues->setDecimals(2);
    m_dues->setSpecialValueText(tr("No dues"));
    m_dues->setValue(static_cast<double>(membership.duesCents) / 100.0);
    m_dues->setToolTip(tr("The amount the member pays the coalition each dues period"));
    m_paidThrough->setDate(membership.duesPaidThrough);
    m_paidThrough->setToolTip(tr("The last day the member's dues cover"));
    m_notes->setPlainText(membership.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    addField(u"organization"_s, tr("&Organization:"), m_organization);
    addField(u"status"_s, tr("&Status:"), m_status);
    addField(u"kind"_s, tr("&Kind:"), m_kind);
    addField(u"joined"_s, tr("&Joined:"), m_joined);
    addField(u"representative"_s, tr("&Representative:"), m_representative);
    addField(u"alternate"_s, tr("&Alternate:"), m_alternate);
    addField(u"dues"_s, tr("&Dues:"), m_dues);
    addField(u"dues-paid-through"_s, tr("&Paid through:"), m_paidThrough);
    addField(u"notes"_s, tr("No&tes:"), m_notes);

    if (!adding) {
        m_organization->setEnabled(false);
        m_status->setEnabled(false);
        m_status->setToolTip(tr("Use Change Status to record a new status with its date."));
    }
    fillPeople();
    const auto choosePerson = [](QComboBox *combo, std::optional<Id> id) {
        combo->setCurrentIndex(std::max(0, combo->findData(id.value_or(0))));
    };
    choosePerson(m_representative, membership.representativeId);
    choosePerson(m_alternate, membership.alternateId);

    for (QWidget *input :
         std::initializer_list<QWidget *>{m_status, m_kind, m_representative, m_alternate, m_notes})
        watch(input);
    connect(m_dues, &QDoubleSpinBox::valueChanged, this, &RecordDialog::revalidate);
    for (OptionalDateEdit *date : {m_joined, m_paidThrough})
        connect(date, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    // fillPeople() checks the form again, whether the organization changed or not.
    connect(m_organization, &OrganizationComboBox::choiceEdited, this, &MemberDialog::fillPeople);
    // Like a recorded status change, becoming active gives a missing joined date.
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (comboEnum<MembershipStatus>(m_status) == MembershipStatus::Active
            && !m_joined->date().isValid())
            m_joined->setDate(QDate::currentDate());
    });
    setMinimumWidth(460);
    finishForm();
}

void MemberDialog::fillOrganizations(WorkspaceSession &session)
{
    if (m_original.id > 0) {
        // The member's organization is fixed: its name is all there is to show.
        auto organization = m_workspace.organizations().get(m_original.organizationId);
        m_organization->addItem(organization ? organization->name : QString(),
                                m_original.organizationId);
        return;
    }
    QSet<Id> members;
    if (auto memberships = m_workspace.memberships().listForCoalition(m_original.coalitionId)) {
        for (const Membership &m : *memberships)
            members.insert(m.organizationId);
    }
    OrganizationChoiceModel &organizations = session.organizationChoices();
    auto *candidates = new OrganizationSubsetModel(
        [members](Id id) { return !members.contains(id); }, m_organization);
    candidates->setSourceModel(&organizations);
    m_organization->setChoices({&organizations, candidates});
    const QString placeholder = !organizations.loadError().isEmpty() ? organizations.loadError()
        : candidates->rowCount() > 0 ? tr("Choose or type an organization")
                                     : tr("Every organization is already a member");
    m_organization->setPlaceholderText(placeholder);
    m_organization->lineEdit()->setPlaceholderText(placeholder);
    m_organization->setCurrentIndex(-1);
    m_organization->setToolTip(tr("Type part of the name to find the organization"));
}

Id MemberDialog::chosenOrganization() const
{
    if (m_original.id > 0)
        return m_original.organizationId;
    return m_organization->chosenId().value_or(0);
}

void MemberDialog::fillPeople()
{
    const Id organizationId = chosenOrganization();
    if (m_peopleOf == organizationId) {
        revalidate();
        return;
    }
    m_peopleOf = organizationId;
    QList<Person> people;
    if (organizationId > 0) {
        if (auto found = m_workspace.people().list(organizationId))
            people = *std::move(found);
    }
    for (QComboBox *combo : {m_representative, m_alternate}) {
        const Id chosen = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("No one"), Id(0));
        for (const Person &person : std::as_const(people))
            combo->addItem(person.role.isEmpty() ? person.name
                                                 : tr("%1 (%2)").arg(person.name, person.role),
                           person.id);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
        combo->setToolTip(people.isEmpty() ? tr("The organization has no people in the registry "
                                                "yet: add them on the People page.")
                                           : tr("One of the organization's people"));
    }
    revalidate();
}

Membership MemberDialog::membership() const
{
    Membership m = m_original;
    m.organizationId = chosenOrganization();
    m.status = comboEnum<MembershipStatus>(m_status);
    m.kind = comboEnum<MembershipKind>(m_kind);
    m.joinedOn = m_joined->date();
    m.representativeId = personChoice(m_representative);
    m.alternateId = personChoice(m_alternate);
    m.duesCents = std::llround(m_dues->value() * 100.0);
    m.duesPaidThrough = m_paidThrough->date();
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

Problems MemberDialog::problems() const
{
    const Membership m = membership();
    Problems found;
    const QString typed = m_organization->currentText().trimmed();
    if (m_original.id <= 0 && m.organizationId <= 0 && !typed.isEmpty())
        found.append({u"organization"_s,
                      tr("“%1” is not an organization that can join: choose one from the list.")
                          .arg(typed)});
    found.append(Validation::check(m));
    if (m.organizationId > 0) {
        if (Status status = m_workspace.memberships().checkReferences(m); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
