// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the meetings page and warnings panel tests share: a coalition built
// through the repositories (ten voting members and an observer, a full
// membership deciding by simple majority with a quorum of six and seven
// days' notice, one meeting), lookups, and the dialog helper.
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>

#include <functional>
#include <memory>

namespace MeetingsFixture {

using namespace Qt::StringLiterals;
using namespace Coalition;

struct Governance
{
    Id coalition = 0;
    Id body = 0;
    Id procedure = 0;
    Id meeting = 0; // held 2024-03-10 18:00, called 2024-03-01 (9 days' notice)
    QList<Id> voting; // the ten voting members, in the order of votingNames()
    Id observer = 0; // an active observer: may attend, does not vote
    Id ana = 0; // Tenants Union's representative
    Id ben = 0; // a second person of the Tenants Union
    Id decision = 0; // "Adopt the 2024 budget", when asked for
};

inline QStringList votingNames()
{
    return {u"Tenants Union"_s,         u"Eastside Food Bank"_s, u"Harbour Health Clinic"_s,
            u"Youth Arts Collective"_s, u"Millbrook Library"_s,  u"Faith Alliance"_s,
            u"Green Streets"_s,         u"Legal Aid Centre"_s,   u"Parents Network"_s,
            u"Seniors Forum"_s};
}

inline QDateTime meetingTime()
{
    return QDateTime(QDate(2024, 3, 10), QTime(18, 0));
}

// One organization with one person (its representative) and a membership.
inline Result<Id> addMember(Workspace &workspace, Id coalition, const QString &name,
                            const QString &person, MembershipKind kind, Id *personId = nullptr)
{
    Organization organization;
    organization.name = name;
    organization.sector = Sector::Nonprofit;
    auto organizationId = workspace.organizations().add(organization);
    if (!organizationId)
        return organizationId.error();
    Person representative;
    representative.name = person;
    representative.organizationId = *organizationId;
    auto representativeId = workspace.people().add(representative);
    if (!representativeId)
        return representativeId.error();
    if (personId)
        *personId = *representativeId;
    Membership membership;
    membership.coalitionId = coalition;
    membership.organizationId = *organizationId;
    membership.status = MembershipStatus::Active;
    membership.kind = kind;
    membership.joinedOn = QDate(2020, 1, 15);
    membership.representativeId = *representativeId;
    return workspace.memberships().add(membership);
}

inline Status build(Workspace &workspace, Governance &g, bool withMeeting = true,
                    bool withDecision = false)
{
    CoalitionInfo coalition;
    coalition.name = u"Harbourside Coalition"_s;
    coalition.startDate = QDate(2020, 1, 1);
    auto coalitionId = workspace.coalitions().add(coalition);
    if (!coalitionId)
        return coalitionId.error();
    g.coalition = *coalitionId;

    const QStringList people{u"Ana Lima"_s,    u"Chidi Obi"_s,  u"Dana Cruz"_s, u"Eli Park"_s,
                             u"Fatima Noor"_s, u"Gus Berg"_s,   u"Hana Sato"_s, u"Ivan Petrov"_s,
                             u"June Lee"_s,    u"Kofi Mensah"_s};
    const QStringList names = votingNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto id = addMember(workspace, g.coalition, names.at(i), people.at(i),
                            MembershipKind::VotingMember, i == 0 ? &g.ana : nullptr);
        if (!id)
            return id.error();
        g.voting.append(*id);
    }
    auto observer = addMember(workspace, g.coalition, u"City Planning Office"_s, u"Lena Roth"_s,
                              MembershipKind::Observer);
    if (!observer)
        return observer.error();
    g.observer = *observer;
    auto tenants = workspace.memberships().get(g.voting.constFirst());
    if (!tenants)
        return tenants.error();
    Person ben;
    ben.name = u"Ben Okoro"_s;
    ben.organizationId = tenants->organizationId;
    auto benId = workspace.people().add(ben);
    if (!benId)
        return benId.error();
    g.ben = *benId;

    Body body;
    body.coalitionId = g.coalition;
    body.kind = BodyKind::FullMembership;
    body.name = u"General Assembly"_s;
    auto bodyId = workspace.bodies().add(body);
    if (!bodyId)
        return bodyId.error();
    g.body = *bodyId;
    DecisionProcedure procedure;
    procedure.bodyId = g.body;
    procedure.method = DecisionMethod::Majority;
    procedure.basis = VoteBasis::Cast;
    procedure.quorum.kind = QuorumKind::Count;
    procedure.quorum.count = 6;
    procedure.noticeDays = 7;
    procedure.reopening.minimumDays = 90;
    procedure.reopening.threshold = Fraction{2, 3};
    procedure.reopening.newInformationRequired = true;
    auto procedureId = workspace.procedures().set(procedure);
    if (!procedureId)
        return procedureId.error();
    g.procedure = *procedureId;

    if (!withMeeting)
        return {};
    Meeting meeting;
    meeting.bodyId = g.body;
    meeting.startsAt = meetingTime();
    meeting.scheduledOn = QDate(2024, 3, 1);
    meeting.location = u"Harbour Community Hall"_s;
    meeting.agenda = {u"Budget for 2024"_s, u"Spring clean-up day"_s};
    auto meetingId = workspace.meetings().add(meeting);
    if (!meetingId)
        return meetingId.error();
    g.meeting = *meetingId;

    if (!withDecision)
        return {};
    Decision decision;
    decision.meetingId = g.meeting;
    decision.title = u"Adopt the 2024 budget"_s;
    decision.area = DecisionArea::Budget;
    auto decisionId = workspace.decisions().add(decision);
    if (!decisionId)
        return decisionId.error();
    g.decision = *decisionId;
    return {};
}

// The first `present` voting members attend (through their representatives)
// and the first `yes` of them say yes.
inline Status vote(Workspace &workspace, const Governance &g, int present, int yes)
{
    QList<Attendance> attendance;
    QList<MemberPosition> positions;
    for (int i = 0; i < present; ++i) {
        auto membership = workspace.memberships().get(g.voting.at(i));
        if (!membership)
            return membership.error();
        attendance.append({g.voting.at(i), membership->representativeId});
        if (i < yes)
            positions.append({g.voting.at(i), VotePosition::Yes});
    }
    if (Status status = workspace.meetings().setAttendance(g.meeting, attendance); !status)
        return status;
    return workspace.decisions().setPositions(g.decision, positions);
}

// Runs `act` on the dialog of type D as soon as the code under test shows it
// (dialogs are modal: the action that opens one returns when it closes).
// `act` must close the dialog; if none appears in three seconds, nothing runs.
template<typename D>
void onDialog(std::function<void(D *)> act)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, act, tries] {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (auto *dialog = qobject_cast<D *>(window); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(dialog);
                if (dialog->isVisible())
                    dialog->reject();
                return;
            }
        }
        if (++*tries > 300) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

inline QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Delivers the edits the page defers until the view that asked is done.
inline void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    QCoreApplication::processEvents();
}

} // namespace MeetingsFixture
