// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/organizationdialog.h"

#include "storage/workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QLineEdit *lineBox(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

OrganizationDialog::OrganizationDialog(Workspace &workspace, const Organization &organization,
                                       QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(organization)
    , m_name(lineBox(this, tr("As the organization writes it")))
    , m_sector(new QComboBox(this))
    , m_mission(textBox(this, 3, tr("What it exists to do, in a sentence or two")))
    , m_decisionMaking(textBox(this, 2, tr("Who decides inside it, and how: a board, a vote …")))
    , m_address(textBox(this, 2, QString()))
    , m_website(lineBox(this, tr("example.org")))
    , m_email(lineBox(this, tr("office@example.org")))
    , m_phone(lineBox(this, QString()))
    , m_tags(lineBox(this, tr("housing, youth, food")))
    , m_notes(textBox(this, 3, QString()))
{
    const bool adding = organization.id == 0;
    setWindowTitle(adding ? tr("Add Organization") : tr("Edit “%1”").arg(organization.name));
    setObjectName(u"organizationDialog"_s);

    for (const auto &entry : enumEntries<Sector>())
        m_sector->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    m_sector->setCurrentIndex(m_sector->findData(static_cast<int>(organization.sector)));
    m_tags->setToolTip(tr("Words to find and group organizations by, separated by commas"));
    m_decisionMaking->setToolTip(
        tr("How the organization takes its own decisions; it tells you how long it may need "
           "before committing to a coalition decision"));

    m_name->setText(organization.name);
    m_mission->setPlainText(organization.mission);
    m_decisionMaking->setPlainText(organization.decisionMaking);
    m_address->setPlainText(organization.address);
    m_website->setText(organization.website);
    m_email->setText(organization.email);
    m_phone->setText(organization.phone);
    m_tags->setText(organization.tags.join(u", "_s));
    m_notes->setPlainText(organization.notes);

    // Field ids are the core's (Validation::check), so messages land here.
    addField(u"name"_s, tr("&Name:"), m_name);
    addField(u"sector"_s, tr("Sec&tor:"), m_sector);
    addField(u"mission"_s, tr("&Mission:"), m_mission);
    addField(u"decision-making"_s, tr("&Decides by:"), m_decisionMaking);
    addField(u"address"_s, tr("Add&ress:"), m_address);
    addField(u"website"_s, tr("&Website:"), m_website);
    addField(u"email"_s, tr("&E-mail:"), m_email);
    addField(u"phone"_s, tr("&Phone:"), m_phone);
    addField(u"tags"_s, tr("Ta&gs:"), m_tags);
    addField(u"notes"_s, tr("N&otes:"), m_notes);
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_name, m_sector, m_mission, m_decisionMaking, m_address,
                                          m_website, m_email, m_phone, m_tags, m_notes})
        watch(input);
    buttons()->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Save"));
    setMinimumWidth(520);
    finishForm();
}

OrganizationDialog::~OrganizationDialog() = default;

Organization OrganizationDialog::organization() const
{
    Organization result = m_original;
    result.name = m_name->text().trimmed();
    result.sector = static_cast<Sector>(m_sector->currentData().toInt());
    result.mission = m_mission->toPlainText().trimmed();
    result.decisionMaking = m_decisionMaking->toPlainText().trimmed();
    result.address = m_address->toPlainText().trimmed();
    result.website = m_website->text().trimmed();
    result.email = m_email->text().trimmed();
    result.phone = m_phone->text().trimmed();
    result.notes = m_notes->toPlainText().trimmed();
    result.tags.clear();
    // Commas separate tags in the form; a stray one (", ,") leaves nothing behind.
    const QStringList parts = m_tags->text().split(u',');
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !result.tags.contains(tag))
            result.tags.append(tag);
    }
    return result;
}

void OrganizationDialog::setSubmit(Submit submit)
{
    m_submit = std::move(submit);
}

Problems OrganizationDialog::problems() const
{
    const Organization candidate = organization();
    Problems found = Validation::check(candidate);
    if (!candidate.name.isEmpty()) {
        auto existing = m_workspace.organizations().findByName(candidate.name);
        if (!existing)
            found.append({QString(), existing.error().message});
        else if (*existing && (*existing)->id != candidate.id)
            // The repository's own words (its context), as add() would refuse.
            found.append({u"name"_s,
                          QCoreApplication::translate(
                              "Coalition::Repository",
                              "An organization named “%1” is already in the workspace.")
                              .arg((*existing)->name)});
    }
    return found;
}

void OrganizationDialog::accept()
{
    if (m_submit) {
        if (Status status = m_submit(organization()); !status) {
            setGeneralError(status.error().message);
            return;
        }
    }
    RecordDialog::accept();
}

} // namespace Coalition::Ui
