-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: governance. The bodies of a coalition with their seats,
-- the procedure each body decides by, ground rules with their history,
-- meetings with agenda and attendance, and decisions with each member's
-- position, the computed outcome and the reopen history.
-- Fractions are kept as numerator and denominator, never as a real number.
-- Lists that keep their order have a position column.

CREATE TABLE body (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key     TEXT NOT NULL,
    purpose      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (coalition_id, name_key)
);

CREATE TABLE body_seat (
    body_id       INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    role          TEXT NOT NULL DEFAULT '',
    voting        INTEGER NOT NULL DEFAULT 1 CHECK (voting IN (0, 1)),
    PRIMARY KEY (body_id, position),
    UNIQUE (body_id, membership_id)
) WITHOUT ROWID;
CREATE INDEX body_seat_membership ON body_seat(membership_id);

CREATE TABLE decision_procedure (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    body_id                 INTEGER NOT NULL UNIQUE REFERENCES body(id) ON DELETE CASCADE,
    method                  TEXT NOT NULL,
    threshold_numerator     INTEGER NOT NULL DEFAULT 2,
    threshold_denominator   INTEGER NOT NULL DEFAULT 3 CHECK (threshold_denominator > 0),
    consensus_attempts      INTEGER NOT NULL DEFAULT 0 CHECK (consensus_attempts >= 0),
    fallback_method         TEXT NOT NULL DEFAULT 'majority',
    delegate_body_id        INTEGER REFERENCES body(id) ON DELETE SET NULL,
    delegate_to_lead        INTEGER NOT NULL DEFAULT 0 CHECK (delegate_to_lead IN (0, 1)),
    basis                   TEXT NOT NULL DEFAULT 'cast',
    quorum_kind             TEXT NOT NULL DEFAULT 'none',
    quorum_count            INTEGER NOT NULL DEFAULT 0 CHECK (quorum_count >= 0),
    quorum_numerator        INTEGER NOT NULL DEFAULT 1,
    quorum_denominator      INTEGER NOT NULL DEFAULT 2 CHECK (quorum_denominator > 0),
    notice_days             INTEGER NOT NULL DEFAULT 0 CHECK (notice_days >= 0),
    reopen_minimum_days     INTEGER NOT NULL DEFAULT 0 CHECK (reopen_minimum_days >= 0),
    reopen_numerator        INTEGER,
    reopen_denominator      INTEGER CHECK (reopen_denominator IS NULL OR reopen_denominator > 0),
    reopen_needs_new_information INTEGER NOT NULL DEFAULT 0
                            CHECK (reopen_needs_new_information IN (0, 1)),
    notes                   TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    CHECK ((reopen_numerator IS NULL) = (reopen_denominator IS NULL))
);
CREATE INDEX decision_procedure_delegate ON decision_procedure(delegate_body_id);

CREATE TABLE procedure_area (
    procedure_id INTEGER NOT NULL REFERENCES decision_procedure(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    area         TEXT NOT NULL,
    PRIMARY KEY (procedure_id, position)
) WITHOUT ROWID;

CREATE TABLE procedure_escalation (
    procedure_id INTEGER NOT NULL REFERENCES decision_procedure(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    step         TEXT NOT NULL,
    PRIMARY KEY (procedure_id, position)
) WITHOUT ROWID;

CREATE TABLE meeting (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    body_id      INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    starts_at    TEXT NOT NULL,
    scheduled_on TEXT,
    location     TEXT NOT NULL DEFAULT '',
    minutes      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX meeting_body ON meeting(body_id, starts_at);

CREATE TABLE meeting_agenda_item (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;

CREATE TABLE meeting_attendance (
    meeting_id    INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    person_id     INTEGER REFERENCES person(id) ON DELETE SET NULL,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;
CREATE INDEX meeting_attendance_membership ON meeting_attendance(membership_id);
CREATE INDEX meeting_attendance_person ON meeting_attendance(person_id);

CREATE TABLE decision (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id                INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    procedure_id              INTEGER REFERENCES decision_procedure(id) ON DELETE SET NULL,
    title                     TEXT NOT NULL CHECK (length(trim(title)) > 0),
    text                      TEXT NOT NULL DEFAULT '',
    area                      TEXT NOT NULL,
    failed_consensus_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_consensus_attempts >= 0),
    outcome                   TEXT NOT NULL,
    status                    TEXT NOT NULL,
    notes                     TEXT NOT NULL DEFAULT '',
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);
CREATE INDEX decision_meeting ON decision(meeting_id);
CREATE INDEX decision_procedure_used ON decision(procedure_id);

CREATE TABLE decision_position (
    decision_id   INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      TEXT NOT NULL,
    PRIMARY KEY (decision_id, membership_id)
) WITHOUT ROWID;
CREATE INDEX decision_position_membership ON decision_position(membership_id);

CREATE TABLE decision_reason (
    decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;

CREATE TABLE decision_reopening (
    decision_id     INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    reopened_on     TEXT NOT NULL,
    meeting_id      INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    reason          TEXT NOT NULL DEFAULT '',
    new_information TEXT NOT NULL DEFAULT '',
    votes_for       INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
    votes_cast      INTEGER NOT NULL DEFAULT 0 CHECK (votes_cast >= votes_for),
    PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;
CREATE INDEX decision_reopening_meeting ON decision_reopening(meeting_id);

CREATE TABLE ground_rule (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id           INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    area                   TEXT NOT NULL,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    text                   TEXT NOT NULL DEFAULT '',
    status                 TEXT NOT NULL,
    adopted_by_decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL,
    review_on              TEXT,
    supersedes_rule_id     INTEGER REFERENCES ground_rule(id) ON DELETE SET NULL,
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX ground_rule_coalition ON ground_rule(coalition_id, area);
CREATE INDEX ground_rule_decision ON ground_rule(adopted_by_decision_id);
CREATE INDEX ground_rule_supersedes ON ground_rule(supersedes_rule_id);

CREATE TABLE ground_rule_revision (
    rule_id    INTEGER NOT NULL REFERENCES ground_rule(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    revised_on TEXT NOT NULL,
    status     TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (rule_id, position)
) WITHOUT ROWID;
