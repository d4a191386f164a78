-- SPDX-License-Identifier: GPL-3.0-or-later
-- A workspace as Coalition Desk wrote it at file format 2 (the version-1 fixture opened,
-- migrated, and given governance records through the repositories), kept so that every
-- later migration is tested against a real version-2 file.
PRAGMA application_id = 1131367492;
PRAGMA user_version = 2;
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
INSERT INTO audit_entry VALUES(1,'2026-11-22T14:15:34.083Z','root','organization',1,NULL,NULL,'{"address":"","created_at":"2026-11-22T14:15:34.083Z","decision_making":"","email":"","id":1,"mission":"Safe homes for renters","name":"Riverside Tenants'' Union","notes":"","phone":"","sector":"community-group","tags":["housing","renters"],"updated_at":"2026-11-22T14:15:34.083Z","website":""}');
INSERT INTO audit_entry VALUES(2,'2026-11-22T14:15:34.124Z','root','organization',2,NULL,NULL,'{"address":"","created_at":"2026-11-22T14:15:34.124Z","decision_making":"","email":"info@ecole.example","id":2,"mission":"","name":"École du Parc","notes":"","phone":"","sector":"education","tags":[],"updated_at":"2026-11-22T14:15:34.124Z","website":""}');
INSERT INTO audit_entry VALUES(3,'2026-11-22T14:15:34.164Z','root','organization',3,NULL,NULL,'{"address":"","created_at":"2026-11-22T14:15:34.164Z","decision_making":"","email":"","id":3,"mission":"","name":"Closed Shop","notes":"","phone":"","sector":"business","tags":[],"updated_at":"2026-11-22T14:15:34.164Z","website":""}');
INSERT INTO audit_entry VALUES(4,'2026-11-22T14:15:34.209Z','root','organization',3,NULL,'{"address":"","created_at":"2026-11-22T14:15:34.164Z","decision_making":"","email":"","id":3,"mission":"","name":"Closed Shop","notes":"","phone":"","sector":"business","tags":[],"updated_at":"2026-11-22T14:15:34.164Z","website":""}',NULL);
INSERT INTO audit_entry VALUES(5,'2026-11-22T14:15:34.232Z','root','person',1,NULL,NULL,'{"created_at":"2026-11-22T14:15:34.232Z","email":"","id":1,"name":"Amara Okafor","notes":"","organization_id":1,"phone":"","role":"Chair","updated_at":"2026-11-22T14:15:34.232Z"}');
INSERT INTO audit_entry VALUES(6,'2026-11-22T14:15:34.270Z','root','person',2,NULL,NULL,'{"created_at":"2026-11-22T14:15:34.270Z","email":"","id":2,"name":"Jean Dupont","notes":"","organization_id":2,"phone":"","role":"","updated_at":"2026-11-22T14:15:34.270Z"}');
INSERT INTO audit_entry VALUES(7,'2026-11-22T14:15:34.300Z','root','coalition',1,NULL,NULL,'{"created_at":"2026-11-22T14:15:34.298Z","end_date":null,"finances":{"dues":"","grants":"","in_kind":""},"id":1,"lead_organization_id":1,"meetings":{"frequency":"monthly","location":"","usual_length_minutes":90},"mission":"","name":"River Wards Coalition","notes":"","purpose":"","start_date":"2025-03-01","type":"ongoing-coalition","updated_at":"2026-11-22T14:15:34.298Z","vision":""}');
INSERT INTO audit_entry VALUES(8,'2026-11-22T14:15:34.343Z','root','membership',1,NULL,NULL,'{"alternate_id":null,"barriers":["Small staff"],"coalition_id":1,"contributions":[{"description":"Organizer","kind":"staff-time","period":"monthly","value":"800.00"}],"created_at":"2026-11-22T14:15:34.343Z","dues":"120.00","dues_paid_through":"2026-02-28","history":[{"note":"","on":"2025-03-01","status":"active"}],"id":1,"interests":[{"kind":"shared","text":"Affordable housing"}],"joined_on":"2025-03-01","kind":"voting","left_on":null,"notes":"","organization_id":1,"representative_id":1,"status":"active","updated_at":"2026-11-22T14:15:34.343Z"}');
INSERT INTO audit_entry VALUES(9,'2026-11-22T14:15:34.368Z','root','membership',2,NULL,NULL,'{"alternate_id":null,"barriers":[],"coalition_id":1,"contributions":[],"created_at":"2026-11-22T14:15:34.368Z","dues":"0.00","dues_paid_through":null,"history":[{"note":"","on":"2026-11-22","status":"invited"}],"id":2,"interests":[],"joined_on":null,"kind":"ally","left_on":null,"notes":"","organization_id":2,"representative_id":null,"status":"invited","updated_at":"2026-11-22T14:15:34.368Z"}');
INSERT INTO audit_entry VALUES(10,'2026-11-22T14:15:39.217Z','root','membership',2,'history','[{"note":"","on":"2026-11-22","status":"invited"}]','[{"note":"","on":"2026-11-22","status":"invited"},{"note":"Joined after the autumn meeting","on":"2026-11-22","status":"active"}]');
INSERT INTO audit_entry VALUES(11,'2026-11-22T14:15:39.217Z','root','membership',2,'joined_on',NULL,'2026-11-22');
INSERT INTO audit_entry VALUES(12,'2026-11-22T14:15:39.217Z','root','membership',2,'status','invited','active');
INSERT INTO audit_entry VALUES(13,'2026-11-22T14:15:39.244Z','root','organization',2,'phone','','+33 1 23 45 67 89');
INSERT INTO audit_entry VALUES(14,'2026-12-02T07:04:18.589Z','root','body',1,NULL,NULL,'{"coalition_id":1,"created_at":"2026-12-02T07:04:18.588Z","id":1,"kind":"full-membership","name":"General Assembly","notes":"","purpose":"Every member organization, one vote each","seats":[],"updated_at":"2026-12-02T07:04:18.588Z"}');
INSERT INTO audit_entry VALUES(15,'2026-12-02T07:04:18.600Z','root','body',2,NULL,NULL,'{"coalition_id":1,"created_at":"2026-12-02T07:04:18.600Z","id":2,"kind":"strategic-committee","name":"Steering Committee","notes":"","purpose":"","seats":[{"membership_id":1,"role":"chair","voting":true},{"membership_id":2,"role":"member","voting":false}],"updated_at":"2026-12-02T07:04:18.600Z"}');
INSERT INTO audit_entry VALUES(16,'2026-12-02T07:04:18.612Z','root','decision_procedure',1,NULL,NULL,'{"areas":["ground-rules","budget"],"basis":"cast","body_id":1,"consensus_attempts":0,"created_at":"2026-12-02T07:04:18.612Z","delegate_body_id":null,"delegate_to_lead":false,"escalation":["discussion","mediator"],"fallback_method":"majority","id":1,"method":"supermajority","notes":"","notice_days":7,"quorum":{"count":0,"fraction":"1/2","kind":"fraction"},"reopening":{"minimum_days":90,"new_information_required":true,"threshold":"3/4"},"threshold":"2/3","updated_at":"2026-12-02T07:04:18.612Z"}');
INSERT INTO audit_entry VALUES(17,'2026-12-02T07:04:18.620Z','root','decision_procedure',2,NULL,NULL,'{"areas":[],"basis":"cast","body_id":2,"consensus_attempts":0,"created_at":"2026-12-02T07:04:18.620Z","delegate_body_id":1,"delegate_to_lead":false,"escalation":[],"fallback_method":"majority","id":2,"method":"delegated","notes":"","notice_days":0,"quorum":{"count":0,"fraction":"1/2","kind":"none"},"reopening":{"minimum_days":0,"new_information_required":false,"threshold":null},"threshold":"2/3","updated_at":"2026-12-02T07:04:18.620Z"}');
INSERT INTO audit_entry VALUES(18,'2026-12-02T07:04:18.628Z','root','meeting',1,NULL,NULL,'{"agenda":["Welcome","Media rule"],"attendance":[{"membership_id":1,"person_id":1},{"membership_id":2,"person_id":2}],"body_id":1,"created_at":"2026-12-02T07:04:18.628Z","id":1,"location":"Library hall","minutes":"Quorum reached; media rule adopted.","notes":"","scheduled_on":"2026-11-20","starts_at":"2026-12-01T18:30","updated_at":"2026-12-02T07:04:18.628Z"}');
INSERT INTO audit_entry VALUES(19,'2026-12-02T07:04:18.633Z','root','decision',1,NULL,NULL,'{"area":"ground-rules","created_at":"2026-12-02T07:04:18.632Z","failed_consensus_attempts":0,"id":1,"meeting_id":1,"notes":"","outcome":"adopted","positions":[{"membership_id":1,"position":"yes"},{"membership_id":2,"position":"abstain"}],"procedure_id":null,"reasons":["École du Parc is not a voting member of General Assembly: position ignored","1 of 1 voting members present; quorum 1/2 of the voting members (1): met","yes 1, no 0","1 of 1 votes cast = 100% >= 2/3: adopted"],"reopenings":[],"status":"adopted","text":"Only the chair speaks to the press.","title":"Adopt the media rule","updated_at":"2026-12-02T07:04:18.632Z"}');
INSERT INTO audit_entry VALUES(20,'2026-12-02T07:04:18.645Z','root','ground_rule',1,NULL,NULL,'{"adopted_by_decision_id":null,"area":"media","coalition_id":1,"created_at":"2026-12-02T07:04:18.644Z","history":[{"note":"","on":"2026-12-02","status":"agreed","text":"Members speak to journalists freely."}],"id":1,"notes":"","review_on":null,"status":"agreed","supersedes_rule_id":null,"text":"Members speak to journalists freely.","title":"Anyone may talk to the press","updated_at":"2026-12-02T07:04:18.644Z"}');
INSERT INTO audit_entry VALUES(21,'2026-12-02T07:04:18.652Z','root','ground_rule',2,NULL,NULL,'{"adopted_by_decision_id":1,"area":"media","coalition_id":1,"created_at":"2026-12-02T07:04:18.652Z","history":[{"note":"","on":"2026-12-02","status":"agreed","text":"Only the chair speaks to the press for the coalition."}],"id":2,"notes":"","review_on":"2027-12-01","status":"agreed","supersedes_rule_id":1,"text":"Only the chair speaks to the press for the coalition.","title":"The chair speaks for the coalition","updated_at":"2026-12-02T07:04:18.652Z"}');
INSERT INTO audit_entry VALUES(22,'2026-12-02T07:04:18.652Z','root','ground_rule',1,'history','[{"note":"","on":"2026-12-02","status":"agreed","text":"Members speak to journalists freely."}]','[{"note":"","on":"2026-12-02","status":"agreed","text":"Members speak to journalists freely."},{"note":"Superseded by “The chair speaks for the coalition”.","on":"2026-12-02","status":"retired","text":"Members speak to journalists freely."}]');
INSERT INTO audit_entry VALUES(23,'2026-12-02T07:04:18.652Z','root','ground_rule',1,'status','agreed','retired');
INSERT INTO audit_entry VALUES(24,'2026-12-02T07:04:18.664Z','root','ground_rule',3,NULL,NULL,'{"adopted_by_decision_id":null,"area":"confidentiality","coalition_id":1,"created_at":"2026-12-02T07:04:18.664Z","history":[{"note":"","on":"2026-12-02","status":"proposed","text":"Draft minutes are not shared outside the coalition."}],"id":3,"notes":"","review_on":null,"status":"proposed","supersedes_rule_id":null,"text":"Draft minutes are not shared outside the coalition.","title":"Minutes stay inside","updated_at":"2026-12-02T07:04:18.664Z"}');
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
INSERT INTO coalition VALUES(1,'River Wards Coalition','river wards coalition','ongoing-coalition','','','','2025-03-01',NULL,1,'monthly',90,'','','','','','2026-11-22T14:15:34.298Z','2026-11-22T14:15:34.298Z');
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
INSERT INTO membership VALUES(1,1,1,'active','voting','2025-03-01',NULL,1,NULL,12000,'2026-02-28','','2026-11-22T14:15:34.343Z','2026-11-22T14:15:34.343Z');
INSERT INTO membership VALUES(2,1,2,'active','ally','2026-11-22',NULL,NULL,NULL,0,NULL,'','2026-11-22T14:15:34.368Z','2026-11-22T14:15:39.217Z');
CREATE TABLE membership_barrier (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;
INSERT INTO membership_barrier VALUES(1,0,'Small staff');
CREATE TABLE membership_contribution (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    value_cents   INTEGER NOT NULL DEFAULT 0 CHECK (value_cents >= 0),
    period        TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;
INSERT INTO membership_contribution VALUES(1,0,'staff-time','Organizer',80000,'monthly');
CREATE TABLE membership_interest (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('shared', 'conflicting')),
    text          TEXT NOT NULL,
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;
INSERT INTO membership_interest VALUES(1,0,'shared','Affordable housing');
CREATE TABLE membership_status_change (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    status        TEXT NOT NULL,
    changed_on    TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (membership_id, position)
) WITHOUT ROWID;
INSERT INTO membership_status_change VALUES(1,0,'active','2025-03-01','');
INSERT INTO membership_status_change VALUES(2,0,'invited','2026-11-22','');
INSERT INTO membership_status_change VALUES(2,1,'active','2026-11-22','Joined after the autumn meeting');
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
INSERT INTO organization VALUES(1,'Riverside Tenants'' Union','riverside tenants'' union','community-group','Safe homes for renters','','','','','','','2026-11-22T14:15:34.083Z','2026-11-22T14:15:34.083Z');
INSERT INTO organization VALUES(2,'École du Parc','école du parc','education','','','','','info@ecole.example','+33 1 23 45 67 89','','2026-11-22T14:15:34.124Z','2026-11-22T14:15:39.243Z');
CREATE TABLE organization_tag (
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    tag             TEXT NOT NULL,
    PRIMARY KEY (organization_id, position)
) WITHOUT ROWID;
INSERT INTO organization_tag VALUES(1,0,'housing');
INSERT INTO organization_tag VALUES(1,1,'renters');
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
INSERT INTO person VALUES(1,'Amara Okafor',1,'Chair','','','','2026-11-22T14:15:34.232Z','2026-11-22T14:15:34.232Z');
INSERT INTO person VALUES(2,'Jean Dupont',2,'','','','','2026-11-22T14:15:34.270Z','2026-11-22T14:15:34.270Z');
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
INSERT INTO body VALUES(1,1,'full-membership','General Assembly','general assembly','Every member organization, one vote each','','2026-12-02T07:04:18.588Z','2026-12-02T07:04:18.588Z');
INSERT INTO body VALUES(2,1,'strategic-committee','Steering Committee','steering committee','','','2026-12-02T07:04:18.600Z','2026-12-02T07:04:18.600Z');
CREATE TABLE body_seat (
    body_id       INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    role          TEXT NOT NULL DEFAULT '',
    voting        INTEGER NOT NULL DEFAULT 1 CHECK (voting IN (0, 1)),
    PRIMARY KEY (body_id, position),
    UNIQUE (body_id, membership_id)
) WITHOUT ROWID;
INSERT INTO body_seat VALUES(2,0,1,'chair',1);
INSERT INTO body_seat VALUES(2,1,2,'member',0);
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
INSERT INTO decision_procedure VALUES(1,1,'supermajority',2,3,0,'majority',NULL,0,'cast','fraction',0,1,2,7,90,3,4,1,'','2026-12-02T07:04:18.612Z','2026-12-02T07:04:18.612Z');
INSERT INTO decision_procedure VALUES(2,2,'delegated',2,3,0,'majority',1,0,'cast','none',0,1,2,0,0,NULL,NULL,0,'','2026-12-02T07:04:18.620Z','2026-12-02T07:04:18.620Z');
CREATE TABLE procedure_area (
    procedure_id INTEGER NOT NULL REFERENCES decision_procedure(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    area         TEXT NOT NULL,
    PRIMARY KEY (procedure_id, position)
) WITHOUT ROWID;
INSERT INTO procedure_area VALUES(1,0,'ground-rules');
INSERT INTO procedure_area VALUES(1,1,'budget');
CREATE TABLE procedure_escalation (
    procedure_id INTEGER NOT NULL REFERENCES decision_procedure(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    step         TEXT NOT NULL,
    PRIMARY KEY (procedure_id, position)
) WITHOUT ROWID;
INSERT INTO procedure_escalation VALUES(1,0,'discussion');
INSERT INTO procedure_escalation VALUES(1,1,'mediator');
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
INSERT INTO meeting VALUES(1,1,'2026-12-01T18:30','2026-11-20','Library hall','Quorum reached; media rule adopted.','','2026-12-02T07:04:18.628Z','2026-12-02T07:04:18.628Z');
CREATE TABLE meeting_agenda_item (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;
INSERT INTO meeting_agenda_item VALUES(1,0,'Welcome');
INSERT INTO meeting_agenda_item VALUES(1,1,'Media rule');
CREATE TABLE meeting_attendance (
    meeting_id    INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    person_id     INTEGER REFERENCES person(id) ON DELETE SET NULL,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;
INSERT INTO meeting_attendance VALUES(1,0,1,1);
INSERT INTO meeting_attendance VALUES(1,1,2,2);
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
INSERT INTO decision VALUES(1,1,NULL,'Adopt the media rule','Only the chair speaks to the press.','ground-rules',0,'adopted','adopted','','2026-12-02T07:04:18.632Z','2026-12-02T07:04:18.632Z');
CREATE TABLE decision_position (
    decision_id   INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    position      TEXT NOT NULL,
    PRIMARY KEY (decision_id, membership_id)
) WITHOUT ROWID;
INSERT INTO decision_position VALUES(1,1,'yes');
INSERT INTO decision_position VALUES(1,2,'abstain');
CREATE TABLE decision_reason (
    decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
) WITHOUT ROWID;
INSERT INTO decision_reason VALUES(1,0,'École du Parc is not a voting member of General Assembly: position ignored');
INSERT INTO decision_reason VALUES(1,1,'1 of 1 voting members present; quorum 1/2 of the voting members (1): met');
INSERT INTO decision_reason VALUES(1,2,'yes 1, no 0');
INSERT INTO decision_reason VALUES(1,3,'1 of 1 votes cast = 100% >= 2/3: adopted');
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
INSERT INTO ground_rule VALUES(1,1,'media','Anyone may talk to the press','Members speak to journalists freely.','retired',NULL,NULL,NULL,'','2026-12-02T07:04:18.644Z','2026-12-02T07:04:18.652Z');
INSERT INTO ground_rule VALUES(2,1,'media','The chair speaks for the coalition','Only the chair speaks to the press for the coalition.','agreed',1,'2027-12-01',1,'','2026-12-02T07:04:18.652Z','2026-12-02T07:04:18.652Z');
INSERT INTO ground_rule VALUES(3,1,'confidentiality','Minutes stay inside','Draft minutes are not shared outside the coalition.','proposed',NULL,NULL,NULL,'','2026-12-02T07:04:18.664Z','2026-12-02T07:04:18.664Z');
CREATE TABLE ground_rule_revision (
    rule_id    INTEGER NOT NULL REFERENCES ground_rule(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    revised_on TEXT NOT NULL,
    status     TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (rule_id, position)
) WITHOUT ROWID;
INSERT INTO ground_rule_revision VALUES(1,0,'2026-12-02','agreed','Members speak to journalists freely.','');
INSERT INTO ground_rule_revision VALUES(1,1,'2026-12-02','retired','Members speak to journalists freely.','Superseded by “The chair speaks for the coalition”.');
INSERT INTO ground_rule_revision VALUES(2,0,'2026-12-02','agreed','Only the chair speaks to the press for the coalition.','');
INSERT INTO ground_rule_revision VALUES(3,0,'2026-12-02','proposed','Draft minutes are not shared outside the coalition.','');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('organization',3);
INSERT INTO sqlite_sequence VALUES('audit_entry',24);
INSERT INTO sqlite_sequence VALUES('person',2);
INSERT INTO sqlite_sequence VALUES('coalition',1);
INSERT INTO sqlite_sequence VALUES('membership',2);
INSERT INTO sqlite_sequence VALUES('body',2);
INSERT INTO sqlite_sequence VALUES('decision_procedure',2);
INSERT INTO sqlite_sequence VALUES('meeting',1);
INSERT INTO sqlite_sequence VALUES('decision',1);
INSERT INTO sqlite_sequence VALUES('ground_rule',3);
CREATE INDEX person_organization ON person(organization_id);
CREATE INDEX membership_organization ON membership(organization_id);
CREATE INDEX audit_entry_entity ON audit_entry(entity, entity_id);
CREATE INDEX body_seat_membership ON body_seat(membership_id);
CREATE INDEX decision_procedure_delegate ON decision_procedure(delegate_body_id);
CREATE INDEX meeting_body ON meeting(body_id, starts_at);
CREATE INDEX meeting_attendance_membership ON meeting_attendance(membership_id);
CREATE INDEX meeting_attendance_person ON meeting_attendance(person_id);
CREATE INDEX decision_meeting ON decision(meeting_id);
CREATE INDEX decision_procedure_used ON decision(procedure_id);
CREATE INDEX decision_position_membership ON decision_position(membership_id);
CREATE INDEX decision_reopening_meeting ON decision_reopening(meeting_id);
CREATE INDEX ground_rule_coalition ON ground_rule(coalition_id, area);
CREATE INDEX ground_rule_decision ON ground_rule(adopted_by_decision_id);
CREATE INDEX ground_rule_supersedes ON ground_rule(supersedes_rule_id);
COMMIT;
