// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recorddetails.h"

#include "widgets/detailfieldlist.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

RecordDetails::RecordDetails(Workspace &workspace, const QString &nothingName,
                             const QString &prompt, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_prompt(prompt)
    , m_stack(new QStackedWidget(this))
    , m_nothing(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new DetailFieldList(this))
{
    m_nothing->setObjectName(nothingName);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_title->setObjectName(u"detailsTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
}

RecordDetails::~RecordDetails() = default;

void RecordDetails::setUpTabs(const QList<std::pair<QWidget *, QString>> &lists)
{
    m_history = new RecordHistoryView(this);
    m_history->setObjectName(u"history"_s);
    m_fields->addField(u"created"_s, tr("Added"));
    m_fields->addField(u"updated"_s, tr("Last changed"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(u"detailTabs"_s);
    // Every tab in sight, their titles shortened if the panel is narrow.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("&Details"));
    for (const auto &[list, title] : lists)
        m_tabs->addTab(list, title);
    m_tabs->addTab(m_history, tr("Histor&y"));

    auto *record = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(record);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(m_title);
    recordLayout->addWidget(m_subtitle);
    recordLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_nothing);
    m_stack->addWidget(record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showNothing(m_prompt);
}

void RecordDetails::showNothing(const QString &why)
{
    m_id = 0;
    m_nothing->setText(why);
    m_stack->setCurrentWidget(m_nothing);
}

Status RecordDetails::showRecord(Id id)
{
    m_id = id;
    return refresh();
}

Status RecordDetails::refresh()
{
    if (m_id <= 0) {
        showNothing(m_prompt);
        return {};
    }
    return fill(m_id);
}

void RecordDetails::showHeading(const QString &title, const QString &subtitle)
{
    m_stack->setCurrentIndex(1);
    m_title->setText(title);
    m_subtitle->setText(subtitle);
}

void RecordDetails::setTimestamps(const QDateTime &created, const QDateTime &updated)
{
    m_fields->setText(u"created"_s, timeText(created));
    m_fields->setText(u"updated"_s, timeText(updated));
}

void RecordDetails::setTabCount(int tab, const QString &title)
{
    m_tabs->setTabText(tab, title);
}

void RecordDetails::setHistory(const QList<AuditEntry> &entries,
                               const RecordHistoryView::FieldLabel &label,
                               const RecordHistoryView::ValueText &value)
{
    m_history->setEntries(entries, label, value);
    m_tabs->setTabText(m_tabs->count() - 1, tr("Histor&y (%1)").arg(entries.size()));
}

} // namespace Coalition::Ui
