// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validation.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QFormLayout;
class QLabel;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Base of the add/edit dialogs: a form whose fields are checked as the user
// types, with the core's message shown under the field it is about and OK
// disabled while any problem remains. A subclass adds its fields with
// addField(), implements problems() (usually Validation::check on the record
// the form describes, plus the checks that need the workspace) and calls
// watch() on each input so a change re-checks the form.
class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    explicit RecordDialog(QWidget *parent = nullptr);
    ~RecordDialog() override;

    // The message shown for a field, empty when it has none (tests read it).
    QString fieldError(const QString &field) const;
    bool isAcceptable() const;

public Q_SLOTS:
    // Checks the form again and shows the result.
    void revalidate();

protected:
    // Adds a row "label: widget" with an error line under it. `field` is the
    // core's field identifier (FieldProblem::field); the widget gets it as
    // its objectName and the label as its accessible name.
    void addField(const QString &field, const QString &label, QWidget *widget);
    // Adds a row without validation (a group box, a note).
    void addRow(const QString &label, QWidget *widget);
    void addRow(QWidget *widget);
    // Re-checks whenever the widget's value changes (line and text edits,
    // combo and spin boxes, date edits, check boxes).
    void watch(QWidget *widget);
    // Shows a problem that has no field of its own, above the buttons.
    void setGeneralError(const QString &message);
    // Called to check the form; the first problem of a field is shown.
    virtual Problems problems() const = 0;
    // Call at the end of the subclass constructor.
    void finishForm();

    QFormLayout *form() const { return m_form; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QLabel *m_generalError;
    QHash<QString, QLabel *> m_errorLabels;
    QString m_general;
    bool m_acceptable = false;
};

} // namespace Coalition::Ui
