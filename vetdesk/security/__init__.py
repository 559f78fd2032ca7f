"""Credentials and password hashing. No Qt here."""
