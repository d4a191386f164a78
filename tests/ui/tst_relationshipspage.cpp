// SPDX-License-Identifier: GPL-3.0-or-later
// The Relationships page: the matrix's colours and words for a hand-made
// coalition, the figures, adding a relationship through the dialog (from a
// matrix cell and from the list) updating the matrix, the graph and the
// list, undo reverting it, the two sides' disagreement shown and warned
// about, removal asking first, and a member's relationships selected from
// the graph.
#include "meetingsfixture.h"

#include "app/messagebox.h"
#include "dialogs/relationshipdialog.h"
#include "models/relationshiplistmodel.h"
#include "models/relationshipmatrixmodel.h"
#include "models/relationshipstyle.h"
#include "pages/relationshipactions.h"
#include "pages/relationshipspage.h"
#include "widgets/enumchoices.h"
#include "widgets/networkfigurespanel.h"
#include "widgets/networkgraphitems.h"
#include "widgets/networkgraphview.h"
#include "widgets/optionaldateedit.h"
#include "widgets/organizationcombobox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
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

class TestRelationshipsPage : public QObject
{
    Q_OBJECT

private:
    // The organization of the voting member at `index` (votingNames() order).
    Id org(int index)
    {
        auto membership = workspace().memberships().get(m_g.voting.at(index));
        return membership ? membership->organizationId : 0;
    }

    Workspace &workspace() { return m_session->workspace(); }
    QUndoStack *undo() { return m_session->undoStack(); }

    Result<Id> relate(Workspace &w, Id first, Id second, RelationshipLevel level, TrustLevel trust,
                      const QList<RelationshipView> &views = {})
    {
        Relationship relationship;
        relationship.firstId = first;
        relationship.secondId = second;
        relationship.level = level;
        relationship.trust = trust;
        relationship.since = QDate(2022, 5, 1);
        relationship.notes = u"Share a newsletter"_s;
        relationship.views = views;
        return w.relationships().add(relationship);
    }

    void open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        Workspace &w = **opened;
        m_g = Governance{};
        const Status built = build(w, m_g, false);
        QVERIFY2(built.ok(), qPrintable(built.error().toString()));
        // Not a member; its name sorts before every member's.
        Organization outsider;
        outsider.name = u"Aardvark Trust"_s;
        outsider.sector = Sector::Funder;
        auto outsiderId = w.organizations().add(outsider);
        QVERIFY(outsiderId.ok());
        m_outsider = *outsiderId;

        const auto orgOf = [&w, this](int index) {
            return w.memberships().get(m_g.voting.at(index))->organizationId;
        };
        m_tenants = orgOf(0);
        m_foodBank = orgOf(1);
        m_clinic = orgOf(2);
        m_youth = orgOf(3);
        m_library = orgOf(4);
        m_faith = orgOf(5);
        // Tenants Union and Eastside Food Bank cooperate, but see it differently.
        auto disputed
            = relate(w, m_tenants, m_foodBank, RelationshipLevel::Cooperating, TrustLevel::High,
                     {{m_tenants, RelationshipLevel::Cooperating, TrustLevel::High,
                       u"We share a van"_s, QDate(2024, 1, 5)},
                      {m_foodBank, RelationshipLevel::Networking, TrustLevel::Some,
                       u"We mostly trade news"_s, QDate(2024, 1, 9)}});
        QVERIFY2(disputed.ok(), qPrintable(disputed.error().toString()));
        m_disputed = *disputed;
        auto loose = relate(w, m_clinic, m_tenants, RelationshipLevel::Networking, TrustLevel::Low);
        QVERIFY2(loose.ok(), qPrintable(loose.error().toString()));
        m_loose = *loose;
        auto close
            = relate(w, m_foodBank, m_youth, RelationshipLevel::Collaborating, TrustLevel::More);
        QVERIFY2(close.ok(), qPrintable(close.error().toString()));
        m_close = *close;

        m_session = std::make_unique<WorkspaceSession>(std::move(opened).value());
        m_page = std::make_unique<RelationshipsPage>(*m_session);
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_testers.clear();
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_page->matrixModel()),
                                          static_cast<QAbstractItemModel *>(m_page->listModel())})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    QModelIndex cell(Id a, Id b) const
    {
        RelationshipMatrixModel *model = m_page->matrixModel();
        return model->index(model->sectionOf(a), model->sectionOf(b));
    }

    QString cellText(Id a, Id b) const { return cell(a, b).data().toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    Governance m_g;
    Id m_outsider = 0;
    Id m_tenants = 0;
    Id m_foodBank = 0;
    Id m_clinic = 0;
    Id m_youth = 0;
    Id m_library = 0;
    Id m_faith = 0;
    Id m_disputed = 0;
    Id m_loose = 0;
    Id m_close = 0;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<RelationshipsPage> m_page;
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

    void scopedToTheCoalitionWithAnEmptyState()
    {
        open();
        QCOMPARE(m_page->pageId(), u"relationships"_s);
        QCOMPARE(m_page->title(), u"Relationships"_s);
        QVERIFY(m_page->isCoalitionScoped());
        QVERIFY(!m_page->isShowingEmptyState());
        QVERIFY(m_page->actions()->addAction()->isEnabled());

        m_session->setCurrentCoalition(0);
        QVERIFY(m_page->isShowingEmptyState());
        QVERIFY(!m_page->actions()->addAction()->isEnabled());
        QCOMPARE(m_page->matrixModel()->rowCount(), 0);
        QVERIFY(m_page->graphView()->nodeItems().isEmpty());
        m_session->setCurrentCoalition(m_g.coalition);
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->matrixModel()->rowCount(), 11);
    }

    void matrixShowsLevelColourTrustAndDisagreement()
    {
        open();
        RelationshipMatrixModel *model = m_page->matrixModel();
        // The eleven active members (the observer too), by name; not the outsider.
        QCOMPARE(model->rowCount(), 11);
        QCOMPARE(model->columnCount(), 11);
        // Long names are shortened in the column headers, whole in their tooltips.
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"City Plannin…"_s);
        QCOMPARE(model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 u"City Planning Office"_s);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Eastside Foo…"_s);
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"City Planning Office"_s);
        QCOMPARE(model->headerData(10, Qt::Vertical).toString(), u"Youth Arts Collective"_s);
        QCOMPARE(model->sectionOf(m_outsider), -1);

        // Text: the level's short name and the trust; the disagreement marked.
        QCOMPARE(cellText(m_tenants, m_foodBank), u"Coop · high ≠"_s);
        QCOMPARE(cellText(m_foodBank, m_tenants), u"Coop · high ≠"_s);
        QCOMPARE(cellText(m_tenants, m_clinic), u"Net · low"_s);
        QCOMPARE(cellText(m_youth, m_foodBank), u"Collab · more"_s);
        QVERIFY(cellText(m_tenants, m_library).isEmpty());
        QVERIFY(cellText(m_tenants, m_tenants).isEmpty());

        // Background: the level's colour, a different one per level.
        const auto background = [this](Id a, Id b) {
            return cell(a, b).data(Qt::BackgroundRole).value<QBrush>().color();
        };
        QCOMPARE(background(m_tenants, m_foodBank),
                 RelationshipStyle::levelColor(RelationshipLevel::Cooperating));
        QCOMPARE(background(m_clinic, m_tenants),
                 RelationshipStyle::levelColor(RelationshipLevel::Networking));
        QCOMPARE(background(m_foodBank, m_youth),
                 RelationshipStyle::levelColor(RelationshipLevel::Collaborating));
        QVERIFY(background(m_tenants, m_foodBank) != background(m_tenants, m_clinic));
        QVERIFY(!cell(m_tenants, m_library).data(Qt::BackgroundRole).isValid());
        // Dark cells get light text.
        QCOMPARE(cell(m_foodBank, m_youth).data(Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(Qt::white));

        // Roles and tooltips.
        QCOMPARE(cell(m_tenants, m_foodBank)
                     .data(RelationshipMatrixModel::RelationshipIdRole)
                     .value<Id>(),
                 m_disputed);
        QVERIFY(
            cell(m_tenants, m_foodBank).data(RelationshipMatrixModel::DisagreementRole).toBool());
        QVERIFY(
            !cell(m_tenants, m_clinic).data(RelationshipMatrixModel::DisagreementRole).toBool());
        QCOMPARE(cell(m_tenants, m_tenants)
                     .data(RelationshipMatrixModel::RelationshipIdRole)
                     .value<Id>(),
                 Id(0));
        QVERIFY(!(cell(m_tenants, m_tenants).flags() & Qt::ItemIsSelectable));
        const QString tip = cell(m_foodBank, m_tenants).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Tenants Union sees it as cooperating with high trust"_s),
                 qPrintable(tip));
        QVERIFY(tip.contains(u"Eastside Food Bank as networking with some trust"_s));
        QVERIFY(tip.contains(u"Share a newsletter"_s));
        QVERIFY(tip.contains(QLocale().toString(QDate(2022, 5, 1), QLocale::LongFormat)));
        QVERIFY(cell(m_tenants, m_library)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"no relationship recorded"_s));
    }

    void figuresGraphAndListAgree()
    {
        open();
        const NetworkFigures &figures = m_page->figures();
        QCOMPARE(figures.members, 11);
        QCOMPARE(figures.pairs, 55);
        QCOMPARE(figures.tiedPairs, 3);
        QCOMPARE(figures.disagreements, 1);
        QVERIFY2(m_page->subtitle().contains(u"11 active members"_s),
                 qPrintable(m_page->subtitle()));
        QVERIFY(m_page->subtitle().contains(u"3 of 55 pairs tied"_s));
        QVERIFY(m_page->subtitle().contains(u"7 members without a tie"_s));
        QVERIFY(m_page->subtitle().contains(u"1 relationship rated differently"_s));

        const QString panel = m_page->figuresPanel()->toPlainText();
        QVERIFY(panel.contains(u"Density"_s));
        QVERIFY(panel.contains(u"3 of the 55 pairs"_s));
        QVERIFY(panel.contains(u"Youth Arts Collective"_s));
        QVERIFY(panel.contains(u"Tenants Union sees it as cooperating"_s));
        for (const QString &reason : figures.reasons)
            QVERIFY2(panel.contains(reason), qPrintable(reason));

        NetworkGraphView *graph = m_page->graphView();
        QCOMPARE(graph->nodeItems().size(), 11);
        QCOMPARE(graph->edgeItems().size(), 3);
        QVERIFY(graph->edgeItem(m_disputed)->sidesDisagree());
        QCOMPARE(graph->edgeItem(m_close)->pen().style(), Qt::SolidLine);
        QCOMPARE(graph->edgeItem(m_loose)->pen().style(), Qt::DotLine);
        QVERIFY(graph->nodeItem(m_library)->isIsolated());
        QVERIFY(graph->apartArea().contains(graph->nodeItem(m_library)->scenePos()));
        QVERIFY(graph->title().contains(u"Harbourside Coalition"_s));
        QVERIFY(graph->edgeItem(m_disputed)->toolTip().contains(u"differently"_s));

        RelationshipListModel *list = m_page->listModel();
        QCOMPARE(list->rowCount(), 3);
        // Ordered by the pair's names: Eastside–Tenants, Eastside–Youth, Harbour–Tenants.
        QCOMPARE(list->idAt(0), m_disputed);
        QCOMPARE(list->idAt(1), m_close);
        QCOMPARE(list->idAt(2), m_loose);
        QCOMPARE(list->index(0, RelationshipListModel::FirstColumn).data().toString(),
                 u"Eastside Food Bank"_s);
        QVERIFY(list->index(0, RelationshipListModel::SidesColumn)
                    .data()
                    .toString()
                    .contains(u"Differ"_s));
        QCOMPARE(list->index(1, RelationshipListModel::SidesColumn).data().toString(),
                 u"Not asked"_s);
    }

    void addingFromAMatrixCellUpdatesEverythingAndUndoReverts()
    {
        open();
        m_page->tabs()->setCurrentIndex(0);
        QTableView *matrix = m_page->matrixView();
        const QModelIndex empty = cell(m_library, m_faith);
        QVERIFY(empty.isValid());
        QVERIFY(empty.data().toString().isEmpty());
        matrix->scrollTo(empty);

        bool shown = false;
        onDialog<RelationshipDialog>([&](RelationshipDialog *dialog) {
            shown = true;
            QVERIFY(!dialog->isEditing());
            // The pair of the cell is chosen already.
            QCOMPARE(dialog->firstCombo()->chosenId(), std::optional<Id>(m_library));
            QCOMPARE(dialog->secondCombo()->chosenId(), std::optional<Id>(m_faith));
            setComboEnum(dialog->levelCombo(), RelationshipLevel::Collaborating);
            setComboEnum(dialog->trustCombo(), TrustLevel::High);
            QVERIFY(dialog->isAcceptable());
            okButton(dialog)->click();
        });
        // A double click comes after the press of its first click.
        const QPoint middle = matrix->visualRect(empty).center();
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, middle);
        QTest::mouseDClick(matrix->viewport(), Qt::LeftButton, {}, middle);
        QVERIFY(shown);

        QCOMPARE(cellText(m_library, m_faith), u"Collab · high"_s);
        QCOMPARE(cellText(m_faith, m_library), u"Collab · high"_s);
        auto stored = workspace().relationships().find(m_library, m_faith);
        QVERIFY(stored.ok() && stored->has_value());
        const Id added = (*stored)->id;
        QCOMPARE((*stored)->level, RelationshipLevel::Collaborating);
        QCOMPARE(m_page->graphView()->edgeItems().size(), 4);
        QVERIFY(m_page->graphView()->edgeItem(added));
        QVERIFY(!m_page->graphView()->nodeItem(m_library)->isIsolated());
        QCOMPARE(m_page->listModel()->rowCount(), 4);
        QCOMPARE(m_page->figures().tiedPairs, 4);
        // The new relationship is the current one of the list.
        QCOMPARE(m_page->actions()->relationship(), added);
        QCOMPARE(undo()->undoText(),
                 u"Add relationship between “Millbrook Library” and “Faith Alliance”"_s);

        undo()->undo();
        QVERIFY(cellText(m_library, m_faith).isEmpty());
        QCOMPARE(m_page->graphView()->edgeItems().size(), 3);
        QVERIFY(m_page->graphView()->nodeItem(m_library)->isIsolated());
        QCOMPARE(m_page->listModel()->rowCount(), 3);
        QCOMPARE(m_page->figures().tiedPairs, 3);
        undo()->redo();
        QCOMPARE(cellText(m_library, m_faith), u"Collab · high"_s);
        QCOMPARE(m_page->graphView()->edgeItems().size(), 4);
    }

    void addDialogListsMembersFirstAndChecksThePair()
    {
        open();
        bool shown = false;
        onDialog<RelationshipDialog>([&](RelationshipDialog *dialog) {
            shown = true;
            OrganizationComboBox *first = dialog->firstCombo();
            // Members first (by name), then the rest of the registry.
            QCOMPARE(first->itemText(0), u"City Planning Office"_s);
            QCOMPARE(first->rowOfId(m_outsider), 11);
            QVERIFY(!okButton(dialog)->isEnabled());

            QVERIFY(first->setChosenId(m_tenants));
            QVERIFY(dialog->secondCombo()->setChosenId(m_tenants));
            QVERIFY(!dialog->isAcceptable());
            QVERIFY(!dialog->fieldError(u"second"_s).isEmpty()
                    || !dialog->fieldError(u"first"_s).isEmpty());
            // A pair that has a relationship already is refused.
            QVERIFY(dialog->secondCombo()->setChosenId(m_foodBank));
            QVERIFY(!dialog->isAcceptable());
            // Anyone of the registry may be chosen, members or not.
            QVERIFY(dialog->secondCombo()->setChosenId(m_outsider));
            QVERIFY2(dialog->isAcceptable(), qPrintable(dialog->fieldError(u"general"_s)));
            okButton(dialog)->click();
        });
        m_page->actions()->addAction()->trigger();
        QVERIFY(shown);
        auto stored = workspace().relationships().find(m_outsider, m_tenants);
        QVERIFY(stored.ok() && stored->has_value());
        // Listed (the outsider is no member, so not in the matrix).
        QCOMPARE(m_page->listModel()->rowCount(), 3);
        QCOMPARE(m_page->matrixModel()->sectionOf(m_outsider), -1);
    }

    void editingWarnsOfDisagreementAndKeepsHistory()
    {
        open();
        QVERIFY(m_page->selectRelationship(m_loose));
        bool shown = false;
        onDialog<RelationshipDialog>([&](RelationshipDialog *dialog) {
            shown = true;
            QVERIFY(dialog->isEditing());
            QVERIFY(!dialog->firstCombo()->isEnabled());
            QVERIFY(dialog->historyView()->topLevelItemCount() >= 1);
            QVERIFY(dialog->disagreementText().isEmpty());
            // Each side gives its own view, and they differ.
            dialog->viewBox(0)->setChecked(true);
            dialog->viewBox(1)->setChecked(true);
            setComboEnum(dialog->viewLevelCombo(0), RelationshipLevel::Coordinating);
            setComboEnum(dialog->viewTrustCombo(0), TrustLevel::More);
            setComboEnum(dialog->viewLevelCombo(1), RelationshipLevel::Networking);
            setComboEnum(dialog->viewTrustCombo(1), TrustLevel::Low);
            const QString warning = dialog->disagreementText();
            QVERIFY2(warning.contains(u"sees it as coordinating with more trust"_s),
                     qPrintable(warning));
            QVERIFY(dialog->findChild<QLabel *>(u"disagreement"_s)->isVisibleTo(dialog));
            // A difference is a warning, not an error.
            QVERIFY(dialog->isAcceptable());
            setComboEnum(dialog->levelCombo(), RelationshipLevel::Coordinating);
            dialog->historyNoteEdit()->setText(u"They now align their opening hours"_s);
            okButton(dialog)->click();
        });
        m_page->actions()->editAction()->trigger();
        QVERIFY(shown);

        auto stored = workspace().relationships().get(m_loose);
        QVERIFY(stored.ok());
        QCOMPARE(stored->level, RelationshipLevel::Coordinating);
        QCOMPARE(stored->views.size(), 2);
        bool noted = false;
        for (const RelationshipChange &change : stored->history)
            noted = noted || change.note == u"They now align their opening hours"_s;
        QVERIFY(noted);
        QCOMPARE(cellText(m_clinic, m_tenants), u"Coord · low ≠"_s);
        QCOMPARE(m_page->figures().disagreements, 2);
        QVERIFY(m_page->graphView()->edgeItem(m_loose)->sidesDisagree());
        QCOMPARE(m_page->graphView()->edgeItem(m_loose)->pen().style(), Qt::DashLine);

        undo()->undo();
        QCOMPARE(cellText(m_clinic, m_tenants), u"Net · low"_s);
        QVERIFY(!m_page->graphView()->edgeItem(m_loose)->sidesDisagree());
        QCOMPARE(m_page->figures().disagreements, 1);
    }

    void doubleClickingATieOpensItsRelationship()
    {
        open();
        m_page->tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        bool shown = false;
        onDialog<RelationshipDialog>([&](RelationshipDialog *dialog) {
            shown = true;
            QCOMPARE(dialog->relationship().id, m_close);
            dialog->reject();
        });
        Q_EMIT m_page->graphView()->relationshipActivated(m_close);
        QVERIFY(shown);
        QCOMPARE(undo()->count(), 0);
    }

    void removalAsksFirstAndUndoBringsItBack()
    {
        open();
        QVERIFY(m_page->selectRelationship(m_close));
        MessageBox::setNextAnswer(1);
        m_page->actions()->removeAction()->trigger();
        QCOMPARE(m_page->listModel()->rowCount(), 3);
        QVERIFY(MessageBox::lastText().contains(u"Youth Arts Collective"_s));

        MessageBox::setNextAnswer(0);
        m_page->actions()->removeAction()->trigger();
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QVERIFY(cellText(m_foodBank, m_youth).isEmpty());
        QCOMPARE(m_page->graphView()->edgeItems().size(), 2);
        undo()->undo();
        QCOMPARE(m_page->listModel()->rowCount(), 3);
        QCOMPARE(cellText(m_foodBank, m_youth), u"Collab · more"_s);
    }

    void selectingAMemberSelectsItsRelationships()
    {
        open();
        m_page->graphView()->selectOrganization(m_tenants);
        const QModelIndexList rows = m_page->listView()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 2);
        QSet<Id> ids;
        for (const QModelIndex &row : rows)
            ids.insert(m_page->listModel()->idAt(row.row()));
        QCOMPARE(ids, (QSet<Id>{m_disputed, m_loose}));
        QCOMPARE(m_page->actions()->relationship(), m_disputed);

        // A member with none: nothing selected, nothing to edit.
        m_page->graphView()->selectOrganization(m_library);
        QVERIFY(m_page->listView()->selectionModel()->selectedRows().isEmpty());
        QVERIFY(!m_page->actions()->editAction()->isEnabled());
    }

    void showsARelationshipOfAnotherCoalition()
    {
        open();
        m_session->setCurrentCoalition(0);
        QVERIFY(m_page->showRecord({RecordKind::Relationship, m_close}));
        QCOMPARE(m_session->currentCoalition(), m_g.coalition);
        QCOMPARE(m_page->actions()->relationship(), m_close);
        QVERIFY(!m_page->showRecord({RecordKind::Success, 1}));
    }

    void exportsThroughTheGraph()
    {
        open();
        QVERIFY(m_page->exportPngAction()->isEnabled());
        QVERIFY(m_page->exportSvgAction()->isEnabled());
        const QString path = m_dir->filePath(u"net.svg"_s);
        QVERIFY(m_page->graphView()->exportSvg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("Harbourside Coalition"));
        QVERIFY(svg.contains("Tenants Union"));
    }
};

QTEST_MAIN(TestRelationshipsPage)
#include "tst_relationshipspage.moc"
