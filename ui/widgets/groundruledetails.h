// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class DetailFieldList;

// The selected ground rule in full: its text, status, the decision that
// adopted it (title and meeting date), its review date (marked when
// overdue), the rules it supersedes and that supersede it, its notes and its
// history (each revision with date, status, text and note, newest first).
// With an area selected instead, what the area covers and what is missing.
class GroundRuleDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroundRuleDetails)

public:
    explicit GroundRuleDetails(Workspace &workspace, QWidget *parent = nullptr);

    // `all` are the coalition's rules, for the names of those it supersedes
    // and of those that supersede it.
    void showRule(const GroundRule &rule, const QList<GroundRule> &all);
    void showArea(RuleArea area, const QString &state, const QString &description);
    void clear();

    QString title() const;
    DetailFieldList *fields() const { return m_fields; }
    QTreeWidget *history() const { return m_history; }
    QLabel *reviewWarning() const { return m_reviewWarning; }

private:
    QString adoptedByText(Id decisionId) const;

    Workspace &m_workspace;
    QStackedWidget *m_stack;
    QLabel *m_nothing;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_reviewWarning;
    DetailFieldList *m_fields;
    QLabel *m_historyHeading;
    QTreeWidget *m_history;
    QLabel *m_areaTitle;
    QLabel *m_areaText;
};

} // namespace Coalition::Ui
