// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/coalitionspage.h"

#include "app/messagebox.h"
#include "dialogs/coalitiondialog.h"
#include "models/memberdisplay.h"
#include "models/membertablemodel.h"
#include "pages/memberactions.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/coalitiondetailsform.h"
#include "widgets/memberdetailspanel.h"
#include "widgets/membersview.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

CoalitionsPage::CoalitionsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_newCoalition(new QAction(tr("&New Coalition…"), this))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(makeEmptyState())
    , m_tabs(new QTabWidget(this))
    , m_members(new MembersView(session, this))
    , m_details(new CoalitionDetailsForm(session, this))
    , m_memberActions(new MemberActions(session, m_members, messageBar(), this))
{
    m_newCoalition->setObjectName(u"newCoalition"_s);
    m_newCoalition->setToolTip(tr("Start recording another coalition (Ctrl+Shift+N)"));
    m_newCoalition->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newCoalition->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newCoalition);
    connect(m_newCoalition, &QAction::triggered, this, &CoalitionsPage::newCoalition);

    m_heading->setObjectName(u"coalitionTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setObjectName(u"coalitionSubtitle"_s);
    m_subheading->setWordWrap(true);
    auto *newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newCoalition);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_heading);
    titles->addWidget(m_subheading);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(newButton, 0, Qt::AlignTop);

    m_members->addMemberActions(
        m_memberActions->all(),
        {m_memberActions->addMemberAction(), m_memberActions->editMemberAction(),
         m_memberActions->changeStatusAction(), m_memberActions->removeMemberAction()});
    m_members->details()->setEditActions(
        m_memberActions->changeStatusAction(), m_memberActions->editContributionsAction(),
        m_memberActions->editBarriersAction(), m_memberActions->editInterestsAction());
    m_tabs->setObjectName(u"coalitionTabs"_s);
    m_tabs->addTab(m_members, tr("&Members"));
    m_tabs->addTab(m_details, tr("&Details"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(&session, &WorkspaceSession::currentCoalitionChanged, this,
            &CoalitionsPage::showCoalition);
    connect(&session, &WorkspaceSession::recordsChanged, this, &CoalitionsPage::onRecordsChanged);
    connect(m_members, &MembersView::errorOccurred, this,
            [this](const QString &message) { messageBar()->showMessage(message); });
    connect(m_details, &CoalitionDetailsForm::applyRequested, this, &CoalitionsPage::applyDetails);
    connect(m_details, &CoalitionDetailsForm::modifiedChanged, this, [this](bool modified) {
        m_tabs->setTabText(1, modified ? tr("&Details *") : tr("&Details"));
    });
    MemberTableModel *model = m_members->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &CoalitionsPage::updateHeader);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CoalitionsPage::updateHeader);
    connect(model, &QAbstractItemModel::modelReset, this, &CoalitionsPage::updateHeader);
    connect(model, &QAbstractItemModel::dataChanged, this, &CoalitionsPage::updateHeader);

    showCoalition(session.currentCoalition());
}

QString CoalitionsPage::pageId() const
{
    return u"coalitions"_s;
}

QString CoalitionsPage::title() const
{
    return tr("Coalitions");
}

QIcon CoalitionsPage::icon() const
{
    return QIcon(u":/coalition/icons/coalitions.svg"_s);
}

QLineEdit *CoalitionsPage::searchField() const
{
    // Find filters the members, so their tab comes forward to take the focus.
    if (m_coalitionId > 0)
        m_tabs->setCurrentWidget(m_members);
    return m_members->searchField();
}

bool CoalitionsPage::showRecord(const RecordKey &key)
{
    if (key.kind != RecordKind::Membership)
        return false;
    auto membership = session().workspace().memberships().get(key.id);
    if (!membership)
        return false;
    if (session().currentCoalition() != membership->coalitionId)
        session().setCurrentCoalition(membership->coalitionId);
    if (m_coalitionId != membership->coalitionId)
        return false;
    m_tabs->setCurrentWidget(m_members);
    m_members->selectMembership(key.id);
    if (m_members->currentMembershipId() != key.id) {
        // Hidden by the filters: every member is shown again.
        m_members->searchField()->clear();
        m_members->statusFilter()->setCurrentIndex(0);
        m_members->selectMembership(key.id);
    }
    return m_members->currentMembershipId() == key.id;
}

bool CoalitionsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QWidget *CoalitionsPage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    auto *text = new QLabel(
        tr("<h2>No coalition yet</h2>"
           "<p>A coalition is a group of organizations that agree to work together for a "
           "purpose none of them could reach alone. Some are campaigns that end when their goal "
           "is won; others are networks, associations or councils that go on for years.</p>"
           "<p>Start one to record who takes part, in what status, who represents each member, "
           "what each contributes and what holds it back.</p>"),
        empty);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMaximumWidth(560);
    auto *start = new QPushButton(tr("&New Coalition…"), empty);
    start->setObjectName(u"emptyNewCoalition"_s);
    start->setDefault(true);
    connect(start, &QPushButton::clicked, this, &CoalitionsPage::newCoalition);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addWidget(start, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

void CoalitionsPage::newCoalition()
{
    CoalitionDialog dialog(session().workspace(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CoalitionInfo coalition = dialog.coalition();
    auto done = session().perform(tr("Add coalition “%1”").arg(coalition.name), {},
                                  [&coalition](Workspace &workspace) -> Result<QList<RecordKey>> {
                                      auto id = workspace.coalitions().add(coalition);
                                      if (!id)
                                          return id.error();
                                      return QList<RecordKey>{{RecordKind::Coalition, *id}};
                                  });
    if (!done) {
        messageBar()->showMessage(done.error().message);
        return;
    }
    if (!done->isEmpty()) {
        session().setCurrentCoalition(done->constFirst().id);
        m_tabs->setCurrentWidget(m_members);
    }
}

void CoalitionsPage::showCoalition(Id id)
{
    if (id != m_coalitionId)
        settleUnappliedDetails();
    m_coalitionId = id;
    std::optional<CoalitionInfo> coalition;
    if (id > 0) {
        auto found = session().workspace().coalitions().get(id);
        if (found)
            coalition = *std::move(found);
        else
            messageBar()->showMessage(found.error().message);
    }
    m_details->setCoalition(coalition.value_or(CoalitionInfo{}));
    m_members->setCoalition(coalition ? id : 0);
    m_stack->setCurrentWidget(coalition ? static_cast<QWidget *>(m_tabs) : m_emptyState);
    m_memberActions->updateEnabled();
    updateHeader();
}

void CoalitionsPage::settleUnappliedDetails()
{
    if (!m_details->isModified())
        return;
    const QString name = m_details->original().name;
    if (!m_details->isAcceptable()) {
        messageBar()->showMessage(
            tr("The unapplied changes to the details of %1 were incomplete and have been "
               "dropped.")
                .arg(name),
            MessageBar::Kind::Information);
        return;
    }
    if (MessageBox::confirm(
            this, tr("Unapplied Changes"),
            tr("The details of %1 have changes that are not applied yet.").arg(name),
            tr("Apply Them"), tr("Otherwise they are dropped.")))
        applyDetails();
}

bool CoalitionsPage::settlePendingEdits()
{
    if (!m_details->isModified())
        return true;
    const QString name = m_details->original().name;
    const int choice = MessageBox::choose(
        this, QMessageBox::Question, tr("Unapplied Changes"),
        tr("The details of %1 have changes that are not applied yet.").arg(name),
        {tr("Apply Them"), tr("Discard Them"), tr("Cancel")},
        m_details->isAcceptable()
            ? QString()
            : tr("They cannot be applied as they are; the Details tab shows why."));
    switch (choice) {
    case 0:
        if (!m_details->isAcceptable()) {
            m_tabs->setCurrentWidget(m_details);
            return false;
        }
        applyDetails();
        // A failed apply keeps the edits and says why on the page.
        return !m_details->isModified();
    case 1:
        return true;
    default:
        m_tabs->setCurrentWidget(m_details);
        return false;
    }
}

void CoalitionsPage::applyDetails()
{
    const CoalitionInfo coalition = m_details->coalition();
    auto done = session().perform(
        tr("Edit details of “%1”").arg(coalition.name), {{RecordKind::Coalition, coalition.id}},
        [&coalition](Workspace &workspace) -> Result<QList<RecordKey>> {
            if (Status status = workspace.coalitions().update(coalition); !status)
                return status.error();
            return QList<RecordKey>{};
        });
    if (!done)
        messageBar()->showMessage(done.error().message);
}

void CoalitionsPage::onRecordsChanged(const QList<RecordKey> &keys)
{
    // The lead choice follows renamed organizations through the session's
    // shared list; only this coalition's own record is read again.
    bool coalitionChanged = false;
    for (const RecordKey &key : keys)
        coalitionChanged |= key.kind == RecordKind::Coalition && key.id == m_coalitionId;
    if (!coalitionChanged || m_coalitionId <= 0)
        return;
    auto coalition = session().workspace().coalitions().get(m_coalitionId);
    if (!coalition)
        return; // gone: the session chooses another current coalition
    // The form takes the stored record unless it holds edits that differ from
    // it (after an Apply, it holds just what was stored).
    CoalitionInfo shown = m_details->coalition();
    shown.createdAt = coalition->createdAt;
    shown.updatedAt = coalition->updatedAt;
    if (!m_details->isModified() || shown == *coalition) {
        m_details->setCoalition(*coalition);
    } else {
        messageBar()->showMessage(tr("The details of %1 were changed elsewhere while you were "
                                     "editing them; Revert shows the stored details.")
                                      .arg(coalition->name),
                                  MessageBar::Kind::Information);
    }
    updateHeader();
}

void CoalitionsPage::updateHeader()
{
    if (m_coalitionId <= 0 || m_details->original().id != m_coalitionId) {
        m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Coalitions")));
        m_subheading->clear();
        return;
    }
    const CoalitionInfo &coalition = m_details->original();
    m_heading->setText(u"<h2>%1</h2>"_s.arg(coalition.name.toHtmlEscaped()));
    QStringList parts{enumLabel(coalition.type)};
    if (coalition.startDate.isValid() && coalition.endDate.isValid())
        parts.append(tr("%1 to %2")
                         .arg(MemberDisplay::date(coalition.startDate),
                              MemberDisplay::date(coalition.endDate)));
    else if (coalition.startDate.isValid())
        parts.append(tr("since %1").arg(MemberDisplay::date(coalition.startDate)));
    else if (coalition.endDate.isValid())
        parts.append(tr("until %1").arg(MemberDisplay::date(coalition.endDate)));
    const MemberTableModel *model = m_members->model();
    int active = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        active += model->membership(row).status == MembershipStatus::Active ? 1 : 0;
    const int count = model->rowCount();
    if (count == 0)
        parts.append(tr("no members yet"));
    else if (count == 1)
        parts.append(tr("1 member organization, %L1 active").arg(active));
    else
        parts.append(tr("%Ln member organizations, %L1 active", nullptr, count).arg(active));
    m_subheading->setText(parts.join(u" · "_s));
}

} // namespace Coalition::Ui
