// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the tasks of the action plans, each with the member organization
// responsible for it.
class TaskRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::TaskRepository)

public:
    TaskRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(TaskRepository)

    Result<Id> add(const Task &task);
    Status update(const Task &task);
    // Changes the status only. Done needs the date it was done (today when
    // doneOn is null); any other status clears the done date.
    Status setStatus(Id id, TaskStatus status, const QDate &doneOn = {});
    Status remove(Id id);

    Result<Task> get(Id id);
    // The tasks of the coalition's plans, ordered by due date (undated last), then id.
    Result<QList<Task>> listForCoalition(Id coalitionId);
    Result<QList<Task>> listForPlan(Id planId); // ordered by due date (undated last), then id
    Result<QList<Task>> list(); // ordered by id

    Result<Id> insertChecked(const Task &task, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times), over the row with its id
    // or as a new row with that id. No validation, no audit; must run inside a
    // transaction (RecordStateStore).
    Status overwrite(const Task &task);
    // Checks that need the database: the plan exists; the responsible member
    // is a membership of the plan's coalition.
    Status checkReferences(const Task &task);

private:
    Status storeFields(const Task &after, const Task &before);
    Result<QList<Task>> select(const QString &where, const QVariant &value, const QString &order);
};

} // namespace Coalition
