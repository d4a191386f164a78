// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the stage assessment (stageassessment.cpp, stagecriteria.cpp,
// stagecriteriaaction.cpp): the lookups every criterion shares and the
// criteria of each stage. Not part of the core's public API.

#include "stageassessment.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coalition::StageCriteria {

// The snapshot with the lookups the criteria need, built once per assessment.
class Context final
{
public:
    explicit Context(const StageSnapshot &source);

    const StageSnapshot &snapshot;
    QDate today; // the snapshot's, or the current date when it has none
    QList<const Membership *> active; // status Active, in the snapshot's order

    QString organizationName(Id organizationId) const;
    QString memberName(const Membership &membership) const;
    QString membershipName(Id membershipId) const;
    QString personName(Id personId) const;
    const Membership *membership(Id membershipId) const;
    const Body *body(Id bodyId) const;
    QList<const Body *> bodiesOfKind(BodyKind kind) const;
    // The organization a person speaks for, as far as the snapshot knows:
    // the member whose representative or alternate the person is.
    std::optional<Id> organizationOf(Id personId) const;

    // On or after today.addMonths(-months) and not after today.
    bool withinMonths(const QDate &date, int months) const;
    // Held on or before today, by one of the coalition's bodies.
    bool isHeld(const Meeting &meeting) const;

    RecordKey coalitionKey() const { return {RecordKind::Coalition, snapshot.coalition.id}; }

private:
    QHash<Id, const Membership *> m_memberships;
    QHash<Id, const Body *> m_bodies;
};

QString isoDate(const QDate &date);
QString quoted(const QString &text); // “text”
QString nameList(const QStringList &names); // "A, B, C"
QString excerpt(const QString &text); // quoted, cut short when long
QString bodyTitle(const Body &body); // "Board (executive committee)"
QString number(qsizetype n);

CriterionResult computed(const QString &id, const QString &label, bool met, const QString &evidence,
                         const QList<RecordKey> &records = {});
CriterionResult answered(const Context &context, const ChecklistItem &item);
QList<CriterionResult> checklistOf(const Context &context, DevelopmentStage stage);

// The criteria of each stage, in the order docs/stages.md gives them.
QList<CriterionResult> preFormation(const Context &context);
QList<CriterionResult> formation(const Context &context);
QList<CriterionResult> implementation(const Context &context);
QList<CriterionResult> maintenance(const Context &context);
QList<CriterionResult> institutionalization(const Context &context);

} // namespace Coalition::StageCriteria
