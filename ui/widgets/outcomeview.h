// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "rules/proceduralchecks.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// The outcome of one decision as the tally gave it: a coloured headline
// ("Adopted", "No quorum" ...) with the status, the reasons line by line with
// the numbers used, the procedural warnings that concern the decision, and
// its reopen history.
class OutcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeView)

public:
    explicit OutcomeView(QWidget *parent = nullptr);

    // `meetingNames` names the meetings reopenings were held at.
    void setDecision(const Decision &decision, const QList<ProceduralWarning> &warnings,
                     const QHash<Id, QString> &meetingNames);
    void clear();

    QString headline() const;
    QStringList reasons() const { return m_reasonLines; }
    QStringList warnings() const { return m_warningLines; }
    QTreeWidget *reopenings() const { return m_reopenings; }

private:
    QLabel *m_headline;
    QLabel *m_status;
    QLabel *m_reasons;
    QLabel *m_warnings;
    QLabel *m_reopeningsTitle;
    QTreeWidget *m_reopenings;
    QStringList m_reasonLines;
    QStringList m_warningLines;
};

} // namespace Coalition::Ui
