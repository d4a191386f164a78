// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/barriersdialog.h"

#include "widgets/linelisteditor.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

BarriersDialog::BarriersDialog(const Membership &membership, const QString &organizationName,
                               QWidget *parent)
    : RecordDialog(parent)
    , m_membership(membership)
    , m_barriers(new LineListEditor(tr("&Add Barrier"), tr("Remo&ve"), this))
{
    setWindowTitle(tr("Barriers of %1").arg(organizationName));
    auto *intro = new QLabel(tr("What keeps %1 from contributing more: rules, approvals, "
                                "time, money. Knowing them helps to ask for what a member can "
                                "give.")
                                 .arg(organizationName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    addRow(intro);
    m_barriers->setLines(membership.barriers);
    addField(u"barriers"_s, tr("&Barriers:"), m_barriers);
    connect(m_barriers, &LineListEditor::changed, this, &RecordDialog::revalidate);
    resize(520, 320);
    finishForm();
}

Membership BarriersDialog::membership() const
{
    Membership m = m_membership;
    m.barriers.clear();
    for (const QString &line : m_barriers->lines())
        m.barriers.append(line.trimmed());
    return m;
}

Problems BarriersDialog::problems() const
{
    return Validation::check(membership());
}

} // namespace Coalition::Ui
