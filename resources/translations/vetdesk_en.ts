<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="15" />
        <source>No appointments in the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="17" />
        <source>Appointments are shown here by day and by vet, room or equipment. Book one from a client's card or from a free slot here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="33" />
        <location filename="../../vetdesk/ui/database_password.py" line="44" />
        <source>Database password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="35" />
        <source>Enter the password for the database account {account}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="45" />
        <source>Remember in the system keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="49" />
        <source>No system keyring is available on this computer, so the password cannot be remembered; VetDesk will ask for it each time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="55" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="61" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="23" />
        <source>clients and journals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="24" />
        <source>invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="25" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="61" />
        <source>Creating the demo clinic…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="62" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="64" />
        <source>Demo clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="94" />
        <source>Creating the demo clinic: {stage}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="99" />
        <source>Stopping… nothing of the demo clinic is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="31" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="38" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="41" />
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="43" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="30" />
        <source>Today at the front desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="33" />
        <source>Press Ctrl+K and type a name, phone number, e-mail, chip or client number to find a client or an animal; Ctrl+N registers a new client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="37" />
        <source>New client (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="48" />
        <source>No appointments today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="50" />
        <source>Today's appointments appear here as they are booked, with who has arrived and who is late. To look up a client or an animal, press Ctrl+K and type a name, phone number, e-mail or chip number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GlobalSearchField</name>
    <message>
        <location filename="../../vetdesk/ui/search_field.py" line="25" />
        <source>Search clients and animals: name, phone, e-mail, chip (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/search_field.py" line="27" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="43" />
        <source>VetDesk is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="45" />
        <source>Signed in as {name} ({role}). Enter your password to go on where you left off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="52" />
        <location filename="../../vetdesk/ui/lock_screen.py" line="53" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="61" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="64" />
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="66" />
        <source>Sign out so a colleague can sign in. Unsaved work in open tabs is lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="73" />
        <source>VetDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="127" />
        <source>Database: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="129" />
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="136" />
        <source>The database is open read-only: you can look, but nothing can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="155" />
        <source>Lock now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="158" />
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="182" />
        <source>{clinic} – VetDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="201" />
        <source>Open an animal's chart first (Patients page or Ctrl+K), then press Ctrl+J.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../vetdesk/ui/nav_rail.py" line="19" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="19" />
        <location filename="../../vetdesk/ui/opening_window.py" line="21" />
        <source>VetDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="33" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="36" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="53" />
        <source>Opening database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="62" />
        <source>VetDesk could not open the database.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/opening_window.py" line="73" />
        <source>Trying again by itself in %n second(s)…</source>
        <translation><numerusform>Trying again by itself in %n second…</numerusform><numerusform>Trying again by itself in %n seconds…</numerusform></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="63" />
        <source>No client or animal open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="65" />
        <source>Press Ctrl+K and type a name, phone number, e-mail or chip number to find a client; each client or animal you open gets its own tab, so you can keep two callers open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="73" />
        <source>My day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="77" />
        <source>Refresh (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="85" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="85" />
        <source>Animal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="85" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="85" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="86" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="99" />
        <source>No patients booked for you today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="100" />
        <source>Appointments booked with you appear here; press Enter on one to open the animal's chart. To open any other chart, press Ctrl+K and search for the animal, its owner or its chip number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="112" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="125" />
        <source>(no animal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="138" />
        <source>Patients today: {n}, still to see: {w}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/privacy.py" line="15" />
        <source>No privacy requests recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/privacy.py" line="17" />
        <source>When a client asks what the clinic holds about them, or asks for erasure, record the request here: it gets a due date one month ahead, and you can inspect, export or erase from it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/reminders.py" line="15" />
        <source>No reminders due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/reminders.py" line="17" />
        <source>Vaccination and check-up reminders that fall due are listed here, grouped by how each client wants to hear from you (SMS, e-mail or letter), ready to send.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="41" />
        <source>Clinic details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="44" />
        <source>These details go on letters, prescriptions and invoices. Changes are saved for every workstation and recorded in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="53" />
        <source>Clinic &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="54" />
        <source>&amp;Organisation number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="55" />
        <source>&amp;Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="56" />
        <source>Po&amp;stal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="57" />
        <source>&amp;City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="58" />
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="59" />
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="71" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="74" />
        <source>&amp;Lock after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="75" />
        <source>The window locks after this many minutes without keyboard or mouse use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="81" />
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="84" />
        <source>&amp;Drafts lock after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="85" />
        <source>Unsigned journal drafts lock for editing this many hours after the visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="91" />
        <source>Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="94" />
        <source>Undo changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="119" />
        <source>Loading the clinic's details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="148" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="169" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="199" />
        <source>Fix the fields marked in red to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="201" />
        <source>Nothing has changed since the last save.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="62" />
        <source>Set up VetDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="65" />
        <source>This database is new. Enter your clinic's details and create the first administrator, who can then add the rest of the staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="73" />
        <source>Clinic &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="74" />
        <source>&amp;Organisation number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="75" />
        <source>&amp;Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="76" />
        <source>Po&amp;stal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="77" />
        <source>&amp;City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="78" />
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="79" />
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="85" />
        <source>&amp;Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="86" />
        <source>&amp;Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="87" />
        <source>Pass&amp;word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="88" />
        <source>&amp;Repeat password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="95" />
        <source>for example ada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="97" />
        <source>Clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="99" />
        <source>First administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="104" />
        <source>Load the demo clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="110" />
        <source>The demo clinic is not part of this installation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="113" />
        <source>Adds {count} made-up clients with animals, journals and appointments, and demo staff accounts, to try VetDesk out. Not for a clinic's real records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="123" />
        <source>Create clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="127" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="179" />
        <source>The two passwords are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="193" />
        <source>Fill in the marked fields to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="194" />
        <source>Enter the clinic's name and the administrator's username, name and password to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="213" />
        <source>Creating the clinic…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="222" />
        <source>Creating the demo clinic…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="233" />
        <source>The demo clinic was not loaded; your clinic and administrator are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="241" />
        <source>Continue without the demo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="46" />
        <source>Sign in to VetDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="49" />
        <source>VetDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="51" />
        <source>Sign in with your own username and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="61" />
        <source>&amp;Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="62" />
        <source>&amp;Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="71" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="75" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="104" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="144" />
        <source>Enter your username and password to sign in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="11" />
        <source>Receptionist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="12" />
        <source>Nurse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="13" />
        <source>Veterinarian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="14" />
        <source>Practice manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="15" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../vetdesk/ui/ops.py" line="58" />
        <source>Something went wrong and VetDesk could not finish this. Nothing you typed was lost; try again, and if it happens again send the details to support.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="22" />
        <source>Front desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="26" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="30" />
        <source>Patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="34" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="38" />
        <source>Privacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="42" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>