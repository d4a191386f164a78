// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QStringList>

#include <optional>

namespace Coalition::Ui {

// Every question and alert the desktop shows goes through here, so a test can
// answer it in advance (setNextAnswer) and read what was said (lastText).
class MessageBox final
{
public:
    MessageBox() = delete;

    // Asks with the given choices (button texts; the first is the default,
    // the last is what Escape means) and returns the index chosen.
    static int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text, const QStringList &choices, const QString &details = {});
    // A yes/no question whose "yes" button says what will happen.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &yesText, const QString &details = {});
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next box returns this choice index without showing itself
    // (confirm: 0 = yes, 1 = no). Answers queue up in order.
    static void setNextAnswer(int choice);
    // The text of the last box asked or shown (even if answered in advance).
    static QString lastText();
    static void clearLastText();
};

} // namespace Coalition::Ui
