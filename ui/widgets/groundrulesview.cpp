// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/groundrulesview.h"

#include "models/groundruletreemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/actionbutton.h"
#include "widgets/groundruledetails.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

GroundRulesView::GroundRulesView(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new GroundRuleTreeModel(session, this))
    , m_summary(new QLabel(this))
    , m_notice(new QFrame(this))
    , m_noticeText(new QLabel(m_notice))
    , m_noticeButtons(new QHBoxLayout)
    , m_buttons(new QHBoxLayout)
    , m_tree(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_details(new GroundRuleDetails(session.workspace(), this))
{
    m_summary->setObjectName(u"keyAreaSummary"_s);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_notice->setObjectName(u"rulesEmpty"_s);
    static_cast<QFrame *>(m_notice)->setFrameShape(QFrame::StyledPanel);
    m_noticeText->setWordWrap(true);
    m_noticeText->setText(
        tr("No ground rules yet. Ground rules are the procedures the members agree on: how "
           "decisions are made, who speaks for the coalition, what stays confidential, how "
           "information is shared and what representatives may do. Settling these five early "
           "saves the coalition many quarrels later."));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addLayout(m_noticeButtons);

    m_tree->setObjectName(u"ruleTree"_s);
    m_tree->setAccessibleName(tr("Ground rules by area"));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(GroundRuleTreeModel::StatusColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(GroundRuleTreeModel::TitleColumn, 300);
    m_tree->setColumnWidth(GroundRuleTreeModel::ReviewColumn, 110);

    auto *treeSide = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree);
    m_splitter->setObjectName(u"ruleSplitter"_s);
    m_splitter->addWidget(treeSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({640, 420});

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addLayout(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const GroundRule *rule = currentRule())
            m_selectedRule = rule->id;
        else if (m_tree->selectionModel()->hasSelection())
            m_selectedRule = 0;
        updateDetails();
        Q_EMIT currentChanged();
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->rule(index))
            Q_EMIT ruleActivated();
    });
    connect(m_model, &GroundRuleTreeModel::errorOccurred, this, &GroundRulesView::errorOccurred);
    connect(m_model, &GroundRuleTreeModel::summaryChanged, this, [this] {
        updateSummary();
        restoreSelection();
        updateDetails();
        Q_EMIT currentChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid()) {
                    m_tree->expand(under);
                    return;
                }
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_model->index(row, 0));
            });
    // The adopting decision and its meeting are named in the details.
    connect(
        &session, &WorkspaceSession::recordsChanged, this, [this](const QList<RecordKey> &keys) {
            const bool named = std::any_of(keys.cbegin(), keys.cend(), [](const RecordKey &key) {
                return key.kind == RecordKind::Decision || key.kind == RecordKind::Meeting
                    || key.kind == RecordKind::Body;
            });
            if (named)
                updateDetails();
        });
    updateSummary();
}

void GroundRulesView::setCoalition(Id coalitionId)
{
    m_selectedRule = 0;
    m_model->setCoalition(coalitionId);
    // What is missing comes first.
    selectFirstMissingArea();
}

bool GroundRulesView::selectFirstMissingArea()
{
    const QList<RuleArea> missing = m_model->missingKeyAreas();
    return !missing.isEmpty() && selectArea(missing.constFirst());
}

void GroundRulesView::setActions(const QList<QAction *> &menu, const QList<QAction *> &buttons,
                                 QAction *add)
{
    m_tree->addActions(menu);
    for (QAction *action : buttons)
        m_buttons->addWidget(new ActionButton(action, this));
    auto *addButton = new ActionButton(add, m_notice, ActionButton::Mnemonic::Drop);
    addButton->setObjectName(u"rulesEmptyAdd"_s);
    m_noticeButtons->addWidget(addButton);
}

const GroundRule *GroundRulesView::currentRule() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rule(rows.constFirst());
}

Id GroundRulesView::currentRuleId() const
{
    const GroundRule *rule = currentRule();
    return rule ? rule->id : 0;
}

std::optional<RuleArea> GroundRulesView::currentArea() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->area(rows.constFirst());
}

void GroundRulesView::select(const QModelIndex &index)
{
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

bool GroundRulesView::selectRule(Id ruleId)
{
    const QModelIndex index = m_model->indexOfRule(ruleId);
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent());
    select(index);
    return true;
}

bool GroundRulesView::selectArea(RuleArea area)
{
    const QModelIndex index = m_model->indexOfArea(area);
    if (!index.isValid())
        return false;
    select(index);
    return true;
}

void GroundRulesView::restoreSelection()
{
    // A rule moved to another area (or back, on undo) is removed from one and
    // inserted under the other: keep it selected.
    if (m_selectedRule > 0 && currentRuleId() != m_selectedRule) {
        const Id wanted = m_selectedRule;
        if (!selectRule(wanted))
            m_selectedRule = 0;
    }
}

void GroundRulesView::updateSummary()
{
    m_summary->setText(m_model->summaryText());
    const QList<GroundRule> rules = m_model->rules();
    m_notice->setVisible(m_model->coalitionId() > 0 && rules.isEmpty());
}

void GroundRulesView::updateDetails()
{
    if (const GroundRule *rule = currentRule()) {
        m_details->showRule(*rule, m_model->rules());
        return;
    }
    if (const auto area = currentArea()) {
        const QModelIndex index = m_model->indexOfArea(*area);
        m_details->showArea(*area, m_model->areaState(*area),
                            index.data(Qt::ToolTipRole).toString());
        return;
    }
    m_details->clear();
}

} // namespace Coalition::Ui
