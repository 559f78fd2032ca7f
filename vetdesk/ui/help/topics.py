"""What F1 shows: for each screen, what it is for and the keys that work on it.

Each topic is built when it is shown, so the text follows the loaded language and lists only the
keys the signed-in role can use (a receptionist's Ctrl+J does nothing, so her help leaves it out).
Keys are stored as portable QKeySequence strings ("Ctrl+K"), which the window shows in the
platform's notation and which the tests compare with the shortcuts really registered.
Every string is a literal inside ``QCoreApplication.translate("help", ...)`` so lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from vetdesk.services.permissions import Actor, Permission
from vetdesk.ui.qt import QCoreApplication

MAIN = "main"


@dataclass(frozen=True)
class KeyHelp:
    """One row: the key sequences (empty for a hint such as "Alt+letter") and
    what they do. ``label`` replaces the shown keys when they are not one sequence."""

    keys: tuple[str, ...]
    text: str
    label: str = ""


@dataclass(frozen=True)
class HelpTopic:
    key: str
    title: str
    purpose: str
    keys: tuple[KeyHelp, ...] = ()
    tips: tuple[str, ...] = ()


@dataclass(frozen=True)
class HelpAudience:
    """Who asks: the role decides which keys work; ``pages`` are the rail's (key, title) pairs
    in order, for Ctrl+1, Ctrl+2, ..."""

    actor: Actor | None = None
    pages: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def can(self, permission: Permission) -> bool:
        return self.actor is not None and self.actor.can(permission)


TopicBuilder = Callable[[HelpAudience], HelpTopic]


def _main(who: HelpAudience) -> HelpTopic:
    keys = [KeyHelp(("Ctrl+K",), QCoreApplication.translate(
        "help", "Search for a client or an animal: name, phone, e-mail, chip or client number"))]
    if who.can(Permission.EDIT_CLIENTS):
        keys.append(KeyHelp(("Ctrl+N",), QCoreApplication.translate(
            "help", "Register a new client")))
    if who.can(Permission.WRITE_JOURNAL):
        keys.append(KeyHelp(("Ctrl+J",), QCoreApplication.translate(
            "help", "Write a new journal entry in the chart on screen")))
    for number, (_key, title) in enumerate(who.pages[:9], start=1):
        keys.append(KeyHelp((f"Ctrl+{number}",), QCoreApplication.translate(
            "help", "Go to {page}").format(page=title)))
    keys += [
        KeyHelp(("Ctrl+W",), QCoreApplication.translate(
            "help", "Close the client or chart tab on screen")),
        KeyHelp(("Ctrl+L",), QCoreApplication.translate(
            "help", "Lock the window now (your password opens it again)")),
        KeyHelp(("F1",), QCoreApplication.translate("help", "Help for the screen on top")),
    ]
    return HelpTopic(
        MAIN, QCoreApplication.translate("help", "Everywhere in VetDesk"),
        QCoreApplication.translate(
            "help", "The rail on the left switches between pages; each client or animal you "
                    "open gets its own tab, so you can keep two callers open."),
        tuple(keys),
    )


def _front_desk(who: HelpAudience) -> HelpTopic:
    keys = [
        KeyHelp(("Ctrl+K",), QCoreApplication.translate("help", "Find a client or an animal")),
        KeyHelp(("Enter",), QCoreApplication.translate(
            "help", "In today's list: open the client's card")),
    ]
    if who.can(Permission.BOOK_APPOINTMENTS):
        keys.append(KeyHelp(("Space",), QCoreApplication.translate(
            "help", "In today's list: the animal has arrived (check-in)")))
        keys.append(KeyHelp(("Ctrl+B",), QCoreApplication.translate(
            "help", "Book an appointment")))
    if who.can(Permission.EDIT_CLIENTS):
        keys.append(KeyHelp(("Ctrl+N",), QCoreApplication.translate(
            "help", "Register a new client")))
    return HelpTopic(
        "front_desk", QCoreApplication.translate("help", "Front desk"),
        QCoreApplication.translate(
            "help", "Today's appointments: who is coming, who has arrived and who is late. "
                    "Start here to find a caller or to register a new client."),
        tuple(keys),
    )


def _search(who: HelpAudience) -> HelpTopic:
    keys = [
        KeyHelp(("Down", "Up"), QCoreApplication.translate("help", "Move through the results")),
        KeyHelp(("PgDown", "PgUp"), QCoreApplication.translate("help", "Move a page at a time")),
        KeyHelp(("Enter",), QCoreApplication.translate(
            "help", "Open the chosen client (or the first hit, if the results are still "
                    "coming)")),
        KeyHelp(("Esc",), QCoreApplication.translate("help", "Clear the search")),
    ]
    if who.can(Permission.EDIT_CLIENTS):
        keys.append(KeyHelp(("Ctrl+N",), QCoreApplication.translate(
            "help", "Nobody found: register a new client, starting from what you typed")))
    return HelpTopic(
        "search", QCoreApplication.translate("help", "Search results"),
        QCoreApplication.translate(
            "help", "Clients and animals that match what you typed, best match first. Type a "
                    "name, a phone number (with or without spaces), an e-mail, a chip or a "
                    "client number."),
        tuple(keys),
    )


def _client_card(who: HelpAudience) -> HelpTopic:
    keys = [
        KeyHelp(("Enter",), QCoreApplication.translate(
            "help", "In the animal list: open the animal's chart")),
        KeyHelp(("Ctrl+Enter",), QCoreApplication.translate(
            "help", "In the animal list: open the animal's chart")),
        KeyHelp(("Alt+O",), QCoreApplication.translate("help", "Open the chosen animal's chart")),
    ]
    if who.can(Permission.EDIT_CLIENTS):
        keys += [
            KeyHelp(("Alt+E",), QCoreApplication.translate("help", "Edit the client")),
            KeyHelp(("Alt+A",), QCoreApplication.translate("help", "Add an animal")),
            KeyHelp(("Alt+N",), QCoreApplication.translate("help", "Edit the chosen animal")),
            KeyHelp(("Alt+V",), QCoreApplication.translate(
                "help", "Move the chosen animal to another owner")),
        ]
    if who.can(Permission.MERGE_CLIENTS):
        keys.append(KeyHelp(("Alt+M",), QCoreApplication.translate(
            "help", "Merge this client with a duplicate")))
    keys.append(KeyHelp(("Ctrl+W",), QCoreApplication.translate("help", "Close the card")))
    return HelpTopic(
        "client_card", QCoreApplication.translate("help", "Client card"),
        QCoreApplication.translate(
            "help", "One client: contact details and alerts at the top left, the animals "
                    "beside them, then appointments, recalls, messages, consents and "
                    "purchases. Sections you fold stay folded."),
        tuple(keys),
    )


def _form_keys(extra: str, extra_text: str) -> tuple[KeyHelp, ...]:
    return (
        KeyHelp(("Ctrl+Enter",), QCoreApplication.translate(
            "help", "Save (from any field; the form says why when it cannot save yet)")),
        KeyHelp(("Esc",), QCoreApplication.translate(
            "help", "Cancel and close the form")),
        KeyHelp((extra,), extra_text),
        KeyHelp((), QCoreApplication.translate(
            "help", "Jump to the field whose name has that letter underlined"),
            label=QCoreApplication.translate("help", "Alt+letter")),
        KeyHelp(("Tab",), QCoreApplication.translate("help", "Next field")),
    )


def _client_form(_who: HelpAudience) -> HelpTopic:
    return HelpTopic(
        "client_form", QCoreApplication.translate("help", "Client form"),
        QCoreApplication.translate(
            "help", "A new client, or changes to one. Each field is checked as you type, with "
                    "the message under it; possible duplicates are shown before you save."),
        _form_keys("Alt+A", QCoreApplication.translate(
            "help", "New client only: save, then register the client's first animal")),
        (QCoreApplication.translate(
            "help", "If someone else saved the client meanwhile, the form says who and when; "
                    "what you typed stays in the form."),),
    )


def _animal_form(_who: HelpAudience) -> HelpTopic:
    return HelpTopic(
        "animal_form", QCoreApplication.translate("help", "Animal form"),
        QCoreApplication.translate(
            "help", "A new animal, or changes to one: species, breed, sex, birth date or age, "
                    "microchip, insurance and alerts. A chip already used by another animal is "
                    "shown with a link to its owner."),
        _form_keys("Alt+H", QCoreApplication.translate(
            "help", "New animal only: save, then register the next animal of the same owner")),
    )


def _chart(who: HelpAudience) -> HelpTopic:
    keys = [KeyHelp(("Enter",), QCoreApplication.translate(
        "help", "In the timeline: open the chosen entry"))]
    if who.can(Permission.WRITE_JOURNAL):
        keys.append(KeyHelp(("Ctrl+J",), QCoreApplication.translate(
            "help", "Write a new entry")))
    if who.can(Permission.SIGN_JOURNAL):
        keys.append(KeyHelp(("Ctrl+Enter",), QCoreApplication.translate(
            "help", "Sign the entry you are writing")))
    if who.can(Permission.PRESCRIBE):
        keys.append(KeyHelp(("Ctrl+P",), QCoreApplication.translate(
            "help", "Write a prescription")))
    keys.append(KeyHelp(("Ctrl+W",), QCoreApplication.translate("help", "Close the chart")))
    tips = [QCoreApplication.translate(
        "help", "Filter the timeline by kind or by text above the list; older entries load as "
                "you scroll.")]
    if who.can(Permission.WRITE_JOURNAL):
        tips.append(QCoreApplication.translate(
            "help", "A draft saves itself a second after you stop typing. Only its author can "
                    "change it; \"Discard draft…\" throws it away after asking."))
        tips.append(QCoreApplication.translate(
            "help", "\"Help asked for\" follows the time of the event. For an owner who rang "
                    "earlier, or a call-out, set it to when they asked: the journal keeps both "
                    "times, and when the entry was written."))
    if who.can(Permission.SIGN_JOURNAL):
        tips.append(QCoreApplication.translate(
            "help", "A signed entry is never changed: \"Correct…\" writes a new version with a "
                    "reason, \"Void…\" marks it void, and \"History\" shows every version."))
    if who.can(Permission.GIVE_MEDICINE):
        tips.append(QCoreApplication.translate(
            "help", "\"Medicine given…\" records an injection or other medicine you gave "
                    "without a prescription; it is noted in the journal, and for food "
                    "animals and horses it goes on the VetReg worklist."))
    if who.can(Permission.REFER):
        tips.append(QCoreApplication.translate(
            "help", "\"Referrals…\" sends chosen entries and files to a specialist or a "
                    "laboratory once the owner has agreed; confidential entries go only if "
                    "you tick them."))
    if who.can(Permission.PRINT_JOURNAL):
        tips.append(QCoreApplication.translate(
            "help", "\"Print…\" makes a PDF of the journal, or of a period of it."))
    return HelpTopic(
        "chart", QCoreApplication.translate("help", "Chart"),
        QCoreApplication.translate(
            "help", "One animal's journal: identity and status on top, the timeline on the "
                    "left, and the entry you read or write on the right."),
        tuple(keys), tuple(tips),
    )


def _correct_dialog(_who: HelpAudience) -> HelpTopic:
    return HelpTopic(
        "correct_dialog", QCoreApplication.translate("help", "Correct an entry"),
        QCoreApplication.translate(
            "help", "Write the corrected text and the reason. The signed text stays readable "
                    "in the history; your correction becomes the current version."),
        (
            KeyHelp(("Ctrl+Enter",), QCoreApplication.translate(
                "help", "Save the correction")),
            KeyHelp(("Esc",), QCoreApplication.translate("help", "Cancel")),
            KeyHelp(("Tab",), QCoreApplication.translate("help", "Next field")),
        ),
    )


def _patients(who: HelpAudience) -> HelpTopic:
    if not who.can(Permission.VIEW_JOURNAL):
        return HelpTopic(
            "patients", QCoreApplication.translate("help", "Patients"),
            QCoreApplication.translate(
                "help", "Find an animal with Ctrl+K; it opens in its own tab."),
            (KeyHelp(("Ctrl+K",), QCoreApplication.translate(
                "help", "Find a client or an animal")),),
        )
    return HelpTopic(
        "patients", QCoreApplication.translate("help", "My day"),
        QCoreApplication.translate(
            "help", "The animals booked with you today, by time, with the reason and whether "
                    "they have arrived."),
        (
            KeyHelp(("Enter",), QCoreApplication.translate("help", "Open the animal's chart")),
            KeyHelp(("F5",), QCoreApplication.translate("help", "Refresh the list")),
        ),
    )


def _calendar(_who: HelpAudience) -> HelpTopic:
    return HelpTopic(
        "calendar", QCoreApplication.translate("help", "Calendar"),
        QCoreApplication.translate(
            "help", "A day or a week with a column per vet, room and equipment. Colours show "
                    "the type of appointment, the stripe and sign its status; grey is closed, "
                    "beige a break."),
        (
            KeyHelp(("Left", "Right", "Up", "Down"), QCoreApplication.translate(
                "help", "Move the selection")),
            KeyHelp(("Enter",), QCoreApplication.translate(
                "help", "Book the free slot, or open the chosen appointment's client")),
            KeyHelp(("Ctrl+B",), QCoreApplication.translate("help", "Book an appointment")),
            KeyHelp(("Alt+Up", "Alt+Down"), QCoreApplication.translate(
                "help", "Move the chosen appointment (Alt+Left/Right: to the next column)")),
            KeyHelp(("Shift+Up", "Shift+Down"), QCoreApplication.translate(
                "help", "Make the chosen appointment shorter or longer")),
        ),
        (QCoreApplication.translate(
            "help", "With the mouse: double-click a free slot to book, drag an appointment to "
                    "move it, drag its bottom edge to change its length. Outside opening hours "
                    "or in the past VetDesk asks before it books."),),
    )


def _settings(_who: HelpAudience) -> HelpTopic:
    return HelpTopic(
        "settings", QCoreApplication.translate("help", "Settings"),
        QCoreApplication.translate(
            "help", "The clinic's name, address and contact details as printed on documents, "
                    "how long the window waits before it locks, and how long a draft may stay "
                    "unsigned before it locks."),
        (
            KeyHelp((), QCoreApplication.translate(
                "help", "Jump to the field whose name has that letter underlined"),
                label=QCoreApplication.translate("help", "Alt+letter")),
            KeyHelp(("Tab",), QCoreApplication.translate("help", "Next field")),
        ),
        (QCoreApplication.translate(
            "help", "\"Save changes\" stores them for every workstation; \"Undo changes\" puts "
                    "back what is saved."),
         QCoreApplication.translate(
             "help", "Opening hours (practice manager): choose a vet or room, type when each "
                     "day opens and closes and its break, like 8.00, 16:00 and 11:30-12:00, "
                     "and save the week. Choose a public holiday to open it for the clinic or "
                     "one vet.")),
    )


def _users(_who: HelpAudience) -> HelpTopic:
    return HelpTopic(
        "users", QCoreApplication.translate("help", "Users"),
        QCoreApplication.translate(
            "help", "The people who sign in and their roles. Add a user, correct a name, HPR "
                    "number or e-mail, change a role, give a new password, or deactivate "
                    "someone who has left: their records and history are kept."),
        (
            KeyHelp(("Return",), QCoreApplication.translate("help", "Edit the chosen user")),
            KeyHelp((), QCoreApplication.translate(
                "help", "Jump to the button or field whose name has that letter underlined"),
                label=QCoreApplication.translate("help", "Alt+letter")),
            KeyHelp(("Ctrl+Return",), QCoreApplication.translate(
                "help", "Save the dialog")),
            KeyHelp(("Esc",), QCoreApplication.translate("help", "Close the dialog")),
        ),
        (
            QCoreApplication.translate(
                "help", "A veterinarian needs an HPR number. Nobody changes their own role or "
                        "deactivates themselves, and the last active administrator stays an "
                        "administrator."),
            QCoreApplication.translate(
                "help", "Deactivating takes effect at once; on a clinic server (PostgreSQL) it "
                        "also ends the person's open sessions."),
        ),
    )


TOPICS: dict[str, TopicBuilder] = {
    MAIN: _main,
    "front_desk": _front_desk,
    "search": _search,
    "client_card": _client_card,
    "client_form": _client_form,
    "animal_form": _animal_form,
    "chart": _chart,
    "correct_dialog": _correct_dialog,
    "patients": _patients,
    "calendar": _calendar,
    "settings": _settings,
    "users": _users,
}


def build_topic(key: str, who: HelpAudience) -> HelpTopic:
    """The topic called ``key``; a screen without its own topic gets the window's."""
    return TOPICS.get(key, _main)(who)
