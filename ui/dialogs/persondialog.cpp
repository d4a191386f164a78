// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/persondialog.h"

#include "models/leadingchoicesproxymodel.h"
#include "models/organizationchoicemodel.h"
#include "session/workspacesession.h"
#include "widgets/organizationcombobox.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

PersonDialog::PersonDialog(WorkspaceSession &session, const Person &person, QWidget *parent)
    : RecordDialog(parent)
    , m_original(person)
    , m_choices(new LeadingChoicesProxyModel(this))
    , m_name(new QLineEdit(this))
    , m_organization(new OrganizationComboBox(this))
    , m_role(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    const bool adding = person.id == 0;
    setWindowTitle(adding ? tr("Add Person") : tr("Edit “%1”").arg(person.name));
    setObjectName(u"personDialog"_s);

    OrganizationChoiceModel &organizations = session.organizationChoices();
    m_loadError = organizations.loadError();
    m_choices->addChoice(noneText(), 0, tr("The person speaks for no organization"));
    m_choices->setSourceModel(&organizations);
    m_organization->setChoices({&organizations, m_choices});
    m_organization->setToolTip(tr("Type part of the name to find the organization"));
    if (!m_organization->setChosenId(person.organizationId.value_or(0)))
        m_organization->setChosenId(0);

    m_name->setText(person.name);
    m_name->setPlaceholderText(tr("First and last name"));
    m_role->setText(person.role);
    m_role->setPlaceholderText(tr("Title or role in the organization"));
    m_email->setText(person.email);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_phone->setText(person.phone);
    m_notes->setPlainText(person.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 14);

    // Field ids are the core's (Validation::check, PersonRepository).
    addField(u"name"_s, tr("&Name:"), m_name);
    addField(u"organization"_s, tr("&Organization:"), m_organization);
    addField(u"role"_s, tr("&Role:"), m_role);
    addField(u"email"_s, tr("E-&mail:"), m_email);
    addField(u"phone"_s, tr("&Phone:"), m_phone);
    addField(u"notes"_s, tr("No&tes:"), m_notes);
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_name, m_organization, m_organization->lineEdit(), m_role, m_email, m_phone, m_notes})
        watch(input);
    buttons()->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Save"));
    setMinimumWidth(460);
    finishForm();
}

PersonDialog::~PersonDialog() = default;

QString PersonDialog::noneText()
{
    return tr("No organization");
}

std::optional<Id> PersonDialog::chosenOrganization() const
{
    return m_organization->chosenId();
}

Person PersonDialog::person() const
{
    Person result = m_original;
    result.name = m_name->text().trimmed();
    const Id organization = chosenOrganization().value_or(0);
    result.organizationId = organization > 0 ? std::optional<Id>(organization) : std::nullopt;
    result.role = m_role->text().trimmed();
    result.email = m_email->text().trimmed();
    result.phone = m_phone->text().trimmed();
    result.notes = m_notes->toPlainText().trimmed();
    return result;
}

void PersonDialog::setSubmit(Submit submit)
{
    m_submit = std::move(submit);
}

Problems PersonDialog::problems() const
{
    Problems found = Validation::check(person());
    if (!m_loadError.isEmpty())
        found.append({u"organization"_s, m_loadError});
    else if (!chosenOrganization())
        found.append({u"organization"_s,
                      tr("There is no organization named “%1”: choose one from the list, or "
                         "“%2”.")
                          .arg(m_organization->currentText().trimmed(), noneText())});
    return found;
}

void PersonDialog::accept()
{
    if (m_submit) {
        if (Status status = m_submit(person()); !status) {
            setGeneralError(status.error().message);
            return;
        }
    }
    RecordDialog::accept();
}

} // namespace Coalition::Ui
