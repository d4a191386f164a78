// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "storage/workspace.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
{
    setWindowTitle(tr("%1 — Coalition Desk").arg(m_workspace->database().displayName()));
    resize(1024, 700);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    int organizations = 0;
    if (auto count = m_workspace->organizations().count())
        organizations = *count;
    int coalitions = 0;
    if (auto list = m_workspace->coalitions().list())
        coalitions = static_cast<int>(list->size());
    auto *summary = new QLabel(this);
    summary->setAlignment(Qt::AlignCenter);
    summary->setText(tr("<h2>%1</h2><p>%2 organizations, %3 coalitions.</p>")
                         .arg(m_workspace->database().displayName().toHtmlEscaped())
                         .arg(organizations)
                         .arg(coalitions));
    summary->setAccessibleName(tr("Workspace summary"));
    setCentralWidget(summary);
}

MainWindow::~MainWindow() = default;

} // namespace Coalition::Ui
