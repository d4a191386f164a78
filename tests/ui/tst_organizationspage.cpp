// SPDX-License-Identifier: GPL-3.0-or-later
// The Organizations page: chunked loading, search as you type against the
// core matcher, sorting, adding, editing and removing through the page with
// undo and redo, and the detail panel.
#include "app/messagebox.h"
#include "dialogs/organizationdialog.h"
#include "domain/validation.h"
#include "models/organizationloader.h"
#include "models/organizationtablemodel.h"
#include "pages/organizationspage.h"
#include "registryfixture.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/emptylistnotice.h"
#include "widgets/organizationdetails.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
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
    return rowIds(model, OrganizationTableModel::IdRole);
}

QList<Id> expectedIds(Workspace &workspace, const QString &text, std::optional<Sector> sector)
{
    QList<Id> ids;
    const OrganizationMatcher matcher(text, sector);
    const auto organizations = workspace.organizations().list();
    for (const Organization &o : *organizations) {
        if (matcher.matches(o))
            ids.append(o.id);
    }
    return sorted(ids);
}

} // namespace

class TestOrganizationsPage : public RegistryTest
{
    Q_OBJECT

private Q_SLOTS:
    void chunkedLoadingEndsWithAllRowsInNameOrder()
    {
        auto session = openSession(m_path, false);
        QVERIFY(session && generate(session->workspace(), 2600));
        OrganizationsPage page(*session);
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), OrganizationLoader::FirstChunk);
        QVERIFY(!page.isFullyLoaded());
        QVERIFY(page.countLabel()->text().contains(u"2,600"_s)
                || page.countLabel()->text().contains(u"2600"_s));
        QSignalSpy finished(&page, &OrganizationsPage::loadingFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(page.isFullyLoaded());
        QCOMPARE(page.model()->rowCount(), 2600);
        QCOMPARE(sorted(shownIds(*page.model())), expectedIds(session->workspace(), {}, {}));
        QCollator collator;
        for (int row = 1; row < page.model()->rowCount(); ++row) {
            const QString a = page.model()->index(row - 1, 0).data().toString();
            const QString b = page.model()->index(row, 0).data().toString();
            QVERIFY2(collator.compare(Validation::nameKey(a), Validation::nameKey(b)) < 0,
                     qPrintable(a + u" / "_s + b));
        }
    }

    void chunksInterleaveWithAnotherSortAndLocale_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("name") << int(OrganizationTableModel::NameColumn) << Qt::AscendingOrder;
        // A chunk lands in a few places (a run per sector): insertions.
        QTest::newRow("sector") << int(OrganizationTableModel::SectorColumn) << Qt::DescendingOrder;
        // A chunk lands all over the table: one reset instead.
        QTest::newRow("updated") << int(OrganizationTableModel::UpdatedColumn)
                                 << Qt::DescendingOrder;
    }

    void chunksInterleaveWithAnotherSortAndLocale()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        // French collation puts "émile" among the e's, unlike the name index:
        // later chunks land between rows already shown even in name order.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
        auto session = openSession(m_path, false);
        QVERIFY(session && generate(session->workspace(), 1200));
        OrganizationTableModel model(session->workspace());
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        OrganizationLoader loader(session->workspace(), model);
        loader.setChunkSizes(50, 130);
        QVERIFY(loader.loadFirst().ok());
        model.setFilter(u"o"_s, std::nullopt);
        QSignalSpy finished(&loader, &OrganizationLoader::finished);
        loader.continueInBackground();
        while (model.rowCount() <= 200)
            QCoreApplication::processEvents();
        QVERIFY(!loader.isFinished());
        model.sort(column, order);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QTRY_VERIFY_WITH_TIMEOUT(loader.isFinished(), 10000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(sorted(shownIds(model)), expectedIds(session->workspace(), u"o"_s, {}));
        if (column == OrganizationTableModel::SectorColumn)
            QVERIFY(inserted.count() > 8);
        if (column == OrganizationTableModel::UpdatedColumn)
            QVERIFY(!resets.isEmpty());

        QCollator collator;
        for (int row = 1; row < model.rowCount(); ++row) {
            const QModelIndex a = model.index(row - 1, column);
            const QModelIndex b = model.index(row, column);
            int c = 0;
            if (column == OrganizationTableModel::UpdatedColumn) {
                const QDateTime x = a.data(OrganizationTableModel::UpdatedRole).toDateTime();
                const QDateTime y = b.data(OrganizationTableModel::UpdatedRole).toDateTime();
                c = x < y ? -1 : (y < x ? 1 : 0);
            } else {
                c = collator.compare(a.data().toString().toCaseFolded(),
                                     b.data().toString().toCaseFolded());
            }
            if (c == 0)
                c = collator.compare(Validation::nameKey(a.siblingAtColumn(0).data().toString()),
                                     Validation::nameKey(b.siblingAtColumn(0).data().toString()));
            QVERIFY2(order == Qt::AscendingOrder ? c < 0 : c > 0,
                     qPrintable(a.data().toString() + u" / "_s + b.data().toString()));
        }
    }

    void precomputedMatchingAgreesWithOrganizationMatcher_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("demo") << true;
        QTest::newRow("generated") << false;
    }

    void precomputedMatchingAgreesWithOrganizationMatcher()
    {
        QFETCH(bool, demo);
        auto session = openSession(m_path, demo);
        QVERIFY(session);
        if (!demo)
            QVERIFY(generate(session->workspace(), 3000));
        Workspace &w = session->workspace();
        OrganizationsPage page(*session);
        page.loadAllNow();
        OrganizationTableModel *model = page.model();
        Tester tester(model, Tester::FailureReportingMode::QtTest);
        const QStringList queries = {u""_s,
                                     u"a"_s,
                                     u"FOOD"_s,
                                     u"  food  "_s,
                                     u"nonprofit"_s,
                                     u"public agency"_s,
                                     u"public-agency"_s,
                                     u"ss"_s,
                                     u"ß"_s,
                                     u"STRASSE"_s,
                                     u"É"_s,
                                     u"łó"_s,
                                     u"ΣΟΦ"_s,
                                     u"σοφια"_s,
                                     u"οδος"_s,
                                     u"x;y"_s,
                                     u"\u001f"_s,
                                     u"3 "_s,
                                     u"housing"_s,
                                     u"zzz-none"_s};
        const QList<std::optional<Sector>> sectors
            = {std::nullopt, Sector::Nonprofit, Sector::Faith};
        for (const std::optional<Sector> &sector : sectors) {
            for (const QString &query : queries) {
                model->setFilter(query, sector);
                QCOMPARE(sorted(shownIds(*model)), expectedIds(w, query, sector));
            }
        }
        // Typed a key at a time: the narrowing path must agree as well.
        model->setFilter({}, std::nullopt);
        QLineEdit *field = page.searchField();
        for (const QString &word : {u"Straße"_s, u"health clinic"_s, u"ÉMILE"_s}) {
            field->clear();
            for (const QChar key : word) {
                if (key.unicode() < 128)
                    QTest::keyClick(field, key.toLatin1());
                else
                    field->insert(key); // QTest types ASCII only
                QCOMPARE(sorted(shownIds(*model)), expectedIds(w, field->text(), std::nullopt));
            }
            while (!field->text().isEmpty()) {
                QTest::keyClick(field, Qt::Key_Backspace);
                QCOMPARE(sorted(shownIds(*model)), expectedIds(w, field->text(), std::nullopt));
            }
        }
    }

    void searchAndSectorFilterNarrowTheTable()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        OrganizationsPage page(*session);
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        const int all = page.model()->rowCount();
        QCOMPARE(all, 15);
        QTest::keyClicks(page.searchField(), u"food"_s);
        QCOMPARE(sorted(shownIds(*page.model())), expectedIds(w, u"food"_s, {}));
        QVERIFY(page.model()->rowCount() > 0 && page.model()->rowCount() < all);
        QVERIFY(page.countLabel()->text().startsWith(u"%1 of 15"_s.arg(page.model()->rowCount())));

        page.sectorFilter()->setCurrentIndex(
            page.sectorFilter()->findText(enumLabel(Sector::Nonprofit)));
        QCOMPARE(sorted(shownIds(*page.model())), expectedIds(w, u"food"_s, Sector::Nonprofit));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, 0).data().toString(), u"Eastgate Food Bank"_s);

        QTest::keyClicks(page.searchField(), u"zzz"_s);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.emptyNotice()->isVisibleTo(&page) || !page.isVisible());
        QVERIFY(page.emptyNotice()->title().contains(u"foodzzz"_s));
        page.emptyNotice()->button()->click(); // "Clear the search"
        QVERIFY(page.searchField()->text().isEmpty());
        QCOMPARE(page.sectorFilter()->currentIndex(), 0);
        QCOMPARE(page.model()->rowCount(), all);
        QCOMPARE(page.countLabel()->text(), u"15 organizations"_s);
    }

    void sortingByAColumnOrdersTheRows()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        OrganizationsPage page(*session);
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        QTableView *table = page.table();
        page.selectOrganization(organizationId(session->workspace(), u"Eastgate Food Bank"_s));
        const Id selected = page.currentOrganization();
        QVERIFY(selected != 0);
        QCollator collator;
        const auto column = [&](int c) {
            QStringList values;
            for (int row = 0; row < page.model()->rowCount(); ++row)
                values.append(page.model()->index(row, c).data().toString());
            return values;
        };
        table->sortByColumn(OrganizationTableModel::SectorColumn, Qt::AscendingOrder);
        QStringList sectors = column(OrganizationTableModel::SectorColumn);
        QVERIFY(std::is_sorted(sectors.begin(), sectors.end(), [&](const auto &a, const auto &b) {
            return collator.compare(a, b) < 0;
        }));
        QCOMPARE(page.currentOrganization(), selected); // the selection follows its row
        table->sortByColumn(OrganizationTableModel::SectorColumn, Qt::DescendingOrder);
        sectors = column(OrganizationTableModel::SectorColumn);
        QVERIFY(std::is_sorted(sectors.rbegin(), sectors.rend(), [&](const auto &a, const auto &b) {
            return collator.compare(a, b) < 0;
        }));
        table->sortByColumn(OrganizationTableModel::CoalitionsColumn, Qt::AscendingOrder);
        QCOMPARE(page.model()->index(0, OrganizationTableModel::CoalitionsColumn).data(),
                 u"Fair Rents Campaign 2027, Riverside Neighbourhood Coalition"_s);
        table->sortByColumn(OrganizationTableModel::UpdatedColumn, Qt::AscendingOrder);
        for (int row = 1; row < page.model()->rowCount(); ++row)
            QVERIFY(page.model()
                        ->index(row - 1, 0)
                        .data(OrganizationTableModel::UpdatedRole)
                        .toDateTime()
                    <= page.model()
                           ->index(row, 0)
                           .data(OrganizationTableModel::UpdatedRole)
                           .toDateTime());
        table->sortByColumn(OrganizationTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(page.model()->index(0, 0).data().toString(), u"Al-Noor Community Centre"_s);
        QCOMPARE(page.currentOrganization(), selected);
    }

    void addingThroughTheDialogStoresAndShowsTheOrganization()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        OrganizationsPage page(*session);
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        QTest::keyClicks(page.searchField(), u"food"_s); // the new one is not a match
        QPointer<OrganizationDialog> dialog
            = openDialog<OrganizationDialog>(page, page.addOrganizationAction());
        QVERIFY(dialog);
        QVERIFY(!dialog->isAcceptable()); // no name yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"Harbourside Youth Theatre"_s);
        auto *sector = dialog->findChild<QComboBox *>(u"sector"_s);
        sector->setCurrentIndex(sector->findText(enumLabel(Sector::Education)));
        dialog->findChild<QLineEdit *>(u"email"_s)->setText(u"stage@harbourside.example"_s);
        dialog->findChild<QLineEdit *>(u"tags"_s)->setText(u"arts, youth, ,arts"_s);
        dialog->findChild<QPlainTextEdit *>(u"mission"_s)->setPlainText(u"Plays by teens"_s);
        QVERIFY(dialog->isAcceptable());
        clickOk(dialog);
        QTRY_VERIFY(dialog.isNull());

        const Id id = organizationId(w, u"Harbourside Youth Theatre"_s);
        QVERIFY(id != 0);
        auto stored = w.organizations().get(id);
        QCOMPARE(stored->sector, Sector::Education);
        QCOMPARE(stored->email, u"stage@harbourside.example"_s);
        QCOMPARE(stored->tags, QStringList({u"arts"_s, u"youth"_s}));
        QCOMPARE(stored->mission, u"Plays by teens"_s);
        QVERIFY(page.searchField()->text().isEmpty()); // cleared to show it
        QVERIFY(page.model()->rowOf(id) >= 0);
        QCOMPARE(page.currentOrganization(), id);
        QCOMPARE(page.model()->rowCount(), 16);
        QCOMPARE(session->undoStack()->count(), 1);
        QCOMPARE(session->undoStack()->undoText(),
                 u"Add organization “Harbourside Youth Theatre”"_s);
        QCOMPARE(page.details()->findChild<QLabel *>(u"detailsTitle"_s)->text(),
                 u"Harbourside Youth Theatre"_s);

        session->undoStack()->undo();
        QVERIFY(page.model()->rowOf(id) < 0);
        QVERIFY(!w.organizations().get(id).ok());
        session->undoStack()->redo();
        QVERIFY(page.model()->rowOf(id) >= 0);
        QCOMPARE(*w.organizations().get(id), *stored);
    }

    void invalidEntriesShowTheCoreMessageAndWriteNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << u"name"_s << u"   "_s;
        QTest::newRow("duplicate name") << u"name"_s << u"eastgate  FOOD bank"_s;
        QTest::newRow("bad e-mail") << u"email"_s << u"office.example.org"_s;
        QTest::newRow("bad website") << u"website"_s << u"not a site"_s;
        QTest::newRow("tag with ;") << u"tags"_s << u"food;drink"_s;
    }

    void invalidEntriesShowTheCoreMessageAndWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        const Snapshot before = snapshot(w);
        OrganizationsPage page(*session);
        QPointer<OrganizationDialog> dialog
            = openDialog<OrganizationDialog>(page, page.addOrganizationAction());
        QVERIFY(dialog);
        Organization candidate;
        candidate.name = u"Westside Arts Hub"_s;
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(candidate.name);
        QVERIFY(dialog->isAcceptable());
        dialog->findChild<QLineEdit *>(field)->setText(value);
        if (field == u"name"_s)
            candidate.name = value;
        else if (field == u"email"_s)
            candidate.email = value;
        else if (field == u"website"_s)
            candidate.website = value;
        else
            candidate.tags = {value};
        // The core's own refusal, word for word.
        auto refused = w.organizations().add(candidate);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, field == u"tags"_s ? u"tags"_s : field);
        QCOMPARE(dialog->fieldError(field), refused.error().message);
        QVERIFY(dialog->findChild<QLabel *>(u"error_"_s + field)->isVisibleTo(dialog));
        QPushButton *ok = okButton(dialog);
        QVERIFY(!ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
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
        OrganizationsPage page(*session);
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        const Id id = organizationId(w, u"Eastgate Food Bank"_s);
        page.selectOrganization(id);
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QPointer<OrganizationDialog> dialog
            = openDialog<OrganizationDialog>(page, page.editOrganizationAction());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
        QCOMPARE(name->text(), u"Eastgate Food Bank"_s);
        name->setText(u"Zeta Pantry"_s);
        dialog->findChild<QLineEdit *>(u"phone"_s)->setText(u"+1 555 0199"_s);
        clickOk(dialog);
        QTRY_VERIFY(dialog.isNull());

        auto stored = w.organizations().get(id);
        QCOMPARE(stored->name, u"Zeta Pantry"_s);
        QCOMPARE(stored->phone, u"+1 555 0199"_s);
        const int row = page.model()->rowOf(id);
        QCOMPARE(row, page.model()->rowCount() - 1); // moved to its place in name order
        QCOMPARE(page.model()->index(row, 0).data().toString(), u"Zeta Pantry"_s);
        QCOMPARE(page.currentOrganization(), id); // still selected
        QCOMPARE(resets.count(), 0); // one row moved, nothing reloaded
        QCOMPARE(session->undoStack()->undoText(), u"Edit organization “Zeta Pantry”"_s);

        // Enter on the row opens the same dialog.
        QTest::keyClick(page.table(), Qt::Key_Return);
        QPointer<OrganizationDialog> again = page.findChild<OrganizationDialog *>();
        QVERIFY(again && again->isVisible());
        again->reject();
    }

    void removingAsksNamesTheCoalitionsAndUndoRestoresEverything()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        OrganizationsPage page(*session);
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        const Id id = organizationId(w, u"Riverside Tenants' Union"_s);
        QCOMPARE(w.memberships().listForOrganization(id)->size(), 2);
        const Snapshot before = snapshot(w);
        page.selectOrganization(id);
        page.show(); // the Delete key is a shortcut of the focused table
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.table()->setFocus();

        MessageBox::setNextAnswer(1); // Cancel
        QTest::keyClick(page.table(), Qt::Key_Delete);
        QCOMPARE(snapshot(w), before);
        QVERIFY(page.model()->rowOf(id) >= 0);

        MessageBox::setNextAnswer(0);
        QTest::keyClick(page.table(), Qt::Key_Delete);
        const QString asked = MessageBox::lastText();
        QVERIFY2(asked.contains(u"Riverside Tenants' Union is a member of "
                                "Fair Rents Campaign 2027 and Riverside Neighbourhood Coalition; "
                                "those memberships will be removed too."_s),
                 qPrintable(asked));
        QVERIFY(page.model()->rowOf(id) < 0);
        QCOMPARE(page.model()->rowCount(), 14);
        QVERIFY(!w.organizations().get(id).ok());
        QVERIFY(w.memberships().listForOrganization(id)->isEmpty());
        const Snapshot removed = snapshot(w);

        session->undoStack()->undo();
        QCOMPARE(snapshot(w), before);
        QVERIFY(page.model()->rowOf(id) >= 0);
        QCOMPARE(page.model()->index(page.model()->rowOf(id), 2).data().toString(),
                 u"Fair Rents Campaign 2027, Riverside Neighbourhood Coalition"_s);
        session->undoStack()->redo();
        QCOMPARE(snapshot(w), removed);
        QVERIFY(page.model()->rowOf(id) < 0);
        session->undoStack()->undo();
        QCOMPARE(snapshot(w), before);
    }

    void changesFromElsewhereUpdateOnlyTheirRows()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        OrganizationsPage page(*session);
        Tester tester(page.model(), Tester::FailureReportingMode::QtTest);
        const Id id = organizationId(w, u"Greenway Foundation"_s);
        const Id coalition = w.coalitions().findByName(u"Fair Rents Campaign 2027"_s)->value().id;
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
        auto joined = performAdd(*session, u"Join"_s, RecordKind::Membership, [&](Workspace &ws) {
            Membership m;
            m.coalitionId = coalition;
            m.organizationId = id;
            return ws.memberships().add(m);
        });
        QVERIFY(joined.ok());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        const int row = page.model()->rowOf(id);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(page.model()->index(row, OrganizationTableModel::CoalitionsColumn).data(),
                 u"Fair Rents Campaign 2027, Riverside Neighbourhood Coalition"_s);
        page.selectOrganization(id);
        auto *memberships = page.details()->findChild<QTreeWidget *>(u"memberships"_s);
        QCOMPARE(memberships->topLevelItemCount(), 2);
    }

    void detailPanelShowsPeopleMembershipsAndHistory()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        OrganizationsPage page(*session);
        QVERIFY(page.findChild<QSplitter *>(u"organizationsSplitter"_s));
        const Id id = organizationId(w, u"Riverside Tenants' Union"_s);
        page.selectOrganization(id);
        OrganizationDetails *details = page.details();
        QCOMPARE(details->organizationId(), id);
        auto *people = details->findChild<QTreeWidget *>(u"people"_s);
        QCOMPARE(people->topLevelItemCount(), 2);
        QStringList names = {people->topLevelItem(0)->text(0), people->topLevelItem(1)->text(0)};
        names.sort();
        QCOMPARE(names, QStringList({u"Amara Okafor"_s, u"Kwame Asante"_s}));
        auto *memberships = details->findChild<QTreeWidget *>(u"memberships"_s);
        QCOMPARE(memberships->topLevelItemCount(), 2);
        QCOMPARE(memberships->topLevelItem(0)->text(3), u"Amara Okafor"_s);
        auto *history = details->findChild<QTreeWidget *>(u"history"_s);
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(2), u"Added"_s);
        QCOMPARE(details->findChild<QLabel *>(u"tags"_s)->text(), u"housing, renters"_s);

        Organization changed = *w.organizations().get(id);
        changed.tags = {u"housing"_s, u"tenancy"_s};
        changed.sector = Sector::Nonprofit;
        QVERIFY(performChange(*session, u"Edit"_s, {{RecordKind::Organization, id}},
                              [&](Workspace &ws) { return ws.organizations().update(changed); }));
        QCOMPARE(history->topLevelItemCount(), 3);
        QStringList changes;
        for (int i = 0; i < 2; ++i)
            changes.append(history->topLevelItem(i)->text(2) + u": "_s
                           + history->topLevelItem(i)->text(3));
        changes.sort();
        QCOMPARE(changes,
                 QStringList({u"Sector: Community group → Nonprofit"_s,
                              u"Tags: housing, renters → housing, tenancy"_s}));
    }

    void emptyWorkspaceOffersToAddOne()
    {
        auto session = openSession(m_path, false);
        QVERIFY(session);
        OrganizationsPage page(*session);
        QVERIFY(page.isFullyLoaded());
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.emptyNotice()->title(), u"No organizations yet"_s);
        page.emptyNotice()->button()->click();
        QPointer<OrganizationDialog> dialog = page.findChild<OrganizationDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
    }

    void keyboardShortcutsReachTheActions()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        OrganizationsPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<OrganizationDialog> dialog = page.findChild<OrganizationDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
        // Delete in the search field edits the text, it removes nothing.
        page.searchField()->setFocus();
        QTest::keyClicks(page.searchField(), u"ab"_s);
        QTest::keyClick(page.searchField(), Qt::Key_Home);
        MessageBox::clearLastText();
        QTest::keyClick(page.searchField(), Qt::Key_Delete);
        QCOMPARE(page.searchField()->text(), u"b"_s);
        QVERIFY(MessageBox::lastText().isEmpty());
    }
};

QTEST_MAIN(TestOrganizationsPage)
#include "tst_organizationspage.moc"
