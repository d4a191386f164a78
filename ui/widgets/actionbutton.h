// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace Coalition::Ui {

// A push button for an action: it triggers the action and follows its text,
// tool tip and enabled state. Unlike a tool button it keeps the mnemonic of
// the action's text, so the action is reachable with Alt and a letter.
class ActionButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionButton)

public:
    enum class Mnemonic { Keep, Drop };

    explicit ActionButton(QAction *action, QWidget *parent = nullptr,
                          Mnemonic mnemonic = Mnemonic::Keep);

private:
    void follow();

    QAction *m_action;
    Mnemonic m_mnemonic;
};

} // namespace Coalition::Ui
