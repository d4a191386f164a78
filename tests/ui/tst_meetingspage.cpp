// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingsfixture.h"

#include "app/messagebox.h"
#include "dialogs/decisiondialog.h"
#include "dialogs/meetingdialog.h"
#include "dialogs/reopendialog.h"
#include "models/attendancemodel.h"
#include "models/decisionlistmodel.h"
#include "models/meetinglistmodel.h"
#include "models/positionmodel.h"
#include "pages/decisionactions.h"
#include "pages/meetingactions.h"
#include "pages/meetingspage.h"
#include "storage/governancesnapshot.h"
#include "widgets/decisionpanel.h"
#include "widgets/detailfieldlist.h"
#include "widgets/meetingpanel.h"
#include "widgets/outcomeview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;
using namespace MeetingsFixture;

class TestMeetingsPage : public QObject
{
    Q_OBJECT

private:
    enum class Setup { NoBody, NoMeeting, Meeting, Decision, AdoptedDecision };

    void open(Setup setup)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto workspace
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        m_g = Governance{};
        const Status built
            = build(**workspace, m_g, setup != Setup::NoMeeting && setup != Setup::NoBody,
                    setup == Setup::Decision || setup == Setup::AdoptedDecision);
        QVERIFY2(built.ok(), qPrintable(built.error().toString()));
        if (setup == Setup::NoBody)
            QVERIFY((*workspace)->bodies().remove(m_g.body).ok());
        if (setup == Setup::AdoptedDecision) {
            const Status voted = vote(**workspace, m_g, 6, 6);
            QVERIFY2(voted.ok(), qPrintable(voted.error().toString()));
        }
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace).value());
        m_page = std::make_unique<MeetingsPage>(*m_session);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_testers.clear();
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(m_page->meetingList()),
              static_cast<QAbstractItemModel *>(attendance()),
              static_cast<QAbstractItemModel *>(m_page->decisionPanel()->decisions()),
              static_cast<QAbstractItemModel *>(positions())})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    Workspace &workspace() { return m_session->workspace(); }
    AttendanceModel *attendance() { return m_page->meetingPanel()->attendance(); }
    PositionModel *positions() { return m_page->decisionPanel()->positions(); }
    OutcomeView *outcome() { return m_page->decisionPanel()->outcome(); }
    QString quorum() { return m_page->meetingPanel()->quorumSummary(); }
    QString headline() { return outcome()->headline(); }
    QString reasons() { return outcome()->reasons().join(u'\n'); }
    Decision storedDecision()
    {
        auto decision = workspace().decisions().get(m_g.decision);
        return decision ? *decision : Decision{};
    }
    Meeting storedMeeting()
    {
        auto meeting = workspace().meetings().get(m_g.meeting);
        return meeting ? *meeting : Meeting{};
    }

    // Ticks (or unticks) a member's box with the keyboard, as a user would.
    void toggle(Id membershipId)
    {
        QTableView *table = m_page->meetingPanel()->attendanceTable();
        const int row = attendance()->rowOf(membershipId);
        QVERIFY(row >= 0);
        table->setFocus();
        table->setCurrentIndex(attendance()->index(row, AttendanceModel::OrganizationColumn));
        QTest::keyClick(table, Qt::Key_Space);
        settle();
    }

    bool present(Id membershipId)
    {
        const int row = attendance()->rowOf(membershipId);
        return row >= 0
            && attendance()
                   ->index(row, AttendanceModel::OrganizationColumn)
                   .data(Qt::CheckStateRole)
            == Qt::Checked;
    }

    // Chooses in the cell's combo box editor, as a user would.
    void choose(QTableView *table, const QModelIndex &index, const QVariant &value)
    {
        table->setFocus();
        table->setCurrentIndex(index);
        table->edit(index);
        auto *combo = qobject_cast<QComboBox *>(table->indexWidget(index));
        QVERIFY2(combo, "no editor opened");
        const int choice = combo->findData(value);
        QVERIFY2(choice >= 0, qPrintable(value.toString()));
        combo->setCurrentIndex(choice);
        Q_EMIT combo->activated(choice);
        settle();
    }

    void setPosition(Id membershipId, VotePosition position)
    {
        const int row = positions()->rowOf(membershipId);
        QVERIFY(row >= 0);
        choose(m_page->decisionPanel()->positionTable(),
               positions()->index(row, PositionModel::PositionColumn), static_cast<int>(position));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Governance m_g;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MeetingsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_session.reset();
        m_dir.reset();
    }

    void showsTheMeetingWithItsChecklist()
    {
        open(Setup::Decision);
        QCOMPARE(m_page->pageId(), u"meetings"_s);
        QVERIFY(m_page->isCoalitionScoped());
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->meetingList()->rowCount(), 1);
        QCOMPARE(m_page->currentMeetingId(), m_g.meeting);
        QCOMPARE(m_page->meetingList()->index(0, MeetingListModel::BodyColumn).data().toString(),
                 u"General Assembly"_s);
        QCOMPARE(m_page->meetingList()->index(0, MeetingListModel::DecisionsColumn).data().toInt(),
                 1);
        DetailFieldList *details = m_page->meetingPanel()->details();
        QCOMPARE(details->text(u"location"_s), u"Harbour Community Hall"_s);
        const QString notice = details->text(u"notice"_s);
        QVERIFY2(notice.contains(u"9 days' notice"_s) && notice.contains(u"needs 7: enough"_s),
                 qPrintable(notice));
        QVERIFY(details->text(u"agenda"_s).contains(u"Budget for 2024"_s));

        // Voting members first, by name; the observer may attend but does not vote.
        QCOMPARE(attendance()->rowCount(), 11);
        QCOMPARE(attendance()->index(0, 0).data().toString(), u"Eastside Food Bank"_s);
        for (int row = 0; row < 10; ++row)
            QVERIFY(attendance()->index(row, 0).data(AttendanceModel::VotingRole).toBool());
        QCOMPARE(attendance()->index(10, 0).data().toString(), u"City Planning Office"_s);
        QCOMPARE(attendance()->index(10, AttendanceModel::RoleColumn).data().toString(),
                 u"Does not vote"_s);
        QCOMPARE(quorum(), u"0 of 10 voting members present; quorum 6: not met"_s);

        QCOMPARE(m_page->decisionPanel()->currentDecisionId(), m_g.decision);
        QCOMPARE(positions()->rowCount(), 10);
        QCOMPARE(headline(), u"Not yet decided"_s);
    }

    void attendanceAndPositionsDecideTheOutcome()
    {
        open(Setup::Decision);
        // Five of ten present: no quorum, whatever the votes.
        for (int i = 0; i < 5; ++i)
            toggle(m_g.voting.at(i));
        QCOMPARE(storedMeeting().attendance.size(), qsizetype(5));
        QVERIFY(present(m_g.voting.at(0)));
        QCOMPARE(quorum(), u"5 of 10 voting members present; quorum 6: not met"_s);
        for (int i = 0; i < 3; ++i)
            setPosition(m_g.voting.at(i), VotePosition::Yes);
        QCOMPARE(storedDecision().positions.size(), qsizetype(3));
        QCOMPARE(headline(), u"No quorum"_s);
        QVERIFY2(reasons().contains(u"5 of 10 voting members present; quorum 6: not met"_s),
                 qPrintable(reasons()));
        DecisionListModel *decisions = m_page->decisionPanel()->decisions();
        QCOMPARE(decisions->index(0, DecisionListModel::OutcomeColumn).data().toString(),
                 u"No quorum"_s);

        // A sixth member arrives: quorum met, three yes of three votes cast.
        toggle(m_g.voting.at(5));
        QCOMPARE(quorum(), u"6 of 10 voting members present; quorum 6: met"_s);
        QCOMPARE(headline(), u"Adopted"_s);
        QVERIFY2(reasons().contains(u"6 of 10 voting members present; quorum 6: met"_s),
                 qPrintable(reasons()));
        QCOMPARE(storedDecision().status, DecisionStatus::Adopted);

        // The Tenants Union brings a second person: still one organization, one vote.
        QTableView *table = m_page->meetingPanel()->attendanceTable();
        table->setCurrentIndex(attendance()->index(attendance()->rowOf(m_g.voting.at(0)), 0));
        QPushButton *another = m_page->meetingPanel()->addPersonButton();
        QVERIFY(another->isEnabled());
        QTest::mouseClick(another, Qt::LeftButton);
        settle();
        const Meeting meeting = storedMeeting();
        QCOMPARE(meeting.attendance.size(), qsizetype(7));
        QVERIFY(meeting.attendance.contains(Attendance{m_g.voting.at(0), m_g.ana}));
        QVERIFY(meeting.attendance.contains(Attendance{m_g.voting.at(0), m_g.ben}));
        int tenantsRows = 0;
        for (int row = 0; row < attendance()->rowCount(); ++row) {
            const QModelIndex index = attendance()->index(row, 0);
            if (index.data(AttendanceModel::MembershipIdRole).toLongLong() == m_g.voting.at(0)) {
                ++tenantsRows;
                QCOMPARE(index.data(Qt::CheckStateRole), QVariant(Qt::Checked));
            }
        }
        QCOMPARE(tenantsRows, 2);
        QCOMPARE(quorum(), u"6 of 10 voting members present; quorum 6: met"_s);
        QVERIFY2(
            m_page->meetingPanel()
                ->findChild<QLabel *>(u"presenceSummary"_s)
                ->text()
                .contains(u"6 member organizations present, through 7 named people"_s),
            qPrintable(m_page->meetingPanel()->findChild<QLabel *>(u"presenceSummary"_s)->text()));
        QCOMPARE(positions()->rowCount(), 10);
        QVERIFY2(reasons().contains(u"6 of 10 voting members present"_s), qPrintable(reasons()));
        QCOMPARE(headline(), u"Adopted"_s);

        // Three against three: a tie fails.
        for (int i = 3; i < 6; ++i)
            setPosition(m_g.voting.at(i), VotePosition::No);
        QCOMPARE(headline(), u"Rejected"_s);
        QCOMPARE(storedDecision().status, DecisionStatus::Rejected);
        QCOMPARE(decisions->index(0, DecisionListModel::OutcomeColumn).data().toString(),
                 u"Rejected"_s);
        QCOMPARE(storedDecision().reasons, outcome()->reasons());

        // Everyone present agreeing, at once.
        QAction *agree = m_page->decisionActions()->allPresentAgreeAction();
        QVERIFY(!agree->isEnabled()); // all six present have a position
        toggle(m_g.voting.at(6));
        QVERIFY(agree->isEnabled());
        agree->trigger();
        QCOMPARE(storedDecision().positions.size(), qsizetype(7));
        QCOMPARE(headline(), u"Adopted"_s); // yes 4, no 3
    }

    void attendanceAndPositionsUndoAndRedo()
    {
        open(Setup::Decision);
        QUndoStack *stack = m_session->undoStack();
        toggle(m_g.voting.at(0));
        QCOMPARE(stack->undoText(), u"Mark “Tenants Union” present"_s);
        QCOMPARE(storedMeeting().attendance, (QList<Attendance>{{m_g.voting.at(0), m_g.ana}}));
        QCOMPARE(quorum(), u"1 of 10 voting members present; quorum 6: not met"_s);
        stack->undo();
        QVERIFY(storedMeeting().attendance.isEmpty());
        QVERIFY(!present(m_g.voting.at(0)));
        QCOMPARE(quorum(), u"0 of 10 voting members present; quorum 6: not met"_s);
        stack->redo();
        QVERIFY(present(m_g.voting.at(0)));
        QCOMPARE(quorum(), u"1 of 10 voting members present; quorum 6: not met"_s);

        // Who attended: the person chooser.
        const int row = attendance()->rowOf(m_g.voting.at(0));
        choose(m_page->meetingPanel()->attendanceTable(),
               attendance()->index(row, AttendanceModel::PersonColumn), QVariant(m_g.ben));
        QCOMPARE(storedMeeting().attendance, (QList<Attendance>{{m_g.voting.at(0), m_g.ben}}));
        QCOMPARE(attendance()->index(row, AttendanceModel::PersonColumn).data().toString(),
                 u"Ben Okoro"_s);
        stack->undo();
        QCOMPARE(storedMeeting().attendance, (QList<Attendance>{{m_g.voting.at(0), m_g.ana}}));
        QCOMPARE(attendance()->index(row, AttendanceModel::PersonColumn).data().toString(),
                 u"Ana Lima"_s);

        setPosition(m_g.voting.at(0), VotePosition::Yes);
        QCOMPARE(stack->undoText(),
                 u"Record “Tenants Union” as yes / agree on “Adopt the 2024 "
                 "budget”"_s);
        QCOMPARE(headline(), u"No quorum"_s);
        const int positionRow = positions()->rowOf(m_g.voting.at(0));
        QCOMPARE(positions()->index(positionRow, PositionModel::PositionColumn).data().toString(),
                 u"Yes / agree"_s);
        stack->undo();
        QVERIFY(storedDecision().positions.isEmpty());
        QCOMPARE(headline(), u"Not yet decided"_s);
        QCOMPARE(positions()->index(positionRow, PositionModel::PositionColumn).data().toString(),
                 u"—"_s);
        stack->redo();
        QCOMPARE(storedDecision().positions,
                 (QList<MemberPosition>{{m_g.voting.at(0), VotePosition::Yes}}));
        QCOMPARE(headline(), u"No quorum"_s);

        // Unticking the member undoes its attendance, not its position.
        toggle(m_g.voting.at(0));
        QVERIFY(!present(m_g.voting.at(0)));
        QVERIFY(storedMeeting().attendance.isEmpty());
        stack->undo();
        QVERIFY(present(m_g.voting.at(0)));
    }

    void addMeetingFromTheEmptyState()
    {
        open(Setup::NoMeeting);
        QVERIFY(m_page->isShowingEmptyState());
        onDialog<MeetingDialog>([this](MeetingDialog *dialog) {
            QVERIFY(okButton(dialog)->isEnabled());
            auto *location = dialog->findChild<QLineEdit *>(u"location"_s);
            QTest::keyClicks(location, u"Library annex"_s);
            // Notice given after the meeting is refused.
            auto *starts = dialog->findChild<QDateTimeEdit *>(u"starts"_s);
            starts->setDateTime(QDateTime(QDate::currentDate().addDays(-3), QTime(18, 0)));
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(!dialog->fieldError(u"scheduled"_s).isEmpty());
            starts->setDateTime(QDateTime(QDate::currentDate().addDays(10), QTime(18, 0)));
            QVERIFY(okButton(dialog)->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(u"noticeNote"_s)
                        ->text()
                        .contains(u"needs 7: enough"_s));
            okButton(dialog)->click();
        });
        m_page->meetingActions()->addMeetingAction()->trigger();
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->meetingList()->rowCount(), 1);
        QVERIFY(m_page->currentMeetingId() > 0);
        QVERIFY(m_page->meetingList()->index(0, 0).data(MeetingListModel::UpcomingRole).toBool());
        QCOMPARE(m_page->meetingPanel()->details()->text(u"location"_s), u"Library annex"_s);
        m_session->undoStack()->undo();
        QVERIFY(m_page->isShowingEmptyState());
    }

    void firstMeetingOffersTheFullMembership()
    {
        open(Setup::NoBody);
        QVERIFY(m_page->isShowingEmptyState());
        MessageBox::setNextAnswer(0); // record the full membership
        onDialog<MeetingDialog>([](MeetingDialog *dialog) {
            auto *body = dialog->findChild<QComboBox *>(u"body"_s);
            QCOMPARE(body->count(), 1);
            QCOMPARE(body->currentText(), u"Full membership"_s);
            okButton(dialog)->click();
        });
        m_page->meetingActions()->addMeetingAction()->trigger();
        QVERIFY(MessageBox::lastText().contains(u"has none yet"_s));
        auto bodies = workspace().bodies().listForCoalition(m_g.coalition);
        QVERIFY(bodies.ok());
        QCOMPARE(bodies->size(), qsizetype(1));
        QCOMPARE(bodies->constFirst().kind, BodyKind::FullMembership);
        QCOMPARE(m_page->meetingList()->rowCount(), 1);
        // Two edits: the body, then its meeting.
        QCOMPARE(m_session->undoStack()->count(), 2);
    }

    void editMeetingDetails()
    {
        open(Setup::Meeting);
        onDialog<MeetingDialog>([](MeetingDialog *dialog) {
            auto *location = dialog->findChild<QLineEdit *>(u"location"_s);
            location->setText(u"Town Hall, room 2"_s);
            auto *minutes = dialog->findChild<QPlainTextEdit *>(u"minutes"_s);
            minutes->setPlainText(u"The budget was discussed."_s);
            okButton(dialog)->click();
        });
        m_page->meetingActions()->editMeetingAction()->trigger();
        QCOMPARE(storedMeeting().location, u"Town Hall, room 2"_s);
        QCOMPARE(m_page->meetingPanel()->details()->text(u"minutes"_s),
                 u"The budget was discussed."_s);
        QCOMPARE(m_page->meetingList()->index(0, MeetingListModel::LocationColumn).data(),
                 QVariant(u"Town Hall, room 2"_s));
        m_session->undoStack()->undo();
        QCOMPARE(storedMeeting().location, u"Harbour Community Hall"_s);
        QCOMPARE(m_page->meetingPanel()->details()->text(u"location"_s),
                 u"Harbour Community Hall"_s);
    }

    void addDecisionDialogValidates()
    {
        open(Setup::Meeting);
        DecisionPanel *panel = m_page->decisionPanel();
        QCOMPARE(panel->decisions()->rowCount(), 0);
        QVERIFY(panel->findChild<QLabel *>(u"decisionsHint"_s)->isVisible());
        QCOMPARE(headline(), u"No decision selected"_s);
        onDialog<DecisionDialog>([](DecisionDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(!dialog->fieldError(u"title"_s).isEmpty());
            auto *title = dialog->findChild<QLineEdit *>(u"title"_s);
            QTest::keyClicks(title, u"   "_s);
            QVERIFY(!okButton(dialog)->isEnabled());
            title->clear();
            QTest::keyClicks(title, u"Hold a spring clean-up day"_s);
            QVERIFY(okButton(dialog)->isEnabled());
            QVERIFY(dialog->fieldError(u"title"_s).isEmpty());
            auto *area = dialog->findChild<QComboBox *>(u"area"_s);
            area->setCurrentIndex(area->findData(static_cast<int>(DecisionArea::Events)));
            // Only a body deciding by consensus, then a vote, counts attempts.
            QVERIFY(!dialog->findChild<QSpinBox *>(u"attempts"_s)->isEnabled());
            okButton(dialog)->click();
        });
        m_page->decisionActions()->addDecisionAction()->trigger();
        QCOMPARE(panel->decisions()->rowCount(), 1);
        const Decision added = panel->decisions()->decision(0);
        QCOMPARE(added.title, u"Hold a spring clean-up day"_s);
        QCOMPARE(added.area, DecisionArea::Events);
        QCOMPARE(panel->currentDecisionId(), added.id);
        QCOMPARE(headline(), u"Not yet decided"_s);
        QVERIFY(!panel->findChild<QLabel *>(u"decisionsHint"_s)->isVisible());
        QCOMPARE(m_page->meetingList()->index(0, MeetingListModel::DecisionsColumn).data().toInt(),
                 1);
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Add decision “Hold a spring clean-up day”"_s);
        m_session->undoStack()->undo();
        QCOMPARE(panel->decisions()->rowCount(), 0);
        QCOMPARE(panel->currentDecisionId(), Id(0));
        QCOMPARE(m_page->meetingList()->index(0, MeetingListModel::DecisionsColumn).data().toInt(),
                 0);
        m_session->undoStack()->redo();
        QCOMPARE(panel->decisions()->rowCount(), 1);

        // Removing asks first.
        panel->selectDecision(added.id);
        MessageBox::setNextAnswer(0);
        m_page->decisionActions()->removeDecisionAction()->trigger();
        QCOMPARE(panel->decisions()->rowCount(), 0);
        QVERIFY(MessageBox::lastText().contains(u"Hold a spring clean-up day"_s));
    }

    void reopenAnAdoptedDecision()
    {
        open(Setup::AdoptedDecision);
        QCOMPARE(storedDecision().status, DecisionStatus::Adopted);
        QCOMPARE(headline(), u"Adopted"_s);
        QVERIFY(outcome()->warnings().isEmpty());
        QAction *reopen = m_page->decisionActions()->reopenDecisionAction();
        QVERIFY(reopen->isEnabled());
        onDialog<ReopenDialog>([](ReopenDialog *dialog) {
            QVERIFY(dialog->findChild<QLabel *>(u"reopenConditions"_s)
                        ->text()
                        .contains(u"at least 90 days"_s));
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(!dialog->fieldError(u"reason"_s).isEmpty());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s),
                             u"The hall costs more than planned"_s);
            QVERIFY(okButton(dialog)->isEnabled());
            auto *votesFor = dialog->findChild<QSpinBox *>(u"votesFor"_s);
            auto *votesCast = dialog->findChild<QSpinBox *>(u"votes"_s);
            votesFor->setValue(5);
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(!dialog->fieldError(u"votes"_s).isEmpty());
            votesCast->setValue(6);
            QVERIFY(okButton(dialog)->isEnabled());
            auto *on = dialog->findChild<QDateEdit *>(u"on"_s);
            on->setDate(QDate(2024, 3, 1));
            QVERIFY(!dialog->fieldError(u"on"_s).isEmpty()); // before it was adopted
            on->setDate(QDate(2024, 3, 20));
            const QString check = dialog->findChild<QLabel *>(u"conditionsCheck"_s)->text();
            QVERIFY2(check.contains(u"10 days after it was adopted"_s), qPrintable(check));
            QVERIFY2(check.contains(u"no new information given"_s), qPrintable(check));
            okButton(dialog)->click();
        });
        reopen->trigger();
        const Decision reopened = storedDecision();
        QCOMPARE(reopened.status, DecisionStatus::Reopened);
        QCOMPARE(reopened.reopenings.size(), qsizetype(1));
        QCOMPARE(reopened.reopenings.constFirst().votesFor, 5);
        QCOMPARE(m_page->decisionPanel()
                     ->decisions()
                     ->index(0, DecisionListModel::StatusColumn)
                     .data()
                     .toString(),
                 u"Reopened"_s);
        QVERIFY(!reopen->isEnabled());
        QTreeWidget *history = outcome()->reopenings();
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(2), u"5 of 6"_s);
        QCOMPARE(history->topLevelItem(0)->text(3), u"The hall costs more than planned"_s);

        // The reopening missed two conditions: the warning says so, beside the outcome.
        auto snapshot = loadGovernanceSnapshot(workspace(), m_g.coalition, QDate::currentDate());
        QVERIFY(snapshot.ok());
        QStringList expected;
        for (const ProceduralWarning &warning : ProceduralChecks::run(*snapshot)) {
            if (warning.kind == CheckKind::ReopeningConditions)
                expected.append(warning.summary);
        }
        QCOMPARE(expected.size(), qsizetype(1));
        QVERIFY2(outcome()->warnings().contains(expected.constFirst()),
                 qPrintable(outcome()->warnings().join(u'\n')));

        m_session->undoStack()->undo();
        QCOMPARE(storedDecision().status, DecisionStatus::Adopted);
        QCOMPARE(history->topLevelItemCount(), 0);
        QVERIFY(outcome()->warnings().isEmpty());
        QVERIFY(reopen->isEnabled());
    }

    void showRecordSelectsMeetingsAndDecisions()
    {
        open(Setup::Decision);
        QVERIFY(!m_page->showRecord({RecordKind::Membership, m_g.voting.at(0)}));
        // A second meeting, selected by its key; the decision brings back the first.
        Meeting later;
        later.bodyId = m_g.body;
        later.startsAt = meetingTime().addDays(30);
        auto id = m_session->perform(u"Add meeting"_s, {},
                                     [&later](Workspace &w) -> Result<QList<RecordKey>> {
                                         auto added = w.meetings().add(later);
                                         if (!added)
                                             return added.error();
                                         return QList<RecordKey>{{RecordKind::Meeting, *added}};
                                     });
        QVERIFY(id.ok());
        const Id laterId = id->constFirst().id;
        QCOMPARE(m_page->meetingList()->rowCount(), 2);
        QCOMPARE(m_page->meetingList()->meeting(0).id, laterId); // newest first
        QVERIFY(m_page->showRecord({RecordKind::Meeting, laterId}));
        QCOMPARE(m_page->currentMeetingId(), laterId);
        QCOMPARE(m_page->decisionPanel()->currentDecisionId(), Id(0));
        QVERIFY(m_page->showRecord({RecordKind::Decision, m_g.decision}));
        QCOMPARE(m_page->currentMeetingId(), m_g.meeting);
        QCOMPARE(m_page->decisionPanel()->currentDecisionId(), m_g.decision);

        QVERIFY(!m_page->showRecord({RecordKind::Meeting, 9999}));
    }

    void filtersByBody()
    {
        open(Setup::Decision);
        QComboBox *filter = m_page->bodyFilter();
        QCOMPARE(filter->count(), 2); // all bodies, the General Assembly
        // A committee of three members meets too.
        Body committee;
        committee.coalitionId = m_g.coalition;
        committee.kind = BodyKind::ExecutiveCommittee;
        committee.name = u"Executive Committee"_s;
        for (int i = 0; i < 3; ++i)
            committee.seats.append({m_g.voting.at(i), i == 0 ? u"chair"_s : u"member"_s, true});
        Id committeeMeeting = 0;
        auto done = m_session->perform(
            u"Add committee"_s, {}, [&](Workspace &w) -> Result<QList<RecordKey>> {
                auto body = w.bodies().add(committee);
                if (!body)
                    return body.error();
                Meeting meeting;
                meeting.bodyId = *body;
                meeting.startsAt = meetingTime().addDays(-20);
                auto added = w.meetings().add(meeting);
                if (!added)
                    return added.error();
                committeeMeeting = *added;
                return QList<RecordKey>{{RecordKind::Body, *body}, {RecordKind::Meeting, *added}};
            });
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));
        QCOMPARE(filter->count(), 3);
        QCOMPARE(m_page->meetingList()->rowCount(), 2);
        QCOMPARE(m_page->meetingList()->meeting(1).id, committeeMeeting); // older, listed last

        filter->setCurrentIndex(filter->findText(u"General Assembly"_s));
        QCOMPARE(m_page->meetingList()->rowCount(), 1);
        QCOMPARE(m_page->meetingList()->meeting(0).id, m_g.meeting);
        QCOMPARE(m_page->currentMeetingId(), m_g.meeting);

        // The committee's checklist is its seats, its chair first by name.
        QVERIFY(m_page->showRecord({RecordKind::Meeting, committeeMeeting}));
        QCOMPARE(filter->currentIndex(), 0); // every body again
        QCOMPARE(m_page->currentMeetingId(), committeeMeeting);
        QCOMPARE(attendance()->rowCount(), 3);
        QCOMPARE(quorum(),
                 u"0 of 3 voting members present; Executive Committee has no decision "
                 "procedure, so no quorum is set."_s);
        const int chair = attendance()->rowOf(m_g.voting.at(0));
        QCOMPARE(attendance()->index(chair, AttendanceModel::RoleColumn).data().toString(),
                 u"chair · votes"_s);
    }
};

QTEST_MAIN(TestMeetingsPage)
#include "tst_meetingspage.moc"
