// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/messagebox.h"

#include <QPushButton>
#include <QQueue>

namespace Coalition::Ui {

namespace {

QQueue<int> &presetAnswers()
{
    static QQueue<int> answers;
    return answers;
}

QString &lastShownText()
{
    static QString text;
    return text;
}

} // namespace

int MessageBox::choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text, const QStringList &choices, const QString &details)
{
    lastShownText() = details.isEmpty() ? text : text + u'\n' + details;
    if (!presetAnswers().isEmpty())
        return presetAnswers().dequeue();

    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QList<QPushButton *> buttons;
    for (const QString &choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    if (!buttons.isEmpty()) {
        box.setDefaultButton(buttons.constFirst());
        box.setEscapeButton(buttons.constLast());
    }
    box.exec();
    return static_cast<int>(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &yesText, const QString &details)
{
    return choose(parent, QMessageBox::Question, title, text, {yesText, QMessageBox::tr("Cancel")},
                  details)
        == 0;
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    choose(parent, QMessageBox::Critical, title, text, {QMessageBox::tr("OK")});
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    choose(parent, QMessageBox::Information, title, text, {QMessageBox::tr("OK")});
}

void MessageBox::setNextAnswer(int choice)
{
    presetAnswers().enqueue(choice);
}

QString MessageBox::lastText()
{
    return lastShownText();
}

void MessageBox::clearLastText()
{
    lastShownText().clear();
}

} // namespace Coalition::Ui
