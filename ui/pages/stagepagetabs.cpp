// SPDX-License-Identifier: GPL-3.0-or-later
// The Stage page's parts: the empty state, the Criteria tab (the criteria
// tree, the panel beside it and what is missing for the next stage) and the
// page's actions.
#include "pages/stagepage.h"

#include "models/stagecriteriamodel.h"
#include "widgets/stagecriterionpanel.h"
#include "widgets/stagewrapdelegate.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

QWidget *StagePage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    auto *text = new QLabel(
        tr("<h2>No coalition yet</h2>"
           "<p>This page follows a coalition through its five stages of development, from "
           "pre-formation to institutionalization: what the records show for each stage, the "
           "questions only you can answer, and the stage you record with your reasons.</p>"
           "<p>Start a coalition on the Coalitions page; its stage then shows here.</p>"),
        empty);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMaximumWidth(560);
    // Centred by stretches rather than by an alignment, which would keep
    // the label from taking the height its wrapped text needs.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return empty;
}

QWidget *StagePage::makeCriteriaTab()
{
    m_tree->setObjectName(u"criteriaTree"_s);
    m_tree->setAccessibleName(tr("Criteria by stage"));
    m_tree->setModel(m_model);
    new StageWrapDelegate(m_tree);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(60);
    // The short columns as wide as their longest words (in any language),
    // leaving the evidence as much room as there is.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width + 24;
    };
    header->resizeSection(StageCriteriaModel::CriterionColumn, 220);
    header->resizeSection(StageCriteriaModel::StatusColumn,
                          widest({StageCriteriaModel::statusText(CriterionStatus::Met),
                                  StageCriteriaModel::statusText(CriterionStatus::NotMet),
                                  StageCriteriaModel::statusText(CriterionStatus::Unanswered)})
                              + m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8);
    header->resizeSection(
        StageCriteriaModel::BasisColumn,
        widest({m_model->headerData(StageCriteriaModel::BasisColumn, Qt::Horizontal).toString(),
                StageCriteriaModel::basisText(true), StageCriteriaModel::basisText(false)}));

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelection(); });
    connect(m_tree, &QTreeView::activated, this, &StagePage::activateCriterion);
    // Stage rows read across the whole width; all stages start open.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->setFirstColumnSpanned(row, {}, true);
        m_tree->expandAll();
    });

    auto *panelScroll = new QScrollArea(this);
    panelScroll->setObjectName(u"criterionScroll"_s);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);

    m_missingBox->setObjectName(u"missingBox"_s);
    m_missingNote->setObjectName(u"missingNote"_s);
    m_missingNote->setWordWrap(true);
    m_missing->setObjectName(u"stageMissing"_s);
    m_missing->setAccessibleName(tr("Missing for the next stage"));
    m_missing->setWordWrap(true);
    m_missing->setIconSize(QSize(16, 16));
    m_missing->setToolTip(tr("Click one, or press Enter on it, to see its evidence"));
    auto *missingLayout = new QVBoxLayout(m_missingBox);
    missingLayout->addWidget(m_missingNote);
    missingLayout->addWidget(m_missing, 1);
    // A click, or Enter on an item, shows its criterion. Not every change
    // of the current item: the view makes the first one current when it
    // takes the focus, which would pull the tree's selection away.
    const auto show = [this](QListWidgetItem *item) {
        if (item)
            selectCriterion(item->data(Qt::UserRole).toString());
    };
    connect(m_missing, &QListWidget::itemClicked, this, show);
    connect(m_missing, &QListWidget::itemActivated, this, show);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(u"stageSideSplitter"_s);
    side->addWidget(panelScroll);
    side->addWidget(m_missingBox);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setChildrenCollapsible(false);
    side->setSizes({460, 240});

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"stageCriteriaSplitter"_s);
    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({640, 390});
    return splitter;
}

QAction *StagePage::makeAction(const QString &text, const QString &name, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

} // namespace Coalition::Ui
