// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/coalitiondialog.h"

#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

CoalitionDialog::CoalitionDialog(Workspace &workspace, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_start(new OptionalDateEdit(tr("Has a start date"), this))
    , m_end(new OptionalDateEdit(tr("Has an end date"), this))
    , m_purpose(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New Coalition"));
    auto *intro = new QLabel(tr("A coalition is a group of organizations that agree to work "
                                "together for a shared purpose. Name it and say what kind it "
                                "is; you can add members and the rest of its details next."),
                             this);
    intro->setWordWrap(true);
    addRow(intro);

    m_name->setPlaceholderText(tr("For example: Riverside Neighbourhood Coalition"));
    m_name->setMaxLength(static_cast<int>(Validation::MaxNameLength));
    fillEnumCombo<CoalitionType>(m_type);
    setComboEnum(m_type, CoalitionType::OngoingCoalition);
    m_type->setToolTip(tr("A campaign works toward one goal by a set date; an ongoing "
                          "coalition keeps working on a field of issues."));
    m_start->setDate(QDate::currentDate());
    m_end->setDefaultDate(QDate::currentDate().addYears(1));
    m_end->setToolTip(tr("Required for a campaign, which ends when its goal is won or lost."));
    m_purpose->setPlaceholderText(tr("What the members mean to achieve together"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    addField(u"name"_s, tr("&Name:"), m_name);
    addField(u"type"_s, tr("&Type:"), m_type);
    addField(u"start"_s, tr("&Start:"), m_start);
    addField(u"end"_s, tr("&End:"), m_end);
    addField(u"purpose"_s, tr("&Purpose:"), m_purpose);

    watch(m_name);
    watch(m_type);
    watch(m_purpose);
    for (OptionalDateEdit *date : {m_start, m_end})
        connect(date, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(480);
    finishForm();
}

CoalitionInfo CoalitionDialog::coalition() const
{
    CoalitionInfo c;
    c.name = m_name->text().trimmed();
    c.type = comboEnum<CoalitionType>(m_type);
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    c.purpose = m_purpose->toPlainText().trimmed();
    return c;
}

Problems CoalitionDialog::problems() const
{
    const CoalitionInfo c = coalition();
    Problems found = Validation::check(c);
    if (!c.name.isEmpty()) {
        if (Status status = m_workspace.coalitions().checkReferences(c); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
