"""The confirmation a client gets when their consents change (the notice promises it): a
printable letter with the current decision per purpose and channel, and the whole ledger."""

from __future__ import annotations

from sqlalchemy import select

from vetdesk.db.models import Client, Consent
from vetdesk.documents.privacy_pdf import PlainDocument, Section, render_plain
from vetdesk.domain.codes import AuditAction, client_language
from vetdesk.i18n import N_, _, language
from vetdesk.services import audit
from vetdesk.services.clinic import clinic_details
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import shown_moment
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.privacy.inspect import client_id_for

_PURPOSES = {"service": N_("Appointment and recall messages"), "marketing": N_("Marketing")}
_CHANNELS = {"sms": N_("SMS"), "email": N_("E-mail"), "letter": N_("Letter")}


def consent_confirmation(ctx: ServiceContext, actor: Actor, client_no: int, *,
                         lang: str | None = None) -> bytes:
    """A letter confirming the client's consents as they stand now (printed: audited), in
    ``lang``, by default the client's own language."""
    require(actor, Permission.VIEW_CLIENTS)
    clinic = clinic_details(ctx)
    with ctx.db.transaction() as session:
        client_id = client_id_for(session, client_no)
        client = session.get(Client, client_id)
        assert client is not None
        ledger = session.execute(select(Consent).where(Consent.client_id == client_id)
                                 .order_by(Consent.recorded_at, Consent.id)).scalars().all()
        audit.record(session, ctx, actor, AuditAction.PRINT, entity_type="consent_letter",
                     entity_id=client_no, client_id=client_id, details={"rows": len(ledger)})
        name = client.full_name
        lang = lang or client_language(client.language).value
        rows = [(row.purpose, row.channel, row.granted, row.recorded_at) for row in ledger]
    current: dict[tuple[str, str], bool] = {}
    for purpose, channel, granted, _when in rows:
        current[(purpose, channel)] = granted
    with language(lang):
        def said(granted: bool) -> str:
            return _("yes") if granted else _("no")

        now_rows = [(f"{_(_PURPOSES[p])}, {_(_CHANNELS[c])}", said(g))
                    for (p, c), g in sorted(current.items())]
        history = [(shown_moment(when, ctx.zone),
                    f"{_(_PURPOSES[p])}, {_(_CHANNELS[c])}: {said(g)}")
                   for p, c, g, when in reversed(rows)]
        return render_plain(PlainDocument(
            title=_("Your consents"), subtitle=f"{clinic.name} · {name}",
            intro=_("This confirms what you have agreed to receive from us. You can change "
                    "it at any time by contacting us; a withdrawal takes effect at once."),
            sections=[Section(_("As it stands now"), now_rows),
                      Section(_("Every change"), history)],
            footer=_("You may complain to Datatilsynet (www.datatilsynet.no).")))
