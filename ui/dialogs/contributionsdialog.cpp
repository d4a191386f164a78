// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/contributionsdialog.h"

#include "models/contributiontablemodel.h"
#include "widgets/choicedelegate.h"
#include "widgets/enumchoices.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ContributionsDialog::ContributionsDialog(const Membership &membership,
                                         const QString &organizationName, QWidget *parent)
    : RecordDialog(parent)
    , m_membership(membership)
    , m_model(new ContributionTableModel(this))
    , m_table(new QTableView(this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    setWindowTitle(tr("Contributions of %1").arg(organizationName));
    auto *intro = new QLabel(tr("What %1 brings to the coalition. Estimate a value where you "
                                "can, so that members' shares can be compared.")
                                 .arg(organizationName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    addRow(intro);

    m_model->setContributions(membership.contributions);
    m_table->setObjectName(u"contributionTable"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Contributions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(ContributionTableModel::KindColumn,
                                      new ChoiceDelegate(enumChoices<ContributionKind>(), this));
    m_table->setItemDelegateForColumn(ContributionTableModel::PeriodColumn,
                                      new ChoiceDelegate(enumChoices<ContributionPeriod>(), this));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ContributionTableModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ContributionTableModel::KindColumn, 190);
    m_table->setColumnWidth(ContributionTableModel::ValueColumn, 110);
    m_table->setColumnWidth(ContributionTableModel::PeriodColumn, 110);

    auto *add = new QPushButton(tr("&Add Contribution"), this);
    add->setObjectName(u"addContribution"_s);
    m_remove->setObjectName(u"removeContribution"_s);
    m_remove->setToolTip(tr("Remove the selected contribution (Delete)"));
    auto *removeKey = new QAction(m_table);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeKey);

    auto *editor = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    editor->setFocusProxy(m_table);
    addField(u"contributions"_s, tr("&Contributions:"), editor);

    connect(add, &QPushButton::clicked, this, &ContributionsDialog::addContribution);
    connect(m_remove, &QPushButton::clicked, this, &ContributionsDialog::removeContribution);
    connect(removeKey, &QAction::triggered, this, &ContributionsDialog::removeContribution);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_remove->setEnabled(current.isValid()); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &RecordDialog::revalidate);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecordDialog::revalidate);
    m_remove->setEnabled(false);
    resize(720, 380);
    finishForm();
}

Membership ContributionsDialog::membership() const
{
    Membership m = m_membership;
    m.contributions = m_model->contributions();
    return m;
}

Problems ContributionsDialog::problems() const
{
    return Validation::check(membership());
}

void ContributionsDialog::addContribution()
{
    const int row = m_model->appendRow();
    const QModelIndex description = m_model->index(row, ContributionTableModel::DescriptionColumn);
    m_table->setCurrentIndex(description);
    m_table->setFocus();
    m_table->edit(description);
}

void ContributionsDialog::removeContribution()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_model->removeRows(current.row(), 1);
}

} // namespace Coalition::Ui
