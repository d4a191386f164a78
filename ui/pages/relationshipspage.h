// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"

namespace Coalition::Ui {

// Placeholder while the page is written.
class RelationshipsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipsPage)

public:
    explicit RelationshipsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }
};

} // namespace Coalition::Ui
