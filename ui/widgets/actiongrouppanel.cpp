// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/actiongrouppanel.h"

#include "models/actiondata.h"
#include "models/actiongrouplistmodel.h"
#include "models/planlistmodel.h"
#include "rules/planmetrics.h"
#include "widgets/actionplanpanel.h"
#include "widgets/detailfieldlist.h"
#include "widgets/flattree.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ActionGroupPanel::ActionGroupPanel(QWidget *parent)
    : QWidget(parent)
    , m_details(new DetailFieldList(this))
    , m_reports(new QTreeWidget(this))
    , m_missing(new QLabel(this))
    , m_addReport(new QPushButton(tr("Add &Report…"), this))
    , m_plans(new PlanListModel(this))
    , m_planTable(new QTableView(this))
    , m_addPlan(new QPushButton(tr("Add &Plan…"), this))
    , m_editPlan(new QPushButton(tr("&Edit Plan…"), this))
    , m_removePlan(new QPushButton(tr("Remove Plan"), this))
    , m_planPanel(new ActionPlanPanel(this))
{
    m_details->setObjectName(u"groupDetails"_s);
    m_details->addField(u"convener"_s, tr("Convener"));
    m_details->addField(u"purpose"_s, tr("Purpose"));
    m_details->addField(u"members"_s, tr("Members"));
    m_details->addField(u"people"_s, tr("People"));
    m_details->addField(u"goals"_s, tr("Goals served"));
    m_details->addField(u"cadence"_s, tr("Reports"));
    m_details->addField(u"confidential"_s, tr("Confidential"));

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_details, 1);
    topLayout->addWidget(makeReports(), 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"actionGroupSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(makePlans());
    splitter->addWidget(m_planPanel);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({180, 170, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QWidget *ActionGroupPanel::makeReports()
{
    auto *box = new QWidget(this);
    m_reports->setObjectName(u"reportList"_s);
    m_reports->setAccessibleName(tr("Progress reports received"));
    setUpFlatTree(m_reports, {tr("Period"), tr("Author"), tr("Received")});
    m_reports->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *removeReport = new QAction(tr("Remove Report"), m_reports);
    connect(removeReport, &QAction::triggered, this, [this] {
        if (const QTreeWidgetItem *item = m_reports->currentItem())
            Q_EMIT removeReportRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    m_reports->addAction(removeReport);
    m_missing->setObjectName(u"missingReports"_s);
    m_missing->setWordWrap(true);
    QPalette palette = m_missing->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_missing->setPalette(palette);
    m_addReport->setObjectName(u"addReportButton"_s);
    m_addReport->setToolTip(tr("Record a progress report the group sent"));
    connect(m_addReport, &QPushButton::clicked, this, [this] {
        if (m_groupId > 0)
            Q_EMIT addReportRequested(m_groupId);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_missing, 1);
    row->addWidget(m_addReport, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Progress reports</b>"), box));
    layout->addWidget(m_reports, 1);
    layout->addLayout(row);
    return box;
}

QWidget *ActionGroupPanel::makePlans()
{
    auto *box = new QWidget(this);
    m_planTable->setObjectName(u"planTable"_s);
    m_planTable->setAccessibleName(tr("Action plans"));
    m_planTable->setModel(m_plans);
    m_planTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->verticalHeader()->hide();
    m_planTable->verticalHeader()->setDefaultSectionSize(m_planTable->fontMetrics().height() + 10);
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_planTable->setWordWrap(false);
    m_planTable->setColumnWidth(PlanListModel::TitleColumn, 200);
    m_planTable->setColumnWidth(PlanListModel::GoalColumn, 160);
    m_planTable->setColumnWidth(PlanListModel::LeadColumn, 140);
    m_planTable->setColumnWidth(PlanListModel::LateColumn, 50);
    m_addPlan->setObjectName(u"addPlanButton"_s);
    m_editPlan->setObjectName(u"editPlanButton"_s);
    m_removePlan->setObjectName(u"removePlanButton"_s);
    m_editPlan->setEnabled(false);
    m_removePlan->setEnabled(false);
    connect(m_addPlan, &QPushButton::clicked, this, [this] {
        if (m_groupId > 0)
            Q_EMIT addPlanRequested(m_groupId);
    });
    connect(m_editPlan, &QPushButton::clicked, this, [this] {
        if (m_currentPlan > 0)
            Q_EMIT editPlanRequested(m_currentPlan);
    });
    connect(m_removePlan, &QPushButton::clicked, this, [this] {
        if (m_currentPlan > 0)
            Q_EMIT removePlanRequested(m_currentPlan);
    });
    connect(m_planTable, &QTableView::activated, m_editPlan, &QPushButton::click);
    connect(m_planTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionGroupPanel::onCurrentPlanChanged);
    connect(m_plans, &QAbstractItemModel::modelReset, this, [this] {
        if (m_plans->rowCount() > 0) {
            const int row = std::max(m_plans->rowOf(m_currentPlan), 0);
            m_planTable->selectionModel()->setCurrentIndex(m_plans->index(row, 0),
                                                           QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
        }
        onCurrentPlanChanged();
    });
    connect(m_plans, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_planTable->currentIndex().isValid() && m_plans->rowCount() > 0)
            selectPlan(m_plans->plan(0).id);
    });
    connect(m_plans, &QAbstractItemModel::rowsRemoved, this,
            &ActionGroupPanel::onCurrentPlanChanged);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>Action plans</b>"), box), 1);
    buttons->addWidget(m_addPlan);
    buttons->addWidget(m_editPlan);
    buttons->addWidget(m_removePlan);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_planTable, 1);
    return box;
}

void ActionGroupPanel::fill(const ActionData &source, Id groupId, const QDate &today,
                            bool showConfidential)
{
    m_data = &source;
    m_groupId = groupId;
    m_today = today;
    m_showConfidential = showConfidential;
    fillDetails(source);
    fillReports(source, showConfidential);
    m_addReport->setEnabled(groupId > 0);
    m_addPlan->setEnabled(groupId > 0);
    m_plans->fill(source, groupId, today, showConfidential);
    if (!m_planTable->currentIndex().isValid() && m_plans->rowCount() > 0)
        selectPlan(m_plans->plan(0).id);
    onCurrentPlanChanged();
    fillPlanPanel();
}

void ActionGroupPanel::fillDetails(const ActionData &source)
{
    m_details->clear();
    const ActionGroup *group = source.group(m_groupId);
    if (!group)
        return;
    m_details->setText(u"convener"_s,
                       group->convenerId ? source.personName(*group->convenerId)
                                         : tr("Nobody yet — reports have no one to send them"));
    m_details->setText(u"purpose"_s, group->purpose);
    QStringList members;
    for (const Id id : group->memberships)
        members.append(source.members.name(id));
    m_details->setText(u"members"_s, members.join(u", "_s));
    QStringList people;
    for (const Id id : group->people)
        people.append(source.personName(id));
    m_details->setText(u"people"_s, people.join(u", "_s));
    QStringList goals;
    for (const Id id : group->goals) {
        if (const Goal *goal = source.goal(id))
            goals.append(goal->title);
    }
    m_details->setText(u"goals"_s, goals.isEmpty() ? tr("None yet") : goals.join(u", "_s));
    m_details->setText(
        u"cadence"_s,
        group->cadence == ReportingCadence::None
            ? tr("Not expected")
            : tr("%1, from %2")
                  .arg(enumLabel(group->cadence),
                       QLocale().toString(group->startedOn.isValid() ? group->startedOn
                                                                     : group->createdAt.date(),
                                          QLocale::ShortFormat)));
    if (group->confidential)
        m_details->setText(u"confidential"_s,
                           tr("Yes — left out of reports and exports unless asked for"));
}

void ActionGroupPanel::fillReports(const ActionData &source, bool showConfidential)
{
    m_reports->clear();
    const ActionGroup *group = source.group(m_groupId);
    if (!group) {
        m_missing->clear();
        return;
    }
    const QList<ProgressReport> reports = source.reportsOfGroup(m_groupId);
    for (const ProgressReport &report : reports) {
        if (report.confidential && !showConfidential)
            continue;
        auto *item = new QTreeWidgetItem(m_reports);
        item->setText(0, report.period.toString());
        item->setText(1, report.authorId ? source.personName(*report.authorId) : tr("—"));
        item->setText(2,
                      report.receivedOn.isValid()
                          ? QLocale().toString(report.receivedOn, QLocale::ShortFormat)
                          : tr("—"));
        item->setData(0, Qt::UserRole, report.id);
        item->setToolTip(0, report.text);
        if (report.confidential)
            item->setIcon(0, QIcon(u":/coalition/icons/confidential.svg"_s));
    }
    const QList<ReportPeriod> missing = PlanMetrics::missingReports(*group, reports, m_today);
    if (missing.isEmpty()) {
        m_missing->setText(group->cadence == ReportingCadence::None
                               ? tr("This group is not expected to report.")
                               : tr("Every report owed so far has come in."));
        m_missing->setPalette(QPalette());
        return;
    }
    QStringList periods;
    for (const ReportPeriod &period : missing)
        periods.append(period.toString());
    m_missing->setText(ActionGroupListModel::missingText(missing) + u'\n'
                       + tr("Missing: %1").arg(periods.join(u", "_s)));
    QPalette palette = m_missing->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_missing->setPalette(palette);
}

QString ActionGroupPanel::missingReportsText() const
{
    return m_missing->text();
}

bool ActionGroupPanel::selectPlan(Id planId)
{
    const int row = m_plans->rowOf(planId);
    if (row < 0)
        return false;
    const QModelIndex index = m_plans->index(row, 0);
    m_planTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_planTable->scrollTo(index);
    onCurrentPlanChanged();
    return true;
}

void ActionGroupPanel::onCurrentPlanChanged()
{
    const QModelIndex index = m_planTable->currentIndex();
    const Id id = index.isValid() ? m_plans->plan(index.row()).id : 0;
    m_editPlan->setEnabled(id > 0);
    m_removePlan->setEnabled(id > 0);
    if (id == m_currentPlan)
        return;
    m_currentPlan = id;
    fillPlanPanel();
    Q_EMIT currentPlanChanged(id);
}

void ActionGroupPanel::fillPlanPanel()
{
    if (m_data)
        m_planPanel->fill(*m_data, m_currentPlan, m_today, m_showConfidential);
}

} // namespace Coalition::Ui
