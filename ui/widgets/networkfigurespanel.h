// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/networkfigures.h"

#include <QTextBrowser>

namespace Coalition::Ui {

// The network figures of a coalition's members in words: density, the share
// of pairs at each level, each organization's ties and strongest tie, the
// members without a tie, the relationships the two sides rate differently,
// and how each figure was counted (NetworkFigures::reasons). An
// organization's name is a link: following it (click, or Tab and Enter)
// asks to show its relationships.
class NetworkFiguresPanel final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkFiguresPanel)

public:
    explicit NetworkFiguresPanel(QWidget *parent = nullptr);

    // `disagreements`: for each tie the two sides rate differently, the
    // sentences that say how.
    void setFigures(const NetworkFigures &figures,
                    const QHash<Id, QStringList> &disagreements = {});
    void clearFigures();

Q_SIGNALS:
    void organizationActivated(Coalition::Id organizationId);

private:
    QString organizationLink(Id organizationId) const;

    QHash<Id, QString> m_names;
};

} // namespace Coalition::Ui
