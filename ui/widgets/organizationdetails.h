// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class DetailFieldList;
class RecordHistoryView;

// Everything the workspace knows about one organization, beside the table:
// its fields, its people, its memberships and the history of its record.
class OrganizationDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationDetails)

public:
    explicit OrganizationDetails(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the organization (0: none); reads it from the workspace.
    Status showOrganization(Id id);
    // Reads the one shown again (after a change somewhere).
    Status refresh();
    Id organizationId() const { return m_id; }

    // Field names of the organization's audit entries, in words.
    static QString fieldLabel(const QString &field);

private:
    Status fill(const Organization &organization);
    void showNothing(const QString &why);

    Workspace &m_workspace;
    Id m_id = 0;
    QStackedWidget *m_stack;
    QLabel *m_nothing;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    DetailFieldList *m_fields;
    QTreeWidget *m_people;
    QTreeWidget *m_memberships;
    RecordHistoryView *m_history;
};

} // namespace Coalition::Ui
