"""The access and portability export: one ZIP with everything held about one client.

Inside: ``data.json`` (every row, versioned schema ``vetdesk-privacy-export`` 1), ``schema.json``
(every table and column with its class, purpose, legal basis and retention), one CSV per table
under ``csv/``, a readable ``summary.pdf`` in the client's language, the files attached to the
journal under ``attachments/``, a ``README.txt`` explaining every file and field, generated
from the column classification, and ``MANIFEST.sha256`` with the SHA-256 of every file
(``sha256sum -c MANIFEST.sha256`` checks it). Clients merged into this one are included; no
other client's rows are (the holding is chosen by holdings.py).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import LargeBinary, select
from sqlalchemy.orm import Session

from vetdesk import i18n
from vetdesk.documents.privacy_pdf import PlainDocument, Section, render_plain
from vetdesk.domain.codes import AuditAction, client_language, species_name
from vetdesk.domain.phones import display_phone
from vetdesk.domain.privacy_classification import POLICIES, client_tables
from vetdesk.i18n import N_, _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import shown_moment
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.privacy import requests
from vetdesk.services.privacy.holdings import Holding, read_holding, table_of, while_owned
from vetdesk.services.privacy.inspect import client_id_for, inspection_of

SCHEMA_NAME = "vetdesk-privacy-export"
SCHEMA_VERSION = 1
# A fixed time inside the ZIP, so the same data gives the same bytes (the hash then proves it).
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    filename: str
    sha256: str
    files: tuple[str, ...]


def export_client(ctx: ServiceContext, actor: Actor, client_no: int, *,
                  language: str | None = None, request_no: int | None = None) -> ExportResult:
    """The ZIP for one client; audited as an export (and linked to its request, if given).
    The summary and README are in ``language``, by default the client's own."""
    require(actor, Permission.MANAGE_PRIVACY)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        client_id = client_id_for(session, client_no)
        holding = while_owned(read_holding(session, client_id), ctx.zone)
        blobs = _attachments(session, holding)
        if language is None:
            me = next(r for r in holding.rows("clients") if r["id"] == client_id)
            language = client_language(me.get("language")).value
        with i18n.language(language):
            files = export_files(holding, blobs, client_no, shown_moment(now, ctx.zone))
        data = zip_bytes(files)
        digest = hashlib.sha256(data).hexdigest()
        filename = f"vetdesk-innsyn-{client_no}-{now.strftime('%Y%m%d')}.zip"
        # Ids, counts and a hash: never a value from the export itself.
        audit.record(session, ctx, actor, AuditAction.EXPORT, entity_type="privacy_export",
                     entity_id=client_no, client_id=client_id,
                     details={"files": len(files), "sha256": digest})
        if request_no is not None:
            requests.record_produced(session, ctx, actor, request_no,
                                     f"{filename} sha256:{digest}")
    return ExportResult(data, filename, digest, tuple(files))


# -- the files ---------------------------------------------------------------------------------

def export_files(holding: Holding, blobs: Mapping[str, bytes], client_no: int,
                 made_at: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    files["data.json"] = _json({
        "schema": SCHEMA_NAME, "schema_version": SCHEMA_VERSION, "client_no": client_no,
        "exported_at": made_at,
        "tables": {name: list(holding.rows(name)) for name in client_tables()},
    })
    files["schema.json"] = _json(schema_document())
    for name in client_tables():
        files[f"csv/{name}.csv"] = _csv(name, holding.rows(name))
    files.update(blobs)
    files["summary.pdf"] = summary_pdf(holding, client_no, made_at)
    files["README.txt"] = readme_text(sorted([*files, "MANIFEST.sha256"])).encode()
    files["MANIFEST.sha256"] = "".join(
        f"{hashlib.sha256(content).hexdigest()}  {path}\n"
        for path, content in sorted(files.items())).encode()
    return files


def zip_bytes(files: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            archive.writestr(zipfile.ZipInfo(path, _ZIP_TIME), files[path])
    return buffer.getvalue()


def schema_document() -> dict[str, Any]:
    tables = {}
    for name in client_tables():
        policy = POLICIES[name]
        table = table_of(name)
        tables[name] = {
            "group": policy.group.value, "purpose": policy.purpose,
            "legal_basis": policy.basis.value, "retention": policy.retention.value,
            "columns": {c.name: {"class": policy.columns[c.name].data_class.value,
                                 "type": str(c.type.__class__.__name__).lower()}
                        for c in table.columns},
        }
    return {"schema": SCHEMA_NAME, "schema_version": SCHEMA_VERSION, "tables": tables}


def readme_text(paths: list[str]) -> str:
    lines = [
        _("VetDesk: the data the clinic holds about you"),
        "",
        _("This archive holds everything the clinic's system stores about you, as it was when "
          "it was made. Each file is explained below; MANIFEST.sha256 gives the SHA-256 of "
          "every file, so you can check that nothing was changed (sha256sum -c "
          "MANIFEST.sha256)."),
        "",
        _("Files"),
        "  data.json  " + _("every record as JSON (schema {name}, version {version})").format(
            name=SCHEMA_NAME, version=SCHEMA_VERSION),
        "  schema.json  " + _("every table and field with its class, purpose, legal basis and "
                              "retention, machine-readable"),
        "  csv/TABLE.csv  " + _("the same records, one spreadsheet file per kind"),
        "  summary.pdf  " + _("a readable summary"),
        "  attachments/  " + _("files attached to the journal (lab results, images)"),
        "  MANIFEST.sha256  " + _("the SHA-256 of every file"),
        "",
        _("Tables and fields"),
    ]
    for name in client_tables():
        policy = POLICIES[name]
        lines += ["", f"{name} ({_(policy.group.label)})",
                  "  " + _("Purpose: {purpose}").format(purpose=_(policy.purpose)),
                  "  " + _("Legal basis: {basis}").format(basis=_(policy.basis.label)),
                  "  " + _("Kept: {retention}").format(retention=_(policy.retention.label))]
        for column in table_of(name).columns:
            kind = policy.columns[column.name].data_class.value
            lines.append(f"    {column.name}: {_(_CLASS_LABELS[kind])}")
    lines += ["", _("Files in this archive"), *(f"  {p}" for p in paths), ""]
    return "\n".join(lines)


_CLASS_LABELS = {
    "personal": N_("personal data about you"),
    "clinical": N_("clinical record of the animal"),
    "accounting": N_("accounting record"),
    "operational": N_("reference, code or time the system uses"),
    "security": N_("security value (checksum, log)"),
}


def summary_pdf(holding: Holding, client_no: int, made_at: str) -> bytes:
    found = inspection_of(holding, client_no)
    sections = [
        Section(f"{group.label} ({group.count})", [
            (_("Purpose"), "; ".join(group.purposes)),
            (_("Legal basis"), "; ".join(group.bases)),
            (_("May be deleted"), group.deletable_on.strftime("%d.%m.%Y")
             if group.deletable_on else "; ".join(group.retention)),
        ]) for group in found.groups]
    me = next((r for r in holding.rows("clients") if r["id"] == holding.client_id), {})
    # Written as the client reads them (Fjellveien 22B, 0150 Oslo; 912 34 567), each number
    # once: a merged-away record's phones are in the holding too.
    town = " ".join(str(me.get(k) or "") for k in ("postal_code", "city")).strip()
    phones = dict.fromkeys(display_phone(str(p["e164"])) for p in holding.rows("client_phones"))
    contact = [(_("Name"), found.name), (_("Client number"), str(client_no)),
               (_("Address"), ", ".join(part for part in (str(me.get("address") or ""), town)
                                        if part)),
               (_("E-mail"), str(me.get("email") or "")),
               (_("Phone"), ", ".join(phones))]
    animals = [(str(a["name"]), species_name(str(a["species"])))
               for a in holding.rows("animals")]
    doc = PlainDocument(
        title=_("The data we hold about you"),
        subtitle=_("Made {when}").format(when=made_at),
        intro=_("This is a summary. The archive it came in holds every record in full (JSON "
                "and spreadsheet files) with a README explaining each field."),
        sections=[Section(_("You"), contact), Section(_("Animals"), animals), *sections],
        footer=_("If something is wrong, you may ask us to correct it. You may complain to "
                 "Datatilsynet (www.datatilsynet.no)."))
    return render_plain(doc)


# -- steps -------------------------------------------------------------------------------------

def _attachments(session: Session, holding: Holding) -> dict[str, bytes]:
    """The files of the client's rows, for every table with a binary column (one query each
    table that has any)."""
    files: dict[str, bytes] = {}
    for name in client_tables():
        table = table_of(name)
        binary = [c for c in table.columns if isinstance(c.type, LargeBinary)]
        ids = [row["id"] for row in holding.rows(name)]
        if not binary or not ids:
            continue
        named = "filename" in table.c
        columns = [table.c.id, *( [table.c.filename] if named else []), *binary]
        for found in session.execute(select(*columns).where(table.c.id.in_(ids))):
            filename = _safe(str(found[1])) if named else "file"
            for content in found[2 if named else 1:]:
                if content is not None:
                    files[f"attachments/{name}/{found[0]}/{filename}"] = bytes(content)
    return files


def _safe(filename: str) -> str:
    cleaned = re.sub(r"[^\w.\- ]", "_", filename).strip(" .")
    return cleaned[:120] or "file"


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True,
                      default=str).encode()


def _csv(name: str, rows: tuple[dict[str, Any], ...]) -> bytes:
    columns = [c.name for c in table_of(name).columns]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    # UTF-8 with a byte-order mark, so a spreadsheet program shows æøå right.
    return ("\ufeff" + out.getvalue()).encode()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
