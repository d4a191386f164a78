// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"

#include <QDate>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class WarningModel;
class WorkspaceSession;

// The procedural warnings of the current coalition (ProceduralChecks over a
// governance snapshot, for today): each with its summary and icon, its
// reasons beneath it. Kept current as records change and as another
// coalition is chosen, a burst of changes causing one reading. Activating a
// warning (or one of its reasons) asks to show the records it names.
class WarningsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningsPanel)

public:
    explicit WarningsPanel(QWidget *parent = nullptr);

    // The session whose coalition is checked; nullptr when no workspace is open.
    void setSession(WorkspaceSession *session);
    // The day the checks judge by (tests fix it; by default the current date).
    void setToday(const QDate &today);

    WarningModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    int count() const;

public Q_SLOTS:
    // Reads the warnings again now.
    void refresh();
    // Reads them again once the current burst of changes is over.
    void scheduleRefresh();

Q_SIGNALS:
    void countChanged(int count);
    // The records a warning names, most specific first.
    void recordsActivated(const QList<Coalition::RecordKey> &records);

private:
    void activate(const QModelIndex &index);

    WorkspaceSession *m_session = nullptr;
    QDate m_today;
    WarningModel *m_model;
    QLabel *m_summary;
    QTreeView *m_tree;
    QTimer *m_refreshTimer;
    int m_lastCount = -1;
};

} // namespace Coalition::Ui
