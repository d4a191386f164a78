// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// The application window. For now it shows which workspace is open and what
// it holds; the pages arrive with the desktop issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace.get(); }

private:
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace Coalition::Ui
