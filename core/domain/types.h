// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coalition {

// Plain value types of the registry part of the domain: organizations,
// people, coalitions and memberships. Ids are database row ids (0 = not yet
// stored); money is kept in minor units (cents) so sums stay exact.

using Id = qint64;

struct Organization
{
    Id id = 0;
    QString name;
    Sector sector = Sector::Other;
    QString mission;
    QString decisionMaking; // how it takes decisions internally
    QString address;
    QString website;
    QString email;
    QString phone;
    QString notes;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Organization &) const = default;
};

// An organization as a choice list names it: what every combo box of
// organizations needs, without the rest of the record.
struct OrganizationName
{
    Id id = 0;
    QString name;
    QString nameKey; // as stored (Validation::nameKey of the name); orders the list

    bool operator==(const OrganizationName &) const = default;
};

struct Person
{
    Id id = 0;
    QString name;
    std::optional<Id> organizationId;
    QString role;
    QString email;
    QString phone;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Person &) const = default;
};

struct MeetingPattern
{
    QString frequency; // "monthly", "every second Tuesday" ...
    int usualLengthMinutes = 0;
    QString location;

    bool operator==(const MeetingPattern &) const = default;
};

struct FinancialArrangements
{
    QString dues;
    QString grants;
    QString inKind;

    bool operator==(const FinancialArrangements &) const = default;
};

struct CoalitionInfo
{
    Id id = 0;
    QString name;
    CoalitionType type = CoalitionType::OngoingCoalition;
    QString purpose;
    QString vision;
    QString mission;
    QDate startDate;
    QDate endDate; // required for a campaign
    std::optional<Id> leadOrganizationId;
    MeetingPattern meetings;
    FinancialArrangements finances;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const CoalitionInfo &) const = default;
};

struct StatusChange
{
    MembershipStatus status = MembershipStatus::Prospective;
    QDate on;
    QString note;

    bool operator==(const StatusChange &) const = default;
};

struct Contribution
{
    ContributionKind kind = ContributionKind::StaffTime;
    QString description;
    qint64 valueCents = 0; // estimated value
    ContributionPeriod period = ContributionPeriod::OneOff;

    bool operator==(const Contribution &) const = default;
};

struct Interest
{
    InterestKind kind = InterestKind::Shared;
    QString text;

    bool operator==(const Interest &) const = default;
};

struct Membership
{
    Id id = 0;
    Id coalitionId = 0;
    Id organizationId = 0;
    MembershipStatus status = MembershipStatus::Prospective;
    MembershipKind kind = MembershipKind::VotingMember;
    QDate joinedOn;
    QDate leftOn;
    std::optional<Id> representativeId;
    std::optional<Id> alternateId;
    qint64 duesCents = 0;
    QDate duesPaidThrough;
    QList<Interest> interests;
    QList<Contribution> contributions;
    QStringList barriers;
    QList<StatusChange> history; // oldest first; kept by the repository
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Membership &) const = default;
};

} // namespace Coalition
