// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/action.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OptionalDateEdit;
struct ActionData;

// Records a progress report an action group sent: the period it covers
// ("2026-10" or "2026-Q4"), who wrote it, when it came in, what it says.
class ProgressReportDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressReportDialog)

public:
    // A report with no id is a new one of its groupId.
    ProgressReportDialog(Workspace &workspace, const ActionData &source,
                         const ProgressReport &report, QWidget *parent = nullptr);

    ProgressReport report() const;
    QLineEdit *periodEdit() const { return m_period; }
    QPlainTextEdit *textEdit() const { return m_text; }

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    ProgressReport m_original;
    QLineEdit *m_period;
    QComboBox *m_author;
    OptionalDateEdit *m_received;
    QPlainTextEdit *m_text;
    QCheckBox *m_confidential;
};

} // namespace Coalition::Ui
