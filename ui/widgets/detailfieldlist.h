// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
QT_END_NAMESPACE

namespace Coalition::Ui {

// A record's fields as "label: value" lines the user can select and copy;
// a field with no value is left out rather than shown blank.
class DetailFieldList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailFieldList)

public:
    explicit DetailFieldList(QWidget *parent = nullptr);

    // Adds a line; `key` names it for setText() and as the value's objectName.
    void addField(const QString &key, const QString &label);
    void setText(const QString &key, const QString &text);
    // The same with a link (a web address, an e-mail address).
    void setLink(const QString &key, const QString &text, const QString &url);
    QString text(const QString &key) const;
    void clear();

private:
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QString> m_plainTexts; // what each line says, without markup
};

} // namespace Coalition::Ui
