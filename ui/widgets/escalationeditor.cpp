// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/escalationeditor.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

EscalationEditor::EscalationEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_choice(new QComboBox(this))
    , m_add(new QPushButton(tr("Add Step"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
{
    m_list->setObjectName(u"escalationSteps"_s);
    m_list->setAccessibleName(tr("Escalation steps, in order"));
    // Room for the four steps, and as tall as the buttons beside it.
    m_list->setFixedHeight(std::max(fontMetrics().lineSpacing() * 4 + 2 * m_list->frameWidth() + 4,
                                    3 * m_up->sizeHint().height() + 12));
    m_choice->setObjectName(u"escalationChoice"_s);
    m_choice->setAccessibleName(tr("Step to add"));
    m_add->setObjectName(u"addEscalationStep"_s);
    m_remove->setObjectName(u"removeEscalationStep"_s);
    m_up->setObjectName(u"moveEscalationStepUp"_s);
    m_down->setObjectName(u"moveEscalationStepDown"_s);
    m_up->setToolTip(tr("Move the selected step earlier on the ladder"));
    m_down->setToolTip(tr("Move the selected step later on the ladder"));

    auto *moves = new QVBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addWidget(m_remove);
    moves->addStretch(1);
    auto *ladder = new QHBoxLayout;
    ladder->addWidget(m_list, 1);
    ladder->addLayout(moves);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_choice, 1);
    adding->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(ladder);
    layout->addLayout(adding);

    connect(m_add, &QPushButton::clicked, this, &EscalationEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &EscalationEditor::removeCurrentStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentStep(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &EscalationEditor::updateButtons);
    fill({}, -1);
}

QList<EscalationStep> EscalationEditor::steps() const
{
    QList<EscalationStep> steps;
    for (int row = 0; row < m_list->count(); ++row)
        steps.append(static_cast<EscalationStep>(m_list->item(row)->data(Qt::UserRole).toInt()));
    return steps;
}

void EscalationEditor::setSteps(const QList<EscalationStep> &steps)
{
    fill(steps, -1);
}

void EscalationEditor::fill(const QList<EscalationStep> &steps, int current)
{
    m_list->clear();
    m_choice->clear();
    for (const auto &entry : enumEntries<EscalationStep>()) {
        if (!steps.contains(entry.value))
            m_choice->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(enumLabel(steps.at(i))));
        item->setData(Qt::UserRole, static_cast<int>(steps.at(i)));
        m_list->addItem(item);
    }
    m_list->setCurrentRow(current);
    updateButtons();
}

void EscalationEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_add->setEnabled(m_choice->count() > 0);
    m_choice->setEnabled(m_choice->count() > 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

void EscalationEditor::addStep()
{
    if (m_choice->currentIndex() < 0)
        return;
    QList<EscalationStep> current = steps();
    current.append(static_cast<EscalationStep>(m_choice->currentData().toInt()));
    fill(current, static_cast<int>(current.size()) - 1);
    Q_EMIT changed();
}

void EscalationEditor::removeCurrentStep()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QList<EscalationStep> current = steps();
    current.removeAt(row);
    fill(current, std::min(row, static_cast<int>(current.size()) - 1));
    Q_EMIT changed();
}

void EscalationEditor::moveCurrentStep(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    QList<EscalationStep> current = steps();
    if (row < 0 || target < 0 || target >= current.size())
        return;
    current.move(row, target);
    fill(current, target);
    Q_EMIT changed();
}

} // namespace Coalition::Ui
