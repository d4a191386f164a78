// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"

#include <QDate>

#include <memory>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QListWidget;
class QTreeView;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class DashboardAgenda;
class DashboardStagePanel;
class EmptyListNotice;
class StageBar;
class StageHistoryView;
class WarningModel;
struct DashboardData;

// The current coalition at a glance: its recorded and suggested stage with
// the bar of all five and what is missing for the next, the stage history,
// the procedural warnings, what is coming up and what is late, and its
// members by sector, by status and over time; below, a line of workspace
// counts and the latest changes from the audit log. Read again when shown
// after a change (not while another page is in front), from one snapshot.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    static constexpr int RecentChanges = 25;

    explicit DashboardPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }

    // Reads everything again now (done when shown after a change).
    void refresh();
    // The day the figures are worked out for (tests fix it; by default the
    // current date).
    void setToday(const QDate &today);
    QDate today() const;
    bool isStale() const { return m_stale; }

    // What the page shows, for tests.
    const DashboardData &data() const;
    bool isShowingEmptyState() const;
    DashboardStagePanel *stagePanel() const { return m_stagePanel; }
    StageBar *stageBar() const;
    QListWidget *missingForNext() const;
    StageHistoryView *stageHistory() const { return m_history; }
    WarningModel *warningModel() const { return m_warningModel; }
    QTreeView *warningsView() const { return m_warnings; }
    DashboardAgenda *agenda() const { return m_agenda; }
    QChartView *sectorChart() const { return m_sectorChart; }
    QChartView *statusChart() const { return m_statusChart; }
    QChartView *trendChart() const { return m_trendChart; }
    QTreeWidget *recentChanges() const { return m_changes; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeCoalitionView();
    void markStale();
    void refreshSummary();
    void refreshCoalition();
    void showWarnings();
    void openPage(const QString &pageId);

    std::unique_ptr<DashboardData> m_data;
    QDate m_today;
    QLabel *m_heading;
    QLabel *m_counts;
    EmptyListNotice *m_empty;
    DashboardStagePanel *m_stagePanel = nullptr;
    StageHistoryView *m_history = nullptr;
    QLabel *m_warningsSummary = nullptr;
    WarningModel *m_warningModel = nullptr;
    QTreeView *m_warnings = nullptr;
    DashboardAgenda *m_agenda = nullptr;
    QChartView *m_sectorChart = nullptr;
    QChartView *m_statusChart = nullptr;
    QChartView *m_trendChart = nullptr;
    QWidget *m_coalitionView;
    QTreeWidget *m_changes;
    bool m_stale = true;
};

} // namespace Coalition::Ui
