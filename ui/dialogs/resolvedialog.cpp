// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/resolvedialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ResolveDialog::ResolveDialog(const Conflict &conflict, QWidget *parent)
    : RecordDialog(parent)
    , m_original(conflict)
    , m_resolution(new QPlainTextEdit(this))
    , m_on(new QDateEdit(this))
{
    setWindowTitle(tr("Resolve Conflict"));
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    about->setText(tr("“%1” is at the step “%2”. Say how it was settled; the conflict is then "
                      "closed and no longer counts among the open ones.")
                       .arg(conflict.subject, enumLabel(conflict.step)));
    m_resolution->setPlainText(conflict.resolution);
    m_resolution->setTabChangesFocus(true);
    m_resolution->setPlaceholderText(tr("What the parties agreed"));
    m_resolution->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_on->setDate(conflict.resolvedOn.isValid() ? conflict.resolvedOn : QDate::currentDate());

    addRow(about);
    addField(u"resolution"_s, tr("&Resolution:"), m_resolution);
    addField(u"resolved"_s, tr("Resolved &on:"), m_on);
    watch(m_resolution);
    watch(m_on);
    setMinimumWidth(460);
    finishForm();
}

Conflict ResolveDialog::conflict() const
{
    Conflict c = m_original;
    c.status = ConflictStatus::Resolved;
    c.resolution = m_resolution->toPlainText().trimmed();
    c.resolvedOn = m_on->date();
    return c;
}

Problems ResolveDialog::problems() const
{
    return Validation::check(conflict());
}

} // namespace Coalition::Ui
