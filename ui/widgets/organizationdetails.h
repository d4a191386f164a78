// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/recorddetails.h"

QT_BEGIN_NAMESPACE
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Everything the workspace knows about one organization, beside the table:
// its fields, its people, its memberships and the history of its record.
class OrganizationDetails final : public RecordDetails
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationDetails)

public:
    explicit OrganizationDetails(Workspace &workspace, QWidget *parent = nullptr);

    Id organizationId() const { return recordId(); }

    // Field names of the organization's audit entries, in words.
    static QString fieldLabel(const QString &field);

protected:
    Status fill(Id id) override;

private:
    QTreeWidget *m_people;
    QTreeWidget *m_memberships;
};

} // namespace Coalition::Ui
