"""Referrals to specialists and lab requests (issue 12): the register of recipients, sending
with the owner's consent (a disclosure, in the audit log), the letter or request form as PDF,
tracking (sent, accepted, answered) and the report or result attached into the journal."""
