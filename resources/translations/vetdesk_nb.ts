<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/file_dialogs.py" line="71"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name></name>
    <message>
        <location filename="../../vetdesk/ui/chart/editor_fields.py" line="183"/>
        <source>Not a number; type e.g. 31,4.</source>
        <translation>Ikke et tall; skriv f.eks. 31,4.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="333"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="119"/>
        <source>Time of event</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="333"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="119"/>
        <source>Help asked for</source>
        <translation>Anmodet om hjelp</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="334"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="120"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="335"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="121"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="51"/>
        <source>help asked for {when}</source>
        <translation>hjelp anmodet {when}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="155"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="87"/>
        <source>Dog</source>
        <translation>Hund</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="155"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="87"/>
        <source>Cat</source>
        <translation>Katt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="155"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="87"/>
        <source>Rabbit</source>
        <translation>Kanin</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="156"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="87"/>
        <source>Horse</source>
        <translation>Hest</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="156"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="88"/>
        <source>Cattle</source>
        <translation>Storfe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="156"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="88"/>
        <source>Sheep</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="157"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="88"/>
        <source>Goat</source>
        <translation>Geit</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="157"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="88"/>
        <source>Pig</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="157"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="89"/>
        <source>Poultry</source>
        <translation>Fjørfe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="158"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="89"/>
        <source>Guinea pig</source>
        <translation>Marsvin</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="158"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="89"/>
        <source>Ferret</source>
        <translation>Ilder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="159"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="90"/>
        <source>Bird</source>
        <translation>Fugl</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="159"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="90"/>
        <source>Reptile</source>
        <translation>Reptil</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="159"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="90"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="166"/>
        <source>male, neutered</source>
        <translation>hann, kastrert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="166"/>
        <source>male</source>
        <translation>hann</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="168"/>
        <source>female, spayed</source>
        <translation>hunn, sterilisert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="168"/>
        <source>female</source>
        <translation>hunn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="169"/>
        <source>sex unknown</source>
        <translation>ukjent kjønn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="174"/>
        <source>age unknown</source>
        <translation>ukjent alder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="176"/>
        <source>{years} years</source>
        <translation>{years} år</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="178"/>
        <source>1 year {months} mo.</source>
        <translation>1 år {months} mnd.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="180"/>
        <source>{months} months</source>
        <translation>{months} mnd.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="181"/>
        <source>about {age}</source>
        <translation>ca. {age}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="54"/>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="35"/>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="55"/>
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="56"/>
        <source>Voided</source>
        <translation>Annullert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="65"/>
        <source>Written by {author}, started {started}, signed {signed} by {signer}.</source>
        <translation>Skrevet av {author}, påbegynt {started}, signert {signed} av {signer}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="69"/>
        <source>Locked automatically.</source>
        <translation>Låst automatisk.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="74"/>
        <source>Legend:</source>
        <translation>Forklaring:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="75"/>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="76"/>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="79"/>
        <source>Version {no}: {action} by {author}, {when}</source>
        <translation>Versjon {no}: {action} av {author}, {when}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="82"/>
        <source> (current)</source>
        <translation> (gjeldende)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="85"/>
        <source>asked for by the owner</source>
        <translation>etter ønske fra eier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="86"/>
        <source>asked for by the clinic</source>
        <translation>etter ønske fra klinikken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="87"/>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="109"/>
        <source>Time of event: {when}</source>
        <translation>Tidspunkt: {when}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="113"/>
        <source>Weight: {kg} kg</source>
        <translation>Vekt: {kg} kg</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="115"/>
        <source>Temperature: {c} °C</source>
        <translation>Temperatur: {c} °C</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="118"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="121"/>
        <source>Confidential</source>
        <translation>Konfidensiell</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="124"/>
        <source>changed: {what}</source>
        <translation>endret: {what}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="43"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="43"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/prompts.py" line="20"/>
        <source>Attach files</source>
        <translation>Legg ved filer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/prompts.py" line="21"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp)</source>
        <translation>PDF og bilder (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/prompts.py" line="27"/>
        <source>Check the values</source>
        <translation>Kontroller verdiene</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/prompts.py" line="28"/>
        <source>{message}

Sign with these values?</source>
        <translation>{message}

Signere med disse verdiene?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="35"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="37"/>
        <source>auto-locked</source>
        <translation>autolåst</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="39"/>
        <source>✎ corrected</source>
        <translation>✎ rettet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="41"/>
        <source>voided</source>
        <translation>annullert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="43"/>
        <source>confidential</source>
        <translation>konfidensiell</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="46"/>
        <source>{n} attached</source>
        <translation>{n} vedlegg</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_dialog.py" line="16"/>
        <source>Alert for {0}</source>
        <translation>Varsel for {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_dialog.py" line="18"/>
        <source>⚠ Read before you go on</source>
        <translation>⚠ Les før du går videre</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_dialog.py" line="25"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_dialog.py" line="30"/>
        <source>I have read this</source>
        <translation>Jeg har lest dette</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="25"/>
        <source>New alert, e.g. bites when muzzled</source>
        <translation>Nytt varsel, f.eks. biter ved munnkurv</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="27"/>
        <source>Must be read when the card opens</source>
        <translation>Må leses når kortet åpnes</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="46"/>
        <source>⚠ Must read:</source>
        <translation>⚠ Må leses:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="46"/>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="49"/>
        <source>Untick to remove this alert when saving.</source>
        <translation>Fjern haken for å slette varselet ved lagring.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="34"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="40"/>
        <source>&amp;Species</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="46"/>
        <source>&amp;Breed</source>
        <translation>&amp;Rase</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="46"/>
        <source>Choose or type any breed.</source>
        <translation>Velg eller skriv en rase.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="55"/>
        <source>Neutered</source>
        <translation>Kastrert/sterilisert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="62"/>
        <source>Se&amp;x</source>
        <translation>&amp;Kjønn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="74"/>
        <source>or about</source>
        <translation>eller ca.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="76"/>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="79"/>
        <source>Bo&amp;rn</source>
        <translation>&amp;Født</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="80"/>
        <source>&amp;Colour</source>
        <translation>Far&amp;ge</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="81"/>
        <source>&amp;Microchip</source>
        <translation>&amp;Chip (ID-merking)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="82"/>
        <source>15 digits from the reader</source>
        <translation>15 siffer fra leseren</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="83"/>
        <source>&amp;Insurance company</source>
        <translation>Fors&amp;ikringsselskap</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="84"/>
        <source>&amp;Policy number</source>
        <translation>&amp;Polisenummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="88"/>
        <source>&amp;Died</source>
        <translation>&amp;Død</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="94"/>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="115"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="97"/>
        <source>Alert</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="119"/>
        <source>Write the age in years, for example 2 or 0,5.</source>
        <translation>Skriv alderen i år, for eksempel 2 eller 0,5.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="121"/>
        <source>Give the birth date or an estimated age, not both.</source>
        <translation>Oppgi fødselsdato eller anslått alder, ikke begge.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="73"/>
        <source>Edit animal</source>
        <translation>Rediger dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="73"/>
        <source>New animal</source>
        <translation>Nytt dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="86"/>
        <source>Save and add anot&amp;her</source>
        <translation>Lagre og legg til &amp;enda ett</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="104"/>
        <source>Loading the animal…</source>
        <translation>Henter dyret …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="159"/>
        <source>This chip is on another animal.</source>
        <translation>Denne chipen er registrert på et annet dyr.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="169"/>
        <source>Open {0} (owner {1}, client {2})</source>
        <translation>Åpne {0} (eier {1}, kunde {2})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_saving.py" line="21"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_saving.py" line="23"/>
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_saving.py" line="27"/>
        <source>To save: {0}</source>
        <translation>For å lagre: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_saving.py" line="29"/>
        <source>Nothing has changed yet.</source>
        <translation>Ingenting er endret ennå.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="269"/>
        <source>Saved {0}. Register the next animal.</source>
        <translation>{0} er lagret. Registrer neste dyr.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="122"/>
        <source>Alerts</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="34"/>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="113"/>
        <source>Animals</source>
        <translation>Dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="55"/>
        <source>{0} († {1})</source>
        <translation>{0} († {1})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="56"/>
        <source>Last visit: {0}</source>
        <translation>Siste besøk: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="62"/>
        <source>No upcoming appointments.</source>
        <translation>Ingen kommende timer.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="74"/>
        <source>No recalls due.</source>
        <translation>Ingen innkallinger forfaller.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="85"/>
        <source>No messages sent yet.</source>
        <translation>Ingen meldinger sendt ennå.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="104"/>
        <source>No consents recorded: the clinic may not send reminders or marketing. Edit the client to record what they agreed to.</source>
        <translation>Ingen samtykker registrert: klinikken kan ikke sende påminnelser eller markedsføring. Rediger kunden for å registrere hva de har samtykket til.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="108"/>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="108"/>
        <source>✗ no</source>
        <translation>✗ nei</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="110"/>
        <source>since {0}</source>
        <translation>siden {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="116"/>
        <source>No purchases yet.</source>
        <translation>Ingen kjøp ennå.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="118"/>
        <source>Invoice {0}</source>
        <translation>Faktura {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="45"/>
        <source>Upcoming appointments</source>
        <translation>Kommende timer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="46"/>
        <source>Due recalls</source>
        <translation>Innkallinger som forfaller</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="47"/>
        <source>Recent messages</source>
        <translation>Siste meldinger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="48"/>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="119"/>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="49"/>
        <source>Purchases</source>
        <translation>Kjøp</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="74"/>
        <source>Processing restricted at the client&apos;s request: send nothing and use the data only where the law requires it.</source>
        <translation>Behandlingen er begrenset etter kundens ønske: send ingenting, og bruk opplysningene bare der loven krever det.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="80"/>
        <source>Opening the client card…</source>
        <translation>Åpner kundekortet …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="88"/>
        <source>&amp;Edit client</source>
        <translation>&amp;Rediger kunde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="89"/>
        <source>&amp;Add animal</source>
        <translation>&amp;Legg til dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="90"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Slå sammen …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="91"/>
        <source>&amp;Open chart</source>
        <translation>Åpne &amp;journal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="92"/>
        <source>Edit a&amp;nimal</source>
        <translation>Rediger &amp;dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="94"/>
        <source>Mo&amp;ve animal…</source>
        <translation>&amp;Flytt dyr …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="95"/>
        <source>&amp;Book…</source>
        <translation>Bestill &amp;time …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="175"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="175"/>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="194"/>
        <source>This client is no longer in the register.</source>
        <translation>Denne kunden finnes ikke lenger i registeret.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="75"/>
        <source>Edit {0}</source>
        <translation>Rediger {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="75"/>
        <source>New client</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="80"/>
        <source>&amp;First name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="80"/>
        <source>&amp;Last name</source>
        <translation>Etter&amp;navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="81"/>
        <source>Add&amp;ress</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="81"/>
        <source>Postal &amp;code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="82"/>
        <source>&amp;Town</source>
        <translation>P&amp;oststed</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="82"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="83"/>
        <source>Or&amp;ganisation number</source>
        <translation>Or&amp;ganisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="100"/>
        <source>&amp;Birth date</source>
        <translation>Fø&amp;dselsdato</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="102"/>
        <source>Only for farms and companies; 9 digits.</source>
        <translation>Bare for gårdsbruk og bedrifter; 9 siffer.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="108"/>
        <source>Lang&amp;uage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="109"/>
        <source>Messages, letters and the privacy export are written in it.</source>
        <translation>Meldinger, brev og innsynseksporten skrives på dette språket.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="131"/>
        <source>Save and add &amp;animal</source>
        <translation>Lagre og legg til d&amp;yr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="171"/>
        <source>e.g. 912 34 567</source>
        <translation>f.eks. 912 34 567</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="181"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="181"/>
        <source>Other phone</source>
        <translation>Annen telefon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_tabs.py" line="37"/>
        <location filename="../../vetdesk/ui/front_desk/client_tabs.py" line="39"/>
        <source>Client…</source>
        <translation>Kunde …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/conflict_bar.py" line="26"/>
        <source>Rel&amp;oad their version</source>
        <translation>&amp;Hent lagret versjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/conflict_bar.py" line="29"/>
        <source>P&amp;ut my changes back</source>
        <translation>Legg tilbake &amp;mine endringer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/conflict_bar.py" line="47"/>
        <source>The form now shows the saved version. Your changes are kept aside: put them back to save them over it, or close the form to leave it as it is.</source>
        <translation>Skjemaet viser nå den lagrede versjonen. Endringene dine er lagt til side: legg dem tilbake for å lagre over den, eller lukk skjemaet for å la den være som den er.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="33"/>
        <source>in person</source>
        <translation>personlig oppmøte</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="33"/>
        <source>by phone</source>
        <translation>på telefon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="34"/>
        <source>on a signed form</source>
        <translation>på signert skjema</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="34"/>
        <source>by e-mail</source>
        <translation>på e-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="37"/>
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/contact_block.py" line="33"/>
        <source>Born {0}</source>
        <translation>Født {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/contact_block.py" line="35"/>
        <source>Org. no. {0}</source>
        <translation>Org.nr. {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/contact_block.py" line="38"/>
        <source>Written to in {0}</source>
        <translation>Språk: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/contact_block.py" line="85"/>
        <source>{0} · no. {1}</source>
        <translation>{0} · nr. {1}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/date_field.py" line="14"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="29"/>
        <source>same phone {0}</source>
        <translation>samme telefon {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="30"/>
        <source>same e-mail</source>
        <translation>samme e-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="31"/>
        <source>similar name at the same address</source>
        <translation>lignende navn på samme adresse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="50"/>
        <source>⚠ This may be a client the clinic already has:</source>
        <translation>⚠ Dette kan være en kunde klinikken allerede har:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="54"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Lagre likevel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="58"/>
        <source>Open the existing client if it is the same person.</source>
        <translation>Åpne den eksisterende kunden hvis det er samme person.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="110"/>
        <location filename="../../vetdesk/ui/front_desk/owner_picker.py" line="84"/>
        <source>{0} (no. {1})</source>
        <translation>{0} (nr. {1})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="116"/>
        <source>Open existing</source>
        <translation>Åpne eksisterende</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_buttons.py" line="33"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_buttons.py" line="42"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="64"/>
        <source>Write the date as day.month.year, for example 24.12.2026.</source>
        <translation>Skriv datoen som dag.måned.år, for eksempel 24.12.2026.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="69"/>
        <source>There is no such date; check the day and the month.</source>
        <translation>Den datoen finnes ikke; sjekk dag og måned.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="77"/>
        <source>{0} y</source>
        <translation>{0} år</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="79"/>
        <source>1 y {0} m</source>
        <translation>1 år {0} mnd.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="79"/>
        <source>1 y</source>
        <translation>1 år</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="81"/>
        <source>{0} m</source>
        <translation>{0} mnd.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="82"/>
        <source>about {0}</source>
        <translation>ca. {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="96"/>
        <source>Male</source>
        <translation>Hann</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="96"/>
        <source>Female</source>
        <translation>Hunn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="96"/>
        <source>Sex unknown</source>
        <translation>Ukjent kjønn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="98"/>
        <source>{0}, neutered</source>
        <translation>{0}, kastrert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="102"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="102"/>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="102"/>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="106"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="106"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="106"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="110"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="110"/>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="115"/>
        <source>queued</source>
        <translation>i kø</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="115"/>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="115"/>
        <source>✓ delivered</source>
        <translation>✓ levert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="116"/>
        <source>✗ not delivered</source>
        <translation>✗ ikke levert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="116"/>
        <source>✗ not delivered (seen)</source>
        <translation>✗ ikke levert (sett)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="118"/>
        <source>withdrawn, not sent</source>
        <translation>trukket tilbake, ikke sendt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="125"/>
        <source>booked</source>
        <translation>bestilt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="125"/>
        <source>confirmed</source>
        <translation>bekreftet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="125"/>
        <source>arrived</source>
        <translation>ankommet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="126"/>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="126"/>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="126"/>
        <source>did not come</source>
        <translation>møtte ikke</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="127"/>
        <source>cancelled</source>
        <translation>avlyst</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="127"/>
        <source>coming</source>
        <translation>ventes</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="127"/>
        <source>late</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="133"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="133"/>
        <source>paid</source>
        <translation>betalt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="133"/>
        <source>credited</source>
        <translation>kreditert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="137"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="137"/>
        <source>erased</source>
        <translation>slettet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="30"/>
        <source>Merge into {0}</source>
        <translation>Slå sammen med {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="32"/>
        <source>Choose the other record of {0}. Its animals, appointments, messages, invoices, consents and alerts move to {0} (no. {1}); the other record is closed. This cannot be undone.</source>
        <translation>Velg den andre registreringen av {0}. Dyr, timer, meldinger, fakturaer, samtykker og varsler flyttes til {0} (nr. {1}); den andre registreringen lukkes. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="41"/>
        <source>I have checked that both records are the same person</source>
        <translation>Jeg har kontrollert at begge registreringene er samme person</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="46"/>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="73"/>
        <source>{0} (no. {1}, {2} animals) will be merged into {3} (no. {4}).</source>
        <translation>{0} (nr. {1}, {2} dyr) blir slått sammen med {3} (nr. {4}).</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="80"/>
        <source>Merging…</source>
        <translation>Slår sammen …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="82"/>
        <source>To merge: find and choose the other record.</source>
        <translation>For å slå sammen: finn og velg den andre registreringen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="84"/>
        <source>To merge: confirm that both records are the same person.</source>
        <translation>For å slå sammen: bekreft at begge registreringene er samme person.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="30"/>
        <source>Move {0} to a new owner</source>
        <translation>Flytt {0} til ny eier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="31"/>
        <source>{0} gets a new owner from the date below. The current owner stays in the animal&apos;s history.</source>
        <translation>{0} får ny eier fra datoen nedenfor. Nåværende eier blir stående i dyrets historikk.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="43"/>
        <source>New &amp;owner</source>
        <translation>Ny &amp;eier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="44"/>
        <source>From &amp;date</source>
        <translation>Fra &amp;dato</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="48"/>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="60"/>
        <source>Enter the date.</source>
        <translation>Skriv inn datoen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="63"/>
        <source>Moving…</source>
        <translation>Flytter …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="65"/>
        <source>To move: find and choose the new owner.</source>
        <translation>For å flytte: finn og velg den nye eieren.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="67"/>
        <source>To move: {0}</source>
        <translation>For å flytte: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/owner_picker.py" line="48"/>
        <source>Name, phone, client number…</source>
        <translation>Navn, telefon, kundenummer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/owner_picker.py" line="63"/>
        <source>Type to find the other client.</source>
        <translation>Skriv for å finne den andre kunden.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/owner_picker.py" line="96"/>
        <source>No other active client matches “{0}”.</source>
        <translation>Ingen annen aktiv kunde passer med «{0}».</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="34"/>
        <source>Alert:</source>
        <translation>Varsel:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="34"/>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="64"/>
        <source>no. {0}</source>
        <translation>nr. {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="75"/>
        <source>[inactive]</source>
        <translation>[inaktiv]</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="77"/>
        <source>[erased]</source>
        <translation>[slettet]</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="78"/>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="82"/>
        <source>Processing restricted: send nothing</source>
        <translation>Behandlingen er begrenset: send ingenting</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="95"/>
        <source>chip {0}</source>
        <translation>chip {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="96"/>
        <source>† deceased {0}</source>
        <translation>† død {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="54"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="85"/>
        <source>No client has number {0}. To search by phone, type at least {1} digits.</source>
        <translation>Ingen kunde har nummer {0}. For å søke på telefon, skriv minst {1} sifre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="89"/>
        <source>No client or animal matches “{0}”. Press Ctrl+N to register a new client.</source>
        <translation>Ingen kunde eller dyr passer med «{0}». Trykk Ctrl+N for å registrere en ny kunde.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="100"/>
        <source>Showing {0}; more than {1} others match: type more to narrow the search.</source>
        <translation>Viser {0}; mer enn {1} andre treff: skriv mer for å snevre inn søket.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="102"/>
        <source>Showing {0}; {1} more match: type more to narrow the search.</source>
        <translation>Viser {0}; {1} treff til: skriv mer for å snevre inn søket.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="106"/>
        <source>↑↓ to choose, Enter to open, Esc to clear.</source>
        <translation>↑↓ for å velge, Enter for å åpne, Esc for å tømme.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>Animal</source>
        <translation>Dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>With</source>
        <translation>Hos</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="40"/>
        <source>Today&apos;s appointments</source>
        <translation>Dagens timer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="44"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="110"/>
        <source>Help asked for: {when}</source>
        <translation>Anmodet om hjelp: {when}</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../vetdesk/ui/chart/attachments_panel.py" line="36"/>
        <source>Attached files</source>
        <translation>Vedlagte filer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/attachments_panel.py" line="37"/>
        <source>Add file…</source>
        <translation>Legg ved fil …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/attachments_panel.py" line="73"/>
        <source>No files attached.</source>
        <translation>Ingen filer vedlagt.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="77"/>
        <source>Book an appointment</source>
        <translation>Bestill time</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="97"/>
        <source>Name, phone, animal, chip or client no.</source>
        <translation>Navn, telefon, dyr, chip eller kundenr.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="102"/>
        <source>No client chosen yet</source>
        <translation>Ingen kunde valgt ennå</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="107"/>
        <source>Processing restricted at the client&apos;s request: send nothing and use the data only where the law requires it.</source>
        <translation>Behandlingen er begrenset etter kundens ønske: send ingenting, og bruk opplysningene bare der loven krever det.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="116"/>
        <source>New client…</source>
        <translation>Ny kunde …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="129"/>
        <source>No room</source>
        <translation>Uten rom</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="144"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="151"/>
        <source>Next free slot</source>
        <translation>Neste ledige tid</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="157"/>
        <source>Book</source>
        <translation>Bestill</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="166"/>
        <source>Client or animal</source>
        <translation>Kunde eller dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="171"/>
        <source>Chosen</source>
        <translation>Valgt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="173"/>
        <source>Vet or room</source>
        <translation>Veterinær eller rom</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="174"/>
        <source>Room or equipment</source>
        <translation>Rom eller utstyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="180"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="181"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="182"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="218"/>
        <source>processing restricted</source>
        <translation>behandlingen er begrenset</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="248"/>
        <source>New client no. {number}</source>
        <translation>Ny kunde nr. {number}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="276"/>
        <source>Next free: {when} with {who}.</source>
        <translation>Neste ledige: {when} hos {who}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="292"/>
        <source>Choose the client first: type a name, phone or animal and pick a line.</source>
        <translation>Velg kunden først: skriv navn, telefon eller dyr og velg en linje.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="325"/>
        <source>Book anyway?</source>
        <translation>Bestille likevel?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="326"/>
        <source>Book anyway</source>
        <translation>Bestill likevel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="326"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="98"/>
        <source>Calendar</source>
        <translation>Timebok</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="203"/>
        <source>Processing restricted</source>
        <translation>Behandlingen er begrenset</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="78"/>
        <source>Calendar</source>
        <translation>Timebok</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="80"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="81"/>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="86"/>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="87"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="89"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="94"/>
        <source>Book… (Ctrl+B)</source>
        <translation>Bestill time … (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="111"/>
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="112"/>
        <source>Check in</source>
        <translation>Registrer ankomst</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="113"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="114"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="115"/>
        <source>Did not come</source>
        <translation>Møtte ikke</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="116"/>
        <source>Cancel…</source>
        <translation>Avlys …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="232"/>
        <source>Move anyway?</source>
        <translation>Flytte likevel?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="233"/>
        <source>Move anyway</source>
        <translation>Flytt likevel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="233"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="53"/>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="55"/>
        <source>Cancel the appointment</source>
        <translation>Avlys timen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="54"/>
        <source>Why is it cancelled?</source>
        <translation>Hvorfor avlyses den?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="56"/>
        <source>Keep it</source>
        <translation>Behold timen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="262"/>
        <source>The client is told by SMS.</source>
        <translation>Kunden får beskjed på SMS.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="263"/>
        <source>The client is told by e-mail.</source>
        <translation>Kunden får beskjed på e-post.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="277"/>
        <source>Arrows move the selection; Enter or Ctrl+B books the free slot.</source>
        <translation>Piltastene flytter markeringen; Enter eller Ctrl+B bestiller den ledige tiden.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="287"/>
        <source>Processing restricted: send nothing</source>
        <translation>Behandlingen er begrenset: send ingenting</translation>
    </message>
</context>
<context>
    <name>CancelPrescriptionDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="24"/>
        <source>Cancel prescription?</source>
        <translation>Annullere resepten?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="26"/>
        <source>Cancel the prescription for {products}? It cannot be undone: the prescription stays on record, marked cancelled with your reason.</source>
        <translation>Annullere resepten på {products}? Det kan ikke angres: resepten blir stående, merket annullert med begrunnelsen din.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="30"/>
        <source>Reason for cancelling</source>
        <translation>Begrunnelse for annullering</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="29"/>
        <source>Reason (required), e.g. wrong strength</source>
        <translation>Begrunnelse (påkrevd), f.eks. feil styrke</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="33"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="31"/>
        <source>Cancel prescription</source>
        <translation>Annuller resepten</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="28"/>
        <source>Reason *</source>
        <translation>Begrunnelse *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="32"/>
        <source>Give the reason to cancel it.</source>
        <translation>Skriv begrunnelsen for å annullere den.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="23"/>
        <source>Change the role of {0}</source>
        <translation>Endre rollen til {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="24"/>
        <source>{name} works as {role} now. The role decides what they may see and do; the change is recorded in the audit log.</source>
        <translation>{name} arbeider nå som {role}. Rollen avgjør hva vedkommende kan se og gjøre; endringen føres i revisjonsloggen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="27"/>
        <source>Change role</source>
        <translation>Endre rolle</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="31"/>
        <source>New &amp;role</source>
        <translation>Ny &amp;rolle</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="35"/>
        <source>&amp;HPR number</source>
        <translation>&amp;HPR-nummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="36"/>
        <source>7 to 9 digits from Helsepersonellregisteret; needed for a veterinarian.</source>
        <translation>7 til 9 sifre fra Helsepersonellregisteret; kreves for veterinærer.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="54"/>
        <source>Choose a role other than the present one.</source>
        <translation>Velg en annen rolle enn den nåværende.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="58"/>
        <source>Choose the new role.</source>
        <translation>Velg den nye rollen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="64"/>
        <source>{name} now works as {role}.</source>
        <translation>{name} arbeider nå som {role}.</translation>
    </message>
</context>
<context>
    <name>ChartHeaderView</name>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="93"/>
        <source>chip {chip}</source>
        <translation>chip {chip}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="95"/>
        <source>died {date}</source>
        <translation>død {date}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="101"/>
        <source>Owner: {name}</source>
        <translation>Eier: {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="103"/>
        <source>Open the client card</source>
        <translation>Åpne kundekortet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="107"/>
        <source>Weight: not recorded</source>
        <translation>Vekt: ikke registrert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="110"/>
        <source>Weight: {kg} kg ({date})</source>
        <translation>Vekt: {kg} kg ({date})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="118"/>
        <source>{sign}{kg} kg since {date}</source>
        <translation>{sign}{kg} kg siden {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/header.py" line="124"/>
        <source>Weight trend, last %n weighings</source>
        <translation>
            <numerusform>Vektutvikling, siste %n veiing</numerusform>
            <numerusform>Vektutvikling, siste %n veiinger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="130"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="130"/>
        <source>Animal</source>
        <translation>Dyr</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="92"/>
        <source>Chart</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="104"/>
        <source>Journals are for clinical staff</source>
        <translation>Journaler er for klinisk personale</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="105"/>
        <source>Your role can book and register, but not read journals. Ask a vet or nurse; the client card shows appointments and recalls.</source>
        <translation>Rollen din kan bestille timer og registrere, men ikke lese journaler. Spør en veterinær eller dyrepleier; kundekortet viser timer og innkallinger.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="113"/>
        <source>New entry (Ctrl+J)</source>
        <translation>Nytt journalnotat (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="116"/>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="120"/>
        <source>Prescriptions…</source>
        <translation>Resepter …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="124"/>
        <source>Medicine given…</source>
        <translation>Legemiddel gitt …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="126"/>
        <source>Medicine given without a prescription, such as an injection: list, record, void</source>
        <translation>Legemiddel gitt uten resept, for eksempel en injeksjon: vis, registrer, annuller</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="128"/>
        <source>Referrals…</source>
        <translation>Henvisninger …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="153"/>
        <source>Nothing selected</source>
        <translation>Ingenting valgt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="154"/>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="368"/>
        <source>Choose an entry on the left to read it</source>
        <translation>Velg et notat til venstre for å lese det</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="155"/>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="369"/>
        <source>, or press Ctrl+J to write a new one.</source>
        <translation>, eller trykk Ctrl+J for å skrive et nytt.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="248"/>
        <source>Voided by {who} {when}: {reason}</source>
        <translation>Annullert av {who} {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="249"/>
        <source>Corrected by {who} {when}: {reason}</source>
        <translation>Rettet av {who} {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="262"/>
        <source>Your role can read journals but not write them; ask a vet or nurse.</source>
        <translation>Rollen din kan lese journaler, men ikke skrive i dem; spør en veterinær eller dyrepleier.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="366"/>
        <source>Draft discarded</source>
        <translation>Utkastet er forkastet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="405"/>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="441"/>
        <source>Only a veterinarian can issue prescriptions.</source>
        <translation>Bare veterinærer kan skrive ut resepter.</translation>
    </message>
</context>
<context>
    <name>ClinicFields</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="21"/>
        <source>Clinic &amp;name</source>
        <translation>Klinikkens &amp;navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="22"/>
        <source>&amp;Organisation number</source>
        <translation>&amp;Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="23"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="24"/>
        <source>Po&amp;stal code</source>
        <translation>Po&amp;stnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="25"/>
        <source>&amp;City</source>
        <translation>&amp;Poststed</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="26"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="27"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="44"/>
        <source>In every SMS and e-mail to clients, e.g. 63 80 12 34</source>
        <translation>Står i hver SMS og e-post til kundene, f.eks. 63 80 12 34</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="135"/>
        <source>Refuse request {number}</source>
        <translation>Avslå henvendelse {number}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="136"/>
        <source>Give the reason. The answer also tells the person they may complain to Datatilsynet.</source>
        <translation>Oppgi begrunnelsen. Svaret forteller også personen at de kan klage til Datatilsynet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="138"/>
        <source>Refuse request</source>
        <translation>Avslå henvendelsen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="140"/>
        <source>Answer request {number}</source>
        <translation>Besvar henvendelse {number}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="141"/>
        <source>Write what was done, and what the person was given.</source>
        <translation>Skriv hva som ble gjort, og hva personen fikk.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="142"/>
        <source>Mark answered</source>
        <translation>Merk som besvart</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="145"/>
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="145"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="150"/>
        <source>Write the reason.</source>
        <translation>Skriv begrunnelsen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="150"/>
        <source>Write the outcome.</source>
        <translation>Skriv utfallet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="164"/>
        <source>Request {number} refused.</source>
        <translation>Henvendelse {number} er avslått.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="165"/>
        <source>Request {number} answered.</source>
        <translation>Henvendelse {number} er besvart.</translation>
    </message>
</context>
<context>
    <name>ContentFields</name>
    <message>
        <location filename="../../vetdesk/ui/chart/editor_fields.py" line="65"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor_fields.py" line="113"/>
        <source>Required.</source>
        <translation>Må fylles ut.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor_fields.py" line="115"/>
        <source>Enter a date as dd.mm.yyyy.</source>
        <translation>Skriv datoen som dd.mm.åååå.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="55"/>
        <source>Correct entry</source>
        <translation>Rett journalnotat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="58"/>
        <source>{kind} of {when} by {author}. The signed text stays readable in the history; your correction becomes the current version.</source>
        <translation>{kind} fra {when} av {author}. Den signerte teksten kan fortsatt leses i historikken; rettingen din blir gjeldende versjon.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="65"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="65"/>
        <source>Weight in kilograms</source>
        <translation>Vekt i kilo</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="67"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="67"/>
        <source>Temperature in °C</source>
        <translation>Temperatur i °C</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="76"/>
        <source>For example: wrong side, right hind leg</source>
        <translation>For eksempel: feil side, høyre bakbein</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="79"/>
        <source>The clinic</source>
        <translation>Klinikken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="80"/>
        <source>The owner</source>
        <translation>Eieren</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="90"/>
        <source>Help asked for</source>
        <translation>Anmodet om hjelp</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="91"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="92"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="93"/>
        <source>Reason *</source>
        <translation>Begrunnelse *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="95"/>
        <source>Asked for by</source>
        <translation>Ønsket av</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="100"/>
        <source>Save correction</source>
        <translation>Lagre retting</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="137"/>
        <source>Give the reason for the correction; it is kept with the entry.</source>
        <translation>Oppgi begrunnelsen for rettingen; den lagres sammen med notatet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="175"/>
        <source>Change the text to correct it.</source>
        <translation>Endre teksten for å rette den.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="177"/>
        <source>To save: {what}</source>
        <translation>For å lagre: {what}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="221"/>
        <source>The client is told of the correction by SMS, e-mail or, failing both, a printed letter; the notice keeps the old value.</source>
        <translation>Kunden får beskjed om rettingen på SMS, e-post eller, om ingen av dem kan brukes, et utskrevet brev; beskjeden tar vare på den gamle verdien.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="224"/>
        <source>Request {number} is closed with the outcome.</source>
        <translation>Krav {number} lukkes med utfallet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="227"/>
        <source>Correct client {number}</source>
        <translation>Rett kunde {number}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="228"/>
        <source>Correct and tell the client</source>
        <translation>Rett og varsle kunden</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="234"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="238"/>
        <source>&amp;Field</source>
        <translation>&amp;Felt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="239"/>
        <source>&amp;Corrected value</source>
        <translation>&amp;Rettet verdi</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="244"/>
        <source>Choose the field and type the corrected value.</source>
        <translation>Velg feltet og skriv inn den rettede verdien.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="249"/>
        <source>Choose the field to correct.</source>
        <translation>Velg feltet som skal rettes.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="251"/>
        <source>Type the corrected value.</source>
        <translation>Skriv inn den rettede verdien.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="260"/>
        <source>Already corrected.</source>
        <translation>Allerede rettet.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="23"/>
        <source>clients and journals</source>
        <translation>kunder og journaler</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="24"/>
        <source>invoices</source>
        <translation>fakturaer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="25"/>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="61"/>
        <source>Creating the demo clinic…</source>
        <translation>Oppretter demoklinikken …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="62"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="64"/>
        <source>Demo clinic</source>
        <translation>Demoklinikk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="94"/>
        <source>Creating the demo clinic: {stage}…</source>
        <translation>Oppretter demoklinikken: {stage} …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="99"/>
        <source>Stopping… nothing of the demo clinic is kept.</source>
        <translation>Stopper … ingenting av demoklinikken blir beholdt.</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/discard_changes.py" line="17"/>
        <source>Discard changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/discard_changes.py" line="18"/>
        <source>Discard changes? What you typed in this form is not saved and will be lost.</source>
        <translation>Forkaste endringene? Det du skrev i dette skjemaet er ikke lagret og går tapt.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/discard_changes.py" line="21"/>
        <source>Discard changes</source>
        <translation>Forkast endringene</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/discard_changes.py" line="22"/>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>DraftsNotice</name>
    <message>
        <location filename="../../vetdesk/ui/chart/drafts_notice.py" line="31"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/drafts_notice.py" line="61"/>
        <source>saved {0}</source>
        <translation>lagret {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/drafts_notice.py" line="70"/>
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/drafts_notice.py" line="71"/>
        <source>You have %n unsigned journal drafts, kept from before; open each to sign it or discard it:</source>
        <translation>
            <numerusform>Du har %n usignert journalutkast tatt vare på fra før; åpne det for å signere eller forkaste det:</numerusform>
            <numerusform>Du har %n usignerte journalutkast tatt vare på fra før; åpne hvert av dem for å signere eller forkaste:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrugSearch</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="39"/>
        <source>Product name, active substance or varenummer</source>
        <translation>Preparatnavn, virkestoff eller varenummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="40"/>
        <source>Search the drug catalogue</source>
        <translation>Søk i legemiddelkatalogen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="43"/>
        <source>Products found; Enter adds one</source>
        <translation>Preparater funnet; Enter legger til ett</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="86"/>
        <source>[sample data]</source>
        <translation>[eksempeldata]</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="91"/>
        <source>No product matches; try the substance or the varenummer.</source>
        <translation>Ingen preparater passer; prøv virkestoffet eller varenummeret.</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="22"/>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="22"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="22"/>
        <source>Animal</source>
        <translation>Dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="22"/>
        <source>Recall</source>
        <translation>Innkalling</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="23"/>
        <source>Next step</source>
        <translation>Neste trinn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="23"/>
        <source>Reminders sent</source>
        <translation>Påminnelser sendt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="23"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="51"/>
        <source>First reminder</source>
        <translation>Første påminnelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="51"/>
        <source>Second reminder</source>
        <translation>Andre påminnelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="52"/>
        <source>Call: no booking</source>
        <translation>Ring: ingen time bestilt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="52"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="57"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="57"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="57"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="58"/>
        <source>Cannot be reached</source>
        <translation>Kan ikke nås</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="51"/>
        <location filename="../../vetdesk/ui/chart/editor.py" line="55"/>
        <source>Discard draft</source>
        <translation>Forkast utkast</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="52"/>
        <source>Discard this draft? What you wrote in it is deleted and cannot be brought back.</source>
        <translation>Forkaste dette utkastet? Det du skrev, slettes og kan ikke hentes tilbake.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="56"/>
        <source>Keep writing</source>
        <translation>Fortsett å skrive</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="109"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="162"/>
        <location filename="../../vetdesk/ui/chart/editor.py" line="248"/>
        <source>Saved {time}</source>
        <translation>Lagret {time}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="177"/>
        <source>✖ Not saved</source>
        <translation>✖ Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="183"/>
        <source>Your entry is not saved yet: {reason} The text stays on screen; VetDesk saves again as you type, or press Ctrl+Enter to sign.</source>
        <translation>Notatet er ikke lagret ennå: {reason} Teksten blir stående på skjermen; VetDesk lagrer igjen mens du skriver, eller trykk Ctrl+Enter for å signere.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="224"/>
        <source>Signed {time}</source>
        <translation>Signert {time}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="266"/>
        <source>Discarding…</source>
        <translation>Forkaster …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="283"/>
        <source>Not discarded</source>
        <translation>Ikke forkastet</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="100"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="100"/>
        <source>Weight in kilograms</source>
        <translation>Vekt i kilo</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="101"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="101"/>
        <source>Temperature in °C</source>
        <translation>Temperatur i °C</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="102"/>
        <source>Confidential (left out of referrals by default)</source>
        <translation>Konfidensiell (utelates fra henvisninger som standard)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="112"/>
        <source>Sign (Ctrl+Enter)</source>
        <translation>Signer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="116"/>
        <source>Discard draft…</source>
        <translation>Forkast utkast …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="121"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="131"/>
        <source>Time of event</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="132"/>
        <source>Help asked for</source>
        <translation>Anmodet om hjelp</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="133"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="134"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="176"/>
        <source>New entry</source>
        <translation>Nytt journalnotat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="177"/>
        <source>Written now</source>
        <translation>Skrives nå</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="180"/>
        <source>Draft by {author}</source>
        <translation>Utkast av {author}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="182"/>
        <source>Draft by {author}: only {author} can change it; you can read it.</source>
        <translation>Utkast av {author}: bare {author} kan endre det; du kan lese det.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="184"/>
        <source>Writing started {when}</source>
        <translation>Påbegynt {when}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="192"/>
        <source>Saved {time}</source>
        <translation>Lagret {time}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="286"/>
        <source>The time of the event is in the future; enter when it happened.</source>
        <translation>Tidspunktet er frem i tid; skriv når det skjedde.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="323"/>
        <source>To sign, fix: {fields}.</source>
        <translation>For å signere, rett: {fields}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="326"/>
        <source>Signing…</source>
        <translation>Signerer …</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="92"/>
        <source>Correct…</source>
        <translation>Rett …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="93"/>
        <source>Void…</source>
        <translation>Annuller …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="94"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="117"/>
        <source>A voided entry stays as it is.</source>
        <translation>Et annullert notat forblir som det er.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="35"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="42"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="45"/>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="47"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="176"/>
        <source>Extend request {number}</source>
        <translation>Forleng fristen for henvendelse {number}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="177"/>
        <source>Due {due}. It may be extended to {latest} at most, if the person is told why by {due}.</source>
        <translation>Frist {due}. Den kan forlenges til høyst {latest} hvis personen får vite hvorfor innen {due}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="180"/>
        <source>Extend</source>
        <translation>Forleng</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="182"/>
        <source>&amp;New due date</source>
        <translation>&amp;Ny frist</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="184"/>
        <source>&amp;Told on</source>
        <translation>&amp;Fikk beskjed</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="185"/>
        <source>The day the person was told why.</source>
        <translation>Dagen personen fikk vite hvorfor.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="187"/>
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="197"/>
        <source>Choose a day after {due} and no later than {latest}.</source>
        <translation>Velg en dag etter {due} og senest {latest}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="201"/>
        <source>Write the reason the person was given.</source>
        <translation>Skriv begrunnelsen personen fikk.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="210"/>
        <source>Request {number} is now due {date}.</source>
        <translation>Henvendelse {number} har nå frist {date}.</translation>
    </message>
</context>
<context>
    <name>FilesPicker</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="36"/>
        <source>Files to enclose</source>
        <translation>Filer som legges ved</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="38"/>
        <source>Add file from disk…</source>
        <translation>Legg ved fil fra disk …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="45"/>
        <source>Files to enclose (files on confidential entries are left out unless you tick them):</source>
        <translation>Filer som legges ved (filer på konfidensielle notater holdes utenfor med mindre du krysser dem av):</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="64"/>
        <source>[confidential]</source>
        <translation>[konfidensiell]</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="68"/>
        <source>No files in the journal. Use “Add file from disk…” to enclose one.</source>
        <translation>Ingen filer i journalen. Bruk «Legg ved fil fra disk …» for å legge ved en.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="88"/>
        <source>{name}  (from disk, stored in the journal when sent)</source>
        <translation>{name}  (fra disk, lagres i journalen ved sending)</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="34"/>
        <source>Today at the front desk</source>
        <translation>I dag i resepsjonen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="37"/>
        <source>Press Ctrl+K and type a name, phone number, e-mail, chip or client number to find a client or an animal; Ctrl+N registers a new client. In today&apos;s list Enter opens the client and Space checks the animal in.</source>
        <translation>Trykk Ctrl+K og skriv navn, telefonnummer, e-post, chip eller kundenummer for å finne en kunde eller et dyr; Ctrl+N registrerer en ny kunde. I dagens liste åpner Enter kunden, og mellomrom registrerer at dyret har kommet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="42"/>
        <source>New client (Ctrl+N)</source>
        <translation>Ny kunde (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="54"/>
        <source>No appointments today</source>
        <translation>Ingen timer i dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="56"/>
        <source>Today&apos;s appointments appear here as they are booked, with who has arrived and who is late. To look up a client or an animal, press Ctrl+K and type a name, phone number, e-mail or chip number.</source>
        <translation>Dagens timer vises her etter hvert som de bestilles, med hvem som har kommet og hvem som er sent ute. Trykk Ctrl+K og skriv navn, telefonnummer, e-post eller chipnummer for å slå opp en kunde eller et dyr.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchField</name>
    <message>
        <location filename="../../vetdesk/ui/search_field.py" line="25"/>
        <source>Search clients and animals: name, phone, e-mail, chip (Ctrl+K)</source>
        <translation>Søk etter kunder og dyr: navn, telefon, e-post, chip (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/search_field.py" line="27"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../vetdesk/ui/help/window.py" line="76"/>
        <source>Help: {topic}</source>
        <translation>Hjelp: {topic}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="137"/>
        <source>Entry history</source>
        <translation>Historikk for notatet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="139"/>
        <source>Loading the history…</source>
        <translation>Henter historikken …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/history_view.py" line="156"/>
        <source>%n versions, newest first</source>
        <translation>
            <numerusform>%n versjon, nyeste først</numerusform>
            <numerusform>%n versjoner, nyeste først</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="157"/>
        <source>One version: never corrected.</source>
        <translation>Én versjon: aldri rettet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="163"/>
        <source>The history could not be loaded; close and try again.</source>
        <translation>Historikken kunne ikke hentes; lukk og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>HoursSettings</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="61"/>
        <source>Opening hours</source>
        <translation>Åpningstider</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="64"/>
        <source>Type times like 08:00 or 8.00 and a break like 11:30-12:00. Leave opens and closes empty for a closed day. The calendar asks before booking outside these hours.</source>
        <translation>Skriv klokkeslett som 08:00 eller 8.00 og en pause som 11:30-12:00. La åpner og stenger stå tomme for en stengt dag. Kalenderen spør før den booker utenfor disse tidene.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="71"/>
        <source>&amp;Vet, room or equipment</source>
        <translation>&amp;Veterinær, rom eller utstyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="81"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Angre endringer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="82"/>
        <source>&amp;Save week</source>
        <translation>&amp;Lagre uken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="86"/>
        <source>Public holidays</source>
        <translation>Helligdager</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="89"/>
        <source>Public holidays are closed. Choose one and open it for the whole clinic or for one vet or room.</source>
        <translation>Helligdager er stengt. Velg én og hold åpent for hele klinikken eller for én veterinær eller ett rom.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="96"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="96"/>
        <source>Holiday</source>
        <translation>Helligdag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="96"/>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="107"/>
        <source>e.g. 10:00-14:00</source>
        <translation>f.eks. 10:00-14:00</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="109"/>
        <source>&amp;Hours</source>
        <translation>&amp;Tider</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="113"/>
        <source>&amp;For</source>
        <translation>&amp;Gjelder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="115"/>
        <source>&amp;Open holiday</source>
        <translation>H&amp;old åpent</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="117"/>
        <source>&amp;Close again</source>
        <translation>&amp;Steng igjen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="192"/>
        <source>The whole clinic</source>
        <translation>Hele klinikken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="233"/>
        <source>Follows the clinic&apos;s default week.</source>
        <translation>Følger klinikkens standarduke.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="252"/>
        <source>Fix the hours named below the grid to save.</source>
        <translation>Rett tidene som er nevnt under tabellen for å lagre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="254"/>
        <source>Nothing has changed since the last save.</source>
        <translation>Ingenting er endret siden forrige lagring.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="269"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="275"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="282"/>
        <source>Closed</source>
        <translation>Stengt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="282"/>
        <source>the clinic</source>
        <translation>klinikken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="323"/>
        <source>Choose a holiday and type its hours, like 10:00-14:00.</source>
        <translation>Velg en helligdag og skriv tidene, som 10:00-14:00.</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="43"/>
        <source>Data held: {name} ({client_no})</source>
        <translation>Lagrede opplysninger: {name} ({client_no})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="140"/>
        <source>Purpose: {0}</source>
        <translation>Formål: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="141"/>
        <source>Legal basis: {0}</source>
        <translation>Behandlingsgrunnlag: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="76"/>
        <source>Who opened the data</source>
        <translation>Hvem som har åpnet opplysningene</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="55"/>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="85"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="48"/>
        <source>Everything the clinic holds about this client, with why it is kept, the legal basis, and the day it may be deleted. Select a line to read it in full. This look is recorded in the audit log.</source>
        <translation>Alt klinikken har lagret om denne kunden, med hvorfor det lagres, rettslig grunnlag og datoen det kan slettes. Velg en linje for å lese den i sin helhet. Denne visningen loggføres.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="85"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="116"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="142"/>
        <source>May be deleted: {0}</source>
        <translation>Kan slettes: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="132"/>
        <source>Nothing held</source>
        <translation>Ingenting lagret</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="55"/>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="85"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="55"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="49"/>
        <source>varenr. {number}</source>
        <translation>varenr. {number}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="51"/>
        <source>antimicrobial: valid 5 days</source>
        <translation>antibakterielt: gyldig 5 dager</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="53"/>
        <source>sample data</source>
        <translation>eksempeldata</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="56"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="57"/>
        <source>Remove {name}</source>
        <translation>Fjern {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="63"/>
        <source>Number of packs</source>
        <translation>Antall pakninger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="67"/>
        <source>Pack size</source>
        <translation>Pakningsstørrelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="69"/>
        <source>How much, how often, how it is given</source>
        <translation>Hvor mye, hvor ofte, hvordan det gis</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="72"/>
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="73"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="76"/>
        <source>Required for food-producing animals, even 0 days</source>
        <translation>Påkrevd for matproduserende dyr, også 0 døgn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="77"/>
        <source>Not a food-producing animal</source>
        <translation>Ikke et matproduserende dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="82"/>
        <source>For medicine reporting, e.g. 45</source>
        <translation>For legemiddelrapportering, f.eks. 45</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="92"/>
        <source>Quantity *</source>
        <translation>Mengde *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="93"/>
        <source>Dosage *</source>
        <translation>Dosering *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="94"/>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="96"/>
        <source>Withdrawal period *</source>
        <translation>Tilbakeholdelsestid *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="97"/>
        <source>Withdrawal period</source>
        <translation>Tilbakeholdelsestid</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="100"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="106"/>
        <source>Amount used</source>
        <translation>Brukt mengde</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="42"/>
        <source>VetDesk is locked</source>
        <translation>VetDesk er låst</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="44"/>
        <source>Signed in as {name} ({role}). Enter your password to go on where you left off.</source>
        <translation>Pålogget som {name} ({role}). Skriv passordet ditt for å fortsette der du slapp.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="49"/>
        <location filename="../../vetdesk/ui/lock_screen.py" line="50"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="55"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="58"/>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="60"/>
        <source>Sign out so a colleague can sign in. Unsaved work in open tabs is lost.</source>
        <translation>Logg ut så en kollega kan logge inn. Ulagret arbeid i åpne faner går tapt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="86"/>
        <source>VetDesk</source>
        <translation>VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="149"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="151"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Pålogget: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="158"/>
        <source>The database is open read-only: you can look, but nothing can be saved.</source>
        <translation>Databasen er åpnet skrivebeskyttet: du kan se, men ingenting kan lagres.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="187"/>
        <source>Lock now</source>
        <translation>Lås nå</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="191"/>
        <source>Switch user…</source>
        <translation>Bytt bruker …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="193"/>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="242"/>
        <source>{clinic} – VetDesk</source>
        <translation>{clinic} – VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="276"/>
        <source>Open an animal&apos;s chart first (Patients page or Ctrl+K), then press Ctrl+J.</source>
        <translation>Åpne dyrets journal først (Pasienter-siden eller Ctrl+K), og trykk så Ctrl+J.</translation>
    </message>
</context>
<context>
    <name>MedicineGivenDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="55"/>
        <source>Medicine given to {name}</source>
        <translation>Legemiddel gitt til {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="67"/>
        <source>Given by: {name} ({role})</source>
        <translation>Gitt av: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="70"/>
        <source>Medicine given without a prescription, such as an injection in the clinic or on a farm visit. It is written in the journal and, for food-producing animals and horses, put on the VetReg list.</source>
        <translation>Legemiddel gitt uten resept, for eksempel en injeksjon på klinikken eller i fjøset. Det føres i journalen og, for matproduserende dyr og hester, settes på VetReg-listen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="73"/>
        <source>Medicine given without a prescription, such as an injection in the clinic. It is written in the journal.</source>
        <translation>Legemiddel gitt uten resept, for eksempel en injeksjon på klinikken. Det føres i journalen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="78"/>
        <source>No product chosen: search above and press Enter.</source>
        <translation>Ikke valgt preparat: søk over og trykk Enter.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="82"/>
        <source>e.g. 45</source>
        <translation>f.eks. 45</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="83"/>
        <source>Amount given</source>
        <translation>Mengde gitt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="86"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="91"/>
        <source>Required for food-producing animals, even 0 days</source>
        <translation>Påkrevd for matproduserende dyr, også 0 døgn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="92"/>
        <source>Not a food-producing animal</source>
        <translation>Ikke et matproduserende dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="94"/>
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="103"/>
        <source>Record (Ctrl+Enter)</source>
        <translation>Registrer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="120"/>
        <source>Product *</source>
        <translation>Preparat *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="121"/>
        <source>Amount *</source>
        <translation>Mengde *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="122"/>
        <source>Given at *</source>
        <translation>Tidspunkt gitt *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="123"/>
        <source>Withdrawal period *</source>
        <translation>Tilbakeholdelsestid *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="124"/>
        <source>Withdrawal period</source>
        <translation>Tilbakeholdelsestid</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="127"/>
        <source>Production category</source>
        <translation>Produksjonskategori</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="129"/>
        <source>Producer number</source>
        <translation>Produsentnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="130"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="154"/>
        <source>varenr. {number}</source>
        <translation>varenr. {number}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="156"/>
        <source>sample data</source>
        <translation>eksempeldata</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="166"/>
        <source>Choose a product to record.</source>
        <translation>Velg et preparat for å registrere.</translation>
    </message>
</context>
<context>
    <name>MedicineGivenWindow</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="38"/>
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="38"/>
        <source>Medicine</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="38"/>
        <source>Amount</source>
        <translation>Mengde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="38"/>
        <source>Given by</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="39"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="42"/>
        <source>Medicine given to {name}</source>
        <translation>Legemiddel gitt til {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="45"/>
        <source>No medicine given is recorded</source>
        <translation>Ingen gitte legemidler er registrert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="46"/>
        <source>Record an injection or other medicine you gave without a prescription.</source>
        <translation>Registrer en injeksjon eller et annet legemiddel du ga uten resept.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="47"/>
        <source>A veterinarian records it from the chart.</source>
        <translation>En veterinær registrerer det fra journalen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="51"/>
        <source>Record medicine given…</source>
        <translation>Registrer legemiddel gitt …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="53"/>
        <source>Void…</source>
        <translation>Annuller …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="75"/>
        <source>Void: {reason}</source>
        <translation>Annullert: {reason}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="76"/>
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../vetdesk/ui/nav_rail.py" line="19"/>
        <source>Navigation</source>
        <translation>Navigasjon</translation>
    </message>
</context>
<context>
    <name>NewRecipientDialog</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/new_recipient_dialog.py" line="24"/>
        <source>New referral recipient</source>
        <translation>Ny mottaker av henvisninger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/new_recipient_dialog.py" line="31"/>
        <source>Add to the register</source>
        <translation>Legg til i registeret</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="19"/>
        <location filename="../../vetdesk/ui/opening_window.py" line="21"/>
        <source>VetDesk</source>
        <translation>VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="33"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="36"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="53"/>
        <source>Opening database…</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="62"/>
        <source>VetDesk could not open the database.</source>
        <translation>VetDesk fikk ikke åpnet databasen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/opening_window.py" line="73"/>
        <source>Trying again by itself in %n second(s)…</source>
        <translation>
            <numerusform>Prøver igjen av seg selv om %n sekund …</numerusform>
            <numerusform>Prøver igjen av seg selv om %n sekunder …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_fields.py" line="23"/>
        <source>At least {0} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Minst {0} tegn; noen ord som ikke hører sammen, er lette å huske og vanskelige å gjette.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_fields.py" line="44"/>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="66"/>
        <source>No client or animal open</source>
        <translation>Ingen kunde eller dyr er åpnet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="68"/>
        <source>Press Ctrl+K and type a name, phone number, e-mail or chip number to find a client; each client or animal you open gets its own tab, so you can keep two callers open.</source>
        <translation>Trykk Ctrl+K og skriv navn, telefonnummer, e-post eller chipnummer for å finne en kunde; hver kunde eller hvert dyr du åpner får sin egen fane, så du kan ha to innringere åpne samtidig.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="76"/>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="80"/>
        <source>Refresh (F5)</source>
        <translation>Oppdater (F5)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="88"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="88"/>
        <source>Animal</source>
        <translation>Dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="88"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="88"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="102"/>
        <source>No patients booked for you today</source>
        <translation>Ingen pasienter er satt opp på deg i dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="103"/>
        <source>Appointments booked with you appear here; press Enter on one to open the animal&apos;s chart. To open any other chart, press Ctrl+K and search for the animal, its owner or its chip number.</source>
        <translation>Timer som er satt opp på deg vises her; trykk Enter på en for å åpne dyrets journal. For å åpne en annen journal, trykk Ctrl+K og søk etter dyret, eieren eller chipnummeret.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="115"/>
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="135"/>
        <source>(no animal)</source>
        <translation>(uten dyr)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="148"/>
        <source>Patients today: {n}, still to see: {w}</source>
        <translation>Pasienter i dag: {n}, gjenstår: {w}</translation>
    </message>
</context>
<context>
    <name>PrescriptionDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="58"/>
        <source>New prescription for {name}</source>
        <translation>Ny resept for {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="79"/>
        <source>No products yet: search above and press Enter to add one.</source>
        <translation>Ingen preparater ennå: søk over og trykk Enter for å legge til ett.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="93"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="96"/>
        <source>Prescribed under the cascade (art. 112–114)</source>
        <translation>Forskrevet etter kaskadeprinsippet (art. 112–114)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="102"/>
        <source>Only when prescribed under art. 107(3) or (4)</source>
        <translation>Bare når forskrevet etter art. 107(3) eller (4)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="107"/>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="113"/>
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="114"/>
        <source>the veterinarian</source>
        <translation>veterinæren</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="115"/>
        <source>the keeper</source>
        <translation>dyreholderen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="119"/>
        <source>Issue (Ctrl+Enter)</source>
        <translation>Utsted (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="125"/>
        <source>Valid for</source>
        <translation>Gyldig i</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="128"/>
        <source>Cascade statement</source>
        <translation>Kaskadeerklæring</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="129"/>
        <source>Art. 107(3)/(4)</source>
        <translation>Art. 107(3)/(4)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="130"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="132"/>
        <source>Production category</source>
        <translation>Produksjonskategori</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="133"/>
        <source>Producer number</source>
        <translation>Produsentnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="134"/>
        <source>Medicine given by</source>
        <translation>Legemiddelet gis av</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="138"/>
        <source>Add a product</source>
        <translation>Legg til et preparat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="177"/>
        <source>No authorised product for this species and indication; prescribed under the cascade (Regulation (EU) 2019/6 art. 113).</source>
        <translation>Ingen godkjente preparater for arten og indikasjonen; forskrevet etter kaskadeprinsippet (forordning (EU) 2019/6 art. 113).</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="184"/>
        <source>HPR no. {number}</source>
        <translation>HPR-nr. {number}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="185"/>
        <source>no HPR number in your profile</source>
        <translation>ikke HPR-nummer i profilen din</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="186"/>
        <source>Prescriber: {name}, {hpr}</source>
        <translation>Forskriver: {name}, {hpr}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="196"/>
        <source>An antimicrobial is on it: valid 5 days from today, whatever is set.</source>
        <translation>Den har et antibakterielt middel: gyldig 5 dager fra i dag, uansett hva som er satt.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="197"/>
        <source>At most one year.</source>
        <translation>Høyst ett år.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="202"/>
        <source>Add at least one product to issue.</source>
        <translation>Legg til minst ett preparat for å utstede.</translation>
    </message>
</context>
<context>
    <name>PrescriptionsWindow</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="46"/>
        <source>Prescriptions for {name}</source>
        <translation>Resepter for {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="42"/>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="42"/>
        <source>Products</source>
        <translation>Preparater</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="42"/>
        <source>Prescriber</source>
        <translation>Forskriver</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="43"/>
        <source>Valid until</source>
        <translation>Gyldig til og med</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="43"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="50"/>
        <source>No prescriptions yet</source>
        <translation>Ingen resepter ennå</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="51"/>
        <source>Press Ctrl+P to write one.</source>
        <translation>Trykk Ctrl+P for å skrive en.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="52"/>
        <source>A veterinarian writes them from the chart.</source>
        <translation>En veterinær skriver dem fra journalen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="54"/>
        <source>New prescription (Ctrl+P)</source>
        <translation>Ny resept (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="56"/>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="58"/>
        <source>Cancel prescription…</source>
        <translation>Annuller resept …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="87"/>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="88"/>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="89"/>
        <source>Cancelled</source>
        <translation>Annullert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="130"/>
        <source>prescription-{name}-{date}.pdf</source>
        <translation>resept-{name}-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="141"/>
        <source>Making the PDF…</source>
        <translation>Lager PDF-en …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="151"/>
        <source>The PDF could not be saved there; choose another folder.</source>
        <translation>PDF-en kunne ikke lagres der; velg en annen mappe.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="63"/>
        <source>Print journal</source>
        <translation>Skriv ut journal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="65"/>
        <source>The whole journal</source>
        <translation>Hele journalen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="69"/>
        <source>Include confidential entries</source>
        <translation>Ta med konfidensielle notater</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="70"/>
        <source>Include voided entries</source>
        <translation>Ta med annullerte notater</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="81"/>
        <source>From – to</source>
        <translation>Fra – til</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="85"/>
        <source>Save PDF…</source>
        <translation>Lagre PDF …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="122"/>
        <source>The period ends before it starts; swap the dates.</source>
        <translation>Perioden slutter før den begynner; bytt om datoene.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="144"/>
        <source>Making the PDF…</source>
        <translation>Lager PDF …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="163"/>
        <source>The PDF could not be written there ({reason}); choose another folder.</source>
        <translation>PDF-en kunne ikke lagres der ({reason}); velg en annen mappe.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="48"/>
        <source>Export the client&apos;s data</source>
        <translation>Eksporter kundens opplysninger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="55"/>
        <source>Save the erasure receipt</source>
        <translation>Lagre kvitteringen for slettingen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="65"/>
        <source>Erase client {number}, {name}?

Deleted now:
{deleted}

Kept by law, with the name replaced by a pseudonym, until:
{kept}</source>
        <translation>Slette kunde {number}, {name}?

Slettes nå:
{deleted}

Beholdes etter loven, med navnet erstattet av et pseudonym, til:
{kept}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="74"/>
        <source>Erase client?</source>
        <translation>Slette kunden?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="76"/>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="77"/>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="117"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="87"/>
        <source>Prescriptions for those animals</source>
        <translation>Resepter for disse dyrene</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="88"/>
        <source>Medicine given to those animals</source>
        <translation>Legemidler gitt til disse dyrene</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="89"/>
        <source>Unsigned journal drafts for them</source>
        <translation>Usignerte journalutkast for dem</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="90"/>
        <source>Referrals and lab requests for them</source>
        <translation>Henvisninger og laboratorierekvisisjoner for dem</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="91"/>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="92"/>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="93"/>
        <source>Answered privacy requests</source>
        <translation>Besvarte personvernhenvendelser</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="96"/>
        <source>Past their retention period today:</source>
        <translation>Har passert lagringstiden i dag:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="114"/>
        <source>Delete old data?</source>
        <translation>Slette gamle opplysninger?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="116"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="135"/>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="145"/>
        <source>Privacy requests</source>
        <translation>Personvernhenvendelser</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="148"/>
        <source>No privacy requests recorded</source>
        <translation>Ingen personvernhenvendelser registrert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="149"/>
        <source>When a client asks what the clinic holds about them, or asks for erasure, record the request here with “New request…”: it gets its due date, and you can inspect the client&apos;s data from here.</source>
        <translation>Når en kunde spør hva klinikken har lagret om dem, eller ber om sletting, registrerer du henvendelsen her med «Ny henvendelse …»: den får sin frist, og du kan se kundens opplysninger herfra.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="156"/>
        <source>&amp;New request…</source>
        <translation>&amp;Ny henvendelse …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="157"/>
        <source>&amp;Answer…</source>
        <translation>&amp;Besvar …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="158"/>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Avslå …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="159"/>
        <source>Ex&amp;tend…</source>
        <translation>&amp;Forleng …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="170"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Rett …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="171"/>
        <source>&amp;Delete old data…</source>
        <translation>Slett &amp;gamle data …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="298"/>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="302"/>
        <source>Type the client&apos;s number first.</source>
        <translation>Skriv kundenummeret først.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="318"/>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="324"/>
        <source>Wrote {count} files to {path}.</source>
        <translation>Skrev {count} filer til {path}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="345"/>
        <source>Nothing is past its retention period.</source>
        <translation>Ingenting har passert lagringstiden.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="353"/>
        <source>Deleted past their retention: journals of {chains} animals ({versions} versions, {files} files), their unsigned drafts {drafts}, their referrals and lab requests {referrals}, audit log entries {audit}, messages {messages}, invoices {invoices}, answered requests {requests}.</source>
        <translation>Slettet etter lagringstiden: journalene til {chains} dyr ({versions} versjoner, {files} filer), deres usignerte utkast {drafts}, deres henvisninger og laboratorierekvisisjoner {referrals}, oppføringer i tilgangsloggen {audit}, meldinger {messages}, fakturaer {invoices}, besvarte henvendelser {requests}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="388"/>
        <source>Client {number} is erased; what the law keeps now carries the pseudonym {pseudonym}.</source>
        <translation>Kunde {number} er slettet; det loven krever beholdt, har nå pseudonymet {pseudonym}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="162"/>
        <source>Client number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="84"/>
        <source>Journals of animals presumed dead</source>
        <translation>Journaler for dyr som antas døde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="85"/>
        <source>Journal versions in them</source>
        <translation>Journalversjoner i dem</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="86"/>
        <source>Files attached to them</source>
        <translation>Filer knyttet til dem</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="94"/>
        <source>Oldest audit log entries</source>
        <translation>Eldste oppføringer i tilgangsloggen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="105"/>
        <source>Delete all of this? Where the journal and audit chains are cut is recorded, so the integrity check still proves what remains. This cannot be undone.</source>
        <translation>Slette alt dette? Hvor journal- og loggkjedene kuttes, blir registrert, så integritetskontrollen fortsatt beviser det som er igjen. Det kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="167"/>
        <source>&amp;Inspect client</source>
        <translation>&amp;Vis kundens opplysninger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="168"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="169"/>
        <source>&amp;Erase…</source>
        <translation>S&amp;lett …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="234"/>
        <source>Open: {n}</source>
        <translation>Åpne: {n}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="235"/>
        <source>Nearly due: {n}</source>
        <translation>Frist snart: {n}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="236"/>
        <source>Overdue: {n}</source>
        <translation>Over fristen: {n}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="55"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="56"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="57"/>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="58"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="59"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="60"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="61"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="62"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="63"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="64"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="65"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="66"/>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="67"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="68"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="69"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="70"/>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="71"/>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="72"/>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="73"/>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="74"/>
        <source>Create a New Folder</source>
        <translation>Lag en ny mappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="75"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="76"/>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="77"/>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="78"/>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="79"/>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="80"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="81"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="82"/>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="83"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="84"/>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="85"/>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="86"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="87"/>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="88"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="89"/>
        <source>Go forward</source>
        <translation>Gå fram</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="90"/>
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="91"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="92"/>
        <source>List of places and bookmarks</source>
        <translation>Steder og bokmerker</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="93"/>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="94"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="95"/>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="96"/>
        <source>My Computer</source>
        <translation>Datamaskinen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="97"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="98"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="99"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="100"/>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="101"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="102"/>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="103"/>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="104"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="105"/>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="106"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="107"/>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="108"/>
        <source>Date Modified</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="109"/>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="110"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="111"/>
        <source>My Computer</source>
        <translation>Datamaskinen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="112"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="113"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="114"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="36"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="37"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="39"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="40"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="41"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="15"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="16"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="17"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="19"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="21"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="22"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="23"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="24"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="25"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="26"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="27"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="28"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="29"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="30"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standard</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="43"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="44"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="45"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="46"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="47"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="48"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="49"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>RecipientForm</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="19"/>
        <source>This is a &amp;laboratory</source>
        <translation>Dette er et la&amp;boratorium</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="27"/>
        <source>&amp;Name *</source>
        <translation>&amp;Navn *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="28"/>
        <source>&amp;Speciality</source>
        <translation>&amp;Fagområde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="31"/>
        <source>Add&amp;ress</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="32"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="33"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
</context>
<context>
    <name>RecipientsSection</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="73"/>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="77"/>
        <source>Referral recipients</source>
        <translation>Mottakere av henvisninger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="84"/>
        <source>Sa&amp;ve changes</source>
        <translation>La&amp;gre endringer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="88"/>
        <source>&amp;New recipient</source>
        <translation>Ny &amp;mottaker</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="159"/>
        <source>A&amp;ctivate again</source>
        <translation>Akti&amp;ver igjen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="160"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="161"/>
        <source>Editing {name}</source>
        <translation>Endrer {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="162"/>
        <source>New recipient</source>
        <translation>Ny mottaker</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="209"/>
        <source>{name} saved.</source>
        <translation>{name} er lagret.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="222"/>
        <source>{name} is offered for referrals again.</source>
        <translation>{name} tilbys igjen for henvisninger.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="224"/>
        <source>{name} is no longer offered; its referrals stay readable.</source>
        <translation>{name} tilbys ikke lenger; henvisningene dit kan fortsatt leses.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="82"/>
        <source>&amp;Add recipient</source>
        <translation>&amp;Legg til mottaker</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="196"/>
        <source>{name} added.</source>
        <translation>{name} er lagt til.</translation>
    </message>
</context>
<context>
    <name>RecipientsTableModel</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="18"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="18"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="18"/>
        <source>Speciality</source>
        <translation>Fagområde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="18"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="19"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="19"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="19"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="24"/>
        <source>Laboratory</source>
        <translation>Laboratorium</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="24"/>
        <source>Specialist</source>
        <translation>Spesialist</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="28"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="28"/>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="76"/>
        <source>Refer {name}</source>
        <translation>Henvis {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="79"/>
        <source>Referral to a specialist</source>
        <translation>Henvisning til spesialist</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="80"/>
        <source>Lab request</source>
        <translation>Laboratorierekvisisjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="83"/>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="87"/>
        <source>New recipient…</source>
        <translation>Ny mottaker …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="91"/>
        <source>Recipient missing? Ask a {roles} to add it under Settings → Referral recipients.</source>
        <translation>Mangler mottakeren? Be en {roles} legge den til under Innstillinger → Mottakere av henvisninger.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="98"/>
        <source>Routine</source>
        <translation>Rutine</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="99"/>
        <source>Soon (within days)</source>
        <translation>Snart (innen dager)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="100"/>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="113"/>
        <source>Journal entries to enclose</source>
        <translation>Journalnotater som legges ved</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="118"/>
        <source>The owner agreed to sharing this with the recipient *</source>
        <translation>Eieren har samtykket til at dette deles med mottakeren *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="124"/>
        <source>Send to the recipient</source>
        <translation>Send til mottakeren</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="164"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="171"/>
        <source>Recipient *</source>
        <translation>Mottaker *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="172"/>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="173"/>
        <source>Reason *</source>
        <translation>Årsak *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="174"/>
        <source>Clinical summary</source>
        <translation>Klinisk sammendrag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="175"/>
        <source>Samples or images *</source>
        <translation>Prøver eller bilder *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="176"/>
        <source>What is asked *</source>
        <translation>Problemstilling *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="184"/>
        <source>Journal entries to enclose (confidential ones are left out unless you tick them):</source>
        <translation>Journalnotater som legges ved (konfidensielle holdes utenfor med mindre du krysser dem av):</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="240"/>
        <source>[confidential]</source>
        <translation>[konfidensiell]</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="284"/>
        <source>“{name}” cannot be read any more; choose it again.</source>
        <translation>«{name}» kan ikke leses lenger; velg den på nytt.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="300"/>
        <source>referral-{name}.pdf</source>
        <translation>henvisning-{name}.pdf</translation>
    </message>
</context>
<context>
    <name>ReferralsWindow</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="45"/>
        <source>Referrals and lab requests for {name}</source>
        <translation>Henvisninger og rekvisisjoner for {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="43"/>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="82"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="43"/>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="43"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="43"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="48"/>
        <source>No referrals yet. Use “New referral…” to send one.</source>
        <translation>Ingen henvisninger ennå. Bruk «Ny henvisning …» for å sende en.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="51"/>
        <source>New referral…</source>
        <translation>Ny henvisning …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="53"/>
        <source>Mark accepted</source>
        <translation>Merk som mottatt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="55"/>
        <source>Attach report…</source>
        <translation>Legg ved rapport …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="57"/>
        <source>Save letter as PDF…</source>
        <translation>Lagre brevet som PDF …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="82"/>
        <source>Accepted</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="83"/>
        <source>Report received</source>
        <translation>Rapport mottatt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="83"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="133"/>
        <source>referral-{name}.pdf</source>
        <translation>henvisning-{name}.pdf</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="23"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="23"/>
        <source>Request</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="23"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="23"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="24"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="24"/>
        <source>Handled by</source>
        <translation>Behandlet av</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="47"/>
        <source>{date} (overdue)</source>
        <translation>{date} (over fristen)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="48"/>
        <source>{date} (extended)</source>
        <translation>{date} (forlenget)</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="108"/>
        <source>Show &amp;more</source>
        <translation>Vis &amp;flere</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="236"/>
        <source>{total} due in the period; the first {shown} are shown. Of those: to send now {sms} by SMS, {email} by e-mail, {letters} by letter, {none} cannot be reached, {calls} to call. Show more for the rest; sending covers the whole period.</source>
        <translation>{total} forfaller i perioden; de første {shown} vises. Av dem: sendes nå {sms} på SMS, {email} på e-post, {letters} som brev, {none} kan ikke nås, {calls} skal ringes. Vis flere for resten; sendingen gjelder hele perioden.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="77"/>
        <source>Recalls and reminders</source>
        <translation>Innkallinger og påminnelser</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="83"/>
        <source>All species</source>
        <translation>Alle arter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="86"/>
        <source>Every kind of recall</source>
        <translation>Alle slags innkallinger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="87"/>
        <source>Vaccinations</source>
        <translation>Vaksinasjoner</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="87"/>
        <source>Check-ups</source>
        <translation>Helsekontroller</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="88"/>
        <source>Controls after an operation</source>
        <translation>Kontroller etter operasjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="89"/>
        <source>Every step</source>
        <translation>Alle trinn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="92"/>
        <source>Every channel</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="95"/>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="97"/>
        <source>Recalls due</source>
        <translation>Innkallinger som forfaller</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="100"/>
        <source>No recalls due in this period</source>
        <translation>Ingen innkallinger forfaller i perioden</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="101"/>
        <source>Vaccinations and check-ups falling due between the two dates are listed here with how each client wants to hear from you. Choose another period and press Show.</source>
        <translation>Vaksinasjoner og helsekontroller som forfaller mellom de to datoene vises her, med hvordan hver kunde vil bli kontaktet. Velg en annen periode og trykk Vis.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="117"/>
        <source>Queue and s&amp;end</source>
        <translation>Legg i kø og s&amp;end</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="118"/>
        <source>&amp;Letters (PDF)…</source>
        <translation>&amp;Brev (PDF) …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="123"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="135"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="137"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="185"/>
        <source>Type both dates, like 01.12.2026.</source>
        <translation>Skriv inn begge datoene, som 01.12.2026.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="230"/>
        <source>{total} due. To send now: {sms} by SMS, {email} by e-mail, {letters} by letter, {none} cannot be reached. {calls} to call (no booking after the reminders).</source>
        <translation>{total} forfaller. Sendes nå: {sms} på SMS, {email} på e-post, {letters} som brev, {none} kan ikke nås. {calls} skal ringes (ingen time bestilt etter påminnelsene).</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="248"/>
        <source>Outbox: {queued} waiting, {retry} to try again, {uncertain} uncertain (check before resending), {failed} failed, {sent} sent, {delivered} delivered.</source>
        <translation>Utboks: {queued} venter, {retry} prøves igjen, {uncertain} usikre (sjekk før ny sending), {failed} feilet, {sent} sendt, {delivered} levert.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="292"/>
        <source>%v of %m sent</source>
        <translation>%v av %m sendt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="298"/>
        <source>Stopping after the message being sent…</source>
        <translation>Stopper etter meldingen som sendes nå …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="303"/>
        <source>Queued {sms} SMS, {email} e-mails and {letters} letters. Sent {sent}; {retry} to try again later, {failed} failed, {uncertain} uncertain.</source>
        <translation>La {sms} SMS, {email} e-poster og {letters} brev i kø. Sendt {sent}; {retry} prøves igjen senere, {failed} feilet, {uncertain} usikre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="309"/>
        <source>Stopped: the rest stays queued.</source>
        <translation>Stoppet: resten blir liggende i køen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="334"/>
        <source>No letters are waiting to be printed.</source>
        <translation>Ingen brev venter på utskrift.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="336"/>
        <source>Save the letters</source>
        <translation>Lagre brevene</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="337"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="341"/>
        <source>{count} letters saved to {path}.</source>
        <translation>{count} brev lagret i {path}.</translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="65"/>
        <source>Recall rules</source>
        <translation>Innkallingsregler</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="68"/>
        <source>A vaccination signed without a next date is recalled after the rule&apos;s months; it completes the open recalls of the same vaccine group.</source>
        <translation>En vaksinasjon som signeres uten neste dato, kalles inn etter regelens måneder; den fullfører åpne innkallinger i samme vaksinegruppe.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="76"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="76"/>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="76"/>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="76"/>
        <source>Vaccine group</source>
        <translation>Vaksinegruppe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="77"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="93"/>
        <source>e.g. Nobivac DHPPi</source>
        <translation>f.eks. Nobivac DHPPi</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="96"/>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="219"/>
        <source>Every species</source>
        <translation>Alle arter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="101"/>
        <source>e.g. DHPPi</source>
        <translation>f.eks. DHPPi</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="102"/>
        <source>&amp;Save rule</source>
        <translation>&amp;Lagre regel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="104"/>
        <source>&amp;Retire rule</source>
        <translation>&amp;Ta regelen ut av bruk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="110"/>
        <source>SMS texts</source>
        <translation>SMS-tekster</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="124"/>
        <source>Placeholders: {client} {animal} {what} {date} {time} {vet} {clinic} {clinic_phone}</source>
        <translation>Plassholdere: {client} {animal} {what} {date} {time} {vet} {clinic} {clinic_phone}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="128"/>
        <source>Save &amp;text</source>
        <translation>Lagre &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="133"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="134"/>
        <source>&amp;Interval</source>
        <translation>&amp;Intervall</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="135"/>
        <source>&amp;Product</source>
        <translation>&amp;Preparat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="136"/>
        <source>Sp&amp;ecies</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="137"/>
        <source>Vaccine &amp;group</source>
        <translation>Vaksine&amp;gruppe</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="175"/>
        <source>Vaccination</source>
        <translation>Vaksinasjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="175"/>
        <source>Annual check-up</source>
        <translation>Årlig helsekontroll</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="176"/>
        <source>Control after an operation</source>
        <translation>Kontroll etter operasjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="177"/>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="191"/>
        <source>Appointment reminder</source>
        <translation>Timepåminnelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="182"/>
        <source>1 month</source>
        <translation>1 måned</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="182"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="183"/>
        <source>1 hour before</source>
        <translation>1 time før</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="185"/>
        <source>{n} months</source>
        <translation>{n} måneder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="185"/>
        <source>{n} days</source>
        <translation>{n} dager</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="186"/>
        <source>{n} hours before</source>
        <translation>{n} timer før</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="193"/>
        <source>Appointment moved</source>
        <translation>Time flyttet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="194"/>
        <source>Appointment cancelled</source>
        <translation>Time avlyst</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="292"/>
        <source>{characters} characters · {encoding} · {parts} SMS</source>
        <translation>{characters} tegn · {encoding} · {parts} SMS</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="190"/>
        <source>Recall</source>
        <translation>Innkalling</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="190"/>
        <source>Second reminder</source>
        <translation>Andre påminnelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="192"/>
        <source>Appointment confirmation</source>
        <translation>Timebekreftelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="195"/>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="195"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="239"/>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="239"/>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="240"/>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="269"/>
        <source>Rule saved: {rule}.</source>
        <translation>Regelen er lagret: {rule}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="281"/>
        <source>The rule is no longer used.</source>
        <translation>Regelen brukes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="308"/>
        <source>saved</source>
        <translation>lagret</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="316"/>
        <source>default text restored</source>
        <translation>standardteksten er tilbake</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="151"/>
        <source>Report from {name}</source>
        <translation>Rapport fra {name}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="155"/>
        <source>The report</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="157"/>
        <source>Attach to the journal</source>
        <translation>Legg i journalen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="165"/>
        <source>Paste the report or result; it is signed into the journal in your name.</source>
        <translation>Lim inn rapporten eller resultatet; den signeres inn i journalen i ditt navn.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="67"/>
        <source>Record a privacy request</source>
        <translation>Registrer en personvernhenvendelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="68"/>
        <source>What the person asks for and when it came. The answer is due on the earlier of 30 days and one calendar month.</source>
        <translation>Hva personen ber om, og når henvendelsen kom. Fristen for svar er det som kommer først av 30 dager og én kalendermåned.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="70"/>
        <source>Record request</source>
        <translation>Registrer henvendelsen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="75"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="79"/>
        <source>&amp;Request</source>
        <translation>&amp;Henvendelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="80"/>
        <source>&amp;Client number</source>
        <translation>&amp;Kundenummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="81"/>
        <source>Empty when the person is not a client.</source>
        <translation>Tomt når personen ikke er kunde.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="82"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="83"/>
        <source>Filled in from the client when left empty.</source>
        <translation>Fylles ut fra kunden når feltet står tomt.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="84"/>
        <source>R&amp;eceived</source>
        <translation>&amp;Mottatt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="86"/>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="87"/>
        <source>E-mail, letter, at the desk…</source>
        <translation>E-post, brev, i skranken …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="88"/>
        <source>&amp;What is asked</source>
        <translation>&amp;Hva det spørres om</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="94"/>
        <source>Choose the request and who it is from.</source>
        <translation>Velg henvendelsen og hvem den er fra.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="99"/>
        <source>Choose the kind of request.</source>
        <translation>Velg hva slags henvendelse det er.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="102"/>
        <source>A client number has only digits.</source>
        <translation>Et kundenummer har bare sifre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="104"/>
        <source>Enter a name or a client number.</source>
        <translation>Skriv inn et navn eller et kundenummer.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="108"/>
        <source>Enter today or an earlier day.</source>
        <translation>Skriv inn i dag eller en tidligere dag.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="124"/>
        <source>Request {number} recorded; due {date}.</source>
        <translation>Henvendelse {number} er registrert; frist {date}.</translation>
    </message>
</context>
<context>
    <name>RequestTimeField</name>
    <message>
        <location filename="../../vetdesk/ui/chart/request_time.py" line="85"/>
        <source>When the owner asked for help, for example rang the clinic. It follows the time of the event until you change it.</source>
        <translation>Når eieren ba om hjelp, for eksempel ringte klinikken. Følger tidspunktet for hendelsen til du endrer det.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/request_time.py" line="158"/>
        <source>Same as the time of event</source>
        <translation>Samme som tidspunktet for hendelsen</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="20"/>
        <source>New password for {0}</source>
        <translation>Nytt passord for {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="21"/>
        <source>{name} signs in with this password from now on; the old one stops working. Give it to them in person, not by e-mail.</source>
        <translation>{name} logger inn med dette passordet fra nå av; det gamle slutter å virke. Gi det til vedkommende personlig, ikke på e-post.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="24"/>
        <source>Set password</source>
        <translation>Lagre passordet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="26"/>
        <source>New pass&amp;word</source>
        <translation>Nytt &amp;passord</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="27"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Gjenta det</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="35"/>
        <source>Type the new password twice.</source>
        <translation>Skriv det nye passordet to ganger.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="41"/>
        <source>{0} has a new password.</source>
        <translation>{0} har fått nytt passord.</translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/saved_notice.py" line="24"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/saved_notice.py" line="26"/>
        <source>Open folder</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/saved_notice.py" line="28"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/saved_notice.py" line="40"/>
        <source>Saved «{name}» in {folder}.</source>
        <translation>Lagret «{name}» i {folder}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="46"/>
        <source>Clinic details</source>
        <translation>Klinikkens opplysninger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="49"/>
        <source>These details go on letters, prescriptions and invoices. Changes are saved for every workstation and recorded in the audit log.</source>
        <translation>Disse opplysningene står på brev, resepter og fakturaer. Endringer lagres for alle arbeidsstasjoner og føres i revisjonsloggen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="62"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="65"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Lås etter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="66"/>
        <source>The window locks after this many minutes without keyboard or mouse use.</source>
        <translation>Vinduet låses etter så mange minutter uten bruk av tastatur eller mus.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="72"/>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="75"/>
        <source>&amp;Drafts lock after</source>
        <translation>&amp;Utkast låses etter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="76"/>
        <source>Unsigned journal drafts lock for editing this many hours after the visit.</source>
        <translation>Usignerte journalutkast låses for redigering så mange timer etter besøket.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="82"/>
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="85"/>
        <source>Undo changes</source>
        <translation>Angre endringer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="107"/>
        <source>Loading the clinic&apos;s details…</source>
        <translation>Henter klinikkens opplysninger …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="118"/>
        <source>Clinic</source>
        <translation>Klinikk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="124"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="129"/>
        <source>Opening hours</source>
        <translation>Åpningstider</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="134"/>
        <source>Referral recipients</source>
        <translation>Mottakere av henvisninger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="137"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="167"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="188"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="218"/>
        <source>Fix the fields marked in red to save.</source>
        <translation>Rett feltene som er merket med rødt for å lagre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="220"/>
        <source>Nothing has changed since the last save.</source>
        <translation>Ingenting er endret siden siste lagring.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="63"/>
        <source>Set up VetDesk</source>
        <translation>Sett opp VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="66"/>
        <source>This database is new. Enter your clinic&apos;s details and create the first administrator, who can then add the rest of the staff.</source>
        <translation>Denne databasen er ny. Fyll inn klinikkens opplysninger og opprett den første administratoren, som deretter kan legge til resten av de ansatte.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="76"/>
        <source>&amp;Username</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="77"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fullt navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="78"/>
        <source>Pass&amp;word</source>
        <translation>Passo&amp;rd</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="79"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="86"/>
        <source>for example ada</source>
        <translation>for eksempel kari</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="88"/>
        <source>Clinic</source>
        <translation>Klinikk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="90"/>
        <source>First administrator</source>
        <translation>Første administrator</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="95"/>
        <source>Load the demo clinic</source>
        <translation>Last inn demoklinikken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="101"/>
        <source>The demo clinic is not part of this installation.</source>
        <translation>Demoklinikken er ikke med i denne installasjonen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="104"/>
        <source>Adds {count} made-up clients with animals, journals and appointments, and demo staff accounts, to try VetDesk out. Not for a clinic&apos;s real records.</source>
        <translation>Legger til {count} oppdiktede kunder med dyr, journaler og timer, og demobrukere for ansatte, så du kan prøve VetDesk. Ikke for en klinikks ekte opplysninger.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="114"/>
        <source>Create clinic</source>
        <translation>Opprett klinikken</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="118"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="163"/>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="177"/>
        <source>Fill in the marked fields to continue.</source>
        <translation>Fyll ut de merkede feltene for å fortsette.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="178"/>
        <source>Enter the clinic&apos;s name and the administrator&apos;s username, name and password to continue.</source>
        <translation>Skriv klinikkens navn og administratorens brukernavn, navn og passord for å fortsette.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="197"/>
        <source>Creating the clinic…</source>
        <translation>Oppretter klinikken …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="206"/>
        <source>Creating the demo clinic…</source>
        <translation>Oppretter demoklinikken …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="217"/>
        <source>The demo clinic was not loaded; your clinic and administrator are ready.</source>
        <translation>Demoklinikken ble ikke lastet inn; klinikken og administratoren er klare.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="225"/>
        <source>Continue without the demo</source>
        <translation>Fortsett uten demoen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="44"/>
        <source>Sign in to VetDesk</source>
        <translation>Logg inn i VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="47"/>
        <source>VetDesk</source>
        <translation>VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="49"/>
        <source>Sign in with your own username and password.</source>
        <translation>Logg inn med ditt eget brukernavn og passord.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="57"/>
        <source>&amp;Username</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="58"/>
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="64"/>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="68"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="97"/>
        <source>Checking…</source>
        <translation>Kontrollerer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="128"/>
        <source>Enter your username and password to sign in.</source>
        <translation>Skriv brukernavn og passord for å logge inn.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_model.py" line="65"/>
        <source>(voided)</source>
        <translation>(annullert)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="57"/>
        <source>Kind of entry</source>
        <translation>Type notat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="58"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="62"/>
        <source>Filter entries by text…</source>
        <translation>Filtrer tekst …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="64"/>
        <source>Filter entries by text</source>
        <translation>Filtrer notater på tekst</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="78"/>
        <source>Journal timeline</source>
        <translation>Journalens tidslinje</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="84"/>
        <source>Press Ctrl+J to write the first entry.</source>
        <translation>Trykk Ctrl+J for å skrive det første notatet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="85"/>
        <source>No journal entries yet.</source>
        <translation>Ingen journalnotater ennå.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="142"/>
        <source>No entries match the filter; clear it to see the whole journal.</source>
        <translation>Ingen notater passer med filteret; tøm det for å se hele journalen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="149"/>
        <source>Loading entries…</source>
        <translation>Henter notater …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="150"/>
        <source>Loading older entries…</source>
        <translation>Henter eldre notater …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="152"/>
        <source>%n entries shown; scroll down for older ones</source>
        <translation>
            <numerusform>%n notat vises; rull ned for eldre</numerusform>
            <numerusform>%n notater vises; rull ned for eldre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="154"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n notat passer</numerusform>
            <numerusform>%n notater passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="156"/>
        <source>%n entries, the whole journal</source>
        <translation>
            <numerusform>%n notat, hele journalen</numerusform>
            <numerusform>%n notater, hele journalen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="29"/>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="33"/>
        <source>Add user</source>
        <translation>Legg til bruker</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="31"/>
        <source>The new user signs in with this username and password. Give the password in person; they can keep it or you can reset it later.</source>
        <translation>Den nye brukeren logger inn med dette brukernavnet og passordet. Gi passordet personlig; du kan gi et nytt senere.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="35"/>
        <source>Edit {0}</source>
        <translation>Rediger {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="36"/>
        <source>{name} signs in as “{username}” and works as {role}.</source>
        <translation>{name} logger inn som «{username}» og arbeider som {role}.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="39"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="46"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fullt navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="47"/>
        <source>As printed on journals and prescriptions.</source>
        <translation>Slik det skrives på journaler og resepter.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="49"/>
        <source>&amp;Username</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="50"/>
        <source>Lower-case letters, digits, dots or dashes; for example “ingrid” or “i.lie”. It cannot be changed later.</source>
        <translation>Små bokstaver, sifre, punktum eller bindestrek, for eksempel «ingrid» eller «i.lie». Det kan ikke endres senere.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="54"/>
        <source>&amp;Role</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="55"/>
        <source>&amp;HPR number</source>
        <translation>&amp;HPR-nummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="56"/>
        <source>7 to 9 digits from Helsepersonellregisteret; needed for a veterinarian.</source>
        <translation>7 til 9 sifre fra Helsepersonellregisteret; kreves for veterinærer.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="57"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="60"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="61"/>
        <source>Re&amp;peat password</source>
        <translation>&amp;Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="117"/>
        <source>Enter the full name, username and password to add the user.</source>
        <translation>Fyll inn fullt navn, brukernavn og passord for å legge til brukeren.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="137"/>
        <source>Adding…</source>
        <translation>Legger til …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="137"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="141"/>
        <source>Added {name}, who signs in as “{username}”.</source>
        <translation>La til {name}, som logger inn som «{username}».</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="143"/>
        <source>Saved the changes to {0}.</source>
        <translation>Lagret endringene for {0}.</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/form_dialog.py" line="102"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/form_dialog.py" line="110"/>
        <source>Fill in the fields to continue.</source>
        <translation>Fyll inn feltene for å fortsette.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/form_dialog.py" line="128"/>
        <source>Fix the fields marked in red to save.</source>
        <translation>Rett feltene som er merket med rødt for å lagre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/form_dialog.py" line="131"/>
        <source>Nothing has changed yet.</source>
        <translation>Ingenting er endret ennå.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="77"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="78"/>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="79"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="80"/>
        <source>HPR number</source>
        <translation>HPR-nummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="82"/>
        <source>Last signed in</source>
        <translation>Sist innlogget</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="96"/>
        <source>Signs in to the database as {0}</source>
        <translation>Logger inn i databasen som {0}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="113"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="113"/>
        <source>Inactive</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="116"/>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="80"/>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="92"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="83"/>
        <source>The people who sign in to VetDesk and the role that decides what each may do. Someone deactivated cannot sign in from that moment; their records and history are kept.</source>
        <translation>De som logger inn i VetDesk, og rollen som avgjør hva hver av dem kan gjøre. Den som deaktiveres, kan ikke logge inn fra samme øyeblikk; journaler og historikk beholdes.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="108"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Legg til bruker …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="109"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="110"/>
        <source>Change &amp;role…</source>
        <translation>Endre r&amp;olle …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="111"/>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="198"/>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="204"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktiver …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="112"/>
        <source>Reset &amp;password…</source>
        <translation>Nytt &amp;passord …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="160"/>
        <source>Loading the users…</source>
        <translation>Henter brukerne …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="197"/>
        <source>Choose a user in the list first.</source>
        <translation>Velg en bruker i listen først.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="208"/>
        <source>Stop {0} signing in, from now on.</source>
        <translation>Hindrer {0} i å logge inn, fra nå av.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="210"/>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktiver</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="212"/>
        <source>{0} can sign in again.</source>
        <translation>{0} kan logge inn igjen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="243"/>
        <source>{0} is deactivated and can no longer sign in.</source>
        <translation>{0} er deaktivert og kan ikke lenger logge inn.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="246"/>
        <source>{0} is active again and can sign in.</source>
        <translation>{0} er aktiv igjen og kan logge inn.</translation>
    </message>
</context>
<context>
    <name>VetRegPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="35"/>
        <source>Medicine reporting (VetReg)</source>
        <translation>Legemiddelrapportering (VetReg)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="44"/>
        <source>Medicine not yet reported</source>
        <translation>Legemidler som ikke er rapportert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="47"/>
        <source>Nothing to report</source>
        <translation>Ingenting å rapportere</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="38"/>
        <source>Medicine prescribed or given for food-producing animals and horses must be reported within 7 days. Entries that lack data stay on the list until they are complete.</source>
        <translation>Legemidler som er foreskrevet eller gitt til matproduserende dyr og hester, skal rapporteres innen 7 dager. Oppføringer som mangler opplysninger, blir stående på listen til de er fullstendige.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="48"/>
        <source>Medicine prescribed or given for food-producing animals and horses is listed here until it has been reported.</source>
        <translation>Legemidler som er foreskrevet eller gitt til matproduserende dyr og hester, står her til de er rapportert.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="57"/>
        <source>&amp;Export file…</source>
        <translation>&amp;Eksporter fil …</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="58"/>
        <source>&amp;Mark as reported</source>
        <translation>&amp;Merk som rapportert</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="92"/>
        <source>{total} not reported: {overdue} overdue, {lacking} lack data.</source>
        <translation>{total} ikke rapportert: {overdue} på overtid, {lacking} mangler opplysninger.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="106"/>
        <source>Save the complete entries to a file and mark them reported.</source>
        <translation>Lagre de komplette oppføringene i en fil og merk dem som rapportert.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="108"/>
        <source>Nothing to export: every entry has been reported.</source>
        <translation>Ingenting å eksportere: alle oppføringer er rapportert.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="110"/>
        <source>Nothing complete to export: fill in what each entry lacks, or mark it reported by hand.</source>
        <translation>Ingenting komplett å eksportere: fyll ut det hver oppføring mangler, eller merk den som rapportert for hånd.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="119"/>
        <source>Save the VetReg file</source>
        <translation>Lagre VetReg-filen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="120"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="131"/>
        <source>{count} entries saved to {path} and marked as reported.</source>
        <translation>{count} oppføringer lagret i {path} og merket som rapportert.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="143"/>
        <source>{count} entries marked as reported.</source>
        <translation>{count} oppføringer merket som rapportert.</translation>
    </message>
</context>
<context>
    <name>VetRegTableModel</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="22"/>
        <source>Used</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="22"/>
        <source>Report by</source>
        <translation>Rapporteres innen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="22"/>
        <source>Animal</source>
        <translation>Dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="22"/>
        <source>Medicine</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="23"/>
        <source>Amount</source>
        <translation>Mengde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="23"/>
        <source>Given by</source>
        <translation>Gis av</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="23"/>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="23"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="38"/>
        <source>{date} (overdue)</source>
        <translation>{date} (på overtid)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="40"/>
        <source>animal</source>
        <translation>enkeltdyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="40"/>
        <source>herd</source>
        <translation>besetning</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="45"/>
        <source>Prescription</source>
        <translation>Resept</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="46"/>
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="56"/>
        <source>Veterinarian</source>
        <translation>Veterinær</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="56"/>
        <source>Animal keeper</source>
        <translation>Dyreholder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="61"/>
        <source>production category</source>
        <translation>produksjonskategori</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="62"/>
        <source>producer number</source>
        <translation>produsentnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="63"/>
        <source>amount</source>
        <translation>mengde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="63"/>
        <source>who gives it</source>
        <translation>hvem som gir det</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="28"/>
        <source>Void entry?</source>
        <translation>Annullere notatet?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="30"/>
        <source>Void the {kind} of {when} by {author}?

Use this for an entry written on the wrong animal. It cannot be undone: the entry stays readable in the history, struck through with your reason, and leaves printouts unless asked for.</source>
        <translation>Annullere «{kind}» fra {when} av {author}?

Bruk dette for et notat skrevet på feil dyr. Det kan ikke angres: notatet kan fortsatt leses i historikken, gjennomstreket og med begrunnelsen din, og tas ikke med på utskrifter med mindre det blir bedt om.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="36"/>
        <source>Reason (required), e.g. written on the wrong animal</source>
        <translation>Begrunnelse (påkrevd), f.eks. skrevet på feil dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="38"/>
        <source>Reason for voiding</source>
        <translation>Begrunnelse for annullering</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="39"/>
        <source>Void entry</source>
        <translation>Annuller notat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="35"/>
        <source>Reason *</source>
        <translation>Begrunnelse *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="40"/>
        <source>Give the reason to void the entry.</source>
        <translation>Oppgi begrunnelsen for å annullere notatet.</translation>
    </message>
</context>
<context>
    <name>VoidGivenDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="24"/>
        <source>Void the record?</source>
        <translation>Annullere registreringen?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="26"/>
        <source>Void the record of {product}? It cannot be undone: the record and its journal note stay, marked void with your reason, and it leaves the VetReg list.</source>
        <translation>Annullere registreringen av {product}? Det kan ikke angres: registreringen og journalnotatet blir stående, merket annullert med din begrunnelse, og den fjernes fra VetReg-listen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="29"/>
        <source>Reason *</source>
        <translation>Begrunnelse *</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="30"/>
        <source>Reason (required), e.g. wrong animal</source>
        <translation>Begrunnelse (påkrevd), f.eks. feil dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="31"/>
        <source>Reason for voiding</source>
        <translation>Begrunnelse for annullering</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="32"/>
        <source>Void record</source>
        <translation>Annuller registreringen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="33"/>
        <source>Give the reason to void it.</source>
        <translation>Skriv begrunnelsen for å annullere.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="34"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
</context>
<context>
    <name>WeekHoursGrid</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="31"/>
        <source>Weekday</source>
        <translation>Ukedag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="31"/>
        <source>Opens</source>
        <translation>Åpner</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="31"/>
        <source>Closes</source>
        <translation>Stenger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="32"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="89"/>
        <source>{day}: {problem}</source>
        <translation>{day}: {problem}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="92"/>
        <source>Give at least one day opening hours.</source>
        <translation>Gi minst én dag åpningstid.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="100"/>
        <source>a closed day has no break; clear the break or give opening hours.</source>
        <translation>en stengt dag har ingen pause; fjern pausen eller oppgi åpningstid.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="104"/>
        <source>give both when it opens and when it closes, or neither for a closed day.</source>
        <translation>oppgi både når den åpner og når den stenger, eller ingen av dem for en stengt dag.</translation>
    </message>
</context>
<context>
    <name>_PrivacyDialog</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="58"/>
        <source>Enter a date.</source>
        <translation>Skriv inn en dato.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="544"/>
        <source>Mon</source>
        <translation>man.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="545"/>
        <source>Tue</source>
        <translation>tir.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="546"/>
        <source>Wed</source>
        <translation>ons.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="547"/>
        <source>Thu</source>
        <translation>tor.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="548"/>
        <source>Fri</source>
        <translation>fre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="549"/>
        <source>Sat</source>
        <translation>lør.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="550"/>
        <source>Sun</source>
        <translation>søn.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="130"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="56"/>
        <source>Search for a client or an animal: name, phone, e-mail, chip or client number</source>
        <translation>Søk etter en kunde eller et dyr: navn, telefon, e-post, chip eller kundenummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="59"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="95"/>
        <source>Register a new client</source>
        <translation>Registrer en ny kunde</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="62"/>
        <source>Write a new journal entry in the chart on screen</source>
        <translation>Skriv et nytt journalnotat i journalen som vises</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="65"/>
        <source>Go to {page}</source>
        <translation>Gå til {page}</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="68"/>
        <source>Close the client or chart tab on screen</source>
        <translation>Lukk kunde- eller journalfanen som vises</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="70"/>
        <source>Lock the window now (your password opens it again)</source>
        <translation>Lås vinduet nå (passordet ditt åpner det igjen)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="72"/>
        <source>Help for the screen on top</source>
        <translation>Hjelp for skjermbildet som vises</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="75"/>
        <source>Everywhere in VetDesk</source>
        <translation>Overalt i VetDesk</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="76"/>
        <source>The rail on the left switches between pages; each client or animal you open gets its own tab, so you can keep two callers open.</source>
        <translation>Menyen til venstre bytter mellom sidene; hver kunde eller hvert dyr du åpner, får sin egen fane, så du kan ha to innringere åpne.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="85"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="269"/>
        <source>Find a client or an animal</source>
        <translation>Finn en kunde eller et dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="86"/>
        <source>In today&apos;s list: open the client&apos;s card</source>
        <translation>I dagens liste: åpne kundekortet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="90"/>
        <source>In today&apos;s list: the animal has arrived (check-in)</source>
        <translation>I dagens liste: dyret har kommet (ankomst)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="92"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="296"/>
        <source>Book an appointment</source>
        <translation>Bestill time</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="98"/>
        <source>Front desk</source>
        <translation>Resepsjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="99"/>
        <source>Today&apos;s appointments: who is coming, who has arrived and who is late. Start here to find a caller or to register a new client.</source>
        <translation>Dagens timer: hvem som kommer, hvem som har kommet og hvem som er sent ute. Start her for å finne en innringer eller registrere en ny kunde.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="108"/>
        <source>Move through the results</source>
        <translation>Bla i resultatene</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="109"/>
        <source>Move a page at a time</source>
        <translation>Bla én side om gangen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="110"/>
        <source>Open the chosen client (or the first hit, if the results are still coming)</source>
        <translation>Åpne valgt kunde (eller første treff, hvis resultatene ikke er kommet ennå)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="113"/>
        <source>Clear the search</source>
        <translation>Tøm søket</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="116"/>
        <source>Nobody found: register a new client, starting from what you typed</source>
        <translation>Ingen funnet: registrer en ny kunde med utgangspunkt i det du skrev</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="119"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="120"/>
        <source>Clients and animals that match what you typed, best match first. Type a name, a phone number (with or without spaces), an e-mail, a chip or a client number.</source>
        <translation>Kunder og dyr som passer med det du skrev, beste treff først. Skriv et navn, et telefonnummer (med eller uten mellomrom), en e-post, en chip eller et kundenummer.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="130"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="132"/>
        <source>In the animal list: open the animal&apos;s chart</source>
        <translation>I dyrelisten: åpne dyrets journal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="134"/>
        <source>Open the chosen animal&apos;s chart</source>
        <translation>Åpne journalen til valgt dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="138"/>
        <source>Edit the client</source>
        <translation>Rediger kunden</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="139"/>
        <source>Add an animal</source>
        <translation>Legg til et dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="140"/>
        <source>Edit the chosen animal</source>
        <translation>Rediger valgt dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="141"/>
        <source>Move the chosen animal to another owner</source>
        <translation>Flytt valgt dyr til en annen eier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="145"/>
        <source>Merge this client with a duplicate</source>
        <translation>Slå sammen denne kunden med et duplikat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="147"/>
        <source>Close the card</source>
        <translation>Lukk kortet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="149"/>
        <source>Client card</source>
        <translation>Kundekort</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="150"/>
        <source>One client: contact details and alerts at the top left, the animals beside them, then appointments, recalls, messages, consents and purchases. Sections you fold stay folded.</source>
        <translation>Én kunde: kontaktopplysninger og varsler øverst til venstre, dyrene ved siden av, deretter timer, innkallinger, meldinger, samtykker og kjøp. Deler du lukker, forblir lukket.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="160"/>
        <source>Save (from any field; the form says why when it cannot save yet)</source>
        <translation>Lagre (fra hvilket som helst felt; skjemaet sier hvorfor når det ikke kan lagres ennå)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="162"/>
        <source>Cancel and close the form</source>
        <translation>Avbryt og lukk skjemaet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="165"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="317"/>
        <source>Jump to the field whose name has that letter underlined</source>
        <translation>Gå til feltet der den bokstaven er understreket i navnet</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="167"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="319"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="344"/>
        <source>Alt+letter</source>
        <translation>Alt+bokstav</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="168"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="258"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="320"/>
        <source>Next field</source>
        <translation>Neste felt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="174"/>
        <source>Client form</source>
        <translation>Kundeskjema</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="175"/>
        <source>A new client, or changes to one. Each field is checked as you type, with the message under it; possible duplicates are shown before you save.</source>
        <translation>En ny kunde, eller endringer i en. Hvert felt kontrolleres mens du skriver, med meldingen under; mulige duplikater vises før du lagrer.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="178"/>
        <source>New client only: save, then register the client&apos;s first animal</source>
        <translation>Bare ny kunde: lagre, og registrer så kundens første dyr</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="180"/>
        <source>If someone else saved the client meanwhile, the form says who and when; what you typed stays in the form.</source>
        <translation>Hvis noen andre har lagret kunden i mellomtiden, sier skjemaet hvem og når; det du skrev, blir stående i skjemaet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="188"/>
        <source>Animal form</source>
        <translation>Dyreskjema</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="189"/>
        <source>A new animal, or changes to one: species, breed, sex, birth date or age, microchip, insurance and alerts. A chip already used by another animal is shown with a link to its owner.</source>
        <translation>Et nytt dyr, eller endringer i et: art, rase, kjønn, fødselsdato eller alder, chip, forsikring og varsler. En chip som allerede er brukt på et annet dyr, vises med lenke til eieren.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="193"/>
        <source>New animal only: save, then register the next animal of the same owner</source>
        <translation>Bare nytt dyr: lagre, og registrer så neste dyr til samme eier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="199"/>
        <source>In the timeline: open the chosen entry</source>
        <translation>I tidslinjen: åpne valgt notat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="202"/>
        <source>Write a new entry</source>
        <translation>Skriv et nytt notat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="205"/>
        <source>Sign the entry you are writing</source>
        <translation>Signer notatet du skriver</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="208"/>
        <source>Write a prescription</source>
        <translation>Skriv en resept</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="210"/>
        <source>Close the chart</source>
        <translation>Lukk journalen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="211"/>
        <source>Filter the timeline by kind or by text above the list; older entries load as you scroll.</source>
        <translation>Filtrer tidslinjen på type eller tekst over listen; eldre notater lastes inn mens du ruller.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="215"/>
        <source>A draft saves itself a second after you stop typing. Only its author can change it; &quot;Discard draft…&quot; throws it away after asking.</source>
        <translation>Et utkast lagres av seg selv et sekund etter at du slutter å skrive. Bare forfatteren kan endre det; «Forkast utkast …» sletter det etter å ha spurt.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="218"/>
        <source>&quot;Help asked for&quot; follows the time of the event. For an owner who rang earlier, or a call-out, set it to when they asked: the journal keeps both times, and when the entry was written.</source>
        <translation>«Anmodet om hjelp» følger tidspunktet for hendelsen. For en eier som ringte tidligere, eller en utrykning, sett det til når de ba om hjelp: journalen tar vare på begge tidspunktene, og på når notatet ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="223"/>
        <source>A signed entry is never changed: &quot;Correct…&quot; writes a new version with a reason, &quot;Void…&quot; marks it void, and &quot;History&quot; shows every version.</source>
        <translation>Et signert notat endres aldri: «Rett …» skriver en ny versjon med begrunnelse, «Annuller …» markerer det som annullert, og «Historikk» viser alle versjonene.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="227"/>
        <source>&quot;Medicine given…&quot; records an injection or other medicine you gave without a prescription; it is noted in the journal, and for food animals and horses it goes on the VetReg worklist.</source>
        <translation>«Legemiddel gitt …» registrerer en injeksjon eller et annet legemiddel du ga uten resept; det føres i journalen, og for matproduserende dyr og hester kommer det på VetReg-listen.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="232"/>
        <source>&quot;Referrals…&quot; sends chosen entries and files to a specialist or a laboratory once the owner has agreed; confidential entries go only if you tick them.</source>
        <translation>«Henvisninger …» sender valgte notater og filer til en spesialist eller et laboratorium når eieren har samtykket; konfidensielle notater følger bare med hvis du krysser dem av.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="237"/>
        <source>&quot;Print…&quot; makes a PDF of the journal, or of a period of it.</source>
        <translation>«Skriv ut …» lager en PDF av journalen, eller av en periode av den.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="240"/>
        <source>Chart</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="241"/>
        <source>One animal&apos;s journal: identity and status on top, the timeline on the left, and the entry you read or write on the right.</source>
        <translation>Journalen til ett dyr: identitet og status øverst, tidslinjen til venstre og notatet du leser eller skriver til høyre.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="250"/>
        <source>Correct an entry</source>
        <translation>Rett et notat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="251"/>
        <source>Write the corrected text and the reason. The signed text stays readable in the history; your correction becomes the current version.</source>
        <translation>Skriv den rettede teksten og begrunnelsen. Den signerte teksten kan fortsatt leses i historikken; rettingen din blir gjeldende versjon.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="255"/>
        <source>Save the correction</source>
        <translation>Lagre rettingen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="257"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="266"/>
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="267"/>
        <source>Find an animal with Ctrl+K; it opens in its own tab.</source>
        <translation>Finn et dyr med Ctrl+K; det åpnes i egen fane.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="273"/>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="274"/>
        <source>The animals booked with you today, by time, with the reason and whether they have arrived.</source>
        <translation>Dyrene som har time hos deg i dag, etter klokkeslett, med årsak og om de har kommet.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="278"/>
        <source>Open the animal&apos;s chart</source>
        <translation>Åpne dyrets journal</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="279"/>
        <source>Refresh the list</source>
        <translation>Oppdater listen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="286"/>
        <source>Calendar</source>
        <translation>Timebok</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="287"/>
        <source>A day or a week with a column per vet, room and equipment. Colours show the type of appointment, the stripe and sign its status; grey is closed, beige a break.</source>
        <translation>En dag eller en uke med en kolonne per veterinær, rom og utstyr. Fargene viser typen time, stripen og tegnet statusen; grått er stengt, beige en pause.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="292"/>
        <source>Move the selection</source>
        <translation>Flytt markeringen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="294"/>
        <source>Book the free slot, or open the chosen appointment&apos;s client</source>
        <translation>Bestill den ledige tiden, eller åpne kunden til den valgte timen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="297"/>
        <source>Move the chosen appointment (Alt+Left/Right: to the next column)</source>
        <translation>Flytt den valgte timen (Alt+venstre/høyre: til neste kolonne)</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="299"/>
        <source>Make the chosen appointment shorter or longer</source>
        <translation>Gjør den valgte timen kortere eller lengre</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="302"/>
        <source>With the mouse: double-click a free slot to book, drag an appointment to move it, drag its bottom edge to change its length. Outside opening hours or in the past VetDesk asks before it books.</source>
        <translation>Med musen: dobbeltklikk på en ledig tid for å bestille, dra en time for å flytte den, dra nederste kant for å endre lengden. Utenfor åpningstid eller tilbake i tid spør VetDesk før den bestiller.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="311"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="312"/>
        <source>The clinic&apos;s name, address and contact details as printed on documents, how long the window waits before it locks, and how long a draft may stay unsigned before it locks.</source>
        <translation>Klinikkens navn, adresse og kontaktopplysninger slik de skrives ut på dokumenter, hvor lenge vinduet venter før det låses, og hvor lenge et utkast kan være usignert før det låses.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="322"/>
        <source>&quot;Save changes&quot; stores them for every workstation; &quot;Undo changes&quot; puts back what is saved.</source>
        <translation>«Lagre endringer» lagrer dem for alle arbeidsstasjoner; «Angre endringer» setter tilbake det som er lagret.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="325"/>
        <source>Opening hours (practice manager): choose a vet or room, type when each day opens and closes and its break, like 8.00, 16:00 and 11:30-12:00, and save the week. Choose a public holiday to open it for the clinic or one vet.</source>
        <translation>Åpningstider (daglig leder): velg en veterinær eller et rom, skriv når hver dag åpner og stenger og pausen, som 8.00, 16:00 og 11:30-12:00, og lagre uken. Velg en helligdag for å holde åpent for klinikken eller én veterinær.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="335"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="336"/>
        <source>The people who sign in and their roles. Add a user, correct a name, HPR number or e-mail, change a role, give a new password, or deactivate someone who has left: their records and history are kept.</source>
        <translation>De som logger inn, og rollene deres. Legg til en bruker, rett navn, HPR-nummer eller e-post, endre en rolle, gi et nytt passord, eller deaktiver en som har sluttet: journaler og historikk beholdes.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="341"/>
        <source>Edit the chosen user</source>
        <translation>Rediger den valgte brukeren</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="342"/>
        <source>Jump to the button or field whose name has that letter underlined</source>
        <translation>Gå til knappen eller feltet som har den bokstaven understreket</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="345"/>
        <source>Save the dialog</source>
        <translation>Lagre i dialogen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="347"/>
        <source>Close the dialog</source>
        <translation>Lukk dialogen</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="350"/>
        <source>A veterinarian needs an HPR number. Nobody changes their own role or deactivates themselves, and the last active administrator stays an administrator.</source>
        <translation>En veterinær må ha HPR-nummer. Ingen endrer sin egen rolle eller deaktiverer seg selv, og den siste aktive administratoren forblir administrator.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="354"/>
        <source>Deactivating takes effect at once; on a clinic server (PostgreSQL) it also ends the person&apos;s open sessions.</source>
        <translation>Deaktivering virker straks; på en klinikkserver (PostgreSQL) avsluttes også personens åpne økter.</translation>
    </message>
</context>
<context>
    <name>journal_choice</name>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="117"/>
        <source>Access</source>
        <translation>Innsyn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="118"/>
        <source>Correction</source>
        <translation>Retting</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="119"/>
        <source>Pending</source>
        <translation>Til behandling</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="120"/>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="121"/>
        <source>Partly granted</source>
        <translation>Delvis innvilget</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="122"/>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
</context>
<context>
    <name>journal_field</name>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="86"/>
        <source>Anamnesis</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="87"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="88"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="89"/>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="90"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="91"/>
        <source>Caller</source>
        <translation>Innringer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="92"/>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="93"/>
        <source>Advice given</source>
        <translation>Råd gitt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="94"/>
        <source>Vaccine</source>
        <translation>Vaksine</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="95"/>
        <source>Batch number</source>
        <translation>Batchnummer</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="96"/>
        <source>Next due</source>
        <translation>Neste gang</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="97"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="98"/>
        <source>Procedure</source>
        <translation>Inngrep</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="99"/>
        <source>Anaesthesia</source>
        <translation>Anestesi</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="100"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="101"/>
        <source>Complications</source>
        <translation>Komplikasjoner</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="102"/>
        <source>Aftercare</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="103"/>
        <source>Test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="104"/>
        <source>Laboratory</source>
        <translation>Laboratorium</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="105"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="106"/>
        <source>Interpretation</source>
        <translation>Tolkning</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="107"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="108"/>
        <source>Request</source>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="109"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="110"/>
        <source>What was asked</source>
        <translation>Hva det ble bedt om</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="111"/>
        <source>Decision</source>
        <translation>Avgjørelse</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="112"/>
        <source>Reason for the decision</source>
        <translation>Begrunnelse for avgjørelsen</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="11"/>
        <source>Receptionist</source>
        <translation>Resepsjonist</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="12"/>
        <source>Nurse</source>
        <translation>Dyrepleier</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="13"/>
        <source>Veterinarian</source>
        <translation>Veterinær</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="14"/>
        <source>Practice manager</source>
        <translation>Daglig leder</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="15"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../vetdesk/ui/ops.py" line="75"/>
        <source>Something went wrong and VetDesk could not finish this. Nothing you typed was lost; try again, and if it happens again send the details to support.</source>
        <translation>Noe gikk galt, og VetDesk fikk ikke fullført dette. Ingenting du skrev er tapt; prøv igjen, og send detaljene til kundestøtte hvis det skjer igjen.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="36"/>
        <source>Front desk</source>
        <translation>Resepsjon</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="40"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="44"/>
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="48"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="52"/>
        <source>VetReg</source>
        <translation>VetReg</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="56"/>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="60"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="12"/>
        <source>Finds and registers clients and animals, books appointments and sends reminders.</source>
        <translation>Finner og registrerer kunder og dyr, bestiller timer og sender påminnelser.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="15"/>
        <source>What a receptionist does, and reads, writes and signs journal entries.</source>
        <translation>Det en resepsjonist gjør, og leser, skriver og signerer journalnotater.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="17"/>
        <source>What a nurse does, and prescribes and refers. Needs an HPR number.</source>
        <translation>Det en dyrepleier gjør, og skriver resepter og henvisninger. Må ha HPR-nummer.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="19"/>
        <source>Clients, imports, privacy requests, the audit log and the clinic&apos;s settings; reads journals but does not write them.</source>
        <translation>Kunder, import, personvernforespørsler, revisjonsloggen og klinikkens innstillinger; leser journaler, men skriver dem ikke.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="22"/>
        <source>What a manager does, and manages users; writes no clinical records.</source>
        <translation>Det en daglig leder gjør, og administrerer brukere; skriver ingen journaler.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/rules.py" line="23"/>
        <source>Nobody changes their own role: ask another administrator.</source>
        <translation>Ingen kan endre sin egen rolle: be en annen administrator.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/rules.py" line="33"/>
        <source>Nobody deactivates their own account: ask another administrator.</source>
        <translation>Ingen kan deaktivere sin egen konto: be en annen administrator.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/rules.py" line="41"/>
        <source>{0} is the only active administrator: make someone else an administrator first.</source>
        <translation>{0} er den eneste aktive administratoren: gjør noen andre til administrator først.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="44"/>
        <source>Deactivate {name}? They can no longer sign in, and any session they have open ends now. Their journal entries and history are kept, and you can reactivate them later.</source>
        <translation>Deaktivere {name}? Vedkommende kan ikke lenger logge inn, og åpne økter avsluttes nå. Journalnotater og historikk beholdes, og du kan aktivere brukeren igjen senere.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="49"/>
        <source>Deactivate {name}? They can no longer sign in. Their journal entries and history are kept, and you can reactivate them later.</source>
        <translation>Deaktivere {name}? Vedkommende kan ikke lenger logge inn. Journalnotater og historikk beholdes, og du kan aktivere brukeren igjen senere.</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="54"/>
        <source>Deactivate {0}?</source>
        <translation>Deaktivere {0}?</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="56"/>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="57"/>
        <source>Keep active</source>
        <translation>Behold aktiv</translation>
    </message>
</context>
</TS>
