// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/coalitionspage.h"

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

CoalitionsPage::CoalitionsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
{ }

QString CoalitionsPage::pageId() const
{
    return u"coalitions"_s;
}

QString CoalitionsPage::title() const
{
    return tr("Coalitions");
}

} // namespace Coalition::Ui
