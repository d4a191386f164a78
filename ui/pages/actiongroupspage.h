// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "models/actiondata.h"
#include "pages/page.h"

#include <QDate>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class ActionGroupEdits;
class ActionGroupListModel;
class ActionGroupPanel;
class ActionPlanEdits;
class GoalListModel;
class TimelineView;

// How the current coalition turns its goals into work: its action groups
// with their conveners, members, reports and plans, each plan's tasks,
// budget, staffing and criteria edited in place (late tasks highlighted);
// its goals, flagged when nobody works on them; and a timeline of every task
// by group. Confidential records are shown, marked, unless the coordinator
// hides them. Every change is an undoable edit.
class ActionGroupsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionGroupsPage)

public:
    explicit ActionGroupsPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~ActionGroupsPage() override;

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }
    // Goals, groups, plans, tasks and progress reports: shows their tab and
    // selects them, switching coalition when needed.
    bool showRecord(const RecordKey &key) override;

    // The day late tasks and missing reports are judged on (tests set it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void setShowConfidential(bool show);
    bool showsConfidential() const;

    const ActionData &data() const { return m_data; }
    QTabWidget *tabs() const { return m_tabs; }
    ActionGroupListModel *groupList() const { return m_groups; }
    QTableView *groupTable() const { return m_groupTable; }
    ActionGroupPanel *groupPanel() const { return m_panel; }
    GoalListModel *goalList() const { return m_goals; }
    QTableView *goalTable() const { return m_goalTable; }
    TimelineView *timeline() const { return m_timeline; }
    QCheckBox *confidentialToggle() const { return m_confidential; }
    ActionGroupEdits *groupEdits() const { return m_groupEdits; }
    ActionPlanEdits *planEdits() const { return m_planEdits; }
    bool isShowingEmptyState() const;

    Id currentGroupId() const { return m_currentGroup; }
    bool selectGroup(Id groupId);
    bool selectGoal(Id goalId);
    // Switches to the groups tab with the task's group and plan selected and
    // its row current; with `edit`, its due date open for editing.
    bool showTask(Id taskId, bool edit = false);

private:
    QWidget *makeEmptyState();
    QWidget *makeGroupsTab();
    QWidget *makeGoalsTab();
    QWidget *makeTimelineTab();
    void showCoalition(Id id);
    void onRecordsChanged(const QList<RecordKey> &keys);
    void reload();
    void refresh();
    void fillTimeline();
    void onCurrentGroupChanged();
    void updateHeader();
    void onCreated(const RecordKey &key);
    void connectEdits();
    // Shows confidential records when the one asked for is confidential.
    void revealIfConfidential(bool confidential);

    Id m_coalitionId = 0;
    Id m_currentGroup = 0;
    QDate m_today;
    ActionData m_data;
    ActionGroupEdits *m_groupEdits;
    ActionPlanEdits *m_planEdits;
    QLabel *m_heading;
    QLabel *m_subheading;
    QCheckBox *m_confidential;
    QStackedWidget *m_stack;
    // Made by makeEmptyState(), which initialises m_emptyState: declared first.
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAddGoal = nullptr;
    QPushButton *m_emptyAddGroup = nullptr;
    QWidget *m_emptyState;
    QTabWidget *m_tabs;
    ActionGroupListModel *m_groups;
    QTableView *m_groupTable;
    QStackedWidget *m_detailStack;
    QLabel *m_noGroup;
    ActionGroupPanel *m_panel;
    GoalListModel *m_goals;
    QTableView *m_goalTable;
    TimelineView *m_timeline;
};

} // namespace Coalition::Ui
