// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/stagepage.h"

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

StagePage::StagePage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
{ }

QString StagePage::pageId() const
{
    return u"stage"_s;
}

QString StagePage::title() const
{
    return tr("Stage");
}

QIcon StagePage::icon() const
{
    return QIcon(u":/coalition/icons/stage.svg"_s);
}

} // namespace Coalition::Ui
