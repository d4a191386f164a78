// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/messagebox.h"
#include "dialogs/bodydialog.h"
#include "dialogs/groundruledialog.h"
#include "dialogs/proceduredialog.h"
#include "dialogs/rulestatusdialog.h"
#include "dialogs/seatdialog.h"
#include "models/bodylistmodel.h"
#include "models/groundruletreemodel.h"
#include "models/seattablemodel.h"
#include "pages/bodyactions.h"
#include "pages/governancepage.h"
#include "pages/ruleactions.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/bodiesview.h"
#include "widgets/detailfieldlist.h"
#include "widgets/emptylistnotice.h"
#include "widgets/escalationeditor.h"
#include "widgets/fractionedit.h"
#include "widgets/groundruledetails.h"
#include "widgets/groundrulesview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;

namespace {

// Everything the page can change, timestamps included.
struct Snapshot
{
    QList<GroundRule> rules;
    QList<Body> bodies;
    QList<DecisionProcedure> procedures;

    bool operator==(const Snapshot &) const = default;
};

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

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template<typename W>
W *child(QObject *parent, const QString &name)
{
    auto *found = parent->findChild<W *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

template<typename E>
void chooseEnum(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

void chooseText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

void checkItem(QListWidget *list, const QString &text, bool checked = true)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(text)) {
            list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    QFAIL(qPrintable(u"no item "_s + text));
}

const QDate Joined(2024, 1, 15);

} // namespace

class TestGovernancePage : public QObject
{
    Q_OBJECT

private:
    // A coalition of five organizations: four active voting members and an
    // observer; four key areas settled and confidentiality only proposed; a
    // full membership with a procedure and a steering committee of three
    // voting seats with one meeting.
    void build()
    {
        Workspace &w = workspace();
        CoalitionInfo coalition;
        coalition.name = u"Harbour Alliance"_s;
        auto coalitionId = w.coalitions().add(coalition);
        QVERIFY2(coalitionId, qPrintable(coalitionId.error().message));
        m_coalition = *coalitionId;
        CoalitionInfo other;
        other.name = u"Quiet Network"_s;
        auto otherId = w.coalitions().add(other);
        QVERIFY(otherId);
        m_otherCoalition = *otherId;

        const QStringList names{u"Alpha Tenants"_s, u"Beta Food Bank"_s, u"Gamma Clinic"_s,
                                u"Delta Church"_s, u"Epsilon Observers"_s};
        for (const QString &name : names) {
            Organization organization;
            organization.name = name;
            auto organizationId = w.organizations().add(organization);
            QVERIFY2(organizationId, qPrintable(organizationId.error().message));
            Membership membership;
            membership.coalitionId = m_coalition;
            membership.organizationId = *organizationId;
            membership.status = MembershipStatus::Active;
            membership.joinedOn = Joined;
            membership.kind = name.startsWith(u"Epsilon"_s) ? MembershipKind::Observer
                                                            : MembershipKind::VotingMember;
            auto membershipId = w.memberships().add(membership);
            QVERIFY2(membershipId, qPrintable(membershipId.error().message));
            m_members.insert(name, *membershipId);
        }

        const auto rule = [&](RuleArea area, const QString &title, RuleStatus status) {
            GroundRule g;
            g.coalitionId = m_coalition;
            g.area = area;
            g.title = title;
            g.text = title + u": the text the members wrote."_s;
            g.status = status;
            g.history = {{QDate(2024, 3, 1), RuleStatus::Proposed, g.text, {}}};
            if (status != RuleStatus::Proposed)
                g.history.append({QDate(2024, 4, 1), status, g.text, u"Agreed in April"_s});
            auto id = w.groundRules().add(g);
            if (!id)
                qWarning("%s", qPrintable(id.error().message));
            m_rules.insert(title, id ? *id : 0);
        };
        rule(RuleArea::DecisionMaking, u"How we decide"_s, RuleStatus::Agreed);
        rule(RuleArea::Media, u"Who speaks to the press"_s, RuleStatus::Agreed);
        rule(RuleArea::Information, u"Minutes within a week"_s, RuleStatus::Agreed);
        rule(RuleArea::Representatives, u"Representatives report back"_s, RuleStatus::Agreed);
        rule(RuleArea::Confidentiality, u"What stays in the room"_s, RuleStatus::Proposed);
        for (const Id id : std::as_const(m_rules))
            QVERIFY(id > 0);
        // The press rule was due for review last year.
        GroundRule press = *w.groundRules().get(m_rules.value(u"Who speaks to the press"_s));
        press.reviewOn = QDate(2025, 1, 31);
        QVERIFY(w.groundRules().update(press));

        Body assembly;
        assembly.coalitionId = m_coalition;
        assembly.kind = BodyKind::FullMembership;
        assembly.name = u"General Assembly"_s;
        auto assemblyId = w.bodies().add(assembly);
        QVERIFY2(assemblyId, qPrintable(assemblyId.error().message));
        m_assembly = *assemblyId;
        DecisionProcedure procedure;
        procedure.bodyId = m_assembly;
        procedure.method = DecisionMethod::Majority;
        procedure.quorum.kind = QuorumKind::Majority;
        procedure.noticeDays = 14;
        auto procedureId = w.procedures().set(procedure);
        QVERIFY2(procedureId, qPrintable(procedureId.error().message));
        m_assemblyProcedure = *procedureId;

        Body steering;
        steering.coalitionId = m_coalition;
        steering.kind = BodyKind::StrategicCommittee;
        steering.name = u"Steering Committee"_s;
        steering.seats = {{m_members.value(u"Alpha Tenants"_s), u"chair"_s, true},
                          {m_members.value(u"Beta Food Bank"_s), u"member"_s, true},
                          {m_members.value(u"Gamma Clinic"_s), u"member"_s, true}};
        auto steeringId = w.bodies().add(steering);
        QVERIFY2(steeringId, qPrintable(steeringId.error().message));
        m_steering = *steeringId;
        Meeting meeting;
        meeting.bodyId = m_steering;
        meeting.startsAt = QDateTime(QDate(2025, 2, 10), QTime(18, 0));
        meeting.scheduledOn = QDate(2025, 2, 1);
        auto meetingId = w.meetings().add(meeting);
        QVERIFY(meetingId);
        Decision decision;
        decision.meetingId = *meetingId;
        decision.title = u"Adopt the minutes rule"_s;
        decision.area = DecisionArea::GroundRules;
        auto decisionId = w.decisions().add(decision);
        QVERIFY2(decisionId, qPrintable(decisionId.error().message));
        m_decision = *decisionId;
    }

    void open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        m_session = std::make_unique<WorkspaceSession>(std::move(opened).value());
        build();
        m_session->setCurrentCoalition(m_coalition);
        m_page = std::make_unique<GovernancePage>(*m_session);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_testers.clear();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 rules()->model(), bodies()->model(), bodies()->seatModel()})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    Workspace &workspace() { return m_session->workspace(); }
    GroundRulesView *rules() { return m_page->rulesView(); }
    GroundRuleTreeModel *ruleModel() { return rules()->model(); }
    BodiesView *bodies() { return m_page->bodiesView(); }
    RuleActions *ruleActions() { return m_page->ruleActions(); }
    BodyActions *bodyActions() { return m_page->bodyActions(); }
    QString summary() { return rules()->summary()->text(); }
    GroundRule storedRule(const QString &title)
    {
        return *workspace().groundRules().get(m_rules.value(title));
    }

    void selectRule(const QString &title)
    {
        QVERIFY2(rules()->selectRule(m_rules.value(title)), qPrintable(title));
        QCOMPARE(rules()->currentRuleId(), m_rules.value(title));
    }
    void selectBody(Id id)
    {
        m_page->tabs()->setCurrentWidget(bodies());
        QVERIFY(bodies()->selectBody(id));
        QCOMPARE(bodies()->currentBodyId(), id);
    }
    QString bodyColumn(Id id, int column)
    {
        const int row = bodies()->model()->rowOf(id);
        return row < 0 ? QString() : bodies()->model()->index(row, column).data().toString();
    }
    int rulesInArea(RuleArea area) { return ruleModel()->rowCount(ruleModel()->indexOfArea(area)); }

    Snapshot snapshot()
    {
        auto rulesNow = workspace().groundRules().listForCoalition(m_coalition);
        auto bodiesNow = workspace().bodies().listForCoalition(m_coalition);
        auto proceduresNow = workspace().procedures().listForCoalition(m_coalition);
        if (!rulesNow || !bodiesNow || !proceduresNow)
            return {};
        return {*rulesNow, *bodiesNow, *proceduresNow};
    }

    // Undo restores `before` exactly, redo `after`; `check` sees the page
    // agree with the state it is given after each step.
    void checkUndoRedo(const Snapshot &before, const std::function<void(bool undone)> &check)
    {
        const Snapshot after = snapshot();
        QVERIFY(before != after);
        m_session->undoStack()->undo();
        QCOMPARE(snapshot(), before);
        check(true);
        m_session->undoStack()->redo();
        QCOMPARE(snapshot(), after);
        check(false);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<GovernancePage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    Id m_coalition = 0;
    Id m_otherCoalition = 0;
    Id m_assembly = 0;
    Id m_assemblyProcedure = 0;
    Id m_steering = 0;
    Id m_decision = 0;
    QHash<QString, Id> m_members;
    QHash<QString, Id> m_rules;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { open(); }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_session.reset();
        m_dir.reset();
        m_members.clear();
        m_rules.clear();
    }

    void missingKeyAreasAreShownAndFollowAgreement()
    {
        QVERIFY(m_page->isCoalitionScoped());
        QCOMPARE(m_page->pageId(), u"governance"_s);
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(summary(), u"Key areas settled: 4 of 5 — missing: Confidentiality"_s);
        // The five key areas, and no other area while it has no rule.
        QCOMPARE(ruleModel()->rowCount(), 5);
        QVERIFY(!ruleModel()->indexOfArea(RuleArea::Meetings).isValid());
        const QModelIndex confidentiality = ruleModel()->indexOfArea(RuleArea::Confidentiality);
        const QString state
            = confidentiality.siblingAtColumn(GroundRuleTreeModel::StatusColumn).data().toString();
        QVERIFY2(state.contains(u"“What stays in the room” is proposed and awaits agreement"_s),
                 qPrintable(state));
        QCOMPARE(confidentiality.data(GroundRuleTreeModel::SettledRole).toBool(), false);
        QCOMPARE(ruleModel()
                     ->indexOfArea(RuleArea::Media)
                     .siblingAtColumn(GroundRuleTreeModel::StatusColumn)
                     .data()
                     .toString(),
                 u"Settled by an agreed rule"_s);
        // Proposed rules are in italics; an overdue review is marked.
        const QModelIndex proposed
            = ruleModel()->indexOfRule(m_rules.value(u"What stays in the room"_s));
        QVERIFY(proposed.data(Qt::FontRole).value<QFont>().italic());
        const QModelIndex press
            = ruleModel()->indexOfRule(m_rules.value(u"Who speaks to the press"_s));
        QVERIFY(press.data(GroundRuleTreeModel::ReviewOverdueRole).toBool());
        selectRule(u"Who speaks to the press"_s);
        QVERIFY(rules()->details()->reviewWarning()->isVisibleTo(m_page.get()));
        QVERIFY(rules()->details()->reviewWarning()->text().contains(u"review was due"_s));

        // Agreeing to the proposed rule settles the last key area.
        selectRule(u"What stays in the room"_s);
        QVERIFY(ruleActions()->agreeAction()->isEnabled());
        QVERIFY(!ruleActions()->supersedeAction()->isEnabled());
        const Snapshot before = snapshot();
        ruleActions()->agreeAction()->trigger();
        QCOMPARE(storedRule(u"What stays in the room"_s).status, RuleStatus::Agreed);
        QCOMPARE(summary(), u"Key areas settled: 5 of 5"_s);
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Agree to ground rule “What stays in the room”"_s);
        QCOMPARE(rules()->currentRuleId(), m_rules.value(u"What stays in the room"_s));
        QCOMPARE(rules()->details()->history()->topLevelItemCount(), 2);
        QCOMPARE(rules()->details()->history()->topLevelItem(0)->text(1), u"Agreed"_s);
        checkUndoRedo(before, [this](bool undone) {
            QCOMPARE(summary(),
                     undone ? u"Key areas settled: 4 of 5 — missing: Confidentiality"_s
                            : u"Key areas settled: 5 of 5"_s);
            QCOMPARE(rules()->details()->history()->topLevelItemCount(), undone ? 1 : 2);
        });

        // A coalition with no rule at all: every key area missing, and the notice.
        m_session->setCurrentCoalition(m_otherCoalition);
        QCOMPARE(ruleModel()->rowCount(), 5);
        QVERIFY(
            summary().startsWith(u"Key areas settled: 0 of 5 — missing: How decisions are made"_s));
        QVERIFY(rules()->emptyNotice()->isVisibleTo(m_page.get()));
        QCOMPARE(ruleModel()->index(0, GroundRuleTreeModel::StatusColumn).data().toString(),
                 u"No agreed rule yet — every coalition should settle this early"_s);
        QVERIFY(bodies()->isShowingEmptyState());
        // The notice offers to add the first body; the first one offered is
        // the full membership.
        bool offered = false;
        onDialog<BodyDialog>([&](BodyDialog *dialog) {
            offered = child<QComboBox>(dialog, u"kind"_s)->currentData().toInt()
                == static_cast<int>(BodyKind::FullMembership);
            dialog->reject();
        });
        bodies()->emptyNotice()->button()->click();
        QVERIFY(offered);
    }

    void addsRuleThroughTheDialog()
    {
        QVERIFY(rules()->selectArea(RuleArea::Confidentiality));
        const Snapshot before = snapshot();
        QString titleError;
        bool okWhileEmpty = true;
        onDialog<GroundRuleDialog>([&](GroundRuleDialog *dialog) {
            auto *area = child<QComboBox>(dialog, u"area"_s);
            QCOMPARE(area->currentData().toInt(), static_cast<int>(RuleArea::Confidentiality));
            okWhileEmpty = okButton(dialog)->isEnabled();
            titleError = dialog->fieldError(u"title"_s);
            child<QLineEdit>(dialog, u"title"_s)->setText(u"Names stay private"_s);
            child<QPlainTextEdit>(dialog, u"text"_s)
                ->setPlainText(u"No member names another's clients outside a meeting."_s);
            chooseEnum(child<QComboBox>(dialog, u"status"_s), RuleStatus::Agreed);
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        ruleActions()->addAction()->trigger();
        QVERIFY(!okWhileEmpty);
        QVERIFY(!titleError.isEmpty());

        QCOMPARE(rulesInArea(RuleArea::Confidentiality), 2);
        const GroundRule *added = rules()->currentRule();
        QVERIFY(added);
        QCOMPARE(added->title, u"Names stay private"_s);
        QCOMPARE(added->status, RuleStatus::Agreed);
        QCOMPARE(rules()->details()->title(), u"Names stay private"_s);
        QCOMPARE(rules()->details()->history()->topLevelItemCount(), 1);
        QCOMPARE(summary(), u"Key areas settled: 5 of 5"_s);
        QCOMPARE(m_session->undoStack()->undoText(), u"Add ground rule “Names stay private”"_s);
        checkUndoRedo(before, [this](bool undone) {
            QCOMPARE(rulesInArea(RuleArea::Confidentiality), undone ? 1 : 2);
            QCOMPARE(summary().endsWith(u"missing: Confidentiality"_s), undone);
        });

        // A rule in an area that had none brings the area into the tree.
        const int areas = ruleModel()->rowCount();
        onDialog<GroundRuleDialog>([&](GroundRuleDialog *dialog) {
            chooseEnum(child<QComboBox>(dialog, u"area"_s), RuleArea::Meetings);
            child<QLineEdit>(dialog, u"title"_s)->setText(u"Agendas a week ahead"_s);
            okButton(dialog)->click();
        });
        ruleActions()->addAction()->trigger();
        QCOMPARE(ruleModel()->rowCount(), areas + 1);
        QCOMPARE(rulesInArea(RuleArea::Meetings), 1);
        m_session->undoStack()->undo();
        QCOMPARE(ruleModel()->rowCount(), areas);
        QVERIFY(!ruleModel()->indexOfArea(RuleArea::Meetings).isValid());
    }

    void editsRuleAndKeepsItsHistory()
    {
        selectRule(u"Minutes within a week"_s);
        const Snapshot before = snapshot();
        bool statusLocked = false;
        onDialog<GroundRuleDialog>([&](GroundRuleDialog *dialog) {
            statusLocked = !child<QComboBox>(dialog, u"status"_s)->isEnabled();
            child<QPlainTextEdit>(dialog, u"text"_s)
                ->setPlainText(u"Minutes go to every member within five days."_s);
            child<QLineEdit>(dialog, u"note"_s)->setText(u"Members asked for sooner minutes"_s);
            auto *adoptedBy = child<QComboBox>(dialog, u"adopted-by"_s);
            adoptedBy->setCurrentIndex(adoptedBy->findData(m_decision));
            okButton(dialog)->click();
        });
        ruleActions()->editAction()->trigger();
        QVERIFY(statusLocked);
        const GroundRule edited = storedRule(u"Minutes within a week"_s);
        QCOMPARE(edited.text, u"Minutes go to every member within five days."_s);
        QCOMPARE(edited.history.size(), qsizetype(3));
        QTreeWidget *history = rules()->details()->history();
        QCOMPARE(history->topLevelItemCount(), 3);
        QCOMPARE(history->topLevelItem(0)->text(2),
                 u"Minutes go to every member within five days."_s);
        QCOMPARE(history->topLevelItem(0)->text(3), u"Members asked for sooner minutes"_s);
        QCOMPARE(rules()->details()->fields()->text(u"text"_s),
                 u"Minutes go to every member within five days."_s);
        QCOMPARE(edited.adoptedByDecisionId, std::optional<Id>(m_decision));
        const QString adopted = rules()->details()->fields()->text(u"adoptedBy"_s);
        QVERIFY2(adopted.startsWith(u"“Adopt the minutes rule”, at the meeting of Steering "
                                    "Committee on "_s),
                 qPrintable(adopted));
        QCOMPARE(m_session->undoStack()->undoText(), u"Edit ground rule “Minutes within a week”"_s);
        checkUndoRedo(before, [this](bool undone) {
            QCOMPARE(rules()->details()->history()->topLevelItemCount(), undone ? 2 : 3);
        });
    }

    void retiresRule()
    {
        selectRule(u"Who speaks to the press"_s);
        const Snapshot before = snapshot();
        QString dateError;
        onDialog<RuleStatusDialog>([&](RuleStatusDialog *dialog) {
            auto *date = child<QDateEdit>(dialog, u"date"_s);
            date->setDate(QDate(2024, 2, 1)); // before the last change
            dateError = dialog->fieldError(u"date"_s);
            QVERIFY(!okButton(dialog)->isEnabled());
            date->setDate(QDate::currentDate());
            child<QLineEdit>(dialog, u"note"_s)->setText(u"The spokesperson role moved"_s);
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        ruleActions()->retireAction()->trigger();
        QVERIFY2(dateError.contains(u"before the last one"_s), qPrintable(dateError));
        QCOMPARE(storedRule(u"Who speaks to the press"_s).status, RuleStatus::Retired);
        const QModelIndex retired
            = ruleModel()->indexOfRule(m_rules.value(u"Who speaks to the press"_s));
        QVERIFY(retired.data(Qt::ForegroundRole).isValid()); // greyed
        QCOMPARE(retired.siblingAtColumn(GroundRuleTreeModel::StatusColumn).data().toString(),
                 u"Retired"_s);
        QVERIFY(summary().endsWith(
            u"missing: Media and speaking for the coalition, Confidentiality"_s));
        QCOMPARE(rules()->details()->history()->topLevelItem(0)->text(3),
                 u"The spokesperson role moved"_s);
        QVERIFY(!ruleActions()->retireAction()->isEnabled());
        checkUndoRedo(before,
                      [this](bool undone) { QCOMPARE(summary().contains(u"Media"_s), !undone); });
    }

    void supersedesRule()
    {
        selectRule(u"How we decide"_s);
        const Snapshot before = snapshot();
        QString intro;
        onDialog<GroundRuleDialog>([&](GroundRuleDialog *dialog) {
            intro = child<QLabel>(dialog, u"supersedeIntro"_s)->text();
            QVERIFY(!child<QComboBox>(dialog, u"supersedes"_s)->isEnabled());
            QCOMPARE(child<QLineEdit>(dialog, u"title"_s)->text(), u"How we decide"_s);
            child<QLineEdit>(dialog, u"title"_s)->setText(u"How we decide, revised"_s);
            chooseEnum(child<QComboBox>(dialog, u"status"_s), RuleStatus::Agreed);
            okButton(dialog)->click();
        });
        ruleActions()->supersedeAction()->trigger();
        QVERIFY(intro.contains(u"replaces “How we decide”"_s));
        QCOMPARE(storedRule(u"How we decide"_s).status, RuleStatus::Retired);
        const GroundRule *replacement = rules()->currentRule();
        QVERIFY(replacement);
        QCOMPARE(replacement->title, u"How we decide, revised"_s);
        QCOMPARE(replacement->supersedesRuleId,
                 std::optional<Id>(m_rules.value(u"How we decide"_s)));
        QCOMPARE(rules()->details()->fields()->text(u"supersedes"_s),
                 u"“How we decide” (retired)"_s);
        selectRule(u"How we decide"_s);
        QCOMPARE(rules()->details()->fields()->text(u"supersededBy"_s),
                 u"“How we decide, revised” (agreed)"_s);
        QVERIFY(rules()->details()->history()->topLevelItem(0)->text(3).contains(u"Superseded"_s));
        QCOMPARE(summary(), u"Key areas settled: 4 of 5 — missing: Confidentiality"_s);
        QCOMPARE(m_session->undoStack()->undoText(), u"Supersede ground rule “How we decide”"_s);
        checkUndoRedo(before, [this](bool undone) {
            QCOMPARE(rulesInArea(RuleArea::DecisionMaking), undone ? 1 : 2);
            QCOMPARE(storedRule(u"How we decide"_s).status,
                     undone ? RuleStatus::Agreed : RuleStatus::Retired);
        });
    }

    void addsBodyWithSeats()
    {
        selectBody(m_assembly);
        QVERIFY(!bodyActions()->addSeatAction()->isEnabled());
        QVERIFY(bodies()->seatNote()->text().contains(u"Every active voting member"_s));
        QCOMPARE(bodies()->seatModel()->rowCount(), 4); // the observer has no vote
        QCOMPARE(bodyColumn(m_assembly, BodyListModel::SeatsColumn), u"All 4 voting members"_s);
        QCOMPARE(bodyColumn(m_steering, BodyListModel::SeatsColumn), u"3 seats, 3 voting"_s);

        const Snapshot before = snapshot();
        bool seatsHiddenForFull = false;
        onDialog<BodyDialog>([&](BodyDialog *dialog) {
            auto *kind = child<QComboBox>(dialog, u"kind"_s);
            child<QLineEdit>(dialog, u"name"_s)->setText(u"Finance Committee"_s);
            chooseEnum(kind, BodyKind::FullMembership);
            QVERIFY(!okButton(dialog)->isEnabled()); // a coalition has one full membership
            QVERIFY(!dialog->fieldError(u"kind"_s).isEmpty());
            seatsHiddenForFull = !dialog->seatList()->isVisibleTo(dialog);
            chooseEnum(kind, BodyKind::Committee);
            QVERIFY(dialog->seatList()->isVisibleTo(dialog));
            checkItem(dialog->seatList(), u"Delta Church"_s);
            checkItem(dialog->seatList(), u"Epsilon Observers"_s);
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        bodyActions()->addBodyAction()->trigger();
        QVERIFY(seatsHiddenForFull);
        QCOMPARE(bodies()->model()->rowCount(), 3);
        const Id finance = bodies()->currentBodyId();
        QVERIFY(finance > 0);
        QCOMPARE(bodyColumn(finance, BodyListModel::NameColumn), u"Finance Committee"_s);
        // The observer's seat has no vote of its own.
        QCOMPARE(bodyColumn(finance, BodyListModel::SeatsColumn), u"2 seats, 1 voting"_s);
        QCOMPARE(bodyColumn(finance, BodyListModel::ProcedureColumn), u"No procedure yet"_s);
        QCOMPARE(bodies()->seatModel()->rowCount(), 2);
        QCOMPARE(m_session->undoStack()->undoText(), u"Add body “Finance Committee”"_s);
        checkUndoRedo(before, [this](bool undone) {
            QCOMPARE(bodies()->model()->rowCount(), undone ? 2 : 3);
        });

        // A seat added, its role and vote changed in place, then taken away.
        QVERIFY(bodies()->selectBody(finance));
        const Snapshot beforeSeat = snapshot();
        onDialog<SeatDialog>([&](SeatDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled());
            auto *member = child<QComboBox>(dialog, u"member"_s);
            QCOMPARE(member->findText(u"Delta Church"_s), -1); // seated already
            chooseText(member, u"Alpha Tenants"_s);
            child<QComboBox>(dialog, u"role"_s)->setCurrentText(u"treasurer"_s);
            QVERIFY(child<QCheckBox>(dialog, u"voting"_s)->isChecked());
            okButton(dialog)->click();
        });
        bodyActions()->addSeatAction()->trigger();
        SeatTableModel *seats = bodies()->seatModel();
        QCOMPARE(seats->rowCount(), 3);
        const int alpha = seats->rowOf(m_members.value(u"Alpha Tenants"_s));
        QVERIFY(alpha >= 0);
        QCOMPARE(seats->index(alpha, SeatTableModel::RoleColumn).data().toString(), u"treasurer"_s);
        QCOMPARE(bodyColumn(finance, BodyListModel::SeatsColumn), u"3 seats, 2 voting"_s);
        checkUndoRedo(beforeSeat,
                      [&](bool undone) { QCOMPARE(seats->rowCount(), undone ? 2 : 3); });

        QVERIFY(seats->setData(seats->index(alpha, SeatTableModel::RoleColumn), u"chair"_s));
        QCOMPARE(seats->index(alpha, SeatTableModel::RoleColumn).data().toString(), u"chair"_s);
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Change role of “Alpha Tenants” on Finance Committee"_s);
        QVERIFY(seats->setData(seats->index(alpha, SeatTableModel::VotingColumn), Qt::Unchecked,
                               Qt::CheckStateRole));
        QCOMPARE(seats->index(alpha, SeatTableModel::VotingColumn).data(Qt::CheckStateRole).toInt(),
                 static_cast<int>(Qt::Unchecked));
        QCOMPARE(bodyColumn(finance, BodyListModel::SeatsColumn), u"3 seats, 1 voting"_s);
        m_session->undoStack()->undo();
        QCOMPARE(bodyColumn(finance, BodyListModel::SeatsColumn), u"3 seats, 2 voting"_s);
        m_session->undoStack()->undo();
        QCOMPARE(seats->index(alpha, SeatTableModel::RoleColumn).data().toString(), u"treasurer"_s);

        bodies()->seatTable()->selectRow(alpha);
        QVERIFY(bodyActions()->removeSeatAction()->isEnabled());
        bodyActions()->removeSeatAction()->trigger();
        QCOMPARE(seats->rowCount(), 2);
        QCOMPARE(seats->rowOf(m_members.value(u"Alpha Tenants"_s)), -1);
        m_session->undoStack()->undo();
        QCOMPARE(seats->rowCount(), 3);
    }

    void procedureEditorExplainsAndValidates()
    {
        selectBody(m_steering);
        QVERIFY(bodies()->procedureNote()->isVisibleTo(m_page.get()));
        QCOMPARE(bodyActions()->editProcedureAction()->text(), u"Set &Procedure…"_s);
        const Snapshot before = snapshot();
        onDialog<ProcedureDialog>([&](ProcedureDialog *dialog) {
            auto *method = child<QComboBox>(dialog, u"method"_s);
            QVERIFY(
                child<QLabel>(dialog, u"procedureIntro"_s)->text().contains(u"3 voting members"_s));
            chooseEnum(method, DecisionMethod::Majority);
            QVERIFY(!dialog->isFieldShown(u"threshold"_s));
            QVERIFY(!dialog->isFieldShown(u"attempts"_s));
            QVERIFY(!dialog->isFieldShown(u"delegate"_s));
            QVERIFY(dialog->isFieldShown(u"basis"_s));
            QCOMPARE(dialog->explanation(u"basis"_s),
                     u"Abstentions do not count: more than half of yes + no."_s);

            chooseEnum(method, DecisionMethod::Supermajority);
            QVERIFY(dialog->isFieldShown(u"threshold"_s));
            QCOMPARE(dialog->explanation(u"basis"_s),
                     u"Abstentions do not count: 2/3 of yes + no."_s);
            auto *threshold = child<FractionEdit>(dialog, u"threshold"_s);
            threshold->numerator()->setValue(1);
            threshold->denominator()->setValue(2);
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(dialog->fieldError(u"threshold"_s).contains(u"more than half"_s));
            threshold->numerator()->setValue(3);
            threshold->denominator()->setValue(4);
            QVERIFY(okButton(dialog)->isEnabled());
            chooseEnum(child<QComboBox>(dialog, u"basis"_s), VoteBasis::Members);
            QVERIFY2(dialog->explanation(u"basis"_s)
                         .contains(u"With 3 voting members, 3 yes votes are always needed."_s),
                     qPrintable(dialog->explanation(u"basis"_s)));

            chooseEnum(method, DecisionMethod::Consensus);
            QVERIFY(!dialog->isFieldShown(u"basis"_s));
            QVERIFY(!dialog->isFieldShown(u"threshold"_s));
            QVERIFY(dialog->explanation(u"method"_s).contains(u"single block"_s));

            chooseEnum(method, DecisionMethod::Delegated);
            QVERIFY(dialog->isFieldShown(u"delegate"_s));
            QVERIFY(!dialog->isFieldShown(u"quorum"_s));
            QVERIFY(!okButton(dialog)->isEnabled()); // no delegate chosen yet
            chooseText(child<QComboBox>(dialog, u"delegate"_s), u"General Assembly"_s);
            QVERIFY(okButton(dialog)->isEnabled());
            QVERIFY(
                dialog->explanation(u"method"_s).contains(u"General Assembly decides for it"_s));

            chooseEnum(method, DecisionMethod::ConsensusThenVote);
            QVERIFY(dialog->isFieldShown(u"attempts"_s));
            QVERIFY(dialog->isFieldShown(u"fallback"_s));
            QVERIFY(!dialog->isFieldShown(u"delegate"_s));
            QCOMPARE(child<QSpinBox>(dialog, u"attempts"_s)->value(), 2);
            chooseEnum(child<QComboBox>(dialog, u"fallback"_s), DecisionMethod::Majority);
            QVERIFY(!dialog->isFieldShown(u"threshold"_s));

            auto *quorum = child<QComboBox>(dialog, u"quorum-kind"_s);
            chooseEnum(quorum, QuorumKind::Count);
            child<QSpinBox>(dialog, u"quorum-count"_s)->setValue(5);
            QVERIFY(dialog->explanation(u"quorum"_s).contains(u"can never decide"_s));
            chooseEnum(quorum, QuorumKind::Majority);
            QCOMPARE(dialog->explanation(u"quorum"_s),
                     u"More than half of the voting members must be present. With 3 voting "
                     "members, 2 must be present."_s);
            chooseEnum(quorum, QuorumKind::Fraction);
            auto *share = child<FractionEdit>(dialog, u"quorum-fraction"_s);
            share->numerator()->setValue(2);
            share->denominator()->setValue(3);
            QVERIFY(dialog->explanation(u"quorum"_s)
                        .endsWith(u"With 3 voting members, 2 must be present."_s));
            chooseEnum(quorum, QuorumKind::Majority);

            child<QSpinBox>(dialog, u"notice"_s)->setValue(7);
            QCOMPARE(dialog->explanation(u"notice"_s),
                     u"A meeting must be called at least 7 days ahead; a decision taken with less "
                     "notice is flagged."_s);
            QVERIFY(dialog->explanation(u"areas"_s).contains(u"settle nothing alone"_s));
            child<QCheckBox>(dialog, u"area-events"_s)->setChecked(true);
            QVERIFY(dialog->explanation(u"areas"_s).contains(u"settle alone: Events."_s));
            auto *ladder = child<EscalationEditor>(dialog, u"escalation"_s);
            chooseText(ladder->choice(), u"Mediator"_s);
            ladder->addStep();
            chooseText(ladder->choice(), u"Panel"_s);
            ladder->addStep();
            ladder->moveCurrentStep(-1);
            QCOMPARE(ladder->steps(),
                     (QList<EscalationStep>{EscalationStep::Panel, EscalationStep::Mediator}));
            QCOMPARE(
                dialog->explanation(u"escalation"_s),
                u"A disagreement the body cannot settle goes, in turn, to: panel → mediator."_s);
            child<QSpinBox>(dialog, u"reopen-days"_s)->setValue(90);
            child<QCheckBox>(dialog, u"reopen-new-information"_s)->setChecked(true);
            QVERIFY(dialog->explanation(u"reopening"_s).contains(u"once 90 days have passed"_s));
            QVERIFY(dialog->explanation(u"reopening"_s).contains(u"only when new information"_s));
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        bodyActions()->editProcedureAction()->trigger();

        const QString expected = u"Consensus, then a majority vote after 2 attempts · quorum: "
                                 "more than half · 7 days' notice"_s;
        QCOMPARE(bodyColumn(m_steering, BodyListModel::ProcedureColumn), expected);
        auto stored = workspace().procedures().forBody(m_steering);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->method, DecisionMethod::ConsensusThenVote);
        QCOMPARE((*stored)->areas, QList<DecisionArea>{DecisionArea::Events});
        QCOMPARE((*stored)->reopening.minimumDays, 90);
        QVERIFY(!bodies()->procedureNote()->isVisibleTo(m_page.get()));
        QCOMPARE(bodies()->procedureFields()->text(u"method"_s),
                 u"Consensus, then a majority vote after 2 attempts"_s);
        QCOMPARE(bodyActions()->editProcedureAction()->text(), u"Edit &Procedure…"_s);
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Set decision procedure of “Steering Committee”"_s);
        checkUndoRedo(before, [&](bool undone) {
            QCOMPARE(bodyColumn(m_steering, BodyListModel::ProcedureColumn),
                     undone ? u"No procedure yet"_s : expected);
        });

        // Editing the existing procedure keeps its id and shows the change.
        onDialog<ProcedureDialog>([&](ProcedureDialog *dialog) {
            QCOMPARE(child<QSpinBox>(dialog, u"notice"_s)->value(), 7);
            child<QSpinBox>(dialog, u"notice"_s)->setValue(1);
            okButton(dialog)->click();
        });
        bodyActions()->editProcedureAction()->trigger();
        QVERIFY(
            bodyColumn(m_steering, BodyListModel::ProcedureColumn).endsWith(u"1 day's notice"_s));
        QCOMPARE((*workspace().procedures().forBody(m_steering))->id, (*stored)->id);
        m_session->undoStack()->undo();
        QCOMPARE(bodyColumn(m_steering, BodyListModel::ProcedureColumn), expected);
    }

    void removesBodyAfterConfirmation()
    {
        selectBody(m_steering);
        const Snapshot before = snapshot();
        MessageBox::setNextAnswer(1); // cancel
        bodyActions()->removeBodyAction()->trigger();
        QCOMPARE(snapshot(), before);
        const QString asked = MessageBox::lastText();
        QVERIFY2(asked.contains(u"Remove Steering Committee?"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"its 1 meeting"_s), qPrintable(asked));

        MessageBox::setNextAnswer(0);
        bodyActions()->removeBodyAction()->trigger();
        QCOMPARE(bodies()->model()->rowCount(), 1);
        QCOMPARE(bodies()->model()->rowOf(m_steering), -1);
        auto meetings = workspace().meetings().listForCoalition(m_coalition);
        QVERIFY(meetings && meetings->isEmpty());
        checkUndoRedo(before, [this](bool undone) {
            QCOMPARE(bodies()->model()->rowCount(), undone ? 2 : 1);
        });
        m_session->undoStack()->undo();
        auto restored = workspace().meetings().listForCoalition(m_coalition);
        QVERIFY(restored && restored->size() == 1);
    }

    void showsRecordsItIsAskedFor()
    {
        m_session->setCurrentCoalition(m_otherCoalition);
        QVERIFY(m_page->showRecord(
            {RecordKind::GroundRule, m_rules.value(u"Minutes within a week"_s)}));
        QCOMPARE(m_session->currentCoalition(), m_coalition);
        QCOMPARE(m_page->tabs()->currentWidget(), rules());
        QCOMPARE(rules()->currentRuleId(), m_rules.value(u"Minutes within a week"_s));
        QVERIFY(m_page->showRecord({RecordKind::Procedure, m_assemblyProcedure}));
        QCOMPARE(m_page->tabs()->currentWidget(), bodies());
        QCOMPARE(bodies()->currentBodyId(), m_assembly);
        QVERIFY(m_page->showRecord({RecordKind::Body, m_steering}));
        QCOMPARE(bodies()->currentBodyId(), m_steering);
        QVERIFY(!m_page->showRecord({RecordKind::Meeting, 1}));
        QVERIFY(!m_page->showRecord({RecordKind::GroundRule, 9999}));

        // A warning about the coalition itself (a key area with no rule at
        // all) opens the rulebook on the first area that is missing.
        QVERIFY(m_page->showRecord({RecordKind::Coalition, m_coalition}));
        QCOMPARE(m_page->tabs()->currentWidget(), rules());
        const QList<RuleArea> missing = rules()->model()->missingKeyAreas();
        QVERIFY(!missing.isEmpty());
        QCOMPARE(rules()->currentRuleId(), Id(0));
        QCOMPARE(rules()->currentArea(), std::optional<RuleArea>(missing.constFirst()));
    }
};

QTEST_MAIN(TestGovernancePage)
#include "tst_governancepage.moc"
