// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/governance.h"

QT_BEGIN_NAMESPACE
class QDateEdit;
class QLineEdit;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Records a ground rule's change of status (retiring it) with the date and a
// note for its history. The date cannot come before the last recorded change.
class RuleStatusDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleStatusDialog)

public:
    RuleStatusDialog(const GroundRule &rule, RuleStatus status, QWidget *parent = nullptr);

    QDate date() const;
    QString note() const;

protected:
    Problems problems() const override;

private:
    GroundRule m_rule;
    RuleStatus m_status;
    QDateEdit *m_date;
    QLineEdit *m_note;
};

} // namespace Coalition::Ui
