// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/governancepage.h"

#include "models/bodylistmodel.h"
#include "models/groundruletreemodel.h"
#include "pages/bodyactions.h"
#include "pages/ruleactions.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/bodiesview.h"
#include "widgets/groundrulesview.h"
#include "widgets/messagebar.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

GovernancePage::GovernancePage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(makeEmptyState())
    , m_tabs(new QTabWidget(this))
    , m_rules(new GroundRulesView(session, this))
    , m_bodies(new BodiesView(session, this))
    , m_ruleActions(new RuleActions(session, m_rules, messageBar(), this))
    , m_bodyActions(new BodyActions(session, m_bodies, messageBar(), this))
{
    m_heading->setObjectName(u"governanceTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setObjectName(u"governanceSubtitle"_s);
    m_subheading->setWordWrap(true);

    const QList<QAction *> ruleActions = m_ruleActions->all();
    m_rules->setActions(ruleActions, ruleActions, m_ruleActions->addAction());
    m_bodies->setActions({m_bodyActions->addBodyAction(), m_bodyActions->editBodyAction(),
                          m_bodyActions->removeBodyAction(), m_bodyActions->editProcedureAction()},
                         {m_bodyActions->addBodyAction(), m_bodyActions->editBodyAction(),
                          m_bodyActions->removeBodyAction()},
                         {m_bodyActions->addSeatAction(), m_bodyActions->removeSeatAction()},
                         m_bodyActions->editProcedureAction());

    m_tabs->setObjectName(u"governanceTabs"_s);
    m_tabs->addTab(m_rules, tr("&Ground Rules"));
    m_tabs->addTab(m_bodies, tr("&Bodies and Procedures"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_stack, 1);

    connect(&session, &WorkspaceSession::currentCoalitionChanged, this,
            &GovernancePage::showCoalition);
    connect(&session, &WorkspaceSession::recordsChanged, this,
            [this](const QList<RecordKey> &keys) {
                for (const RecordKey &key : keys) {
                    if (key.kind == RecordKind::Coalition && key.id == m_coalitionId) {
                        updateHeader();
                        return;
                    }
                }
            });
    const auto report = [this](const QString &message) {
        messageBar()->showMessage(message);
    };
    connect(m_rules, &GroundRulesView::errorOccurred, this, report);
    connect(m_bodies, &BodiesView::errorOccurred, this, report);
    connect(m_rules->model(), &GroundRuleTreeModel::summaryChanged, this,
            &GovernancePage::updateHeader);
    BodyListModel *bodies = m_bodies->model();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(bodies, signal, this, &GovernancePage::updateHeader);
    connect(bodies, &QAbstractItemModel::modelReset, this, &GovernancePage::updateHeader);

    showCoalition(session.currentCoalition());
}

QString GovernancePage::pageId() const
{
    return u"governance"_s;
}

QString GovernancePage::title() const
{
    return tr("Governance");
}

QIcon GovernancePage::icon() const
{
    return QIcon(u":/coalition/icons/governance.svg"_s);
}

bool GovernancePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QWidget *GovernancePage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    auto *text = new QLabel(
        tr("<h2>No coalition yet</h2>"
           "<p>This page keeps how a coalition governs itself: the ground rules its members "
           "agree on, the bodies that meet and decide, and the procedure each body decides "
           "by.</p>"
           "<p>Start a coalition on the Coalitions page; its rules and bodies then show "
           "here.</p>"),
        empty);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

void GovernancePage::showCoalition(Id id)
{
    m_coalitionId = id;
    m_rules->setCoalition(id);
    m_bodies->setCoalition(id);
    m_stack->setCurrentWidget(id > 0 ? m_tabs : m_emptyState);
    m_ruleActions->updateEnabled();
    m_bodyActions->updateEnabled();
    updateHeader();
}

void GovernancePage::updateHeader()
{
    if (m_coalitionId <= 0) {
        m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Governance")));
        m_subheading->clear();
        return;
    }
    QString name;
    if (auto coalition = session().workspace().coalitions().get(m_coalitionId))
        name = coalition->name;
    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Governance of %1").arg(name).toHtmlEscaped()));
    int agreed = 0;
    int proposed = 0;
    const QList<GroundRule> rules = m_rules->model()->rules();
    for (const GroundRule &rule : rules) {
        agreed += rule.status == RuleStatus::Agreed ? 1 : 0;
        proposed += rule.status == RuleStatus::Proposed ? 1 : 0;
    }
    QStringList parts;
    parts << (agreed == 1 ? tr("1 agreed ground rule") : tr("%1 agreed ground rules").arg(agreed));
    if (proposed > 0)
        parts << (proposed == 1 ? tr("1 proposed") : tr("%1 proposed").arg(proposed));
    const int bodies = m_bodies->model()->rowCount();
    parts << (bodies == 0       ? tr("no bodies yet")
                  : bodies == 1 ? tr("1 body")
                                : tr("%1 bodies").arg(bodies));
    m_subheading->setText(parts.join(u" · "_s));
}

void GovernancePage::showCoalitionOf(Id coalitionId)
{
    if (coalitionId > 0 && coalitionId != session().currentCoalition())
        session().setCurrentCoalition(coalitionId);
}

bool GovernancePage::showRecord(const RecordKey &key)
{
    Workspace &workspace = session().workspace();
    switch (key.kind) {
    case RecordKind::GroundRule: {
        auto rule = workspace.groundRules().get(key.id);
        if (!rule)
            return false;
        showCoalitionOf(rule->coalitionId);
        m_tabs->setCurrentWidget(m_rules);
        return m_rules->selectRule(key.id);
    }
    case RecordKind::Body:
    case RecordKind::Procedure: {
        Id bodyId = key.id;
        if (key.kind == RecordKind::Procedure) {
            auto procedure = workspace.procedures().get(key.id);
            if (!procedure)
                return false;
            bodyId = procedure->bodyId;
        }
        auto body = workspace.bodies().get(bodyId);
        if (!body)
            return false;
        showCoalitionOf(body->coalitionId);
        m_tabs->setCurrentWidget(m_bodies);
        return m_bodies->selectBody(bodyId);
    }
    case RecordKind::Coalition:
        // A warning about the coalition as a whole is about its rulebook (a
        // key area nobody has proposed a rule for): show what is missing.
        showCoalitionOf(key.id);
        if (session().currentCoalition() != key.id)
            return false;
        m_tabs->setCurrentWidget(m_rules);
        return m_rules->selectFirstMissingArea();
    default:
        return false;
    }
}

} // namespace Coalition::Ui
