// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the progress reports action groups send, one per group and reporting
// period at most.
class ProgressReportRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ProgressReportRepository)

public:
    ProgressReportRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(ProgressReportRepository)

    Result<Id> add(const ProgressReport &report);
    Status update(const ProgressReport &report);
    Status remove(Id id);

    Result<ProgressReport> get(Id id);
    // The group's report for a period, when it has one.
    Result<std::optional<ProgressReport>> findForPeriod(Id groupId, const ReportPeriod &period);
    Result<QList<ProgressReport>> listForGroup(Id groupId); // ordered by period, then id
    // Reports of the coalition's groups, ordered by group, period, then id.
    Result<QList<ProgressReport>> listForCoalition(Id coalitionId);
    Result<QList<ProgressReport>> list(); // ordered by id

    Result<Id> insertChecked(const ProgressReport &report, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times), over the row with its id
    // or as a new row with that id. No validation, no audit; must run inside a
    // transaction (RecordStateStore).
    Status overwrite(const ProgressReport &report);
    // Checks that need the database: the group exists, the author is a
    // person, no other report of the group covers the same period.
    Status checkReferences(const ProgressReport &report);

private:
    Result<QList<ProgressReport>> select(const QString &where, const QVariant &value,
                                         const QString &order);
};

} // namespace Coalition
