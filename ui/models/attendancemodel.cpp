// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/attendancemodel.h"

#include "rules/tally.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

AttendanceModel::AttendanceModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, &AttendanceModel::onRecordsChanged);
}

void AttendanceModel::setMeeting(Id meetingId)
{
    beginResetModel();
    m_meeting = Meeting{};
    m_meeting.id = meetingId;
    m_rows.clear();
    endResetModel();
    reload();
}

void AttendanceModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    if (m_meeting.id <= 0)
        return;
    for (const RecordKey &key : keys) {
        const bool relevant = (key.kind == RecordKind::Meeting && key.id == m_meeting.id)
            || key.kind == RecordKind::Membership || key.kind == RecordKind::Person
            || key.kind == RecordKind::Organization || key.kind == RecordKind::Body
            || key.kind == RecordKind::Procedure || key.kind == RecordKind::Coalition;
        if (relevant) {
            reload();
            return;
        }
    }
}

void AttendanceModel::reload()
{
    Workspace &workspace = m_session.workspace();
    QList<Row> rows;
    const Id meetingId = m_meeting.id;
    auto meeting
        = meetingId > 0 ? workspace.meetings().get(meetingId) : Result<Meeting>(Error{{}, {}, {}});
    auto body = meeting ? workspace.bodies().get(meeting->bodyId) : Result<Body>(meeting.error());
    auto members = body ? workspace.memberships().listForCoalition(body->coalitionId)
                        : Result<QList<Membership>>(body.error());
    if (!members) {
        // A meeting that is gone (removed, or undone) shows nothing; the page
        // moves on to another one.
        beginResetModel();
        m_rows.clear();
        m_meeting = Meeting{};
        m_meeting.id = meetingId;
        endResetModel();
        if (meetingId > 0 && meeting)
            Q_EMIT errorOccurred(
                tr("The attendance could not be read: %1").arg(members.error().message));
        return;
    }

    m_meeting = *std::move(meeting);
    m_body = *std::move(body);
    m_memberships.clear();
    m_people.clear();
    QHash<Id, QString> names;
    for (const Membership &membership : std::as_const(*members)) {
        m_memberships.insert(membership.id, membership);
        if (auto organization = workspace.organizations().get(membership.organizationId))
            names.insert(membership.id, organization->name);
        if (auto people = workspace.people().list(membership.organizationId))
            m_people.insert(membership.organizationId, *people);
    }
    m_quorum.reset();
    m_noticeDays.reset();
    // The tally's own facts say who votes and what quorum counts (through a
    // delegate's procedure if there is one); without them the body's seats do.
    Decision draft;
    draft.meetingId = meetingId;
    auto facts = workspace.evaluator().facts(draft);
    if (facts && *facts) {
        m_voting = (*facts)->votingMembers;
        m_quorum = (*facts)->procedure.quorum;
    } else {
        auto voting = workspace.evaluator().votingMembers(m_body.id, m_meeting.startsAt.date());
        m_voting = voting ? *voting : QList<Id>{};
    }
    if (auto own = workspace.procedures().forBody(m_body.id); own && *own)
        m_noticeDays = (*own)->noticeDays;

    // Who may attend: every active member of the full membership, or the
    // seats of a committee; and whoever is recorded as attending.
    QList<Id> eligible;
    QHash<Id, QString> seatRoles;
    if (m_body.kind == BodyKind::FullMembership) {
        for (const Membership &membership : std::as_const(*members)) {
            if (membership.status == MembershipStatus::Active || m_voting.contains(membership.id))
                eligible.append(membership.id);
        }
    } else {
        for (const BodySeat &seat : std::as_const(m_body.seats)) {
            eligible.append(seat.membershipId);
            seatRoles.insert(seat.membershipId, seat.role);
        }
    }
    for (const Attendance &attendance : std::as_const(m_meeting.attendance)) {
        if (!eligible.contains(attendance.membershipId))
            eligible.append(attendance.membershipId);
    }

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(eligible.begin(), eligible.end(), [&](Id a, Id b) {
        const bool votesA = m_voting.contains(a);
        const bool votesB = m_voting.contains(b);
        if (votesA != votesB)
            return votesA;
        const int order = collator.compare(names.value(a), names.value(b));
        return order != 0 ? order < 0 : a < b;
    });

    const bool full = m_body.kind == BodyKind::FullMembership;
    for (Id id : std::as_const(eligible)) {
        const Membership membership = m_memberships.value(id);
        Row row;
        row.membershipId = id;
        row.organization = names.value(id, tr("Member %1").arg(id));
        row.organizationId = membership.organizationId;
        row.voting = m_voting.contains(id);
        row.kind = enumLabel(membership.kind);
        const QString votes = row.voting ? tr("Votes") : tr("Does not vote");
        if (!full && !seatRoles.contains(id))
            row.role = tr("Not on this body; does not vote");
        else if (!full && !seatRoles.value(id).isEmpty())
            row.role = tr("%1 · %2").arg(seatRoles.value(id), votes.toLower());
        else
            row.role = votes;
        bool attended = false;
        for (qsizetype i = 0; i < m_meeting.attendance.size(); ++i) {
            if (m_meeting.attendance.at(i).membershipId == id) {
                row.entry = i;
                rows.append(row);
                attended = true;
            }
        }
        if (!attended) {
            row.entry = -1;
            rows.append(row);
        }
    }

    // Rows of the same organizations in the same order keep the selection.
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).membershipId == m_rows.at(i).membershipId;
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

int AttendanceModel::votingPresent() const
{
    QSet<Id> present;
    for (const Attendance &attendance : m_meeting.attendance) {
        if (m_voting.contains(attendance.membershipId))
            present.insert(attendance.membershipId);
    }
    return static_cast<int>(present.size());
}

QString AttendanceModel::quorumSummary() const
{
    if (m_meeting.id <= 0 || m_body.id <= 0)
        return {};
    const int members = votingMembers();
    const int present = votingPresent();
    if (!m_quorum)
        return tr("%1 of %2 voting members present; %3 has no decision procedure, so no quorum "
                  "is set.")
            .arg(present)
            .arg(members)
            .arg(m_body.name);
    QString line;
    Tally::quorumMet(*m_quorum, members, present, &line);
    return line;
}

QString AttendanceModel::presenceSummary() const
{
    QSet<Id> organizations;
    for (const Attendance &attendance : m_meeting.attendance)
        organizations.insert(attendance.membershipId);
    const auto count = static_cast<int>(organizations.size());
    const auto people = static_cast<int>(std::count_if(
        m_meeting.attendance.cbegin(), m_meeting.attendance.cend(),
        [](const Attendance &attendance) { return attendance.personId.has_value(); }));
    if (count == 0)
        return tr("No member organization is marked present yet.");
    const QString organizationsPresent = count == 1
        ? tr("1 member organization present")
        : tr("%n member organizations present", nullptr, count);
    if (people == 0)
        return tr("%1, through no named person").arg(organizationsPresent);
    return people == 1
        ? tr("%1, through 1 named person").arg(organizationsPresent)
        : tr("%1, through %n named people", nullptr, people).arg(organizationsPresent);
}

int AttendanceModel::rowOf(Id membershipId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).membershipId == membershipId)
            return static_cast<int>(i);
    }
    return -1;
}

QString AttendanceModel::personName(std::optional<Id> id) const
{
    if (!id)
        return {};
    for (const QList<Person> &people : m_people) {
        for (const Person &person : people) {
            if (person.id == *id)
                return person.name;
        }
    }
    return tr("Person %1").arg(*id);
}

std::optional<Id> AttendanceModel::defaultPerson(Id membershipId) const
{
    const Membership membership = m_memberships.value(membershipId);
    return membership.representativeId;
}

QList<std::pair<QString, Id>> AttendanceModel::personChoices(const Row &row) const
{
    // A person attends for an organization once: the others already listed
    // for it are not offered again.
    QSet<Id> taken;
    bool noOneTaken = false;
    for (qsizetype i = 0; i < m_meeting.attendance.size(); ++i) {
        const Attendance &attendance = m_meeting.attendance.at(i);
        if (i == row.entry || attendance.membershipId != row.membershipId)
            continue;
        if (attendance.personId)
            taken.insert(*attendance.personId);
        else
            noOneTaken = true;
    }
    QList<std::pair<QString, Id>> choices;
    if (!noOneTaken)
        choices.append({tr("(no one named)"), 0});
    for (const Person &person : m_people.value(row.organizationId)) {
        if (!taken.contains(person.id))
            choices.append({person.name, person.id});
    }
    return choices;
}

void AttendanceModel::request(const QList<Attendance> &attendance, const QString &text)
{
    Q_EMIT attendanceChangeRequested(m_meeting.id, attendance, text);
}

bool AttendanceModel::canAddPerson(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).entry < 0)
        return false;
    Row probe = m_rows.at(row);
    probe.entry = -1; // every entry of the organization counts as taken
    for (const auto &choice : personChoices(probe)) {
        if (choice.second != 0)
            return true;
    }
    return false;
}

bool AttendanceModel::addPerson(int row)
{
    if (!canAddPerson(row))
        return false;
    Row probe = m_rows.at(row);
    probe.entry = -1;
    for (const auto &[name, id] : personChoices(probe)) {
        if (id == 0)
            continue;
        QList<Attendance> attendance = m_meeting.attendance;
        attendance.append({probe.membershipId, id});
        request(attendance, tr("Record %1 attending for “%2”").arg(name, probe.organization));
        return true;
    }
    return false;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool present = row.entry >= 0;
    const std::optional<Id> person
        = present ? m_meeting.attendance.at(row.entry).personId : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrganizationColumn:
            return row.organization;
        case PersonColumn:
            if (!present)
                return QString();
            return person ? personName(person) : tr("(no one named)");
        case RoleColumn:
            return row.role;
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == PersonColumn)
            return present ? person.value_or(0) : defaultPerson(row.membershipId).value_or(0);
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() == OrganizationColumn)
            return present ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OrganizationColumn)
            return present ? tr("%1 was present; untick if it was not.").arg(row.organization)
                           : tr("Tick if %1 was present.").arg(row.organization);
        if (index.column() == PersonColumn)
            return tr("Who attended for %1; an organization has one vote however many of its "
                      "people attend.")
                .arg(row.organization);
        if (index.column() == RoleColumn)
            return row.voting
                ? tr("%1, a %2: votes in this body.").arg(row.organization, row.kind.toLower())
                : tr("%1, a %2: may attend, does not vote in this body on this date.")
                      .arg(row.organization, row.kind.toLower());
        return {};
    case MembershipIdRole:
        return row.membershipId;
    case VotingRole:
        return row.voting;
    case PresentRole:
        return present;
    case ChoiceLabelsRole:
    case ChoiceValuesRole: {
        QStringList labels;
        QVariantList values;
        for (const auto &[label, id] : personChoices(row)) {
            labels.append(label);
            values.append(id);
        }
        return role == ChoiceLabelsRole ? QVariant(labels) : QVariant(values);
    }
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row &row = m_rows.at(index.row());
    QList<Attendance> attendance = m_meeting.attendance;
    if (index.column() == OrganizationColumn && role == Qt::CheckStateRole) {
        const bool present = value.toInt() == Qt::Checked;
        if (present == (row.entry >= 0))
            return false;
        if (present) {
            attendance.append({row.membershipId, defaultPerson(row.membershipId)});
            request(attendance, tr("Mark “%1” present").arg(row.organization));
        } else {
            attendance.removeAt(row.entry);
            request(attendance, tr("Mark “%1” absent").arg(row.organization));
        }
        return true;
    }
    if (index.column() == PersonColumn && role == Qt::EditRole) {
        const Id chosen = value.toLongLong();
        bool offered = false;
        for (const auto &choice : personChoices(row))
            offered |= choice.second == chosen;
        if (!offered)
            return false;
        const std::optional<Id> person = chosen > 0 ? std::optional<Id>(chosen) : std::nullopt;
        if (row.entry >= 0) {
            if (attendance.at(row.entry).personId == person)
                return false;
            attendance[row.entry].personId = person;
        } else {
            attendance.append({row.membershipId, person});
        }
        request(attendance,
                person
                    ? tr("Record %1 attending for “%2”").arg(personName(person), row.organization)
                    : tr("Name no one attending for “%1”").arg(row.organization));
        return true;
    }
    return false;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == OrganizationColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == PersonColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrganizationColumn:
        return tr("Present");
    case PersonColumn:
        return tr("Attending through");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
