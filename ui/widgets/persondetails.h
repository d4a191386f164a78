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

// Everything the workspace knows about one person, beside the table: the
// fields, the memberships the person represents (or stands in for) and the
// history of the record.
class PersonDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDetails)

public:
    explicit PersonDetails(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the person (0: none); reads them from the workspace.
    Status showPerson(Id id);
    Status refresh();
    Id personId() const { return m_id; }

    // The memberships a person is representative or alternate of, as
    // (membership, "representative"/"alternate" in words) pairs.
    static Result<QList<std::pair<Membership, QString>>> represented(Workspace &workspace,
                                                                     const Person &person);
    static QString fieldLabel(const QString &field);

private:
    Status fill(const Person &person);
    void showNothing(const QString &why);

    Workspace &m_workspace;
    Id m_id = 0;
    QStackedWidget *m_stack;
    QLabel *m_nothing;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    DetailFieldList *m_fields;
    QTreeWidget *m_represents;
    RecordHistoryView *m_history;
};

} // namespace Coalition::Ui
