// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/detailfieldlist.h"

#include <QFormLayout>
#include <QLabel>

namespace Coalition::Ui {

DetailFieldList::DetailFieldList(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void DetailFieldList::addField(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(key);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    value->setAccessibleName(label);
    m_form->addRow(tr("%1:", "a field's label").arg(label), value);
    m_form->setRowVisible(value, false);
    m_values.insert(key, value);
}

void DetailFieldList::setText(const QString &key, const QString &text)
{
    QLabel *value = m_values.value(key);
    if (!value)
        return;
    m_plainTexts.insert(key, text);
    value->setTextFormat(Qt::PlainText);
    value->setText(text);
    m_form->setRowVisible(value, !text.trimmed().isEmpty());
}

void DetailFieldList::setLink(const QString &key, const QString &text, const QString &url)
{
    QLabel *value = m_values.value(key);
    if (!value)
        return;
    if (text.isEmpty()) {
        setText(key, text);
        return;
    }
    m_plainTexts.insert(key, text);
    value->setTextFormat(Qt::RichText);
    value->setOpenExternalLinks(true);
    value->setText(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped()));
    m_form->setRowVisible(value, true);
}

QString DetailFieldList::text(const QString &key) const
{
    return m_plainTexts.value(key);
}

void DetailFieldList::clear()
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        setText(it.key(), QString());
}

} // namespace Coalition::Ui
