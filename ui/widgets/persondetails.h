// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/recorddetails.h"

QT_BEGIN_NAMESPACE
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Everything the workspace knows about one person, beside the table: the
// fields, the memberships the person represents (or stands in for) and the
// history of the record.
class PersonDetails final : public RecordDetails
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDetails)

public:
    explicit PersonDetails(Workspace &workspace, QWidget *parent = nullptr);

    Id personId() const { return recordId(); }

    // The memberships a person is representative or alternate of, as
    // (membership, "representative"/"alternate" in words) pairs.
    static Result<QList<std::pair<Membership, QString>>> represented(Workspace &workspace,
                                                                     const Person &person);
    static QString fieldLabel(const QString &field);

protected:
    Status fill(Id id) override;

private:
    QTreeWidget *m_represents;
};

} // namespace Coalition::Ui
