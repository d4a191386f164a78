// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/stageassessment.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// How the coalition's records compare with what its type usually has
// (StageEngine::typeFit): one row per aspect, saying in words and with an
// icon whether it fits or differs, what the type expects and what was found.
class StageTypeFitView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageTypeFitView)

public:
    enum Column { AspectColumn, FitColumn, ExpectedColumn, FoundColumn, ColumnCount };

    explicit StageTypeFitView(QWidget *parent = nullptr);

    void setTypeFit(CoalitionType type, const QList<TypeFitItem> &items);
    void clear();

    QTreeWidget *tree() const { return m_tree; }
    QString summary() const;
    int differences() const { return m_differences; }

private:
    QLabel *m_summary;
    QTreeWidget *m_tree;
    int m_differences = 0;
};

} // namespace Coalition::Ui
