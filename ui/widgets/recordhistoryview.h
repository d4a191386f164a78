// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditlog.h"

#include <QTreeWidget>

#include <functional>

namespace Coalition::Ui {

// A record's audit history as a list a coordinator can read: when, who, what
// changed and from which value to which, newest first. Field names and
// stored values are put into words by the functions the caller gives.
class RecordHistoryView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordHistoryView)

public:
    // "decision_making" -> "Decides by"
    using FieldLabel = std::function<QString(const QString &field)>;
    // A stored value ("nonprofit", "12") in words ("Nonprofit", "Eastgate Food Bank").
    using ValueText = std::function<QString(const QString &field, const QString &value)>;

    explicit RecordHistoryView(QWidget *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries, const FieldLabel &label,
                    const ValueText &value);

    // Tags and other lists are stored as JSON arrays: "a, b" instead.
    static QString listText(const QString &value);
};

} // namespace Coalition::Ui
