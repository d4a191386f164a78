// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

QT_BEGIN_NAMESPACE
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class ContributionTableModel;

// Edits what a member contributes to the coalition (staff time, volunteers,
// space, money ...), each with an estimated value and a period, in a small
// table where rows are added and removed.
class ContributionsDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContributionsDialog)

public:
    ContributionsDialog(const Membership &membership, const QString &organizationName,
                        QWidget *parent = nullptr);

    // The member with the contributions as edited.
    Membership membership() const;
    ContributionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    Problems problems() const override;

private:
    void addContribution();
    void removeContribution();

    Membership m_membership;
    ContributionTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_remove;
};

} // namespace Coalition::Ui
