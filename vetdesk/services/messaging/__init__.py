"""Recalls, reminders and the outbox of SMS and e-mail (issue 11).

``outbox`` queues and claims messages so each is sent exactly once; ``sending`` runs the
adapters (vetdesk/messaging/) over what is queued; ``setting_keys`` declares the SMTP, SMS
gateway and reminder settings; ``secrets`` finds passwords and tokens outside the database.
"""
