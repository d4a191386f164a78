// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLineEdit;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Records a change of a member's status on a date, with a note; the change is
// appended to the member's history (MembershipRepository::setStatus).
class StatusChangeDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChangeDialog)

public:
    StatusChangeDialog(const Membership &membership, const QString &organizationName,
                       QWidget *parent = nullptr);

    MembershipStatus status() const;
    QDate date() const;
    QString note() const;

protected:
    Problems problems() const override;

private:
    Membership m_membership;
    QComboBox *m_status;
    QDateEdit *m_date;
    QLineEdit *m_note;
};

} // namespace Coalition::Ui
