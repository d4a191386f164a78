// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Everything about the selected member that does not fit in a table row: its
// status history with dates and notes, its dues, what it contributes, the
// barriers that limit it and the interests it shares or that conflict. Each
// part has a button for the page's action that edits it.
class MemberDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDetailsPanel)

public:
    struct Names
    {
        QString organization;
        QString representative;
        QString alternate;
    };

    explicit MemberDetailsPanel(QWidget *parent = nullptr);

    void showMember(const Membership &membership, const Names &names);
    // Shows the hint to select a member.
    void clear();
    // The actions that edit the parts: status, contributions, barriers,
    // interests. Call once. The status action keeps its mnemonic for the
    // button above the table.
    void setEditActions(QAction *status, QAction *contributions, QAction *barriers,
                        QAction *interests);

    QTreeWidget *statusHistory() const { return m_history; }
    QTreeWidget *contributions() const { return m_contributions; }
    QListWidget *barriers() const { return m_barriers; }
    QListWidget *sharedInterests() const { return m_shared; }
    QListWidget *conflictingInterests() const { return m_conflicting; }
    QLabel *duesLabel() const { return m_dues; }

private:
    // A heading with room for an edit button, then the content.
    QHBoxLayout *addSection(QVBoxLayout *layout, const QString &title, QWidget *content);

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_dues;
    QTreeWidget *m_history;
    QTreeWidget *m_contributions;
    QListWidget *m_barriers;
    QListWidget *m_shared;
    QListWidget *m_conflicting;
    QLabel *m_notes;
    QHBoxLayout *m_statusHeading = nullptr;
    QHBoxLayout *m_contributionsHeading = nullptr;
    QHBoxLayout *m_barriersHeading = nullptr;
    QHBoxLayout *m_interestsHeading = nullptr;
};

} // namespace Coalition::Ui
