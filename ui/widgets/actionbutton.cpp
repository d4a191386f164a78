// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/actionbutton.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ActionButton::ActionButton(QAction *action, QWidget *parent, Mnemonic mnemonic)
    : QPushButton(parent)
    , m_action(action)
    , m_mnemonic(mnemonic)
{
    setObjectName(action->objectName() + u"Button"_s);
    setAutoDefault(false);
    connect(this, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, this, &ActionButton::follow);
    follow();
}

void ActionButton::follow()
{
    QString text = m_action->text();
    if (m_mnemonic == Mnemonic::Drop)
        text.remove(u'&');
    setText(text);
    setToolTip(m_action->toolTip());
    setEnabled(m_action->isEnabled());
    setVisible(m_action->isVisible());
}

} // namespace Coalition::Ui
