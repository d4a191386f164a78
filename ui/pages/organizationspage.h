// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"

namespace Coalition::Ui {

// Placeholder until the page is built.
class OrganizationsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsPage)

public:
    explicit OrganizationsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    bool isCoalitionScoped() const override { return false; }
};

} // namespace Coalition::Ui
