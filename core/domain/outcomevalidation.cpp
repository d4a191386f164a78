// SPDX-License-Identifier: GPL-3.0-or-later
// Record-alone rules of the outcome records: progress reports, successes,
// evaluations and conflicts (Validation::check).
#include "validation.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Validation", text);
}

void checkRequiredText(Problems &problems, const QString &field, const QString &text,
                       const char *emptyMessage)
{
    if (text.trimmed().isEmpty())
        problems.append({field, tr(emptyMessage)});
    else if (text.size() > MaxNameLength)
        problems.append(
            {field, tr("This is too long: keep it to %1 characters or fewer.").arg(MaxNameLength)});
}

void checkText(Problems &problems, const QString &field, const QString &text)
{
    if (text.size() > MaxTextLength)
        problems.append(
            {field,
             tr("This text is too long: keep it to %1 characters or fewer.").arg(MaxTextLength)});
}

// Member organizations listed on a record: each a real one, each once.
void checkMemberships(Problems &problems, const QString &field, const QList<Id> &memberships,
                      const char *missingMessage)
{
    QSet<Id> seen;
    for (const Id id : memberships) {
        if (id <= 0) {
            problems.append({field, tr(missingMessage)});
            return;
        }
        if (seen.contains(id)) {
            problems.append(
                {field, tr("The same member organization is listed twice: list each one once.")});
            return;
        }
        seen.insert(id);
    }
}

bool isValidPeriod(const ReportPeriod &period)
{
    const int last = period.kind == ReportPeriod::Kind::Month ? 12 : 4;
    return period.year >= 1 && period.year <= 9999 && period.number >= 1 && period.number <= last;
}

} // namespace

Problems check(const ProgressReport &report)
{
    Problems problems;
    if (report.groupId <= 0)
        problems.append({u"group"_s, tr("Choose the action group the report comes from.")});
    if (!isValidPeriod(report.period))
        problems.append({u"period"_s,
                         tr("Choose the period the report covers: a month such as 2026-10 or a "
                            "quarter such as 2026-Q4.")});
    if (report.text.trimmed().isEmpty() && !report.receivedOn.isValid())
        problems.append(
            {u"text"_s, tr("Write what the report says, or at least the date it was received.")});
    checkText(problems, u"text"_s, report.text);
    return problems;
}

Problems check(const Success &success)
{
    Problems problems;
    if (success.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the success belongs to.")});
    checkRequiredText(problems, u"title"_s, success.title, "Say in a few words what was achieved.");
    if (success.credited.isEmpty())
        problems.append({u"credited"_s,
                         tr("Credit at least one member organization: a success is shared by the "
                            "members who made it happen.")});
    checkMemberships(problems, u"credited"_s, success.credited,
                     "Choose each member organization credited.");
    checkText(problems, u"text"_s, success.text);
    checkText(problems, u"notes"_s, success.notes);
    return problems;
}

Problems check(const Evaluation &evaluation)
{
    Problems problems;
    if (evaluation.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the evaluation belongs to.")});
    checkRequiredText(problems, u"activity"_s, evaluation.activity,
                      "Name the activity that was evaluated.");
    if (evaluation.score && (*evaluation.score < 0 || *evaluation.score > 100))
        problems.append({u"score"_s,
                         tr("A score of %1 is outside the scale: give a score from 0 to 100, or "
                            "none.")
                             .arg(*evaluation.score)});
    checkText(problems, u"findings"_s, evaluation.findings);
    checkText(problems, u"notes"_s, evaluation.notes);
    return problems;
}

Problems check(const Conflict &conflict)
{
    Problems problems;
    if (conflict.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the conflict belongs to.")});
    checkRequiredText(problems, u"subject"_s, conflict.subject,
                      "Say in a few words what the conflict is about.");
    // One party is enough: a member can be in conflict with someone outside
    // the coalition, or with the coalition as a whole.
    if (conflict.parties.isEmpty())
        problems.append(
            {u"parties"_s, tr("Name at least one member organization that is a party to it.")});
    checkMemberships(problems, u"parties"_s, conflict.parties,
                     "Choose each member organization that is a party.");
    switch (conflict.status) {
    case ConflictStatus::Resolved:
        if (conflict.resolution.trimmed().isEmpty())
            problems.append({u"resolution"_s, tr("Describe how the conflict was resolved.")});
        if (!conflict.resolvedOn.isValid())
            problems.append({u"resolved"_s, tr("Give the date the conflict was resolved.")});
        break;
    case ConflictStatus::Open:
        if (conflict.resolvedOn.isValid())
            problems.append({u"resolved"_s,
                             tr("An open conflict has no resolution date: clear the date, or mark "
                                "the conflict resolved.")});
        break;
    case ConflictStatus::Withdrawn:
        break;
    }
    if (conflict.raisedOn.isValid() && conflict.resolvedOn.isValid()
        && conflict.resolvedOn < conflict.raisedOn)
        problems.append({u"resolved"_s,
                         tr("The conflict was raised on %1, so it cannot have ended on %2, before "
                            "that.")
                             .arg(conflict.raisedOn.toString(Qt::ISODate),
                                  conflict.resolvedOn.toString(Qt::ISODate))});
    checkText(problems, u"resolution"_s, conflict.resolution);
    checkText(problems, u"notes"_s, conflict.notes);
    return problems;
}

} // namespace Coalition::Validation
