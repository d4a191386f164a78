// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/messagebox.h"
#include "dialogs/barriersdialog.h"
#include "dialogs/coalitiondialog.h"
#include "dialogs/contributionsdialog.h"
#include "dialogs/interestsdialog.h"
#include "dialogs/memberdialog.h"
#include "dialogs/statuschangedialog.h"
#include "domain/membershiprules.h"
#include "io/demoworkspace.h"
#include "models/contributiontablemodel.h"
#include "models/memberfilterproxymodel.h"
#include "models/membertablemodel.h"
#include "pages/coalitionspage.h"
#include "pages/memberactions.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/coalitiondetailsform.h"
#include "widgets/linelisteditor.h"
#include "widgets/memberdetailspanel.h"
#include "widgets/membersview.h"
#include "widgets/optionaldateedit.h"
#include "widgets/organizationcombobox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    QList<CoalitionInfo> coalitions;
    QList<Membership> memberships;

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

void chooseText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

template<typename E>
void chooseEnum(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

} // namespace

class TestCoalitionsPage : public QObject
{
    Q_OBJECT

private:
    void open(bool demo)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto workspace
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        if (demo) {
            const Status populated = DemoWorkspace::populate(**workspace);
            QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));
        }
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace).value());
        m_page = std::make_unique<CoalitionsPage>(*m_session);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_testers.clear();
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    Workspace &workspace() { return m_session->workspace(); }
    MembersView *view() { return m_page->membersView(); }
    MemberTableModel *model() { return view()->model(); }
    MemberFilterProxyModel *proxy() { return view()->proxy(); }
    MemberActions *actions() { return m_page->memberActions(); }

    Id coalitionNamed(const QString &name)
    {
        auto found = workspace().coalitions().findByName(name);
        return found && *found ? (*found)->id : 0;
    }
    Id organizationNamed(const QString &name)
    {
        auto found = workspace().organizations().findByName(name);
        return found && *found ? (*found)->id : 0;
    }
    Membership memberOf(Id coalitionId, const QString &organization)
    {
        auto found = workspace().memberships().find(coalitionId, organizationNamed(organization));
        return found && *found ? **found : Membership{};
    }
    Id riverside() { return coalitionNamed(u"Riverside Neighbourhood Coalition"_s); }
    Id campaign() { return coalitionNamed(u"Fair Rents Campaign 2027"_s); }

    int rowOf(const QString &organization)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->organizationName(row) == organization)
                return row;
        }
        return -1;
    }
    void select(const QString &organization)
    {
        const int row = rowOf(organization);
        QVERIFY2(row >= 0, qPrintable(organization));
        view()->selectMembership(model()->membership(row).id);
        QCOMPARE(view()->currentMembershipId(), model()->membership(row).id);
    }

    Snapshot snapshot()
    {
        auto coalitions = workspace().coalitions().list();
        auto memberships = workspace().memberships().list();
        if (!coalitions || !memberships)
            return {};
        return {*coalitions, *memberships};
    }

    // Undo restores `before` exactly, redo `after`; the table follows.
    void checkUndoRedo(const Snapshot &before, const Snapshot &after)
    {
        QVERIFY(before != after);
        QCOMPARE(snapshot(), after);
        const int rowsAfter = model()->rowCount();
        m_session->undoStack()->undo();
        QCOMPARE(snapshot(), before);
        m_session->undoStack()->redo();
        QCOMPARE(snapshot(), after);
        QCOMPARE(model()->rowCount(), rowsAfter);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<CoalitionsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { open(true); }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_session.reset();
        m_dir.reset();
    }

    void showsCurrentCoalitionAndItsMembers()
    {
        QVERIFY(m_page->isCoalitionScoped());
        // The page fits beside the sidebar in a window 1024 pixels wide.
        QVERIFY2(m_page->minimumSizeHint().width() <= 700,
                 qPrintable(QString::number(m_page->minimumSizeHint().width())));
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_session->currentCoalition(), riverside());
        const QString heading = child<QLabel>(m_page.get(), u"coalitionTitle"_s)->text();
        const QString subheading = child<QLabel>(m_page.get(), u"coalitionSubtitle"_s)->text();
        QVERIFY2(heading.contains(u"Riverside Neighbourhood Coalition"_s), qPrintable(heading));
        QVERIFY2(subheading.contains(u"Ongoing coalition"_s), qPrintable(subheading));
        QVERIFY2(subheading.contains(u"15 member organizations"_s), qPrintable(subheading));

        QCOMPARE(model()->rowCount(), 15);
        QCOMPARE(proxy()->rowCount(), 15);
        QSet<int> statuses;
        for (int row = 0; row < model()->rowCount(); ++row)
            statuses.insert(model()->index(row, 0).data(MemberTableModel::StatusRole).toInt());
        QCOMPARE(statuses.size(), qsizetype(5));
        const int tenants = rowOf(u"Riverside Tenants' Union"_s);
        QVERIFY(tenants >= 0);
        QCOMPARE(model()->index(tenants, MemberTableModel::RepresentativeColumn).data().toString(),
                 u"Amara Okafor"_s);
        QCOMPARE(model()->index(tenants, MemberTableModel::AlternateColumn).data().toString(),
                 u"Kwame Asante"_s);
        QCOMPARE(model()->index(tenants, MemberTableModel::StatusColumn).data().toString(),
                 u"Active"_s);
        const QString contributions
            = model()
                  ->index(rowOf(u"Eastgate Food Bank"_s), MemberTableModel::ContributionsColumn)
                  .data()
                  .toString();
        QCOMPARE(contributions, u"Volunteers 300.00 per quarter"_s);

        // Sorted by organization name; the first column header names it.
        QCOMPARE(proxy()->index(0, 0).data().toString(), u"Al-Noor Community Centre"_s);
        view()->table()->sortByColumn(MemberTableModel::JoinedColumn, Qt::DescendingOrder);
        QDate previous = QDate(9999, 1, 1);
        for (int row = 0; row < proxy()->rowCount(); ++row) {
            const QDate joined = proxy()
                                     ->index(row, MemberTableModel::JoinedColumn)
                                     .data(MemberTableModel::SortRole)
                                     .toDate();
            if (joined.isValid()) {
                QVERIFY(joined <= previous);
                previous = joined;
            }
        }

        // Selecting a member shows its details.
        select(u"Eastgate Food Bank"_s);
        MemberDetailsPanel *details = view()->details();
        QCOMPARE(details->statusHistory()->topLevelItemCount(), 2);
        QCOMPARE(details->statusHistory()->topLevelItem(1)->text(2),
                 u"Joined at a general meeting"_s);
        QCOMPARE(details->sharedInterests()->item(0)->text(), u"Food security for families"_s);
        QCOMPARE(details->barriers()->item(0)->text(),
                 u"Board approval needed for anything beyond volunteers"_s);
        QCOMPARE(details->contributions()->topLevelItem(0)->text(1),
                 u"Volunteers for outreach days"_s);
        QVERIFY(child<QLabel>(details, u"memberTitle"_s)->text().contains(u"Eastgate"_s));
        QVERIFY(details->duesLabel()->text().contains(u"paid through"_s));
    }

    void filtersByStatusAndText()
    {
        QComboBox *status = view()->statusFilter();
        chooseEnum(status, MembershipStatus::Withdrawn);
        QCOMPARE(proxy()->rowCount(), 1);
        QCOMPARE(proxy()->index(0, 0).data().toString(), u"Lakeside Legal Advice Centre"_s);
        chooseEnum(status, MembershipStatus::Active);
        QCOMPARE(proxy()->rowCount(), 11);
        status->setCurrentIndex(0);
        QCOMPARE(proxy()->rowCount(), 15);

        // Edit > Find lands in the filter, which searches names and representatives.
        QLineEdit *search = m_page->searchField();
        QVERIFY(search);
        QTest::keyClicks(search, u"okafor"_s);
        QCOMPARE(proxy()->rowCount(), 1);
        QCOMPARE(proxy()->index(0, 0).data().toString(), u"Riverside Tenants' Union"_s);
        search->clear();
        QTest::keyClicks(search, u"no such member"_s);
        QCOMPARE(proxy()->rowCount(), 0);
        QVERIFY(child<QLabel>(view(), u"membersEmpty"_s)->isVisible());
        search->clear();
        QCOMPARE(proxy()->rowCount(), 15);
    }

    void followsTheCurrentCoalition()
    {
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        m_session->setCurrentCoalition(campaign());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(proxy()->rowCount(), 3);
        QVERIFY(child<QLabel>(m_page.get(), u"coalitionTitle"_s)
                    ->text()
                    .contains(u"Fair Rents Campaign 2027"_s));
        QVERIFY(
            child<QLabel>(m_page.get(), u"coalitionSubtitle"_s)->text().contains(u"Campaign"_s));
        QCOMPARE(m_page->detailsForm()->original().id, campaign());
        m_session->setCurrentCoalition(riverside());
        QCOMPARE(model()->rowCount(), 15);
        QCOMPARE(m_page->detailsForm()->original().id, riverside());
    }

    void addsMemberThroughTheDialog()
    {
        m_session->setCurrentCoalition(campaign());
        const Snapshot before = snapshot();
        const QDate paid = QDate::currentDate().addMonths(6);
        QStringList representatives;
        onDialog<MemberDialog>([&](MemberDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled()); // no organization chosen yet
            auto *organization = child<QComboBox>(dialog, u"organization"_s);
            QCOMPARE(organization->findText(u"Riverside Tenants' Union"_s), -1); // a member
            chooseText(organization, u"Eastgate Food Bank"_s);
            auto *representative = child<QComboBox>(dialog, u"representative"_s);
            for (int i = 0; i < representative->count(); ++i)
                representatives.append(representative->itemText(i));
            chooseText(representative, u"Tomasz"_s);
            chooseText(child<QComboBox>(dialog, u"alternate"_s), u"Sofia"_s);
            chooseEnum(child<QComboBox>(dialog, u"status"_s), MembershipStatus::Active);
            chooseEnum(child<QComboBox>(dialog, u"kind"_s), MembershipKind::Observer);
            child<QDoubleSpinBox>(dialog, u"dues"_s)->setValue(45.5);
            auto *paidThrough = child<OptionalDateEdit>(dialog, u"dues-paid-through"_s);
            paidThrough->checkBox()->click();
            paidThrough->dateEdit()->setDate(paid);
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        actions()->addMemberAction()->trigger();

        QCOMPARE(representatives.size(), 3); // no one, and the two people of the food bank
        QVERIFY(representatives.join(u' ').contains(u"Sofia Lindqvist"_s));
        QVERIFY(!representatives.join(u' ').contains(u"Amara"_s));
        const Membership added = memberOf(campaign(), u"Eastgate Food Bank"_s);
        QVERIFY(added.id > 0);
        QCOMPARE(added.status, MembershipStatus::Active);
        QCOMPARE(added.kind, MembershipKind::Observer);
        QCOMPARE(added.duesCents, qint64(4550));
        QCOMPARE(added.duesPaidThrough, paid);
        QCOMPARE(added.joinedOn, QDate::currentDate()); // becoming active gives a joined date
        QVERIFY(added.representativeId && added.alternateId);
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(view()->currentMembershipId(), added.id);
        QCOMPARE(m_session->undoStack()->undoText(), u"Add member “Eastgate Food Bank”"_s);
        checkUndoRedo(before, snapshot());
    }

    void invalidMemberShowsTheCoreMessage()
    {
        m_session->setCurrentCoalition(campaign());
        const Snapshot before = snapshot();
        QString alternateError;
        bool okEnabled = true;
        onDialog<MemberDialog>([&](MemberDialog *dialog) {
            chooseText(child<QComboBox>(dialog, u"organization"_s), u"Eastgate Food Bank"_s);
            chooseText(child<QComboBox>(dialog, u"representative"_s), u"Tomasz"_s);
            chooseText(child<QComboBox>(dialog, u"alternate"_s), u"Tomasz"_s);
            alternateError = dialog->fieldError(u"alternate"_s);
            okEnabled = okButton(dialog)->isEnabled();
            okButton(dialog)->click(); // refused while the problem remains
        });
        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_Insert);

        Membership same;
        same.coalitionId = 1;
        same.organizationId = 1;
        same.representativeId = same.alternateId = 7;
        const Problems expected = Validation::check(same);
        QCOMPARE(expected.size(), qsizetype(1));
        QVERIFY(!alternateError.isEmpty());
        QCOMPARE(alternateError, expected.first().message);
        QVERIFY(!okEnabled);
        QCOMPARE(snapshot(), before);
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void editsMemberWithEnter()
    {
        select(u"Harbor Credit Union"_s);
        const Snapshot before = snapshot();
        bool organizationFixed = false;
        bool statusFixed = false;
        onDialog<MemberDialog>([&](MemberDialog *dialog) {
            organizationFixed = !child<QComboBox>(dialog, u"organization"_s)->isEnabled();
            statusFixed = !child<QComboBox>(dialog, u"status"_s)->isEnabled();
            chooseEnum(child<QComboBox>(dialog, u"kind"_s), MembershipKind::NonVotingAlly);
            child<QPlainTextEdit>(dialog, u"notes"_s)->setPlainText(u"Rejoining in spring"_s);
            okButton(dialog)->click();
        });
        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_Return);

        QVERIFY(organizationFixed);
        QVERIFY(statusFixed);
        const Membership edited = memberOf(riverside(), u"Harbor Credit Union"_s);
        QCOMPARE(edited.kind, MembershipKind::NonVotingAlly);
        QCOMPARE(edited.notes, u"Rejoining in spring"_s);
        QCOMPARE(model()
                     ->index(rowOf(u"Harbor Credit Union"_s), MemberTableModel::KindColumn)
                     .data()
                     .toString(),
                 u"Non-voting ally"_s);
        checkUndoRedo(before, snapshot());
    }

    void changesStatusWithDateAndNote()
    {
        select(u"Eastgate Food Bank"_s);
        const Snapshot before = snapshot();
        const Membership old = memberOf(riverside(), u"Eastgate Food Bank"_s);
        const QDate on = QDate::currentDate().addDays(-2);
        onDialog<StatusChangeDialog>([&](StatusChangeDialog *dialog) {
            chooseEnum(child<QComboBox>(dialog, u"new-status"_s), MembershipStatus::Inactive);
            child<QDateEdit>(dialog, u"date"_s)->setDate(on);
            QTest::keyClicks(child<QLineEdit>(dialog, u"note"_s), u"Missed three meetings"_s);
            okButton(dialog)->click();
        });
        actions()->changeStatusAction()->trigger();

        const Membership changed = memberOf(riverside(), u"Eastgate Food Bank"_s);
        QCOMPARE(changed.status, MembershipStatus::Inactive);
        QCOMPARE(changed.history.size(), old.history.size() + 1);
        QCOMPARE(changed.history.last(),
                 (StatusChange{MembershipStatus::Inactive, on, u"Missed three meetings"_s}));
        QCOMPARE(model()
                     ->index(rowOf(u"Eastgate Food Bank"_s), MemberTableModel::StatusColumn)
                     .data()
                     .toString(),
                 u"Inactive"_s);
        QTreeWidget *history = view()->details()->statusHistory();
        QTreeWidgetItem *last = history->topLevelItem(history->topLevelItemCount() - 1);
        QCOMPARE(last->data(0, Qt::UserRole).toDate(), on);
        QCOMPARE(last->text(1), u"Inactive"_s);
        QCOMPARE(last->text(2), u"Missed three meetings"_s);
        checkUndoRedo(before, snapshot());
        QCOMPARE(history->topLevelItemCount(), changed.history.size());
    }

    void refusesStatusChangeBeforeTheLastOne()
    {
        select(u"Eastgate Food Bank"_s);
        const Snapshot before = snapshot();
        const Membership member = memberOf(riverside(), u"Eastgate Food Bank"_s);
        QString dateError;
        bool okEnabled = true;
        onDialog<StatusChangeDialog>([&](StatusChangeDialog *dialog) {
            child<QDateEdit>(dialog, u"date"_s)->setDate(member.history.last().on.addDays(-1));
            dateError = dialog->fieldError(u"date"_s);
            okEnabled = okButton(dialog)->isEnabled();
            okButton(dialog)->click();
        });
        actions()->changeStatusAction()->trigger();

        Membership unordered = member;
        unordered.history.append(
            {MembershipStatus::Inactive, member.history.last().on.addDays(-1), {}});
        const Problems expected = Validation::check(unordered);
        QCOMPARE(expected.size(), qsizetype(1));
        QCOMPARE(dateError, expected.first().message);
        QVERIFY(!okEnabled);
        QCOMPARE(snapshot(), before);
    }

    void editsContributions()
    {
        select(u"Eastgate Food Bank"_s);
        const Snapshot before = snapshot();
        QString negativeError;
        onDialog<ContributionsDialog>([&](ContributionsDialog *dialog) {
            QAbstractItemModelTester tester(dialog->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            ContributionTableModel *contributions = dialog->model();
            QCOMPARE(contributions->rowCount(), 1);
            child<QPushButton>(dialog, u"addContribution"_s)->click();
            QCOMPARE(contributions->rowCount(), 2);
            const auto set = [&](int column, const QVariant &value) {
                contributions->setData(contributions->index(1, column), value);
            };
            set(ContributionTableModel::KindColumn, static_cast<int>(ContributionKind::Space));
            set(ContributionTableModel::DescriptionColumn, u"Warehouse corner for storage"_s);
            set(ContributionTableModel::ValueColumn, -20.0);
            negativeError = dialog->fieldError(u"contributions"_s);
            QVERIFY(!okButton(dialog)->isEnabled());
            set(ContributionTableModel::ValueColumn, 150.25);
            set(ContributionTableModel::PeriodColumn,
                static_cast<int>(ContributionPeriod::Monthly));
            QVERIFY(okButton(dialog)->isEnabled());
            // The first one goes.
            dialog->table()->setCurrentIndex(contributions->index(0, 0));
            child<QPushButton>(dialog, u"removeContribution"_s)->click();
            QCOMPARE(contributions->rowCount(), 1);
            okButton(dialog)->click();
        });
        actions()->editContributionsAction()->trigger();

        QVERIFY2(negativeError.contains(u"negative"_s), qPrintable(negativeError));
        const Membership edited = memberOf(riverside(), u"Eastgate Food Bank"_s);
        const QList<Contribution> expected{{ContributionKind::Space,
                                            u"Warehouse corner for storage"_s, 15025,
                                            ContributionPeriod::Monthly}};
        QCOMPARE(edited.contributions, expected);
        QCOMPARE(view()->details()->contributions()->topLevelItemCount(), 1);
        QCOMPARE(view()->details()->contributions()->topLevelItem(0)->text(1),
                 u"Warehouse corner for storage"_s);
        QCOMPARE(model()
                     ->index(rowOf(u"Eastgate Food Bank"_s), MemberTableModel::ContributionsColumn)
                     .data()
                     .toString(),
                 u"Meeting or office space 150.25 per month"_s);
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Edit contributions of “Eastgate Food Bank”"_s);
        checkUndoRedo(before, snapshot());
    }

    void editsBarriers()
    {
        select(u"City Public Health Office"_s);
        const Snapshot before = snapshot();
        QString blankError;
        onDialog<BarriersDialog>([&](BarriersDialog *dialog) {
            LineListEditor *editor = dialog->editor();
            QCOMPARE(editor->lines().size(), 1);
            editor->addButton()->click();
            blankError = dialog->fieldError(u"barriers"_s);
            QVERIFY(!okButton(dialog)->isEnabled());
            QListWidget *list = editor->list();
            list->item(1)->setText(u"Budget frozen until April"_s);
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        actions()->editBarriersAction()->trigger();

        Membership blank;
        blank.coalitionId = blank.organizationId = 1;
        blank.barriers = {QString()};
        QCOMPARE(blankError, Validation::check(blank).first().message);
        const Membership edited = memberOf(riverside(), u"City Public Health Office"_s);
        QCOMPARE(edited.barriers,
                 (QStringList{u"Staff may not lobby in working hours"_s,
                              u"Budget frozen until April"_s}));
        QCOMPARE(view()->details()->barriers()->count(), 2);
        checkUndoRedo(before, snapshot());
    }

    void editsInterests()
    {
        select(u"Riverside Tenants' Union"_s);
        const Snapshot before = snapshot();
        QString conflictingError;
        onDialog<InterestsDialog>([&](InterestsDialog *dialog) {
            dialog->conflictingEditor()->addButton()->click();
            conflictingError = dialog->fieldError(u"conflicting-interests"_s);
            QVERIFY(dialog->fieldError(u"interests"_s).isEmpty());
            dialog->conflictingEditor()->list()->item(0)->setText(u"Landlord members"_s);
            dialog->sharedEditor()->addButton()->click();
            dialog->sharedEditor()->list()->item(1)->setText(u"Tenant protections"_s);
            okButton(dialog)->click();
        });
        actions()->editInterestsAction()->trigger();

        QVERIFY(!conflictingError.isEmpty());
        const Membership edited = memberOf(riverside(), u"Riverside Tenants' Union"_s);
        const QList<Interest> expected{
            {InterestKind::Shared, u"Safe and affordable housing"_s},
            {InterestKind::Shared, u"Tenant protections"_s},
            {InterestKind::Conflicting, u"Landlord members"_s},
        };
        QCOMPARE(edited.interests, expected);
        QCOMPARE(view()->details()->conflictingInterests()->item(0)->text(), u"Landlord members"_s);
        checkUndoRedo(before, snapshot());
    }

    void removesMemberAfterConfirmation()
    {
        select(u"Youth Voices Collective"_s);
        const Snapshot before = snapshot();
        view()->table()->setFocus();
        MessageBox::setNextAnswer(1); // cancel
        QTest::keyClick(view()->table(), Qt::Key_Delete);
        QVERIFY2(MessageBox::lastText().contains(u"Youth Voices Collective"_s),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(snapshot(), before);

        MessageBox::setNextAnswer(0);
        actions()->removeMemberAction()->trigger();
        QCOMPARE(model()->rowCount(), 14);
        QCOMPARE(rowOf(u"Youth Voices Collective"_s), -1);
        QCOMPARE(memberOf(riverside(), u"Youth Voices Collective"_s).id, Id(0));
        checkUndoRedo(before, snapshot());
        m_session->undoStack()->undo();
        QVERIFY(rowOf(u"Youth Voices Collective"_s) >= 0);
    }

    void highlightsOverdueDues()
    {
        const QDate today = QDate::currentDate();
        const int late = rowOf(u"Millbrook Community College"_s); // paid through 3 months ago
        const int paidUp = rowOf(u"Riverside Tenants' Union"_s); // paid 6 months ahead
        QVERIFY(late >= 0 && paidUp >= 0);
        const QModelIndex lateDues = model()->index(late, MemberTableModel::DuesColumn);
        const QModelIndex paidDues = model()->index(paidUp, MemberTableModel::DuesColumn);
        QVERIFY(MembershipRules::isDuesOverdue(model()->membership(late), today));
        QVERIFY(lateDues.data(MemberTableModel::DuesOverdueRole).toBool());
        QVERIFY(lateDues.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        const QString tip = lateDues.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"3 months ago"_s), qPrintable(tip));
        QVERIFY2(tip.contains(lateDues.data().toString()), qPrintable(tip));

        QVERIFY(!paidDues.data(MemberTableModel::DuesOverdueRole).toBool());
        QVERIFY(!paidDues.data(Qt::BackgroundRole).isValid());
        QVERIFY(paidDues.data(Qt::ToolTipRole).toString().contains(u"paid through"_s));
        // Withdrawn members are not chased for dues.
        const int withdrawn = rowOf(u"Lakeside Legal Advice Centre"_s);
        QVERIFY(!model()
                     ->index(withdrawn, MemberTableModel::DuesColumn)
                     .data(MemberTableModel::DuesOverdueRole)
                     .toBool());
    }

    void editsDetails()
    {
        CoalitionDetailsForm *form = m_page->detailsForm();
        // The lead's list of organizations is read when the details are first shown.
        child<QTabWidget>(m_page.get(), u"coalitionTabs"_s)->setCurrentWidget(form);
        const Snapshot before = snapshot();
        QPushButton *apply = form->applyButton();
        QVERIFY(!apply->isEnabled());

        // A campaign without an end date: the core's message, nothing to apply.
        chooseEnum(child<QComboBox>(form, u"type"_s), CoalitionType::Campaign);
        CoalitionInfo campaignWithoutEnd = form->original();
        campaignWithoutEnd.type = CoalitionType::Campaign;
        QCOMPARE(form->fieldError(u"end"_s), Validation::check(campaignWithoutEnd).first().message);
        QVERIFY(!apply->isEnabled());
        form->revertButton()->click();
        QCOMPARE(form->coalition(), form->original());

        auto *vision = child<QPlainTextEdit>(form, u"vision"_s);
        vision->setPlainText(u"A secure home for every household."_s);
        child<QSpinBox>(form, u"meeting-length"_s)->setValue(120);
        chooseText(child<QComboBox>(form, u"lead"_s), u"Eastgate Food Bank"_s);
        auto *end = child<OptionalDateEdit>(form, u"end"_s);
        end->checkBox()->click();
        end->dateEdit()->setDate(QDate::currentDate().addYears(2));
        QVERIFY(apply->isEnabled());
        apply->click();

        const CoalitionInfo stored = *workspace().coalitions().get(riverside());
        QCOMPARE(stored.vision, u"A secure home for every household."_s);
        QCOMPARE(stored.meetings.usualLengthMinutes, 120);
        QCOMPARE(stored.leadOrganizationId, organizationNamed(u"Eastgate Food Bank"_s));
        QCOMPARE(stored.endDate, QDate::currentDate().addYears(2));
        QCOMPARE(form->original(), stored);
        QVERIFY(!form->isModified());
        QVERIFY(!apply->isEnabled());
        QCOMPARE(m_session->undoStack()->count(), 1);
        checkUndoRedo(before, snapshot());
        m_session->undoStack()->undo();
        QCOMPARE(vision->toPlainText(), before.coalitions.first().vision);
    }

    void leadIsKeptBeforeTheDetailsAreShownAndFollowsRenames()
    {
        const Id foodBank = organizationNamed(u"Eastgate Food Bank"_s);
        CoalitionInfo led = *workspace().coalitions().get(riverside());
        led.leadOrganizationId = foodBank;
        QVERIFY(m_session
                    ->perform(u"Lead"_s, {{RecordKind::Coalition, riverside()}},
                              [&led](Workspace &w) -> Result<QList<RecordKey>> {
                                  if (Status status = w.coalitions().update(led); !status)
                                      return status.error();
                                  return QList<RecordKey>{};
                              })
                    .ok());
        CoalitionDetailsForm *form = m_page->detailsForm();
        // Not shown yet: no names read, and the form still reads the stored lead.
        QVERIFY(!m_session->hasOrganizationChoices());
        QCOMPARE(form->coalition().leadOrganizationId, std::optional<Id>(foodBank));
        QVERIFY(!form->isModified());
        child<QPlainTextEdit>(form, u"notes"_s)->setPlainText(u"Meets at the library"_s);
        QCOMPARE(form->coalition().leadOrganizationId, std::optional<Id>(foodBank));
        form->revertButton()->click();

        child<QTabWidget>(m_page.get(), u"coalitionTabs"_s)->setCurrentWidget(form);
        QVERIFY(m_session->hasOrganizationChoices());
        OrganizationComboBox *lead = form->leadChoice();
        QCOMPARE(lead->currentText(), u"Eastgate Food Bank"_s);
        QCOMPARE(lead->itemText(0), u"None"_s);
        QCOMPARE(lead->count(), int(workspace().organizations().count().value()) + 1);
        QVERIFY(!form->isModified());

        // Renaming the lead moves it in the list; the form shows the new name
        // and stays unmodified, with no full reload of the list.
        QSignalSpy resets(lead->model(), &QAbstractItemModel::modelReset);
        Organization renamed = *workspace().organizations().get(foodBank);
        renamed.name = u"Aardvark Food Bank"_s;
        QVERIFY(m_session
                    ->perform(u"Rename"_s, {{RecordKind::Organization, foodBank}},
                              [&renamed](Workspace &w) -> Result<QList<RecordKey>> {
                                  if (Status status = w.organizations().update(renamed); !status)
                                      return status.error();
                                  return QList<RecordKey>{};
                              })
                    .ok());
        QCOMPARE(lead->currentText(), u"Aardvark Food Bank"_s);
        QCOMPARE(lead->chosenId(), std::optional<Id>(foodBank));
        QVERIFY(!form->isModified());
        QCOMPARE(resets.count(), 0);

        // A typed name counts; one the list does not have is refused.
        lead->lineEdit()->setText(u"greenway foundation"_s);
        QTest::keyClick(lead->lineEdit(), Qt::Key_End); // an edit by the user
        QCOMPARE(form->coalition().leadOrganizationId,
                 std::optional<Id>(organizationNamed(u"Greenway Foundation"_s)));
        QVERIFY(form->isModified());
        lead->lineEdit()->setText(u"Nowhere Society"_s);
        QTest::keyClicks(lead->lineEdit(), u"x"_s);
        QCOMPARE(form->fieldError(u"lead"_s),
                 u"There is no organization named “Nowhere Societyx”: choose one from the list, "
                 "or “None”."_s);
        QCOMPARE(form->coalition().leadOrganizationId, std::optional<Id>(foodBank));
        QVERIFY(!form->applyButton()->isEnabled());
        QVERIFY(form->revertButton()->isEnabled());
        form->revertButton()->click();
        QCOMPARE(lead->currentText(), u"Aardvark Food Bank"_s);
        QVERIFY(form->fieldError(u"lead"_s).isEmpty());
    }

    void memberDialogOffersTheOrganizationsNotYetMembers()
    {
        m_session->setCurrentCoalition(campaign());
        const Snapshot before = snapshot();
        const int organizations = int(workspace().organizations().count().value());
        const int members = model()->rowCount();
        int offered = -1;
        bool memberOffered = true;
        QString unknownError;
        onDialog<MemberDialog>([&](MemberDialog *dialog) {
            auto *organization = child<OrganizationComboBox>(dialog, u"organization"_s);
            offered = organization->count();
            memberOffered
                = organization->rowOfId(organizationNamed(u"Riverside Tenants' Union"_s)) >= 0;
            QCOMPARE(organization->currentIndex(), -1);
            QTest::keyClicks(organization->lineEdit(), u"Riverside Tenants' Union"_s);
            unknownError = dialog->fieldError(u"organization"_s);
            organization->lineEdit()->clear();
            QTest::keyClicks(organization->lineEdit(), u"harbor CREDIT union"_s);
            QVERIFY(dialog->fieldError(u"organization"_s).isEmpty());
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        actions()->addMemberAction()->trigger();
        QCOMPARE(offered, organizations - members);
        QVERIFY(!memberOffered);
        QCOMPARE(unknownError,
                 u"“Riverside Tenants' Union” is not an organization that can "
                 "join: choose one from the list."_s);
        QVERIFY(memberOf(campaign(), u"Harbor Credit Union"_s).id > 0);
        checkUndoRedo(before, snapshot());
    }

    void createsCoalitionFromTheEmptyState()
    {
        cleanup();
        open(false);
        QVERIFY(m_page->isShowingEmptyState());
        QVERIFY(child<QWidget>(m_page.get(), u"emptyState"_s)->isVisible());
        QCOMPARE(m_session->currentCoalition(), Id(0));

        QString endError;
        QString nameError;
        onDialog<CoalitionDialog>([&](CoalitionDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled()); // a name is needed
            nameError = dialog->fieldError(u"name"_s);
            QTest::keyClicks(child<QLineEdit>(dialog, u"name"_s), u"Safe Streets Campaign"_s);
            chooseEnum(child<QComboBox>(dialog, u"type"_s), CoalitionType::Campaign);
            endError = dialog->fieldError(u"end"_s);
            QVERIFY(!okButton(dialog)->isEnabled());
            auto *end = child<OptionalDateEdit>(dialog, u"end"_s);
            end->checkBox()->click();
            end->dateEdit()->setDate(QDate::currentDate().addMonths(8));
            QVERIFY(dialog->fieldError(u"end"_s).isEmpty());
            QTest::keyClicks(child<QPlainTextEdit>(dialog, u"purpose"_s), u"Lower speeds"_s);
            okButton(dialog)->click();
        });
        child<QPushButton>(m_page.get(), u"emptyNewCoalition"_s)->click();

        CoalitionInfo campaignWithoutEnd;
        campaignWithoutEnd.name = u"x"_s;
        campaignWithoutEnd.type = CoalitionType::Campaign;
        QCOMPARE(endError, Validation::check(campaignWithoutEnd).first().message);
        QCOMPARE(nameError, Validation::check(CoalitionInfo{}).first().message);
        const Id created = coalitionNamed(u"Safe Streets Campaign"_s);
        QVERIFY(created > 0);
        QCOMPARE(m_session->currentCoalition(), created);
        QVERIFY(!m_page->isShowingEmptyState());
        QVERIFY(child<QLabel>(m_page.get(), u"coalitionTitle"_s)
                    ->text()
                    .contains(u"Safe Streets Campaign"_s));
        const CoalitionInfo stored = *workspace().coalitions().get(created);
        QCOMPARE(stored.type, CoalitionType::Campaign);
        QCOMPARE(stored.purpose, u"Lower speeds"_s);
        QCOMPARE(stored.endDate, QDate::currentDate().addMonths(8));

        const Snapshot after = snapshot();
        m_session->undoStack()->undo();
        QCOMPARE(snapshot(), Snapshot{});
        QVERIFY(m_page->isShowingEmptyState());
        m_session->undoStack()->redo();
        QCOMPARE(snapshot(), after);
    }

    void refusesASecondCoalitionOfTheSameName()
    {
        const Snapshot before = snapshot();
        QString nameError;
        onDialog<CoalitionDialog>([&](CoalitionDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, u"name"_s), u"fair rents campaign 2027"_s);
            nameError = dialog->fieldError(u"name"_s);
            okButton(dialog)->click();
        });
        m_page->newCoalitionAction()->trigger();
        QVERIFY2(nameError.contains(u"already in the workspace"_s), qPrintable(nameError));
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_session->currentCoalition(), riverside());
    }

    void updatesOnlyTheRowsThatChanged()
    {
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(model(), &QAbstractItemModel::dataChanged);
        const Id food = organizationNamed(u"Eastgate Food Bank"_s);
        // An edit from another page: the organization is renamed.
        auto done = m_session->perform(
            u"Rename"_s, {{RecordKind::Organization, food}},
            [food](Workspace &w) -> Result<QList<RecordKey>> {
                Organization organization = *w.organizations().get(food);
                organization.name = u"Eastgate Community Pantry"_s;
                if (Status status = w.organizations().update(organization); !status)
                    return status.error();
                return QList<RecordKey>{};
            });
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        QCOMPARE(resets.size(), 0);
        QVERIFY(changes.size() >= 1);
        QVERIFY(rowOf(u"Eastgate Community Pantry"_s) >= 0);
        m_session->undoStack()->undo();
        QVERIFY(rowOf(u"Eastgate Food Bank"_s) >= 0);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_MAIN(TestCoalitionsPage)
#include "tst_coalitionspage.moc"
