// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/organizationspage.h"

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

OrganizationsPage::OrganizationsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
{ }

QString OrganizationsPage::pageId() const
{
    return u"organizations"_s;
}

QString OrganizationsPage::title() const
{
    return tr("Organizations");
}

} // namespace Coalition::Ui
