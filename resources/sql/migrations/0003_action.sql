-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: action. Goals, action groups with their members and the
-- goals they serve, action plans with budget lines, staffing needs and
-- evaluation criteria, tasks, progress reports, successes with the members
-- they credit, evaluations and conflicts. Every record has a confidential
-- flag. Money in whole cents; periods as "YYYY-MM" or "YYYY-Qn".

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
CREATE INDEX goal_coalition ON goal(coalition_id);
CREATE INDEX goal_decision ON goal(adopted_by_decision_id);

CREATE TABLE goal_measure (
    goal_id  INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (goal_id, position)
) WITHOUT ROWID;

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
CREATE INDEX action_group_convener ON action_group(convener_id);
CREATE INDEX action_group_body ON action_group(body_id);

CREATE TABLE action_group_member (
    group_id      INTEGER NOT NULL REFERENCES action_group(id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, membership_id)
) WITHOUT ROWID;
CREATE INDEX action_group_member_membership ON action_group_member(membership_id);

CREATE TABLE action_group_person (
    group_id  INTEGER NOT NULL REFERENCES action_group(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;
CREATE INDEX action_group_person_person ON action_group_person(person_id);

CREATE TABLE action_group_goal (
    group_id INTEGER NOT NULL REFERENCES action_group(id) ON DELETE CASCADE,
    goal_id  INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX action_group_goal_goal ON action_group_goal(goal_id);

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
CREATE INDEX action_plan_goal ON action_plan(goal_id);
CREATE INDEX action_plan_group ON action_plan(group_id);
CREATE INDEX action_plan_lead ON action_plan(lead_membership_id);
CREATE INDEX action_plan_decision ON action_plan(adopted_by_decision_id);

CREATE TABLE action_plan_criterion (
    plan_id  INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;

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
CREATE INDEX action_plan_budget_line_funder ON action_plan_budget_line(funded_by_id);

CREATE TABLE action_plan_staffing (
    plan_id         INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    role            TEXT NOT NULL,
    hours_per_month INTEGER NOT NULL CHECK (hours_per_month >= 0),
    covered_by_id   INTEGER REFERENCES membership(id) ON DELETE SET NULL,
    sought_outside  INTEGER NOT NULL DEFAULT 0 CHECK (sought_outside IN (0, 1)),
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;
CREATE INDEX action_plan_staffing_cover ON action_plan_staffing(covered_by_id);

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
CREATE INDEX task_plan ON task(plan_id, due_on);
CREATE INDEX task_responsible ON task(responsible_id);

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
CREATE INDEX progress_report_group ON progress_report(group_id, period);
CREATE INDEX progress_report_author ON progress_report(author_id);

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
CREATE INDEX success_coalition ON success(coalition_id, achieved_on);
CREATE INDEX success_group ON success(group_id);
CREATE INDEX success_goal ON success(goal_id);

CREATE TABLE success_credit (
    success_id    INTEGER NOT NULL REFERENCES success(id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    PRIMARY KEY (success_id, membership_id)
) WITHOUT ROWID;
CREATE INDEX success_credit_membership ON success_credit(membership_id);

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
CREATE INDEX evaluation_coalition ON evaluation(coalition_id, evaluated_on);
CREATE INDEX evaluation_group ON evaluation(group_id);
CREATE INDEX evaluation_plan ON evaluation(plan_id);

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
CREATE INDEX conflict_coalition ON conflict(coalition_id, raised_on);

CREATE TABLE conflict_party (
    conflict_id   INTEGER NOT NULL REFERENCES conflict(id) ON DELETE CASCADE,
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    PRIMARY KEY (conflict_id, membership_id)
) WITHOUT ROWID;
CREATE INDEX conflict_party_membership ON conflict_party(membership_id);
