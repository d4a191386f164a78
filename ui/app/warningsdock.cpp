// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/warningsdock.h"

#include "models/warningmodel.h"
#include "widgets/warningspanel.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

WarningsDock::WarningsDock(QWidget *parent)
    : QDockWidget(tr("Procedural Warnings"), parent)
    , m_panel(new WarningsPanel(this))
    , m_statusButton(new QToolButton(this))
    , m_toggle(new QAction(tr("&Procedural Warnings"), this))
{
    setObjectName(u"warningsDock"_s);
    setWidget(m_panel);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    m_toggle->setObjectName(u"toggleWarnings"_s);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(tr("F9")));
    m_toggle->setToolTip(tr("Show or hide the warnings about the coalition's procedures (F9)"));
    connect(m_toggle, &QAction::triggered, this, [this](bool checked) {
        setVisible(checked);
        if (checked)
            raise();
    });
    // The dock's own action follows whether it is shown, however it was
    // shown or closed (its close button, a saved layout).
    connect(toggleViewAction(), &QAction::toggled, m_toggle, &QAction::setChecked);

    m_statusButton->setObjectName(u"warningsStatus"_s);
    m_statusButton->setAutoRaise(true);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_statusButton->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_statusButton->setToolTip(tr("Show the procedural warnings (F9)"));
    connect(m_statusButton, &QToolButton::clicked, this, [this] {
        show();
        raise();
        m_panel->setFocus();
    });
    connect(m_panel, &WarningsPanel::countChanged, this, &WarningsDock::updateCount);
    connect(m_panel, &WarningsPanel::recordsActivated, this, &WarningsDock::recordsActivated);
    setSession(nullptr);
}

void WarningsDock::setSession(WorkspaceSession *session)
{
    m_hasSession = session != nullptr;
    m_panel->setSession(session);
    updateCount(m_panel->count());
}

void WarningsDock::updateCount(int count)
{
    setWindowTitle(count > 0 ? tr("Procedural Warnings (%1)").arg(count)
                             : tr("Procedural Warnings"));
    m_statusButton->setText(count == 1 ? tr("1 procedural warning")
                                       : tr("%n procedural warnings", nullptr, count));
    m_statusButton->setVisible(m_hasSession && count > 0);
}

} // namespace Coalition::Ui
