// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

namespace Coalition::Ui {

class LineListEditor;

// Edits the barriers that limit what a member can contribute (board approval,
// staff rules, money ...), one line each.
class BarriersDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarriersDialog)

public:
    BarriersDialog(const Membership &membership, const QString &organizationName,
                   QWidget *parent = nullptr);

    Membership membership() const;
    LineListEditor *editor() const { return m_barriers; }

protected:
    Problems problems() const override;

private:
    Membership m_membership;
    LineListEditor *m_barriers;
};

} // namespace Coalition::Ui
