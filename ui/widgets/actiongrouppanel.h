// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDate>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class ActionPlanPanel;
class DetailFieldList;
class PlanListModel;
struct ActionData;

// One action group: who convenes it and takes part, the goals it serves, the
// progress reports received and the periods still missing; its plans with
// their progress, budget and staffing gaps; and the selected plan's tasks,
// budget, staffing and criteria (ActionPlanPanel).
class ActionGroupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionGroupPanel)

public:
    explicit ActionGroupPanel(QWidget *parent = nullptr);

    void fill(const ActionData &source, Id groupId, const QDate &today, bool showConfidential);
    Id groupId() const { return m_groupId; }

    DetailFieldList *details() const { return m_details; }
    QTreeWidget *reportList() const { return m_reports; }
    QString missingReportsText() const;
    PlanListModel *plans() const { return m_plans; }
    QTableView *planTable() const { return m_planTable; }
    ActionPlanPanel *planPanel() const { return m_planPanel; }
    QPushButton *addReportButton() const { return m_addReport; }
    QPushButton *addPlanButton() const { return m_addPlan; }
    QPushButton *editPlanButton() const { return m_editPlan; }
    QPushButton *removePlanButton() const { return m_removePlan; }

    Id currentPlanId() const { return m_currentPlan; }
    bool selectPlan(Id planId);

Q_SIGNALS:
    void addReportRequested(Coalition::Id groupId);
    void removeReportRequested(Coalition::Id reportId);
    void addPlanRequested(Coalition::Id groupId);
    void editPlanRequested(Coalition::Id planId);
    void removePlanRequested(Coalition::Id planId);
    void currentPlanChanged(Coalition::Id planId);

private:
    QWidget *makeReports();
    QWidget *makePlans();
    void fillDetails(const ActionData &source);
    void fillReports(const ActionData &source, bool showConfidential);
    void onCurrentPlanChanged();
    void fillPlanPanel();

    Id m_groupId = 0;
    Id m_currentPlan = 0;
    QDate m_today;
    bool m_showConfidential = true;
    const ActionData *m_data = nullptr;
    DetailFieldList *m_details;
    QTreeWidget *m_reports;
    QLabel *m_missing;
    QPushButton *m_addReport;
    PlanListModel *m_plans;
    QTableView *m_planTable;
    QPushButton *m_addPlan;
    QPushButton *m_editPlan;
    QPushButton *m_removePlan;
    ActionPlanPanel *m_planPanel;
};

} // namespace Coalition::Ui
