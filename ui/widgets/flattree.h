// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// The look of every small read-only list of rows in the pages and panels:
// columns with these headers, no tree decoration, rows of one height, the
// last column taking the remaining width.
void setUpFlatTree(QTreeWidget *tree, const QStringList &headers);

} // namespace Coalition::Ui
