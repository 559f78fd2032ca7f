"""The record of processing (GDPR art. 30) and a draft privacy notice, both generated from the
column classification and the clinic's own details, so they never drift from what the program
actually stores."""

from __future__ import annotations

from vetdesk import i18n
from vetdesk.documents.privacy_pdf import PlainDocument, Section, render_plain
from vetdesk.domain.privacy_classification import POLICIES, DataClass, Group
from vetdesk.i18n import N_, _
from vetdesk.services.clinic import ClinicDetails, clinic_details
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import shown_moment
from vetdesk.services.permissions import Actor, Permission, require

# Who else handles the data, as the clinic's own setup has it (named in the documents).
PROCESSORS = (
    (N_("SMS"), N_("The SMS provider chosen in Settings → Messages (data processor)")),
    (N_("E-mail"), N_("The e-mail server chosen in Settings → Messages (data processor)")),
    (N_("Hosting"),
     N_("Whoever runs the shared PostgreSQL server, if one is used (data processor)")),
)


_KINDS = {
    DataClass.PERSONAL: N_("personal data"),
    DataClass.CLINICAL: N_("clinical records"),
    DataClass.ACCOUNTING: N_("accounting records"),
    DataClass.SECURITY: N_("security logs and checksums"),
    DataClass.OPERATIONAL: N_("references and times"),
}


def _controller(clinic: ClinicDetails) -> list[tuple[str, str]]:
    address = " ".join(p for p in (clinic.address, clinic.postal_code, clinic.city) if p)
    return [(_("Controller"), clinic.name), (_("Organisation number"), clinic.org_number or "—"),
            (_("Address"), address or "—"), (_("E-mail"), clinic.email or "—"),
            (_("Phone"), clinic.phone or "—")]


def _groups() -> list[Section]:
    sections = []
    for group in Group:
        if group is Group.NONE:
            continue
        tables = [p for p in POLICIES.values() if p.group is group]
        if not tables:
            continue
        classes = sorted({_(_KINDS[c.data_class]) for p in tables for c in p.columns.values()
                          if c.data_class is not DataClass.OPERATIONAL})
        sections.append(Section(_(group.label), [
            (_("Purpose"), "; ".join(dict.fromkeys(_(p.purpose) for p in tables))),
            (_("Legal basis"), "; ".join(dict.fromkeys(_(p.basis.label) for p in tables))),
            (_("Kinds of data"), ", ".join(classes)),
            (_("Kept"), "; ".join(dict.fromkeys(_(p.retention.label) for p in tables))),
        ]))
    return sections


def record_of_processing(ctx: ServiceContext, actor: Actor, *, language: str = "nb") -> bytes:
    """The clinic's record of processing activities (art. 30) as a PDF."""
    require(actor, Permission.MANAGE_PRIVACY)
    clinic = clinic_details(ctx)
    with i18n.language(language):
        return render_plain(PlainDocument(
            title=_("Record of processing activities"),
            subtitle=_("{clinic}, {when}").format(clinic=clinic.name,
                                                  when=shown_moment(ctx.clock.now(), ctx.zone)),
            intro=_("What the clinic's practice system stores about clients and their animals, "
                    "why, on which legal basis and for how long. Generated from the system's "
                    "own classification of every stored field."),
            sections=[Section(_("Controller"), _controller(clinic)), *_groups(),
                      Section(_("Recipients and processors"),
                              [(_(name), _(text)) for name, text in PROCESSORS])]))


def privacy_notice(ctx: ServiceContext, actor: Actor, *, language: str = "nb") -> bytes:
    """A draft privacy notice for the clinic's website, in bokmål or English."""
    require(actor, Permission.MANAGE_PRIVACY)
    clinic = clinic_details(ctx)
    with i18n.language(language):
        return render_plain(PlainDocument(
            title=_("Privacy notice"),
            subtitle=clinic.name,
            intro=_("We store what we need to treat your animals, to keep the journal and the "
                    "accounts the law requires, and to send you the messages you agreed to. "
                    "You may ask what we hold about you, have it corrected or erased where the "
                    "law allows, restrict its use, object to marketing and receive a copy in a "
                    "common format. We answer within 30 days, free of charge."),
            sections=[Section(_("Controller"), _controller(clinic)), *_groups(),
                      Section(_("Recipients and processors"),
                              [(_(name), _(text)) for name, text in PROCESSORS])],
            footer=_("You may complain to Datatilsynet (www.datatilsynet.no).")))


__all__ = ["PROCESSORS", "privacy_notice", "record_of_processing"]
