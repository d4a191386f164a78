// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasktablemodel.h"

#include "models/actiondata.h"
#include "models/listsync.h"
#include "rules/planmetrics.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TaskTableModel::fill(const ActionData &source, Id planId, const QDate &today,
                          bool showConfidential)
{
    m_members.clear();
    for (const Membership &membership : source.members.memberships)
        m_members.append({membership.id, source.members.name(membership.id)});
    QList<Task> fresh;
    if (planId > 0) {
        for (const Task &task : source.tasksOfPlan(planId)) {
            if (!task.confidential || showConfidential)
                fresh.append(task);
        }
    }
    const bool todayChanged = today != m_today;
    m_today = today;
    const ListSyncSteps steps{
        [this](int first, int last) { beginRemoveRows({}, first, last); },
        [this] { endRemoveRows(); },
        [this](int first, int last) { beginInsertRows({}, first, last); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    if (planId != m_planId
        || !syncList(
            m_rows, fresh, [](const Task &task) { return task.id; }, steps)) {
        beginResetModel();
        m_planId = planId;
        m_rows = fresh;
        endResetModel();
    } else if (todayChanged && !m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int TaskTableModel::rowOf(Id taskId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == taskId)
            return static_cast<int>(i);
    }
    return -1;
}

int TaskTableModel::lateCount() const
{
    int late = 0;
    for (const Task &task : m_rows)
        late += PlanMetrics::isLate(task, m_today) ? 1 : 0;
    return late;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::responsibleName(const Task &task) const
{
    if (!task.responsibleId)
        return {};
    for (const auto &[id, name] : m_members) {
        if (id == *task.responsibleId)
            return name;
    }
    return tr("Member %1").arg(*task.responsibleId);
}

QString TaskTableModel::lateReason(const Task &task, const QDate &today)
{
    if (!PlanMetrics::isLate(task, today))
        return {};
    const auto days = static_cast<int>(task.dueOn.daysTo(today));
    return (days == 1 ? tr("Late: due on %1, a day ago, and still %2.")
                      : tr("Late: due on %1, %3 days ago, and still %2."))
        .arg(dateText(task.dueOn), enumLabel(task.status).toLower(), QString::number(days));
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_rows.at(index.row());
    const bool late = PlanMetrics::isLate(task, m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return task.title;
        case ResponsibleColumn:
            return task.responsibleId ? responsibleName(task) : tr("—");
        case StartColumn:
            return dateText(task.startOn);
        case DueColumn:
            return dateText(task.dueOn);
        case StatusColumn:
            return late ? tr("%1 (late)").arg(enumLabel(task.status)) : enumLabel(task.status);
        case DoneColumn:
            return dateText(task.doneOn);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return task.title;
        case ResponsibleColumn:
            return task.responsibleId ? *task.responsibleId : Id(0);
        case StartColumn:
            return task.startOn;
        case DueColumn:
            return task.dueOn;
        case StatusColumn:
            return static_cast<int>(task.status);
        case DoneColumn:
            return task.doneOn;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && task.confidential)
            return QIcon(u":/coalition/icons/confidential.svg"_s);
        return {};
    case Qt::BackgroundRole:
        return late ? QVariant(QColor(0xfd, 0xe7, 0xe4)) : QVariant();
    case Qt::ForegroundRole:
        if (late && (index.column() == DueColumn || index.column() == StatusColumn))
            return QColor(0xb0, 0x00, 0x20);
        if (task.status == TaskStatus::Dropped)
            return QColor(0x5f, 0x63, 0x68);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (late)
            lines.append(lateReason(task, m_today));
        if (task.confidential)
            lines.append(tr("Confidential: left out of reports and exports unless asked for."));
        if (index.column() == DoneColumn && task.status != TaskStatus::Done)
            lines.append(tr("A done date is set by marking the task done."));
        return lines.join(u'\n');
    }
    case TaskIdRole:
        return task.id;
    case LateRole:
        return late;
    case ConfidentialRole:
        return task.confidential;
    case ChoiceLabelsRole: {
        QStringList labels;
        if (index.column() == ResponsibleColumn) {
            labels.append(tr("— (nobody yet)"));
            for (const auto &member : m_members)
                labels.append(member.second);
        } else if (index.column() == StatusColumn) {
            for (const auto &entry : enumEntries<TaskStatus>())
                labels.append(enumLabel(entry.value));
        }
        return labels;
    }
    case ChoiceValuesRole: {
        QVariantList values;
        if (index.column() == ResponsibleColumn) {
            values.append(Id(0));
            for (const auto &member : m_members)
                values.append(member.first);
        } else if (index.column() == StatusColumn) {
            for (const auto &entry : enumEntries<TaskStatus>())
                values.append(static_cast<int>(entry.value));
        }
        return values;
    }
    default:
        return {};
    }
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole)
        return false;
    const Task &before = m_rows.at(index.row());
    Task after = before;
    QString text;
    switch (index.column()) {
    case TitleColumn:
        after.title = value.toString().trimmed();
        if (after.title.isEmpty())
            return false;
        text = tr("Rename task “%1” to “%2”").arg(before.title, after.title);
        break;
    case ResponsibleColumn: {
        const Id id = value.toLongLong();
        after.responsibleId = id > 0 ? std::optional<Id>(id) : std::nullopt;
        text = tr("Change who is responsible for task “%1”").arg(before.title);
        break;
    }
    case StartColumn:
        after.startOn = value.toDate();
        text = tr("Change the start of task “%1”").arg(before.title);
        break;
    case DueColumn:
        after.dueOn = value.toDate();
        text = tr("Change the due date of task “%1”").arg(before.title);
        break;
    case StatusColumn: {
        bool ok = false;
        const int wanted = value.toInt(&ok);
        if (!ok || enumKey(static_cast<TaskStatus>(wanted)).isEmpty())
            return false;
        after.status = static_cast<TaskStatus>(wanted);
        if (after.status == TaskStatus::Done) {
            if (!after.doneOn.isValid())
                after.doneOn = m_today;
        } else {
            after.doneOn = {};
        }
        text = tr("Mark task “%1” %2").arg(before.title, enumLabel(after.status).toLower());
        break;
    }
    case DoneColumn:
        if (before.status != TaskStatus::Done)
            return false;
        after.doneOn = value.toDate();
        text = tr("Change the done date of task “%1”").arg(before.title);
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    Q_EMIT taskChangeRequested(after, text);
    return true;
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != DoneColumn || m_rows.at(index.row()).status == TaskStatus::Done)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case ResponsibleColumn:
        return tr("Responsible");
    case StartColumn:
        return tr("Start");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case DoneColumn:
        return tr("Done on");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
