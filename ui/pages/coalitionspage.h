// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "pages/page.h"
#include "storage/recordstates.h"

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class CoalitionDetailsForm;
class MemberActions;
class MembersView;

// The coalition chosen in the toolbar: its members (table, filters and the
// selected member's details) and its details (an editable form). With no
// coalition in the workspace it explains what a coalition is and offers to
// start one; "New Coalition…" is always at hand.
class CoalitionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoalitionsPage)

public:
    explicit CoalitionsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool settlePendingEdits() override;
    bool isCoalitionScoped() const override { return true; }
    QLineEdit *searchField() const override;
    // Memberships: shows the member in its coalition's member list.
    bool showRecord(const RecordKey &key) override;

    QAction *newCoalitionAction() const { return m_newCoalition; }
    MemberActions *memberActions() const { return m_memberActions; }
    MembersView *membersView() const { return m_members; }
    CoalitionDetailsForm *detailsForm() const { return m_details; }
    // Whether the page shows its empty state (no coalition to show).
    bool isShowingEmptyState() const;

public Q_SLOTS:
    void newCoalition();

private:
    QWidget *makeEmptyState();
    void showCoalition(Id id);
    void onRecordsChanged(const QList<RecordKey> &keys);
    void applyDetails();
    // Asks what to do with unapplied details before another coalition is shown.
    void settleUnappliedDetails();
    void updateHeader();

    Id m_coalitionId = 0;
    QAction *m_newCoalition;
    QLabel *m_heading;
    QLabel *m_subheading;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QTabWidget *m_tabs;
    MembersView *m_members;
    CoalitionDetailsForm *m_details;
    MemberActions *m_memberActions;
};

} // namespace Coalition::Ui
