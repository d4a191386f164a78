// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// A summary of the workspace: how many organizations, people and coalitions
// it holds, each coalition with its members by status, and the latest changes
// from the audit log. The stage and warnings arrive with later issues.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    static constexpr int RecentChanges = 25;

    explicit DashboardPage(WorkspaceSession &session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;

    // Reads the figures again (done when shown after a change).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_counts;
    QTreeWidget *m_coalitions;
    QTreeWidget *m_changes;
    bool m_stale = true;
};

} // namespace Coalition::Ui
