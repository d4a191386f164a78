// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Coalition::Ui {

struct ActionData;

// The tasks of one action plan, edited in place: title, responsible member,
// start, due, status and the day it was done. Late tasks are highlighted with
// the reason in their tooltip. An edit is not written here: the model asks
// for it (taskChangeRequested) and shows the stored task once it is made.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column {
        TitleColumn,
        ResponsibleColumn,
        StartColumn,
        DueColumn,
        StatusColumn,
        DoneColumn,
        ColumnCount
    };

    enum Role {
        TaskIdRole = Qt::UserRole + 1, // Id of the row's task
        LateRole, // bool: open and past its due date
        ConfidentialRole, // bool
        ChoiceLabelsRole, // QStringList: what the responsible and status columns offer
        ChoiceValuesRole, // QVariantList: their values (membership id, TaskStatus as int)
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    // Shows the tasks of that plan (0: none) in `data`.
    void fill(const ActionData &source, Id planId, const QDate &today, bool showConfidential);
    Id planId() const { return m_planId; }

    int rowOf(Id taskId) const;
    const Task &task(int row) const { return m_rows.at(row); }
    int lateCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Why the task is late, in a sentence with the dates; empty when it is not.
    static QString lateReason(const Task &task, const QDate &today);

Q_SIGNALS:
    void taskChangeRequested(const Coalition::Task &task, const QString &text);

private:
    QString responsibleName(const Task &task) const;

    Id m_planId = 0;
    QDate m_today;
    QList<Task> m_rows;
    QList<std::pair<Id, QString>> m_members; // membership id and name, by name
};

} // namespace Coalition::Ui
