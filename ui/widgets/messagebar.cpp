// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    QPalette pal = palette();
    // Soft tints that read on light and dark themes alike.
    const QColor tint = kind == Kind::Error ? QColor(0xf8, 0xd7, 0xda) : QColor(0xd9, 0xea, 0xf7);
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(pal);
    m_label->setPalette(pal);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace Coalition::Ui
