// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/organizationchoicemodel.h"

#include "domain/validation.h"

#include <QCollator>

#include <algorithm>

namespace Coalition::Ui {

OrganizationChoiceModel::OrganizationChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OrganizationChoiceModel::setOrganizations(const QList<Organization> &organizations)
{
    beginResetModel();
    m_choices.clear();
    m_idOfNameKey.clear();
    m_choices.reserve(organizations.size());
    for (const Organization &organization : organizations) {
        m_choices.append({organization.id, organization.name});
        m_idOfNameKey.insert(Validation::nameKey(organization.name), organization.id);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_choices.begin(), m_choices.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    endResetModel();
}

int OrganizationChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_choices.size()) + 1;
}

QString OrganizationChoiceModel::noneText() const
{
    return tr("No organization");
}

QVariant OrganizationChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row == 0 ? noneText() : m_choices.at(row - 1).second;
    case Qt::ToolTipRole:
        return row == 0 ? tr("The person speaks for no organization") : QVariant();
    case IdRole:
        return row == 0 ? Id(0) : m_choices.at(row - 1).first;
    }
    return {};
}

int OrganizationChoiceModel::rowOf(Id id) const
{
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).first == id)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

std::optional<Id> OrganizationChoiceModel::idForName(const QString &name) const
{
    const QString key = Validation::nameKey(name);
    if (const auto it = m_idOfNameKey.constFind(key); it != m_idOfNameKey.cend())
        return *it;
    if (key.isEmpty() || key == Validation::nameKey(noneText()))
        return Id(0);
    return std::nullopt;
}

} // namespace Coalition::Ui
