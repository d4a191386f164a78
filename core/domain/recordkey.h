// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QString>

#include <array>

namespace Coalition {

// The kinds of record the workspace keeps, as edits, undo and warnings name
// them. New entities extend this list, in the order of RecordValue's
// alternatives (storage/recordstates.h).
enum class RecordKind {
    Organization,
    Person,
    Coalition,
    Membership,
    Body,
    Procedure,
    GroundRule,
    Meeting,
    Decision,
    Goal,
    ActionGroup,
    ActionPlan,
    Task,
    ProgressReport,
    Success,
    Evaluation,
    Conflict,
    StageChange,
    ChecklistAnswer,
    Relationship,
};

// Every kind, in order.
inline constexpr std::array AllRecordKinds{
    RecordKind::Organization,
    RecordKind::Person,
    RecordKind::Coalition,
    RecordKind::Membership,
    RecordKind::Body,
    RecordKind::Procedure,
    RecordKind::GroundRule,
    RecordKind::Meeting,
    RecordKind::Decision,
    RecordKind::Goal,
    RecordKind::ActionGroup,
    RecordKind::ActionPlan,
    RecordKind::Task,
    RecordKind::ProgressReport,
    RecordKind::Success,
    RecordKind::Evaluation,
    RecordKind::Conflict,
    RecordKind::StageChange,
    RecordKind::ChecklistAnswer,
    RecordKind::Relationship,
};

struct RecordKey
{
    RecordKind kind = RecordKind::Organization;
    Id id = 0;

    bool operator==(const RecordKey &) const = default;
    auto operator<=>(const RecordKey &) const = default;
};

// "organization", "person", ... also the table names and the audit log's
// entity column (defined in storage/recordstates.cpp).
QString recordKindKey(RecordKind kind);

} // namespace Coalition
