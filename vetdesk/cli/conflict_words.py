"""A stale save in the words of the command line.

The service's sentence for a record that changed under the user is the screen's ("your
changes are kept in the form: reload"); a terminal has no form and nothing to reload. The
error carries the facts (what, who, when), so the command line words its own advice: by
default "run the command again", or what the command names to see the current version.
"""

from __future__ import annotations

from vetdesk.errors import ConflictError
from vetdesk.i18n import _
from vetdesk.services.conflicts import RecordChangedError


def changed_in_command_words(changed: RecordChangedError, advice: str | None = None
                             ) -> ConflictError:
    """``changed`` said for a terminal; ``advice`` is the command's own next step."""
    facts = _("{what} was changed by {name} at {when}; nothing was saved.").format(
        what=changed.what, name=changed.changed_by, when=changed.shown_at)
    return ConflictError(facts + " " + (advice or _(
        "Run the command again: it starts from the current version.")))
