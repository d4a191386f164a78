// SPDX-License-Identifier: GPL-3.0-or-later
// RelationshipsPage: the matrix and graph tabs, their legends, and the list
// of relationships under them.
#include "models/relationshiplistmodel.h"
#include "models/relationshipmatrixmodel.h"
#include "models/relationshipstyle.h"
#include "pages/relationshipactions.h"
#include "pages/relationshipspage.h"
#include "widgets/emptylistnotice.h"
#include "widgets/networkgraphview.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr std::array Levels{RelationshipLevel::Networking, RelationshipLevel::Coordinating,
                            RelationshipLevel::Cooperating, RelationshipLevel::Collaborating};
constexpr std::array Trusts{TrustLevel::Low, TrustLevel::Some, TrustLevel::More, TrustLevel::High};

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

// A picture and its words, as one entry of a legend.
void addLegendEntry(QHBoxLayout *layout, const QPixmap &picture, const QString &text,
                    const QString &toolTip)
{
    auto *image = new QLabel;
    image->setPixmap(picture);
    image->setToolTip(toolTip);
    auto *words = new QLabel(text);
    words->setToolTip(toolTip);
    layout->addWidget(image);
    layout->addWidget(words);
    layout->addSpacing(10);
}

QLabel *legendHeading(const QString &text)
{
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(text.toHtmlEscaped()));
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

QWidget *RelationshipsPage::makeLevelLegend(bool lines)
{
    auto *legend = new QWidget(this);
    legend->setObjectName(lines ? u"graphLegend"_s : u"matrixLegend"_s);
    // Cut short in a narrow window rather than hold the window wide.
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *levels = new QHBoxLayout;
    levels->addWidget(legendHeading(tr("Level:")));
    const int size = fontMetrics().height();
    for (RelationshipLevel level : Levels) {
        const QPixmap picture = lines
            ? RelationshipStyle::levelLineSample(level, QSize(size * 2, size))
            : RelationshipStyle::levelSwatch(level, size);
        const QString text = lines
            ? enumLabel(level)
            : tr("%1 (%2)").arg(enumLabel(level), RelationshipStyle::levelShortName(level));
        addLegendEntry(levels, picture, text, RelationshipStyle::levelMeaning(level));
    }
    levels->addStretch(1);
    auto *more = new QHBoxLayout;
    if (lines) {
        more->addWidget(legendHeading(tr("Trust:")));
        for (TrustLevel trust : Trusts)
            addLegendEntry(more, RelationshipStyle::trustLineSample(trust, QSize(size * 2, size)),
                           enumLabel(trust),
                           tr("Ties are coloured by trust, and fainter the lower it is."));
        more->addSpacing(8);
    }
    auto *mark = new QLabel(
        tr("%1 the two sides rate it differently").arg(RelationshipStyle::disagreementMark()));
    mark->setToolTip(tr("Both organizations gave their own view of the relationship, and the "
                        "views differ in level or trust."));
    more->addWidget(mark);
    more->addStretch(1);
    auto *layout = new QVBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(levels);
    layout->addLayout(more);
    return legend;
}

QWidget *RelationshipsPage::makeMatrixTab()
{
    auto *tab = new QWidget(this);
    m_matrixNotice = new QLabel(tab);
    m_matrixNotice->setObjectName(u"matrixNotice"_s);
    m_matrixNotice->setWordWrap(true);
    m_matrixNotice->hide();
    m_matrix = new QTableView(tab);
    m_matrix->setObjectName(u"relationshipMatrix"_s);
    m_matrix->setAccessibleName(tr("Relationship matrix"));
    m_matrix->setModel(m_matrixModel);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setWordWrap(false);
    m_matrix->setCornerButtonEnabled(false);
    QHeaderView *columns = m_matrix->horizontalHeader();
    columns->setDefaultSectionSize(fontMetrics().horizontalAdvance(u"Collab · high ≠"_s) + 24);
    columns->setSectionsClickable(false);
    QHeaderView *rows = m_matrix->verticalHeader();
    rows->setDefaultSectionSize(fontMetrics().height() + 14);
    rows->setSectionsClickable(false);
    rows->setMaximumWidth(fontMetrics().averageCharWidth() * 32);

    auto *hint = new QLabel(tr("Each cell shows how the row's and the column's organizations work "
                               "together and the trust between them. Double-click a cell, or "
                               "press Enter, to record or change it."),
                            tab);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_matrixNotice);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(makeLevelLegend(false));
    layout->addWidget(hint);
    return tab;
}

QWidget *RelationshipsPage::makeGraphTab()
{
    auto *tab = new QWidget(this);
    m_graph = new NetworkGraphView(tab);
    const auto makeAction = [tab](const QString &text, const QString &name, const QString &toolTip,
                                  const QKeySequence &shortcut) {
        auto *action = new QAction(text, tab);
        action->setObjectName(name);
        action->setToolTip(toolTip);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tab->addAction(action);
        return action;
    };
    QAction *zoomIn = makeAction(tr("Zoom &In"), u"zoomInGraph"_s, tr("Show the graph larger"),
                                 QKeySequence::ZoomIn);
    QAction *zoomOut = makeAction(tr("Zoom &Out"), u"zoomOutGraph"_s, tr("Show more of the graph"),
                                  QKeySequence::ZoomOut);
    QAction *fit
        = makeAction(tr("&Fit to View"), u"fitGraph"_s, tr("Show the whole graph in the view"),
                     QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *rearrange = makeAction(tr("&Rearrange"), u"rearrangeGraph"_s,
                                    tr("Lay the graph out automatically again, undoing any "
                                       "nodes moved by hand"),
                                    QKeySequence());
    m_exportPng = makeAction(tr("Export as &PNG…"), u"exportNetworkPng"_s,
                             tr("Save the graph, with its legend, as a PNG image"), QKeySequence());
    m_exportSvg = makeAction(tr("Export as &SVG…"), u"exportNetworkSvg"_s,
                             tr("Save the graph, with its legend, as an SVG drawing that scales "
                                "to any size"),
                             QKeySequence());
    connect(zoomIn, &QAction::triggered, m_graph, &NetworkGraphView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_graph, &NetworkGraphView::zoomOut);
    connect(fit, &QAction::triggered, m_graph, &NetworkGraphView::fitToView);
    connect(rearrange, &QAction::triggered, m_graph, &NetworkGraphView::rearrange);
    connect(m_exportPng, &QAction::triggered, this, &RelationshipsPage::exportPng);
    connect(m_exportSvg, &QAction::triggered, this, &RelationshipsPage::exportSvg);

    m_tieLabels = new QCheckBox(tr("Show &words on ties"), tab);
    m_tieLabels->setObjectName(u"showTieLabels"_s);
    m_tieLabels->setToolTip(tr("Write each tie's level and trust on it, as well as drawing them"));
    connect(m_tieLabels, &QCheckBox::toggled, m_graph, &NetworkGraphView::setShowsTieLabels);

    auto *exportButton = new QToolButton(tab);
    exportButton->setObjectName(u"exportNetworkButton"_s);
    exportButton->setText(tr("&Export"));
    exportButton->setToolTip(tr("Save the graph as a picture, with its title and legend"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(m_exportPng);
    exportMenu->addAction(m_exportSvg);
    exportButton->setMenu(exportMenu);

    auto *tools = new QHBoxLayout;
    for (QAction *action : {zoomIn, zoomOut, fit, rearrange})
        tools->addWidget(toolButton(action, tab));
    tools->addStretch(1);
    tools->addWidget(exportButton);

    auto *hint = new QLabel(tr("Circles grow with the number of ties. Click a member to list its "
                               "relationships below; drag it to rearrange; double-click a tie "
                               "to edit it. Ctrl+wheel zooms; the arrow keys step through "
                               "members and ties, Shift+arrows move the selected member."),
                            tab);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(tools);
    layout->addWidget(m_graph, 1);
    layout->addWidget(makeLevelLegend(true));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_tieLabels, 0, Qt::AlignTop);
    bottom->addSpacing(12);
    bottom->addWidget(hint, 1);
    layout->addLayout(bottom);
    return tab;
}

QWidget *RelationshipsPage::makeListArea()
{
    auto *area = new QWidget(this);
    m_listStack = new QStackedWidget(area);
    m_listNotice = new EmptyListNotice(area);
    m_listNotice->setObjectName(u"relationshipsNotice"_s);
    m_listNotice->setMessage(
        tr("No relationships recorded yet"),
        tr("Record how the members work together (networking, coordinating, cooperating or "
           "collaborating) and how far they trust each other. The matrix and the graph fill "
           "in as you do."),
        QString(m_actions->addAction()->text()).remove(u'&'));
    connect(m_listNotice, &EmptyListNotice::buttonClicked, m_actions->addAction(),
            &QAction::trigger);

    auto *list = new QWidget(area);
    auto *caption = new QLabel(tr("<b>All relationships among the members</b> (inactive members "
                                  "included, and marked)"),
                               list);
    caption->setTextFormat(Qt::RichText);
    m_list = new QTableView(list);
    m_list->setObjectName(u"relationshipList"_s);
    m_list->setAccessibleName(tr("Relationships"));
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(RelationshipListModel::FirstColumn, 220);
    m_list->setColumnWidth(RelationshipListModel::SecondColumn, 220);
    m_list->setColumnWidth(RelationshipListModel::LevelColumn, 120);
    m_list->setColumnWidth(RelationshipListModel::TrustColumn, 70);
    m_list->setColumnWidth(RelationshipListModel::SinceColumn, 90);
    m_list->setColumnWidth(RelationshipListModel::SidesColumn, 110);
    const QList<QAction *> actions{m_actions->addAction(), m_actions->editAction(),
                                   m_actions->removeAction()};
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions(actions);
    area->addActions(actions);
    connect(m_list, &QTableView::activated, m_actions->editAction(), &QAction::trigger);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RelationshipsPage::onListCurrentChanged);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : actions)
        buttons->addWidget(toolButton(action, list));
    buttons->addStretch(1);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(caption);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);
    m_listStack->addWidget(m_listNotice);
    m_listStack->addWidget(list);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listStack);
    return area;
}

} // namespace Coalition::Ui
