// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the people of the registry; a person may belong to one organization.
class PersonRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::PersonRepository)

public:
    PersonRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(PersonRepository)

    Result<Id> add(const Person &person);
    Status update(const Person &person);
    // People who represent a member lose that role (the membership keeps no one).
    Status remove(Id id);

    Result<Person> get(Id id);
    Result<QList<Person>> list(std::optional<Id> organizationId = std::nullopt);
    Result<int> count();
    // People of that name; a name is not unique, so the organization narrows it.
    Result<QList<Person>> findByName(const QString &name,
                                     std::optional<Id> organizationId = std::nullopt);

    Result<Id> insertChecked(const Person &person, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times), over the row with
    // its id or as a new row with that id. No validation, no audit; must run
    // inside a transaction (RecordStateStore).
    Status overwrite(const Person &person);
    // Checks that do need the database: the organization exists.
    Status checkReferences(const Person &person);
};

} // namespace Coalition
