// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace Coalition::Ui {

struct DashboardData;

// What is coming up for the coalition, on three tabs: its bodies' meetings in
// the next 60 days; the open tasks, unfinished plans and goals due in the
// next 30; and the tasks already late. Each tab says how many it holds (in
// its title and in a line above the list, which also says when there are
// none); activating a row asks to show its record.
class DashboardAgenda final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardAgenda)

public:
    explicit DashboardAgenda(QWidget *parent = nullptr);

    void fill(const DashboardData &figures);
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *meetings() const { return m_meetings; }
    QTreeWidget *deadlines() const { return m_deadlines; }
    QTreeWidget *lateTasks() const { return m_late; }

Q_SIGNALS:
    void recordsRequested(const QList<Coalition::RecordKey> &records);

private:
    QWidget *makeTab(QLabel *summary, QTreeWidget *tree);
    void activate(QTreeWidgetItem *item);
    void updateTitles();

    QTabWidget *m_tabs;
    QLabel *m_meetingsSummary;
    QTreeWidget *m_meetings;
    QLabel *m_deadlinesSummary;
    QTreeWidget *m_deadlines;
    QLabel *m_lateSummary;
    QTreeWidget *m_late;
};

} // namespace Coalition::Ui
