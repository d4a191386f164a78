-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: stage monitoring and relationships. A coalition's
-- recorded stage history, the coordinator's checklist answers, and the
-- relationships between organizations with each side's own view and a dated
-- history. Dates as ISO 8601 text.

CREATE TABLE stage_change (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    stage        TEXT NOT NULL,
    on_date      TEXT NOT NULL,
    rationale    TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    decision_id  INTEGER REFERENCES decision(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX stage_change_coalition ON stage_change(coalition_id, on_date);
CREATE INDEX stage_change_decision ON stage_change(decision_id);

CREATE TABLE checklist_answer (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    item         TEXT NOT NULL CHECK (length(item) > 0),
    value        TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    answered_on  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (coalition_id, item)
);

CREATE TABLE relationship (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    first_id   INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    second_id  INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    level      TEXT NOT NULL,
    trust      TEXT NOT NULL,
    since      TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (first_id < second_id),
    UNIQUE (first_id, second_id)
);
CREATE INDEX relationship_second ON relationship(second_id);

-- Each side's own view: at most one per organization of the pair.
CREATE TABLE relationship_view (
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    level           TEXT NOT NULL,
    trust           TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    on_date         TEXT,
    PRIMARY KEY (relationship_id, organization_id)
) WITHOUT ROWID;
CREATE INDEX relationship_view_organization ON relationship_view(organization_id);

CREATE TABLE relationship_change (
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    on_date         TEXT NOT NULL,
    side_id         INTEGER REFERENCES organization(id) ON DELETE CASCADE,
    level           TEXT NOT NULL,
    trust           TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (relationship_id, position)
) WITHOUT ROWID;
CREATE INDEX relationship_change_side ON relationship_change(side_id);
