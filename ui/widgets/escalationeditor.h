// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace Coalition::Ui {

// The ordered ladder a persistent disagreement climbs (discussion, mediator,
// arbitrator, panel): add a step that is not on it yet, remove one, or move
// one up or down.
class EscalationEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationEditor)

public:
    explicit EscalationEditor(QWidget *parent = nullptr);

    QList<EscalationStep> steps() const;
    void setSteps(const QList<EscalationStep> &steps);

    QListWidget *list() const { return m_list; }
    QComboBox *choice() const { return m_choice; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

public Q_SLOTS:
    // Appends the step chosen in the combo box.
    void addStep();
    void removeCurrentStep();
    void moveCurrentStep(int by);

Q_SIGNALS:
    void changed();

private:
    void fill(const QList<EscalationStep> &steps, int current);
    void updateButtons();

    QListWidget *m_list;
    QComboBox *m_choice;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Coalition::Ui
