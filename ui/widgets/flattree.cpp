// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/flattree.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace Coalition::Ui {

void setUpFlatTree(QTreeWidget *tree, const QStringList &headers)
{
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
}

} // namespace Coalition::Ui
