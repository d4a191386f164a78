// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

// Reference checks the action repositories share (goals, groups, plans,
// tasks): whether a coalition, a membership or a decision exists and belongs
// where the record says. Internal to core/storage.
namespace Coalition::ActionReferences {

// The coalition's name, or an error on `field` when there is no such coalition.
Result<QString> coalitionName(const QSqlDatabase &db, Id coalitionId, const QString &field);
// Fine when the membership exists and is one of the coalition's; an error on
// `field` naming the organization otherwise.
Status membershipOf(const QSqlDatabase &db, Id membershipId, Id coalitionId,
                    const QString &coalitionName, const QString &field);
// Fine when the decision exists and was taken by a body of the coalition.
Status decisionOf(const QSqlDatabase &db, Id decisionId, Id coalitionId,
                  const QString &coalitionName, const QString &field);

} // namespace Coalition::ActionReferences
