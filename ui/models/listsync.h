// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QSet>

#include <functional>

namespace Coalition::Ui {

// The calls a list model makes while its rows move from one list to a fresh
// one: QAbstractItemModel's begin/end remove and insert rows (protected, so
// the model passes them in) and a row whose value changed in place.
struct ListSyncSteps
{
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int row)> changed;
};

// Brings `rows` to `fresh` by removing the rows that went, inserting the
// ones that came and reporting the kept ones whose value changed, so that
// views keep their selection and scroll position. Rows are matched by the
// id keyOf gives. Returns false, leaving `rows` as they were, when the kept
// rows changed order; the caller resets the model then.
template<typename T, typename KeyOf>
bool syncList(QList<T> &rows, const QList<T> &fresh, KeyOf keyOf, const ListSyncSteps &steps)
{
    QSet<Id> oldKeys;
    for (const T &row : std::as_const(rows))
        oldKeys.insert(keyOf(row));
    QSet<Id> freshKeys;
    for (const T &row : fresh)
        freshKeys.insert(keyOf(row));
    QList<Id> keptBefore;
    for (const T &row : std::as_const(rows)) {
        if (freshKeys.contains(keyOf(row)))
            keptBefore.append(keyOf(row));
    }
    QList<Id> keptAfter;
    for (const T &row : fresh) {
        if (oldKeys.contains(keyOf(row)))
            keptAfter.append(keyOf(row));
    }
    if (keptBefore != keptAfter)
        return false;

    for (int last = static_cast<int>(rows.size()) - 1; last >= 0; --last) {
        if (freshKeys.contains(keyOf(rows.at(last))))
            continue;
        int first = last;
        while (first > 0 && !freshKeys.contains(keyOf(rows.at(first - 1))))
            --first;
        steps.beginRemove(first, last);
        rows.remove(first, last - first + 1);
        steps.endRemove();
        last = first;
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < rows.size() && keyOf(rows.at(i)) == keyOf(fresh.at(i))) {
            if (!(rows.at(i) == fresh.at(i))) {
                rows[i] = fresh.at(i);
                steps.changed(i);
            }
            continue;
        }
        steps.beginInsert(i, i);
        rows.insert(i, fresh.at(i));
        steps.endInsert();
    }
    return true;
}

} // namespace Coalition::Ui
