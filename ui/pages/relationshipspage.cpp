// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/relationshipspage.h"

#include "models/relationshiplistmodel.h"
#include "models/relationshipmatrixmodel.h"
#include "pages/relationshipactions.h"
#include "session/workspacesession.h"
#include "storage/stagesnapshot.h"
#include "storage/workspace.h"
#include "widgets/emptylistnotice.h"
#include "widgets/messagebar.h"
#include "widgets/networkfigurespanel.h"
#include "widgets/networkgraphview.h"

#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

RelationshipsPage::RelationshipsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_actions(new RelationshipActions(session, messageBar(), this))
    , m_matrixModel(new RelationshipMatrixModel(this))
    , m_listModel(new RelationshipListModel(this))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(makeEmptyState())
    , m_content(new QSplitter(Qt::Vertical, this))
    , m_tabs(new QTabWidget(this))
    , m_figuresPanel(new NetworkFiguresPanel(this))
{
    m_heading->setObjectName(u"relationshipsTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_subheading->setObjectName(u"relationshipsSubtitle"_s);
    m_subheading->setWordWrap(true);

    m_tabs->setObjectName(u"relationshipsTabs"_s);
    m_tabs->addTab(makeMatrixTab(), tr("&Matrix"));
    m_tabs->addTab(makeGraphTab(), tr("Network &Graph"));
    m_figuresPanel->setMinimumWidth(220);
    auto *views = new QSplitter(Qt::Horizontal, m_content);
    views->setObjectName(u"relationshipsViewsSplitter"_s);
    views->addWidget(m_tabs);
    views->addWidget(m_figuresPanel);
    views->setStretchFactor(0, 3);
    views->setStretchFactor(1, 1);
    views->setChildrenCollapsible(false);
    m_content->setObjectName(u"relationshipsSplitter"_s);
    m_content->addWidget(views);
    m_content->addWidget(makeListArea());
    m_content->setStretchFactor(0, 3);
    m_content->setStretchFactor(1, 2);
    m_content->setChildrenCollapsible(false);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_stack, 1);

    connect(&session, &WorkspaceSession::currentCoalitionChanged, this,
            &RelationshipsPage::showCoalition);
    connect(&session, &WorkspaceSession::recordsChanged, this,
            &RelationshipsPage::onRecordsChanged);
    connect(m_actions, &RelationshipActions::relationshipCreated, this,
            [this](Id id) { selectRelationship(id); });
    connect(m_matrix, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() != index.column())
            m_actions->editPair(m_matrixModel->organizationAt(index.row()),
                                m_matrixModel->organizationAt(index.column()));
    });
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (const Relationship *relationship = m_matrixModel->relationshipAt(index))
                    selectRelationship(relationship->id);
            });
    connect(m_graph, &NetworkGraphView::organizationSelected, this,
            &RelationshipsPage::selectRelationshipsOf);
    connect(m_graph, &NetworkGraphView::organizationActivated, this, [this](Id id) {
        selectRelationshipsOf(id);
        m_list->setFocus();
    });
    connect(m_graph, &NetworkGraphView::relationshipSelected, this,
            [this](Id id) { selectRelationship(id); });
    connect(m_graph, &NetworkGraphView::relationshipActivated, m_actions,
            &RelationshipActions::editRelationship);
    connect(m_figuresPanel, &NetworkFiguresPanel::organizationActivated, this, [this](Id id) {
        m_graph->selectOrganization(id);
        selectRelationshipsOf(id);
    });

    showCoalition(session.currentCoalition());
}

RelationshipsPage::~RelationshipsPage() = default;

QString RelationshipsPage::pageId() const
{
    return u"relationships"_s;
}

QString RelationshipsPage::title() const
{
    return tr("Relationships");
}

QIcon RelationshipsPage::icon() const
{
    return QIcon(u":/coalition/icons/relationships.svg"_s);
}

bool RelationshipsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QString RelationshipsPage::subtitle() const
{
    return m_subheading->text();
}

QWidget *RelationshipsPage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    auto *text = new QLabel(
        tr("<h2>No coalition yet</h2>"
           "<p>This page shows how a coalition's members work with each other: who only "
           "exchanges information (networking), who adjusts activities together "
           "(coordinating), who shares resources (cooperating) and who builds each other's "
           "capacity (collaborating), with the trust between them.</p>"
           "<p>Start a coalition on the Coalitions page and add its members; their "
           "relationships then show here as a matrix and a network graph.</p>"),
        empty);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

void RelationshipsPage::showCoalition(Id id)
{
    m_coalitionId = id;
    m_stack->setCurrentWidget(id > 0 ? static_cast<QWidget *>(m_content) : m_emptyState);
    reload();
}

void RelationshipsPage::onRecordsChanged(const QList<RecordKey> &keys)
{
    for (const RecordKey &key : keys) {
        switch (key.kind) {
        case RecordKind::Organization:
        case RecordKind::Coalition:
        case RecordKind::Membership:
        case RecordKind::Relationship:
            reload();
            return;
        default:
            break;
        }
    }
}

void RelationshipsPage::reload()
{
    NetworkData network;
    m_coalitionName.clear();
    if (m_coalitionId > 0) {
        Workspace &workspace = session().workspace();
        if (auto coalition = workspace.coalitions().get(m_coalitionId))
            m_coalitionName = coalition->name;
        if (auto loaded = loadNetworkData(workspace, m_coalitionId))
            network = *std::move(loaded);
        else
            messageBar()->showMessage(
                tr("The relationships could not be read: %1").arg(loaded.error().message));
    }
    m_figures = NetworkEngine::compute(network.members, network.relationships);

    QSet<Id> active;
    for (const NetworkMember &member : std::as_const(network.members))
        active.insert(member.organizationId);
    QSet<Id> everyMember = active;
    for (auto it = network.organizationNames.cbegin(); it != network.organizationNames.cend(); ++it)
        everyMember.insert(it.key());
    m_actions->setCoalition(m_coalitionId, everyMember);
    m_matrixModel->setNetwork(network.members, network.relationships, network.organizationNames);
    m_listModel->setRelationships(network.relationships, network.organizationNames, active);
    onListCurrentChanged();
    m_listStack->setCurrentIndex(m_listModel->rowCount() > 0 ? 1 : 0);

    // The graph's ties say what the matrix cells say, and the figures name
    // how the disagreeing sides differ.
    QHash<Id, QString> tieTips;
    QHash<Id, QStringList> disagreements;
    for (const NetworkTie &tie : std::as_const(m_figures.ties)) {
        const QModelIndex cell = m_matrixModel->indexOfPair(tie.firstId, tie.secondId);
        tieTips.insert(tie.relationshipId, cell.data(Qt::ToolTipRole).toString());
        if (const Relationship *relationship = m_matrixModel->relationshipAt(cell);
            relationship && tie.sidesDisagree)
            disagreements.insert(
                tie.relationshipId,
                NetworkEngine::disagreement(*relationship, network.organizationNames));
    }
    m_graph->setTitle(m_coalitionName.isEmpty()
                          ? tr("Relationships among the members")
                          : tr("Relationships among the members of %1").arg(m_coalitionName));
    m_graph->setNetwork(m_figures, tieTips);
    if (network.members.isEmpty())
        m_figuresPanel->clearFigures();
    else
        m_figuresPanel->setFigures(m_figures, disagreements);
    const bool canExport = !network.members.isEmpty();
    m_exportPng->setEnabled(canExport);
    m_exportSvg->setEnabled(canExport);
    m_matrixNotice->setText(
        network.members.size() < 2
            ? tr("The matrix needs at least two active members. Add members on the Coalitions "
                 "page, or set their status to active.")
            : QString());
    m_matrixNotice->setVisible(network.members.size() < 2);
    updateHeader();
}

void RelationshipsPage::updateHeader()
{
    m_heading->setText(
        u"<h2>%1</h2>"_s.arg(m_coalitionName.isEmpty()
                                 ? tr("Relationships")
                                 : tr("Relationships in %1").arg(m_coalitionName).toHtmlEscaped()));
    if (m_coalitionId <= 0) {
        m_subheading->clear();
        return;
    }
    QStringList parts;
    const int members = m_figures.members;
    parts << (members == 1 ? tr("1 active member") : tr("%1 active members").arg(members));
    if (members >= 2)
        parts << tr("%1 of %2 pairs tied (density %3%)")
                     .arg(m_figures.tiedPairs)
                     .arg(m_figures.pairs)
                     .arg(qRound(m_figures.density * 100.0));
    const int isolated = static_cast<int>(m_figures.isolated.size());
    if (isolated > 0)
        parts << (isolated == 1 ? tr("1 member without a tie")
                                : tr("%1 members without a tie").arg(isolated));
    const int disagreements = m_figures.disagreements;
    if (disagreements > 0)
        parts << (disagreements == 1 ? tr("1 relationship rated differently by its two sides")
                                     : tr("%1 relationships rated differently by their two sides")
                                           .arg(disagreements));
    m_subheading->setText(parts.join(u" · "_s));
}

void RelationshipsPage::onListCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    m_actions->setRelationship(current.isValid() ? m_listModel->idAt(current.row()) : 0);
}

bool RelationshipsPage::selectRelationship(Id relationshipId)
{
    const int row = m_listModel->rowOf(relationshipId);
    if (row < 0)
        return false;
    const QModelIndex index = m_listModel->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    onListCurrentChanged();
    return true;
}

void RelationshipsPage::selectRelationshipsOf(Id organizationId)
{
    QItemSelectionModel *selection = m_list->selectionModel();
    const QList<int> rows = m_listModel->rowsOfOrganization(organizationId);
    if (rows.isEmpty()) {
        selection->clearSelection();
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        onListCurrentChanged();
        return;
    }
    QItemSelection chosen;
    for (int row : rows)
        chosen.select(m_listModel->index(row, 0),
                      m_listModel->index(row, RelationshipListModel::ColumnCount - 1));
    const QModelIndex first = m_listModel->index(rows.constFirst(), 0);
    selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selection->select(chosen, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(first);
    onListCurrentChanged();
}

bool RelationshipsPage::showRecord(const RecordKey &key)
{
    if (key.kind != RecordKind::Relationship)
        return false;
    if (m_coalitionId > 0 && selectRelationship(key.id))
        return true;
    Workspace &workspace = session().workspace();
    auto relationship = workspace.relationships().get(key.id);
    if (!relationship)
        return false;
    // Another coalition both organizations belong to.
    auto memberships = workspace.memberships().listForOrganization(relationship->firstId);
    if (!memberships)
        return false;
    for (const Membership &membership : *memberships) {
        auto other = workspace.memberships().find(membership.coalitionId, relationship->secondId);
        if (!other || !other->has_value())
            continue;
        session().setCurrentCoalition(membership.coalitionId);
        return selectRelationship(key.id);
    }
    return false;
}

QString RelationshipsPage::suggestedFileName(const QString &extension) const
{
    QString base = m_coalitionName.isEmpty() ? tr("relationships")
                                             : tr("%1 relationships").arg(m_coalitionName);
    // Characters some file systems refuse.
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (const QChar c : forbidden)
        base.replace(c, u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(base.trimmed() + u'.' + extension);
}

void RelationshipsPage::chooseAndExport(bool svg)
{
    if (m_coalitionId <= 0)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Network as SVG") : tr("Export Network as PNG"),
        suggestedFileName(svg ? u"svg"_s : u"png"_s),
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString suffix = svg ? u".svg"_s : u".png"_s;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    const bool written = svg ? m_graph->exportSvg(path, &error) : m_graph->exportPng(path, &error);
    if (!written) {
        messageBar()->showMessage(error);
        return;
    }
    messageBar()->showMessage(
        tr("The network picture was saved to %1.").arg(QDir::toNativeSeparators(path)),
        MessageBar::Kind::Information);
}

void RelationshipsPage::exportPng()
{
    chooseAndExport(false);
}

void RelationshipsPage::exportSvg()
{
    chooseAndExport(true);
}

} // namespace Coalition::Ui
