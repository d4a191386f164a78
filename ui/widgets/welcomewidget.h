// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// What the window shows with no workspace open: start a new one, open one,
// or pick a recent one.
class WelcomeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeWidget)

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QLabel *m_recentLabel;
};

} // namespace Coalition::Ui
