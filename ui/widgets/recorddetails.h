// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "widgets/recordhistoryview.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class DetailFieldList;

// What the details beside a registry table share: a heading, tabs with the
// record's fields, its own lists and its history, or a line saying why no
// record is shown. A subclass reads its record and fills them.
class RecordDetails : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDetails)

public:
    ~RecordDetails() override;

    // Shows the record (0: none); reads it from the workspace.
    Status showRecord(Id id);
    // Reads the one shown again (after a change somewhere).
    Status refresh();
    Id recordId() const { return m_id; }

protected:
    // `nothingName` names the line shown without a record; `prompt` is what
    // it says then.
    RecordDetails(Workspace &workspace, const QString &nothingName, const QString &prompt,
                  QWidget *parent);

    // Puts the fields, then `lists` (widget and tab title), then the history
    // in tabs; called once by the subclass's constructor.
    void setUpTabs(const QList<std::pair<QWidget *, QString>> &lists);
    // Reads the record `id` and fills the panel, or shows why it cannot.
    virtual Status fill(Id id) = 0;

    void showNothing(const QString &why);
    void showHeading(const QString &title, const QString &subtitle);
    void setTimestamps(const QDateTime &created, const QDateTime &updated);
    void setTabCount(int tab, const QString &title);
    void setHistory(const QList<AuditEntry> &entries, const RecordHistoryView::FieldLabel &label,
                    const RecordHistoryView::ValueText &value);

    Workspace &workspace() const { return m_workspace; }
    QLabel *subtitle() const { return m_subtitle; }
    DetailFieldList *fields() const { return m_fields; }

private:
    Workspace &m_workspace;
    const QString m_prompt;
    Id m_id = 0;
    QStackedWidget *m_stack;
    QLabel *m_nothing;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    DetailFieldList *m_fields;
    RecordHistoryView *m_history = nullptr;
};

} // namespace Coalition::Ui
