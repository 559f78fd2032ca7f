"""A recall's title as the person reading it says it.

Signing a vaccination or an operation stores the recall's title in English ("Vaccination: X",
"Post-operative check: X"): the recall machinery and migration 0014 recognise the recalls by
those prefixes, so the stored text stays as it is. The screens show it in the program's
language; titles typed by a person or written in bokmål by the demo pass through unchanged.
"""

from __future__ import annotations

from vetdesk.i18n import _

_VACCINATION = "Vaccination: "
_POSTOP = "Post-operative check: "


def shown_recall_title(title: str) -> str:
    if title.startswith(_VACCINATION):
        return _("Vaccination: {product}").format(product=title[len(_VACCINATION):])
    if title.startswith(_POSTOP):
        return _("Post-operative check: {procedure}").format(procedure=title[len(_POSTOP):])
    return title
