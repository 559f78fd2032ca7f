"""The record of processing and the draft privacy notice come from the classification and
the clinic's details, in bokmål or English."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.records import privacy_notice, record_of_processing


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_record_of_processing_in_bokmal(ctx: ServiceContext, manager: Actor) -> None:
    text = _text(record_of_processing(ctx, manager))
    for words in ("Protokoll over behandlingsaktiviteter", "Dyreklinikken Ødegård",
                  "Journaler", "bokføringsloven § 13", "Mottakere og databehandlere",
                  "SMS-leverandøren"):
        assert words in text, words


def test_the_privacy_notice_in_english(ctx: ServiceContext, manager: Actor) -> None:
    text = _text(privacy_notice(ctx, manager, language="en"))
    for words in ("Privacy notice", "Dyreklinikken Ødegård", "within 30 days",
                  "Datatilsynet", "Purchases"):
        assert words in text, words


def test_only_the_manager(ctx: ServiceContext, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        record_of_processing(ctx, receptionist)
