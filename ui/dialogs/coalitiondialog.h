// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OptionalDateEdit;

// Starts a new coalition: its name, type, dates and purpose. The rest of its
// details are filled in on the Coalitions page afterwards.
class CoalitionDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoalitionDialog)

public:
    explicit CoalitionDialog(Workspace &workspace, QWidget *parent = nullptr);

    CoalitionInfo coalition() const;

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    QLineEdit *m_name;
    QComboBox *m_type;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QPlainTextEdit *m_purpose;
};

} // namespace Coalition::Ui
