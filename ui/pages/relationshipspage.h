// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"
#include "rules/networkfigures.h"

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTabWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class EmptyListNotice;
class NetworkFiguresPanel;
class NetworkGraphView;
class RelationshipActions;
class RelationshipListModel;
class RelationshipMatrixModel;

// How the current coalition's members work with each other. Two views of
// the network of its active members: a matrix coloured by level (trust in
// the text), and a graph drawn with Qt Graphics View that can be rearranged
// by hand and exported as PNG or SVG. Beside them the network figures with
// how they were counted; under them the list of the relationships among all
// its members, to add, edit (with the history) and remove. Double-clicking
// a matrix cell or a tie opens that pair's relationship; clicking a member
// in the graph selects its relationships in the list. Every change is an
// undoable edit.
class RelationshipsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipsPage)

public:
    explicit RelationshipsPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~RelationshipsPage() override;

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }
    // Relationships: switches to a coalition both organizations belong to
    // when the current one is not, and selects it in the list.
    bool showRecord(const RecordKey &key) override;

    QTabWidget *tabs() const { return m_tabs; }
    RelationshipMatrixModel *matrixModel() const { return m_matrixModel; }
    QTableView *matrixView() const { return m_matrix; }
    NetworkGraphView *graphView() const { return m_graph; }
    NetworkFiguresPanel *figuresPanel() const { return m_figuresPanel; }
    RelationshipListModel *listModel() const { return m_listModel; }
    QTableView *listView() const { return m_list; }
    RelationshipActions *actions() const { return m_actions; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    const NetworkFigures &figures() const { return m_figures; }
    bool isShowingEmptyState() const;
    QString subtitle() const;
    // Selects the list rows of the relationships the organization takes part in.
    void selectRelationshipsOf(Id organizationId);
    // Selects one relationship in the list; false when the list does not show it.
    bool selectRelationship(Id relationshipId);

public Q_SLOTS:
    void reload();
    void exportPng();
    void exportSvg();

private:
    QWidget *makeEmptyState();
    QWidget *makeMatrixTab();
    QWidget *makeGraphTab();
    QWidget *makeListArea();
    QWidget *makeLevelLegend(bool lines);
    void showCoalition(Id id);
    void onRecordsChanged(const QList<RecordKey> &keys);
    void onListCurrentChanged();
    void updateHeader();
    QString suggestedFileName(const QString &extension) const;
    void chooseAndExport(bool svg);

    Id m_coalitionId = 0;
    QString m_coalitionName;
    NetworkFigures m_figures;
    RelationshipActions *m_actions;
    RelationshipMatrixModel *m_matrixModel;
    RelationshipListModel *m_listModel;
    QLabel *m_heading;
    QLabel *m_subheading;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QSplitter *m_content;
    QTabWidget *m_tabs;
    QTableView *m_matrix = nullptr;
    QLabel *m_matrixNotice = nullptr;
    NetworkGraphView *m_graph = nullptr;
    QCheckBox *m_tieLabels = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    NetworkFiguresPanel *m_figuresPanel;
    QStackedWidget *m_listStack = nullptr;
    EmptyListNotice *m_listNotice = nullptr;
    QTableView *m_list = nullptr;
};

} // namespace Coalition::Ui
