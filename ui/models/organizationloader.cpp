// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/organizationloader.h"

#include "domain/validation.h"
#include "models/organizationtablemodel.h"
#include "storage/workspace.h"

#include <algorithm>

namespace Coalition::Ui {

OrganizationLoader::OrganizationLoader(Workspace &workspace, OrganizationTableModel &model,
                                       QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &OrganizationLoader::loadNextInBackground);
}

void OrganizationLoader::setChunkSizes(int first, int next)
{
    m_firstChunk = std::max(1, first);
    m_nextChunk = std::max(1, next);
}

Status OrganizationLoader::loadFirst()
{
    if (m_started)
        return {};
    m_started = true;
    auto count = m_workspace.organizations().count();
    if (!count)
        return count.error();
    m_expected = *count;
    auto names = m_workspace.organizations().coalitionNamesByOrganization();
    if (!names)
        return names.error();
    m_model.setCoalitionNames(*std::move(names));
    return loadChunk(m_firstChunk);
}

void OrganizationLoader::continueInBackground()
{
    if (!m_finished)
        m_timer.start();
}

Status OrganizationLoader::loadAll()
{
    m_timer.stop();
    if (Status status = loadFirst(); !status)
        return status;
    while (!m_finished) {
        if (Status status = loadChunk(m_nextChunk); !status)
            return status;
    }
    return {};
}

Status OrganizationLoader::loadChunk(int size)
{
    if (m_finished)
        return {};
    auto chunk = m_workspace.organizations().listChunk(m_afterKey, m_afterId, size);
    if (!chunk)
        return chunk.error();
    if (!chunk->isEmpty()) {
        m_afterKey = Validation::nameKey(chunk->constLast().name);
        m_afterId = chunk->constLast().id;
        m_model.appendOrganizations(*chunk);
    }
    if (chunk->size() < size) {
        m_finished = true;
        Q_EMIT finished();
    }
    return {};
}

void OrganizationLoader::loadNextInBackground()
{
    if (Status status = loadChunk(m_nextChunk); !status) {
        Q_EMIT failed(status.error().message);
        return;
    }
    if (!m_finished)
        m_timer.start();
}

} // namespace Coalition::Ui
