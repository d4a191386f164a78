<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Coalition</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Coalition Desk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Coalition Desk workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or unreadable and was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Coalition Desk workspace; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Coalition Desk (file format %2; this version reads up to %3). Update Coalition Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was left untouched; open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ActionGroupRepository</name>
    <message>
        <source>%1 already has an action group named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot convene the group: they are not one of the people of a member organization of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no goal with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “%1” belongs to another coalition; a group of %2 serves its own goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no body with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body “%1” belongs to another coalition, not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ActionPlanRepository</name>
    <message>
        <source>There is no goal with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action group with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action group “%1” belongs to another coalition; a plan for a goal of %2 is carried out by one of its own groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ActionReferences</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so it cannot take part in its action work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision “%1” was taken in another coalition; a record of %2 is adopted by one of its own decisions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::BodyRepository</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a body named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full membership has no seats of its own: every active voting member sits on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has its full membership (“%2”); a coalition has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so it cannot sit on one of its bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ChecklistRepository</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an answer to “%2” already: change that answer instead of adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Cli</name>
    <message>
        <source>Several records match “%1” (numbers %2); give the number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 numbered %2 belongs to another coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find the %1 “%2” by its name, name its coalition with --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is called “%2” in that coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COALITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it confidential: lists, reports and exports leave it out unless asked to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the confidential mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include confidential records (they are left out and counted otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day lateness and missing reports are judged on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --confidential or --not-confidential, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confidential records not shown (add --include-confidential to see them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncovered %1 h/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (unique in the coalition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the body is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a body to a coalition: its full membership, a committee or an action group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body add needs --coalition, --kind and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added body %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a coalition&apos;s bodies with their seats, their voting members today and whether a decision procedure is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member organization (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its role on the body (chair, secretary ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat has no vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat has a vote (the default for a new seat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the organization&apos;s seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a member organization a seat on a body, changes its seat, or removes it. A body named by name needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body seat needs one body (number or name) and --org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --voting or --non-voting, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove takes no --role, --voting or --non-voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no seat on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the seat of %1 from %2. Seats taken: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sits on %2 (%3%4). Seats taken: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a body (committee, action group ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a coalition&apos;s bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat a member on a body, or unseat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s id (see “checklist list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer: yes, no or unanswered (to withdraw one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note with the answer: what it rests on. Without it, an earlier answer&apos;s note stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the answer (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the coordinator&apos;s answer to one checklist question of the stage assessment, replacing an earlier answer to it. A yes meets the criterion, a no does not, and unanswered leaves it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist answer needs --coalition, --item and --answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown checklist item “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered “%1” (%2) for %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every checklist question of the stage assessment, stage by stage, with the coalition&apos;s answer, its note and its day; questions not answered yet are shown as unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist of %1: %2 of %3 questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a checklist question of the stage assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the checklist questions with their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (default: the COALITION_DB environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see coalition-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coalition-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: “%1” is not a format; use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace given: add --db FILE or set COALITION_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coalition is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person is named “%1”%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in that organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people are named “%1” (numbers %2); give the number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 “%2”; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (unique in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the coalition exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The future it works towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date (required for a campaign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organization (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: no lead organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often it meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual meeting length in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it usually meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dues are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants that fund it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-kind support it receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting-length: give a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coalition add needs --name and --type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added coalition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition&apos;s number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a coalition; the others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coalition edit needs one coalition (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated coalition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the coalitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coalition show needs one coalition (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List coalitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the disagreement is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member organization party to it; repeat for several. On edit, replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was raised (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation step: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was settled (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a conflict between members of a coalition, open and at the discussion step unless --step says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict add needs --coalition and --subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added conflict %1: %2 (%3, step: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict&apos;s number or subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a conflict; the others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict edit needs one conflict (number or subject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated conflict %1: %2 (%3, step: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was escalated, noted on the conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves an open conflict one step up the ladder: discussion, mediator, arbitrator, panel. A conflict before the panel goes no further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict escalate needs one conflict (number or subject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1, “%2”, moved from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was settled (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties withdrew it rather than settled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes a conflict: resolved, or withdrawn with --withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict resolve needs --resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict resolve needs one conflict (number or subject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1, “%2”, %3 on %4 at the %5 step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a coalition&apos;s conflicts with their parties, status and step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a conflict between members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List conflicts with their status and step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a conflict one step up the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a conflict: resolved or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition (number or name), to name the decision by title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--position “%1”: write ORG=POSITION, such as “Eastgate Food Bank=yes”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting where it is taken (number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEETING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about: %1 (default: other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide under the procedure of this body (number or name) instead of the meeting&apos;s body&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BODY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts at consensus that failed before this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a proposal to the body at one of its meetings. Record the positions with decision vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision add needs --meeting and --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decision procedure to decide under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added decision %1: %2 (meeting %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member organization&apos;s position as ORG=POSITION; repeat for each. Positions: %1 (absent removes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG=POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s number or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records member organizations&apos; positions on a decision, one vote per organization, and prints the new outcome with its reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision vote needs at least one --position ORG=POSITION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision vote needs one decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a decision: each member&apos;s position, the outcome with its reasons, the status, the reopen history and the ground rules it adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision show needs one decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at meeting %1, %2; about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts at consensus before this round: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 votes cast to reopen; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted ground rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it was reopened (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting that reopened it (number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is looked at again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new information brought, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for reopening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cast on reopening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopens an adopted decision, with the vote to reopen it. The reopening is recorded even when it does not meet the procedure&apos;s conditions; those are then reported as a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision reopen needs --reason, --votes-for and --votes-cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--votes-for (%1) cannot be more than --votes-cast (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision reopen needs one decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened decision %1, “%2”, on %3: %4 of %5 votes cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reopening meets the conditions of the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision procedure applies, so no conditions for reopening were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a proposal to a body at a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record positions; print the outcome and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a decision, its outcome and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen an adopted decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: specific (to the mission&apos;s issues) or universal (true of any mission, such as broadening membership).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How progress is measured; repeat for several. On edit, replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision that adopted it (number or title; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a goal to a coalition: specific unless --kind universal, proposed unless --status says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal add needs --coalition and --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added goal %1: %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s number or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a goal; the others stay. A goal named by title needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal edit needs one goal (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated goal %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only goals with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a coalition&apos;s goals with the number of plans serving each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a goal with its measures, the groups that serve it and its plans with their state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal show needs one goal (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1, “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plan serves this goal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (as of %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal to a coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a coalition&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a goal with its plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several records are titled “%1” (numbers %2); give the number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: consensus. A proposal passes when every voting member present agrees or stands aside; one block stops it. Stand-asides are recorded but do not stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supermajority of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Method: consensus first. After %n failed attempts at consensus the body votes, and then %1 of the basis is needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Method: simple majority. A proposal passes when more than half of the basis votes yes; a tie fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: supermajority of %1. A proposal passes when at least %1 of the basis votes yes (exactly %1 is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: unanimity. A proposal passes only when no one votes no and everyone counted in the basis votes yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: delegated to the coalition&apos;s lead organization, which decides alone (%1 has no lead organization at present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: delegated to the lead organization, %1, which decides alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: delegated. %1 takes the decisions of %2, under its own procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: delegated, but no delegate is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted against: the votes cast (yes and no); abstentions and stand-asides are not votes cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted against: the voting members present, so an abstention weighs like a no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counted against: all %n voting members, present or not.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum: none; the body may decide with any number of its members present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quorum: at least %1 of the %n voting members must be present.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum: more than half of the %n voting members must be present (%1 or more).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum: at least %1 of the %n voting members must be present (%2 or more).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>May settle alone: any matter, as the full membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May settle alone: no area is listed, so the procedural checks report each decision it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May settle alone: %1. A decision about anything else is reported by the procedural checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: no ladder is set for a disagreement that persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: a disagreement that persists goes to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n days after the meeting that adopted it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by at least %1 of the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a majority of the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and only with new information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with or without new information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening: an adopted decision may be reopened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body %1 (“%2”) belongs to another coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find the body “%1” by name, name its coalition with --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body is named “%1” in that coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of that coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rule %1 belongs to another coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find the ground rule “%1” by title, name its coalition with --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground rule is titled “%1” in that coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a meeting number; meeting list shows the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 belongs to another coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find the decision “%1” by title, name its coalition with --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision is titled “%1” in that coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a fraction above 0 and at most 1; write it as N/D, such as 2/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number of at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date and time; write “YYYY-MM-DD HH:MM”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Voting: one vote per voting member organization, however many of its people attend; %n voting members today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notice: a meeting must be called at least %n days before it may decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notice: none is required; a meeting may decide however late it was called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1 (status: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The convener, a person of a member organization (number or name; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member organization taking part; repeat for several. On edit, replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person taking part; repeat for several. On edit, replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal the group serves (number or title); repeat for several. On edit, replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governance body that is this group (number or name; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often it reports: none, monthly or quarterly (default: monthly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CADENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it started; reports are owed from the period holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an action group to a coalition. It reports monthly unless --cadence says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group add needs --coalition and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added action group %1: %2 (reports: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of an action group; the others stay. A group named by name needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group edit needs one group (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated action group %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a coalition&apos;s action groups with their convener, members, plans and the reports they owe and have not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an action group with its members and goals, the state of its plans (late tasks, unfunded budget, uncovered staffing) and the progress reports it owes and has not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group show needs one group (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports: none are owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports received: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing reports: %1 (%2 owed up to %3 and not received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a coalition&apos;s action groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a group, its plans&apos; state and missing reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coalition-cli COMMAND [SUBCOMMAND] [ARGUMENTS] [--db FILE]

Works on a Coalition Desk workspace file. --db may appear anywhere on the line;
without it the COALITION_DB environment variable names the file. Every command
accepts --help.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coalition-cli %1 SUBCOMMAND [ARGUMENTS] [--db FILE]

Subcommands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see coalition-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1” (see coalition-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a subcommand: %2 (see coalition-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no subcommand “%2” (see coalition-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that meets (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts, local time: “YYYY-MM-DD HH:MM”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the meeting was called (notice given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item; repeat for several, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a meeting of a body. A body named by name needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting add needs --body and --at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added meeting %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the meetings of this body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the meetings of a coalition&apos;s bodies, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting list needs --coalition or --body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a meeting: attendance, agenda, minutes and its decisions with their outcomes and reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting show needs one meeting number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Called on %1: %n days&apos; notice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The day it was called is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member organizations present: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who attended for it (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attendance (of that person only, when given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that a member organization attended a meeting, through one of its people, or removes that record. The meeting&apos;s decisions are counted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting attend needs --org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting attend needs one meeting number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recorded at meeting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from meeting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 at meeting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1, “%2”, has a new outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the procedural warnings of a coalition, each with its reasons and the records involved. Exits 0 whether or not there are warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedural warnings for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural warnings for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting of a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List meetings, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a meeting with its decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who attended a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the procedural warnings of a coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its representative (a person of the organization: number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its alternate (a person of the organization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly dues, such as 120.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues are paid up to this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution as KIND:VALUE:PERIOD:DESCRIPTION, for example staff-time:800.00:monthly:Organizer one day a week; repeat for several (on edit, replaces them). Kinds: %1. Periods: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interest it shares with the coalition; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interest in conflict with the coalition&apos;s; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that limits its contribution; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contribution “%1”: write KIND:VALUE:PERIOD[:DESCRIPTION].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contribution “%1”: “%2” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dues: “%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the membership with --coalition and --org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an organization a member of a coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member add needs --coalition and --org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added membership %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a membership. To change the status with a date, use member set-status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated membership %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the change (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a dated change of a membership&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member set-status needs --status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership %1 is now %2 (since %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a membership with its history, contributions, interests and barriers. The organization stays in the registry; to keep the record of its leaving, use member set-status --status withdrawn instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed membership %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the members of a coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one membership with its status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an organization a member of a coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a coalition&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a membership and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dated status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members: %1; pairs: %2; pairs with a relationship: %3; density %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs at each level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of all pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest tie with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is isolated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated (no relationship with another member): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides rate 1 relationship differently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides rate %1 relationships differently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How these were counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json, dot (Graphviz) or graphml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how a coalition&apos;s active members work with each other: the share of member pairs with a relationship (density), the share at each level, each member&apos;s ties and strongest tie, the isolated members and the relationships whose two sides disagree, with how each figure was counted. --format dot or graphml writes the network for graph tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: “%1” is not a format; use text, json, dot or graphml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network takes no argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or export a coalition&apos;s network of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was achieved (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member organization credited; repeat for several (credit is shared). On edit, replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action group behind it (number or name; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal it advances (number or title; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a success of a coalition with the members it credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success add needs --coalition and --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added success %1: %2 (%3 credited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The success&apos;s number or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a success; the others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success edit needs one success (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated success %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a coalition&apos;s successes with the members credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the evaluation (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score from 0 to 100 (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action group evaluated (number or name; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan evaluated (number or title; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--score: “%1” is not a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records an evaluation of an activity of a coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation add needs --coalition and --activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added evaluation %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation&apos;s number or activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of an evaluation; the others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation edit needs one evaluation (number or activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated evaluation %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the evaluations of a coalition&apos;s activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a success and the members credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a coalition&apos;s successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an evaluation of an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a coalition&apos;s evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal the plan serves (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action group that owns it (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead member organization (number or name; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation criterion; repeat for several. On edit, replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget line, “ITEM:AMOUNT:FUNDER:secured|sought”, the funder a member organization or any other source (may be empty); repeat for several. On edit, replaces the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staffing need, “ROLE:HOURS-PER-MONTH:ORG|outside|none”; repeat for several. On edit, replaces the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget: “%1” is not ITEM:AMOUNT:FUNDER:secured|sought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget: “%1” is not an amount of zero or more, such as 1200 or 1200.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--staffing: “%1” is not ROLE:HOURS-PER-MONTH:ORG|outside|none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an action plan for a goal, owned by an action group. A goal or group named by name needs --coalition, unless the goal is given by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan add needs --goal, --group and --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added action plan %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s number or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of an action plan; the others stay. --criterion, --budget and --staffing replace their whole list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan edit needs one plan (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated action plan %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the plans of this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a coalition&apos;s action plans with their late tasks, unfunded budget and uncovered staffing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncovered h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List action plans with late, unfunded and uncovered flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a plan: tasks, budget, staffing, criteria, state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sought outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an action plan with its tasks, budget, staffing and evaluation criteria, and its state: late tasks, unfunded budget, uncovered staffing, finished or not, with the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan show needs one plan (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State (as of %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1 needed, %2 secured, %3 unfunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing: none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing: %1 hours a month needed, %2 covered by members, %3 not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation criteria: none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the basis a supermajority needs, such as 2/3 (also the fallback vote&apos;s, when it is a supermajority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus-then-vote: failed attempts at consensus before the vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus-then-vote: the vote that follows, majority or supermajority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegated: the body that decides instead (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegated: the coalition&apos;s lead organization decides instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a vote is counted against: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who must be present: a number, majority (more than half), a fraction such as 1/2, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUORUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area the body may settle alone; repeat for several (replaces the list). Areas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body may settle no area alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step for a disagreement that persists, in order; repeat for several (replaces the ladder). Steps: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of notice a meeting needs before it may decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after its meeting before an adopted decision may be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the votes cast needed to reopen, such as 2/3 (none: a majority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening needs new information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening needs no new information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quorum: “%1” is not a quorum; give a number of members (at least 1), majority, a fraction such as 1/2, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --area or --no-areas, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --escalation or --no-escalation, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --reopen-needs-new-information or --reopen-without-new-information, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --delegate-to or --delegate-to-lead, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition (number or name), to name the body by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets how a body decides. When the body has a procedure already, the options not given keep their values. Prints the procedure in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure set needs one body (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decision procedure yet: give its --method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the decision procedure of %1 (procedure %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how a body decides, every option explained in plain words with its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure show needs one body (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decision procedure yet; set one with procedure set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision procedure of %1 (procedure %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how a body decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how a body decides, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the organization is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it takes decisions internally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (unique in the workspace, whatever the letter case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag; repeat for several (on edit, replaces the tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: remove every tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an organization to the workspace&apos;s registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org add needs --name and --sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added organization %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose name, sector, tags or mission contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the organizations of the workspace, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an organization, its people, memberships and change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org show needs one organization (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from “%2” to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of an organization; the others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org edit needs one organization (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated organization %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove its memberships in every coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an organization. One that belongs to a coalition is kept unless --cascade is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org remove needs one organization (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization they belong to (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: they no longer belong to an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a person (a contact) to the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person add needs --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added person %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people of this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose name, role, e-mail or organization contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the people of the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person show needs one person (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a person; the others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person edit needs one person (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated person %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a person. Memberships they represented keep no representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person remove needs one person (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List organizations (filter by text and sector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an organization with its people and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides rate it differently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view: “%1” is neither of the two organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new view needs --view-level and --view-trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clear-view: “%1” is neither of the two organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One organization (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other organization (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How closely they work together: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRUST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since when they work together (empty for unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the history entry a change of a recorded relationship adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the change, for the history and a view (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this organization&apos;s own view of the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level that side sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust that side sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That side&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this organization&apos;s own view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records how two organizations work together, or changes it: a new pair needs --level and --trust; for a pair already recorded, only the options given change, and every change of a rating is kept in the history. Each side&apos;s own view may be recorded apart; where the sides rate the relationship differently, it is said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view-level, --view-trust and --view-note need --view ORG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship set needs two organizations (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new relationship needs --level and --trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note goes with a change of a recorded relationship; for a new one, write --notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new relationship&apos;s history starts on --since (or today); --on dates a view or a later change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added relationship %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated relationship %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the relationships of this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists relationships between organizations: all of them, those among the members of a coalition, or those of one organization. Where the two sides rate a relationship differently, it says how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --coalition or --organization, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relationship is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship %1, %2: the two sides rate it differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relationship between %1 and %2 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the dated history of a relationship, oldest first: each change of the shared rating and of each side&apos;s own view, with its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship history needs two organizations (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship %1, %2: now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the relationship between two organizations, with its views and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship remove needs two organizations (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed relationship %1 between %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how two organizations work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List relationships, with disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a relationship&apos;s dated history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, as YYYY-MM (2026-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter, as YYYY-Qn (2026-Q4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md (Markdown, the default), html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the records marked confidential (otherwise they are left out and the report says how many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s paper: a4 (the default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the report is made, which lateness is judged on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the monthly summary for the executive committee: per action group its plans&apos; progress, budget, staffing and reports; the decisions, membership changes, successes and evaluations of the month; open conflicts; what falls due next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the quarterly summary for the strategic committee: the same contents as the monthly summary, over a quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --coalition and --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: “%1” is not a month; write it as YYYY-MM (2026-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: “%1” is not a quarter; write it as YYYY-Qn (2026-Q4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: “%1” is not a report format; use md, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size: “%1” is not a paper size; use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF report needs the graphical libraries, which could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the monthly summary (md, html or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the quarterly summary (md, html or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action group reporting (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month or quarter it covers: 2026-10 or 2026-Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote it (number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it came in (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a progress report of an action group for a month or a quarter. A group named by name needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-entry add needs --group and --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: “%1” is not a month such as 2026-10 or a quarter such as 2026-Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added progress report %1: %2 for %3, received %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this group&apos;s reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list, per group, the periods it owed a report for and has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the progress reports received from a coalition&apos;s action groups, and with --missing the ones owed and not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-entry list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: owes no regular report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 missing: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress report received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports owed and not received (as of %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a group&apos;s progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List progress reports, and the missing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule as agreed or proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: proposed or agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to review it (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule it replaces (number or title; empty for none). Once this rule is agreed, that one is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a ground rule to a coalition, proposed unless --status agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule add needs --coalition, --area and --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new rule is proposed or agreed; retire a rule later with rule retire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added ground rule %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It supersedes ground rule %1, “%2”, which is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changed, kept in the rule&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s number or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a ground rule; the others stay. A new text or status is added to the rule&apos;s history, dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule edit needs one rule (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated ground rule %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it stops applying (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retires a ground rule on a date; its history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule retire needs one rule (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired ground rule %1, “%2”, on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rules with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a coalition&apos;s ground rules by area, with the key areas that have no agreed rule yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule list needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, key area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: no agreed rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key area has an agreed rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key areas without an agreed rule: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a ground rule with every field and its whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule show needs one rule (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1, “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1, “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (key area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ground rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List ground rules by area, with missing key areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a ground rule and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a ground rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a ground rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same organization; a relationship needs two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage assessment of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stage:  %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stage:  none yet (record one with “stage record”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substantially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not substantially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ← suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to complete %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for the next stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every criterion of %1 is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit with its type (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[fits]    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[differs] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the assessment is made on: “in the last 12 months” and “past” count back from it (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assesses where a coalition stands among the five stages of development: each stage&apos;s criteria with met, not met or unanswered and the evidence behind them, the stage the evidence supports, what is missing for the next one, and how the coalition fits its type. The coordinator&apos;s recorded stage is kept with “stage record” and listed with “stage history”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage has no subcommand “%1”; use stage record or stage history (see coalition-cli stage --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the coalition is in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the coalition entered the stage (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision that settled it (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the coordinator&apos;s decision that a coalition is in a stage from a day, with the reasons and, optionally, the decision that settled it. The latest entry is the recorded stage; one ahead of the evidence is recorded all the same, with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage record needs --coalition, --stage and --rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stage change %1: %2 is in %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a later entry (%1, from %2) stays the recorded stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a coalition&apos;s recorded stages, oldest first, each with its day, its rationale and the decision that settled it. The last one is the recorded stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage history needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage is recorded for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history of %1, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← recorded stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1, “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess a coalition&apos;s stage, with the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the stage a coalition is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a coalition&apos;s recorded stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key “%1”; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number is expected, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fraction above 0 and at most 1 is expected, written as text such as &quot;2/3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quorum is a number of members (6), &quot;majority&quot; or a fraction of the members (&quot;1/2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object with at least a method is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a method; use majority, supermajority, unanimity or consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing or non-text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supermajority needs a threshold, such as &quot;2/3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threshold belongs to a supermajority only; this method is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a basis; use cast, present or members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object of counts is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision as JSON; - or nothing for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: tally reads no workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts one decision described as JSON: the procedure, the voting members, those present and their positions. Prints the outcome (adopted, rejected, no_quorum or blocked) with the reasons. Output is JSON unless standard input is a terminal. Exits 0 whatever the outcome and 2 when the input is malformed or inconsistent. See docs/tally.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one input file at most (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a decision given as JSON (no workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member organization responsible (number or name; empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was done (with --status done; default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a task to an action plan, not started unless --status says otherwise. A plan named by title needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task add needs --plan and --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added task %1: %2 (%3%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s number or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a task; the others stay. A task named by title needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task edit needs one task (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated task %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was done (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks a task done on a day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task done needs one task (number or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1, “%2”, done on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tasks of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tasks of this group&apos;s plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the late tasks: open and past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists tasks by due date, marking the late ones. A plan or group named by name needs --coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task list needs --coalition, --plan or --group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --plan or --group, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task to an action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tasks, marking the late ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace file (.coalition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new workspace filled with a realistic sample coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new, empty workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one file name for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created sample workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the workspace file: SQLite&apos;s full integrity check and every reference between records. Exits 1 when a problem is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found (file format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the copy to FILE instead of a dated file next to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the workspace. Without --to, the copy goes next to the workspace and only the newest few are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, with a header row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports rows from a CSV file. The whole file is checked first; if any row has a problem nothing is imported. See docs/csv.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the members of this coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports rows as CSV with the columns the importer reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the records marked confidential (and what cannot stand without them); the export counts them under &quot;left_out&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the whole workspace as JSON (docs/workspace-json.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confidential record(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A workspace JSON file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a whole workspace from JSON into an empty or new workspace file (created when missing). Nothing is written unless the whole document is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace with a sample coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity and references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole workspace as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a whole workspace from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Cli::ActionNames</name>
    <message>
        <source>goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Cli::CoalitionNames</name>
    <message>
        <source>membership %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::CoalitionRepository</name>
    <message>
        <source>A coalition named “%1” is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization with number %1 to lead the coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coalition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ConflictRepository</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so it cannot be a party to one of its conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict “%1” has the status “%2”, so there is nothing to escalate: reopen it first if it has flared up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict “%1” is already before the panel, the last step of the ladder: it cannot be escalated further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to the step “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Csv</name>
    <message>
        <source>a quote appears inside a value that does not start with a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value is not valid UTF-8 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column has no name in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column name &quot;%1&quot; appears more than once in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::CsvExporter</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::CsvImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a column of this file; the columns are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this required column is missing (the required columns are: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and 1 more problem; nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more problems; nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 “%2”; use one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write dates as YYYY-MM-DD, for example 2024-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 120.00, with a dot before the cents and no currency sign or thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one person named “%2”; give them distinct names first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the people of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person named “%1” in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization named “%1” is already in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no organization named “%1” in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no coalition named “%1” in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of %2; an organization has one membership per coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the membership of %1 in %2 is also on line %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Database</name>
    <message>
        <source>This build of Coalition Desk carries no database schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot use write-ahead logging on this disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema files are not numbered 1, 2, 3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database schema file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to format %1; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::DecisionEvaluator</name>
    <message>
        <source>%1 delegates its decisions in a circle back to %2; the decision cannot be counted until one body in the chain decides itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decision procedure (or delegates to a body that has none), so the positions cannot be counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::DecisionRepository</name>
    <message>
        <source>There is no meeting with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision procedure with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure of %1 belongs to another coalition; a decision of %2 is taken under one of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so it has no position on its decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision of %1 is reopened at a meeting of its own bodies, not of another coalition&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an adopted decision can be reopened; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the decision was reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a decision with the date, the reason and the vote to reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of “%1” follows its outcome, which makes it %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::DecisionTallier</name>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus attempts failed so far: %1; the procedure allows a vote after %2: still counted as consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 supermajority vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vote needing unanimity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a simple-majority vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus attempts failed: %1; the procedure allows a vote after %2: counted as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure leaves this decision to the lead organization, but the coalition has no lead organization among its members: nothing decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure leaves this decision to the lead organization, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions of the other members recorded: they do not decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed: adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disagreed: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 abstained: nothing decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stood aside: nothing decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no position recorded yet: nothing decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delegated this decision to %2: counted under the procedure of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure delegates this decision to another body whose procedure was not supplied: nothing decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attended through %2 people: present once, one vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a voting member of %2: position ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one position recorded: only the first counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took a position without being marked present: counted present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disagreed: under consensus a disagreement stops the proposal, counted as a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked: in a vote a block counts as a no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stood aside: in a vote standing aside counts as an abstention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position recorded yet: nothing decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the votes cannot be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::DemoWorkspace</name>
    <message>
        <source>The sample goes into an empty workspace only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitates the coalition&apos;s quarterly planning days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the organizations of the river wards together to make housing safe and affordable and to keep families fed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household in the river wards has a secure home and enough to eat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We pool what our members know and own, speak with one voice to the town, and run joint projects no member could run alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly, first Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St. Brigid&apos;s Parish hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly dues by size: 120.00 for staffed members, 60.00 for volunteer-run groups, none for residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-year grant from the Greenway Foundation for a part-time coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting space from St. Brigid&apos;s; printing from the college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win a town-wide cap on rent increases before the next budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined at a general meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer, a day a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe and affordable housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers for outreach days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food security for families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board approval needed for anything beyond volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data analysis and mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take public positions on town policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff may not lobby in working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash contribution to the outreach fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall for monthly meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing of leaflets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew after a change of board priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No representative at meetings since spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cap on rent increases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riverside Tenants&apos; Union office, 12 Market Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every voting member, one vote each. Sets the rules, the priorities and the budget, and elects the committees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the coalition between assemblies: operations, events and what the coalition says in public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks a year ahead: policy positions, action plans and the budget the assembly is asked to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adviser (funder, no vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed when the coalition was founded. A proposal that fails to reach consensus twice is put to a vote at the next assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything outside its three areas goes to the General Assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome and apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coalition decides: the draft rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the Fair Rents campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When general meetings are held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine of the eleven voting members came; the Credit Union and the Legal Advice Centre sent apologies. The decision-making rule was agreed, with Al-Noor standing aside because its trustees had not seen the text. Millbrook Community College blocked joining the Fair Rents campaign: its charter bars it from campaigning on town policy. The chair asked for a proposal that lets members take part one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the rule on how the coalition decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The General Assembly seeks consensus; after two failed attempts it votes by simple majority of the votes cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the Fair Rents campaign as a coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition signs up to the Fair Rents campaign in its own name and lists every member as a supporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold general meetings on the first Tuesday evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General meetings start at 18:30 on the first Tuesday of each month in St. Brigid&apos;s Parish hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring community fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflets for the fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth Voices sent apologies. The fair goes ahead on the parish field; Seniors Together voted against, worried about access for wheelchair users, and will walk the site with the parish. The committee also paid for leaflets from the outreach fund, which the treasurer noted is strictly a matter for the assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the spring community fair on the parish field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Saturday afternoon fair with stalls from every member and free health checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print 2,000 leaflets from the outreach fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 400.00 from the outreach fund for leaflets in four languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy priority for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All five voting members came, with the Greenway Foundation as adviser. Rent stabilisation becomes the first priority; the clinic abstained, preferring food security, and asked that it be second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make rent stabilisation the first policy priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the coming year the coalition&apos;s joint work and statements put rent stabilisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks for the coalition: the rule, third reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening the meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports from the committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus on the spokesperson rule had failed twice, so it was put to a vote and adopted by six votes to two. Youth Voices asked to reopen the meeting time: since the school timetable changed, its members cannot come on Tuesday evenings. Five of the eight voted to reopen and the chair declared it reopened; the new time is on the agenda of the next assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the rule on who speaks for the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the coordinator and the chair of the Executive Committee speak for the coalition; members speak for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday evenings keep young members and parents away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schools moved parents&apos; evenings to Tuesdays this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s draft housing budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called the day before, when the council published its draft budget, so that the coalition could answer within the consultation period. The statement was agreed. The proposal to move the shared files to a new online folder was lost on a tie and will come back with costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the council&apos;s draft housing budget in public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement on the cut to the repairs grant, published in the coalition&apos;s name and sent to every councillor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the shared files to a new online folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the e-mailed attachments with one shared online folder that every representative can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation plan for the rent campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only two of the five voting members came. The plan was discussed and put to the members present, but without a quorum nothing was decided; it goes back on the next agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the evaluation plan for the rent campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the tenants advised, the repairs won and the councillors who signed the pledge, and report every quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays in the room: the draft confidentiality rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new time for general meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the rule on what stays in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree the draft confidentiality rule as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold general meetings on the first Saturday morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General meetings move to 10:00 on the first Saturday of each month, with a crèche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The General Assembly seeks consensus. When a proposal fails to reach consensus at two meetings, it is put to a vote at the next one and needs a majority of the votes cast. A quorum is more than half of the voting members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coalition decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabled by the Executive Committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by the General Assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of any member organization may speak to the press about the coalition&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking to the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at the founding assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by “Who speaks for the coalition”: two members spoke to the same newspaper with different messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the coordinator and the chair of the Executive Committee speak for the coalition, and only on positions the coalition has agreed. Members speak for their own organizations and say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks for the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reading at the General Assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted by vote after two attempts at consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary e-mails the minutes to every representative within a week of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary sends the minutes to every representative and alternate within five working days, and files them with the papers in the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing minutes and papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternates added and the deadline shortened, after members missed papers for the spring fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member names one representative and may name an alternate. The representative carries the member&apos;s position; the alternate does so only when the representative is away. A member that changes its representative tells the secretary before the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at the first annual assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disagreement is first talked through at the meeting. If it lasts to a second meeting, the chair asks an independent mediator to help; if that fails, a panel of three members not involved decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When members disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What members say about individual tenants, clients or their own funding bids stays within the meeting, unless the member concerned agrees to share it. Minutes record decisions, not who said what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by the Executive Committee for the next assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs done and rents held in the river wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants get repairs done without fear of losing their home, and rent rises stay within what households can pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs logged through the coalition and finished within eight weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households advised before a rent increase takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe routes to school on the west estates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children from the west estates can walk or cycle to school without crossing the ring road unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings and lights installed on the routes children use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children walking to school, counted each spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broaden the membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the groups and wards the coalition does not yet hear from, schools and public services above all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three new member organizations a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one member based in every ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure the coalition&apos;s operating funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund the part-time coordinator and the running costs beyond the current grant, from more than one source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator post funded for the year after the grant ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single funder pays more than half of the running costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing Repairs Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the monthly repairs clinic and presses landlords and the council to finish the repairs tenants report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Routes Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps the walk to school with the children and campaigns for crossings where they are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach and Funding Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds new members and the money that keeps the coalition running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs clinic and tenants&apos; repairs log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs logged, and the share finished within eight weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants&apos; satisfaction with the clinic, surveyed twice a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing of the repairs log books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal advice sessions at the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenway Foundation small grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design the repairs log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train ten volunteer log-keepers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the first repairs clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the six-month repairs report to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet the housing department about overdue repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer crossings on the west estates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings installed on the mapped routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; sense of safety before and after the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking-route survey and maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pop-up crossing trial: cones, signs and high-visibility vests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town road-safety fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance for volunteer stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing-trial stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic engineer (advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial cannot start until the road-safety fund answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the routes children walk, with the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the children walking: the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the town&apos;s road-safety fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a parents&apos; survey with the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pop-up crossing trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruit at the spring fair and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations that joined or were invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards with at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall materials and leaflets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the coalition&apos;s stall at the spring fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up every contact within two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite the housing department to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the coalition at Westfield Primary School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funding plan for the coordinator post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids sent, and the share of the post they would pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid-writing workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the funders that pay for core costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the renewal bid to the Greenway Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic held; new repairs logged and chased with the landlords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-keepers visited the blocks on Mill Lane; two landlords answered in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer repairs reported this month; damp is still the most common problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes walked with two classes; the ring-road crossing is the worst spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline count done; the clinic is writing up the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contacts followed up; the funders&apos; list is growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forty repairs finished after the first clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlords finished forty of the repairs tenants logged at the clinic, most within eight weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thirty residents signed up at the spring fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school uses the children&apos;s walking map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Westfield Primary School hands the map to every new family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31 of the 40 tenants who answered found the clinic useful; the wait for an adviser was the main complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of the volunteer log-keepers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores on tenants&apos; rights rose from 41 to 64 out of 100 between the start and the end of the training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route-mapping walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children wanted a second walk in winter light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the joint letter on the repairs grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked through at two meetings without agreement; the chair has asked an independent mediator to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parish hall on the weekend of the fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth Voices moved its workshop to the college; the parish kept the hall for the fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Greenway grant is shared between two members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept between the two members and the chair until they have talked it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damp, disrepair, rent rises and empty cupboards feed each other; no single organization can tackle them alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is charged with following up repairs in private rented homes; the council only inspects after a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight organizations came to the first meeting and all named housing conditions among their top three concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Food Bank, the parish, the college and the legal centre offered staff time or space before anything was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants trust the parish and the food bank more than any agency; acting together gives them a voice no member has alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hall, volunteers, legal advice and the college&apos;s printing: enough to start without a grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members meant to go ahead before any funder was asked; the Greenway grant came a year later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten volunteers trained as repairs log-keepers; the youth group now runs its own route surveys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be discussed at the annual assembly before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tenants&apos; Union and the Food Bank called the first meeting; the start-up questions were answered and partners found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The founding assembly approved the coalition, its purpose and mission, and chose the lead organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Housing Repairs Group started work with a plan, a budget and monthly reports: the coalition now does its work rather than setting itself up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at the first convening meeting in the parish hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants&apos; surgeries held after Sunday services, on dates agreed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parish hosts the repairs clinic and pays for the log books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic could not run without the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our volunteers and theirs now work as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a joint food cupboard at the community centre on Fridays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They now share a delivery van and train each other&apos;s volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared team of health visitors and one set of figures on child health in the wards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parish pantry stocks from the food bank and refers families to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer drivers take older patients to their appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together in the Safe Routes Group: the clinic counts the children, the youth group maps the routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint letters to landlords about repairs for older tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carla keeps the repairs log for her street and reports at the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite each other to open days; nothing shared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange news of members who need a delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The college hosts the youth group&apos;s evening meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They invite us to events but have not taken up any of our proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We host their meetings and trained six of them in public speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint casework on evictions; the centre still advises at the repairs clinic after leaving the coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks about rent-deposit loans went nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet about overdue repairs in public housing; often at odds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough food to the end of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household in the river wards runs out of food before the next payday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households that ran short in the last week of the month, counted at the food bank each quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a week when a member&apos;s food cupboard is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second priority, as the clinic asked. An action group is still to be formed for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::DemoWorkspace::StageSample</name>
    <message>
        <source>The sample has no General Assembly to found the coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St. Brigid&apos;s Parish hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding the coalition: purpose, vision and mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads the coalition for its first two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking to the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five organizations that had been meeting for some months founded the coalition, with the City Public Health Office attending as an ally. The purpose, vision and mission were read out and agreed as drafted; the Tenants&apos; Union will lead for the first two years. A first rule on speaking to the press was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the Riverside Neighbourhood Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organizations present found the coalition on the purpose, vision and mission read out at this meeting, and ask the Riverside Tenants&apos; Union to lead it for its first two years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Enums</name>
    <message>
        <source>Community group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual or citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-voting ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting or office space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-kind goods or services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict with the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coalition type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How decisions are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media and speaking for the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus, then a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supermajority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All voting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A majority of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fraction of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No / disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-to-day operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground rule area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground rule status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific to the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre/post test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutionalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::EvaluationRepository</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action group with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action group “%1” works for another coalition, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action plan with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan “%1” is another coalition&apos;s, not one of %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan “%1” is carried out by the group “%2”: evaluate it under that group, or under no group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::GoalRepository</name>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::GroundRuleRepository</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision “%1” was taken in another coalition; a rule of %2 is adopted by one of its own decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule cannot supersede itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ground rule with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule “%1” belongs to another coalition; a rule of %2 can supersede only one of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be dated %1: the last recorded change is dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::HtmlRenderer</name>
    <message>
        <source>Made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::JsonCodec</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a month written YYYY-MM or a quarter written YYYY-Qn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::JsonCodec::Reader</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a UTC time written YYYY-MM-DDTHH:MM:SS.mmmZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an amount written as text, such as &quot;120.00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 “%2”; expected one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field; it would be lost, so the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a fraction written as text, such as &quot;2/3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a local time written YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::MarkdownRenderer</name>
    <message>
        <source>Made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::MeetingRepository</name>
    <message>
        <source>There is no body with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so it cannot attend a meeting of its bodies as a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot attend for %2: they are not one of its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::MembershipRepository</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of %2; an organization has one membership per coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot represent %2: they are not one of its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the alternate for %2: they are not one of its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be dated %1: the last recorded change is dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::NetworkEngine</name>
    <message>
        <source>There are no members, so there is no pair to count: density %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single member makes no pair: density %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 members make 1 pair, and it has a relationship: density %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 members make 1 pair, and it has no relationship: density %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members make %2 pairs; %3 of them have a relationship: density %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs at each level, as a share of all pairs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member has a relationship with at least one other member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member has no relationship with another member: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members have no relationship with another member: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 relationship with an organization that is not a member was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationships with an organization that is not a member were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more relationship for a pair already counted was left out; the first one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more relationships for pairs already counted were left out; the first one of each pair counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 relationship joining an organization with itself was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationships joining an organization with itself were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s ties count its relationships with other members; its strongest tie is the one at the highest level, then with the highest trust, then with the organization first by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides rate 1 relationship differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides rate %1 relationships differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees it as %2 with %3 trust; %4 as %5 with %6 trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::OrganizationRepository</name>
    <message>
        <source>An organization named “%1” is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of %2; remove those memberships first, or remove the organization together with its memberships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::PdfRenderer</name>
    <message>
        <source>Made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made: fonts are only available to a graphical application (start it with the offscreen platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made: the output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made: drawing on the page failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made: a new page could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made: the file could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::PersonRepository</name>
    <message>
        <source>There is no organization with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::PlanMetrics</name>
    <message>
        <source>Finished: %1 tasks done and %2 dropped; none is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tasks done, %3 open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 open tasks are late: their due date was before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open tasks are due in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was due on %1 and %2 of its tasks are still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the budget of %2 is not secured yet (%3 secured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 hours a month of staffing are not covered by a member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ProceduralChecks</name>
    <message numerus="yes">
        <source>The procedure of %1 requires %n days&apos; notice before a meeting may decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No date is recorded for when the meeting of %1 was called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was taken by %2 at its meeting of %3 with no notice date recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 is recorded as called on %2, after it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The meeting of %1 was called on %2: %n days&apos; notice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was taken by %2 at its meeting of %3 with less notice than its procedure requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is about “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure of %1 lets it settle no area alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure of %1 lets it settle alone only: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was taken by %2 at its meeting of %3, but %2 may not settle “%4” alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded outcome is “no quorum”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was put to %2 at its meeting of %3 without a quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision names procedure number %1, which is not in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decision procedure, so nothing says how this decision should have been counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was taken by %2 at its meeting of %3, but %2 has no decision procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No date is recorded for the reopening; the procedure requires %n days after the meeting that adopted it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened on %1, %2 days after the meeting of %3 that adopted it; the procedure requires at least %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Votes to reopen: %1 of %2 cast; the procedure requires at least %3 of the votes cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes to reopen: %1 of %2 cast; reopening needs more than half of the votes cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure requires new information to reopen a decision, and none is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of %2 was reopened on %3 without meeting the conditions to reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key areas with an agreed ground rule: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is proposed but not yet agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule is proposed in this area yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no agreed ground rule on “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership is active, but no person is named to represent %1 at meetings and in decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alternate is named (%1); an alternate stands in for the representative and does not replace one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an active member of %2 with no representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rule “%1” of %2 was due for review on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date %1, before today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ProcedureRepository</name>
    <message>
        <source>There is no body with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a decision procedure; a body decides by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body cannot delegate its decisions to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no body with number %1 to delegate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another coalition: %2 can delegate only to a body of its own coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision procedure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ProgressReportRepository</name>
    <message>
        <source>There is no action group with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a report for %2 (number %3): change that report instead of adding a second one for the same period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::RecordStateStore</name>
    <message>
        <source>A record cannot be restored: its state does not match its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot be restored to two different states at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records cannot be put back as they were: they no longer fit together with the rest of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::RelationshipRepository</name>
    <message>
        <source>There is no organization with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have a relationship recorded already: change that one instead of adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two organizations of a relationship cannot be changed: remove it and record the new pair&apos;s relationship instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be dated %1: the last recorded change of this relationship is dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::ReportBuilder</name>
    <message>
        <source>Monthly summary for the executive committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly summary for the strategic committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are judged as of %1 from the records in the workspace; “late” means not done and past its due date on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report includes records marked confidential. Share it only with the people entitled to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential records left out: %1 (%2). They are not counted in any figure below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confidential record was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action groups: %1; plans: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: %1 done of %2; %3 open, of which %4 due in this period and %5 late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1 secured of %2 needed; %3 still to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing: %1 of %2 hours a month covered by members; %3 uncovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports: %1 received for this period; %2 owed and missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions taken: %1. Membership changes: %2 (%3 joined, %4 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successes: %1. Evaluations: %2. Open conflicts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition has no action group to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convener: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No convener is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals served: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports owed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (plan “%2”, due %3, %4 days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no action plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget secured of needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff hours a month covered of needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget gap: %1 of %2 is not yet secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing gap: %1 of %2 hours a month are not covered by a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports: none are owed by this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports received for this period: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports received for this period: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports missing: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was taken in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member changed status in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined: %1. Left: %2. Other changes of status: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No success was recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation was recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open falls due in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plans and tasks due in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Repository</name>
    <message>
        <source>There is no %1 with number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization named “%1” is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::StageChangeRepository</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision “%1” was taken in another coalition; a stage of %2 can be settled only by one of its own decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::StageEngine</name>
    <message>
        <source>Is the issue complex enough to need knowledge and skills from several sectors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when no single organization or sector holds all the information and expertise the work calls for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a gap in services or programmes that no existing organization is clearly charged with filling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the work falls between existing mandates, so that nobody would take it on alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do other organizations also treat this issue as a priority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when possible partners have said, or shown in their own work, that the issue matters to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are other organizations willing to work on it together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when some of them have agreed to take part, not only voiced sympathy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the issue best handled by several organizations owning it and answering for it together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when shared ownership and responsibility would achieve more than one organization acting alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there resources the partners can pool, or raise together, for the work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when staff time, money, space, skills or contacts can be shared or obtained jointly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the partners committed to getting results together, whatever funders expect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the will to work together would hold even if no funder asked for collaboration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the members&apos; technical capacity grown through the coalition&apos;s work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when members can name skills, knowledge or methods they gained in the coalition and now use in their own work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do community members now take better-informed decisions about their community?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when residents are better informed about, and more involved in, the choices that shape where they live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered yes on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered no on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 criteria met (at least %4 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: substantially met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: substantially met; this is the last stage, and the stage the evidence supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not yet substantially met, so this is the stage the evidence supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of its %3 criteria met and needs %4; not met: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded stage, %1, is ahead of what the evidence supports (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the recorded stage, %1, is behind what the evidence supports (%2). Record the move when the coalition agrees it has moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose is recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose is recorded, but the mission is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a purpose nor a mission is recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition&apos;s purpose or mission is written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization is recorded as a prospective, invited or active member (at least %1 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospective, invited or active members: %1 (at least %2 needed): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least three organizations are identified as partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members have been convened: a meeting with at least two member organizations attending has taken place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First convened on %1, when %2 met with %3 member organizations attending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting of the coalition&apos;s bodies has been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held so far: %1; at the best attended, member organizations present: %2 (at least %3 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full membership has formally approved the coalition in an adopted decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full-membership body is recorded, so no decision of the whole membership can approve the coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision of %1 is recorded as adopted at a meeting held so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was adopted by %2 at its meeting of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full membership has an agreed procedure for taking decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full-membership body is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decides by this method: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision procedure is recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed ground rules cover all %1 key areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed ground rules cover %1 of the %2 key areas; missing: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules are agreed in all five key areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mission statement is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mission statement is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission is recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how often the coalition meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting frequency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-kind support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial arrangements (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead organization or financial arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure is recorded: how often the coalition meets, and a lead organization or financial arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active member has named a representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition has no active members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active member (%1 in all) has a representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active members have a representative; missing: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active voting member yet (at least %1 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active voting members: %1 (at least %2 needed): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least three organizations are active voting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues paid through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two active members give steady operating support: current dues or recurring money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active member pays current dues or gives money regularly (at least %1 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members giving steady support: %1 (at least %2 needed): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive committee: %1; seats: %2 (at least %3 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive committee is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic committee: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategic committee is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structure of its own: an executive committee of at least three seats and a strategic committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running since %1, two years or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on %1, less than two years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting has been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest meeting was held on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest meeting was held on %1, more than six months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for two years or more and still meeting: a meeting in the last six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active goals: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved goals: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals recorded: %1, but none is active or achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition has formulated goals: at least one is active or achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active goal is served by an action group that has a plan for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 has no plan for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no action group serves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active goal (%1 in all) is served by an action group with a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active goals are served by an action group with a plan; not served: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action plan has start and due dates, evaluation criteria and a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plan is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action plan (%1 in all) has start and due dates, evaluation criteria and a budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 action plans are complete; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half of the active members have a contribution recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active member (%1 in all) has a contribution recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active members have contributions recorded (more than half needed); none recorded for: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strategic or executive committee exists and has at least one seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no seats yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategic or executive committee is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports arrive: none is missing, and one came in the last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing reports for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action group has a reporting cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action groups with a reporting cadence: %1; none is missing a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress report has arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest report arrived on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest report arrived on %1, more than three months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation is dated in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was evaluated on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest evaluation, of %1, was on %2: more than 12 months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one organization joined in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization joined or became active on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined or became active on or after %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A success of the last 12 months is recorded with credit shared by two members or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No success is recorded on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successes recorded on or after %2: %1, but none credits two members or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) credits %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules are agreed and none is past its review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground rule is agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed ground rules: %1; none is past its review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agreed ground rules are past their review date: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict has been open for more than 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (raised on %2, %3 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for more than %1 days: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: %1, none with the date it was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: %1; the oldest, %2, was raised on %3, %4 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership is shared: action groups are convened by different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action group has a convener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every convened action group is led by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 conveners all represent %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 different people convene the action groups: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose or mission is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose or mission is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals in hand (not dropped): %1, with a target date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing information among like-minded groups: a stated purpose is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advancing particular groups or people: a stated purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating work on specific issues among groups with similar aims: at least one goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint action toward a goal within a set time: a goal with a target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advancing several related issues over a long time: two goals or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members: %1 (voting: %2); paying dues: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to anyone interested, at little or no cost: no member pays dues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to all who pay dues and use its services: more than half of the active members pay dues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal members or a loose alliance of active leaders: at least two active members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strategic partnership of diverse groups that may share little else: at least two active members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long-term commitment of allied organizations: at least three active voting members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bodies are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead organization: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose: a way for members to reach one another, with no executive committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A defined structure, run by volunteers or staff: a committee, or an agreed decision procedure for the full membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organized like a network, with one or more organizations driving the work: a lead organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A steering committee, with working committees often run by staff: a strategic committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More structured, with a board of its own: an executive committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No financial arrangements are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial arrangements recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members: %1; paying dues: %2; giving money or in-kind support: %3. Plan budget lines funded from outside: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little cost to members, paid for by grants or volunteers: no dues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues, grants and fundraising: member dues recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varied, with or without dues: some financial arrangement or member contribution recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often outside or grant money: grants recorded, or plan budget lines funded from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher dues or large in-kind contributions from members, perhaps joint grants: at least half of the active members pay dues or give money or in-kind support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start date is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended: usually no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either open-ended or for a set time: any time frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set time frame: an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long time frame: usually no end date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Storage</name>
    <message>
        <source>The workspace file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::SuccessRepository</name>
    <message>
        <source>There is no coalition with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so it cannot be credited with one of its successes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action group with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action group “%1” works for another coalition, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no goal with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “%1” is another coalition&apos;s, not one of %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Tally</name>
    <message>
        <source>The number of voting members cannot be negative (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of voting members present cannot be negative (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of “%1” positions cannot be negative (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supermajority threshold must be a fraction above 0 and at most 1, such as 2/3; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quorum cannot be a negative number of members (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quorum fraction must be above 0 and at most 1, such as 1/2; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voting members are said to be present, but the body has only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 positions were counted, but only %2 voting members are present; each member present takes one position at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus has no “no”: a member agrees, stands aside or blocks (no counted: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block belongs to consensus only; in a vote a member says yes or no, or abstains (block counted: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 voting members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no quorum required: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; quorum %2: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; quorum %2: not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; quorum more than half (%2): met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; quorum more than half (%2): not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; quorum %2 of the voting members (%3): met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; quorum %2 of the voting members (%3): not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 voting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand aside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstain %1: not votes cast, counted neither for nor against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand aside %1: not votes cast, counted neither for nor against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basis is the %1 members present; neither yes nor no %2 (abstentions, stand-asides, no position): counted like a no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basis is all %1 voting members; neither yes nor no %2 (abstentions, stand-asides, no position, absences): counted like a no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to have a majority of: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2%, more than half: adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2%, exactly half (a tie fails): rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2%, not more than half: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a supermajority of %2 needs something to count: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2% &gt;= %3: adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2% &lt; %3: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, none against: unanimous: adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; against %2: not unanimous: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; unanimity needs at least one yes: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; unanimity needs all %2: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a quorum the meeting cannot decide, whatever the votes: no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand aside %1: recorded; standing aside does not stop consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstain %1: recorded, and taken like standing aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1: a single block stops the proposal: blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree %1 and no block: consensus: adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one agrees: no consensus: rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::TaskRepository</name>
    <message>
        <source>There is no action plan with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to restore needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionData</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionGroupDialog</name>
    <message>
        <source>&amp;Reports owed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential — left out of reports unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Action Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as “Housing Action Group”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person of one of the member organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vener:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member organizations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports &amp;due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionGroupEdits</name>
    <message>
        <source>Add goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan works towards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan working towards it goes with it, with its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n plans working towards it go with them, with their tasks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the goal “%1”? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Action Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the action group “%1”? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans with their tasks go with it: %1. Progress reports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the %1 report of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 report of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionGroupListModel</name>
    <message>
        <source>Report for %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reports missing, the latest for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No convener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: left out of reports and exports unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group reports %1 and has sent nothing for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody convenes this group: its reports have no one to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionGroupPanel</name>
    <message>
        <source>Add &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a progress report the group sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress reports&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Action plans&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet — reports have no one to send them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — left out of reports and exports unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group is not expected to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report owed so far has come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionGroupsPage</name>
    <message>
        <source>Show &amp;confidential records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential records carry a lock. Reports and exports leave them out unless asked to include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups and Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action groups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No coalition yet&lt;/h2&gt;&lt;p&gt;Action groups turn a coalition&apos;s goals into work. Start a coalition on the Coalitions page first; its goals, groups and plans are kept here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No goals or action groups yet&lt;/h2&gt;&lt;p&gt;Record here what %1 wants to achieve, and the action groups that work on it: their plans with tasks, budget and staffing, and the progress reports they send.&lt;/p&gt;&lt;p&gt;Coalition Desk then shows what is late, unfunded or unstaffed, and which reports are missing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action group yet. Add one to plan the work on a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action group to see its reports and plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 late task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n late tasks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 group with a report missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n groups with a report missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Action Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Gro&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal still pursued needs an action group to serve it and a plan to reach it; those without are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the coalition&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to open its task. Late tasks are marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the evaluation criteria of plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionPlanDialog</name>
    <message>
        <source>S&amp;tarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove C&amp;riterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential — left out of reports unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as “Tenants&apos; rights workshops”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a goal —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a group —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no lead yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coalition will know the plan worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action gro&amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuation criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionPlanEdits</name>
    <message>
        <source>Add action plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its task goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n tasks go with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the plan “%1”? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the task “%1”? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionPlanPanel</name>
    <message>
        <source>Add C&amp;riterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task to the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coalition will know the plan worked; each line is one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::AttendanceModel</name>
    <message>
        <source>The attendance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this body; does not vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 voting members present; %3 has no decision procedure, so no quorum is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member organization is marked present yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member organization present</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member organizations present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, through no named person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, through 1 named person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, through %n named people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 attending for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was present; untick if it was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if %1 was present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attended for %1; an organization has one vote however many of its people attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a %2: votes in this body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a %2: may attend, does not vote in this body on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name no one attending for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::AuditDescriber</name>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::BarriersDialog</name>
    <message>
        <source>Barriers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps %1 from contributing more: rules, approvals, time, money. Knowing them helps to ask for what a member can give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barriers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::BodiesView</name>
    <message>
        <source>No bodies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body is a group that meets and decides: the full membership, a strategic or executive committee, an action group. Record each with the members that sit on it and the procedure it decides by, so that its decisions can be counted and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision procedure yet. Until the body has one, its decisions cannot be counted: record how it decides, its quorum and the notice its meetings need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settles alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its seats and its decision procedure show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active voting member of the coalition sits on the full membership, so its seats follow the members&apos; status and kind and are not edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a role to change it; tick or clear a vote. A seat&apos;s vote counts while its member is an active voting member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::BodyActions</name>
    <message>
        <source>&amp;Add Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a body of the coalition: a committee, an action group or the full membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected body&apos;s name, kind, purpose and seats (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected body with its procedure and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a member of the coalition a seat on the selected body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected seat away from its member (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how the selected body decides: method, quorum, notice and the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active voting member sits on the full membership: its seats are not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add body “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit body “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its decision procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its 1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 1 decision taken there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 decisions taken there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no procedure, meetings or decisions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going with it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delegate their decisions to it and would be left without a delegate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove body “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give “%1” a seat on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the seat of “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set decision procedure of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision procedure of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::BodyDialog</name>
    <message>
        <source>Edit Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as “Steering Committee”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the body is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members that sit on the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active voting member sits on the full membership, so it has no seats to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::BodyListModel</name>
    <message>
        <source>The 1 voting member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 voting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seats yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 seat, voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 seat, not voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats, %2 voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision procedure yet: the decisions of this body cannot be counted until you record how it decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::BudgetTableModel</name>
    <message>
        <source>No budget lines yet: add what the plan will cost and who pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secured %1 of %2 — fully funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secured %1 of %2 — %3 unfunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget line to plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove budget line “%1” from plan “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money for this line is promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secured yet: %1 still to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark budget line “%1” secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark budget line “%1” sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename budget line “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the amount of budget line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who funds budget line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the source of budget line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::CoalitionDetailsForm</name>
    <message>
        <source>Has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the members mean to achieve together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community the coalition works toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coalition will get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pays what, and how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants the coalition holds or seeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space, printing, staff time lent by members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of coalition, which sets what is expected of its purpose, membership, structure and funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: monthly, first Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the members usually meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-&amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the changed details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes and show the details as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not yet applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed; correct the marked fields to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization leads the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member organization that convenes and staffs the coalition, if there is one; type part of its name to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usual length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization named “%1”: choose one from the list, or “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::CoalitionDialog</name>
    <message>
        <source>Has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coalition is a group of organizations that agree to work together for a shared purpose. Name it and say what kind it is; you can add members and the rest of its details next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Riverside Neighbourhood Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign works toward one goal by a set date; an ongoing coalition keeps working on a field of issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a campaign, which ends when its goal is won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the members mean to achieve together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::CoalitionsPage</name>
    <message>
        <source>&amp;New Coalition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start recording another coalition (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No coalition yet&lt;/h2&gt;&lt;p&gt;A coalition is a group of organizations that agree to work together for a purpose none of them could reach alone. Some are campaigns that end when their goal is won; others are networks, associations or councils that go on for years.&lt;/p&gt;&lt;p&gt;Start one to record who takes part, in what status, who represents each member, what each contributes and what holds it back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add coalition “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unapplied changes to the details of %1 were incomplete and have been dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 have changes that are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise they are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 were changed elsewhere while you were editing them; Revert shows the stored details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member organization, %L1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member organizations, %L1 active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They cannot be applied as they are; the Details tab shows why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ConflictActions</name>
    <message>
        <source>&amp;Add Conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disagreement between member organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;scalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected open conflict one step up the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the selected conflict was settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open conflict can be escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is before the panel, the last step of the ladder: it can only be resolved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it from “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties talk it through between themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mediator, someone both parties accept, helps them reach their own agreement; the mediator decides nothing for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arbitrator hears both sides and decides; the parties agree beforehand to abide by the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A panel of members who are not party to the conflict settles it. This is the last step of the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add conflict “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conflict “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the conflict “%1”? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove conflict “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is at the step “%2” (step %3 of 4). Escalate it to “%4”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate conflict “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ConflictDialog</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out of reports unless asked to include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as “Who speaks to the press about the rent strike”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder a persistent disagreement climbs: discussion between the parties, then a mediator, an arbitrator, and last a panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;olution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ConflictListModel</name>
    <message>
        <source>%1 (step %2 of 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: still to be settled, now at the step “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ContributionTableModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ContributionsDialog</name>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 brings to the coalition. Estimate a value where you can, so that members&apos; shares can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected contribution (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contributions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DashboardAgenda</name>
    <message>
        <source>Double-click a row, or select it and press Enter, to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coalition to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings in the next %1 days. Meetings are planned on the Meetings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meetings in the next %1 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open task, plan or goal due in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open tasks, plans and goals due in the next %1 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No task is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 task past its due date and not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks past their due date and not done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Meetings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late Tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of the coalition&apos;s bodies in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks, unfinished action plans and goals due in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks past their due date that are neither done nor dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DashboardCharts</name>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members by sector: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No membership figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members at each month end: %1 on %2, %3 on %4 (today).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DashboardData</name>
    <message>
        <source>%1 (plan of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1; goal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DashboardPage</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coalition yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard follows one coalition: its stage, warnings, deadlines and members. Add a coalition on the Coalitions page to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Coalitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a warning, or select it and press Enter, to go to the record it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Members by Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Members over Two Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;%2&lt;/b&gt; organizations · &lt;b&gt;%3&lt;/b&gt; people · &lt;b&gt;%4&lt;/b&gt; coalitions · &lt;b&gt;%5&lt;/b&gt; memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition&apos;s figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows its own procedures: nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning from the coalition&apos;s own rules and procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings from the coalition&apos;s own rules and procedures.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DashboardStagePanel</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Stage Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every criterion with its evidence, answer the checklist and record a stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a criterion, or select it and press Enter, to go to the records it names, or to the Stage page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stage: &lt;b&gt;%1&lt;/b&gt;, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stage: &lt;i&gt;none yet&lt;/i&gt;. Record the stage the coalition agrees it is in on the Stage page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the evidence: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left to complete %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 still needs before %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: every criterion of %1 is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stage: &lt;i&gt;no coalition&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing for the next stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coalition is assessed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DateDelegate</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DecisionActions</name>
    <message>
        <source>Add &amp;Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a proposal put to the selected meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected decision&apos;s title, area and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected decision with its positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected adopted decision was reopened, with the vote to reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Present Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record yes for every present voting member that has no position yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the decision “%1” with the positions recorded on it? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ground rule it adopted stays, without the link to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every present member as agreeing to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DecisionDialog</name>
    <message>
        <source>Edit Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is proposed, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of matter it settles; a body may settle alone only the areas its procedure lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal as it was put to the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failed attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body seeks consensus first and votes after 1 failed attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The body seeks consensus first and votes after %n failed attempts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Count the attempts that failed before this round: until they reach that number, the positions are counted as consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only when the body decides by consensus, then a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DecisionListModel</name>
    <message>
        <source>The decisions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DecisionPanel</name>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision is recorded for this meeting yet. Add one for each proposal put to it; the outcome is counted from the positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a position, or select it and press F2, to record what the member said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DetailFieldList</name>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::EscalationEditor</name>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step earlier on the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step later on the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::EvaluationDialog</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out of reports unless asked to include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as “Tenant rights workshops, spring series”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the evaluation found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::EvaluationListModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::FractionEdit</name>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::GoalDialog</name>
    <message>
        <source>Add &amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove M&amp;easure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Has a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential — left out of reports unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific goals are tied to the issues of the coalition&apos;s mission; universal ones are true of any coalition, such as broadening its membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as “Every tenant knows their rights”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::GoalListModel</name>
    <message>
        <source>No action group serves this goal and it has no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action group serves this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan works towards this goal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: left out of reports and exports unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::GovernancePage</name>
    <message>
        <source>&amp;Ground Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bodies and Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No coalition yet&lt;/h2&gt;&lt;p&gt;This page keeps how a coalition governs itself: the ground rules its members agree on, the bodies that meet and decide, and the procedure each body decides by.&lt;/p&gt;&lt;p&gt;Start a coalition on the Coalitions page; its rules and bodies then show here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agreed ground rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bodies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bodies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::GroundRuleDetails</name>
    <message>
        <source>Select a rule to see its text and history, or an area to see what it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, at the meeting of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, at the meeting of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · a key area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— awaits the members&apos; agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was due on %1, %2 days ago: the members should look at this rule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: 1 revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1 revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::GroundRuleDialog</name>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ground Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Ground Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersede Ground Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new rule replaces “%1”. Once the new rule is agreed, “%1” is retired, and its history says by what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, such as “Speaking to the press”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule as the members agree to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Agree or Retire to change the status; the history keeps the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposed rule awaits the members&apos; agreement; an agreed rule is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the members mean to look at the rule again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule this one replaces: it is retired once this one is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upersedes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why (kept in the rule&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision by which the members agreed to the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::GroundRuleTreeModel</name>
    <message>
        <source>Who decides what, and by which method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks to the media and for the coalition, and what they may say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is said or shared in confidence, and what may go outside the coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How information reaches the members and the public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What members&apos; representatives may commit their organizations to, and what they report back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How meetings are called, run and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How disagreements between members are handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rules the members agreed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key areas settled: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key areas settled: %1 of %2 — missing: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed rule yet — every coalition should settle this early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by an agreed rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by %1 agreed rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed rule yet — “%1” is proposed and awaits agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed rule yet — %1 proposed rules await agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 One of the five areas every coalition should settle early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed — awaits agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area and rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::GroundRulesView</name>
    <message>
        <source>No ground rules yet. Ground rules are the procedures the members agree on: how decisions are made, who speaks for the coalition, what stays confidential, how information is shared and what representatives may do. Settling these five early saves the coalition many quarrels later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules by area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::InterestsDialog</name>
    <message>
        <source>Interests of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared interests are why %1 takes part; conflicting ones are where the coalition&apos;s work may cut across its own. Both are worth knowing before a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared with the coalition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;conflict with it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::LineListEditor</name>
    <message>
        <source>Double-click or press F2 to edit a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Coalition Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition the Coalitions page shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oalition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Coalition Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace it is a copy of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be moved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Coalition Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition Desk %1

Keeps a coalition&apos;s member organizations, its rules and its decisions in one file on your computer, and explains every judgement it makes.

Built with Qt %2 (running on Qt %3).
Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page shows the records this warning is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingActions</name>
    <message>
        <source>&amp;Add Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a meeting of one of the coalition&apos;s bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected meeting&apos;s time, notice, location, agenda and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected meeting with the decisions taken at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings are held by a body of the coalition, and this coalition has none yet. Record its full membership as the body that meets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Full Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees and their decision procedures are set up on the Governance page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member organization of the coalition, meeting together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add body “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was recorded at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision recorded at it goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n decisions recorded at it go with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the meeting of %1? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingDialog</name>
    <message>
        <source>Notice &amp;given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove I&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting&apos;s body cannot change once attendance and decisions may have been recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the meeting was called; decisions need the notice the body&apos;s procedure asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the meeting takes place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingDisplay</name>
    <message>
        <source>%1 %2</source>
        <comment>date, then time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date of notice recorded; the procedure needs 1 day&apos;s notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No date of notice recorded; the procedure needs %n days&apos; notice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No date of notice recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called on %1: 1 day&apos;s notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Called on %1: %n days&apos; notice</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the body has no decision procedure that sets a notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the procedure needs %2: enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the procedure needs %2: too short, decisions taken here lack notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingListModel</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming: this meeting has not taken place yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 decision taken or proposed at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decisions taken or proposed at this meeting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingPanel</name>
    <message>
        <source>Another &amp;Person Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each member organization present; double-click the person column to say who attended for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record another person of the selected organization as attending; the organization still has one vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingsPage</name>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting to see its attendance and decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show meetings of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No coalition yet&lt;/h2&gt;&lt;p&gt;Meetings belong to a coalition&apos;s bodies. Start a coalition on the Coalitions page first; its meetings and decisions are recorded here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No meetings yet&lt;/h2&gt;&lt;p&gt;Record here each meeting of %1&apos;s bodies: who attended, and for each proposal the position of every voting member. Coalition Desk counts the outcome by the body&apos;s decision procedure and says why: quorum, votes, blocks.&lt;/p&gt;&lt;p&gt;It also warns when a meeting was called with too little notice or a body decided outside its areas.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This body has no meeting recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MemberActions</name>
    <message>
        <source>&amp;Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization from the registry to this coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member&apos;s kind, representatives and dues (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new status for the selected member, with its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what the selected member contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barriers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what limits the selected member&apos;s contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the interests the selected member shares with the coalition, and those in conflict with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member from the coalition (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contributions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit barriers of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interests of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status history, contributions, interests and barriers in this coalition go with it. To keep them, change its status to Withdrawn instead. Edit &gt; Undo brings a removed member back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontributions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MemberCheckList</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MemberDetailsPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member to see its status history, dues, contributions, barriers and interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No representative named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MemberDialog</name>
    <message>
        <source>Has joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting members take part in decisions; allies and observers take part without a vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount the member pays the coalition each dues period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the member&apos;s dues cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Change Status to record a new status with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every organization is already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no people in the registry yet: add them on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the organization&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name to find the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an organization that can join: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MemberDisplay</name>
    <message>
        <source>%1 %2 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays no dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues of %1; no payment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues of %1 paid through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues paid through %1, less than a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues paid through %1, a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dues paid through %1, %n months ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MemberTableModel</name>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date up to which the member&apos;s dues are paid; overdue dues are highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues paid to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MembersView</name>
    <message>
        <source>Filter by organization or representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member organizations yet. Use Add Member to record the organizations taking part, or the ones you hope will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::NetworkFiguresPanel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures: the coalition has no active members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the 1 pair of members has a relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 pairs of members have a relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs at each level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated differently by the two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: where both sides gave their view, they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members without a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every member has at least one tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties of each member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How these were counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::NetworkGraphView</name>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two sides rate the tie differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in a circle counts its ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships among the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationships among a coalition&apos;s members, drawn by Coalition Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1: the file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tie to another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a member to move it; double-click a tie to edit it. Ctrl+wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest tie: %1 (%2, %3 trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list its relationships; drag to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: %3, %4 trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The two sides rate it differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members without a tie to another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members, %2 relationships between them, %3 members without any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OptionalDateEdit</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OrganizationDetails</name>
    <message>
        <source>People of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;mberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an organization to see its people, memberships and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown coalition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;mberships (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OrganizationDialog</name>
    <message>
        <source>As the organization writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it exists to do, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides inside it, and how: a board, a vote …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing, youth, food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find and group organizations by, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the organization takes its own decisions; it tells you how long it may need before committing to a coalition decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decides by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OrganizationTableModel</name>
    <message>
        <source>Not a member of any coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of body it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalitions it has a membership in, whatever its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its e-mail address, or else its phone number, or else its website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When its record last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OrganizationsPage</name>
    <message>
        <source>Search names, sectors, tags and missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the organizations whose name, sector, tags or mission contain what you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organizations of one sector only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every organization could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organizations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization to the registry (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected organization (Enter or Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected organization and its memberships (Delete); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s details could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organizations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations are the bodies that can join a coalition: community groups, agencies, schools, faith groups, funders …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization in this sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for part of a name, a tag or a word of the mission, or show every sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organization “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organization “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of %2; those memberships will be removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its people (%Ln) stay in the registry, without an organization.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove organization “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organizations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln organization</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln organizations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OutcomeListModel</name>
    <message>
        <source> (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: reports and exports leave this record out unless asked to include confidential records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OutcomeNames</name>
    <message>
        <source>(unknown member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OutcomeView</name>
    <message>
        <source>&lt;b&gt;Reopened&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes to reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 · Area: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reasons were recorded with this outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none brought</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people of one organization only; type part of its name to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who speak for no organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organi&amp;zation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the registry (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected person (Enter or Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person (Delete); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, roles, e-mail and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the people whose name, role, e-mail address or organization contain what you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s details could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln person</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep here the people you deal with: who speaks for each organization, who represents it in a coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches your search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for part of a name, a role, an e-mail address or an organization, or show every organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s memberships could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; those memberships lose that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PersonDetails</name>
    <message>
        <source>Memberships the person represents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see the memberships they represent and their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown coalition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;presents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;presents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name to find the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or role in the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization named “%1”: choose one from the list, or “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person speaks for no organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PersonTableModel</name>
    <message>
        <source>Not attached to an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PlanLineTableModel</name>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no member)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PlanListModel</name>
    <message>
        <source>No lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h/month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential: left out of reports and exports unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PositionModel</name>
    <message>
        <source>The positions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not vote here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a voting member of this body on the meeting&apos;s date; its position is recorded but not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the position of %1; “—” means none was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position recorded for a member not marked present counts it present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent (no position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the position of “%1” on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “%1” as %2 on “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ProcedureDialog</name>
    <message>
        <source>Needs at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with new information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Procedure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &lt;b&gt;%1&lt;/b&gt; takes its decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no decision procedure yet: until it has one, its decisions cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanations count its 1 voting member today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanations count its %1 voting members today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many attempts at consensus may fail before the body votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who decides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead organization (none recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead organization, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then vote by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settles a&amp;lone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of voting members needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a decision may be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, a majority of the votes cast is enough to reopen a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of votes cast needed to reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ProcedureDisplay</name>
    <message>
        <source>1 attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 voting member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 yes vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yes votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus, then a %1 vote after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus, then a majority vote after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supermajority of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to the lead organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to the lead organization (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated (no delegate chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum: 1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum: %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum: more than half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum: %1 of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notice needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day&apos;s notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days&apos; notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members look for agreement: each agrees, stands aside or blocks. A single block stops the proposal; standing aside is recorded but does not stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supermajority of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body first looks for consensus, where a single block stops the proposal. After %1 without consensus it votes instead, and %2 of the votes decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted when the yes votes are more than half of what they are counted against. Exactly half is a tie, and a tie fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted when the yes votes reach the threshold; reaching it exactly is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted only when everyone counted votes yes: a single no defeats the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This body does not decide itself: %1 decides for it, by its own procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This body does not decide itself: the coalition&apos;s lead organization decides for it. The coalition has no lead organization recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This body does not decide itself: the coalition&apos;s lead organization, %1, decides for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This body does not decide itself. Choose who decides for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supermajority is a share above one half and at most the whole, such as 2/3 or 3/4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes votes must be at least %1 of the votes cast (yes + no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If all %1 vote yes or no, that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes votes must be at least %1 of the voting members present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With all %1 present, that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes votes must be at least %1 of all voting members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1, that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions do not count: %1 of yes + no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions do not count: no one may vote no, and at least one must vote yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions do not count: more than half of yes + no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted against the voting members present: an abstention, a stand-aside or a member present who takes no position counts like a no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With all %1 present, %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted against all voting members, present or not: an absence counts like a no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1, %2 are always needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body may decide however few of its voting members are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 1 voting member must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 voting members must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has only %1, so as it stands it can never decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half of the voting members must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum is a share above 0 and at most the whole of the voting members, such as 1/2 or 2/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 of the voting members must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has no voting members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1, %2 must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full membership may settle any matter itself; the areas matter for the other bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body may settle nothing alone: each decision it takes is flagged as outside its areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body may settle alone: %1. A decision it takes about anything else is flagged as outside its areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation ladder: a disagreement the body cannot settle has nowhere agreed to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disagreement the body cannot settle goes, in turn, to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting may decide even when it is called the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting must be called at least 1 day ahead; a decision taken with less notice is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting must be called at least %1 days ahead; a decision taken with less notice is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once 1 day has passed since the meeting that adopted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once %1 days have passed since the meeting that adopted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with at least %1 of the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a majority of the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adopted decision may be reopened %1, %2, and only when new information is brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adopted decision may be reopened %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ProgressReportDialog</name>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential — left out of reports unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month such as 2026-10, or a quarter such as 2026-Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group did, what is next, what it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RecordCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RecordDetails</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RecordHistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RegistryPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add o&amp;ne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the registry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RelationshipActions</name>
    <message>
        <source>&amp;Add Relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how two organizations work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected relationship&apos;s rating, the sides&apos; own views or notes, and see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected relationship with its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relationship between %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relationship between %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the relationship between %1, with its history and the two sides&apos; views? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove relationship between %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RelationshipDialog</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How closely the two work together. Each level includes the ones before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the two organizations trust each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since when they have worked together this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do together, who the contacts are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rating changed, for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the history gives a changed rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name to find the organization. The coalition&apos;s members come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship always joins the same two organizations: to rate another pair, add a relationship for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each organization may rate the relationship its own way. Record a side&apos;s view to compare it with the other&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level in this side&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust in this side&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this side&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date this side&apos;s view was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both (shared rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1 sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first organization&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other organization&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides rate this relationship differently. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an organization of the registry: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RelationshipListModel</name>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an active member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither side&apos;s own view is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one side&apos;s own view is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides rate the relationship the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RelationshipMatrixModel</name>
    <message>
        <source>%1 and %2: no relationship recorded.
Double-click to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The two sides see it differently: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RelationshipPartyModel</name>
    <message>
        <source>A member of this coalition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RelationshipStyle</name>
    <message>
        <source>Net</source>
        <comment>networking, in a matrix cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coord</source>
        <comment>coordinating, in a matrix cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coop</source>
        <comment>cooperating, in a matrix cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collab</source>
        <comment>collaborating, in a matrix cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They pass each other information that helps each do its own work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They also adjust what they do so that their activities fit together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They also share resources: staff, volunteers, space, money or know-how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They also build up each other&apos;s capacity, sharing the risks, the work and the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <comment>trust</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some</source>
        <comment>trust</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more</source>
        <comment>trust</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <comment>trust</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>level · trust</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RelationshipsPage</name>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No coalition yet&lt;/h2&gt;&lt;p&gt;This page shows how a coalition&apos;s members work with each other: who only exchanges information (networking), who adjusts activities together (coordinating), who shares resources (cooperating) and who builds each other&apos;s capacity (collaborating), with the trust between them.&lt;/p&gt;&lt;p&gt;Start a coalition on the Coalitions page and add its members; their relationships then show here as a matrix and a network graph.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationships could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships among the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships among the members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix needs at least two active members. Add members on the Coalitions page, or set their status to active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 active member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairs tied (density %3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member without a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members without a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 relationship rated differently by its two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationships rated differently by their two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Network as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Network as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network picture was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties are coloured by trust, and fainter the lower it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the two sides rate it differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both organizations gave their own view of the relationship, and the views differ in level or trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell shows how the row&apos;s and the column&apos;s organizations work together and the trust between them. Double-click a cell, or press Enter, to record or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the graph larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rearrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the graph out automatically again, undoing any nodes moved by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the graph, with its legend, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the graph, with its legend, as an SVG drawing that scales to any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;words on ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each tie&apos;s level and trust on it, as well as drawing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the graph as a picture, with its title and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles grow with the number of ties. Click a member to list its relationships below; drag it to rearrange; double-click a tie to edit it. Ctrl+wheel zooms; the arrow keys step through members and ties, Shift+arrows move the selected member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relationships recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the members work together (networking, coordinating, cooperating or collaborating) and how far they trust each other. The matrix and the graph fill in as you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All relationships among the members&lt;/b&gt; (inactive members included, and marked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ReopenDialog</name>
    <message>
        <source>Reopen Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was adopted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its body has no decision procedure, so no reopening conditions apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1 day after it was adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n days after it was adopted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the votes cast to reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than half of the votes cast to reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new information that was not known then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reopen it the procedure asks for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not at a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision is looked at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is known now that was not then (leave empty when nothing new was brought)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes &amp;for reopening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes &amp;cast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days after it was adopted; at least %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 votes cast for reopening; %3 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 votes cast for reopening; more than half needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new information given; it is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new information given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reopening that misses a condition is kept, with a procedural warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the decision is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was adopted on %1; it can only be reopened on or after that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ReportsPage</name>
    <message>
        <source>Include &amp;confidential records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly summary for the executive committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly summary for the strategic committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential records are left out unless you tick this: share such a report only with those entitled to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No coalition yet&lt;/h2&gt;&lt;p&gt;This page makes the coalition&apos;s periodic reports: a monthly summary for the executive committee and a quarterly one for the strategic committee, with each action group&apos;s progress, budget and staffing, the decisions taken, successes and open conflicts. Every figure is computed from the records.&lt;/p&gt;&lt;p&gt;Start a coalition on the Coalitions page; its reports are made here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential records are included: share this report only with those entitled to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 confidential record was left out of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confidential records were left out of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Include confidential records” to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confidential record was left out of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coalition to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ResolveDialog</name>
    <message>
        <source>Resolve Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is at the step “%2”. Say how it was settled; the conflict is then closed and no longer counts among the open ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the parties agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ResultActions</name>
    <message>
        <source>&amp;Add Success…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record something the coalition achieved and who made it happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Success…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how an activity was evaluated and what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add success “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit success “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the success “%1”? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove success “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evaluation of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evaluation of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the evaluation of “%1”? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evaluation of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ResultsPage</name>
    <message>
        <source>Successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successes recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrate what the coalition achieves: each success names the member organizations that made it happen, since credit is shared. The reports list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the coalition&apos;s activities were evaluated (a satisfaction survey, a pre/post test, interviews), the score and what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When members disagree and it persists, record it here with the parties. A conflict climbs a ladder, from discussion to a mediator, an arbitrator and last a panel, until it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts are highlighted. Records marked “(confidential)” are left out of reports unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records marked “(confidential)” are left out of reports unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No coalition yet&lt;/h2&gt;&lt;p&gt;This page keeps what came of a coalition&apos;s work: the successes it celebrates, the evaluations of its activities and the conflicts between its members, with how each was settled.&lt;/p&gt;&lt;p&gt;Start a coalition on the Coalitions page; its results then show here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RuleActions</name>
    <message>
        <source>&amp;Add Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a ground rule the members agreed on, or one proposed to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected rule; a new text goes into its history (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the members agreed to the selected proposed rule today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected rule out of force, keeping it and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supersede…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new rule that replaces the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ground rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersede ground rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ground rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to ground rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire ground rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::RuleStatusDialog</name>
    <message>
        <source>Retire Ground Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Ground Rule Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stops being in force. It stays in the list, greyed, with its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” becomes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last change is dated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the change took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rule is retired (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, or what was decided (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot come before the last one, dated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::SeatDialog</name>
    <message>
        <source>Votes on the body&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Seat on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vice-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role or type another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member sits on the body and takes part without a vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part in the coalition as %2, so a vote here does not count until it becomes a voting member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, so its vote counts only while it is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s position counts in the body&apos;s decisions: one vote for the organization, however many of its people attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member that takes the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the role to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::SeatTableModel</name>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat has no vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in the coalition, so its vote does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part as %2, without a vote in the coalition, so its vote here does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active voting member sits on the full membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role of “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give “%1” a vote on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the vote of “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StaffingTableModel</name>
    <message>
        <source>No staffing needs yet: add the roles the plan needs people for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered %1 of %2 hours a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 sought outside the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 nobody covers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staffing need to plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove staffing need “%1” from plan “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sought outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member covers these %1 hours a month; they are sought outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody covers these %1 hours a month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek “%1” outside the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop seeking “%1” outside the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename staffing need “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the hours of staffing need “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who covers staffing need “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageAnswerForm</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the criterion is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the criterion is not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the question open; a note may still say what is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answer rests on: who said so, what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the answer was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this answer (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date answered:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageBar</name>
    <message>
        <source>Development stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded and suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coalition is assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 criteria met: substantially met (at least %3 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 criteria met: not yet substantially met (at least %3 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion does not reach this stage while an earlier one is not substantially met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the stage the evidence suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the coalition&apos;s recorded stage, since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the coalition&apos;s recorded stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, or press Enter, to see the criteria on the Stage page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coalition is assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested stage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded stage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 criteria met, substantially met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 criteria met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageChangeDialog</name>
    <message>
        <source>Edit Stage Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Stage Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — supported by the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage you judge the coalition to be in. It may differ from the one the evidence supports; the Stage page then says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From when the coalition is in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the coalition is in this stage now: what happened, what the members agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adopted decision of the coalition that settled this stage, if the members decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition&apos;s decisions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the stage the evidence supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence supports %1. You may still record a later stage; the Stage page will then warn that it is ahead of the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence already supports %1, a later stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageCriteriaModel</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, substantially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not yet substantially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage and criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the records decide the criterion, or your answer to a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recorded and suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence supports this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition&apos;s recorded stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
A question you answer: select it to give your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question you answer: the records cannot decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from the coalition&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageCriterionPanel</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a criterion to see the evidence behind it. Questions (marked “Your answer”) are answered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence supports this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the coalition&apos;s recorded stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage is substantially met when at least %1 of its %2 criteria are met; unanswered questions count as not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — answered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — worked out from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageHistoryList</name>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage the coalition is in is your call: record it with the date and why. The criteria show what the evidence supports; a recorded stage ahead of it is allowed and flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Stage Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest entry: the coalition&apos;s recorded stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageHistoryView</name>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage recorded yet. Record the coalition&apos;s stage on the Stage page: each change then appears here with its date and rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1, when it was recorded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition&apos;s recorded stage today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by a recorded decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by the decision “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 recorded stage change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded stage changes, oldest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StagePage</name>
    <message>
        <source>&amp;Record Stage Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the stage you judge the coalition to be in, from a date, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry of the stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Entr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry of the stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage&apos;s criteria with their evidence; answer the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages you recorded, with the dates and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coalition compares with what its type usually has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage of the coalition could not be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by the evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every question answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to complete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for the next stage, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion of %1 is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 criterion of %1 is not met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criteria of %2 are not met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria of %1 not met yet: with enough of them met, the evidence supports the next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to “%1” is not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise it is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stage change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Stage Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the entry “%1 from %2” from the stage history? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage change “%1 from %2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No coalition yet&lt;/h2&gt;&lt;p&gt;This page follows a coalition through its five stages of development, from pre-formation to institutionalization: what the records show for each stage, the questions only you can answer, and the stage you record with your reasons.&lt;/p&gt;&lt;p&gt;Start a coalition on the Coalitions page; its stage then shows here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click one, or press Enter on it, to see its evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageRecordLinks</name>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 on its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageSummary</name>
    <message>
        <source>Recorded stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the stage you judge the coalition to be in, with why; the evidence below helps you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageTypeFitView</name>
    <message>
        <source>Type fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the type usually has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the records show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare for the type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records fit what a coalition of the type “%1” usually has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records differ from what a coalition of the type “%1” usually has in one aspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records differ from what a coalition of the type “%1” usually has in %2 aspects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difference is not a fault: it may be a choice, or a sign that the type recorded on the Coalitions page no longer describes the coalition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StatusChangeDialog</name>
    <message>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &lt;b&gt;%2&lt;/b&gt; since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the status changed; not before the last recorded change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, or what was decided (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::SuccessDialog</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out of reports unless asked to include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as “City council funds the winter shelter”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::SuccessListModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit is shared by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group and goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::TaskDialog</name>
    <message>
        <source>S&amp;tarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential — left out of reports unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as “Book the hall for the workshop”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::TaskTableModel</name>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: due on %1, a day ago, and still %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: due on %1, %3 days ago, and still %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: left out of reports and exports unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A done date is set by marking the task done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename task “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who is responsible for task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the start of task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the due date of task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark task “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the done date of task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::TimelineView</name>
    <message>
        <source>Task timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: not set (the bar runs to today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late by %n day(s): it was due on %1 and is not done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tasks in %2 groups, %3 of them late; today is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks to show. Tasks of the action plans appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group and task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::WarningModel</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::WarningsDock</name>
    <message>
        <source>Procedural Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedural Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the warnings about the coalition&apos;s procedures (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the procedural warnings (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 procedural warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedural warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::WarningsPanel</name>
    <message>
        <source>Procedural warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a warning, or select it and press Enter, to go to the record it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coalition to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coalition could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows its own procedures: nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning for %1, from its own rules and procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings for %1, from its own rules and procedures.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::WelcomeWidget</name>
    <message>
        <source>&lt;h2&gt;No workspace is open&lt;/h2&gt;&lt;p&gt;A workspace is one file that holds your organizations, people and coalitions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::WorkspaceOpener</name>
    <message>
        <source>Coalition workspaces (*.coalition);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not opened, and it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::WorkspaceSession</name>
    <message>
        <source>The list of organizations could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::Validation</name>
    <message>
        <source>The name is too long: keep it to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long: keep it to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot contain “;”: it separates tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is time-limited: give the date it is planned to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting cannot last a negative time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the organization joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization that takes part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternate must be someone other than the representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues cannot be a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution cannot have a negative value (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each interest in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each barrier in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes must be in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long: keep it to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold %1 must be a fraction above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supermajority needs more than half: %1 is not above 1/2 (a simple majority is a method of its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the body belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full membership has no seats of its own: every active voting member sits on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member that holds each seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member can hold only one seat on a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the body that decides by this procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say after how many failed attempts at consensus the body votes (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When consensus fails the body votes by simple majority or by supermajority, not by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegated procedure names one delegate: another body or the lead organization, not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body cannot delegate its decisions to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a delegated procedure names a delegate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of attempts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quorum is at least one member present; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum %1 must be a fraction above 0 and at most 1 of the voting members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step “%1” appears twice on the escalation ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice a meeting needs cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time before reopening cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of votes needed to reopen (%1) must be above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the rule belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule cannot supersede itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each revision of a rule needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions of a rule must be in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the body that meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and time the meeting starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice was given on %1, after the meeting of %2: give the date the meeting was called, on or before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each agenda item in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member organization that attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same attendance is recorded twice: an organization&apos;s person is listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting where the decision is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of failed attempts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member whose position it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member has one position on a decision: one vote per organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the decision was reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopenings must be in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes for reopening is more than the %2 votes cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 comes before the start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the goal belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the action group belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person who convenes the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the body that is this group, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the goal the plan works towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the action group that carries out the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member organization that leads the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget line cannot be a negative amount (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member organization that funds this line, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is marked secured: name the member or the outside source that funds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per month must be between 0 and %1 (a whole month); %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member organization that covers this role, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” is covered by a member, so it is not sought outside as well: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan the task belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member organization responsible, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a task that is done has a done date (%1): set its status to done or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same member organization is listed twice: list each one once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the action group the report comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period the report covers: a month such as 2026-10 or a quarter such as 2026-Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the report says, or at least the date it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the success belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit at least one member organization: a success is shared by the members who made it happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the evaluation belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score of %1 is outside the scale: give a score from 0 to 100, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the conflict belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one member organization that is a party to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe how the conflict was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the conflict was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open conflict has no resolution date: clear the date, or mark the conflict resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was raised on %1, so it cannot have ended on %2, before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition whose stage this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date from which the coalition is in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the coalition is in this stage: the rationale is what makes the decision understandable later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision that settled the stage, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the coalition the answer is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the checklist question being answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a question of the stage checklist: choose one of its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first organization of the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the second organization of the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship joins two different organizations: choose another one for the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the two organizations of the relationship can give their view of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each organization gives at most one view of the relationship; one side is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change in the history needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in the history names an organization that is not one of the relationship&apos;s two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coalition::WorkspaceJson</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coalition “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership of “%1” in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a record written in braces { }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a UTC time written YYYY-MM-DDTHH:MM:SS.mmmZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the alternate for %2: they are not one of its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot represent %2: they are not one of its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coalition with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a membership in this coalition (%2); an organization has one membership per coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is no longer empty; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported into this workspace because it already holds data. Import it into a new workspace file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: this is not valid JSON: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Coalition Desk workspace export (its &quot;format&quot; should be &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: format_version: Expected a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Coalition Desk (format version %2; this version reads up to %3). Update Coalition Desk to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entry: this version of Coalition Desk does not know what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” (%3); organization names must differ in more than letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” (%3); coalition names must differ in more than letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and 1 more problem; nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 more problems; nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1 has no “%2”; a file that holds them declares format_version %3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting of “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no body with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no procedure with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ground rule with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of “%2”, not of “%3”, so %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” (%3); the bodies of a coalition must differ in more than letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already is the full membership of “%2” (%3); a coalition has one full membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot hold a seat on this body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a decision procedure (%2); a body decides by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another coalition: %2 can delegate only to a body of its own coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot attend this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot attend for %2: they are not one of its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure of %1 belongs to another coalition; a decision of “%2” is taken under one of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no position on this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision of “%1” is reopened at a meeting of its own bodies, not at one of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision “%1” was taken in “%2”; a rule of “%3” is adopted by one of its own decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a rule of “%2”; a rule supersedes only another rule of its own coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the rules it supersedes leads back to this rule; a chain of superseded rules must end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected counts written in braces { }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report of “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision “%1” was taken in “%2”; a record of “%3” is adopted by one of its own decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to “%2”, not to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” (%3); the action groups of a coalition must differ in more than letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot take part in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot convene the group: they are not one of the people of a member organization of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action group “%1” works for “%2”; a plan for a goal of “%3” is carried out by one of its own groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot lead, fund or staff this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be responsible for this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a report for %2 (%3); a group sends one report per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be credited with this success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan “%1” is carried out in “%2”, not in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan “%1” is carried out by the group “%2”: evaluate it under that group, or under none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be a party to this conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no goal with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action group with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action plan with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no progress report with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no success with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evaluation with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage change with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist answer with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no relationship with id %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage change of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer of “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship of “%1” and “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision “%1” was taken in “%2”; the stage of “%3” is settled by one of its own decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has an answer to “%2” (%3); a coalition answers each checklist question once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 already have a relationship (%3); two organizations have one relationship, whichever of them comes first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps a coalition&apos;s members, rules and decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a freshly generated sample workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
