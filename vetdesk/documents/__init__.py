"""PDF documents (reportlab): journal printouts and, later, prescriptions and letters.

No Qt here. Renderers take plain dataclasses of already-formatted text and return PDF bytes.
"""
