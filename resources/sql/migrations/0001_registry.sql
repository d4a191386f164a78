-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: the registry of organizations and people, coalitions,
-- memberships with their details, and the audit log.
-- Dates are ISO 8601 (YYYY-MM-DD), timestamps UTC ISO 8601 with milliseconds,
-- money in whole cents. *_key columns hold case-folded names for uniqueness.
-- Ids are AUTOINCREMENT so that an id is never reused: the audit log refers
-- to records by id long after they are deleted.

CREATE TABLE organization (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key        TEXT NOT NULL UNIQUE,
    sector          TEXT NOT NULL,
    mission         TEXT NOT NULL DEFAULT '',
    decision_making TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE organization_tag (
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    tag             TEXT NOT NULL,
    PRIMARY KEY (organization_id, position)
) WITHOUT ROWID;

CREATE TABLE person (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    role            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX person_organization ON person(organization_id);

CREATE TABLE coalition (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key             TEXT NOT NULL UNIQUE,
    type                 TEXT NOT NULL,
    purpose              TEXT NOT NULL DEFAULT '',
    vision               TEXT NOT NULL DEFAULT '',
    mission              TEXT NOT NULL DEFAULT '',
    start_date           TEXT,
    end_date             TEXT,
    lead_organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    meeting_frequency    TEXT NOT NULL DEFAULT '',
    meeting_minutes      INTEGER NOT NULL DEFAULT 0 CHECK (meeting_minutes >= 0),
    meeting_location     TEXT NOT NULL DEFAULT '',
    finance_dues         TEXT NOT NULL DEFAULT '',
    finance_grants       TEXT NOT NULL DEFAULT '',
    finance_in_kind      TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE membership (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id      INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    organization_id   INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    status            TEXT NOT NULL,
    kind              TEXT NOT NULL,
    joined_on         TEXT,
    left_on           TEXT,
    representative_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    alternate_id      INTEGER REFERENCES person(id) ON DELETE SET NULL,
    dues_cents        INTEGER NOT NULL DEFAULT 0 CHECK (dues_cents >= 0),
    dues_paid_through TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (coalition_id, organization_id)
);
CREATE INDEX membership_organization ON membership(organization_id);

CREATE TABLE membership_status_change (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    status        TEXT NOT NULL,
    changed_on    TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;

CREATE TABLE membership_interest (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('shared', 'conflicting')),
    text          TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;

CREATE TABLE membership_contribution (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    value_cents   INTEGER NOT NULL DEFAULT 0 CHECK (value_cents >= 0),
    period        TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;

CREATE TABLE membership_barrier (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;

-- Every change to the data. field is NULL for a whole record created (new_value
-- holds it as JSON) or deleted (old_value holds it).
CREATE TABLE audit_entry (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field     TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_entry_entity ON audit_entry(entity, entity_id);
