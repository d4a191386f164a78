// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace Coalition::Ui {

// The desktop's settings, typed. Keys live only in settings.cpp; the stored
// format carries a version and is brought up to date when read.
class Settings final
{
public:
    static constexpr int Version = 1;
    static constexpr int MaxRecentFiles = 8;

    Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QStringList recentFiles() const;
    // Puts the file first in the list (existing entries move up).
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &key) const;
    void setSplitterState(const QString &key, const QByteArray &state);
    QString lastPage() const;
    void setLastPage(const QString &pageId);
    // Whether the procedural warnings dock is shown (hidden at first).
    bool warningsPanelVisible() const;
    void setWarningsPanelVisible(bool visible);

    void sync() { m_settings.sync(); }

private:
    void migrate();

    QSettings m_settings;
};

} // namespace Coalition::Ui
