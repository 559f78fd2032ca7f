"""What the PostgreSQL server enforces: staff roles, grants, row-level security, stamping.

Everything here is generated from two tables kept in code: the permission table
(vetdesk/domain/permissions.py, which the services check too) and the stamping registry
(stamping.py). ``vetdesk db upgrade`` applies it after the migrations (apply.py); it is
idempotent, so running it again after a VetDesk update brings the grants in line.
"""
