"""Files on journal entries (lab reports, X-rays, photos): what is accepted and how it is named.

The media type is taken from the file's first bytes, not from its name, so a renamed
executable is refused however it is called.
"""

from __future__ import annotations

import hashlib
import re

from vetdesk.errors import ValidationError
from vetdesk.i18n import _

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"WEBP", 8, "image/webp"),
)
_UNSAFE_NAME = re.compile(r"[\x00-\x1f/\\]+")


def sniff_media_type(data: bytes) -> str | None:
    for signature, offset, media_type in _SIGNATURES:
        if data[offset: offset + len(signature)] == signature:
            if media_type == "image/webp" and not data.startswith(b"RIFF"):
                continue
            return media_type
    return None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checked_file(filename: str, data: bytes) -> tuple[str, str]:
    """(clean file name, media type), or ValidationError saying what to do."""
    name = _UNSAFE_NAME.sub("_", filename.strip()).strip() or "attachment"
    if len(name) > 255:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 250 - len(ext)] + dot + ext) if dot else name[:255]
    if not data:
        raise ValidationError(_("The file is empty; choose the file again."),
                              {"file": _("Empty file.")})
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("The file is larger than 25 MB; scan it at a lower resolution or attach a PDF."),
            {"file": _("Larger than 25 MB.")},
        )
    media_type = sniff_media_type(data)
    if media_type is None:
        raise ValidationError(
            _("“{name}” is not a PDF or an image (PNG, JPEG, GIF, TIFF, WebP); attach one of those."
              ).format(name=name),
            {"file": _("Not a PDF or an image.")},
        )
    return name, media_type
