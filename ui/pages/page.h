// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"

#include <QIcon>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
QT_END_NAMESPACE

namespace Coalition::Ui {

class MessageBar;
class WorkspaceSession;

// One page of the main window (Dashboard, Organizations ...). A page shows
// the session's data, listens to WorkspaceSession::recordsChanged to stay
// current, and makes every change through WorkspaceSession::perform().
// Splitters with an objectName keep their state between runs.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    explicit Page(WorkspaceSession &session, QWidget *parent = nullptr);
    ~Page() override;

    // Stable identifier, used in settings ("organizations").
    virtual QString pageId() const = 0;
    // Title in the sidebar and the window.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Whether the page shows the current coalition (the toolbar's selector).
    virtual bool isCoalitionScoped() const { return false; }
    // The field Edit > Find puts the focus in, if the page has one.
    virtual QLineEdit *searchField() const { return nullptr; }
    // Asked before the page goes away with its workspace (the window closes,
    // another workspace opens). A page holding edits not yet written asks the
    // user what to do with them; false means the user chose to stay.
    virtual bool settlePendingEdits() { return true; }
    // Shows and selects the record if this page can show it (switching to
    // its coalition when it belongs to another), and says whether it did.
    // The window asks the pages in turn when a warning points to a record.
    virtual bool showRecord(const RecordKey &) { return false; }

Q_SIGNALS:
    // Asks the window to show the first of these records that some page can
    // show (a page offering to open a record it names but does not hold).
    void recordsRequested(const QList<Coalition::RecordKey> &keys);

protected:
    WorkspaceSession &session() const { return m_session; }
    // A bar at the top of the page for errors the user can recover from.
    // The page puts it in its layout (it starts hidden).
    MessageBar *messageBar() const { return m_messageBar; }

private:
    WorkspaceSession &m_session;
    MessageBar *m_messageBar;
};

} // namespace Coalition::Ui
