// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "domain/recordkey.h"

#include <QCoreApplication>
#include <QHash>

namespace Coalition {

// Everything the procedural checks look at for one coalition, read by the
// caller (storage/governancesnapshot) in one snapshot.
struct GovernanceSnapshot
{
    CoalitionInfo coalition;
    QList<Membership> memberships;
    QHash<Id, QString> organizationNames; // organization id -> name
    QHash<Id, QString> personNames; // person id -> name
    QList<Body> bodies;
    QList<DecisionProcedure> procedures;
    QList<GroundRule> rules;
    QList<Meeting> meetings;
    QList<Decision> decisions;
    QDate today;
};

enum class CheckKind {
    MissingNotice, // decided at a meeting called with less notice than the procedure needs
    OutsideAreas, // decided by a body outside the areas it may settle alone
    NoQuorum, // decided (recorded) without quorum
    NoProcedure, // a decision of a body that has no procedure
    ReopeningConditions, // reopened without meeting the reopening conditions
    MissingKeyArea, // no agreed ground rule in a key area
    MissingRepresentative, // an active member without a representative
    RuleReviewDue, // an agreed ground rule past its review date
};

QString checkKindKey(CheckKind kind); // "missing-notice", "outside-areas", ...

struct ProceduralWarning
{
    CheckKind kind = CheckKind::MissingKeyArea;
    QString summary; // one line: what is wrong
    QStringList reasons; // why, with the numbers and dates used
    QList<RecordKey> records; // the records involved, most specific first

    bool operator==(const ProceduralWarning &) const = default;
};

// The procedural checks of DESIGN.md section 3: pure, over a snapshot; the
// warnings come in a stable order (by kind, then by the records' order).
// A decision's procedure is its procedureId's, else its body's. The notice,
// areas and procedure checks look at decisions taken: status past Proposed,
// or a position recorded. No quorum reads the stored outcome and repeats its
// stored reasons. Decisions whose meeting or body is missing are skipped.
class ProceduralChecks final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ProceduralChecks)

public:
    static QList<ProceduralWarning> run(const GovernanceSnapshot &snapshot);
};

} // namespace Coalition
