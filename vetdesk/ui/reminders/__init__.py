"""The Reminders page: the recalls due, queued and sent in the background (issue 11)."""
