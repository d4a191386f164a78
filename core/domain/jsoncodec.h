// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "governance.h"
#include "stage.h"
#include "types.h"
#include "validation.h"

#include <QJsonObject>

namespace Coalition {

// The one JSON form of each record, shared by the workspace export, the
// command line's --format json and the audit log. Keys are snake_case; dates
// are "YYYY-MM-DD" or null; money is a decimal string ("120.00") so it stays
// exact; enumerations are their keys.
namespace JsonCodec {

QJsonObject toJson(const Organization &organization);
QJsonObject toJson(const Person &person);
QJsonObject toJson(const CoalitionInfo &coalition);
QJsonObject toJson(const Membership &membership);
// Governance records (defined in governancejson.cpp): fractions are "N/D"
// text, a meeting's starts_at is local time "YYYY-MM-DDTHH:MM".
QJsonObject toJson(const Body &body);
QJsonObject toJson(const DecisionProcedure &procedure);
QJsonObject toJson(const GroundRule &rule);
QJsonObject toJson(const Meeting &meeting);
QJsonObject toJson(const Decision &decision);
// Outcome records (defined in outcomejson.cpp): a report's period is "2026-10"
// or "2026-Q4"; every one carries "confidential": true or false.
QJsonObject toJson(const ProgressReport &report);
QJsonObject toJson(const Success &success);
QJsonObject toJson(const Evaluation &evaluation);
QJsonObject toJson(const Conflict &conflict);
// Action records (defined in actionjson.cpp): money is a decimal string,
// "confidential" a boolean, ids numbers or null.
QJsonObject toJson(const Goal &goal);
QJsonObject toJson(const ActionGroup &group);
QJsonObject toJson(const ActionPlan &plan);
QJsonObject toJson(const Task &task);
// Stage monitoring and relationships (defined in stagejson.cpp).
QJsonObject toJson(const StageChange &change);
QJsonObject toJson(const ChecklistAnswer &answer);
QJsonObject toJson(const Relationship &relationship);

// The same as QJsonDocument(toJson(organization)).toJson(Compact), written
// directly: the audit log stores it for every organization created.
QString toCompactText(const Organization &organization);

// Reading back reports every field it cannot understand; path is prepended to
// field names ("organizations[3].sector").
bool fromJson(const QJsonObject &object, Organization *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Person *out, Problems *problems, const QString &path = {});
bool fromJson(const QJsonObject &object, CoalitionInfo *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Membership *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Body *out, Problems *problems, const QString &path = {});
bool fromJson(const QJsonObject &object, DecisionProcedure *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, GroundRule *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Meeting *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Decision *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, ProgressReport *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Success *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Evaluation *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Conflict *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Goal *out, Problems *problems, const QString &path = {});
bool fromJson(const QJsonObject &object, ActionGroup *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, ActionPlan *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Task *out, Problems *problems, const QString &path = {});
bool fromJson(const QJsonObject &object, StageChange *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, ChecklistAnswer *out, Problems *problems,
              const QString &path = {});
bool fromJson(const QJsonObject &object, Relationship *out, Problems *problems,
              const QString &path = {});

} // namespace JsonCodec
} // namespace Coalition
