// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Coalition {

class Workspace;

// The whole workspace as one JSON document: every entity (the registry and
// the governance records) and the audit log.
// The export is deterministic (same data, same bytes), and importing it into
// an empty workspace restores every record with its id and times, so export
// -> import -> export gives identical files. Format: docs/workspace-json.md.
class WorkspaceJson final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::WorkspaceJson)

public:
    // 2 added bodies, procedures, ground rules, meetings and decisions; a
    // version 1 file reads as one without any.
    static constexpr int FormatVersion = 2;
    static constexpr int GovernanceFormatVersion = 2;
    static constexpr const char *FormatName = "coalition-desk-workspace";

    explicit WorkspaceJson(Workspace &workspace);

    Result<QByteArray> exportAll();

    // Checks the whole document first (syntax, every record, every reference
    // between records), then writes all of it in one transaction, or nothing.
    // The workspace must be empty. fileName is used in messages only.
    Status importAll(const QByteArray &data, const QString &fileName);

    // Every problem found by the last importAll that failed validation.
    const QStringList &problems() const { return m_problems; }

private:
    Workspace &m_workspace;
    QStringList m_problems;
};

} // namespace Coalition
