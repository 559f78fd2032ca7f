<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="15" />
        <source>No appointments in the calendar</source>
        <translation>Ingen avtaler i kalenderen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="17" />
        <source>Appointments are shown here by day and by vet, room or equipment. Book one from a client's card or from a free slot here.</source>
        <translation>Avtaler vises her per dag og per veterinær, rom eller utstyr. Bestill fra et klientkort eller fra en ledig tid her.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="33" />
        <location filename="../../vetdesk/ui/database_password.py" line="44" />
        <source>Database password</source>
        <translation>Databasepassord</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="35" />
        <source>Enter the password for the database account {account}.</source>
        <translation>Skriv passordet for databasekontoen {account}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="45" />
        <source>Remember in the system keyring</source>
        <translation>Husk i systemets nøkkelring</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="49" />
        <source>No system keyring is available on this computer, so the password cannot be remembered; VetDesk will ask for it each time it starts.</source>
        <translation>Denne datamaskinen har ingen nøkkelring, så passordet kan ikke huskes; VetDesk spør etter det hver gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="55" />
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/database_password.py" line="61" />
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="23" />
        <source>clients and journals</source>
        <translation>klienter og journaler</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="24" />
        <source>invoices</source>
        <translation>fakturaer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="25" />
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="61" />
        <source>Creating the demo clinic…</source>
        <translation>Oppretter demoklinikken …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="62" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="64" />
        <source>Demo clinic</source>
        <translation>Demoklinikk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="94" />
        <source>Creating the demo clinic: {stage}…</source>
        <translation>Oppretter demoklinikken: {stage} …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="99" />
        <source>Stopping… nothing of the demo clinic is kept.</source>
        <translation>Stopper … ingenting av demoklinikken blir beholdt.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="31" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="38" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="41" />
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="43" />
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="30" />
        <source>Today at the front desk</source>
        <translation>I dag i resepsjonen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="33" />
        <source>Press Ctrl+K and type a name, phone number, e-mail, chip or client number to find a client or an animal; Ctrl+N registers a new client.</source>
        <translation>Trykk Ctrl+K og skriv navn, telefonnummer, e-post, chip- eller klientnummer for å finne en klient eller et dyr; Ctrl+N registrerer en ny klient.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="37" />
        <source>New client (Ctrl+N)</source>
        <translation>Ny klient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="48" />
        <source>No appointments today</source>
        <translation>Ingen avtaler i dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="50" />
        <source>Today's appointments appear here as they are booked, with who has arrived and who is late. To look up a client or an animal, press Ctrl+K and type a name, phone number, e-mail or chip number.</source>
        <translation>Dagens avtaler vises her etter hvert som de bestilles, med hvem som har kommet og hvem som er sent ute. Trykk Ctrl+K og skriv navn, telefonnummer, e-post eller chipnummer for å slå opp en klient eller et dyr.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchField</name>
    <message>
        <location filename="../../vetdesk/ui/search_field.py" line="25" />
        <source>Search clients and animals: name, phone, e-mail, chip (Ctrl+K)</source>
        <translation>Søk etter klienter og dyr: navn, telefon, e-post, chip (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/search_field.py" line="27" />
        <source>Search</source>
        <translation>Søk</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="43" />
        <source>VetDesk is locked</source>
        <translation>VetDesk er låst</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="45" />
        <source>Signed in as {name} ({role}). Enter your password to go on where you left off.</source>
        <translation>Pålogget som {name} ({role}). Skriv passordet ditt for å fortsette der du slapp.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="52" />
        <location filename="../../vetdesk/ui/lock_screen.py" line="53" />
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="61" />
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="64" />
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="66" />
        <source>Sign out so a colleague can sign in. Unsaved work in open tabs is lost.</source>
        <translation>Logg ut så en kollega kan logge inn. Ulagret arbeid i åpne faner går tapt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="73" />
        <source>VetDesk</source>
        <translation>VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="127" />
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="129" />
        <source>Signed in: {name} ({role})</source>
        <translation>Pålogget: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="136" />
        <source>The database is open read-only: you can look, but nothing can be saved.</source>
        <translation>Databasen er åpnet skrivebeskyttet: du kan se, men ingenting kan lagres.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="155" />
        <source>Lock now</source>
        <translation>Lås nå</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="158" />
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="182" />
        <source>{clinic} – VetDesk</source>
        <translation>{clinic} – VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="201" />
        <source>Open an animal's chart first (Patients page or Ctrl+K), then press Ctrl+J.</source>
        <translation>Åpne dyrets journal først (Pasienter-siden eller Ctrl+K), og trykk så Ctrl+J.</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../vetdesk/ui/nav_rail.py" line="19" />
        <source>Navigation</source>
        <translation>Navigasjon</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="19" />
        <location filename="../../vetdesk/ui/opening_window.py" line="21" />
        <source>VetDesk</source>
        <translation>VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="33" />
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="36" />
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="53" />
        <source>Opening database…</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="62" />
        <source>VetDesk could not open the database.</source>
        <translation>VetDesk fikk ikke åpnet databasen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/opening_window.py" line="73" />
        <source>Trying again by itself in %n second(s)…</source>
        <translation><numerusform>Prøver igjen av seg selv om %n sekund …</numerusform><numerusform>Prøver igjen av seg selv om %n sekunder …</numerusform></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="63" />
        <source>No client or animal open</source>
        <translation>Ingen klient eller dyr er åpnet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="65" />
        <source>Press Ctrl+K and type a name, phone number, e-mail or chip number to find a client; each client or animal you open gets its own tab, so you can keep two callers open.</source>
        <translation>Trykk Ctrl+K og skriv navn, telefonnummer, e-post eller chipnummer for å finne en klient; hver klient eller hvert dyr du åpner får sin egen fane, så du kan ha to innringere åpne samtidig.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="73" />
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="77" />
        <source>Refresh (F5)</source>
        <translation>Oppdater (F5)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="85" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="85" />
        <source>Animal</source>
        <translation>Dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="85" />
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="85" />
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="99" />
        <source>No patients booked for you today</source>
        <translation>Ingen pasienter er satt opp på deg i dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="100" />
        <source>Appointments booked with you appear here; press Enter on one to open the animal's chart. To open any other chart, press Ctrl+K and search for the animal, its owner or its chip number.</source>
        <translation>Avtaler som er satt opp på deg vises her; trykk Enter på en for å åpne dyrets journal. For å åpne en annen journal, trykk Ctrl+K og søk etter dyret, eieren eller chipnummeret.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="112" />
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="125" />
        <source>(no animal)</source>
        <translation>(uten dyr)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="138" />
        <source>Patients today: {n}, still to see: {w}</source>
        <translation>Pasienter i dag: {n}, gjenstår: {w}</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/privacy.py" line="15" />
        <source>No privacy requests recorded</source>
        <translation>Ingen personvernforespørsler registrert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/privacy.py" line="17" />
        <source>When a client asks what the clinic holds about them, or asks for erasure, record the request here: it gets a due date one month ahead, and you can inspect, export or erase from it.</source>
        <translation>Når en klient spør hva klinikken har lagret om dem, eller ber om sletting, registrerer du forespørselen her: den får frist én måned fram i tid, og herfra kan du se gjennom, eksportere eller slette.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/reminders.py" line="15" />
        <source>No reminders due</source>
        <translation>Ingen påminnelser forfaller</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/reminders.py" line="17" />
        <source>Vaccination and check-up reminders that fall due are listed here, grouped by how each client wants to hear from you (SMS, e-mail or letter), ready to send.</source>
        <translation>Påminnelser om vaksinasjon og kontroll som forfaller, listes her gruppert etter hvordan hver klient vil høre fra dere (SMS, e-post eller brev), klare til å sendes.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="41" />
        <source>Clinic details</source>
        <translation>Klinikkens opplysninger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="44" />
        <source>These details go on letters, prescriptions and invoices. Changes are saved for every workstation and recorded in the audit log.</source>
        <translation>Disse opplysningene står på brev, resepter og fakturaer. Endringer lagres for alle arbeidsstasjoner og føres i revisjonsloggen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="53" />
        <source>Clinic &amp;name</source>
        <translation>Klinikkens &amp;navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="54" />
        <source>&amp;Organisation number</source>
        <translation>&amp;Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="55" />
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="56" />
        <source>Po&amp;stal code</source>
        <translation>Po&amp;stnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="57" />
        <source>&amp;City</source>
        <translation>&amp;Poststed</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="58" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="59" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="71" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="74" />
        <source>&amp;Lock after</source>
        <translation>&amp;Lås etter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="75" />
        <source>The window locks after this many minutes without keyboard or mouse use.</source>
        <translation>Vinduet låses etter så mange minutter uten bruk av tastatur eller mus.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="81" />
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="84" />
        <source>&amp;Drafts lock after</source>
        <translation>&amp;Utkast låses etter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="85" />
        <source>Unsigned journal drafts lock for editing this many hours after the visit.</source>
        <translation>Usignerte journalutkast låses for redigering så mange timer etter besøket.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="91" />
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="94" />
        <source>Undo changes</source>
        <translation>Angre endringer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="119" />
        <source>Loading the clinic's details…</source>
        <translation>Henter klinikkens opplysninger …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="148" />
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="169" />
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="199" />
        <source>Fix the fields marked in red to save.</source>
        <translation>Rett feltene som er merket med rødt for å lagre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="201" />
        <source>Nothing has changed since the last save.</source>
        <translation>Ingenting er endret siden siste lagring.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="62" />
        <source>Set up VetDesk</source>
        <translation>Sett opp VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="65" />
        <source>This database is new. Enter your clinic's details and create the first administrator, who can then add the rest of the staff.</source>
        <translation>Denne databasen er ny. Fyll inn klinikkens opplysninger og opprett den første administratoren, som deretter kan legge til resten av de ansatte.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="73" />
        <source>Clinic &amp;name</source>
        <translation>Klinikkens &amp;navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="74" />
        <source>&amp;Organisation number</source>
        <translation>&amp;Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="75" />
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="76" />
        <source>Po&amp;stal code</source>
        <translation>Po&amp;stnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="77" />
        <source>&amp;City</source>
        <translation>&amp;Poststed</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="78" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="79" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="85" />
        <source>&amp;Username</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="86" />
        <source>&amp;Full name</source>
        <translation>&amp;Fullt navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="87" />
        <source>Pass&amp;word</source>
        <translation>Passo&amp;rd</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="88" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="95" />
        <source>for example ada</source>
        <translation>for eksempel kari</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="97" />
        <source>Clinic</source>
        <translation>Klinikk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="99" />
        <source>First administrator</source>
        <translation>Første administrator</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="104" />
        <source>Load the demo clinic</source>
        <translation>Last inn demoklinikken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="110" />
        <source>The demo clinic is not part of this installation.</source>
        <translation>Demoklinikken er ikke med i denne installasjonen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="113" />
        <source>Adds {count} made-up clients with animals, journals and appointments, and demo staff accounts, to try VetDesk out. Not for a clinic's real records.</source>
        <translation>Legger til {count} oppdiktede klienter med dyr, journaler og avtaler, og demobrukere for ansatte, så du kan prøve VetDesk. Ikke for en klinikks ekte opplysninger.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="123" />
        <source>Create clinic</source>
        <translation>Opprett klinikken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="127" />
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="179" />
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="193" />
        <source>Fill in the marked fields to continue.</source>
        <translation>Fyll ut de merkede feltene for å fortsette.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="194" />
        <source>Enter the clinic's name and the administrator's username, name and password to continue.</source>
        <translation>Skriv klinikkens navn og administratorens brukernavn, navn og passord for å fortsette.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="213" />
        <source>Creating the clinic…</source>
        <translation>Oppretter klinikken …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="222" />
        <source>Creating the demo clinic…</source>
        <translation>Oppretter demoklinikken …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="233" />
        <source>The demo clinic was not loaded; your clinic and administrator are ready.</source>
        <translation>Demoklinikken ble ikke lastet inn; klinikken og administratoren er klare.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="241" />
        <source>Continue without the demo</source>
        <translation>Fortsett uten demoen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="46" />
        <source>Sign in to VetDesk</source>
        <translation>Logg inn i VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="49" />
        <source>VetDesk</source>
        <translation>VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="51" />
        <source>Sign in with your own username and password.</source>
        <translation>Logg inn med ditt eget brukernavn og passord.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="61" />
        <source>&amp;Username</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="62" />
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="71" />
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="75" />
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="104" />
        <source>Checking…</source>
        <translation>Kontrollerer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="144" />
        <source>Enter your username and password to sign in.</source>
        <translation>Skriv brukernavn og passord for å logge inn.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="11" />
        <source>Receptionist</source>
        <translation>Resepsjonist</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="12" />
        <source>Nurse</source>
        <translation>Dyrepleier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="13" />
        <source>Veterinarian</source>
        <translation>Veterinær</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="14" />
        <source>Practice manager</source>
        <translation>Daglig leder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="15" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../vetdesk/ui/ops.py" line="58" />
        <source>Something went wrong and VetDesk could not finish this. Nothing you typed was lost; try again, and if it happens again send the details to support.</source>
        <translation>Noe gikk galt, og VetDesk fikk ikke fullført dette. Ingenting du skrev er tapt; prøv igjen, og send detaljene til kundestøtte hvis det skjer igjen.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="22" />
        <source>Front desk</source>
        <translation>Resepsjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="26" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="30" />
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="34" />
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="38" />
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="42" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
</context>
</TS>