// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"

#include <QList>
#include <QString>

namespace Coalition {

// What a deletion or an edit of one record reaches in others, for
// RecordStateStore::withDependents: the rows the statement selects (it takes
// one parameter, the record's id), which the change removes or only alters.
struct RecordReach
{
    RecordKind kind;
    QString statement;
    bool removes;
};

// Deleting a record: rows removed by CASCADE, rows changed by SET NULL or by
// losing a child row (a seat, an attendance, a position).
QList<RecordReach> removalReach(RecordKind kind);
// Editing a record: rows the edit changes in the same transaction.
QList<RecordReach> changeReach(RecordKind kind);

} // namespace Coalition
