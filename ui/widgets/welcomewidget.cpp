// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/welcomewidget.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Coalition::Ui {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_recentLabel(new QLabel(tr("&Recent workspaces:"), this))
{
    auto *heading = new QLabel(tr("<h2>No workspace is open</h2>"
                                  "<p>A workspace is one file that holds your organizations, "
                                  "people and coalitions.</p>"),
                               this);
    heading->setWordWrap(true);
    auto *create = new QPushButton(tr("&New Workspace…"), this);
    auto *open = new QPushButton(tr("&Open Workspace…"), this);
    connect(create, &QPushButton::clicked, this, &WelcomeWidget::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });

    m_recentLabel->setBuddy(m_recent);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(heading);
    column->addSpacing(8);
    column->addWidget(create);
    column->addWidget(open);
    column->addSpacing(16);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);
    column->addStretch(2);
    auto *panel = new QWidget(this);
    panel->setLayout(column);
    panel->setMaximumWidth(560);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(panel, 3);
    outer->addStretch(1);
    setRecentFiles({});
}

void WelcomeWidget::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(file).completeBaseName(), QDir::toNativeSeparators(file)),
            m_recent);
        item->setData(Qt::UserRole, file);
    }
    // Tall enough for the list, never a large empty box.
    m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * int(files.size() + 1) + 8);
    m_recent->setVisible(!files.isEmpty());
    m_recentLabel->setVisible(!files.isEmpty());
}

} // namespace Coalition::Ui
