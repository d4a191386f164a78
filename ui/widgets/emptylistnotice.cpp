// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/emptylistnotice.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

EmptyListNotice::EmptyListNotice(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(u"emptyNotice"_s);
    m_title->setObjectName(u"emptyNoticeTitle"_s);
    m_button->setObjectName(u"emptyNoticeButton"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_button, &QPushButton::clicked, this, &EmptyListNotice::buttonClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addSpacing(12);
    layout->addWidget(m_button, 0, Qt::AlignCenter);
    layout->addStretch(3);
}

void EmptyListNotice::setMessage(const QString &title, const QString &hint,
                                 const QString &buttonText)
{
    m_title->setText(title);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    setAccessibleName(title);
}

QString EmptyListNotice::title() const
{
    return m_title->text();
}

} // namespace Coalition::Ui
