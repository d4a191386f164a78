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
</context>
<context>
    <name>Coalition::JsonCodec</name>
    <message>
        <source>This field is required.</source>
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
    <name>Coalition::Ui::DashboardPage</name>
    <message>
        <source>Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; organizations · &lt;b&gt;%3&lt;/b&gt; people · &lt;b&gt;%4&lt;/b&gt; coalitions · &lt;b&gt;%5&lt;/b&gt; memberships&lt;/p&gt;</source>
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
