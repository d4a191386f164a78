// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/listsync.h"
#include "models/outcomenames.h"
#include "storage/recordstates.h"

#include <QAbstractTableModel>

namespace Coalition::Ui {

class WorkspaceSession;

// Common ground of the Results page's lists (successes, evaluations,
// conflicts of one coalition): the coalition shown, the names the rows refer
// to, and keeping the rows current after an edit, undo or redo by inserting,
// removing and updating only the rows that changed.
class OutcomeListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // Id of the row's record
        ConfidentialRole, // bool
        OpenRole, // bool: an open conflict (always false for the others)
    };

    OutcomeListModel(WorkspaceSession &session, RecordKind kind, QObject *parent = nullptr);

    Id coalitionId() const { return m_coalitionId; }
    // Shows the records of that coalition (0: none).
    void setCoalition(Id coalitionId);
    const OutcomeNames &names() const { return m_names; }

    // The row showing that record, or -1.
    virtual int rowOf(Id id) const = 0;
    virtual Id idAt(int row) const = 0;

Q_SIGNALS:
    // The records could not be read; the message says why.
    void errorOccurred(const QString &message);

protected:
    WorkspaceSession &session() const { return m_session; }
    // Reads the coalition's records again; `reset` when the coalition changed.
    virtual void reload(bool reset) = 0;
    // Markers shared by the lists: " (confidential)" after a title, and the
    // tooltip that says what it means.
    static QString confidentialSuffix(bool confidential);
    static QString confidentialToolTip();

    // Brings `rows` to `fresh` (matched by id), or resets when asked to or
    // when the kept rows changed order.
    template<typename T, typename KeyOf>
    void sync(QList<T> &rows, const QList<T> &fresh, KeyOf keyOf, bool reset)
    {
        const int lastColumn = columnCount() - 1;
        const ListSyncSteps steps{[this](int first, int last) { beginRemoveRows({}, first, last); },
                                  [this] { endRemoveRows(); },
                                  [this](int first, int last) { beginInsertRows({}, first, last); },
                                  [this] { endInsertRows(); },
                                  [this, lastColumn](int changed) {
                                      Q_EMIT dataChanged(index(changed, 0),
                                                         index(changed, lastColumn));
                                  }};
        if (reset || !syncList(rows, fresh, keyOf, steps)) {
            beginResetModel();
            rows = fresh;
            endResetModel();
        }
    }

private:
    void onRecordsChanged(const QList<RecordKey> &keys);
    void loadNames();

    WorkspaceSession &m_session;
    RecordKind m_kind;
    Id m_coalitionId = 0;
    OutcomeNames m_names;
};

} // namespace Coalition::Ui
