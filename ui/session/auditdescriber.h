// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditlog.h"

#include <QCoreApplication>
#include <QHash>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// Turns audit entries into words a coordinator reads: the record by its name
// ("Membership of Eastgate Food Bank in Riverside Coalition") rather than its
// number, and a change as "status: active → withdrawn", with structured values
// (lists, history) summarised instead of shown as JSON.
class AuditDescriber final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Ui::AuditDescriber)

public:
    // Reads, once, the names of the records `entries` are about (and of the
    // coalitions and organizations of their memberships), one record at a
    // time: a screenful of entries never reads a whole registry.
    AuditDescriber(Workspace &workspace, const QList<AuditEntry> &entries);

    QString record(const AuditEntry &entry) const;
    QString change(const AuditEntry &entry) const;

private:
    QString nameFromJson(const std::optional<QString> &json) const;

    QHash<Id, QString> m_organizations;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_coalitions;
    QHash<Id, std::pair<Id, Id>> m_memberships; // coalition, organization
};

} // namespace Coalition::Ui
