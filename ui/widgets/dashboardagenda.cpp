// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboardagenda.h"

#include "models/dashboarddata.h"
#include "models/meetingdisplay.h"
#include "widgets/flattree.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

QTreeWidget *makeTree(QWidget *parent, const QString &objectName, const QString &name,
                      const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(name);
    setUpFlatTree(tree, headers);
    tree->setAlternatingRowColors(true);
    tree->setToolTip(DashboardAgenda::tr("Double-click a row, or select it and press Enter, "
                                         "to open it"));
    return tree;
}

QLabel *makeSummary(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

void setRecord(QTreeWidgetItem *item, const RecordKey &key)
{
    item->setData(0, KindRole, static_cast<int>(key.kind));
    item->setData(0, IdRole, key.id);
}

// A confidential record keeps its place, marked with the lock and the word.
void markConfidential(QTreeWidgetItem *item, int column, bool confidential)
{
    if (!confidential)
        return;
    item->setIcon(column, QIcon(u":/coalition/icons/confidential.svg"_s));
    item->setToolTip(column, DashboardAgenda::tr("Confidential: %1").arg(item->text(column)));
}

} // namespace

DashboardAgenda::DashboardAgenda(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_meetingsSummary(makeSummary(this, u"meetingsSummary"_s))
    , m_meetings(makeTree(this, u"upcomingMeetings"_s, tr("Upcoming meetings"),
                          {tr("When"), tr("Body"), tr("Where")}))
    , m_deadlinesSummary(makeSummary(this, u"deadlinesSummary"_s))
    , m_deadlines(makeTree(this, u"deadlines"_s, tr("Deadlines"),
                           {tr("Due"), tr("Kind"), tr("What"), tr("Part of")}))
    , m_lateSummary(makeSummary(this, u"lateTasksSummary"_s))
    , m_late(makeTree(this, u"lateTasks"_s, tr("Late tasks"),
                      {tr("Was due"), tr("Late by"), tr("Task"), tr("Part of")}))
{
    m_tabs->setObjectName(u"comingUp"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeTab(m_meetingsSummary, m_meetings), QString());
    m_tabs->addTab(makeTab(m_deadlinesSummary, m_deadlines), QString());
    m_tabs->addTab(makeTab(m_lateSummary, m_late), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (QTreeWidget *tree : {m_meetings, m_deadlines, m_late})
        connect(tree, &QTreeWidget::itemActivated, this, &DashboardAgenda::activate);
    clear();
}

QWidget *DashboardAgenda::makeTab(QLabel *summary, QTreeWidget *tree)
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    summary->setBuddy(tree);
    return tab;
}

void DashboardAgenda::clear()
{
    for (QTreeWidget *tree : {m_meetings, m_deadlines, m_late}) {
        tree->clear();
        tree->hide();
    }
    m_meetingsSummary->setText(tr("No coalition to show."));
    m_deadlinesSummary->setText(tr("No coalition to show."));
    m_lateSummary->setText(tr("No coalition to show."));
    updateTitles();
}

void DashboardAgenda::fill(const DashboardData &figures)
{
    const QLocale locale;
    m_meetings->clear();
    for (const DashboardMeeting &meeting : figures.meetings) {
        auto *item = new QTreeWidgetItem(m_meetings);
        item->setText(0, MeetingDisplay::dateTime(meeting.startsAt));
        item->setText(1, meeting.body);
        item->setText(2, meeting.location);
        item->setToolTip(2, meeting.location);
        setRecord(item, {RecordKind::Meeting, meeting.id});
    }
    const int meetings = m_meetings->topLevelItemCount();
    m_meetingsSummary->setText(
        meetings == 0 ? tr("No meetings in the next %1 days. Meetings are planned on the "
                           "Meetings page.")
                            .arg(DashboardData::MeetingDays)
                      : (meetings == 1 ? tr("1 meeting in the next %1 days.")
                                       : tr("%n meetings in the next %1 days.", nullptr, meetings))
                            .arg(DashboardData::MeetingDays));

    m_deadlines->clear();
    for (const DashboardDeadline &deadline : figures.deadlines) {
        auto *item = new QTreeWidgetItem(m_deadlines);
        const qint64 days = figures.today.daysTo(deadline.dueOn);
        item->setText(0, locale.toString(deadline.dueOn, QLocale::ShortFormat));
        item->setToolTip(0,
                         days == 0       ? tr("Due today")
                             : days == 1 ? tr("Due tomorrow")
                                         : tr("Due in %n days", nullptr, int(days)));
        item->setText(1, deadline.kind);
        item->setText(2, deadline.title);
        item->setText(3, deadline.context);
        item->setToolTip(3, deadline.context);
        markConfidential(item, 2, deadline.confidential);
        setRecord(item, deadline.record);
    }
    const int deadlines = m_deadlines->topLevelItemCount();
    m_deadlinesSummary->setText(
        deadlines == 0
            ? tr("Nothing is due in the next %1 days.").arg(DashboardData::DeadlineDays)
            : (deadlines == 1 ? tr("1 open task, plan or goal due in the next %1 days.")
                              : tr("%n open tasks, plans and goals due in the next %1 days.",
                                   nullptr, deadlines))
                  .arg(DashboardData::DeadlineDays));

    m_late->clear();
    for (const DashboardDeadline &task : figures.lateTasks) {
        auto *item = new QTreeWidgetItem(m_late);
        const int days = int(task.dueOn.daysTo(figures.today));
        item->setText(0, locale.toString(task.dueOn, QLocale::ShortFormat));
        item->setText(1, days == 1 ? tr("1 day") : tr("%n days", nullptr, days));
        item->setIcon(1, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setText(2, task.title);
        item->setText(3, task.context);
        item->setToolTip(3, task.context);
        markConfidential(item, 2, task.confidential);
        setRecord(item, task.record);
    }
    const int late = m_late->topLevelItemCount();
    m_lateSummary->setText(late == 0 ? tr("No task is late.")
                               : late == 1
                               ? tr("1 task past its due date and not done.")
                               : tr("%n tasks past their due date and not done.", nullptr, late));

    for (QTreeWidget *tree : {m_meetings, m_deadlines, m_late}) {
        tree->setVisible(tree->topLevelItemCount() > 0);
        tree->resizeColumnToContents(0);
        tree->resizeColumnToContents(1);
    }
    m_deadlines->resizeColumnToContents(2);
    m_late->resizeColumnToContents(2);
    updateTitles();
}

void DashboardAgenda::updateTitles()
{
    const int meetings = m_meetings->topLevelItemCount();
    const int deadlines = m_deadlines->topLevelItemCount();
    const int late = m_late->topLevelItemCount();
    m_tabs->setTabText(0, tr("&Meetings (%1)").arg(meetings));
    m_tabs->setTabText(1, tr("&Deadlines (%1)").arg(deadlines));
    m_tabs->setTabText(2, tr("&Late Tasks (%1)").arg(late));
    m_tabs->setTabIcon(
        2, late > 0 ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(0,
                          tr("Meetings of the coalition's bodies in the next %1 days")
                              .arg(DashboardData::MeetingDays));
    m_tabs->setTabToolTip(1,
                          tr("Open tasks, unfinished action plans and goals due in the next "
                             "%1 days")
                              .arg(DashboardData::DeadlineDays));
    m_tabs->setTabToolTip(2, tr("Tasks past their due date that are neither done nor dropped"));
}

void DashboardAgenda::activate(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, IdRole).isValid())
        return;
    Q_EMIT recordsRequested({{static_cast<RecordKind>(item->data(0, KindRole).toInt()),
                              item->data(0, IdRole).toLongLong()}});
}

} // namespace Coalition::Ui
