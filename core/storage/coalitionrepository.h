// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "repositorybase.h"

namespace Coalition {

// Stores coalitions: their type, purpose, dates, lead organization, meeting
// pattern and financial arrangements. Names are unique without regard to case.
class CoalitionRepository final : public RepositoryBase
{
public:
    CoalitionRepository(Database &database, AuditLog &audit);

    Result<Id> add(const CoalitionInfo &coalition);
    Status update(const CoalitionInfo &coalition);

    Result<CoalitionInfo> get(Id id);
    Result<std::optional<CoalitionInfo>> findByName(const QString &name);
    Result<QList<CoalitionInfo>> list();

    Result<Id> insertChecked(const CoalitionInfo &coalition, WriteMode mode = WriteMode::Edit);
    // Checks that need the database: unique name, lead organization exists.
    Status checkReferences(const CoalitionInfo &coalition);
};

} // namespace Coalition
