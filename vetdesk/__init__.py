"""VetDesk: a practice-management desktop client for veterinary clinics."""

__version__ = "0.1.0"
