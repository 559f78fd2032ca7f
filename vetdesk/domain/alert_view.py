"""An alert as the screens show it (client card, search, today's list).

Its own module so that the first screen's lists can name it without importing the client
card's reads (issue 9: the card is loaded when the first card opens).
"""

from __future__ import annotations

from dataclasses import dataclass

from vetdesk.domain.codes import AlertSeverity


@dataclass(frozen=True)
class AlertView:
    alert_id: int
    text: str
    severity: AlertSeverity
    # None for the client's own alerts.
    animal_id: int | None
    animal_name: str | None

    @property
    def mandatory(self) -> bool:
        return self.severity is AlertSeverity.MANDATORY
