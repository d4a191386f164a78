// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Coalition {

class Workspace;

// The whole workspace as one JSON document: every entity (the registry, the
// governance records, the action records, the stage records and the
// relationships between organizations) and the audit log.
// The export is deterministic (same data, same bytes), and importing it into
// an empty workspace restores every record with its id and times, so export
// -> import -> export gives identical files. Format: docs/workspace-json.md.
class WorkspaceJson final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::WorkspaceJson)

public:
    // 2 added bodies, procedures, ground rules, meetings and decisions; 3
    // goals, action groups, plans, tasks, progress reports, successes,
    // evaluations and conflicts; 4 stage changes, checklist answers and
    // relationships. An older file reads as one without them.
    static constexpr int FormatVersion = 4;
    static constexpr int GovernanceFormatVersion = 2;
    static constexpr int ActionFormatVersion = 3;
    static constexpr int StageFormatVersion = 4;
    static constexpr const char *FormatName = "coalition-desk-workspace";

    struct ExportOptions
    {
        // A backup holds everything. Without confidential records, the
        // export leaves out every record marked confidential, the records
        // that cannot stand without one (a plan of a left-out goal, ...) and
        // the audit entries about them, clears optional references to them,
        // and counts what it left out under the top-level "left_out".
        bool includeConfidential = true;
    };

    // What the last exportAll left out (all zero with includeConfidential).
    struct LeftOutCounts
    {
        int confidential = 0; // records marked confidential
        int dependent = 0; // records that needed a left-out record
        int auditEntries = 0;

        bool operator==(const LeftOutCounts &) const = default;
    };

    explicit WorkspaceJson(Workspace &workspace);

    Result<QByteArray> exportAll() { return exportAll(ExportOptions{}); }
    Result<QByteArray> exportAll(const ExportOptions &options);
    const LeftOutCounts &leftOut() const { return m_leftOut; }

    // Checks the whole document first (syntax, every record, every reference
    // between records), then writes all of it in one transaction, or nothing.
    // The workspace must be empty. fileName is used in messages only.
    Status importAll(const QByteArray &data, const QString &fileName);

    // Every problem found by the last importAll that failed validation.
    const QStringList &problems() const { return m_problems; }

private:
    Workspace &m_workspace;
    QStringList m_problems;
    LeftOutCounts m_leftOut;
};

} // namespace Coalition
