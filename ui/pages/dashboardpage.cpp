// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/dashboardpage.h"

#include "session/auditdescriber.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/flattree.h"
#include "widgets/messagebar.h"

#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QTreeWidget *makeTree(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    setUpFlatTree(tree, headers);
    tree->setAlternatingRowColors(true);
    tree->setAccessibleName(name);
    return tree;
}

QGroupBox *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

DashboardPage::DashboardPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_counts(new QLabel(this))
    , m_coalitions(makeTree(
          this, {tr("Coalition"), tr("Type"), tr("Active"), tr("Other members"), tr("Started")},
          tr("Coalitions")))
    , m_changes(makeTree(this, {tr("When"), tr("Who"), tr("Record"), tr("What changed")},
                         tr("Recent changes")))
{
    m_counts->setObjectName(u"counts"_s);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_coalitions->setObjectName(u"coalitions"_s);
    m_changes->setObjectName(u"recentChanges"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addWidget(m_counts);
    layout->addWidget(boxed(tr("Coalitions"), m_coalitions, this), 1);
    layout->addWidget(boxed(tr("Recent changes"), m_changes, this), 2);

    connect(&session, &WorkspaceSession::recordsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

QString DashboardPage::pageId() const
{
    return u"dashboard"_s;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return QIcon(u":/coalition/icons/dashboard.svg"_s);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    m_stale = false;
    Workspace &workspace = session().workspace();
    // Counts only: a registry of many thousands must not slow the first page.
    auto organizations = workspace.organizations().count();
    auto people = workspace.people().count();
    auto coalitions = workspace.coalitions().list();
    auto members = workspace.memberships().countByCoalition();
    auto active = workspace.memberships().countByCoalition(MembershipStatus::Active);
    auto changes = workspace.audit().recent(RecentChanges);
    const Error *failure = !organizations ? &organizations.error()
        : !people                         ? &people.error()
        : !coalitions                     ? &coalitions.error()
        : !members                        ? &members.error()
        : !active                         ? &active.error()
        : !changes                        ? &changes.error()
                                          : nullptr;
    if (failure) {
        messageBar()->showMessage(tr("The summary could not be read: %1").arg(failure->message));
        return;
    }
    int memberships = 0;
    for (const int count : *members)
        memberships += count;
    const QLocale locale;
    m_counts->setText(tr("<h2>%1</h2><p><b>%2</b> organizations · <b>%3</b> people · <b>%4</b> "
                         "coalitions · <b>%5</b> memberships</p>")
                          .arg(workspace.database().displayName().toHtmlEscaped(),
                               locale.toString(*organizations), locale.toString(*people),
                               locale.toString(coalitions->size()), locale.toString(memberships)));

    m_coalitions->clear();
    for (const CoalitionInfo &coalition : *coalitions) {
        const int activeCount = active->value(coalition.id);
        auto *item = new QTreeWidgetItem(m_coalitions);
        item->setText(0, coalition.name);
        item->setText(1, enumLabel(coalition.type));
        item->setText(2, locale.toString(activeCount));
        item->setText(3, locale.toString(members->value(coalition.id) - activeCount));
        item->setText(4,
                      coalition.startDate.isValid()
                          ? locale.toString(coalition.startDate, QLocale::ShortFormat)
                          : QString());
    }

    m_changes->clear();
    const AuditDescriber describe(workspace, *changes);
    for (const AuditEntry &entry : *changes) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, entry.osUser);
        item->setText(2, describe.record(entry));
        item->setText(3, describe.change(entry));
        item->setToolTip(3, item->text(3));
    }
    m_changes->resizeColumnToContents(0);
    m_changes->resizeColumnToContents(2);
    m_coalitions->resizeColumnToContents(0);
    m_coalitions->resizeColumnToContents(1);
}

} // namespace Coalition::Ui
