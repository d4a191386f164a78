// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateEdit;
QT_END_NAMESPACE

namespace Coalition::Ui {

// A date that may be missing (an end date, a paid-through date): a check box
// says whether there is one, and only then can the date be set. QDateEdit has
// no empty state of its own.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    explicit OptionalDateEdit(const QString &checkText, QWidget *parent = nullptr);

    // Invalid when the box is not checked.
    QDate date() const;
    // An invalid date unchecks the box and leaves the shown date as it was.
    void setDate(const QDate &date);
    // The date offered when the box is checked and no date was set before.
    void setDefaultDate(const QDate &date);

    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};

} // namespace Coalition::Ui
