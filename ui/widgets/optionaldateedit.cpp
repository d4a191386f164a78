// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateEdit(QDate::currentDate(), this))
{
    m_check->setObjectName(u"hasDate"_s);
    m_check->setAccessibleName(QString(checkText).remove(u'&'));
    m_edit->setObjectName(u"date"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setEnabled(false);
    m_edit->setAccessibleName(tr("Date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT dateChanged(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_check->isChecked())
            Q_EMIT dateChanged(date());
    });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    if (date.isValid())
        m_edit->setDate(date);
    m_check->setChecked(date.isValid());
}

void OptionalDateEdit::setDefaultDate(const QDate &date)
{
    if (!m_check->isChecked())
        m_edit->setDate(date);
}

} // namespace Coalition::Ui
