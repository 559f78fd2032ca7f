"""Persistence: models, engines, units of work. No Qt here."""
