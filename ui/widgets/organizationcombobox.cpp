// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/organizationcombobox.h"

#include "domain/validation.h"
#include "models/organizationchoicemodel.h"

#include <QAbstractProxyModel>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>

namespace Coalition::Ui {

namespace {

// The index of `index` (of the shared list) in `model`, through the proxies
// between them; invalid where one of them leaves it out.
QModelIndex mapUp(const QAbstractItemModel *model, const QModelIndex &index)
{
    if (!index.isValid() || index.model() == model)
        return index;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    if (!proxy || !proxy->sourceModel())
        return {};
    return proxy->mapFromSource(mapUp(proxy->sourceModel(), index));
}

void useUniformRows(QAbstractItemView *view)
{
    // Otherwise a list view asks every row for its size before showing one.
    if (auto *list = qobject_cast<QListView *>(view))
        list->setUniformItemSizes(true);
}

} // namespace

OrganizationComboBox::OrganizationComboBox(QWidget *parent)
    : QComboBox(parent)
{
    // Any other policy measures every item (AdjustToMinimumContentsLength
    // still looks at every item's icon).
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setInsertPolicy(QComboBox::NoInsert);
    useUniformRows(view());
    connect(this, &QComboBox::currentIndexChanged, this, &OrganizationComboBox::choiceEdited);
}

OrganizationComboBox::~OrganizationComboBox() = default;

void OrganizationComboBox::setChoicesWhenShown(std::function<Choices()> provide)
{
    m_provide = std::move(provide);
    if (isVisible())
        setChoices(m_provide());
}

void OrganizationComboBox::showEvent(QShowEvent *event)
{
    if (!m_organizations && m_provide)
        setChoices(m_provide());
    QComboBox::showEvent(event);
}

void OrganizationComboBox::setChoices(const Choices &choices)
{
    const std::optional<Id> before = chosenId();
    {
        // Filling the list changes nothing the user chose: no signals.
        const QSignalBlocker blocker(this);
        m_organizations = choices.organizations;
        m_provide = nullptr;
        setModel(choices.model);
        setEditable(true);
        QCompleter *typing = completer();
        typing->setCaseSensitivity(Qt::CaseInsensitive);
        typing->setFilterMode(Qt::MatchContains);
        typing->setCompletionMode(QCompleter::PopupCompletion);
        useUniformRows(typing->popup());
        if (m_pending && !setChosenId(*m_pending))
            setCurrentIndex(-1);
        m_pending.reset();
    }
    connect(lineEdit(), &QLineEdit::textEdited, this, &OrganizationComboBox::choiceEdited,
            Qt::UniqueConnection);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &OrganizationComboBox::settleText,
            Qt::UniqueConnection);
    disconnect(m_removalWatch);
    m_removalWatch = connect(choices.model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                             [this](const QModelIndex &parent, int first, int last) {
                                 if (!parent.isValid())
                                     currentRowsAboutToBeRemoved(first, last);
                             });
    if (chosenId() != before)
        Q_EMIT choiceEdited();
}

std::optional<Id> OrganizationComboBox::chosenId() const
{
    if (!m_organizations)
        return m_pending;
    const QString text = currentText();
    const int row = currentIndex();
    if (row >= 0 && itemText(row) == text)
        return itemData(row, OrganizationChoiceModel::IdRole).toLongLong();
    const QString key = Validation::nameKey(text);
    for (int fixed = 0; fixed < count(); ++fixed) {
        const Id id = itemData(fixed, OrganizationChoiceModel::IdRole).toLongLong();
        if (id > 0)
            break;
        if (key.isEmpty() || Validation::nameKey(itemText(fixed)) == key)
            return id;
    }
    if (key.isEmpty())
        return std::nullopt;
    if (const auto id = m_organizations->idForName(text); id && rowOfId(*id) >= 0)
        return id;
    return std::nullopt;
}

int OrganizationComboBox::rowOfId(Id id) const
{
    if (id <= 0) {
        for (int fixed = 0; fixed < count(); ++fixed) {
            const Id fixedId = itemData(fixed, OrganizationChoiceModel::IdRole).toLongLong();
            if (fixedId > 0)
                break;
            if (fixedId == id)
                return fixed;
        }
        return -1;
    }
    if (!m_organizations)
        return -1;
    const int row = m_organizations->rowOf(id);
    if (row < 0)
        return -1;
    const QModelIndex shown = mapUp(model(), m_organizations->index(row));
    return shown.isValid() ? shown.row() : -1;
}

bool OrganizationComboBox::setChosenId(Id id)
{
    if (!m_organizations) {
        m_pending = id;
        return true;
    }
    const int row = rowOfId(id);
    setCurrentIndex(row);
    return row >= 0;
}

void OrganizationComboBox::settleText()
{
    const std::optional<Id> id = chosenId();
    if (id) {
        // A typed name takes the list's spelling, and becomes the current row.
        setChosenId(*id);
    } else if (m_revertsUnknownText) {
        lineEdit()->setText(currentIndex() >= 0 ? itemText(currentIndex()) : QString());
        Q_EMIT choiceEdited();
    }
}

void OrganizationComboBox::currentRowsAboutToBeRemoved(int first, int last)
{
    const int row = currentIndex();
    if (row < first || row > last || first == 0 || count() == 0
        || itemData(0, OrganizationChoiceModel::IdRole).toLongLong() > 0)
        return;
    // QComboBox would move to a neighbour, some other organization; the
    // first fixed choice ("None", "All organizations") is the honest one.
    setCurrentIndex(0);
}

} // namespace Coalition::Ui
