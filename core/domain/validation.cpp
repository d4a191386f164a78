// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coalition::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Validation", text);
}

void checkName(Problems &problems, const QString &name, const char *emptyMessage)
{
    if (name.trimmed().isEmpty())
        problems.append({u"name"_s, tr(emptyMessage)});
    else if (name.size() > MaxNameLength)
        problems.append(
            {u"name"_s,
             tr("The name is too long: keep it to %1 characters or fewer.").arg(MaxNameLength)});
}

void checkText(Problems &problems, const QString &field, const QString &text)
{
    if (text.size() > MaxTextLength)
        problems.append(
            {field,
             tr("This text is too long: keep it to %1 characters or fewer.").arg(MaxTextLength)});
}

void checkEmail(Problems &problems, const QString &email)
{
    if (email.isEmpty())
        return;
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!pattern.match(email).hasMatch())
        problems.append({u"email"_s, tr("“%1” does not look like an e-mail address.").arg(email)});
}

void checkWebsite(Problems &problems, const QString &website)
{
    if (website.isEmpty())
        return;
    if (website.contains(u' ') || !website.contains(u'.'))
        problems.append({u"website"_s, tr("“%1” does not look like a web address.").arg(website)});
}

void checkDateOrder(Problems &problems, const QDate &start, const QDate &end,
                    const QString &endField, const char *message)
{
    if (start.isValid() && end.isValid() && end < start)
        problems.append(
            {endField, tr(message).arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate))});
}

} // namespace

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Error toError(const Problems &problems)
{
    if (problems.isEmpty())
        return {};
    Error error{problems.first().message, {}, problems.first().field};
    return error;
}

Problems check(const Organization &organization)
{
    Problems problems;
    checkName(problems, organization.name, "An organization needs a name.");
    checkEmail(problems, organization.email);
    checkWebsite(problems, organization.website);
    checkText(problems, u"mission"_s, organization.mission);
    checkText(problems, u"notes"_s, organization.notes);
    for (const QString &tag : organization.tags) {
        if (tag.trimmed().isEmpty()) {
            problems.append({u"tags"_s, tr("A tag cannot be empty.")});
            break;
        }
        if (tag.contains(u';')) {
            problems.append({u"tags"_s, tr("A tag cannot contain “;”: it separates tags.")});
            break;
        }
    }
    return problems;
}

Problems check(const Person &person)
{
    Problems problems;
    checkName(problems, person.name, "A person needs a name.");
    checkEmail(problems, person.email);
    checkText(problems, u"notes"_s, person.notes);
    return problems;
}

Problems check(const CoalitionInfo &coalition)
{
    Problems problems;
    checkName(problems, coalition.name, "A coalition needs a name.");
    if (coalition.type == CoalitionType::Campaign && !coalition.endDate.isValid())
        problems.append(
            {u"end"_s, tr("A campaign is time-limited: give the date it is planned to end.")});
    checkDateOrder(problems, coalition.startDate, coalition.endDate, u"end"_s,
                   "The end date %1 comes before the start date %2.");
    if (coalition.meetings.usualLengthMinutes < 0)
        problems.append({u"meeting-length"_s, tr("A meeting cannot last a negative time.")});
    for (const auto &[field, text] :
         {std::pair{u"purpose"_s, coalition.purpose}, std::pair{u"vision"_s, coalition.vision},
          std::pair{u"mission"_s, coalition.mission}, std::pair{u"notes"_s, coalition.notes}})
        checkText(problems, field, text);
    return problems;
}

Problems check(const Membership &membership)
{
    Problems problems;
    if (membership.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the organization joins.")});
    if (membership.organizationId <= 0)
        problems.append({u"organization"_s, tr("Choose the organization that takes part.")});
    checkDateOrder(problems, membership.joinedOn, membership.leftOn, u"left"_s,
                   "The date the organization left (%1) comes before the date it joined (%2).");
    if (membership.representativeId && membership.alternateId
        && *membership.representativeId == *membership.alternateId)
        problems.append({u"alternate"_s,
                         tr("The alternate must be someone other than the "
                            "representative.")});
    if (membership.duesCents < 0)
        problems.append({u"dues"_s, tr("Dues cannot be a negative amount.")});
    for (const Contribution &contribution : membership.contributions) {
        if (contribution.valueCents < 0) {
            problems.append(
                {u"contributions"_s,
                 tr("A contribution cannot have a negative value (“%1”).")
                     .arg(contribution.description.isEmpty() ? enumLabel(contribution.kind)
                                                             : contribution.description)});
            break;
        }
    }
    for (const Interest &interest : membership.interests) {
        if (interest.text.trimmed().isEmpty()) {
            problems.append({u"interests"_s, tr("Describe each interest in a few words.")});
            break;
        }
    }
    for (const QString &barrier : membership.barriers) {
        if (barrier.trimmed().isEmpty()) {
            problems.append({u"barriers"_s, tr("Describe each barrier in a few words.")});
            break;
        }
    }
    QDate previous;
    for (const StatusChange &change : membership.history) {
        if (previous.isValid() && change.on.isValid() && change.on < previous) {
            problems.append({u"status"_s, tr("Status changes must be in date order.")});
            break;
        }
        previous = change.on;
    }
    return problems;
}

} // namespace Coalition::Validation
