// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/persondialog.h"

#include "models/organizationchoicemodel.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

PersonDialog::PersonDialog(Workspace &workspace, const Person &person, QWidget *parent)
    : RecordDialog(parent)
    , m_original(person)
    , m_choices(new OrganizationChoiceModel(this))
    , m_name(new QLineEdit(this))
    , m_organization(new QComboBox(this))
    , m_role(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    const bool adding = person.id == 0;
    setWindowTitle(adding ? tr("Add Person") : tr("Edit “%1”").arg(person.name));
    setObjectName(u"personDialog"_s);

    if (auto organizations = workspace.organizations().list())
        m_choices->setOrganizations(*organizations);
    else
        m_loadError = organizations.error().message;
    m_organization->setModel(m_choices);
    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    m_organization->completer()->setFilterMode(Qt::MatchContains);
    m_organization->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_organization->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_organization->setToolTip(tr("Type part of the name to find the organization"));
    m_organization->setCurrentIndex(m_choices->rowOf(person.organizationId.value_or(0)));

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

std::optional<Id> PersonDialog::chosenOrganization() const
{
    const QString text = m_organization->currentText();
    const int index = m_organization->currentIndex();
    if (index >= 0 && m_organization->itemText(index) == text)
        return m_organization->itemData(index, OrganizationChoiceModel::IdRole).toLongLong();
    return m_choices->idForName(text);
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
                          .arg(m_organization->currentText().trimmed(), m_choices->noneText())});
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
