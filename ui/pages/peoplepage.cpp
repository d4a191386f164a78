// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/peoplepage.h"

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

PeoplePage::PeoplePage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
{ }

QString PeoplePage::pageId() const
{
    return u"people"_s;
}

QString PeoplePage::title() const
{
    return tr("People");
}

} // namespace Coalition::Ui
