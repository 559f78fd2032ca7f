"""Use cases, one module per capability. No Qt here; every GUI action has a function here."""
