"""Settings → Users (administrators): the table, its actions, and one dialog per action."""

from vetdesk.ui.pages.users.users_section import UsersSection

__all__ = ["UsersSection"]
