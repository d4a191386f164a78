// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "repositorybase.h"

namespace Coalition {

// Stores coalitions: their type, purpose, dates, lead organization, meeting
// pattern and financial arrangements. Names are unique without regard to case.
class CoalitionRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::CoalitionRepository)

public:
    CoalitionRepository(Database &database, AuditLog &audit);

    Result<Id> add(const CoalitionInfo &coalition);
    Status update(const CoalitionInfo &coalition);

    Result<CoalitionInfo> get(Id id);
    Result<std::optional<CoalitionInfo>> findByName(const QString &name);
    Result<QList<CoalitionInfo>> list();

    Result<Id> insertChecked(const CoalitionInfo &coalition, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times), over the row with
    // its id or as a new row with that id. No validation, no audit; must run
    // inside a transaction (RecordStateStore).
    Status overwrite(const CoalitionInfo &coalition);
    // Checks that need the database: unique name, lead organization exists.
    Status checkReferences(const CoalitionInfo &coalition);
};

} // namespace Coalition
