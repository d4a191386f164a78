// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "storage/recordstates.h"

#include <QAbstractListModel>
#include <QHash>

#include <optional>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// Every organization of the workspace by name, for the combo boxes that
// choose one, in the order of their stored name keys (list(ByName) order).
// One per session (WorkspaceSession::organizationChoices()): read once with
// OrganizationRepository::names(), then kept current one organization at a
// time (applyChanges), so even 100,000 organizations are read only once.
// Proxies add the fixed choices a use needs ("None": LeadingChoicesProxyModel)
// or leave some out (OrganizationSubsetModel).
class OrganizationChoiceModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationChoiceModel)

public:
    enum Role {
        // Id of the organization. Qt::UserRole, where QComboBox::currentData()
        // and findData() look by default.
        IdRole = Qt::UserRole,
    };

    explicit OrganizationChoiceModel(Workspace &workspace, QObject *parent = nullptr);
    ~OrganizationChoiceModel() override;

    // Reads every organization's name (a reset of the model).
    Status load();
    bool isLoaded() const { return m_loaded; }
    // Why the last load() failed; empty when it did not.
    QString loadError() const { return m_loadError; }
    // Reads again the organizations among `keys` and inserts, moves, renames
    // or removes their rows only. Does nothing before the first load().
    Status applyChanges(const QList<RecordKey> &keys);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Id idAt(int row) const; // 0 for a row out of range
    int rowOf(Id id) const; // -1 for an organization not in the list
    bool contains(Id id) const { return m_keyOfId.contains(id); }
    QString nameOf(Id id) const; // empty for an organization not in the list
    // The organization a typed name means (letter case and spacing aside).
    std::optional<Id> idForName(const QString &name) const;

private:
    struct Entry
    {
        Id id = 0;
        QString name;
        QString key;
    };

    qsizetype lowerBound(const QString &key, Id id) const;
    void apply(Id id, const std::optional<QString> &name);

    Workspace &m_workspace;
    QList<Entry> m_entries; // ordered by (key, id), as the database orders them
    QHash<Id, QString> m_keyOfId; // where to look for a row (rowOf)
    QString m_loadError;
    bool m_loaded = false;
};

} // namespace Coalition::Ui
