// SPDX-License-Identifier: GPL-3.0-or-later
// Record-alone rules of stage monitoring and relationships: stage changes,
// checklist answers and relationships (Validation::check).
#include "validation.h"

#include "rules/stageassessment.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Validation", text);
}

void checkText(Problems &problems, const QString &field, const QString &text)
{
    if (text.size() > MaxTextLength)
        problems.append(
            {field,
             tr("This text is too long: keep it to %1 characters or fewer.").arg(MaxTextLength)});
}

bool isOfPair(const Relationship &relationship, Id organizationId)
{
    return organizationId == relationship.firstId || organizationId == relationship.secondId;
}

} // namespace

Problems check(const StageChange &change)
{
    Problems problems;
    if (change.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition whose stage this is.")});
    if (!change.on.isValid())
        problems.append({u"on"_s, tr("Give the date from which the coalition is in this stage.")});
    if (change.rationale.trimmed().isEmpty())
        problems.append({u"rationale"_s,
                         tr("Say why the coalition is in this stage: the rationale is what makes "
                            "the decision understandable later.")});
    checkText(problems, u"rationale"_s, change.rationale);
    if (change.decisionId && *change.decisionId <= 0)
        problems.append(
            {u"decision"_s, tr("Choose the decision that settled the stage, or none.")});
    return problems;
}

Problems check(const ChecklistAnswer &answer)
{
    Problems problems;
    if (answer.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the answer is about.")});
    if (answer.item.trimmed().isEmpty())
        problems.append({u"item"_s, tr("Choose the checklist question being answered.")});
    else if (!StageEngine::checklistItem(answer.item))
        problems.append({u"item"_s,
                         tr("“%1” is not a question of the stage checklist: choose one of its "
                            "questions.")
                             .arg(answer.item)});
    checkText(problems, u"note"_s, answer.note);
    return problems;
}

Problems check(const Relationship &relationship)
{
    Problems problems;
    if (relationship.firstId <= 0)
        problems.append({u"first"_s, tr("Choose the first organization of the relationship.")});
    if (relationship.secondId <= 0)
        problems.append({u"second"_s, tr("Choose the second organization of the relationship.")});
    else if (relationship.secondId == relationship.firstId)
        problems.append({u"second"_s,
                         tr("A relationship joins two different organizations: choose another "
                            "one for the second.")});

    QSet<Id> sides;
    for (qsizetype i = 0; i < relationship.views.size(); ++i) {
        const RelationshipView &view = relationship.views.at(i);
        if (!isOfPair(relationship, view.organizationId)) {
            problems.append({u"views[%1].organization"_s.arg(i),
                             tr("Only the two organizations of the relationship can give their "
                                "view of it.")});
            continue;
        }
        if (sides.contains(view.organizationId)) {
            problems.append({u"views"_s,
                             tr("Each organization gives at most one view of the relationship; "
                                "one side is listed twice.")});
            continue;
        }
        sides.insert(view.organizationId);
        checkText(problems, u"views"_s, view.note);
    }

    for (const RelationshipChange &change : relationship.history) {
        if (!change.on.isValid()) {
            problems.append({u"history"_s, tr("Every change in the history needs its date.")});
            break;
        }
        if (change.side && !isOfPair(relationship, *change.side)) {
            problems.append({u"history"_s,
                             tr("A change in the history names an organization that is not one "
                                "of the relationship's two.")});
            break;
        }
    }
    checkText(problems, u"notes"_s, relationship.notes);
    return problems;
}

} // namespace Coalition::Validation
