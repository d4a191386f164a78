// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/recorddialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &field)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"error_"_s + field);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(pal);
    label->hide();
    return label;
}

} // namespace

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_generalError(makeErrorLabel(this, u"general"_s))
{
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (m_acceptable)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RecordDialog::~RecordDialog() = default;

void RecordDialog::addField(const QString &field, const QString &label, QWidget *widget)
{
    widget->setObjectName(field);
    widget->setAccessibleName(QString(label).remove(u'&'));
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(widget);
    QLabel *error = makeErrorLabel(cell, field);
    cellLayout->addWidget(error);
    m_errorLabels.insert(field, error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(widget);
    m_form->addRow(caption, cell);
}

void RecordDialog::addRow(const QString &label, QWidget *widget)
{
    m_form->addRow(label, widget);
}

void RecordDialog::addRow(QWidget *widget)
{
    m_form->addRow(widget);
}

void RecordDialog::watch(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        connect(plain, &QPlainTextEdit::textChanged, this, &RecordDialog::revalidate);
    else if (auto *text = qobject_cast<QTextEdit *>(widget))
        connect(text, &QTextEdit::textChanged, this, &RecordDialog::revalidate);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, &RecordDialog::revalidate);
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        connect(date, &QDateEdit::dateChanged, this, &RecordDialog::revalidate);
    else if (auto *check = qobject_cast<QAbstractButton *>(widget))
        connect(check, &QAbstractButton::toggled, this, &RecordDialog::revalidate);
}

void RecordDialog::setGeneralError(const QString &message)
{
    m_general = message;
    m_generalError->setText(message);
    m_generalError->setVisible(!message.isEmpty());
}

void RecordDialog::finishForm()
{
    revalidate();
}

QString RecordDialog::fieldError(const QString &field) const
{
    if (field == u"general"_s)
        return m_generalError->isVisibleTo(this) ? m_generalError->text() : QString();
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool RecordDialog::isAcceptable() const
{
    return m_acceptable;
}

void RecordDialog::revalidate()
{
    const Problems found = problems();
    QHash<QString, QString> byField;
    QString unplaced;
    for (const FieldProblem &problem : found) {
        if (m_errorLabels.contains(problem.field)) {
            if (!byField.contains(problem.field))
                byField.insert(problem.field, problem.message);
        } else if (unplaced.isEmpty()) {
            unplaced = problem.message;
        }
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString message = byField.value(it.key());
        it.value()->setText(message);
        it.value()->setHidden(message.isEmpty());
    }
    setGeneralError(unplaced);
    m_acceptable = found.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_acceptable);
}

} // namespace Coalition::Ui
