// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/action.h"

QT_BEGIN_NAMESPACE
class QDateEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Marks an open conflict resolved: how it was settled and on which day.
class ResolveDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveDialog)

public:
    ResolveDialog(const Conflict &conflict, QWidget *parent = nullptr);

    // The conflict as resolved.
    Conflict conflict() const;
    QPlainTextEdit *resolutionEdit() const { return m_resolution; }
    QDateEdit *dateEdit() const { return m_on; }

protected:
    Problems problems() const override;

private:
    Conflict m_original;
    QPlainTextEdit *m_resolution;
    QDateEdit *m_on;
};

} // namespace Coalition::Ui
