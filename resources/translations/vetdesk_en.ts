<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/file_dialogs.py" line="71"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name></name>
    <message>
        <location filename="../../vetdesk/ui/chart/editor_fields.py" line="183"/>
        <source>Not a number; type e.g. 31,4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="333"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="119"/>
        <source>Time of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="333"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="119"/>
        <source>Help asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="334"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="120"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="335"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="121"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="51"/>
        <source>help asked for {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="155"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="87"/>
        <source>Dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="155"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="87"/>
        <source>Cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="155"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="87"/>
        <source>Rabbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="156"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="87"/>
        <source>Horse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="156"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="88"/>
        <source>Cattle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="156"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="88"/>
        <source>Sheep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="157"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="88"/>
        <source>Goat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="157"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="88"/>
        <source>Pig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="157"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="89"/>
        <source>Poultry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="158"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="89"/>
        <source>Guinea pig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="158"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="89"/>
        <source>Ferret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="159"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="90"/>
        <source>Bird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="159"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="90"/>
        <source>Reptile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="159"/>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="90"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="166"/>
        <source>male, neutered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="166"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="168"/>
        <source>female, spayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="168"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="169"/>
        <source>sex unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="174"/>
        <source>age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="176"/>
        <source>{years} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="178"/>
        <source>1 year {months} mo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="180"/>
        <source>{months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="181"/>
        <source>about {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="54"/>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="35"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="55"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="56"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="65"/>
        <source>Written by {author}, started {started}, signed {signed} by {signer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="69"/>
        <source>Locked automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="74"/>
        <source>Legend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="75"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="76"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="79"/>
        <source>Version {no}: {action} by {author}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="82"/>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="85"/>
        <source>asked for by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="86"/>
        <source>asked for by the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="87"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="109"/>
        <source>Time of event: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="113"/>
        <source>Weight: {kg} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="115"/>
        <source>Temperature: {c} °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="118"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="121"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="124"/>
        <source>changed: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="43"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="43"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/prompts.py" line="20"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/prompts.py" line="21"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/prompts.py" line="27"/>
        <source>Check the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/prompts.py" line="28"/>
        <source>{message}

Sign with these values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="35"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="37"/>
        <source>auto-locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="39"/>
        <source>✎ corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="41"/>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="43"/>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="46"/>
        <source>{n} attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_dialog.py" line="16"/>
        <source>Alert for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_dialog.py" line="18"/>
        <source>⚠ Read before you go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_dialog.py" line="25"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_dialog.py" line="30"/>
        <source>I have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="25"/>
        <source>New alert, e.g. bites when muzzled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="27"/>
        <source>Must be read when the card opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="46"/>
        <source>⚠ Must read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="46"/>
        <source>!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/alert_editor.py" line="49"/>
        <source>Untick to remove this alert when saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="34"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="40"/>
        <source>&amp;Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="46"/>
        <source>&amp;Breed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="46"/>
        <source>Choose or type any breed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="55"/>
        <source>Neutered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="62"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="74"/>
        <source>or about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="76"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="79"/>
        <source>Bo&amp;rn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="80"/>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="81"/>
        <source>&amp;Microchip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="82"/>
        <source>15 digits from the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="83"/>
        <source>&amp;Insurance company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="84"/>
        <source>&amp;Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="88"/>
        <source>&amp;Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="94"/>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="115"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="97"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="119"/>
        <source>Write the age in years, for example 2 or 0,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_fields.py" line="121"/>
        <source>Give the birth date or an estimated age, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="73"/>
        <source>Edit animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="73"/>
        <source>New animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="86"/>
        <source>Save and add anot&amp;her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="104"/>
        <source>Loading the animal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="159"/>
        <source>This chip is on another animal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="169"/>
        <source>Open {0} (owner {1}, client {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_saving.py" line="21"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_saving.py" line="23"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_saving.py" line="27"/>
        <source>To save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_saving.py" line="29"/>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_form.py" line="269"/>
        <source>Saved {0}. Register the next animal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="33"/>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="122"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="34"/>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="113"/>
        <source>Animals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/animal_table.py" line="55"/>
        <source>{0} († {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="56"/>
        <source>Last visit: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="62"/>
        <source>No upcoming appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="74"/>
        <source>No recalls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="85"/>
        <source>No messages sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="104"/>
        <source>No consents recorded: the clinic may not send reminders or marketing. Edit the client to record what they agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="108"/>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="108"/>
        <source>✗ no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="110"/>
        <source>since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="116"/>
        <source>No purchases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/card_sections.py" line="118"/>
        <source>Invoice {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="45"/>
        <source>Upcoming appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="46"/>
        <source>Due recalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="47"/>
        <source>Recent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="48"/>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="119"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="49"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="74"/>
        <source>Processing restricted at the client&apos;s request: send nothing and use the data only where the law requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="80"/>
        <source>Opening the client card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="88"/>
        <source>&amp;Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="89"/>
        <source>&amp;Add animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="90"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="91"/>
        <source>&amp;Open chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="92"/>
        <source>Edit a&amp;nimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="94"/>
        <source>Mo&amp;ve animal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="95"/>
        <source>&amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="175"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="175"/>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_card_view.py" line="194"/>
        <source>This client is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="75"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="75"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="80"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="80"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="81"/>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="81"/>
        <source>Postal &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="82"/>
        <source>&amp;Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="82"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="83"/>
        <source>Or&amp;ganisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="100"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="102"/>
        <source>Only for farms and companies; 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="108"/>
        <source>Lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="109"/>
        <source>Messages, letters and the privacy export are written in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="131"/>
        <source>Save and add &amp;animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="171"/>
        <source>e.g. 912 34 567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="181"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_form.py" line="181"/>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/client_tabs.py" line="37"/>
        <location filename="../../vetdesk/ui/front_desk/client_tabs.py" line="39"/>
        <source>Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/conflict_bar.py" line="26"/>
        <source>Rel&amp;oad their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/conflict_bar.py" line="29"/>
        <source>P&amp;ut my changes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/conflict_bar.py" line="47"/>
        <source>The form now shows the saved version. Your changes are kept aside: put them back to save them over it, or close the form to leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="33"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="33"/>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="34"/>
        <source>on a signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="34"/>
        <source>by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/consent_grid.py" line="37"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/contact_block.py" line="33"/>
        <source>Born {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/contact_block.py" line="35"/>
        <source>Org. no. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/contact_block.py" line="38"/>
        <source>Written to in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/contact_block.py" line="85"/>
        <source>{0} · no. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/date_field.py" line="14"/>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="29"/>
        <source>same phone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="30"/>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="31"/>
        <source>similar name at the same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="50"/>
        <source>⚠ This may be a client the clinic already has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="54"/>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="58"/>
        <source>Open the existing client if it is the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="110"/>
        <location filename="../../vetdesk/ui/front_desk/owner_picker.py" line="84"/>
        <source>{0} (no. {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/duplicate_panel.py" line="116"/>
        <source>Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_buttons.py" line="33"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/form_buttons.py" line="42"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="64"/>
        <source>Write the date as day.month.year, for example 24.12.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="69"/>
        <source>There is no such date; check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="77"/>
        <source>{0} y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="79"/>
        <source>1 y {0} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="79"/>
        <source>1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="81"/>
        <source>{0} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="82"/>
        <source>about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="96"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="96"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="96"/>
        <source>Sex unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="98"/>
        <source>{0}, neutered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="102"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="102"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="102"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="106"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="106"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="106"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="110"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="110"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="115"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="115"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="115"/>
        <source>✓ delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="116"/>
        <source>✗ not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="116"/>
        <source>✗ not delivered (seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="118"/>
        <source>withdrawn, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="125"/>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="125"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="125"/>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="126"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="126"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="126"/>
        <source>did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="127"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="127"/>
        <source>coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="127"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="133"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="133"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="133"/>
        <source>credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="137"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/formats.py" line="137"/>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="30"/>
        <source>Merge into {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="32"/>
        <source>Choose the other record of {0}. Its animals, appointments, messages, invoices, consents and alerts move to {0} (no. {1}); the other record is closed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="41"/>
        <source>I have checked that both records are the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="46"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="73"/>
        <source>{0} (no. {1}, {2} animals) will be merged into {3} (no. {4}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="80"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="82"/>
        <source>To merge: find and choose the other record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/merge_dialog.py" line="84"/>
        <source>To merge: confirm that both records are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="30"/>
        <source>Move {0} to a new owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="31"/>
        <source>{0} gets a new owner from the date below. The current owner stays in the animal&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="43"/>
        <source>New &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="44"/>
        <source>From &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="48"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="60"/>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="63"/>
        <source>Moving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="65"/>
        <source>To move: find and choose the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/move_dialog.py" line="67"/>
        <source>To move: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/owner_picker.py" line="48"/>
        <source>Name, phone, client number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/owner_picker.py" line="63"/>
        <source>Type to find the other client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/owner_picker.py" line="96"/>
        <source>No other active client matches “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="34"/>
        <source>Alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="34"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="64"/>
        <source>no. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="75"/>
        <source>[inactive]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="77"/>
        <source>[erased]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="78"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="82"/>
        <source>Processing restricted: send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="95"/>
        <source>chip {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_model.py" line="96"/>
        <source>† deceased {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="54"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="85"/>
        <source>No client has number {0}. To search by phone, type at least {1} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="89"/>
        <source>No client or animal matches “{0}”. Press Ctrl+N to register a new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="100"/>
        <source>Showing {0}; more than {1} others match: type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="102"/>
        <source>Showing {0}; {1} more match: type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/search_panel.py" line="106"/>
        <source>↑↓ to choose, Enter to open, Esc to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>Animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="39"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/front_desk/today_list.py" line="40"/>
        <source>Today&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="44"/>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="110"/>
        <source>Help asked for: {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../vetdesk/ui/chart/attachments_panel.py" line="36"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/attachments_panel.py" line="37"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/attachments_panel.py" line="73"/>
        <source>No files attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="77"/>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="97"/>
        <source>Name, phone, animal, chip or client no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="102"/>
        <source>No client chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="107"/>
        <source>Processing restricted at the client&apos;s request: send nothing and use the data only where the law requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="116"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="129"/>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="144"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="151"/>
        <source>Next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="157"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="166"/>
        <source>Client or animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="171"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="173"/>
        <source>Vet or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="174"/>
        <source>Room or equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="180"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="181"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="182"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="218"/>
        <source>processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="248"/>
        <source>New client no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="276"/>
        <source>Next free: {when} with {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="292"/>
        <source>Choose the client first: type a name, phone or animal and pick a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="325"/>
        <source>Book anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="326"/>
        <source>Book anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/booking_dialog.py" line="326"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="98"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="203"/>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="78"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="80"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="81"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="86"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="87"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="89"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="94"/>
        <source>Book… (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="111"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="112"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="113"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="114"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="115"/>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="116"/>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="232"/>
        <source>Move anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="233"/>
        <source>Move anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="233"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="53"/>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="55"/>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="54"/>
        <source>Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="56"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="262"/>
        <source>The client is told by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="263"/>
        <source>The client is told by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="277"/>
        <source>Arrows move the selection; Enter or Ctrl+B books the free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/calendar_page.py" line="287"/>
        <source>Processing restricted: send nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelPrescriptionDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="24"/>
        <source>Cancel prescription?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="26"/>
        <source>Cancel the prescription for {products}? It cannot be undone: the prescription stays on record, marked cancelled with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="30"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="29"/>
        <source>Reason (required), e.g. wrong strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="33"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="31"/>
        <source>Cancel prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="28"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/cancel_dialog.py" line="32"/>
        <source>Give the reason to cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="23"/>
        <source>Change the role of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="24"/>
        <source>{name} works as {role} now. The role decides what they may see and do; the change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="27"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="31"/>
        <source>New &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="35"/>
        <source>&amp;HPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="36"/>
        <source>7 to 9 digits from Helsepersonellregisteret; needed for a veterinarian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="54"/>
        <source>Choose a role other than the present one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="58"/>
        <source>Choose the new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_dialog.py" line="64"/>
        <source>{name} now works as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartHeaderView</name>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="93"/>
        <source>chip {chip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="95"/>
        <source>died {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="101"/>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="103"/>
        <source>Open the client card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="107"/>
        <source>Weight: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="110"/>
        <source>Weight: {kg} kg ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="118"/>
        <source>{sign}{kg} kg since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/header.py" line="124"/>
        <source>Weight trend, last %n weighings</source>
        <translation>
            <numerusform>Weight trend, last %n weighing</numerusform>
            <numerusform>Weight trend, last %n weighings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="130"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/header.py" line="130"/>
        <source>Animal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="92"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="104"/>
        <source>Journals are for clinical staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="105"/>
        <source>Your role can book and register, but not read journals. Ask a vet or nurse; the client card shows appointments and recalls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="113"/>
        <source>New entry (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="116"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="120"/>
        <source>Prescriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="124"/>
        <source>Medicine given…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="126"/>
        <source>Medicine given without a prescription, such as an injection: list, record, void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="128"/>
        <source>Referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="153"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="154"/>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="368"/>
        <source>Choose an entry on the left to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="155"/>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="369"/>
        <source>, or press Ctrl+J to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="248"/>
        <source>Voided by {who} {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="249"/>
        <source>Corrected by {who} {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="262"/>
        <source>Your role can read journals but not write them; ask a vet or nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="366"/>
        <source>Draft discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="405"/>
        <source>journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/chart_tab.py" line="441"/>
        <source>Only a veterinarian can issue prescriptions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicFields</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="21"/>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="22"/>
        <source>&amp;Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="23"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="24"/>
        <source>Po&amp;stal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="25"/>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="26"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="27"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/clinic_fields.py" line="44"/>
        <source>In every SMS and e-mail to clients, e.g. 63 80 12 34</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="135"/>
        <source>Refuse request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="136"/>
        <source>Give the reason. The answer also tells the person they may complain to Datatilsynet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="138"/>
        <source>Refuse request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="140"/>
        <source>Answer request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="141"/>
        <source>Write what was done, and what the person was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="142"/>
        <source>Mark answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="145"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="145"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="150"/>
        <source>Write the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="150"/>
        <source>Write the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="164"/>
        <source>Request {number} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="165"/>
        <source>Request {number} answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentFields</name>
    <message>
        <location filename="../../vetdesk/ui/chart/editor_fields.py" line="65"/>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor_fields.py" line="113"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor_fields.py" line="115"/>
        <source>Enter a date as dd.mm.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="55"/>
        <source>Correct entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="58"/>
        <source>{kind} of {when} by {author}. The signed text stays readable in the history; your correction becomes the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="65"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="65"/>
        <source>Weight in kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="67"/>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="67"/>
        <source>Temperature in °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="76"/>
        <source>For example: wrong side, right hind leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="79"/>
        <source>The clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="80"/>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="90"/>
        <source>Help asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="91"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="92"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="93"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="95"/>
        <source>Asked for by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="100"/>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="137"/>
        <source>Give the reason for the correction; it is kept with the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="175"/>
        <source>Change the text to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/correct_dialog.py" line="177"/>
        <source>To save: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="221"/>
        <source>The client is told of the correction by SMS, e-mail or, failing both, a printed letter; the notice keeps the old value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="224"/>
        <source>Request {number} is closed with the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="227"/>
        <source>Correct client {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="228"/>
        <source>Correct and tell the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="234"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="238"/>
        <source>&amp;Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="239"/>
        <source>&amp;Corrected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="244"/>
        <source>Choose the field and type the corrected value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="249"/>
        <source>Choose the field to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="251"/>
        <source>Type the corrected value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="260"/>
        <source>Already corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="23"/>
        <source>clients and journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="24"/>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="25"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="61"/>
        <source>Creating the demo clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="64"/>
        <source>Demo clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="94"/>
        <source>Creating the demo clinic: {stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/demo_loader.py" line="99"/>
        <source>Stopping… nothing of the demo clinic is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/discard_changes.py" line="17"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/discard_changes.py" line="18"/>
        <source>Discard changes? What you typed in this form is not saved and will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/discard_changes.py" line="21"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/discard_changes.py" line="22"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsNotice</name>
    <message>
        <location filename="../../vetdesk/ui/chart/drafts_notice.py" line="31"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/drafts_notice.py" line="61"/>
        <source>saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/drafts_notice.py" line="70"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/drafts_notice.py" line="71"/>
        <source>You have %n unsigned journal drafts, kept from before; open each to sign it or discard it:</source>
        <translation>
            <numerusform>You have %n unsigned journal draft, kept from before; open it to sign it or discard it:</numerusform>
            <numerusform>You have %n unsigned journal drafts, kept from before; open each to sign it or discard it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrugSearch</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="39"/>
        <source>Product name, active substance or varenummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="40"/>
        <source>Search the drug catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="43"/>
        <source>Products found; Enter adds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="86"/>
        <source>[sample data]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/drug_search.py" line="91"/>
        <source>No product matches; try the substance or the varenummer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="22"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="22"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="22"/>
        <source>Animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="22"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="23"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="23"/>
        <source>Reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="23"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="51"/>
        <source>First reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="51"/>
        <source>Second reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="52"/>
        <source>Call: no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="52"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="57"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="57"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="57"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/due_model.py" line="58"/>
        <source>Cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="51"/>
        <location filename="../../vetdesk/ui/chart/editor.py" line="55"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="52"/>
        <source>Discard this draft? What you wrote in it is deleted and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="56"/>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="109"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="162"/>
        <location filename="../../vetdesk/ui/chart/editor.py" line="248"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="177"/>
        <source>✖ Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="183"/>
        <source>Your entry is not saved yet: {reason} The text stays on screen; VetDesk saves again as you type, or press Ctrl+Enter to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="224"/>
        <source>Signed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="266"/>
        <source>Discarding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/editor.py" line="283"/>
        <source>Not discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="100"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="100"/>
        <source>Weight in kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="101"/>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="101"/>
        <source>Temperature in °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="102"/>
        <source>Confidential (left out of referrals by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="112"/>
        <source>Sign (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="116"/>
        <source>Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="121"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="131"/>
        <source>Time of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="132"/>
        <source>Help asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="133"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="134"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="176"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="177"/>
        <source>Written now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="180"/>
        <source>Draft by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="182"/>
        <source>Draft by {author}: only {author} can change it; you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="184"/>
        <source>Writing started {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="192"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="286"/>
        <source>The time of the event is in the future; enter when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="323"/>
        <source>To sign, fix: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_form.py" line="326"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="92"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="93"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="94"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/entry_view.py" line="117"/>
        <source>A voided entry stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="35"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="42"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="45"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/error_banner.py" line="47"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="176"/>
        <source>Extend request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="177"/>
        <source>Due {due}. It may be extended to {latest} at most, if the person is told why by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="180"/>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="182"/>
        <source>&amp;New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="184"/>
        <source>&amp;Told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="185"/>
        <source>The day the person was told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="187"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="197"/>
        <source>Choose a day after {due} and no later than {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="201"/>
        <source>Write the reason the person was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="210"/>
        <source>Request {number} is now due {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPicker</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="36"/>
        <source>Files to enclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="38"/>
        <source>Add file from disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="45"/>
        <source>Files to enclose (files on confidential entries are left out unless you tick them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="64"/>
        <source>[confidential]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="68"/>
        <source>No files in the journal. Use “Add file from disk…” to enclose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/files_picker.py" line="88"/>
        <source>{name}  (from disk, stored in the journal when sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="34"/>
        <source>Today at the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="37"/>
        <source>Press Ctrl+K and type a name, phone number, e-mail, chip or client number to find a client or an animal; Ctrl+N registers a new client. In today&apos;s list Enter opens the client and Space checks the animal in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="42"/>
        <source>New client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="54"/>
        <source>No appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/front_desk.py" line="56"/>
        <source>Today&apos;s appointments appear here as they are booked, with who has arrived and who is late. To look up a client or an animal, press Ctrl+K and type a name, phone number, e-mail or chip number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearchField</name>
    <message>
        <location filename="../../vetdesk/ui/search_field.py" line="25"/>
        <source>Search clients and animals: name, phone, e-mail, chip (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/search_field.py" line="27"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../vetdesk/ui/help/window.py" line="76"/>
        <source>Help: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="137"/>
        <source>Entry history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="139"/>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/history_view.py" line="156"/>
        <source>%n versions, newest first</source>
        <translation>
            <numerusform>%n version, newest first</numerusform>
            <numerusform>%n versions, newest first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="157"/>
        <source>One version: never corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/history_view.py" line="163"/>
        <source>The history could not be loaded; close and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursSettings</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="61"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="64"/>
        <source>Type times like 08:00 or 8.00 and a break like 11:30-12:00. Leave opens and closes empty for a closed day. The calendar asks before booking outside these hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="71"/>
        <source>&amp;Vet, room or equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="81"/>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="82"/>
        <source>&amp;Save week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="86"/>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="89"/>
        <source>Public holidays are closed. Choose one and open it for the whole clinic or for one vet or room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="96"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="96"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="96"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="107"/>
        <source>e.g. 10:00-14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="109"/>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="113"/>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="115"/>
        <source>&amp;Open holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="117"/>
        <source>&amp;Close again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="192"/>
        <source>The whole clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="233"/>
        <source>Follows the clinic&apos;s default week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="252"/>
        <source>Fix the hours named below the grid to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="254"/>
        <source>Nothing has changed since the last save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="269"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="275"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="282"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="282"/>
        <source>the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/hours_settings.py" line="323"/>
        <source>Choose a holiday and type its hours, like 10:00-14:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="43"/>
        <source>Data held: {name} ({client_no})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="140"/>
        <source>Purpose: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="141"/>
        <source>Legal basis: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="76"/>
        <source>Who opened the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="55"/>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="85"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="48"/>
        <source>Everything the clinic holds about this client, with why it is kept, the legal basis, and the day it may be deleted. Select a line to read it in full. This look is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="85"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="116"/>
        <source>{group} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="142"/>
        <source>May be deleted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="132"/>
        <source>Nothing held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="55"/>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="85"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/inspect_view.py" line="55"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="49"/>
        <source>varenr. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="51"/>
        <source>antimicrobial: valid 5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="53"/>
        <source>sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="56"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="57"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="63"/>
        <source>Number of packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="67"/>
        <source>Pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="69"/>
        <source>How much, how often, how it is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="72"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="73"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="76"/>
        <source>Required for food-producing animals, even 0 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="77"/>
        <source>Not a food-producing animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="82"/>
        <source>For medicine reporting, e.g. 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="92"/>
        <source>Quantity *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="93"/>
        <source>Dosage *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="94"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="96"/>
        <source>Withdrawal period *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="97"/>
        <source>Withdrawal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="100"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/item_row.py" line="106"/>
        <source>Amount used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="42"/>
        <source>VetDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="44"/>
        <source>Signed in as {name} ({role}). Enter your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="49"/>
        <location filename="../../vetdesk/ui/lock_screen.py" line="50"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="55"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="58"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/lock_screen.py" line="60"/>
        <source>Sign out so a colleague can sign in. Unsaved work in open tabs is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="86"/>
        <source>VetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="149"/>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="151"/>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="158"/>
        <source>The database is open read-only: you can look, but nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="187"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="191"/>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="193"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="242"/>
        <source>{clinic} – VetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/main_window.py" line="276"/>
        <source>Open an animal&apos;s chart first (Patients page or Ctrl+K), then press Ctrl+J.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineGivenDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="55"/>
        <source>Medicine given to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="67"/>
        <source>Given by: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="70"/>
        <source>Medicine given without a prescription, such as an injection in the clinic or on a farm visit. It is written in the journal and, for food-producing animals and horses, put on the VetReg list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="73"/>
        <source>Medicine given without a prescription, such as an injection in the clinic. It is written in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="78"/>
        <source>No product chosen: search above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="82"/>
        <source>e.g. 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="83"/>
        <source>Amount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="86"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="91"/>
        <source>Required for food-producing animals, even 0 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="92"/>
        <source>Not a food-producing animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="94"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="103"/>
        <source>Record (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="120"/>
        <source>Product *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="121"/>
        <source>Amount *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="122"/>
        <source>Given at *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="123"/>
        <source>Withdrawal period *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="124"/>
        <source>Withdrawal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="127"/>
        <source>Production category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="129"/>
        <source>Producer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="130"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="154"/>
        <source>varenr. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="156"/>
        <source>sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_dialog.py" line="166"/>
        <source>Choose a product to record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineGivenWindow</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="38"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="38"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="38"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="38"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="39"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="42"/>
        <source>Medicine given to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="45"/>
        <source>No medicine given is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="46"/>
        <source>Record an injection or other medicine you gave without a prescription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="47"/>
        <source>A veterinarian records it from the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="51"/>
        <source>Record medicine given…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="53"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="75"/>
        <source>Void: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/given_window.py" line="76"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../vetdesk/ui/nav_rail.py" line="19"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecipientDialog</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/new_recipient_dialog.py" line="24"/>
        <source>New referral recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/new_recipient_dialog.py" line="31"/>
        <source>Add to the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="19"/>
        <location filename="../../vetdesk/ui/opening_window.py" line="21"/>
        <source>VetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="33"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="36"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="53"/>
        <source>Opening database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/opening_window.py" line="62"/>
        <source>VetDesk could not open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/opening_window.py" line="73"/>
        <source>Trying again by itself in %n second(s)…</source>
        <translation>
            <numerusform>Trying again by itself in %n second…</numerusform>
            <numerusform>Trying again by itself in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_fields.py" line="23"/>
        <source>At least {0} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_fields.py" line="44"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="66"/>
        <source>No client or animal open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="68"/>
        <source>Press Ctrl+K and type a name, phone number, e-mail or chip number to find a client; each client or animal you open gets its own tab, so you can keep two callers open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="76"/>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="80"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="88"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="88"/>
        <source>Animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="88"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="88"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="89"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="102"/>
        <source>No patients booked for you today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="103"/>
        <source>Appointments booked with you appear here; press Enter on one to open the animal&apos;s chart. To open any other chart, press Ctrl+K and search for the animal, its owner or its chip number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="115"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="135"/>
        <source>(no animal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/patients.py" line="148"/>
        <source>Patients today: {n}, still to see: {w}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="58"/>
        <source>New prescription for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="79"/>
        <source>No products yet: search above and press Enter to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="93"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="96"/>
        <source>Prescribed under the cascade (art. 112–114)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="102"/>
        <source>Only when prescribed under art. 107(3) or (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="107"/>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="113"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="114"/>
        <source>the veterinarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="115"/>
        <source>the keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="119"/>
        <source>Issue (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="125"/>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="128"/>
        <source>Cascade statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="129"/>
        <source>Art. 107(3)/(4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="130"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="132"/>
        <source>Production category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="133"/>
        <source>Producer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="134"/>
        <source>Medicine given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="138"/>
        <source>Add a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="177"/>
        <source>No authorised product for this species and indication; prescribed under the cascade (Regulation (EU) 2019/6 art. 113).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="184"/>
        <source>HPR no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="185"/>
        <source>no HPR number in your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="186"/>
        <source>Prescriber: {name}, {hpr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="196"/>
        <source>An antimicrobial is on it: valid 5 days from today, whatever is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="197"/>
        <source>At most one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescription_dialog.py" line="202"/>
        <source>Add at least one product to issue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionsWindow</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="46"/>
        <source>Prescriptions for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="42"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="42"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="42"/>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="43"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="43"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="50"/>
        <source>No prescriptions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="51"/>
        <source>Press Ctrl+P to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="52"/>
        <source>A veterinarian writes them from the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="54"/>
        <source>New prescription (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="56"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="58"/>
        <source>Cancel prescription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="87"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="88"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="89"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="130"/>
        <source>prescription-{name}-{date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="141"/>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/prescriptions_window.py" line="151"/>
        <source>The PDF could not be saved there; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="63"/>
        <source>Print journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="65"/>
        <source>The whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="69"/>
        <source>Include confidential entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="70"/>
        <source>Include voided entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="81"/>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="85"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="122"/>
        <source>The period ends before it starts; swap the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="144"/>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/print_dialog.py" line="163"/>
        <source>The PDF could not be written there ({reason}); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="48"/>
        <source>Export the client&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="55"/>
        <source>Save the erasure receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="65"/>
        <source>Erase client {number}, {name}?

Deleted now:
{deleted}

Kept by law, with the name replaced by a pseudonym, until:
{kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="74"/>
        <source>Erase client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="76"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="77"/>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="117"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="87"/>
        <source>Prescriptions for those animals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="88"/>
        <source>Medicine given to those animals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="89"/>
        <source>Unsigned journal drafts for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="90"/>
        <source>Referrals and lab requests for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="91"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="92"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="93"/>
        <source>Answered privacy requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="96"/>
        <source>Past their retention period today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="114"/>
        <source>Delete old data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="116"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="135"/>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="145"/>
        <source>Privacy requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="148"/>
        <source>No privacy requests recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="149"/>
        <source>When a client asks what the clinic holds about them, or asks for erasure, record the request here with “New request…”: it gets its due date, and you can inspect the client&apos;s data from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="156"/>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="157"/>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="158"/>
        <source>Re&amp;fuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="159"/>
        <source>Ex&amp;tend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="170"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="171"/>
        <source>&amp;Delete old data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="298"/>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="302"/>
        <source>Type the client&apos;s number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="318"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="324"/>
        <source>Wrote {count} files to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="345"/>
        <source>Nothing is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="353"/>
        <source>Deleted past their retention: journals of {chains} animals ({versions} versions, {files} files), their unsigned drafts {drafts}, their referrals and lab requests {referrals}, audit log entries {audit}, messages {messages}, invoices {invoices}, answered requests {requests}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="388"/>
        <source>Client {number} is erased; what the law keeps now carries the pseudonym {pseudonym}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="162"/>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="84"/>
        <source>Journals of animals presumed dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="85"/>
        <source>Journal versions in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="86"/>
        <source>Files attached to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="94"/>
        <source>Oldest audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="105"/>
        <source>Delete all of this? Where the journal and audit chains are cut is recorded, so the integrity check still proves what remains. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="167"/>
        <source>&amp;Inspect client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="168"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="169"/>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="234"/>
        <source>Open: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="235"/>
        <source>Nearly due: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/panel.py" line="236"/>
        <source>Overdue: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="55"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="56"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="57"/>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="58"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="59"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="60"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="61"/>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="62"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="63"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="64"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="65"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="66"/>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="67"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="68"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="69"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="70"/>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="71"/>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="72"/>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="73"/>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="74"/>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="75"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="76"/>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="77"/>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="78"/>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="79"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="80"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="81"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="82"/>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="83"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="84"/>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="85"/>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="86"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="87"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="88"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="89"/>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="90"/>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="91"/>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="92"/>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="93"/>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="94"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="95"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="96"/>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="97"/>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="98"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="99"/>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="100"/>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="101"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="102"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="103"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="104"/>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="105"/>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="106"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="107"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="108"/>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="109"/>
        <source>Invalid filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="110"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="111"/>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="112"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="113"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="114"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="35"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="36"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="37"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="38"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="39"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="40"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="41"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="14"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="15"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="16"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="17"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="18"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="19"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="20"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="21"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="22"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="23"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="24"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="25"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="26"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="27"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="28"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="29"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="30"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="31"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="42"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="43"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="44"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="45"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="46"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="47"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="48"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/qt_strings.py" line="49"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientForm</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="19"/>
        <source>This is a &amp;laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="27"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="28"/>
        <source>&amp;Speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="31"/>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="32"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipient_form.py" line="33"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsSection</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="73"/>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="77"/>
        <source>Referral recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="84"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="88"/>
        <source>&amp;New recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="159"/>
        <source>A&amp;ctivate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="160"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="161"/>
        <source>Editing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="162"/>
        <source>New recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="209"/>
        <source>{name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="222"/>
        <source>{name} is offered for referrals again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="224"/>
        <source>{name} is no longer offered; its referrals stay readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="82"/>
        <source>&amp;Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_section.py" line="196"/>
        <source>{name} added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsTableModel</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="18"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="18"/>
        <source>Speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="18"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="19"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="19"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="19"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="24"/>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="24"/>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="28"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/recipients_model.py" line="28"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="76"/>
        <source>Refer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="79"/>
        <source>Referral to a specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="80"/>
        <source>Lab request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="83"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="87"/>
        <source>New recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="91"/>
        <source>Recipient missing? Ask a {roles} to add it under Settings → Referral recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="98"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="99"/>
        <source>Soon (within days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="100"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="113"/>
        <source>Journal entries to enclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="118"/>
        <source>The owner agreed to sharing this with the recipient *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="124"/>
        <source>Send to the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="164"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="171"/>
        <source>Recipient *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="172"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="173"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="174"/>
        <source>Clinical summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="175"/>
        <source>Samples or images *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="176"/>
        <source>What is asked *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="184"/>
        <source>Journal entries to enclose (confidential ones are left out unless you tick them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="240"/>
        <source>[confidential]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="284"/>
        <source>“{name}” cannot be read any more; choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referral_dialog.py" line="300"/>
        <source>referral-{name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsWindow</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="45"/>
        <source>Referrals and lab requests for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="43"/>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="82"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="43"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="43"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="43"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="48"/>
        <source>No referrals yet. Use “New referral…” to send one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="51"/>
        <source>New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="53"/>
        <source>Mark accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="55"/>
        <source>Attach report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="57"/>
        <source>Save letter as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="82"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="83"/>
        <source>Report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="83"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="133"/>
        <source>referral-{name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="23"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="23"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="23"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="23"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="24"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="24"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="47"/>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/register_model.py" line="48"/>
        <source>{date} (extended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="108"/>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="236"/>
        <source>{total} due in the period; the first {shown} are shown. Of those: to send now {sms} by SMS, {email} by e-mail, {letters} by letter, {none} cannot be reached, {calls} to call. Show more for the rest; sending covers the whole period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="77"/>
        <source>Recalls and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="83"/>
        <source>All species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="86"/>
        <source>Every kind of recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="87"/>
        <source>Vaccinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="87"/>
        <source>Check-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="88"/>
        <source>Controls after an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="89"/>
        <source>Every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="92"/>
        <source>Every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="95"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="97"/>
        <source>Recalls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="100"/>
        <source>No recalls due in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="101"/>
        <source>Vaccinations and check-ups falling due between the two dates are listed here with how each client wants to hear from you. Choose another period and press Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="117"/>
        <source>Queue and s&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="118"/>
        <source>&amp;Letters (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="123"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="135"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="137"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="185"/>
        <source>Type both dates, like 01.12.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="230"/>
        <source>{total} due. To send now: {sms} by SMS, {email} by e-mail, {letters} by letter, {none} cannot be reached. {calls} to call (no booking after the reminders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="248"/>
        <source>Outbox: {queued} waiting, {retry} to try again, {uncertain} uncertain (check before resending), {failed} failed, {sent} sent, {delivered} delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="292"/>
        <source>%v of %m sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="298"/>
        <source>Stopping after the message being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="303"/>
        <source>Queued {sms} SMS, {email} e-mails and {letters} letters. Sent {sent}; {retry} to try again later, {failed} failed, {uncertain} uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="309"/>
        <source>Stopped: the rest stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="334"/>
        <source>No letters are waiting to be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="336"/>
        <source>Save the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="337"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/panel.py" line="341"/>
        <source>{count} letters saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="65"/>
        <source>Recall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="68"/>
        <source>A vaccination signed without a next date is recalled after the rule&apos;s months; it completes the open recalls of the same vaccine group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="76"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="76"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="76"/>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="76"/>
        <source>Vaccine group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="77"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="93"/>
        <source>e.g. Nobivac DHPPi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="96"/>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="219"/>
        <source>Every species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="101"/>
        <source>e.g. DHPPi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="102"/>
        <source>&amp;Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="104"/>
        <source>&amp;Retire rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="110"/>
        <source>SMS texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="124"/>
        <source>Placeholders: {client} {animal} {what} {date} {time} {vet} {clinic} {clinic_phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="128"/>
        <source>Save &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="133"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="134"/>
        <source>&amp;Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="135"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="136"/>
        <source>Sp&amp;ecies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="137"/>
        <source>Vaccine &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="175"/>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="175"/>
        <source>Annual check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="176"/>
        <source>Control after an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="177"/>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="191"/>
        <source>Appointment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="182"/>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="182"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="183"/>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="185"/>
        <source>{n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="185"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="186"/>
        <source>{n} hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="193"/>
        <source>Appointment moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="194"/>
        <source>Appointment cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="292"/>
        <source>{characters} characters · {encoding} · {parts} SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="190"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="190"/>
        <source>Second reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="192"/>
        <source>Appointment confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="195"/>
        <source>bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="195"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="239"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="239"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="240"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="269"/>
        <source>Rule saved: {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="281"/>
        <source>The rule is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="308"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/reminders/settings_section.py" line="316"/>
        <source>default text restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="151"/>
        <source>Report from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="155"/>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="157"/>
        <source>Attach to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/referrals/referrals_window.py" line="165"/>
        <source>Paste the report or result; it is signed into the journal in your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="67"/>
        <source>Record a privacy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="68"/>
        <source>What the person asks for and when it came. The answer is due on the earlier of 30 days and one calendar month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="70"/>
        <source>Record request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="75"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="79"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="80"/>
        <source>&amp;Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="81"/>
        <source>Empty when the person is not a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="82"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="83"/>
        <source>Filled in from the client when left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="84"/>
        <source>R&amp;eceived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="86"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="87"/>
        <source>E-mail, letter, at the desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="88"/>
        <source>&amp;What is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="94"/>
        <source>Choose the request and who it is from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="99"/>
        <source>Choose the kind of request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="102"/>
        <source>A client number has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="104"/>
        <source>Enter a name or a client number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="108"/>
        <source>Enter today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="124"/>
        <source>Request {number} recorded; due {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTimeField</name>
    <message>
        <location filename="../../vetdesk/ui/chart/request_time.py" line="85"/>
        <source>When the owner asked for help, for example rang the clinic. It follows the time of the event until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/request_time.py" line="158"/>
        <source>Same as the time of event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="20"/>
        <source>New password for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="21"/>
        <source>{name} signs in with this password from now on; the old one stops working. Give it to them in person, not by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="24"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="26"/>
        <source>New pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="27"/>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="35"/>
        <source>Type the new password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/password_dialog.py" line="41"/>
        <source>{0} has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <location filename="../../vetdesk/ui/widgets/saved_notice.py" line="24"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/saved_notice.py" line="26"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/saved_notice.py" line="28"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/widgets/saved_notice.py" line="40"/>
        <source>Saved «{name}» in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="46"/>
        <source>Clinic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="49"/>
        <source>These details go on letters, prescriptions and invoices. Changes are saved for every workstation and recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="62"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="65"/>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="66"/>
        <source>The window locks after this many minutes without keyboard or mouse use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="72"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="75"/>
        <source>&amp;Drafts lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="76"/>
        <source>Unsigned journal drafts lock for editing this many hours after the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="82"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="85"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="107"/>
        <source>Loading the clinic&apos;s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="118"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="124"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="129"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="134"/>
        <source>Referral recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="137"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="167"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="188"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="218"/>
        <source>Fix the fields marked in red to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/settings_page.py" line="220"/>
        <source>Nothing has changed since the last save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="63"/>
        <source>Set up VetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="66"/>
        <source>This database is new. Enter your clinic&apos;s details and create the first administrator, who can then add the rest of the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="76"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="77"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="78"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="79"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="86"/>
        <source>for example ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="88"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="90"/>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="95"/>
        <source>Load the demo clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="101"/>
        <source>The demo clinic is not part of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="104"/>
        <source>Adds {count} made-up clients with animals, journals and appointments, and demo staff accounts, to try VetDesk out. Not for a clinic&apos;s real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="114"/>
        <source>Create clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="118"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="163"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="177"/>
        <source>Fill in the marked fields to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="178"/>
        <source>Enter the clinic&apos;s name and the administrator&apos;s username, name and password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="197"/>
        <source>Creating the clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="206"/>
        <source>Creating the demo clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="217"/>
        <source>The demo clinic was not loaded; your clinic and administrator are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/setup_dialog.py" line="225"/>
        <source>Continue without the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="44"/>
        <source>Sign in to VetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="47"/>
        <source>VetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="49"/>
        <source>Sign in with your own username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="57"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="58"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="64"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="68"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="97"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/signin_dialog.py" line="128"/>
        <source>Enter your username and password to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_model.py" line="65"/>
        <source>(voided)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="57"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="58"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="62"/>
        <source>Filter entries by text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="64"/>
        <source>Filter entries by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="78"/>
        <source>Journal timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="84"/>
        <source>Press Ctrl+J to write the first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="85"/>
        <source>No journal entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="142"/>
        <source>No entries match the filter; clear it to see the whole journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="149"/>
        <source>Loading entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="150"/>
        <source>Loading older entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="152"/>
        <source>%n entries shown; scroll down for older ones</source>
        <translation>
            <numerusform>%n entry shown; scroll down for older ones</numerusform>
            <numerusform>%n entries shown; scroll down for older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="154"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vetdesk/ui/chart/timeline_panel.py" line="156"/>
        <source>%n entries, the whole journal</source>
        <translation>
            <numerusform>%n entry, the whole journal</numerusform>
            <numerusform>%n entries, the whole journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="29"/>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="33"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="31"/>
        <source>The new user signs in with this username and password. Give the password in person; they can keep it or you can reset it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="35"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="36"/>
        <source>{name} signs in as “{username}” and works as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="39"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="46"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="47"/>
        <source>As printed on journals and prescriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="49"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="50"/>
        <source>Lower-case letters, digits, dots or dashes; for example “ingrid” or “i.lie”. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="54"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="55"/>
        <source>&amp;HPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="56"/>
        <source>7 to 9 digits from Helsepersonellregisteret; needed for a veterinarian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="57"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="60"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="61"/>
        <source>Re&amp;peat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="117"/>
        <source>Enter the full name, username and password to add the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="137"/>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="137"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="141"/>
        <source>Added {name}, who signs in as “{username}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/user_dialog.py" line="143"/>
        <source>Saved the changes to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/form_dialog.py" line="102"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/form_dialog.py" line="110"/>
        <source>Fill in the fields to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/form_dialog.py" line="128"/>
        <source>Fix the fields marked in red to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/form_dialog.py" line="131"/>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="78"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="79"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="80"/>
        <source>HPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="82"/>
        <source>Last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="96"/>
        <source>Signs in to the database as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="113"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="113"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/table_model.py" line="116"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="80"/>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="92"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="83"/>
        <source>The people who sign in to VetDesk and the role that decides what each may do. Someone deactivated cannot sign in from that moment; their records and history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="108"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="109"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="110"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="111"/>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="198"/>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="204"/>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="112"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="160"/>
        <source>Loading the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="197"/>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="208"/>
        <source>Stop {0} signing in, from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="210"/>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="212"/>
        <source>{0} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="243"/>
        <source>{0} is deactivated and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="246"/>
        <source>{0} is active again and can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VetRegPage</name>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="35"/>
        <source>Medicine reporting (VetReg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="44"/>
        <source>Medicine not yet reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="47"/>
        <source>Nothing to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="38"/>
        <source>Medicine prescribed or given for food-producing animals and horses must be reported within 7 days. Entries that lack data stay on the list until they are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="48"/>
        <source>Medicine prescribed or given for food-producing animals and horses is listed here until it has been reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="57"/>
        <source>&amp;Export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="58"/>
        <source>&amp;Mark as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="92"/>
        <source>{total} not reported: {overdue} overdue, {lacking} lack data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="106"/>
        <source>Save the complete entries to a file and mark them reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="108"/>
        <source>Nothing to export: every entry has been reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="110"/>
        <source>Nothing complete to export: fill in what each entry lacks, or mark it reported by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="119"/>
        <source>Save the VetReg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="120"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="131"/>
        <source>{count} entries saved to {path} and marked as reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/vetreg.py" line="143"/>
        <source>{count} entries marked as reported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VetRegTableModel</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="22"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="22"/>
        <source>Report by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="22"/>
        <source>Animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="22"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="23"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="23"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="23"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="23"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="38"/>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="40"/>
        <source>animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="40"/>
        <source>herd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="45"/>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="46"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="56"/>
        <source>Veterinarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="56"/>
        <source>Animal keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="61"/>
        <source>production category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="62"/>
        <source>producer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="63"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/vetreg_model.py" line="63"/>
        <source>who gives it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="28"/>
        <source>Void entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="30"/>
        <source>Void the {kind} of {when} by {author}?

Use this for an entry written on the wrong animal. It cannot be undone: the entry stays readable in the history, struck through with your reason, and leaves printouts unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="36"/>
        <source>Reason (required), e.g. written on the wrong animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="38"/>
        <source>Reason for voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="39"/>
        <source>Void entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="35"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/void_dialog.py" line="40"/>
        <source>Give the reason to void the entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidGivenDialog</name>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="24"/>
        <source>Void the record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="26"/>
        <source>Void the record of {product}? It cannot be undone: the record and its journal note stay, marked void with your reason, and it leaves the VetReg list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="29"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="30"/>
        <source>Reason (required), e.g. wrong animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="31"/>
        <source>Reason for voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="32"/>
        <source>Void record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="33"/>
        <source>Give the reason to void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pharmacy/void_given_dialog.py" line="34"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekHoursGrid</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="31"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="31"/>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="31"/>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="32"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="89"/>
        <source>{day}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="92"/>
        <source>Give at least one day opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="100"/>
        <source>a closed day has no break; clear the break or give opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/week_hours_grid.py" line="104"/>
        <source>give both when it opens and when it closes, or neither for a closed day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PrivacyDialog</name>
    <message>
        <location filename="../../vetdesk/ui/privacy/request_dialogs.py" line="58"/>
        <source>Enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="544"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="545"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="546"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="547"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="548"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="549"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/calendar/grid.py" line="550"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../vetdesk/ui/chart/timeline_delegate.py" line="130"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="56"/>
        <source>Search for a client or an animal: name, phone, e-mail, chip or client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="59"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="95"/>
        <source>Register a new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="62"/>
        <source>Write a new journal entry in the chart on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="65"/>
        <source>Go to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="68"/>
        <source>Close the client or chart tab on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="70"/>
        <source>Lock the window now (your password opens it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="72"/>
        <source>Help for the screen on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="75"/>
        <source>Everywhere in VetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="76"/>
        <source>The rail on the left switches between pages; each client or animal you open gets its own tab, so you can keep two callers open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="85"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="269"/>
        <source>Find a client or an animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="86"/>
        <source>In today&apos;s list: open the client&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="90"/>
        <source>In today&apos;s list: the animal has arrived (check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="92"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="296"/>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="98"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="99"/>
        <source>Today&apos;s appointments: who is coming, who has arrived and who is late. Start here to find a caller or to register a new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="108"/>
        <source>Move through the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="109"/>
        <source>Move a page at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="110"/>
        <source>Open the chosen client (or the first hit, if the results are still coming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="113"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="116"/>
        <source>Nobody found: register a new client, starting from what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="119"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="120"/>
        <source>Clients and animals that match what you typed, best match first. Type a name, a phone number (with or without spaces), an e-mail, a chip or a client number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="130"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="132"/>
        <source>In the animal list: open the animal&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="134"/>
        <source>Open the chosen animal&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="138"/>
        <source>Edit the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="139"/>
        <source>Add an animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="140"/>
        <source>Edit the chosen animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="141"/>
        <source>Move the chosen animal to another owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="145"/>
        <source>Merge this client with a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="147"/>
        <source>Close the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="149"/>
        <source>Client card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="150"/>
        <source>One client: contact details and alerts at the top left, the animals beside them, then appointments, recalls, messages, consents and purchases. Sections you fold stay folded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="160"/>
        <source>Save (from any field; the form says why when it cannot save yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="162"/>
        <source>Cancel and close the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="165"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="317"/>
        <source>Jump to the field whose name has that letter underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="167"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="319"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="344"/>
        <source>Alt+letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="168"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="258"/>
        <location filename="../../vetdesk/ui/help/topics.py" line="320"/>
        <source>Next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="174"/>
        <source>Client form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="175"/>
        <source>A new client, or changes to one. Each field is checked as you type, with the message under it; possible duplicates are shown before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="178"/>
        <source>New client only: save, then register the client&apos;s first animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="180"/>
        <source>If someone else saved the client meanwhile, the form says who and when; what you typed stays in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="188"/>
        <source>Animal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="189"/>
        <source>A new animal, or changes to one: species, breed, sex, birth date or age, microchip, insurance and alerts. A chip already used by another animal is shown with a link to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="193"/>
        <source>New animal only: save, then register the next animal of the same owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="199"/>
        <source>In the timeline: open the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="202"/>
        <source>Write a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="205"/>
        <source>Sign the entry you are writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="208"/>
        <source>Write a prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="210"/>
        <source>Close the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="211"/>
        <source>Filter the timeline by kind or by text above the list; older entries load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="215"/>
        <source>A draft saves itself a second after you stop typing. Only its author can change it; &quot;Discard draft…&quot; throws it away after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="218"/>
        <source>&quot;Help asked for&quot; follows the time of the event. For an owner who rang earlier, or a call-out, set it to when they asked: the journal keeps both times, and when the entry was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="223"/>
        <source>A signed entry is never changed: &quot;Correct…&quot; writes a new version with a reason, &quot;Void…&quot; marks it void, and &quot;History&quot; shows every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="227"/>
        <source>&quot;Medicine given…&quot; records an injection or other medicine you gave without a prescription; it is noted in the journal, and for food animals and horses it goes on the VetReg worklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="232"/>
        <source>&quot;Referrals…&quot; sends chosen entries and files to a specialist or a laboratory once the owner has agreed; confidential entries go only if you tick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="237"/>
        <source>&quot;Print…&quot; makes a PDF of the journal, or of a period of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="240"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="241"/>
        <source>One animal&apos;s journal: identity and status on top, the timeline on the left, and the entry you read or write on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="250"/>
        <source>Correct an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="251"/>
        <source>Write the corrected text and the reason. The signed text stays readable in the history; your correction becomes the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="255"/>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="257"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="266"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="267"/>
        <source>Find an animal with Ctrl+K; it opens in its own tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="273"/>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="274"/>
        <source>The animals booked with you today, by time, with the reason and whether they have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="278"/>
        <source>Open the animal&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="279"/>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="286"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="287"/>
        <source>A day or a week with a column per vet, room and equipment. Colours show the type of appointment, the stripe and sign its status; grey is closed, beige a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="292"/>
        <source>Move the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="294"/>
        <source>Book the free slot, or open the chosen appointment&apos;s client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="297"/>
        <source>Move the chosen appointment (Alt+Left/Right: to the next column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="299"/>
        <source>Make the chosen appointment shorter or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="302"/>
        <source>With the mouse: double-click a free slot to book, drag an appointment to move it, drag its bottom edge to change its length. Outside opening hours or in the past VetDesk asks before it books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="311"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="312"/>
        <source>The clinic&apos;s name, address and contact details as printed on documents, how long the window waits before it locks, and how long a draft may stay unsigned before it locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="322"/>
        <source>&quot;Save changes&quot; stores them for every workstation; &quot;Undo changes&quot; puts back what is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="325"/>
        <source>Opening hours (practice manager): choose a vet or room, type when each day opens and closes and its break, like 8.00, 16:00 and 11:30-12:00, and save the week. Choose a public holiday to open it for the clinic or one vet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="335"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="336"/>
        <source>The people who sign in and their roles. Add a user, correct a name, HPR number or e-mail, change a role, give a new password, or deactivate someone who has left: their records and history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="341"/>
        <source>Edit the chosen user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="342"/>
        <source>Jump to the button or field whose name has that letter underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="345"/>
        <source>Save the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="347"/>
        <source>Close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="350"/>
        <source>A veterinarian needs an HPR number. Nobody changes their own role or deactivates themselves, and the last active administrator stays an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/help/topics.py" line="354"/>
        <source>Deactivating takes effect at once; on a clinic server (PostgreSQL) it also ends the person&apos;s open sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_choice</name>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="117"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="118"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="119"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="120"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="121"/>
        <source>Partly granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="122"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_field</name>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="86"/>
        <source>Anamnesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="87"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="88"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="89"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="90"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="91"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="92"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="93"/>
        <source>Advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="94"/>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="95"/>
        <source>Batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="96"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="97"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="98"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="99"/>
        <source>Anaesthesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="100"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="101"/>
        <source>Complications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="102"/>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="103"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="104"/>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="105"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="106"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="107"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="108"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="109"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="110"/>
        <source>What was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="111"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/chart/formatting.py" line="112"/>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="11"/>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="12"/>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="13"/>
        <source>Veterinarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="14"/>
        <source>Practice manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/labels.py" line="15"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../vetdesk/ui/ops.py" line="75"/>
        <source>Something went wrong and VetDesk could not finish this. Nothing you typed was lost; try again, and if it happens again send the details to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="36"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="40"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="44"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="48"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="52"/>
        <source>VetReg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="56"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/__init__.py" line="60"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="12"/>
        <source>Finds and registers clients and animals, books appointments and sends reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="15"/>
        <source>What a receptionist does, and reads, writes and signs journal entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="17"/>
        <source>What a nurse does, and prescribes and refers. Needs an HPR number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="19"/>
        <source>Clients, imports, privacy requests, the audit log and the clinic&apos;s settings; reads journals but does not write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/role_field.py" line="22"/>
        <source>What a manager does, and manages users; writes no clinical records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/rules.py" line="23"/>
        <source>Nobody changes their own role: ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/rules.py" line="33"/>
        <source>Nobody deactivates their own account: ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/rules.py" line="41"/>
        <source>{0} is the only active administrator: make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="44"/>
        <source>Deactivate {name}? They can no longer sign in, and any session they have open ends now. Their journal entries and history are kept, and you can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="49"/>
        <source>Deactivate {name}? They can no longer sign in. Their journal entries and history are kept, and you can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="54"/>
        <source>Deactivate {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="56"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vetdesk/ui/pages/users/users_section.py" line="57"/>
        <source>Keep active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
