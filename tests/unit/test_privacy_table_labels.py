"""Every table an erasure can list has a name people read, in English and in bokmål."""

from __future__ import annotations

from vetdesk import i18n
from vetdesk.domain.privacy_classification import POLICIES
from vetdesk.domain.privacy_table_labels import TABLE_LABELS, table_label


def test_every_table_holding_a_client_s_data_has_a_label() -> None:
    about_clients = {name for name, policy in POLICIES.items() if policy.about_clients}
    assert about_clients - set(TABLE_LABELS) == set()


def test_the_labels_in_bokmal() -> None:
    with i18n.language("nb"):
        assert table_label("client_phones") == "Telefonnumre"
        assert table_label("journal_versions") == "Journalversjoner"
        assert table_label("audit_events") == "Tilgangslogg"
    assert table_label("client_phones") == "Phone numbers"
