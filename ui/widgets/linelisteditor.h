// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace Coalition::Ui {

// An editable list of short lines (barriers, interests): each line edited in
// place, with buttons to add and remove lines. Blank lines are kept as they
// are, so the form can say that each needs a few words.
class LineListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineListEditor)

public:
    // The button texts carry their mnemonics, distinct when a form has two lists.
    LineListEditor(const QString &addText, const QString &removeText, QWidget *parent = nullptr);

    QStringList lines() const;
    void setLines(const QStringList &lines);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

public Q_SLOTS:
    // Appends an empty line and starts editing it.
    void addLine();
    void removeCurrentLine();

Q_SIGNALS:
    void changed();

private:
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Coalition::Ui
