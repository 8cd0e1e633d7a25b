<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>LmcReport</name>
    <message>
        <source>the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Summary Care Record: consent and uptake&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters returned undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCR consent report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned; not recorded as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;When&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Whose&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Milestone&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Status&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;the practice&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;&amp;#9654; The figures in this report are as of this date&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step: %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned upload (%1) has passed and is not recorded as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is planned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload recorded as done on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown (a count is hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of the registered list: %1 opted out of a list of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Reference: %1, %2 opted out (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to be coded before the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs: %1 (overdue: %2)&lt;br&gt;Consents: %3 (overdue: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Registered patients, %1&lt;/th&gt;&lt;th&gt;Count&lt;/th&gt;&lt;th&gt;Share of the list&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered patients (the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2), %3%4&lt;br&gt;Figures as of &lt;b&gt;%5&lt;/b&gt;; forms received %6 to %5 (whole %7s).&lt;br&gt;Produced %8 by Consent Desk %9.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;mdash; &lt;b&gt;demo data&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Aggregate figures for the Local Medical Committee; the report names no patient. %1 A count marked x is withheld so that a hidden one cannot be worked out. Every percentage is of the registered list unless it says otherwise.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent states by age band, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms received by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records created and opt-outs, as a share of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records created (% of the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out (% of the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week ending (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out (right-hand scale); a gap where a count is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records created (left-hand scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms received each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms (count, rounded to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week beginning (Monday), month/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar: the week&apos;s forms, all choices together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* under a week: 1 to %1 forms, not shown; x: withheld so a hidden count cannot be worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted bar: a part week, cut by the edge of the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 marked as left the practice (%5 returning), %6 rows rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the practice file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patient&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains patient data: %1, printed %2 by %3. Page %4 of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1, NHS number %2, as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (VOID: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 registered at the desk in the last four weeks and not in the file yet: kept on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP (clinician)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active; chooses a new password at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The two passwords differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1 after %2 wrong passwords in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active; %1 wrong passwords in a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd</name>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out, % of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed (offered a record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients on the list in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms received per %1, by choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forms were received in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express choices by age band and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent mix by age band and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1; F female, M male, U unknown or indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; implied consent, not informed and in the window left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the patients in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients on the list on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s opt-out rate beside reference figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference figures yet: a manager can add them (Charts, Reference figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim: %1% by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::AuditViewerDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any patient (NHS number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action (e.g. refused, record-choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y|ies), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1. It names patients: keep it on the practice&apos;s systems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ChartView</name>
    <message>
        <source>%1 could not be written: check the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ChartsPage</name>
    <message>
        <source>Charts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the rollout timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the reference figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may change the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may change the reference figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out implied consent, so the small shares of opt-outs and express consents can be compared between age bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out rate compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 on the list, records created for %3%, %4% opted out. Hover over a line or bar for its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point of the charts per day, week (Monday to Sunday) or calendar month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out implied consent, which is most of the list, so the opt-outs and express consents can be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refere&amp;nce figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent mix: express choices onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ChoiceWorklistModel</name>
    <message numerus="yes">
        <source> (%n days to the upload)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (upload was %n days ago)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed %1; the choice was voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed %1; a GP overrode the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for the patient by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by a child under 16 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned 16: offer the patient their own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in force until upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force; coded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force; not yet coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for a child of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, child of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different forms on one day: the opt-out stands until decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ChoiceWorklistPage</name>
    <message>
        <source>Consent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices awaiting coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices waiting for a GP&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark selected coded (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected choices coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uphold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) recorded here but not yet coded in the clinical system. Key each code in the clinical system, then mark it coded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n past the upload date: code these first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the choices you have coded first (Shift or Ctrl with the arrows selects several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n choice(s) as coded in the clinical system on %1, each with its own Read code?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n coded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n coded; not marked: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the choice to review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes to take out of the clinical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark selected removed (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected codes taken out of the clinical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) keyed in the clinical system for a choice that was since voided or overridden. The clinical system still holds each: take it out of the patient&apos;s record, then mark it removed here. Consent codes come first: they could upload a patient who opted out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) waiting for a GP&apos;s decision: made by a proxy or a child, a parent&apos;s choice for a patient now 16, or conflicting forms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the codes you have taken out of the clinical record first (Shift or Ctrl with the arrows selects several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record that %n code(s) were taken out of the clinical record on %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n code(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n code(s) removed; not recorded: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code to take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice it was keyed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a GP (clinician) or a practice manager may record that a code was taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a GP (clinician) or a practice manager may record a GP review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overr&amp;ide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force and coded?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ConnectDialog</name>
    <message>
        <source>Connect to the practice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the practice server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ConnectForm</name>
    <message>
        <source>or leave empty to use ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or address of the practice&apos;s PostgreSQL server, as your IT support gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can; require: always encrypt; verify-full: encrypt and check the server&apos;s certificate (best on a shared network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if your IT support gave one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server that keeps several practices in one database, the name of this practice&apos;s schema (lower-case letters, digits and _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own login on the practice server: the server checks your password and knows your role from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole date: type it as dd/mm/yyyy, e.g. 15/03/2010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: check the day and the month (dd/mm/yyyy, day first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2, the earliest this date can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after %2, the latest this date can be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DeskActions</name>
    <message>
        <source>Consent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form saved (#%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has no choice waiting to be coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the choice of %1 as coded %2 in the clinical system on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked coded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the information pack came back undelivered on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned letter recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to void in this history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mistaken entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is void (kept in the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered again (a returning patient, history kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ExportFile</name>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::FirstRunWizard</name>
    <message>
        <source>Welcome to Consent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk keeps the practice&apos;s record of who has opted out of the Summary Care Record, and what is still to be coded before the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this practice: its code, name and region, and the first manager, who adds the other staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to the practice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice already keeps Consent Desk on a PostgreSQL server, for several desks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore the demo practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up practice with synthetic patients, to try everything safely. Marked &quot;Demo data&quot; everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the practice&apos;s letters from the PCT. The region decides the rollout timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter and five digits, e.g. F84001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s ODS code: one letter and five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Strategic Health Authority the practice belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the practice&apos;s database file is kept: a folder on this computer that only you can read, and that is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the database in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice manager signs in with this name and password, then adds the other staff. Use at least 10 characters; a few words make a good password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your IT support set it up. The password is used for this connection only and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole path of the database file, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. Open it with File › Open practice file, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the manager&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made: choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, but holds no practice yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the practice&apos;s database in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk practices (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up London practice whose information packs went out in January 2010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every patient in it is synthetic: try anything, nothing real can be harmed. The title bar and the status bar say &lt;b&gt;Demo data&lt;/b&gt; all the while.&lt;/p&gt;&lt;p&gt;Sign in as &lt;b&gt;demo-manager&lt;/b&gt;, &lt;b&gt;demo-clinician&lt;/b&gt; or &lt;b&gt;demo-reception&lt;/b&gt; to see what each role may do; the password is &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;When you are ready, File › New practice sets up your own.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type part of the name, e.g. london</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the practice&apos;s records are to be uploaded, if the PCT has given one: the desk counts down to it and warns of forms not yet coded. Leave it empty if not known yet; Practice settings changes it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;upload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own, e.g. j.smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the practice&apos;s region from the list, or type enough of its name to tell it from the others (e.g. london, yorkshire, east midlands).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::HelpKey</name>
    <message>
        <source>Open the user guide at this screen&apos;s section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ImportWizard</name>
    <message>
        <source>Import the practice register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the register export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the registered list from EMIS Web, SystmOne or Vision as CSV or text, then choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as read, and which column gives each field. Change a field&apos;s column if it was not recognised; the choice is remembered for the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Next applies it, all or nothing; Cancel stops it until the last moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: export the registered list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import would make these changes: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The rejected rows, below, are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 of the %2 registered patients would be marked as left. This is usual only for a complete list: tick to confirm that this file is the whole register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 A copy of the practice was kept first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the confirmation first, or cancel and export the whole register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, columns separated by %2: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::MailoutDialog</name>
    <message>
        <source>Record a mail-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the packs were posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every registered patient (each opt-out window starts again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the packs went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCR information packs, (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs in this mail-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail-out progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the mail-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 packs (%2 to parents) posted on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the packs were posted: each opt-out window runs from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients sent no pack since they registered (new and returning patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients whose pack came back undelivered (nobody else&apos;s window restarts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A top-up batch for new registrations, packs sent again to the new addresses of those that came back, or a second mailing to everyone, which starts every patient&apos;s opt-out window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) to record; children under 16 are addressed to their parent or guardian. Their %1-day windows close on %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ These windows close after the planned upload on %1: these patients would be uploaded before their time to opt out is over. Move the upload date (Practice settings), or make sure no record is uploaded before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the mail-out anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>⚠ Lost the connection to the server: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the practice as of this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting &amp;coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GP review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returned letters, not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Windows closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · server %1:%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk — %1 — Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the practice&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information packs have been mailed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned upload: %1, %2 days away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned upload: %1 (%2 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code these before the upload on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload date has passed: code these now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upload date is set for the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n choice(s) awaiting coding in the clinical system.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting &amp;coding (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GP review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export FHIR Consent resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the coding worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. It names patients: keep it on the practice&apos;s systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open practice file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;mail-out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record returned &amp;letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;coding worklist (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;FHIR Consent resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;coded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GP review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter returned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void an entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Consent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk could not be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk practices (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Consent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consent Desk %1&lt;/h3&gt;&lt;p&gt;The practice&apos;s register of Summary Care Record consent.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Database: %5&lt;br&gt;Schema version %6&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. There is no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure, list and state is shown as it was on this date; a form recorded now is dated no later than it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code&amp;s to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n code(s) to take out of the clinical system.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code&amp;s to correct (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing a past date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing %1, not today: anything you record is dated that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Consent Desk locked itself at %1 after %n minute(s) without use, so no patient&apos;s details are left on screen. Type %2&apos;s password to carry on where you left off.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 locked the desk at %2. Type %1&apos;s password to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a GP (clinician) or a practice manager may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a practice manager may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;tients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ov&amp;erview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report for the LMC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 (%2 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 (1 day left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 (today is the last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information packs mailed %1; the opt-out window closes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 close %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information packs: most windows close %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the list as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient to print their history, or open a list to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no list to print: the charts export as pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a &amp;new patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1: at least 10 characters, not your name. A few words make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice has no patients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice has no patients yet. Start by importing the register from the clinical system: the patient list, the worklists and every figure come from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice has no patients yet: the practice manager imports the register from the clinical system first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the register now (Ctrl+I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s history may have been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk — %1 — Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;econcile with the clinical system…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::NewPatientDialog</name>
    <message>
        <source>Register a new patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the registration form. The next register import from the clinical system matches them by NHS number and brings their details up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, spaces are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the NHS number is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr, Mrs, Ms, Dr…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house, street, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LS1 4AP; empty for no fixed abode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they joined the practice&apos;s list: usually today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NHS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and recor&amp;d a form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the NHS number from the registration form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This NHS number is already known: %1, born %2. Registering is only for a former patient coming back (same date of birth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ A valid NHS number, new to the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Choose their sex as on the form (Not known if the form does not say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away this registration? Nothing has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::OverviewPage</name>
    <message>
        <source>%1% of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt-out rate %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients on the practice&apos;s list on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients sent an information pack that did not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the opt-out window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed patients whose window is still open, with no choice yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closed with no choice recorded: a record is created (9Ndl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express consent, core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented to the core record only (9Ndm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express consent, core + additional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented to core and additional (9Ndn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express dissent (9Ndo): no record may be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack sent, or the pack came back undelivered, and no choice recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices not yet coded in the clinical system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for GP review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices made by a proxy or a child, waiting for a GP&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs that came back undelivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records created (implied and express consent) as a share of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk of upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out, but with no dissent code in the clinical system at the last reconciliation, or opted out since and not yet coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reconciled with the clinical system yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile before the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key their dissent code, then reconcile again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PatientListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, closes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCR state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PatientPanel</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a form… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark coded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter returned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void an entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient with the search box (Ctrl+F or /), then press Enter to record a form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1 (age %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual GP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary Care Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a GP (clinician) or a practice manager may record a GP review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a practice manager may void an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PatientWorklistPage</name>
    <message>
        <source>Letters returned undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every patient not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which patients to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients whose window closes soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose opt-out window closes by %1 with no choice recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose information pack came back undelivered: check the address and send another.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) not informed: no pack sent, or it came back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PatientsPage</name>
    <message>
        <source>NHS number, surname or forename, date of birth (dd/mm/yyyy) or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show patients in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show patients with this flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include patients who &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many patients are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 patients match: type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show only patients in this Summary Care Record state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only patients with something outstanding: a choice to code, a GP review, a returned letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list patients who have left the practice; their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient has this NHS number. New to the practice? Register them with Patient &gt; Register a new patient (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient has this NHS number. New to the practice? Keep the form and ask the practice manager to register them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PracticeSettingsDialog</name>
    <message>
        <source>Practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter and five digits, e.g. F84001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload planned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODS &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the desk after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODS practice code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out window length in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned upload date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the practice&apos;s records are to be uploaded: the worklists count down to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long patients have to opt out after their pack is posted: 84 days (12 weeks) unless the PCT set another. A change applies to mail-outs recorded from now on: packs already posted keep the window their letters gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to mail-outs recorded from now on. Packs already posted keep the window their letters gave: no patient&apos;s window changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload d&amp;one on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the upload once it has been made: until then the report and the timeline call it planned, whatever the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the upload was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: 1 to 7 shown as *, the rest rounded to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: 1 to 14 shown as *, the rest rounded to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure control of the LMC report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least the LMC report may hide; a report may be stricter, never weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LMC report &amp;disclosure:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::QtChartsView</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (right-hand scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ReconcileWizard</name>
    <message>
        <source>Reconcile with the clinical system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export of SCR consent codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In EMIS Web, SystmOne or Vision, search for the SCR consent codes (9Ndl, 9Ndm, 9Ndn, 9Ndo, 93C2, 93C3, XaXj6, XaKRy) of every registered patient, export the result as CSV or text, and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which column gives what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a field&apos;s column if it was not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the clinical system and the desk say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply marks each agreeing choice coded and keeps this reconciliation for the Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number, code or choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export these rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: export the search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1. Its columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recognise it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;⚠ %n patient(s) who opted out would be uploaded against their wishes: key their dissent code before the upload.&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2. %3 rows of other codes ignored; %4 rows not matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n choice(s) marked coded. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;The Overview shows this reconciliation and its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rows not matched (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other codes, ignored (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record e&amp;very one on the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the choice found coded in the clinical system as a form from the clinical system, dated and marked as coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %n choice(s) found coded in the clinical system on the desk, each dated as coded and marked coded?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1. Not recorded:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this &amp;one on the desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RecordFormDialog</name>
    <message>
        <source>Record a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, spaces are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this NHS number is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NHS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, then save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the NHS number from the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1, born %2 (age %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not registered with the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This patient is not registered with the practice on %1: check the form is for this practice&apos;s patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The same choice was already recorded on %1 (#%2): save only if this is a new form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the NHS number of a patient of the practice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 from %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1; signature %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the form reached the practice, from its date stamp: it decides whether it came within the opt-out window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed the form. A parent&apos;s, attorney&apos;s or deputy&apos;s choice goes to a GP for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the name, date of birth and address on the form match the patient shown above (and, for a form handed in, the person was seen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the form is signed by the patient, or by the parent, attorney or deputy named as submitting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date beside the signature (the date received when there is none): a child&apos;s age, and whether a parent may still choose for them, are judged on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The patient was %1 when the form was signed: a parent cannot choose for someone aged 16 or over. Choose the patient, an attorney or a deputy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ A GP will review this consent; it takes effect only once a GP upholds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ The opt-out holds the record back at once; a GP will review it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the form, e.g. Mary Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s relationship to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mother, son, attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The proxy&apos;s name is not given: add it from the form if it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away this form? Nothing you typed is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ReferenceFiguresDialog</name>
    <message>
        <source>Reference figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake (records created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the figure comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference figures message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ReportDialog</name>
    <message>
        <source>Report for the LMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (figures as of):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the meeting (no patient details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tab&amp;les (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate figures only, under disclosure control: small counts are shown as &quot;*&quot;, the rest rounded, and a checker proves no hidden count can be worked out. The report names no patient. The period is whole weeks or whole months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole weeks (Monday to Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: 1 to 7 shown as *, the rest rounded to 5 (NHS Digital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: 1 to 14 shown as *, the rest rounded to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s setting is the least this report may use; it may only be stricter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclos&amp;ure control:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ReturnedLettersDialog</name>
    <message>
        <source>Record returned letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the &amp;NHS number on each returned pack, then press Enter. Returned on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number on the returned pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned letters recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 %2, born %3: letter returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) recorded in this session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last number scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) recorded in this session; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) not recorded (marked ⚠ below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ReviewDialog</name>
    <message>
        <source>GP review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2: %3, received %4 from %5. Why it is here: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for a GP&apos;s review for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uphold: the choice stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;ride: the choice is set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son (kept in the patient&apos;s history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Give the reason for the decision: it is kept in the patient&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the reason you typed? The review is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a form for the patient chosen in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SignInDialog</name>
    <message>
        <source>Consent Desk: the first manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Consent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk was locked after a while without use. Type %1&apos;s password to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo practice: sign in as demo-manager, demo-clinician or demo-reception, password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice has no users yet. Choose the first manager&apos;s name and password: the manager then adds the other staff with File &gt; Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager reset your password. Choose your own now: at least 10 characters, not your name. Nobody else, the manager included, will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set my password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TimelineEditorDialog</name>
    <message>
        <source>Rollout timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England (national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s mail-outs, window end and planned upload come from its own records and replace the region&apos;s on its charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned or actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (it happened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n milestone(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the timeline to %1 (the saved timeline, without unsaved edits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source gives only the month (e.g. &quot;January 2010&quot;): the milestone is shown as that month, not as its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mo&amp;nth is known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::UserGuideDialog</name>
    <message>
        <source>Consent Desk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who signs in to this practice, with their role. A disabled user can no longer sign in; their work stays in the history and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account: another manager can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password with File &gt; Change my password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own name to sign in with (e.g. j.smith), their role, and a first password: tell them it in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. j.smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The two passwords differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in; their work stays in the history. You can enable them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1: they can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1, to tell them in person (never by email). They choose their own when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1: they choose their own at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets someone locked out by wrong passwords sign in again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked %1: they can sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The practice&apos;s database: a file, or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the practice as of this date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to sign in as (default: CONSENTDESK_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo practice (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Desk: the practice&apos;s register of Summary Care Record consent.

Opened with no database, it offers to create a new practice, connect to the practice&apos;s server or explore the demo. Qt&apos;s own options (-platform, -style, -reverse, ...) are accepted too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
