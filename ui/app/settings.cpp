// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

const QString VersionKey = u"settingsVersion"_s;
const QString RecentFilesKey = u"workspaces/recent"_s;
const QString LastWorkspaceKey = u"workspaces/last"_s;
const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString LastPageKey = u"window/page"_s;
const QString WarningsPanelKey = u"window/warningsPanel"_s;
const QString SplittersGroup = u"splitters/"_s;

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    return real.isEmpty() ? info.absoluteFilePath() : real;
}

} // namespace

Settings::Settings()
{
    migrate();
}

void Settings::migrate()
{
    const int stored = m_settings.value(VersionKey, 0).toInt();
    if (stored == Version)
        return;
    // Version 0 is "nothing stored yet" or a build before versioning; there is
    // nothing to convert. Later versions convert step by step from here.
    if (stored > Version) {
        // Written by a newer build: read what we understand, write nothing back
        // under the version key so the newer build keeps its own layout.
        return;
    }
    m_settings.setValue(VersionKey, Version);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(RecentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString file = canonical(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings.setValue(RecentFilesKey, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.removeAll(canonical(path));
    m_settings.setValue(RecentFilesKey, files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(RecentFilesKey);
}

QString Settings::lastWorkspace() const
{
    return m_settings.value(LastWorkspaceKey).toString();
}

void Settings::setLastWorkspace(const QString &path)
{
    m_settings.setValue(LastWorkspaceKey, path.isEmpty() ? QString() : canonical(path));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(StateKey, state);
}

QByteArray Settings::splitterState(const QString &key) const
{
    return m_settings.value(SplittersGroup + key).toByteArray();
}

void Settings::setSplitterState(const QString &key, const QByteArray &state)
{
    m_settings.setValue(SplittersGroup + key, state);
}

QString Settings::lastPage() const
{
    return m_settings.value(LastPageKey).toString();
}

void Settings::setLastPage(const QString &pageId)
{
    m_settings.setValue(LastPageKey, pageId);
}

bool Settings::warningsPanelVisible() const
{
    return m_settings.value(WarningsPanelKey, false).toBool();
}

void Settings::setWarningsPanelVisible(bool visible)
{
    m_settings.setValue(WarningsPanelKey, visible);
}

} // namespace Coalition::Ui
