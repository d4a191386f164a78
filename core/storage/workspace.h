// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditlog.h"
#include "coalitionrepository.h"
#include "database.h"
#include "membershiprepository.h"
#include "organizationrepository.h"
#include "personrepository.h"
#include "recordstates.h"

#include <memory>

namespace Coalition {

// An open workspace: the database and the repositories over it. The GUI and
// the command line both work through this one object.
class Workspace final
{
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   const Database::Options &options);
    static Result<std::unique_ptr<Workspace>>
    open(const QString &path, Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    Database &database() { return *m_database; }
    AuditLog &audit() { return *m_audit; }
    OrganizationRepository &organizations() { return *m_organizations; }
    PersonRepository &people() { return *m_people; }
    CoalitionRepository &coalitions() { return *m_coalitions; }
    MembershipRepository &memberships() { return *m_memberships; }
    // Whole record states, for undo and redo.
    RecordStateStore &states() { return *m_states; }

    // Whether the workspace holds no record at all (import-json wants one).
    Result<bool> isEmpty();

private:
    explicit Workspace(std::unique_ptr<Database> database);

    // Declared first so it is destroyed last, after the repositories that use it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OrganizationRepository> m_organizations;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<CoalitionRepository> m_coalitions;
    std::unique_ptr<MembershipRepository> m_memberships;
    std::unique_ptr<RecordStateStore> m_states;
};

} // namespace Coalition
