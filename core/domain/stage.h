// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Coalition {

// Plain value types of stage monitoring (the coalition's recorded stage and
// the checklist answers behind the stage assessment) and of the relationships
// between organizations.

// One entry of a coalition's recorded stage history: the coordinator's
// decision that the coalition is in `stage` from `on`, and why.
struct StageChange
{
    Id id = 0;
    Id coalitionId = 0;
    DevelopmentStage stage = DevelopmentStage::PreFormation;
    QDate on;
    QString rationale; // required
    std::optional<Id> decisionId; // the decision that settled it, if one did
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const StageChange &) const = default;
};

// The coordinator's answer to one checklist question of the stage assessment
// (StageEngine::checklistItems() names them). At most one per coalition and
// item; an Unanswered answer may still carry a note.
struct ChecklistAnswer
{
    Id id = 0;
    Id coalitionId = 0;
    QString item; // a checklist item id, e.g. "complex-issue"
    ChecklistValue value = ChecklistValue::Unanswered;
    QString note;
    QDate answeredOn;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ChecklistAnswer &) const = default;
};

// How one of the two organizations sees the relationship, recorded apart
// from the shared rating.
struct RelationshipView
{
    Id organizationId = 0; // one of the relationship's two organizations
    RelationshipLevel level = RelationshipLevel::Networking;
    TrustLevel trust = TrustLevel::Some;
    QString note;
    QDate on; // when this view was given

    bool operator==(const RelationshipView &) const = default;
};

// One dated change of a relationship: of the shared rating (no side), or of
// one side's own view.
struct RelationshipChange
{
    QDate on;
    std::optional<Id> side; // the organization whose view changed; none = the shared rating
    RelationshipLevel level = RelationshipLevel::Networking;
    TrustLevel trust = TrustLevel::Some;
    QString note;

    bool operator==(const RelationshipChange &) const = default;
};

// How two organizations work together. Undirected and unique per pair: the
// repository stores firstId < secondId.
struct Relationship
{
    Id id = 0;
    Id firstId = 0; // organization
    Id secondId = 0; // organization
    RelationshipLevel level = RelationshipLevel::Networking; // the shared rating
    TrustLevel trust = TrustLevel::Some;
    QDate since;
    QString notes;
    QList<RelationshipView> views; // at most one per side
    QList<RelationshipChange> history; // oldest first; kept by the repository
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Relationship &) const = default;
};

} // namespace Coalition
