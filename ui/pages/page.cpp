// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/page.h"

#include "widgets/messagebar.h"

namespace Coalition::Ui {

Page::Page(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messageBar(new MessageBar(this))
{ }

Page::~Page() = default;

} // namespace Coalition::Ui
