// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/warningspanel.h"

#include "models/warningmodel.h"
#include "session/workspacesession.h"
#include "storage/governancesnapshot.h"
#include "storage/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

WarningsPanel::WarningsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new WarningModel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_refreshTimer(new QTimer(this))
{
    m_summary->setObjectName(u"warningsSummary"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"warningsTree"_s);
    m_tree->setAccessibleName(tr("Procedural warnings"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setToolTip(tr("Double-click a warning, or select it and press Enter, to go to the "
                          "record it is about"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &WarningsPanel::refresh);
    connect(m_tree, &QTreeView::activated, this, &WarningsPanel::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    refresh();
}

void WarningsPanel::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &WorkspaceSession::recordsChanged, this,
                &WarningsPanel::scheduleRefresh);
        connect(m_session, &WorkspaceSession::currentCoalitionChanged, this,
                &WarningsPanel::scheduleRefresh);
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    m_refreshTimer->stop();
    refresh();
}

void WarningsPanel::setToday(const QDate &today)
{
    m_today = today;
    scheduleRefresh();
}

int WarningsPanel::count() const
{
    return static_cast<int>(m_model->warnings().size());
}

void WarningsPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

void WarningsPanel::refresh()
{
    m_refreshTimer->stop();
    QList<ProceduralWarning> warnings;
    const Id coalitionId = m_session ? m_session->currentCoalition() : 0;
    if (!m_session) {
        m_summary->setText(tr("No workspace is open."));
    } else if (coalitionId <= 0) {
        m_summary->setText(tr("No coalition to check yet."));
    } else {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        auto snapshot = loadGovernanceSnapshot(m_session->workspace(), coalitionId, today);
        if (!snapshot) {
            m_summary->setText(
                tr("The coalition could not be checked: %1").arg(snapshot.error().message));
        } else {
            warnings = ProceduralChecks::run(*snapshot);
            m_summary->setText(warnings.isEmpty()
                                   ? tr("%1 follows its own procedures: nothing to warn about.")
                                         .arg(snapshot->coalition.name)
                                   : (warnings.size() == 1
                                          ? tr("1 warning for %1, from its own rules and "
                                               "procedures.")
                                          : tr("%n warnings for %1, from its own rules and "
                                               "procedures.",
                                               nullptr, static_cast<int>(warnings.size())))
                                         .arg(snapshot->coalition.name));
        }
    }
    m_model->setWarnings(warnings);
    const int now = count();
    if (now != m_lastCount) {
        m_lastCount = now;
        Q_EMIT countChanged(now);
    }
}

void WarningsPanel::activate(const QModelIndex &index)
{
    if (const ProceduralWarning *warning = m_model->warningAt(index))
        Q_EMIT recordsActivated(warning->records);
}

} // namespace Coalition::Ui
