// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"

#include <QDockWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QToolButton;
QT_END_NAMESPACE

namespace Coalition::Ui {

class WarningsPanel;
class WorkspaceSession;

// The "Procedural Warnings" dock of the main window: the warnings panel,
// its count in the dock's title and on a status bar button that opens it,
// and the View menu's toggle (with its shortcut).
class WarningsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningsDock)

public:
    explicit WarningsDock(QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);
    WarningsPanel *panel() const { return m_panel; }
    // For the status bar: says how many warnings there are; a click shows the dock.
    QToolButton *statusButton() const { return m_statusButton; }
    // For the View menu: shows and hides the dock. (The dock's own toggle
    // action takes the title, count included, as its text and loses the
    // mnemonic.)
    QAction *toggleAction() const { return m_toggle; }

Q_SIGNALS:
    void recordsActivated(const QList<Coalition::RecordKey> &records);

private:
    void updateCount(int count);

    WarningsPanel *m_panel;
    QToolButton *m_statusButton;
    QAction *m_toggle;
    bool m_hasSession = false;
};

} // namespace Coalition::Ui
