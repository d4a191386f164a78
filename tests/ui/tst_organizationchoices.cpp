// SPDX-License-Identifier: GPL-3.0-or-later
// The session's shared list of organization names and what is built on it:
// not read when a workspace opens; kept current edit by edit (undo and redo
// too) without reading the registry again; the proxies that put "None" first
// or leave organizations out; the combo box that chooses from them.
#include "app/mainwindow.h"
#include "app/settings.h"
#include "models/leadingchoicesproxymodel.h"
#include "models/organizationchoicemodel.h"
#include "models/organizationsubsetmodel.h"
#include "pages/coalitionspage.h"
#include "registryfixture.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/coalitiondetailsform.h"
#include "widgets/organizationcombobox.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;

namespace {

using namespace RegistryFixture;
using Tester = QAbstractItemModelTester;

// The statements run on the workspace's connection while it lives, except
// those of the test's own checks (paused).
class StatementTrace
{
public:
    explicit StatementTrace(Workspace &workspace)
    {
        const QVariant handle = workspace.database().connection().driver()->handle();
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_PROFILE, record, this);
    }
    ~StatementTrace() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    Q_DISABLE_COPY_MOVE(StatementTrace)

    void setPaused(bool paused) { m_paused = paused; }

    // Those that read every organization (or every tag): a read of the
    // organizations or their tags with neither condition nor limit.
    QStringList wholeRegistryReads() const
    {
        static const QRegularExpression table(u"\\bFROM organization(_tag)?\\b"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        QStringList found;
        for (const QString &sql : m_statements) {
            if (table.match(sql).hasMatch() && !sql.contains(u"WHERE"_s, Qt::CaseInsensitive)
                && !sql.contains(u"LIMIT"_s, Qt::CaseInsensitive)
                && !sql.contains(u"count(*)"_s, Qt::CaseInsensitive))
                found.append(sql);
        }
        return found;
    }
    qsizetype count() const { return m_statements.size(); }

private:
    static int record(unsigned type, void *context, void *statement, void *)
    {
        auto *trace = static_cast<StatementTrace *>(context);
        if (type == SQLITE_TRACE_PROFILE && !trace->m_paused)
            trace->m_statements.append(
                QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))));
        return 0;
    }

    sqlite3 *m_handle = nullptr;
    QStringList m_statements;
    bool m_paused = false;
};

QList<Id> shownIds(const QAbstractItemModel &model, int from = 0)
{
    QList<Id> ids;
    for (int row = from; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(OrganizationChoiceModel::IdRole).toLongLong());
    return ids;
}

QStringList shownNames(const QAbstractItemModel &model, int from = 0)
{
    QStringList names;
    for (int row = from; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString());
    return names;
}

QList<Id> storedIds(Workspace &workspace)
{
    const auto stored = workspace.organizations().names();
    QList<Id> ids;
    for (const OrganizationName &name : stored.value())
        ids.append(name.id);
    return ids;
}

QStringList storedNames(Workspace &workspace)
{
    const auto stored = workspace.organizations().names();
    QStringList names;
    for (const OrganizationName &name : stored.value())
        names.append(name.name);
    return names;
}

Id addOrganization(WorkspaceSession &session, const QString &name)
{
    auto done = session.perform(u"Add"_s, {}, [&name](Workspace &w) -> Result<QList<RecordKey>> {
        Organization organization;
        organization.name = name;
        auto id = w.organizations().add(organization);
        if (!id)
            return id.error();
        return QList<RecordKey>{{RecordKind::Organization, *id}};
    });
    return done && !done->isEmpty() ? done->constFirst().id : 0;
}

// Renames organizations in one edit, in the order given.
bool rename(WorkspaceSession &session, const QList<std::pair<Id, QString>> &renames)
{
    QList<RecordKey> touched;
    for (const auto &[id, name] : renames)
        touched.append({RecordKind::Organization, id});
    return session
        .perform(u"Rename"_s, touched,
                 [&renames](Workspace &w) -> Result<QList<RecordKey>> {
                     for (const auto &[id, name] : renames) {
                         Organization organization = *w.organizations().get(id);
                         organization.name = name;
                         if (Status status = w.organizations().update(organization); !status)
                             return status.error();
                     }
                     return QList<RecordKey>{};
                 })
        .ok();
}

bool removeOrganization(WorkspaceSession &session, Id id)
{
    return session
        .perform(u"Remove"_s, {{RecordKind::Organization, id}},
                 [id](Workspace &w) -> Result<QList<RecordKey>> {
                     if (Status status = w.organizations().remove(
                             id, OrganizationRepository::RemovePolicy::CascadeMemberships);
                         !status)
                         return status.error();
                     return QList<RecordKey>{};
                 })
        .ok();
}

} // namespace

class TestOrganizationChoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"choices-%1.coalition"_s.arg(++m_count));
    }

    void listFollowsEditsUndoAndRedoWithoutReadingTheRegistry()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        QVERIFY(!session->hasOrganizationChoices());
        OrganizationChoiceModel &choices = session->organizationChoices();
        QVERIFY(session->hasOrganizationChoices());
        QCOMPARE(&session->organizationChoices(), &choices); // one per session
        Tester tester(&choices, Tester::FailureReportingMode::QtTest);
        QCOMPARE(shownIds(choices), storedIds(w));
        QCOMPARE(shownNames(choices), storedNames(w));

        QSignalSpy resets(&choices, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&choices, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&choices, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&choices, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&choices, &QAbstractItemModel::dataChanged);
        StatementTrace trace(w);
        // The test's own reads of the stored names are not the list's.
        const auto sameAsStored = [&trace, &choices, &w] {
            trace.setPaused(true);
            const bool same
                = shownIds(choices) == storedIds(w) && shownNames(choices) == storedNames(w);
            trace.setPaused(false);
            return same;
        };

        // Emoji and fullwidth letters: where SQLite's order and UTF-16's differ.
        const Id added = addOrganization(*session, u"Mid-Valley Mutual Aid"_s);
        QVERIFY(added > 0);
        for (const QString &name : {u"🌱 Green Roofs"_s, u"Ａ Fullwidth Works"_s, u"zz Last"_s})
            QVERIFY(addOrganization(*session, name) > 0);
        QCOMPARE(inserted.count(), 4);
        QVERIFY(sameAsStored());

        QVERIFY(rename(*session, {{added, u"Aardvark Alliance"_s}}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(choices.nameOf(added), u"Aardvark Alliance"_s);
        QVERIFY(sameAsStored());
        QVERIFY(rename(*session, {{added, u"aardvark ALLIANCE"_s}})); // same key: no move
        QCOMPARE(moved.count(), 1);
        QVERIFY(sameAsStored());
        QVERIFY(changed.count() >= 2);

        const Id union_ = organizationId(w, u"Riverside Tenants' Union"_s);
        const Id foodBank = organizationId(w, u"Eastgate Food Bank"_s);
        QVERIFY(removeOrganization(*session, union_));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(choices.rowOf(union_), -1);
        QVERIFY(sameAsStored());

        // Two names swapped in one edit: each takes the other's key.
        const Id greenway = organizationId(w, u"Greenway Foundation"_s);
        QVERIFY(rename(*session,
                       {{foodBank, u"Swap In Progress"_s},
                        {greenway, u"Eastgate Food Bank"_s},
                        {foodBank, u"Greenway Foundation"_s}}));
        QVERIFY(sameAsStored());
        QCOMPARE(choices.idForName(u"eastgate food bank"_s), std::optional<Id>(greenway));
        QCOMPARE(choices.idForName(u"GREENWAY FOUNDATION"_s), std::optional<Id>(foodBank));

        QUndoStack *undo = session->undoStack();
        while (undo->canUndo()) {
            undo->undo();
            QVERIFY(sameAsStored());
        }
        QCOMPARE(choices.rowOf(added), -1);
        QVERIFY(choices.rowOf(union_) >= 0);
        while (undo->canRedo()) {
            undo->redo();
            QVERIFY(sameAsStored());
        }

        QCOMPARE(resets.count(), 0);
        QVERIFY(trace.count() > 0);
        QVERIFY2(trace.wholeRegistryReads().isEmpty(),
                 qPrintable(trace.wholeRegistryReads().join(u'\n')));
        for (int row = 0; row < choices.rowCount(); ++row) {
            const Id id = choices.idAt(row);
            QCOMPARE(choices.rowOf(id), row);
            QCOMPARE(choices.idForName(choices.nameOf(id)), std::optional<Id>(id));
        }
        QCOMPARE(choices.idForName(u"Nowhere Society"_s), std::nullopt);
    }

    void proxiesAddFixedChoicesAndLeaveOrganizationsOut()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        OrganizationChoiceModel &choices = session->organizationChoices();

        LeadingChoicesProxyModel withNone;
        withNone.addChoice(u"None"_s, 0, u"No one leads"_s);
        withNone.setSourceModel(&choices);
        Tester noneTester(&withNone, Tester::FailureReportingMode::QtTest);

        const Id foodBank = organizationId(w, u"Eastgate Food Bank"_s);
        OrganizationSubsetModel others([foodBank](Id id) { return id != foodBank; });
        others.setSourceModel(&choices);
        Tester othersTester(&others, Tester::FailureReportingMode::QtTest);
        LeadingChoicesProxyModel filter;
        filter.addChoice(u"All"_s, -1);
        filter.addChoice(u"None"_s, 0);
        filter.setSourceModel(&others);
        Tester filterTester(&filter, Tester::FailureReportingMode::QtTest);

        const auto check = [&] {
            QCOMPARE(withNone.index(0, 0).data().toString(), u"None"_s);
            QCOMPARE(withNone.index(0, 0).data(Qt::UserRole).toLongLong(), Id(0));
            QCOMPARE(withNone.index(0, 0).data(Qt::ToolTipRole).toString(), u"No one leads"_s);
            QCOMPARE(shownIds(withNone, 1), storedIds(w));
            QList<Id> expected = storedIds(w);
            expected.removeOne(foodBank);
            QCOMPARE(shownIds(others), expected);
            QCOMPARE(shownIds(filter), QList<Id>({-1, 0}) + expected);
        };
        check();

        // A persistent index (a combo box's current item) follows its row.
        const Id greenway = organizationId(w, u"Greenway Foundation"_s);
        const QPersistentModelIndex lead = withNone.index(choices.rowOf(greenway) + 1, 0);
        const QPersistentModelIndex filtered
            = filter.mapFromSource(others.mapFromSource(choices.index(choices.rowOf(greenway))));
        QVERIFY(filtered.isValid());
        QVERIFY(rename(*session, {{greenway, u"Zeta Greenway Fund"_s}}));
        QCOMPARE(lead.data().toString(), u"Zeta Greenway Fund"_s);
        QCOMPARE(lead.data(Qt::UserRole).toLongLong(), greenway);
        QCOMPARE(filtered.data().toString(), u"Zeta Greenway Fund"_s);
        check();

        QVERIFY(addOrganization(*session, u"Aaa First"_s) > 0);
        check();
        QVERIFY(removeOrganization(*session, organizationId(w, u"Riverside Tenants' Union"_s)));
        check();
        QVERIFY(rename(*session, {{foodBank, u"A Food Bank Renamed"_s}}));
        check();
        while (session->undoStack()->canUndo()) {
            session->undoStack()->undo();
            check();
        }
        QCOMPARE(lead.data(Qt::UserRole).toLongLong(), greenway);
        QCOMPARE(lead.data().toString(), u"Greenway Foundation"_s);
    }

    void comboBoxChoosesByTypedNameAndKeepsItsChoice()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        Workspace &w = session->workspace();
        OrganizationChoiceModel &choices = session->organizationChoices();
        LeadingChoicesProxyModel withNone;
        withNone.addChoice(u"None"_s, 0);
        withNone.setSourceModel(&choices);
        OrganizationComboBox combo;
        combo.setChoices({&choices, &withNone});

        // Fit for a large list: no measuring of every item, type to find.
        QCOMPARE(combo.sizeAdjustPolicy(), QComboBox::AdjustToMinimumContentsLengthWithIcon);
        QVERIFY(combo.minimumContentsLength() > 0);
        QVERIFY(combo.isEditable());
        QCOMPARE(combo.insertPolicy(), QComboBox::NoInsert);
        QCOMPARE(combo.completer()->filterMode(), Qt::MatchContains);
        QCOMPARE(combo.completer()->caseSensitivity(), Qt::CaseInsensitive);
        QCOMPARE(combo.completer()->completionMode(), QCompleter::PopupCompletion);

        const Id foodBank = organizationId(w, u"Eastgate Food Bank"_s);
        const Id greenway = organizationId(w, u"Greenway Foundation"_s);
        QVERIFY(combo.setChosenId(foodBank));
        QCOMPARE(combo.currentText(), u"Eastgate Food Bank"_s);
        QCOMPARE(combo.chosenId(), std::optional<Id>(foodBank));
        QVERIFY(!combo.setChosenId(987654));
        QCOMPARE(combo.currentIndex(), -1);
        QVERIFY(combo.setChosenId(0));
        QCOMPARE(combo.currentText(), u"None"_s);

        combo.lineEdit()->setText(u"greenway FOUNDATION"_s);
        QCOMPARE(combo.chosenId(), std::optional<Id>(greenway));
        combo.lineEdit()->setText(u"  none "_s);
        QCOMPARE(combo.chosenId(), std::optional<Id>(0));
        combo.lineEdit()->setText(QString());
        QCOMPARE(combo.chosenId(), std::optional<Id>(0));
        combo.lineEdit()->setText(u"Nowhere Society"_s);
        QCOMPARE(combo.chosenId(), std::nullopt);

        // Typing part of a name offers the organizations whose names hold it.
        combo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&combo));
        combo.lineEdit()->clear();
        QTest::keyClicks(combo.lineEdit(), u"FOOD"_s);
        QCompleter *completer = combo.completer();
        QVERIFY(completer->completionCount() >= 1);
        for (int i = 0; i < completer->completionCount(); ++i) {
            completer->setCurrentRow(i);
            QVERIFY(completer->currentCompletion().contains(u"food"_s, Qt::CaseInsensitive));
        }
        completer->popup()->hide();

        // The choice stays through a rename that moves its row, and falls
        // back to "None" when the organization goes.
        QVERIFY(combo.setChosenId(foodBank));
        QSignalSpy edited(&combo, &OrganizationComboBox::choiceEdited);
        QVERIFY(rename(*session, {{foodBank, u"Zeta Food Bank"_s}}));
        QCOMPARE(combo.chosenId(), std::optional<Id>(foodBank));
        QCOMPARE(combo.currentText(), u"Zeta Food Bank"_s);
        QVERIFY(removeOrganization(*session, foodBank));
        QCOMPARE(combo.currentIndex(), 0);
        QCOMPARE(combo.chosenId(), std::optional<Id>(0));
        QVERIFY(edited.count() >= 1);
    }

    void comboBoxReadsTheListOnlyWhenShown()
    {
        auto session = openSession(m_path, true);
        QVERIFY(session);
        const Id greenway = organizationId(session->workspace(), u"Greenway Foundation"_s);
        LeadingChoicesProxyModel withNone;
        withNone.addChoice(u"None"_s, 0);
        OrganizationComboBox combo;
        combo.setChoicesWhenShown([&]() -> OrganizationComboBox::Choices {
            OrganizationChoiceModel &choices = session->organizationChoices();
            withNone.setSourceModel(&choices);
            return {&choices, &withNone};
        });
        QVERIFY(combo.setChosenId(greenway));
        QCOMPARE(combo.chosenId(), std::optional<Id>(greenway)); // held, not read
        QVERIFY(!combo.hasChoices());
        QVERIFY(!session->hasOrganizationChoices());
        QSignalSpy edited(&combo, &OrganizationComboBox::choiceEdited);
        combo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&combo));
        QVERIFY(combo.hasChoices());
        QCOMPARE(combo.currentText(), u"Greenway Foundation"_s);
        QCOMPARE(combo.chosenId(), std::optional<Id>(greenway));
        QCOMPARE(edited.count(), 0); // nothing the user chose changed
    }

    void openingAWorkspaceReadsNoWholeRegistry()
    {
        {
            auto workspace = Workspace::open(m_path, Database::OpenMode::CreateNew);
            QVERIFY(workspace);
            QVERIFY(generate(**workspace, 3000));
        }
        Settings().setLastPage(u"dashboard"_s);
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        auto trace = std::make_unique<StatementTrace>(**workspace);
        MainWindow window;
        window.setWorkspace(std::move(workspace).value(), m_path, MainWindow::Remember::No);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &page : {u"dashboard"_s, u"coalitions"_s, u"organizations"_s}) {
            window.showPage(page);
            QCoreApplication::processEvents();
        }
        QVERIFY(!window.session()->hasOrganizationChoices());
        QVERIFY2(trace->wholeRegistryReads().isEmpty(),
                 qPrintable(trace->wholeRegistryReads().join(u'\n')));

        // The lead's list is read when the details are shown, once.
        window.showPage(u"coalitions"_s);
        auto *page = qobject_cast<CoalitionsPage *>(window.currentPage());
        QVERIFY(page);
        const CoalitionInfo before = page->detailsForm()->coalition();
        page->findChild<QTabWidget *>(u"coalitionTabs"_s)->setCurrentWidget(page->detailsForm());
        QVERIFY(window.session()->hasOrganizationChoices());
        QVERIFY(page->detailsForm()->leadChoice()->hasChoices());
        QCOMPARE(page->detailsForm()->leadChoice()->count(),
                 window.session()->organizationChoices().rowCount() + 1);
        QCOMPARE(page->detailsForm()->coalition(), before);
        QVERIFY(!page->detailsForm()->isModified());
        trace.reset();
        Settings().setLastPage(QString());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

QTEST_MAIN(TestOrganizationChoices)
#include "tst_organizationchoices.moc"
