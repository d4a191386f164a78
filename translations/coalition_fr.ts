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
    <name>Coalition::JsonCodec</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
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
