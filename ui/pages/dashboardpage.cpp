// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/dashboardpage.h"

#include "app/mainwindow.h"
#include "models/dashboarddata.h"
#include "models/warningmodel.h"
#include "session/auditdescriber.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/dashboardagenda.h"
#include "widgets/dashboardcharts.h"
#include "widgets/dashboardstagepanel.h"
#include "widgets/emptylistnotice.h"
#include "widgets/flattree.h"
#include "widgets/messagebar.h"
#include "widgets/stagebar.h"
#include "widgets/stagehistoryview.h"

#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QGroupBox *boxed(const QString &title, QWidget *content, QWidget *parent, const QString &objectName)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QGroupBox *boxed(const QString &title, QLayout *content, QWidget *parent, const QString &objectName)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    box->setLayout(content);
    return box;
}

} // namespace

DashboardPage::DashboardPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_data(std::make_unique<DashboardData>())
    , m_heading(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_empty(new EmptyListNotice(this))
    , m_coalitionView(makeCoalitionView())
    , m_changes(new QTreeWidget(this))
{
    m_heading->setObjectName(u"dashboardTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_counts->setObjectName(u"counts"_s);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_empty->setMessage(tr("No coalition yet"),
                        tr("The dashboard follows one coalition: its stage, warnings, deadlines "
                           "and members. Add a coalition on the Coalitions page to begin."),
                        tr("Go to &Coalitions"));
    connect(m_empty, &EmptyListNotice::buttonClicked, this, [this] { openPage(u"coalitions"_s); });
    m_coalitionView->hide();

    setUpFlatTree(m_changes, {tr("When"), tr("Who"), tr("Record"), tr("What changed")});
    m_changes->setObjectName(u"recentChanges"_s);
    m_changes->setAccessibleName(tr("Recent changes"));
    m_changes->setAlternatingRowColors(true);
    m_changes->setMinimumHeight(180);

    auto *content = new QWidget(this);
    content->setObjectName(u"dashboardContent"_s);
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_heading);
    // One of the two shows: the coalition, or what to do without one.
    column->addWidget(m_empty);
    column->addWidget(m_coalitionView);
    column->addWidget(boxed(tr("Workspace"), m_counts, content, u"workspaceBox"_s));
    column->addWidget(boxed(tr("Recent Changes"), m_changes, content, u"changesBox"_s));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(messageBar());
    layout->addWidget(scroll, 1);

    connect(&session, &WorkspaceSession::recordsChanged, this, &DashboardPage::markStale);
    connect(&session, &WorkspaceSession::currentCoalitionChanged, this, &DashboardPage::markStale);
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::makeCoalitionView()
{
    auto *view = new QWidget(this);
    m_stagePanel = new DashboardStagePanel(view);
    m_history = new StageHistoryView(view);
    m_warningsSummary = new QLabel(view);
    m_warningsSummary->setObjectName(u"dashboardWarningsSummary"_s);
    m_warningsSummary->setWordWrap(true);
    m_warningModel = new WarningModel(this);
    m_warnings = new QTreeView(view);
    m_warnings->setObjectName(u"dashboardWarnings"_s);
    m_warnings->setAccessibleName(tr("Procedural warnings"));
    m_warnings->setModel(m_warningModel);
    m_warnings->setHeaderHidden(true);
    m_warnings->setWordWrap(true);
    m_warnings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warnings->setExpandsOnDoubleClick(false);
    m_warnings->setMinimumHeight(160);
    m_warnings->setToolTip(tr("Double-click a warning, or select it and press Enter, to go to "
                              "the record it is about"));
    m_warningsSummary->setBuddy(m_warnings);
    m_agenda = new DashboardAgenda(view);
    m_agenda->setMinimumHeight(200);
    m_sectorChart
        = DashboardCharts::makeView(view, u"sectorChart"_s, tr("Active members by sector"));
    m_statusChart = DashboardCharts::makeView(view, u"statusChart"_s, tr("Members by status"));
    m_trendChart = DashboardCharts::makeView(view, u"trendChart"_s, tr("Membership over time"));

    auto *warnings = new QVBoxLayout;
    warnings->addWidget(m_warningsSummary);
    warnings->addWidget(m_warnings, 1);

    auto *grid = new QGridLayout(view);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(boxed(tr("Development Stage"), m_stagePanel, view, u"stageBox"_s), 0, 0, 1, 2);
    grid->addWidget(boxed(tr("Stage History"), m_history, view, u"historyBox"_s), 1, 0, 1, 2);
    grid->addWidget(boxed(tr("Procedural Warnings"), warnings, view, u"warningsBox"_s), 2, 0);
    grid->addWidget(boxed(tr("Coming Up"), m_agenda, view, u"agendaBox"_s), 2, 1);
    grid->addWidget(boxed(tr("Active Members by Sector"), m_sectorChart, view, u"sectorBox"_s), 3,
                    0);
    grid->addWidget(boxed(tr("Members by Status"), m_statusChart, view, u"statusBox"_s), 3, 1);
    grid->addWidget(boxed(tr("Active Members over Two Years"), m_trendChart, view, u"trendBox"_s),
                    4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_stagePanel, &DashboardStagePanel::stagePageRequested, this,
            [this] { openPage(u"stage"_s); });
    connect(m_stagePanel, &DashboardStagePanel::recordsRequested, this, &Page::recordsRequested);
    connect(m_history, &StageHistoryView::changeActivated, this, [this](Id id) {
        Q_EMIT recordsRequested({{RecordKind::StageChange, id}});
    });
    connect(m_warnings, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const ProceduralWarning *warning = m_warningModel->warningAt(index))
            Q_EMIT recordsRequested(warning->records);
    });
    connect(m_agenda, &DashboardAgenda::recordsRequested, this, &Page::recordsRequested);
    return view;
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

void DashboardPage::setToday(const QDate &today)
{
    m_today = today;
    markStale();
}

QDate DashboardPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

const DashboardData &DashboardPage::data() const
{
    return *m_data;
}

bool DashboardPage::isShowingEmptyState() const
{
    return !m_empty->isHidden();
}

StageBar *DashboardPage::stageBar() const
{
    return m_stagePanel->stageBar();
}

QListWidget *DashboardPage::missingForNext() const
{
    return m_stagePanel->missingList();
}

void DashboardPage::markStale()
{
    m_stale = true;
    // Another page in front: read when this one is shown again.
    if (isVisible())
        refresh();
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
    messageBar()->hide();
    refreshSummary();
    refreshCoalition();
}

void DashboardPage::refreshSummary()
{
    Workspace &workspace = session().workspace();
    // Counts only: a registry of many thousands must not slow the first page.
    auto organizations = workspace.organizations().count();
    auto people = workspace.people().count();
    auto coalitions = workspace.coalitions().list();
    auto members = workspace.memberships().countByCoalition();
    auto changes = workspace.audit().recent(RecentChanges);
    const Error *failure = !organizations ? &organizations.error()
        : !people                         ? &people.error()
        : !coalitions                     ? &coalitions.error()
        : !members                        ? &members.error()
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
    m_counts->setText(tr("Workspace <b>%1</b>: <b>%2</b> organizations · <b>%3</b> people · "
                         "<b>%4</b> coalitions · <b>%5</b> memberships")
                          .arg(workspace.database().displayName().toHtmlEscaped(),
                               locale.toString(*organizations), locale.toString(*people),
                               locale.toString(coalitions->size()), locale.toString(memberships)));

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
}

void DashboardPage::refreshCoalition()
{
    const Id coalitionId = session().currentCoalition();
    if (coalitionId <= 0) {
        *m_data = DashboardData{};
        m_heading->setText(tr("<h2>Dashboard</h2>"));
        m_coalitionView->hide();
        m_empty->show();
        m_stagePanel->clear();
        m_history->setHistory({}, today());
        m_warningModel->setWarnings({});
        m_agenda->clear();
        for (QChartView *chart : {m_sectorChart, m_statusChart, m_trendChart})
            DashboardCharts::clear(chart);
        return;
    }
    auto loaded = DashboardData::load(session().workspace(), coalitionId, today());
    if (!loaded) {
        messageBar()->showMessage(
            tr("The coalition's figures could not be read: %1").arg(loaded.error().message));
        return;
    }
    *m_data = std::move(loaded).value();
    const DashboardData &d = *m_data;
    m_empty->hide();
    m_coalitionView->show();
    m_heading->setText(tr("<h2>%1</h2>").arg(d.coalitionName.toHtmlEscaped()));
    m_stagePanel->setAssessment(d.assessment);
    m_history->setHistory(d.history, d.today, d.decisionTitles);
    showWarnings();
    m_agenda->fill(d);
    DashboardCharts::showSectors(m_sectorChart, d.activeBySector);
    DashboardCharts::showStatuses(m_statusChart, d.byStatus);
    DashboardCharts::showTrend(m_trendChart, d.trend);
}

void DashboardPage::showWarnings()
{
    const DashboardData &d = *m_data;
    m_warningModel->setWarnings(d.warnings);
    const int count = int(d.warnings.size());
    m_warningsSummary->setText(
        count == 0
            ? tr("%1 follows its own procedures: nothing to warn about.").arg(d.coalitionName)
            : count == 1
            ? tr("1 warning from the coalition's own rules and procedures.")
            : tr("%n warnings from the coalition's own rules and procedures.", nullptr, count));
    m_warnings->setVisible(count > 0);
}

void DashboardPage::openPage(const QString &pageId)
{
    // The window owns the pages; a page shown on its own (in a test) has none.
    if (auto *window = qobject_cast<MainWindow *>(this->window()))
        window->showPage(pageId);
}

} // namespace Coalition::Ui
