// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/dashboardpage.h"

#include "session/auditdescriber.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"

#include <QGroupBox>
#include <QHeaderView>
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
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setAccessibleName(name);
    tree->header()->setStretchLastSection(true);
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
    auto organizations = workspace.organizations().count();
    auto people = workspace.people().list();
    auto coalitions = workspace.coalitions().list();
    auto memberships = workspace.memberships().list();
    auto changes = workspace.audit().recent(RecentChanges);
    if (!organizations || !people || !coalitions || !memberships || !changes) {
        for (const Error *error : {&organizations.error(), &people.error(), &coalitions.error(),
                                   &memberships.error(), &changes.error()}) {
            if (!error->message.isEmpty()) {
                messageBar()->showMessage(
                    tr("The summary could not be read: %1").arg(error->message));
                break;
            }
        }
        return;
    }
    const QLocale locale;
    m_counts->setText(tr("<h2>%1</h2><p><b>%2</b> organizations · <b>%3</b> people · <b>%4</b> "
                         "coalitions · <b>%5</b> memberships</p>")
                          .arg(workspace.database().displayName().toHtmlEscaped(),
                               locale.toString(*organizations), locale.toString(people->size()),
                               locale.toString(coalitions->size()),
                               locale.toString(memberships->size())));

    m_coalitions->clear();
    for (const CoalitionInfo &coalition : *coalitions) {
        int active = 0;
        int other = 0;
        for (const Membership &membership : *memberships) {
            if (membership.coalitionId != coalition.id)
                continue;
            (membership.status == MembershipStatus::Active ? active : other)++;
        }
        auto *item = new QTreeWidgetItem(m_coalitions);
        item->setText(0, coalition.name);
        item->setText(1, enumLabel(coalition.type));
        item->setText(2, locale.toString(active));
        item->setText(3, locale.toString(other));
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
