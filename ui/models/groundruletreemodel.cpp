// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/groundruletreemodel.h"

#include "models/listsync.h"
#include "models/memberdisplay.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// Colours that read on light and dark themes alike.
const QColor WarningText(0xb0, 0x3a, 0x00);
const QColor RetiredText(0x80, 0x80, 0x80);

// Rows below an area carry the area (plus one) as their internal id, so that
// their parent is found whatever rows come and go above it.
quintptr childTag(RuleArea area)
{
    return static_cast<quintptr>(area) + 1;
}

QString areaDescription(RuleArea area)
{
    switch (area) {
    case RuleArea::DecisionMaking:
        return GroundRuleTreeModel::tr("Who decides what, and by which method.");
    case RuleArea::Media:
        return GroundRuleTreeModel::tr("Who speaks to the media and for the coalition, and what "
                                       "they may say.");
    case RuleArea::Confidentiality:
        return GroundRuleTreeModel::tr("What is said or shared in confidence, and what may go "
                                       "outside the coalition.");
    case RuleArea::Information:
        return GroundRuleTreeModel::tr("How information reaches the members and the public.");
    case RuleArea::Representatives:
        return GroundRuleTreeModel::tr("What members' representatives may commit their "
                                       "organizations to, and what they report back.");
    case RuleArea::Meetings:
        return GroundRuleTreeModel::tr("How meetings are called, run and recorded.");
    case RuleArea::Conflict:
        return GroundRuleTreeModel::tr("How disagreements between members are handled.");
    case RuleArea::Other:
        return GroundRuleTreeModel::tr("Other rules the members agreed on.");
    }
    return {};
}

} // namespace

GroundRuleTreeModel::GroundRuleTreeModel(WorkspaceSession &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this,
            &GroundRuleTreeModel::onRecordsChanged);
}

void GroundRuleTreeModel::setCoalition(Id coalitionId)
{
    beginResetModel();
    m_coalitionId = coalitionId;
    m_areas = read();
    endResetModel();
    Q_EMIT summaryChanged();
}

QList<GroundRuleTreeModel::AreaNode> GroundRuleTreeModel::read()
{
    QList<AreaNode> nodes;
    if (m_coalitionId <= 0)
        return nodes;
    auto rules = m_session.workspace().groundRules().listForCoalition(m_coalitionId);
    if (!rules) {
        Q_EMIT errorOccurred(rules.error().message);
        return nodes;
    }
    for (const auto &entry : enumEntries<RuleArea>()) {
        AreaNode node{entry.value, {}};
        for (const GroundRule &rule : std::as_const(*rules)) {
            if (rule.area == entry.value)
                node.rules.append(rule);
        }
        if (isKeyRuleArea(entry.value) || !node.rules.isEmpty())
            nodes.append(node);
    }
    return nodes;
}

void GroundRuleTreeModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    const bool rulesChanged = std::any_of(keys.cbegin(), keys.cend(), [](const RecordKey &key) {
        return key.kind == RecordKind::GroundRule;
    });
    if (rulesChanged && m_coalitionId > 0)
        reload();
}

void GroundRuleTreeModel::reload()
{
    const QList<AreaNode> fresh = read();
    // The rules of the areas shown before and after, one area at a time.
    for (const AreaNode &node : std::as_const(fresh)) {
        const int row = rowOfArea(node.area);
        if (row < 0)
            continue;
        const QModelIndex parent = index(row, 0);
        const ListSyncSteps steps{
            [&](int first, int last) { beginRemoveRows(parent, first, last); },
            [&] { endRemoveRows(); },
            [&](int first, int last) { beginInsertRows(parent, first, last); },
            [&] { endInsertRows(); },
            [&](int changed) {
                Q_EMIT dataChanged(index(changed, 0, parent),
                                   index(changed, ColumnCount - 1, parent));
            }};
        if (!syncList(
                m_areas[row].rules, node.rules, [](const GroundRule &rule) { return rule.id; },
                steps)) {
            setCoalition(m_coalitionId);
            return;
        }
    }
    // Then the areas themselves: those that came or went with their rules.
    const ListSyncSteps areaSteps{[this](int first, int last) { beginRemoveRows({}, first, last); },
                                  [this] { endRemoveRows(); },
                                  [this](int first, int last) { beginInsertRows({}, first, last); },
                                  [this] { endInsertRows(); },
                                  [](int) {
                                  }};
    const auto areaKey = [](const AreaNode &node) {
        return static_cast<Id>(node.area);
    };
    if (!syncList(m_areas, fresh, areaKey, areaSteps)) {
        setCoalition(m_coalitionId);
        return;
    }
    if (!m_areas.isEmpty())
        Q_EMIT dataChanged(index(0, 0),
                           index(static_cast<int>(m_areas.size()) - 1, ColumnCount - 1));
    Q_EMIT summaryChanged();
}

int GroundRuleTreeModel::rowOfArea(RuleArea area) const
{
    for (qsizetype row = 0; row < m_areas.size(); ++row) {
        if (m_areas.at(row).area == area)
            return static_cast<int>(row);
    }
    return -1;
}

QList<GroundRule> GroundRuleTreeModel::rules() const
{
    QList<GroundRule> all;
    for (const AreaNode &node : m_areas)
        all.append(node.rules);
    return all;
}

const GroundRule *GroundRuleTreeModel::rule(Id id) const
{
    for (const AreaNode &node : m_areas) {
        for (const GroundRule &rule : node.rules) {
            if (rule.id == id)
                return &rule;
        }
    }
    return nullptr;
}

const GroundRule *GroundRuleTreeModel::rule(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int areaRow = rowOfArea(static_cast<RuleArea>(index.internalId() - 1));
    if (areaRow < 0 || index.row() >= m_areas.at(areaRow).rules.size())
        return nullptr;
    return &m_areas.at(areaRow).rules.at(index.row());
}

std::optional<RuleArea> GroundRuleTreeModel::area(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    if (index.internalId() != 0)
        return static_cast<RuleArea>(index.internalId() - 1);
    return m_areas.at(index.row()).area;
}

QModelIndex GroundRuleTreeModel::indexOfRule(Id id) const
{
    for (qsizetype row = 0; row < m_areas.size(); ++row) {
        const AreaNode &node = m_areas.at(row);
        for (qsizetype i = 0; i < node.rules.size(); ++i) {
            if (node.rules.at(i).id == id)
                return createIndex(static_cast<int>(i), 0, childTag(node.area));
        }
    }
    return {};
}

QModelIndex GroundRuleTreeModel::indexOfArea(RuleArea area) const
{
    const int row = rowOfArea(area);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

bool GroundRuleTreeModel::isSettled(const AreaNode &node) const
{
    return std::any_of(node.rules.cbegin(), node.rules.cend(),
                       [](const GroundRule &rule) { return rule.status == RuleStatus::Agreed; });
}

bool GroundRuleTreeModel::isOverdue(const GroundRule &rule) const
{
    return rule.status == RuleStatus::Agreed && rule.reviewOn.isValid()
        && rule.reviewOn < QDate::currentDate();
}

int GroundRuleTreeModel::settledKeyAreas() const
{
    int settled = 0;
    for (const AreaNode &node : m_areas)
        settled += isKeyRuleArea(node.area) && isSettled(node) ? 1 : 0;
    return settled;
}

QList<RuleArea> GroundRuleTreeModel::missingKeyAreas() const
{
    QList<RuleArea> missing;
    for (const AreaNode &node : m_areas) {
        if (isKeyRuleArea(node.area) && !isSettled(node))
            missing.append(node.area);
    }
    return missing;
}

QString GroundRuleTreeModel::summaryText() const
{
    if (m_coalitionId <= 0)
        return {};
    const QList<RuleArea> missing = missingKeyAreas();
    const int keyAreas = settledKeyAreas() + static_cast<int>(missing.size());
    if (missing.isEmpty())
        return tr("Key areas settled: %1 of %2").arg(keyAreas).arg(keyAreas);
    QStringList labels;
    for (const RuleArea area : missing)
        labels << enumLabel(area);
    return tr("Key areas settled: %1 of %2 — missing: %3")
        .arg(settledKeyAreas())
        .arg(keyAreas)
        .arg(labels.join(u", "_s));
}

QString GroundRuleTreeModel::areaState(RuleArea area) const
{
    const int row = rowOfArea(area);
    if (row < 0)
        return isKeyRuleArea(area) ? tr("No agreed rule yet — every coalition should settle this "
                                        "early")
                                   : QString();
    const AreaNode &node = m_areas.at(row);
    int agreed = 0;
    QStringList proposed;
    for (const GroundRule &rule : node.rules) {
        agreed += rule.status == RuleStatus::Agreed ? 1 : 0;
        if (rule.status == RuleStatus::Proposed)
            proposed << rule.title;
    }
    if (agreed == 1)
        return tr("Settled by an agreed rule");
    if (agreed > 1)
        return tr("Settled by %1 agreed rules").arg(agreed);
    if (proposed.size() == 1)
        return tr("No agreed rule yet — “%1” is proposed and awaits agreement")
            .arg(proposed.constFirst());
    if (proposed.size() > 1)
        return tr("No agreed rule yet — %1 proposed rules await agreement").arg(proposed.size());
    if (isKeyRuleArea(area))
        return tr("No agreed rule yet — every coalition should settle this early");
    return tr("No rule in force");
}

QModelIndex GroundRuleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_areas.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_areas.size())
        return {};
    const AreaNode &node = m_areas.at(parent.row());
    return row < node.rules.size() ? createIndex(row, column, childTag(node.area)) : QModelIndex();
}

QModelIndex GroundRuleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfArea(static_cast<RuleArea>(child.internalId() - 1));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int GroundRuleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_areas.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_areas.at(parent.row()).rules.size());
}

int GroundRuleTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GroundRuleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return areaData(m_areas.at(index.row()), index.column(), role);
    const GroundRule *found = rule(index);
    return found ? ruleData(*found, index.column(), role) : QVariant();
}

QVariant GroundRuleTreeModel::areaData(const AreaNode &node, int column, int role) const
{
    const bool settled = isSettled(node);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return enumLabel(node.area);
        if (column == StatusColumn)
            return areaState(node.area);
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return isKeyRuleArea(node.area)
                ? tr("%1 One of the five areas every coalition should settle early.")
                      .arg(areaDescription(node.area))
                : areaDescription(node.area);
        return column == StatusColumn ? areaState(node.area) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(column == TitleColumn);
        return font;
    }
    case Qt::ForegroundRole:
        if (column == StatusColumn && !settled && isKeyRuleArea(node.area))
            return WarningText;
        return {};
    case AreaRole:
        return static_cast<int>(node.area);
    case RuleIdRole:
        return Id(0);
    case RuleStatusRole:
        return -1;
    case SettledRole:
        return settled;
    default:
        return {};
    }
}

QVariant GroundRuleTreeModel::ruleData(const GroundRule &rule, int column, int role) const
{
    const bool overdue = isOverdue(rule);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return rule.title;
        case StatusColumn:
            return rule.status == RuleStatus::Proposed ? tr("Proposed — awaits agreement")
                                                       : enumLabel(rule.status);
        case ReviewColumn:
            return MemberDisplay::date(rule.reviewOn);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == ReviewColumn && overdue)
            return tr("The review was due on %1.").arg(MemberDisplay::date(rule.reviewOn));
        if (column == TitleColumn && !rule.text.isEmpty())
            return rule.text;
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setItalic(rule.status == RuleStatus::Proposed);
        font.setBold(column == ReviewColumn && overdue);
        return font;
    }
    case Qt::ForegroundRole:
        if (rule.status == RuleStatus::Retired)
            return RetiredText;
        if (column == ReviewColumn && overdue)
            return WarningText;
        return {};
    case RuleIdRole:
        return rule.id;
    case AreaRole:
        return static_cast<int>(rule.area);
    case RuleStatusRole:
        return static_cast<int>(rule.status);
    case ReviewOverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant GroundRuleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Area and rule");
    case StatusColumn:
        return tr("Status");
    case ReviewColumn:
        return tr("Review by");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
