// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/fractionedit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

FractionEdit::FractionEdit(QWidget *parent)
    : QWidget(parent)
    , m_numerator(new QSpinBox(this))
    , m_denominator(new QSpinBox(this))
{
    m_numerator->setObjectName(u"numerator"_s);
    m_numerator->setAccessibleName(tr("Numerator"));
    m_numerator->setRange(0, 999);
    m_denominator->setObjectName(u"denominator"_s);
    m_denominator->setAccessibleName(tr("Denominator"));
    m_denominator->setRange(1, 999);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_numerator);
    layout->addWidget(new QLabel(u"/"_s, this));
    layout->addWidget(m_denominator);
    layout->addStretch(1);
    setFocusProxy(m_numerator);
    connect(m_numerator, &QSpinBox::valueChanged, this, &FractionEdit::changed);
    connect(m_denominator, &QSpinBox::valueChanged, this, &FractionEdit::changed);
}

Fraction FractionEdit::fraction() const
{
    return Fraction{m_numerator->value(), m_denominator->value()};
}

void FractionEdit::setFraction(const Fraction &fraction)
{
    {
        const QSignalBlocker blockNumerator(m_numerator);
        const QSignalBlocker blockDenominator(m_denominator);
        m_numerator->setValue(static_cast<int>(fraction.numerator));
        m_denominator->setValue(static_cast<int>(fraction.denominator));
    }
    Q_EMIT changed();
}

} // namespace Coalition::Ui
