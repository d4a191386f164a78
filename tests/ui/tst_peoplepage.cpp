// SPDX-License-Identifier: GPL-3.0-or-later
// The People page: reading when first shown, search and the organization
// filter against the core matcher, sorting, adding, editing and removing
// through the page with undo and redo, and the detail panel.
#include "app/messagebox.h"
#include "dialogs/persondialog.h"
#include "models/persontablemodel.h"
#include "pages/peoplepage.h"
#include "registryfixture.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/emptylistnotice.h"
#include "widgets/persondetails.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;

namespace {

using namespace RegistryFixture;
using Tester = QAbstractItemModelTester;

QList<Id> shownIds(const QAbstractItemModel &model)
{
    return sorted(rowIds(model, PersonTableModel::IdRole));
}

// What the core matcher accepts, with the organization filter of the page.
QList<Id> expectedIds(Workspace &workspace, const QString &text,
                      Id organization = PersonTableModel::AnyOrganization)
{
    const PersonMatcher matcher(text);
    QList<Id> ids;
    const auto people = workspace.people().list();
    for (const Person &person : *people) {
        if (organization != PersonTableModel::AnyOrganization
            && person.organizationId.value_or(0) != organization)
            continue;
        const QString name = person.organizationId
            ? workspace.organizations().get(*person.organizationId)->name
            : QString();
        if (matcher.matches(person, name))
            ids.append(person.id);
    }
    return sorted(ids);
}

} // namespace

class TestPeoplePage : public RegistryTest
{
    Q_OBJECT

private Q_SLOTS:
    void readsThePeopleWhenFirstShown()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        PeoplePage page(*session);
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        QVERIFY(!page.model()->isLoaded());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.findChild<QSplitter *>(u"peopleSplitter"_s));
        page.show();
        QVERIFY(page.model()->isLoaded());
        QCOMPARE(page.model()->rowCount(), 21);
        QCOMPARE(shownIds(*page.model()), expectedIds(session->workspace(), {}));
        QCOMPARE(page.countLabel()->text(), u"21 people"_s);
        QCOMPARE(page.model()->index(0, 0).data().toString(), u"Amara Okafor"_s);
    }

    void searchAndOrganizationFilterNarrowTheTable()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        PeoplePage page(*session);
        page.ensureLoaded();
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        for (const QString &query : {u"deputy"_s, u"RIVERSIDE"_s, u"example.org"_s, u"ó"_s,
                                     u"food bank"_s, u"nobody-here"_s}) {
            page.searchField()->clear();
            page.searchField()->insert(query); // as typed or pasted
            QCOMPARE(shownIds(*page.model()), expectedIds(w, query));
        }
        page.searchField()->clear();
        QCOMPARE(page.model()->rowCount(), 21);

        const Id union_ = organizationId(w, u"Riverside Tenants' Union"_s);
        QComboBox *filter = page.organizationFilter();
        filter->setCurrentIndex(filter->findData(union_));
        QCOMPARE(shownIds(*page.model()), expectedIds(w, {}, union_));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.countLabel()->text(), u"2 of 21 people"_s);
        QTest::keyClicks(page.searchField(), u"deputy"_s);
        QCOMPARE(shownIds(*page.model()), expectedIds(w, u"deputy"_s, union_));
        QCOMPARE(page.model()->rowCount(), 1);

        page.searchField()->clear();
        filter->setCurrentIndex(filter->findData(PersonTableModel::NoOrganization));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, 0).data().toString(), u"Nadia Petrova"_s);

        QTest::keyClicks(page.searchField(), u"zzz"_s);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.emptyNotice()->title(), u"No one matches your search"_s);
        page.emptyNotice()->button()->click();
        QCOMPARE(page.model()->rowCount(), 21);
        QCOMPARE(filter->currentIndex(), 0);
    }

    void sortingByAColumnOrdersTheRows()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        PeoplePage page(*session);
        page.ensureLoaded();
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        page.selectPerson(personId(session->workspace(), u"Chen Wei"_s));
        const Id selected = page.currentPerson();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (const int column :
             {int(PersonTableModel::OrganizationColumn), int(PersonTableModel::RoleColumn),
              int(PersonTableModel::NameColumn)}) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                page.table()->sortByColumn(column, order);
                for (int row = 1; row < page.model()->rowCount(); ++row) {
                    const int c
                        = collator.compare(page.model()->index(row - 1, column).data().toString(),
                                           page.model()->index(row, column).data().toString());
                    QVERIFY(order == Qt::AscendingOrder ? c <= 0 : c >= 0);
                }
                QCOMPARE(page.currentPerson(), selected);
            }
        }
        QCOMPARE(page.model()->index(0, 0).data().toString(), u"Amara Okafor"_s);
    }

    void addingThroughTheDialogStoresThePersonWithTheOrganization()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        PeoplePage page(*session);
        page.ensureLoaded();
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        const Id foodBank = organizationId(w, u"Eastgate Food Bank"_s);
        page.organizationFilter()->setCurrentIndex(page.organizationFilter()->findData(foodBank));

        QPointer<PersonDialog> dialog = openDialog<PersonDialog>(page, page.addPersonAction());
        QVERIFY(dialog);
        auto *organization = dialog->findChild<QComboBox *>(u"organization"_s);
        QCOMPARE(organization->currentText(), u"Eastgate Food Bank"_s); // the one shown
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"Rosa Lindgren"_s);
        organization->lineEdit()->clear();
        QTest::keyClicks(organization->lineEdit(), u"greenway foundation"_s);
        dialog->findChild<QLineEdit *>(u"role"_s)->setText(u"Grants officer"_s);
        dialog->findChild<QLineEdit *>(u"email"_s)->setText(u"rosa@greenway.example"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());

        const Id id = personId(w, u"Rosa Lindgren"_s);
        QVERIFY(id != 0);
        auto stored = w.people().get(id);
        QCOMPARE(stored->organizationId, organizationId(w, u"Greenway Foundation"_s));
        QCOMPARE(stored->role, u"Grants officer"_s);
        QCOMPARE(stored->email, u"rosa@greenway.example"_s);
        // The filter showed another organization: cleared, so the new row shows.
        QCOMPARE(page.organizationFilter()->currentIndex(), 0);
        const int row = page.model()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, PersonTableModel::OrganizationColumn).data(),
                 u"Greenway Foundation"_s);
        QCOMPARE(page.currentPerson(), id);
        QCOMPARE(session->undoStack()->undoText(), u"Add person “Rosa Lindgren”"_s);
        session->undoStack()->undo();
        QCOMPARE(page.model()->rowOf(id), -1);
        QVERIFY(!w.people().get(id).ok());
        session->undoStack()->redo();
        QCOMPARE(*w.people().get(id), *stored);
        QVERIFY(page.model()->rowOf(id) >= 0);
    }

    void invalidEntriesShowTheMessageAndWriteNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << u"name"_s << u"  "_s << u"A person needs a name."_s;
        QTest::newRow("bad e-mail")
            << u"email"_s << u"rosa@"_s << u"“rosa@” does not look like an e-mail address."_s;
        QTest::newRow("unknown organization")
            << u"organization"_s << u"Nowhere Society"_s
            << u"There is no organization named “Nowhere Society”: choose one from the list, "
               "or “No organization”."_s;
    }

    void invalidEntriesShowTheMessageAndWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        const Snapshot before = snapshot(w);
        PeoplePage page(*session);
        QPointer<PersonDialog> dialog = openDialog<PersonDialog>(page, page.addPersonAction());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"Rosa Lindgren"_s);
        QVERIFY(dialog->isAcceptable());
        if (field == u"organization"_s)
            dialog->findChild<QComboBox *>(field)->lineEdit()->setText(value);
        else
            dialog->findChild<QLineEdit *>(field)->setText(value);
        if (field != u"organization"_s) {
            // The same words as the core's own check.
            Person candidate;
            candidate.name = field == u"name"_s ? value : u"Rosa Lindgren"_s;
            candidate.email = field == u"email"_s ? value : QString();
            QCOMPARE(Validation::check(candidate).value(0).message, message);
        }
        QCOMPARE(dialog->fieldError(field), message);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(snapshot(w), before);
        QCOMPARE(session->undoStack()->count(), 0);
        dialog->reject();
    }

    void editingUpdatesTheRow()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        PeoplePage page(*session);
        page.ensureLoaded();
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        const Id id = personId(w, u"Nadia Petrova"_s);
        page.selectPerson(id);
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QTest::keyClick(page.table(), Qt::Key_Return);
        QPointer<PersonDialog> dialog = page.findChild<PersonDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *organization = dialog->findChild<QComboBox *>(u"organization"_s);
        QCOMPARE(organization->currentText(), u"No organization"_s);
        organization->setCurrentIndex(organization->findText(u"Greenway Foundation"_s));
        auto *role = dialog->findChild<QLineEdit *>(u"role"_s);
        role->setText(u"Lead facilitator"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());

        auto stored = w.people().get(id);
        QCOMPARE(stored->role, u"Lead facilitator"_s);
        QCOMPARE(stored->organizationId, organizationId(w, u"Greenway Foundation"_s));
        const int row = page.model()->rowOf(id);
        QCOMPARE(page.model()->index(row, PersonTableModel::RoleColumn).data(),
                 u"Lead facilitator"_s);
        QCOMPARE(page.model()->index(row, PersonTableModel::OrganizationColumn).data(),
                 u"Greenway Foundation"_s);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(page.currentPerson(), id);
        QCOMPARE(page.details()->findChild<QLabel *>(u"organization"_s)->text(),
                 u"Greenway Foundation"_s);
        // A new organization shows in the filter.
        QVERIFY(page.organizationFilter()->findText(u"Greenway Foundation"_s) >= 0);
    }

    void removingNamesTheRolesAndUndoRestoresEverything()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        PeoplePage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        const Id amara = personId(w, u"Amara Okafor"_s);
        const Id union_ = organizationId(w, u"Riverside Tenants' Union"_s);
        const Snapshot before = snapshot(w);
        page.selectPerson(amara);
        page.table()->setFocus();

        MessageBox::setNextAnswer(1); // Cancel
        QTest::keyClick(page.table(), Qt::Key_Delete);
        QCOMPARE(snapshot(w), before);

        MessageBox::setNextAnswer(0);
        QTest::keyClick(page.table(), Qt::Key_Delete);
        const QString asked = MessageBox::lastText();
        QVERIFY2(asked.contains(u"Amara Okafor is the representative in Riverside Neighbourhood "
                                "Coalition and the representative in Fair Rents Campaign 2027; "
                                "those memberships lose that role."_s),
                 qPrintable(asked));
        QVERIFY(!w.people().get(amara).ok());
        QCOMPARE(page.model()->rowOf(amara), -1);
        const auto memberships = w.memberships().listForOrganization(union_);
        QVERIFY(memberships.ok());
        for (const Membership &m : *memberships)
            QVERIFY(!m.representativeId);
        const Snapshot removed = snapshot(w);

        session->undoStack()->undo();
        QCOMPARE(snapshot(w), before);
        QVERIFY(page.model()->rowOf(amara) >= 0);
        session->undoStack()->redo();
        QCOMPARE(snapshot(w), removed);
        session->undoStack()->undo();
        QCOMPARE(snapshot(w), before);

        // The alternate is named as such.
        page.selectPerson(personId(w, u"Kwame Asante"_s));
        MessageBox::setNextAnswer(1);
        page.deletePersonAction()->trigger();
        QVERIFY2(MessageBox::lastText().contains(
                     u"Kwame Asante is the alternate in Riverside Neighbourhood Coalition"_s),
                 qPrintable(MessageBox::lastText()));
    }

    void detailPanelShowsWhatThePersonRepresentsAndTheHistory()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        PeoplePage page(*session);
        page.ensureLoaded();
        const Id amara = personId(w, u"Amara Okafor"_s);
        page.selectPerson(amara);
        PersonDetails *details = page.details();
        QCOMPARE(details->personId(), amara);
        auto *represents = details->findChild<QTreeWidget *>(u"represents"_s);
        QCOMPARE(represents->topLevelItemCount(), 2);
        QCOMPARE(represents->topLevelItem(0)->text(1), u"representative"_s);
        auto *history = details->findChild<QTreeWidget *>(u"history"_s);
        QCOMPARE(history->topLevelItemCount(), 1);

        Person changed = *w.people().get(amara);
        changed.role = u"Chair"_s;
        changed.organizationId.reset();
        QVERIFY(performChange(*session, u"Edit"_s, {{RecordKind::Person, amara}},
                              [&](Workspace &ws) { return ws.people().update(changed); }));
        QCOMPARE(represents->topLevelItemCount(), 0); // no organization, no membership
        QCOMPARE(history->topLevelItemCount(), 3);
        QStringList changes;
        for (int i = 0; i < 2; ++i)
            changes.append(history->topLevelItem(i)->text(2) + u": "_s
                           + history->topLevelItem(i)->text(3));
        changes.sort();
        QCOMPARE(changes,
                 QStringList({u"Organization: Riverside Tenants' Union → (empty)"_s,
                              u"Role: Chairperson → Chair"_s}));
    }

    void renamedOrganizationShowsInItsPeoplesRows()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        PeoplePage page(*session);
        page.ensureLoaded();
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        const Id id = organizationId(w, u"Riverside Tenants' Union"_s);
        Organization renamed = *w.organizations().get(id);
        renamed.name = u"River Wards Tenants"_s;
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QVERIFY(performChange(*session, u"Rename"_s, {{RecordKind::Organization, id}},
                              [&](Workspace &ws) { return ws.organizations().update(renamed); }));
        QCOMPARE(resets.count(), 0);
        const int row = page.model()->rowOf(personId(w, u"Kwame Asante"_s));
        QCOMPARE(page.model()->index(row, PersonTableModel::OrganizationColumn).data(),
                 u"River Wards Tenants"_s);
        QVERIFY(page.organizationFilter()->findText(u"River Wards Tenants"_s) >= 0);
    }

    void filterOffersTheOrganizationsWithPeopleFromTheSharedList()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        PeoplePage page(*session);
        QVERIFY(!session->hasOrganizationChoices()); // read when the page is first shown
        page.ensureLoaded();
        QVERIFY(session->hasOrganizationChoices());
        QComboBox *filter = page.organizationFilter();
        Tester tester(filter->model(), Tester::FailureReportingMode::QtTest);
        QCOMPARE(filter->sizeAdjustPolicy(), QComboBox::AdjustToMinimumContentsLengthWithIcon);
        QVERIFY(filter->isEditable());
        QCOMPARE(filter->itemText(0), u"All organizations"_s);
        QCOMPARE(filter->itemText(1), u"No organization"_s);

        const auto offered = [&w, filter] {
            const auto people = w.people().list();
            const auto names = w.organizations().names();
            QSet<Id> withPeople;
            for (const Person &person : people.value()) {
                if (person.organizationId)
                    withPeople.insert(*person.organizationId);
            }
            QList<Id> expected;
            for (const OrganizationName &name : names.value()) {
                if (withPeople.contains(name.id))
                    expected.append(name.id);
            }
            QList<Id> shown;
            for (int row = 2; row < filter->count(); ++row)
                shown.append(filter->itemData(row).toLongLong());
            return std::pair(shown, expected);
        };
        const auto [shown, expected] = offered();
        QCOMPARE(shown, expected);

        // An organization without people is not offered; its first person
        // brings it in.
        QSignalSpy resets(filter->model(), &QAbstractItemModel::modelReset);
        const auto added
            = performAdd(*session, u"Add"_s, RecordKind::Organization, [](Workspace &ws) {
                  Organization quiet;
                  quiet.name = u"Quiet Corner Association"_s;
                  return ws.organizations().add(quiet);
              });
        QVERIFY(added.ok());
        const Id lonely = added->constFirst().id;
        QCOMPARE(filter->findData(lonely), -1);
        QCOMPARE(offered().first, offered().second);
        Person joining;
        joining.name = u"Ines Moreau"_s;
        joining.organizationId = lonely;
        QVERIFY(performAdd(*session, u"Add"_s, RecordKind::Person, [&joining](Workspace &ws) {
                    return ws.people().add(joining);
                }).ok());
        QVERIFY(filter->findData(lonely) >= 2);
        QCOMPARE(offered().first, offered().second);

        // Its last one leaving takes it out again, and a filter on it gives way
        // to every organization.
        filter->setCurrentIndex(filter->findData(lonely));
        QCOMPARE(page.model()->rowCount(), 1);
        session->undoStack()->undo();
        QCOMPARE(filter->findData(lonely), -1);
        QCOMPARE(filter->currentIndex(), 0);
        QCOMPARE(page.model()->rowCount(), 21);
        QCOMPARE(offered().first, offered().second);
        QCOMPARE(resets.count(), 0);

        // A typed name that is not offered gives way to the shown choice.
        filter->lineEdit()->setText(u"Nowhere Society"_s);
        Q_EMIT filter->lineEdit()->editingFinished();
        QCOMPARE(filter->currentText(), u"All organizations"_s);
        filter->lineEdit()->setText(u"no ORGANIZATION"_s);
        Q_EMIT filter->lineEdit()->editingFinished();
        QCOMPARE(filter->currentIndex(), 1);
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void emptyWorkspaceOffersToAddOne()
    {
        auto session = openSession(m_path, false);
        QVERIFY(session);
        PeoplePage page(*session);
        page.ensureLoaded();
        QCOMPARE(page.emptyNotice()->title(), u"No people yet"_s);
        page.emptyNotice()->button()->click();
        QPointer<PersonDialog> dialog = page.findChild<PersonDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
