// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagetypefitview.h"

#include "models/stagecriteriamodel.h"
#include "widgets/stagewrapdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

StageTypeFitView::StageTypeFitView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"typeFitView"_s);
    m_summary->setObjectName(u"typeFitSummary"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"typeFitTable"_s);
    m_tree->setAccessibleName(tr("Type fit"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Aspect"), tr("Fit"), tr("What the type usually has"), tr("What the records show")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    new StageWrapDelegate(m_tree);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(AspectColumn, 150);
    m_tree->setColumnWidth(FitColumn, 110);
    m_tree->setColumnWidth(ExpectedColumn, 380);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

void StageTypeFitView::clear()
{
    m_tree->clear();
    m_summary->clear();
    m_differences = 0;
}

void StageTypeFitView::setTypeFit(CoalitionType type, const QList<TypeFitItem> &items)
{
    m_tree->clear();
    m_differences = 0;
    for (const TypeFitItem &fit : items) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(AspectColumn, fit.label);
        item->setText(FitColumn, fit.fits ? tr("Fits") : tr("Differs"));
        item->setIcon(FitColumn,
                      StageCriteriaModel::statusIcon(fit.fits ? CriterionStatus::Met
                                                              : CriterionStatus::NotMet));
        item->setText(ExpectedColumn, fit.expected);
        item->setToolTip(ExpectedColumn, fit.expected);
        item->setText(FoundColumn, fit.found);
        item->setToolTip(FoundColumn, fit.found);
        item->setData(AspectColumn, Qt::UserRole, fit.aspect);
        m_differences += fit.fits ? 0 : 1;
    }
    const QString typeName = enumLabel(type);
    if (items.isEmpty())
        m_summary->setText(tr("Nothing to compare for the type “%1”.").arg(typeName));
    else if (m_differences == 0)
        m_summary->setText(
            tr("The records fit what a coalition of the type “%1” usually has.").arg(typeName));
    else
        m_summary->setText(
            (m_differences == 1
                 ? tr("The records differ from what a coalition of the type “%1” usually has in "
                      "one aspect.")
                       .arg(typeName)
                 : tr("The records differ from what a coalition of the type “%1” usually has in "
                      "%2 aspects.")
                       .arg(typeName)
                       .arg(m_differences))
            + u' '
            + tr("A difference is not a fault: it may be a choice, or a sign that the type "
                 "recorded on the Coalitions page no longer describes the coalition."));
}

QString StageTypeFitView::summary() const
{
    return m_summary->text();
}

} // namespace Coalition::Ui
