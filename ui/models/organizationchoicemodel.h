// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QAbstractListModel>
#include <QHash>

#include <optional>

namespace Coalition::Ui {

// The organizations a person can belong to, for a combo box: "No
// organization" first, then every organization in locale order. A plain list
// model, so a registry of many thousands fills a combo box at once.
class OrganizationChoiceModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationChoiceModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // Id, 0 for "No organization"
    };

    explicit OrganizationChoiceModel(QObject *parent = nullptr);

    void setOrganizations(const QList<Organization> &organizations);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(Id id) const; // 0 ("No organization") for an unknown id
    // The organization a typed name means (letter case aside), 0 for the
    // "No organization" entry or an empty text, nothing for an unknown name.
    std::optional<Id> idForName(const QString &name) const;
    QString noneText() const;

private:
    QList<std::pair<Id, QString>> m_choices;
    QHash<QString, Id> m_idOfNameKey;
};

} // namespace Coalition::Ui
