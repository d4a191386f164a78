// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fraction.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QSpinBox;
QT_END_NAMESPACE

namespace Coalition::Ui {

// An exact fraction such as a supermajority threshold or a quorum, entered as
// a numerator and a denominator ("2 / 3"). Any pair can be entered; the form
// that uses it says whether the value fits.
class FractionEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FractionEdit)

public:
    explicit FractionEdit(QWidget *parent = nullptr);

    Fraction fraction() const;
    void setFraction(const Fraction &fraction);

    QSpinBox *numerator() const { return m_numerator; }
    QSpinBox *denominator() const { return m_denominator; }

Q_SIGNALS:
    void changed();

private:
    QSpinBox *m_numerator;
    QSpinBox *m_denominator;
};

} // namespace Coalition::Ui
