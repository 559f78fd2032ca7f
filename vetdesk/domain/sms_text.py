"""How long an SMS is on the phone: characters, GSM-7 or UCS-2, and the number of parts.

GSM 03.38 (the ``gsm0338`` codec) fits 160 septets in one message, 153 per part when split
(the rest is the header that joins them); characters from its extension table (€ [ ] { } ~ ^ |
\\) take two. Any character outside it turns the whole text into UCS-2: 70 characters in one
message, 67 per part. "Bærum" stays GSM-7; "Ærlig talt 😊" does not.
"""

from __future__ import annotations

from dataclasses import dataclass

GSM7 = "GSM-7"
UCS2 = "UCS-2"


@dataclass(frozen=True)
class SmsLength:
    characters: int
    encoding: str
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    parts: int


def sms_length(text: str) -> SmsLength:
    import gsm0338  # noqa: F401  (registers the codec)

    try:
        units = len(text.encode("gsm03.38"))
    except UnicodeEncodeError:
        units = len(text.encode("utf-16-be")) // 2
        single, per_part, encoding = 70, 67, UCS2
    else:
        single, per_part, encoding = 160, 153, GSM7
    parts = 1 if units <= single else -(-units // per_part)
    return SmsLength(characters=len(text), encoding=encoding, units=units,
                     parts=parts if text else 0)
