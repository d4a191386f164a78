// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "pages/page.h"
#include "storage/recordstates.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class DecisionActions;
class DecisionPanel;
class MeetingActions;
class MeetingListModel;
class MeetingPanel;

// The meetings of the coalition chosen in the toolbar, newest first, with a
// filter by body; for the selected meeting its details and attendance
// checklist, and its decisions with each voting member's position and the
// outcome with its reasons. With no meeting yet it explains what the page
// records and offers to add one.
class MeetingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingsPage)

public:
    explicit MeetingsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }
    // Meetings and decisions: shows the coalition they belong to and selects them.
    bool showRecord(const RecordKey &key) override;

    MeetingListModel *meetingList() const { return m_model; }
    QTableView *meetingTable() const { return m_table; }
    QComboBox *bodyFilter() const { return m_bodyFilter; }
    MeetingPanel *meetingPanel() const { return m_meetingPanel; }
    DecisionPanel *decisionPanel() const { return m_decisionPanel; }
    MeetingActions *meetingActions() const { return m_meetingActions; }
    DecisionActions *decisionActions() const { return m_decisionActions; }
    bool isShowingEmptyState() const;

    Id currentMeetingId() const { return m_currentMeeting; }
    void selectMeeting(Id meetingId);

private:
    QWidget *makeEmptyState();
    QWidget *makeList();
    void showCoalition(Id id);
    void onRecordsChanged(const QList<RecordKey> &keys);
    void fillBodyFilter();
    void onCurrentRowChanged();
    void restoreSelection();
    void updateState();

    Id m_coalitionId = 0;
    Id m_currentMeeting = 0;
    QString m_coalitionName;
    MeetingListModel *m_model;
    QLabel *m_heading;
    QLabel *m_subheading;
    QStackedWidget *m_stack;
    // Made by makeEmptyState(), which initialises m_emptyState: declared first.
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    QWidget *m_emptyState;
    QWidget *m_content;
    QComboBox *m_bodyFilter;
    QLabel *m_listHint;
    QTableView *m_table;
    QStackedWidget *m_detailStack;
    QLabel *m_noSelection;
    QWidget *m_detail;
    MeetingPanel *m_meetingPanel;
    DecisionPanel *m_decisionPanel;
    MeetingActions *m_meetingActions;
    DecisionActions *m_decisionActions;
};

} // namespace Coalition::Ui
