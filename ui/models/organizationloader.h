// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QObject>
#include <QTimer>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OrganizationTableModel;

// Fills an OrganizationTableModel from the registry in name order, a chunk at
// a time: a small first chunk at once, so the page has rows to show, then the
// rest from the event loop, so the window answers the user while a large
// registry comes in.
class OrganizationLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationLoader)

public:
    static constexpr int FirstChunk = 500;
    static constexpr int NextChunk = 2000; // a few tens of milliseconds

    OrganizationLoader(Workspace &workspace, OrganizationTableModel &model,
                       QObject *parent = nullptr);

    // Sizes of the first and the later chunks (tests make them small).
    void setChunkSizes(int first, int next);

    // Reads the coalition names and the first chunk now.
    Status loadFirst();
    // Goes on with the rest in the background, one chunk per event loop turn.
    void continueInBackground();
    // Reads everything that is left now.
    Status loadAll();

    bool isFinished() const { return m_finished; }
    // How many organizations the registry held when loading began.
    int expectedCount() const { return m_expected; }

Q_SIGNALS:
    void finished();
    void failed(const QString &message);

private:
    Status loadChunk(int size);
    void loadNextInBackground();

    Workspace &m_workspace;
    OrganizationTableModel &m_model;
    QTimer m_timer;
    QString m_afterKey; // name key and id of the last organization read
    qint64 m_afterId = 0;
    int m_firstChunk = FirstChunk;
    int m_nextChunk = NextChunk;
    int m_expected = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Coalition::Ui
