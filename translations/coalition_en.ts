<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Coalition::Cli</name>
    <message numerus="yes">
        <source>%n confidential records not shown (add --include-confidential to see them).</source>
        <translation>
            <numerusform>%n confidential record not shown (add --include-confidential to see it).</numerusform>
            <numerusform>%n confidential records not shown (add --include-confidential to see them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Method: consensus first. After %n failed attempts at consensus the body votes, and then %1 of the basis is needed.</source>
        <translation>
            <numerusform>Method: consensus first. After %n failed attempt at consensus the body votes, and then %1 of the basis is needed.</numerusform>
            <numerusform>Method: consensus first. After %n failed attempts at consensus the body votes, and then %1 of the basis is needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted against: all %n voting members, present or not.</source>
        <translation>
            <numerusform>Counted against: the %n voting member, present or not.</numerusform>
            <numerusform>Counted against: all %n voting members, present or not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum: at least %1 of the %n voting members must be present.</source>
        <translation>
            <numerusform>Quorum: at least %1 of the %n voting member must be present.</numerusform>
            <numerusform>Quorum: at least %1 of the %n voting members must be present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum: more than half of the %n voting members must be present (%1 or more).</source>
        <translation>
            <numerusform>Quorum: more than half of the %n voting member must be present (%1 or more).</numerusform>
            <numerusform>Quorum: more than half of the %n voting members must be present (%1 or more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum: at least %1 of the %n voting members must be present (%2 or more).</source>
        <translation>
            <numerusform>Quorum: at least %1 of the %n voting member must be present (%2 or more).</numerusform>
            <numerusform>Quorum: at least %1 of the %n voting members must be present (%2 or more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n days after the meeting that adopted it</source>
        <translation>
            <numerusform>at least %n day after the meeting that adopted it</numerusform>
            <numerusform>at least %n days after the meeting that adopted it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: one vote per voting member organization, however many of its people attend; %n voting members today.</source>
        <translation>
            <numerusform>Voting: one vote per voting member organization, however many of its people attend; %n voting member today.</numerusform>
            <numerusform>Voting: one vote per voting member organization, however many of its people attend; %n voting members today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notice: a meeting must be called at least %n days before it may decide.</source>
        <translation>
            <numerusform>Notice: a meeting must be called at least %n day before it may decide.</numerusform>
            <numerusform>Notice: a meeting must be called at least %n days before it may decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Called on %1: %n days&apos; notice.</source>
        <translation>
            <numerusform>Called on %1: %n day&apos;s notice.</numerusform>
            <numerusform>Called on %1: %n days&apos; notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n problem(s).</source>
        <translation>
            <numerusform>The workspace has %n problem.</numerusform>
            <numerusform>The workspace has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Imported %n row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confidential record(s) left out.</source>
        <translation>
            <numerusform>%n confidential record left out.</numerusform>
            <numerusform>%n confidential records left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::ProceduralChecks</name>
    <message numerus="yes">
        <source>The procedure of %1 requires %n days&apos; notice before a meeting may decide.</source>
        <translation>
            <numerusform>The procedure of %1 requires %n day&apos;s notice before a meeting may decide.</numerusform>
            <numerusform>The procedure of %1 requires %n days&apos; notice before a meeting may decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The meeting of %1 was called on %2: %n days&apos; notice.</source>
        <translation>
            <numerusform>The meeting of %1 was called on %2: %n day&apos;s notice.</numerusform>
            <numerusform>The meeting of %1 was called on %2: %n days&apos; notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No date is recorded for the reopening; the procedure requires %n days after the meeting that adopted it.</source>
        <translation>
            <numerusform>No date is recorded for the reopening; the procedure requires %n day after the meeting that adopted it.</numerusform>
            <numerusform>No date is recorded for the reopening; the procedure requires %n days after the meeting that adopted it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened on %1, %2 days after the meeting of %3 that adopted it; the procedure requires at least %n days.</source>
        <translation>
            <numerusform>Reopened on %1, %2 days after the meeting of %3 that adopted it; the procedure requires at least %n day.</numerusform>
            <numerusform>Reopened on %1, %2 days after the meeting of %3 that adopted it; the procedure requires at least %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionGroupEdits</name>
    <message numerus="yes">
        <source>The %n plans working towards it go with them, with their tasks.</source>
        <translation>
            <numerusform>The %n plan working towards it goes with it, with its tasks.</numerusform>
            <numerusform>The %n plans working towards it go with them, with their tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionGroupListModel</name>
    <message numerus="yes">
        <source>%n reports missing, the latest for %1</source>
        <translation>
            <numerusform>%n report missing, for %1</numerusform>
            <numerusform>%n reports missing, the latest for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionGroupsPage</name>
    <message numerus="yes">
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action groups</source>
        <translation>
            <numerusform>%n action group</numerusform>
            <numerusform>%n action groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late tasks</source>
        <translation>
            <numerusform>%n late task</numerusform>
            <numerusform>%n late tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups with a report missing</source>
        <translation>
            <numerusform>%n group with a report missing</numerusform>
            <numerusform>%n groups with a report missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionPlanEdits</name>
    <message numerus="yes">
        <source>Its %n tasks go with it.</source>
        <translation>
            <numerusform>Its %n task goes with it.</numerusform>
            <numerusform>Its %n tasks go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ActionPlanPanel</name>
    <message numerus="yes">
        <source> — %n late</source>
        <translation>
            <numerusform> — %n late</numerusform>
            <numerusform> — %n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::AttendanceModel</name>
    <message numerus="yes">
        <source>%n member organizations present</source>
        <translation>
            <numerusform>%n member organization present</numerusform>
            <numerusform>%n member organizations present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, through %n named people</source>
        <translation>
            <numerusform>%1, through %n named person</numerusform>
            <numerusform>%1, through %n named people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::AuditDescriber</name>
    <message numerus="yes">
        <source>(%n entries)</source>
        <translation>
            <numerusform>(%n entry)</numerusform>
            <numerusform>(%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::CoalitionsPage</name>
    <message numerus="yes">
        <source>%Ln member organizations, %L1 active</source>
        <translation>
            <numerusform>%Ln member organization, %L1 active</numerusform>
            <numerusform>%Ln member organizations, %L1 active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DashboardAgenda</name>
    <message numerus="yes">
        <source>%n meetings in the next %1 days.</source>
        <translation>
            <numerusform>%n meeting in the next %1 days.</numerusform>
            <numerusform>%n meetings in the next %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open tasks, plans and goals due in the next %1 days.</source>
        <translation>
            <numerusform>%n open task, plan or goal due in the next %1 days.</numerusform>
            <numerusform>%n open tasks, plans and goals due in the next %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks past their due date and not done.</source>
        <translation>
            <numerusform>%n task past its due date and not done.</numerusform>
            <numerusform>%n tasks past their due date and not done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n warnings from the coalition&apos;s own rules and procedures.</source>
        <translation>
            <numerusform>%n warning from the coalition&apos;s own rules and procedures.</numerusform>
            <numerusform>%n warnings from the coalition&apos;s own rules and procedures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::DecisionDialog</name>
    <message numerus="yes">
        <source>The body seeks consensus first and votes after %n failed attempts.</source>
        <translation>
            <numerusform>The body seeks consensus first and votes after %n failed attempt.</numerusform>
            <numerusform>The body seeks consensus first and votes after %n failed attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingActions</name>
    <message numerus="yes">
        <source>The %n decisions recorded at it go with it.</source>
        <translation>
            <numerusform>The %n decision recorded at it goes with it.</numerusform>
            <numerusform>The %n decisions recorded at it go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingDisplay</name>
    <message numerus="yes">
        <source>No date of notice recorded; the procedure needs %n days&apos; notice.</source>
        <translation>
            <numerusform>No date of notice recorded; the procedure needs %n day&apos;s notice.</numerusform>
            <numerusform>No date of notice recorded; the procedure needs %n days&apos; notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Called on %1: %n days&apos; notice</source>
        <translation>
            <numerusform>Called on %1: %n day&apos;s notice</numerusform>
            <numerusform>Called on %1: %n days&apos; notice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingListModel</name>
    <message numerus="yes">
        <source>%n decisions taken or proposed at this meeting</source>
        <translation>
            <numerusform>%n decision taken or proposed at this meeting</numerusform>
            <numerusform>%n decisions taken or proposed at this meeting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MeetingsPage</name>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n upcoming</numerusform>
            <numerusform>%n upcoming</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::MemberDisplay</name>
    <message numerus="yes">
        <source>Dues paid through %1, %n months ago</source>
        <translation>
            <numerusform>Dues paid through %1, %n month ago</numerusform>
            <numerusform>Dues paid through %1, %n months ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::OrganizationsPage</name>
    <message numerus="yes">
        <source>%Ln organization</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organizations</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln organization</source>
        <translation>
            <numerusform>%1 of %Ln organization</numerusform>
            <numerusform>%1 of %Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln organizations</source>
        <translation>
            <numerusform>%1 of %Ln organization</numerusform>
            <numerusform>%1 of %Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its people (%Ln) stay in the registry, without an organization.</source>
        <translation>
            <numerusform>Its one person stays in the registry, without an organization.</numerusform>
            <numerusform>Its people (%Ln) stay in the registry, without an organization.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PeoplePage</name>
    <message numerus="yes">
        <source>%1 of %Ln person</source>
        <translation>
            <numerusform>%1 of %Ln person</numerusform>
            <numerusform>%1 of %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln people</source>
        <translation>
            <numerusform>%1 of %Ln person</numerusform>
            <numerusform>%1 of %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::PlanListModel</name>
    <message numerus="yes">
        <source>%n h/month</source>
        <translation>
            <numerusform>%n h/month</numerusform>
            <numerusform>%n h/month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::ReopenDialog</name>
    <message numerus="yes">
        <source>at least %n days after it was adopted</source>
        <translation>
            <numerusform>at least %n day after it was adopted</numerusform>
            <numerusform>at least %n days after it was adopted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::StageHistoryView</name>
    <message numerus="yes">
        <source>%n recorded stage changes, oldest first.</source>
        <translation>
            <numerusform>%n recorded stage change.</numerusform>
            <numerusform>%n recorded stage changes, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::TimelineView</name>
    <message numerus="yes">
        <source>Late by %n day(s): it was due on %1 and is not done.</source>
        <translation>
            <numerusform>Late by %n day: it was due on %1 and is not done.</numerusform>
            <numerusform>Late by %n days: it was due on %1 and is not done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::WarningsDock</name>
    <message numerus="yes">
        <source>%n procedural warnings</source>
        <translation>
            <numerusform>%n procedural warning</numerusform>
            <numerusform>%n procedural warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coalition::Ui::WarningsPanel</name>
    <message numerus="yes">
        <source>%n warnings for %1, from its own rules and procedures.</source>
        <translation>
            <numerusform>%n warning for %1, from its own rules and procedures.</numerusform>
            <numerusform>%n warnings for %1, from its own rules and procedures.</numerusform>
        </translation>
    </message>
</context>
</TS>
