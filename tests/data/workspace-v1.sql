-- SPDX-License-Identifier: GPL-3.0-or-later
-- A workspace as Coalition Desk wrote it at file format 1 (made with coalition-cli),
-- kept so that every later migration is tested against a real version-1 file.
PRAGMA application_id = 1131367492;
PRAGMA user_version = 1;
BEGIN TRANSACTION;
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
INSERT INTO "audit_entry" VALUES(1,'2026-11-22T14:15:34.083Z','root','organization',1,NULL,NULL,'{"address":"","created_at":"2026-11-22T14:15:34.083Z","decision_making":"","email":"","id":1,"mission":"Safe homes for renters","name":"Riverside Tenants'' Union","notes":"","phone":"","sector":"community-group","tags":["housing","renters"],"updated_at":"2026-11-22T14:15:34.083Z","website":""}');
INSERT INTO "audit_entry" VALUES(2,'2026-11-22T14:15:34.124Z','root','organization',2,NULL,NULL,'{"address":"","created_at":"2026-11-22T14:15:34.124Z","decision_making":"","email":"info@ecole.example","id":2,"mission":"","name":"École du Parc","notes":"","phone":"","sector":"education","tags":[],"updated_at":"2026-11-22T14:15:34.124Z","website":""}');
INSERT INTO "audit_entry" VALUES(3,'2026-11-22T14:15:34.164Z','root','organization',3,NULL,NULL,'{"address":"","created_at":"2026-11-22T14:15:34.164Z","decision_making":"","email":"","id":3,"mission":"","name":"Closed Shop","notes":"","phone":"","sector":"business","tags":[],"updated_at":"2026-11-22T14:15:34.164Z","website":""}');
INSERT INTO "audit_entry" VALUES(4,'2026-11-22T14:15:34.209Z','root','organization',3,NULL,'{"address":"","created_at":"2026-11-22T14:15:34.164Z","decision_making":"","email":"","id":3,"mission":"","name":"Closed Shop","notes":"","phone":"","sector":"business","tags":[],"updated_at":"2026-11-22T14:15:34.164Z","website":""}',NULL);
INSERT INTO "audit_entry" VALUES(5,'2026-11-22T14:15:34.232Z','root','person',1,NULL,NULL,'{"created_at":"2026-11-22T14:15:34.232Z","email":"","id":1,"name":"Amara Okafor","notes":"","organization_id":1,"phone":"","role":"Chair","updated_at":"2026-11-22T14:15:34.232Z"}');
INSERT INTO "audit_entry" VALUES(6,'2026-11-22T14:15:34.270Z','root','person',2,NULL,NULL,'{"created_at":"2026-11-22T14:15:34.270Z","email":"","id":2,"name":"Jean Dupont","notes":"","organization_id":2,"phone":"","role":"","updated_at":"2026-11-22T14:15:34.270Z"}');
INSERT INTO "audit_entry" VALUES(7,'2026-11-22T14:15:34.300Z','root','coalition',1,NULL,NULL,'{"created_at":"2026-11-22T14:15:34.298Z","end_date":null,"finances":{"dues":"","grants":"","in_kind":""},"id":1,"lead_organization_id":1,"meetings":{"frequency":"monthly","location":"","usual_length_minutes":90},"mission":"","name":"River Wards Coalition","notes":"","purpose":"","start_date":"2025-03-01","type":"ongoing-coalition","updated_at":"2026-11-22T14:15:34.298Z","vision":""}');
INSERT INTO "audit_entry" VALUES(8,'2026-11-22T14:15:34.343Z','root','membership',1,NULL,NULL,'{"alternate_id":null,"barriers":["Small staff"],"coalition_id":1,"contributions":[{"description":"Organizer","kind":"staff-time","period":"monthly","value":"800.00"}],"created_at":"2026-11-22T14:15:34.343Z","dues":"120.00","dues_paid_through":"2026-02-28","history":[{"note":"","on":"2025-03-01","status":"active"}],"id":1,"interests":[{"kind":"shared","text":"Affordable housing"}],"joined_on":"2025-03-01","kind":"voting","left_on":null,"notes":"","organization_id":1,"representative_id":1,"status":"active","updated_at":"2026-11-22T14:15:34.343Z"}');
INSERT INTO "audit_entry" VALUES(9,'2026-11-22T14:15:34.368Z','root','membership',2,NULL,NULL,'{"alternate_id":null,"barriers":[],"coalition_id":1,"contributions":[],"created_at":"2026-11-22T14:15:34.368Z","dues":"0.00","dues_paid_through":null,"history":[{"note":"","on":"2026-11-22","status":"invited"}],"id":2,"interests":[],"joined_on":null,"kind":"ally","left_on":null,"notes":"","organization_id":2,"representative_id":null,"status":"invited","updated_at":"2026-11-22T14:15:34.368Z"}');
INSERT INTO "audit_entry" VALUES(10,'2026-11-22T14:15:39.217Z','root','membership',2,'history','[{"note":"","on":"2026-11-22","status":"invited"}]','[{"note":"","on":"2026-11-22","status":"invited"},{"note":"Joined after the autumn meeting","on":"2026-11-22","status":"active"}]');
INSERT INTO "audit_entry" VALUES(11,'2026-11-22T14:15:39.217Z','root','membership',2,'joined_on',NULL,'2026-11-22');
INSERT INTO "audit_entry" VALUES(12,'2026-11-22T14:15:39.217Z','root','membership',2,'status','invited','active');
INSERT INTO "audit_entry" VALUES(13,'2026-11-22T14:15:39.244Z','root','organization',2,'phone','','+33 1 23 45 67 89');
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
INSERT INTO "coalition" VALUES(1,'River Wards Coalition','river wards coalition','ongoing-coalition','','','','2025-03-01',NULL,1,'monthly',90,'','','','','','2026-11-22T14:15:34.298Z','2026-11-22T14:15:34.298Z');
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
INSERT INTO "membership" VALUES(1,1,1,'active','voting','2025-03-01',NULL,1,NULL,12000,'2026-02-28','','2026-11-22T14:15:34.343Z','2026-11-22T14:15:34.343Z');
INSERT INTO "membership" VALUES(2,1,2,'active','ally','2026-11-22',NULL,NULL,NULL,0,NULL,'','2026-11-22T14:15:34.368Z','2026-11-22T14:15:39.217Z');
CREATE TABLE membership_barrier (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;
INSERT INTO "membership_barrier" VALUES(1,0,'Small staff');
CREATE TABLE membership_contribution (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    value_cents   INTEGER NOT NULL DEFAULT 0 CHECK (value_cents >= 0),
    period        TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;
INSERT INTO "membership_contribution" VALUES(1,0,'staff-time','Organizer',80000,'monthly');
CREATE TABLE membership_interest (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('shared', 'conflicting')),
    text          TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;
INSERT INTO "membership_interest" VALUES(1,0,'shared','Affordable housing');
CREATE TABLE membership_status_change (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    status        TEXT NOT NULL,
    changed_on    TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;
INSERT INTO "membership_status_change" VALUES(1,0,'active','2025-03-01','');
INSERT INTO "membership_status_change" VALUES(2,0,'invited','2026-11-22','');
INSERT INTO "membership_status_change" VALUES(2,1,'active','2026-11-22','Joined after the autumn meeting');
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
INSERT INTO "organization" VALUES(1,'Riverside Tenants'' Union','riverside tenants'' union','community-group','Safe homes for renters','','','','','','','2026-11-22T14:15:34.083Z','2026-11-22T14:15:34.083Z');
INSERT INTO "organization" VALUES(2,'École du Parc','école du parc','education','','','','','info@ecole.example','+33 1 23 45 67 89','','2026-11-22T14:15:34.124Z','2026-11-22T14:15:39.243Z');
CREATE TABLE organization_tag (
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    tag             TEXT NOT NULL,
    PRIMARY KEY (organization_id, position)
) WITHOUT ROWID;
INSERT INTO "organization_tag" VALUES(1,0,'housing');
INSERT INTO "organization_tag" VALUES(1,1,'renters');
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
INSERT INTO "person" VALUES(1,'Amara Okafor',1,'Chair','','','','2026-11-22T14:15:34.232Z','2026-11-22T14:15:34.232Z');
INSERT INTO "person" VALUES(2,'Jean Dupont',2,'','','','','2026-11-22T14:15:34.270Z','2026-11-22T14:15:34.270Z');
CREATE INDEX person_organization ON person(organization_id);
CREATE INDEX membership_organization ON membership(organization_id);
CREATE INDEX audit_entry_entity ON audit_entry(entity, entity_id);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('organization',3);
INSERT INTO "sqlite_sequence" VALUES('audit_entry',13);
INSERT INTO "sqlite_sequence" VALUES('person',2);
INSERT INTO "sqlite_sequence" VALUES('coalition',1);
INSERT INTO "sqlite_sequence" VALUES('membership',2);
COMMIT;
