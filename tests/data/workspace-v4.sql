-- SPDX-License-Identifier: GPL-3.0-or-later
-- A workspace as Coalition Desk wrote it at file format 4 (the version-3 fixture opened,
-- migrated, and given stage records through the repositories: a stage history of two
-- entries, the later one settled by a decision; three checklist answers, one of them
-- answered twice; and a relationship given in reverse order, with both sides' views and a
-- later change), kept so that every later migration is tested against a real version-4 file.
PRAGMA application_id = 1131367492;
PRAGMA user_version = 4;
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
INSERT INTO audit_entry VALUES(25,'2026-12-02T08:42:53.673Z','root','goal',1,NULL,NULL,'{"adopted_by_decision_id":1,"coalition_id":1,"confidential":false,"created_at":"2026-12-02T08:42:53.672Z","id":1,"kind":"specific","measures":["flats repaired","landlords answering"],"notes":"","status":"active","target_on":"2027-06-30","text":"","title":"Repair every damp flat","updated_at":"2026-12-02T08:42:53.672Z"}');
INSERT INTO audit_entry VALUES(26,'2026-12-02T08:42:53.684Z','root','goal',2,NULL,NULL,'{"adopted_by_decision_id":null,"coalition_id":1,"confidential":true,"created_at":"2026-12-02T08:42:53.684Z","id":2,"kind":"universal","measures":[],"notes":"","status":"proposed","target_on":null,"text":"","title":"Broaden the membership","updated_at":"2026-12-02T08:42:53.684Z"}');
INSERT INTO audit_entry VALUES(27,'2026-12-02T08:42:53.692Z','root','action_group',1,NULL,NULL,'{"body_id":null,"cadence":"monthly","coalition_id":1,"confidential":false,"convener_id":1,"created_at":"2026-12-02T08:42:53.692Z","goal_ids":[1,2],"id":1,"membership_ids":[1,2],"name":"Housing Action","notes":"","person_ids":[1],"purpose":"","started_on":"2026-09-01","updated_at":"2026-12-02T08:42:53.692Z"}');
INSERT INTO audit_entry VALUES(28,'2026-12-02T08:42:53.708Z','root','action_plan',1,NULL,NULL,'{"adopted_by_decision_id":1,"budget":[{"amount":"450.00","funded_by_id":2,"item":"Printing","secured":true,"source":""},{"amount":"1200.00","funded_by_id":null,"item":"Hall hire","secured":false,"source":"Ward fund"}],"confidential":false,"created_at":"2026-12-02T08:42:53.708Z","criteria":["Half the blocks surveyed"],"due_on":"2027-03-31","goal_id":1,"group_id":1,"id":1,"lead_membership_id":1,"notes":"","staffing":[{"covered_by_id":1,"hours_per_month":40,"role":"Organizer","sought_outside":false},{"covered_by_id":null,"hours_per_month":20,"role":"Surveyor","sought_outside":true}],"start_on":"2026-10-01","title":"Damp survey","updated_at":"2026-12-02T08:42:53.708Z"}');
INSERT INTO audit_entry VALUES(29,'2026-12-02T08:42:53.716Z','root','task',1,NULL,NULL,'{"confidential":false,"created_at":"2026-12-02T08:42:53.716Z","done_on":null,"due_on":"2026-10-20","id":1,"notes":"","plan_id":1,"responsible_id":2,"start_on":"2026-10-01","status":"not-started","title":"Print the forms","updated_at":"2026-12-02T08:42:53.716Z"}');
INSERT INTO audit_entry VALUES(30,'2026-12-02T08:42:53.724Z','root','task',1,'done_on',NULL,'2026-10-18');
INSERT INTO audit_entry VALUES(31,'2026-12-02T08:42:53.724Z','root','task',1,'status','not-started','done');
INSERT INTO audit_entry VALUES(32,'2026-12-02T08:42:53.728Z','root','task',2,NULL,NULL,'{"confidential":false,"created_at":"2026-12-02T08:42:53.728Z","done_on":null,"due_on":"2026-11-15","id":2,"notes":"","plan_id":1,"responsible_id":1,"start_on":"2026-10-01","status":"in-progress","title":"Survey the towers","updated_at":"2026-12-02T08:42:53.728Z"}');
INSERT INTO audit_entry VALUES(33,'2026-12-02T08:42:53.736Z','root','progress_report',1,NULL,NULL,'{"author_id":1,"confidential":false,"created_at":"2026-12-02T08:42:53.736Z","group_id":1,"id":1,"period":"2026-10","received_on":"2026-11-03","text":"Forms printed, towers started.","updated_at":"2026-12-02T08:42:53.736Z"}');
INSERT INTO audit_entry VALUES(34,'2026-12-02T08:42:53.744Z','root','success',1,NULL,NULL,'{"achieved_on":"2026-11-10","coalition_id":1,"confidential":false,"created_at":"2026-12-02T08:42:53.744Z","credited":[1,2],"goal_id":1,"group_id":1,"id":1,"notes":"","text":"","title":"Council inspects the towers","updated_at":"2026-12-02T08:42:53.744Z"}');
INSERT INTO audit_entry VALUES(35,'2026-12-02T08:42:53.756Z','root','evaluation',1,NULL,NULL,'{"activity":"Tenant meeting","coalition_id":1,"confidential":false,"created_at":"2026-12-02T08:42:53.756Z","evaluated_on":"2026-11-12","findings":"Most found it useful.","group_id":1,"id":1,"method":"satisfaction-survey","notes":"","plan_id":1,"score":78,"updated_at":"2026-12-02T08:42:53.756Z"}');
INSERT INTO audit_entry VALUES(36,'2026-12-02T08:42:53.764Z','root','conflict',1,NULL,NULL,'{"coalition_id":1,"confidential":true,"created_at":"2026-12-02T08:42:53.764Z","id":1,"notes":"","parties":[1,2],"raised_on":"2026-11-14","resolution":"","resolved_on":null,"status":"open","step":"mediator","subject":"Who speaks to the press","updated_at":"2026-12-02T08:42:53.764Z"}');
INSERT INTO audit_entry VALUES(37,'2026-12-02T10:42:58.125Z','root','stage_change',1,NULL,NULL,'{"coalition_id":1,"created_at":"2026-12-02T10:42:58.124Z","decision_id":null,"id":1,"on":"2025-03-01","rationale":"Two organizations are exploring a joint response to rising rents.","stage":"pre-formation","updated_at":"2026-12-02T10:42:58.124Z"}');
INSERT INTO audit_entry VALUES(38,'2026-12-02T10:42:58.132Z','root','stage_change',2,NULL,NULL,'{"coalition_id":1,"created_at":"2026-12-02T10:42:58.132Z","decision_id":1,"id":2,"on":"2026-12-01","rationale":"The assembly met, agreed how it decides and adopted its media rule.","stage":"formation","updated_at":"2026-12-02T10:42:58.132Z"}');
INSERT INTO audit_entry VALUES(39,'2026-12-02T10:42:58.144Z','root','checklist_answer',1,NULL,NULL,'{"answered_on":"2025-03-01","coalition_id":1,"created_at":"2026-12-02T10:42:58.144Z","id":1,"item":"complex-issue","note":"Rents, repairs and school moves are tangled together.","updated_at":"2026-12-02T10:42:58.144Z","value":"yes"}');
INSERT INTO audit_entry VALUES(40,'2026-12-02T10:42:58.148Z','root','checklist_answer',2,NULL,NULL,'{"answered_on":"2025-03-01","coalition_id":1,"created_at":"2026-12-02T10:42:58.148Z","id":2,"item":"real-commitment","note":"","updated_at":"2026-12-02T10:42:58.148Z","value":"no"}');
INSERT INTO audit_entry VALUES(41,'2026-12-02T10:42:58.160Z','root','checklist_answer',2,'answered_on','2025-03-01','2026-12-01');
INSERT INTO audit_entry VALUES(42,'2026-12-02T10:42:58.160Z','root','checklist_answer',2,'note','','Both members now pay dues.');
INSERT INTO audit_entry VALUES(43,'2026-12-02T10:42:58.160Z','root','checklist_answer',2,'value','no','yes');
INSERT INTO audit_entry VALUES(44,'2026-12-02T10:42:58.168Z','root','checklist_answer',3,NULL,NULL,'{"answered_on":null,"coalition_id":1,"created_at":"2026-12-02T10:42:58.168Z","id":3,"item":"service-gap","note":"Ask the city housing office.","updated_at":"2026-12-02T10:42:58.168Z","value":"unanswered"}');
INSERT INTO audit_entry VALUES(45,'2026-12-02T10:42:58.169Z','root','relationship',1,NULL,NULL,'{"created_at":"2026-12-02T10:42:58.169Z","first_id":1,"history":[{"level":"cooperating","note":"","on":"2025-06-01","side_id":null,"trust":"more"},{"level":"cooperating","note":"","on":"2025-06-01","side_id":2,"trust":"some"},{"level":"collaborating","note":"Our closest partner","on":"2025-09-01","side_id":1,"trust":"high"}],"id":1,"level":"cooperating","notes":"The school lends its hall for tenant meetings.","second_id":2,"since":"2025-06-01","trust":"more","updated_at":"2026-12-02T10:42:58.169Z","views":[{"level":"collaborating","note":"Our closest partner","on":"2025-09-01","organization_id":1,"trust":"high"},{"level":"cooperating","note":"","on":null,"organization_id":2,"trust":"some"}]}');
INSERT INTO audit_entry VALUES(46,'2026-12-02T10:42:58.180Z','root','relationship',1,'history','[{"level":"cooperating","note":"","on":"2025-06-01","side_id":null,"trust":"more"},{"level":"cooperating","note":"","on":"2025-06-01","side_id":2,"trust":"some"},{"level":"collaborating","note":"Our closest partner","on":"2025-09-01","side_id":1,"trust":"high"}]','[{"level":"cooperating","note":"","on":"2025-06-01","side_id":null,"trust":"more"},{"level":"cooperating","note":"","on":"2025-06-01","side_id":2,"trust":"some"},{"level":"collaborating","note":"Our closest partner","on":"2025-09-01","side_id":1,"trust":"high"},{"level":"collaborating","note":"Joint homework club opened","on":"2026-11-15","side_id":null,"trust":"more"},{"level":"cooperating","note":"Joint homework club opened","on":"2026-11-15","side_id":2,"trust":"more"}]');
INSERT INTO audit_entry VALUES(47,'2026-12-02T10:42:58.180Z','root','relationship',1,'level','cooperating','collaborating');
INSERT INTO audit_entry VALUES(48,'2026-12-02T10:42:58.180Z','root','relationship',1,'views','[{"level":"collaborating","note":"Our closest partner","on":"2025-09-01","organization_id":1,"trust":"high"},{"level":"cooperating","note":"","on":null,"organization_id":2,"trust":"some"}]','[{"level":"collaborating","note":"Our closest partner","on":"2025-09-01","organization_id":1,"trust":"high"},{"level":"cooperating","note":"","on":null,"organization_id":2,"trust":"more"}]');
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
CREATE TABLE goal (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id           INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    kind                   TEXT NOT NULL,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    text                   TEXT NOT NULL DEFAULT '',
    target_on              TEXT,
    status                 TEXT NOT NULL,
    adopted_by_decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL,
    confidential           INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
INSERT INTO goal VALUES(1,1,'specific','Repair every damp flat','','2027-06-30','active',1,0,'','2026-12-02T08:42:53.672Z','2026-12-02T08:42:53.672Z');
INSERT INTO goal VALUES(2,1,'universal','Broaden the membership','',NULL,'proposed',NULL,1,'','2026-12-02T08:42:53.684Z','2026-12-02T08:42:53.684Z');
CREATE TABLE goal_measure (
    goal_id  INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (goal_id, position)
) WITHOUT ROWID;
INSERT INTO goal_measure VALUES(1,0,'flats repaired');
INSERT INTO goal_measure VALUES(1,1,'landlords answering');
CREATE TABLE action_group (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key     TEXT NOT NULL,
    purpose      TEXT NOT NULL DEFAULT '',
    convener_id  INTEGER REFERENCES person(id) ON DELETE SET NULL,
    body_id      INTEGER REFERENCES body(id) ON DELETE SET NULL,
    cadence      TEXT NOT NULL,
    started_on   TEXT,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (coalition_id, name_key)
);
INSERT INTO action_group VALUES(1,1,'Housing Action','housing action','',1,NULL,'monthly','2026-09-01',0,'','2026-12-02T08:42:53.692Z','2026-12-02T08:42:53.692Z');
CREATE TABLE action_group_member (
    group_id      INTEGER NOT NULL REFERENCES action_group(id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, membership_id)
) WITHOUT ROWID;
INSERT INTO action_group_member VALUES(1,1);
INSERT INTO action_group_member VALUES(1,2);
CREATE TABLE action_group_person (
    group_id  INTEGER NOT NULL REFERENCES action_group(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;
INSERT INTO action_group_person VALUES(1,1);
CREATE TABLE action_group_goal (
    group_id INTEGER NOT NULL REFERENCES action_group(id) ON DELETE CASCADE,
    goal_id  INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, goal_id)
) WITHOUT ROWID;
INSERT INTO action_group_goal VALUES(1,1);
INSERT INTO action_group_goal VALUES(1,2);
CREATE TABLE action_plan (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id                INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    group_id               INTEGER NOT NULL REFERENCES action_group(id) ON DELETE CASCADE,
    lead_membership_id     INTEGER REFERENCES membership(id) ON DELETE SET NULL,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_on               TEXT,
    due_on                 TEXT,
    adopted_by_decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL,
    confidential           INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    CHECK (due_on IS NULL OR start_on IS NULL OR due_on >= start_on)
);
INSERT INTO action_plan VALUES(1,1,1,1,'Damp survey','2026-10-01','2027-03-31',1,0,'','2026-12-02T08:42:53.708Z','2026-12-02T08:42:53.708Z');
CREATE TABLE action_plan_criterion (
    plan_id  INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;
INSERT INTO action_plan_criterion VALUES(1,0,'Half the blocks surveyed');
CREATE TABLE action_plan_budget_line (
    plan_id       INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    item          TEXT NOT NULL,
    amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
    funded_by_id  INTEGER REFERENCES membership(id) ON DELETE SET NULL,
    source        TEXT NOT NULL DEFAULT '',
    secured       INTEGER NOT NULL DEFAULT 0 CHECK (secured IN (0, 1)),
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;
INSERT INTO action_plan_budget_line VALUES(1,0,'Printing',45000,2,'',1);
INSERT INTO action_plan_budget_line VALUES(1,1,'Hall hire',120000,NULL,'Ward fund',0);
CREATE TABLE action_plan_staffing (
    plan_id         INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    role            TEXT NOT NULL,
    hours_per_month INTEGER NOT NULL CHECK (hours_per_month >= 0),
    covered_by_id   INTEGER REFERENCES membership(id) ON DELETE SET NULL,
    sought_outside  INTEGER NOT NULL DEFAULT 0 CHECK (sought_outside IN (0, 1)),
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;
INSERT INTO action_plan_staffing VALUES(1,0,'Organizer',40,1,0);
INSERT INTO action_plan_staffing VALUES(1,1,'Surveyor',20,NULL,1);
CREATE TABLE task (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id        INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    responsible_id INTEGER REFERENCES membership(id) ON DELETE SET NULL,
    start_on       TEXT,
    due_on         TEXT,
    done_on        TEXT,
    status         TEXT NOT NULL,
    confidential   INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (due_on IS NULL OR start_on IS NULL OR due_on >= start_on)
);
INSERT INTO task VALUES(1,1,'Print the forms',2,'2026-10-01','2026-10-20','2026-10-18','done',0,'','2026-12-02T08:42:53.716Z','2026-12-02T08:42:53.724Z');
INSERT INTO task VALUES(2,1,'Survey the towers',1,'2026-10-01','2026-11-15',NULL,'in-progress',0,'','2026-12-02T08:42:53.728Z','2026-12-02T08:42:53.728Z');
CREATE TABLE progress_report (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id     INTEGER NOT NULL REFERENCES action_group(id) ON DELETE CASCADE,
    period       TEXT NOT NULL,
    author_id    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    text         TEXT NOT NULL DEFAULT '',
    received_on  TEXT,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
INSERT INTO progress_report VALUES(1,1,'2026-10',1,'Forms printed, towers started.','2026-11-03',0,'2026-12-02T08:42:53.736Z','2026-12-02T08:42:53.736Z');
CREATE TABLE success (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    text         TEXT NOT NULL DEFAULT '',
    achieved_on  TEXT,
    group_id     INTEGER REFERENCES action_group(id) ON DELETE SET NULL,
    goal_id      INTEGER REFERENCES goal(id) ON DELETE SET NULL,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
INSERT INTO success VALUES(1,1,'Council inspects the towers','','2026-11-10',1,1,0,'','2026-12-02T08:42:53.744Z','2026-12-02T08:42:53.744Z');
CREATE TABLE success_credit (
    success_id    INTEGER NOT NULL REFERENCES success(id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    PRIMARY KEY (success_id, membership_id)
) WITHOUT ROWID;
INSERT INTO success_credit VALUES(1,1);
INSERT INTO success_credit VALUES(1,2);
CREATE TABLE evaluation (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    activity     TEXT NOT NULL CHECK (length(trim(activity)) > 0),
    evaluated_on TEXT,
    method       TEXT NOT NULL,
    findings     TEXT NOT NULL DEFAULT '',
    score        INTEGER CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    group_id     INTEGER REFERENCES action_group(id) ON DELETE SET NULL,
    plan_id      INTEGER REFERENCES action_plan(id) ON DELETE SET NULL,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
INSERT INTO evaluation VALUES(1,1,'Tenant meeting','2026-11-12','satisfaction-survey','Most found it useful.',78,1,1,0,'','2026-12-02T08:42:53.756Z','2026-12-02T08:42:53.756Z');
CREATE TABLE conflict (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
    subject      TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    raised_on    TEXT,
    status       TEXT NOT NULL,
    step         TEXT NOT NULL,
    resolution   TEXT NOT NULL DEFAULT '',
    resolved_on  TEXT,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
INSERT INTO "conflict" VALUES(1,1,'Who speaks to the press','2026-11-14','open','mediator','',NULL,1,'','2026-12-02T08:42:53.764Z','2026-12-02T08:42:53.764Z');
CREATE TABLE conflict_party (
    conflict_id   INTEGER NOT NULL REFERENCES conflict(id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    PRIMARY KEY (conflict_id, membership_id)
) WITHOUT ROWID;
INSERT INTO conflict_party VALUES(1,1);
INSERT INTO conflict_party VALUES(1,2);
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
INSERT INTO stage_change VALUES(1,1,'pre-formation','2025-03-01','Two organizations are exploring a joint response to rising rents.',NULL,'2026-12-02T10:42:58.124Z','2026-12-02T10:42:58.124Z');
INSERT INTO stage_change VALUES(2,1,'formation','2026-12-01','The assembly met, agreed how it decides and adopted its media rule.',1,'2026-12-02T10:42:58.132Z','2026-12-02T10:42:58.132Z');
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
INSERT INTO checklist_answer VALUES(1,1,'complex-issue','yes','Rents, repairs and school moves are tangled together.','2025-03-01','2026-12-02T10:42:58.144Z','2026-12-02T10:42:58.144Z');
INSERT INTO checklist_answer VALUES(2,1,'real-commitment','yes','Both members now pay dues.','2026-12-01','2026-12-02T10:42:58.148Z','2026-12-02T10:42:58.160Z');
INSERT INTO checklist_answer VALUES(3,1,'service-gap','unanswered','Ask the city housing office.',NULL,'2026-12-02T10:42:58.168Z','2026-12-02T10:42:58.168Z');
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
INSERT INTO relationship VALUES(1,1,2,'collaborating','more','2025-06-01','The school lends its hall for tenant meetings.','2026-12-02T10:42:58.169Z','2026-12-02T10:42:58.180Z');
CREATE TABLE relationship_view (
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    level           TEXT NOT NULL,
    trust           TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    on_date         TEXT,
    PRIMARY KEY (relationship_id, organization_id)
) WITHOUT ROWID;
INSERT INTO relationship_view VALUES(1,1,'collaborating','high','Our closest partner','2025-09-01');
INSERT INTO relationship_view VALUES(1,2,'cooperating','more','',NULL);
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
INSERT INTO relationship_change VALUES(1,0,'2025-06-01',NULL,'cooperating','more','');
INSERT INTO relationship_change VALUES(1,1,'2025-06-01',2,'cooperating','some','');
INSERT INTO relationship_change VALUES(1,2,'2025-09-01',1,'collaborating','high','Our closest partner');
INSERT INTO relationship_change VALUES(1,3,'2026-11-15',NULL,'collaborating','more','Joint homework club opened');
INSERT INTO relationship_change VALUES(1,4,'2026-11-15',2,'cooperating','more','Joint homework club opened');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('organization',3);
INSERT INTO sqlite_sequence VALUES('audit_entry',48);
INSERT INTO sqlite_sequence VALUES('person',2);
INSERT INTO sqlite_sequence VALUES('coalition',1);
INSERT INTO sqlite_sequence VALUES('membership',2);
INSERT INTO sqlite_sequence VALUES('body',2);
INSERT INTO sqlite_sequence VALUES('decision_procedure',2);
INSERT INTO sqlite_sequence VALUES('meeting',1);
INSERT INTO sqlite_sequence VALUES('decision',1);
INSERT INTO sqlite_sequence VALUES('ground_rule',3);
INSERT INTO sqlite_sequence VALUES('goal',2);
INSERT INTO sqlite_sequence VALUES('action_group',1);
INSERT INTO sqlite_sequence VALUES('action_plan',1);
INSERT INTO sqlite_sequence VALUES('task',2);
INSERT INTO sqlite_sequence VALUES('progress_report',1);
INSERT INTO sqlite_sequence VALUES('success',1);
INSERT INTO sqlite_sequence VALUES('evaluation',1);
INSERT INTO sqlite_sequence VALUES('conflict',1);
INSERT INTO sqlite_sequence VALUES('stage_change',2);
INSERT INTO sqlite_sequence VALUES('checklist_answer',3);
INSERT INTO sqlite_sequence VALUES('relationship',1);
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
CREATE INDEX goal_coalition ON goal(coalition_id);
CREATE INDEX goal_decision ON goal(adopted_by_decision_id);
CREATE INDEX action_group_convener ON action_group(convener_id);
CREATE INDEX action_group_body ON action_group(body_id);
CREATE INDEX action_group_member_membership ON action_group_member(membership_id);
CREATE INDEX action_group_person_person ON action_group_person(person_id);
CREATE INDEX action_group_goal_goal ON action_group_goal(goal_id);
CREATE INDEX action_plan_goal ON action_plan(goal_id);
CREATE INDEX action_plan_group ON action_plan(group_id);
CREATE INDEX action_plan_lead ON action_plan(lead_membership_id);
CREATE INDEX action_plan_decision ON action_plan(adopted_by_decision_id);
CREATE INDEX action_plan_budget_line_funder ON action_plan_budget_line(funded_by_id);
CREATE INDEX action_plan_staffing_cover ON action_plan_staffing(covered_by_id);
CREATE INDEX task_plan ON task(plan_id, due_on);
CREATE INDEX task_responsible ON task(responsible_id);
CREATE INDEX progress_report_group ON progress_report(group_id, period);
CREATE INDEX progress_report_author ON progress_report(author_id);
CREATE INDEX success_coalition ON success(coalition_id, achieved_on);
CREATE INDEX success_group ON success(group_id);
CREATE INDEX success_goal ON success(goal_id);
CREATE INDEX success_credit_membership ON success_credit(membership_id);
CREATE INDEX evaluation_coalition ON evaluation(coalition_id, evaluated_on);
CREATE INDEX evaluation_group ON evaluation(group_id);
CREATE INDEX evaluation_plan ON evaluation(plan_id);
CREATE INDEX conflict_coalition ON conflict(coalition_id, raised_on);
CREATE INDEX conflict_party_membership ON conflict_party(membership_id);
CREATE INDEX stage_change_coalition ON stage_change(coalition_id, on_date);
CREATE INDEX stage_change_decision ON stage_change(decision_id);
CREATE INDEX relationship_second ON relationship(second_id);
CREATE INDEX relationship_view_organization ON relationship_view(organization_id);
CREATE INDEX relationship_change_side ON relationship_change(side_id);
COMMIT;
