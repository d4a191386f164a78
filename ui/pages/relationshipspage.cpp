// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/relationshipspage.h"

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

RelationshipsPage::RelationshipsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
{ }

QString RelationshipsPage::pageId() const
{
    return u"relationships"_s;
}

QString RelationshipsPage::title() const
{
    return tr("Relationships");
}

QIcon RelationshipsPage::icon() const
{
    return QIcon(u":/coalition/icons/relationships.svg"_s);
}

} // namespace Coalition::Ui
