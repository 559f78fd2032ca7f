"""The people who sign in: their accounts, roles and passwords (administrator's work)."""
