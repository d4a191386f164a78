// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Coalition::Ui {

// What a list shows in place of an empty table: why it is empty and the one
// thing to do about it ("No organizations yet" — "Add one").
class EmptyListNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyListNotice)

public:
    explicit EmptyListNotice(QWidget *parent = nullptr);

    void setMessage(const QString &title, const QString &hint, const QString &buttonText);
    QString title() const;
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void buttonClicked();

private:
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_button;
};

} // namespace Coalition::Ui
