"""The chart's journal timeline: newest first, filtered, one page at a time.

A page is one query: the signed entries (their current version, author and file count,
ordered by event time with keyset pagination, so page 40 costs what page 1 costs) and, on the
first page only, the animal's unsigned drafts, which are listed first.
A text filter is matched in Python on the folded text ("odegard" finds "Ødegård"), reading rows
in batches until the page is full: JSON content cannot be searched the same way on both engines.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Connection,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    cast,
    false,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects import sqlite

from vetdesk.db import raw_rows
from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import (
    JournalAttachment,
    JournalDraft,
    JournalDraftAttachment,
    JournalEntry,
    JournalVersion,
    User,
)
from vetdesk.domain.codes import JournalKind, VersionAction
from vetdesk.domain.text import fold
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.kinds import readable_content, summary_line
from vetdesk.services.journal.records import is_current_version
from vetdesk.services.journal.types import (
    TimelineCursor,
    TimelineFilter,
    TimelineItem,
    TimelinePage,
)
from vetdesk.services.permissions import Actor, Permission, require

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
_SCAN_BATCH = 200


def timeline_page(
    ctx: ServiceContext,
    actor: Actor,
    animal_id: int,
    *,
    cursor: TimelineCursor | None = None,
    filters: TimelineFilter | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
) -> TimelinePage:
    """One page of the timeline (the first when ``cursor`` is None).

    Without a text filter a page is one query (the first page's drafts come in the same
    statement, UNION ALL), because over a slow link every statement is a round trip. With a
    text filter, the drafts and then the signed entries are read (two queries).
    """
    require(actor, Permission.VIEW_JOURNAL)
    filters = filters or TimelineFilter()
    page_size = max(1, min(page_size, MAX_PAGE_SIZE))
    needle = fold(filters.text) if filters.text else ""
    params = _params(animal_id, actor.user_id, filters, cursor)
    if needle:
        # Scanning for a text match streams rows through a server-side cursor, which needs a
        # transaction (a consistent read).
        with ctx.db.reading(consistent=True) as session:
            items = [] if cursor is not None else [
                item for item in map(_item(actor), session.execute(
                    _drafts_query(bool(filters.kinds)), params))
                if _matches(item, needle)
            ]
            signed: list[TimelineItem] = []
            more = False
            result = session.execute(
                _signed_query(bool(filters.kinds), filters.include_voided, cursor is not None,
                              limited=False).execution_options(yield_per=_SCAN_BATCH),
                params,
            )
            for row in result:
                item = _item(actor)(row)
                if not _matches(item, needle):
                    continue
                if len(signed) == page_size:
                    more = True
                    break
                signed.append(item)
            result.close()
    else:
        # A plain page is one statement: no session and no transaction (issue 9).
        params["limit"] = page_size + 1
        with ctx.db.quick_read() as conn:
            if cursor is None and not filters.kinds and ctx.db.dialect == "sqlite":
                # The chart's first page, the hot path: plain driver values (issue 9).
                rows = _first_page_sqlite(conn, filters.include_voided, params, actor)
            else:
                rows = _page_rows(conn, filters, cursor, params, actor)
        items = [item for item in rows if item.is_draft]
        signed = [item for item in rows if not item.is_draft]
        more = len(signed) > page_size
        signed = signed[:page_size]
    next_cursor = (
        TimelineCursor(signed[-1].event_time, signed[-1].entry_id) if more and signed else None
    )
    return TimelinePage(items=tuple(items + signed), next_cursor=next_cursor)


def _page_rows(conn: Connection, filters: TimelineFilter, cursor: TimelineCursor | None,
               params: dict[str, Any], actor: Actor) -> list[TimelineItem]:
    stmt: Any = (
        _first_page(bool(filters.kinds), filters.include_voided) if cursor is None
        else _signed_query(bool(filters.kinds), filters.include_voided, True, limited=True)
    )
    return list(map(_item(actor), conn.execute(stmt, params)))


# Stored value -> member by a dict lookup: calling the enum costs more, per row (issue 9).
_KINDS = {kind.value: kind for kind in JournalKind}
_ACTIONS = {action.value: action for action in VersionAction}


@cache
def _first_page_compiled(include_voided: bool) -> Any:
    return raw_rows.compile_for_sqlite(_first_page(False, include_voided), sqlite.dialect())


def _first_page_sqlite(conn: Connection, include_voided: bool, params: dict[str, Any],
                       actor: Actor) -> list[TimelineItem]:
    """:func:`_first_page` with the driver's values converted here, column by column in the
    statement's order, to what the ORM path gives (the tests run both engines)."""
    moment, decimal, loads = raw_rows.moment, raw_rows.decimal, json.loads
    items = []
    for (entry_id, animal_id, event_time, help_requested_at, version_no, action_value,
         stored, weight, temperature, confidential, kind_value, author_id, signed_at,
         auto_locked, author_name, attachment_count, is_draft) in raw_rows.run(
            conn, _first_page_compiled(include_voided), params):
        kind = _KINDS[kind_value]
        content = readable_content(loads(stored))
        if is_draft:
            corrected = voided = False
            version_no, editable = 0, author_id == actor.user_id
        else:
            action = _ACTIONS[action_value]
            voided = action is VersionAction.VOID
            corrected = (action is VersionAction.CORRECT) or (voided and version_no > 2)
            editable = False
        items.append(TimelineItem(
            entry_id=raw_rows.guid(entry_id), animal_id=animal_id, kind=kind,
            event_time=moment(event_time),  # type: ignore[arg-type]
            help_requested_at=moment(help_requested_at),  # type: ignore[arg-type]
            author_id=author_id, author_name=author_name, is_draft=bool(is_draft),
            editable=editable, signed_at=moment(signed_at), auto_locked=bool(auto_locked),
            version_no=version_no, corrected=corrected, voided=voided,
            confidential=bool(confidential), summary=summary_line(kind, content),
            content=content, weight_kg=decimal(weight, 3), temperature_c=decimal(temperature, 1),
            attachment_count=int(attachment_count),
        ))
    return items


def _params(animal_id: int, author_id: int, filters: TimelineFilter,
            cursor: TimelineCursor | None) -> dict[str, Any]:
    params: dict[str, Any] = {"animal_id": animal_id, "author_id": author_id}
    if filters.kinds:
        params["kinds"] = sorted(k.value for k in filters.kinds)
    if cursor is not None:
        params["cursor_time"], params["cursor_entry"] = cursor.event_time, cursor.entry_id
    return params


# The statements are built once per shape (filters on or off, first or later page) and then
# reused with bound parameters: building and cache-keying them cost more than running them
# (issue 9). The memo holds at most a dozen immutable statements.
@cache
def _first_page(kinds: bool, include_voided: bool) -> CompoundSelect[Any]:
    """The reader's drafts and the first page of signed entries, drafts first."""
    limited = _signed_query(kinds, include_voided, False, limited=True)
    both = union_all(_drafts_query(kinds), select(limited.subquery()))
    return both.order_by(
        both.selected_columns.is_draft.desc(),
        both.selected_columns.event_time.desc(),
        both.selected_columns.entry_id.desc(),
    )


@cache
def _signed_query(kinds: bool, include_voided: bool, after_cursor: bool, *, limited: bool
                  ) -> Select[Any]:
    """Current versions newest first; the author's name and the file count are added to the
    limited rows only (computing a count for every entry before sorting costs more than the
    rest of the page on PostgreSQL)."""
    inner = (
        select(
            JournalVersion.entry_id, JournalVersion.animal_id, JournalVersion.event_time,
            JournalVersion.help_requested_at,
            JournalVersion.version_no, JournalVersion.action, JournalVersion.content,
            JournalVersion.weight_kg, JournalVersion.temperature_c, JournalVersion.confidential,
            JournalEntry.kind, JournalEntry.author_id, JournalEntry.signed_at,
            JournalEntry.auto_locked,
        )
        .join(JournalEntry, JournalEntry.id == JournalVersion.entry_id)
        .where(JournalVersion.animal_id == bindparam("animal_id"), is_current_version())
        .order_by(JournalVersion.event_time.desc(), JournalVersion.entry_id.desc())
    )
    if kinds:
        inner = inner.where(JournalEntry.kind.in_(bindparam("kinds", expanding=True)))
    if not include_voided:
        inner = inner.where(JournalVersion.action != VersionAction.VOID.value)
    if after_cursor:
        cursor_time = bindparam("cursor_time", type_=JournalVersion.event_time.type)
        cursor_entry = bindparam("cursor_entry", type_=JournalVersion.entry_id.type)
        inner = inner.where(or_(
            JournalVersion.event_time < cursor_time,
            and_(JournalVersion.event_time == cursor_time,
                 JournalVersion.entry_id < cursor_entry),
        ))
    if limited:
        inner = inner.limit(bindparam("limit", type_=Integer()))
    page = inner.subquery("page")
    files = (
        select(func.count()).where(JournalAttachment.entry_id == page.c.entry_id)
        .correlate(page).scalar_subquery()
    )
    return (
        select(
            *page.c, User.full_name.label("author_name"), files.label("attachment_count"),
            literal_column("0", Integer).label("is_draft"),
        )
        .join(User, User.id == page.c.author_id)
        .order_by(page.c.event_time.desc(), page.c.entry_id.desc())
    )


@cache
def _drafts_query(kinds: bool) -> Select[Any]:
    """The reader's own drafts of the animal, in the same columns as the signed entries (for
    UNION ALL). A draft is its author's alone until signed (row-level security on a server)."""
    files = (
        select(func.count()).where(JournalDraftAttachment.draft_id == JournalDraft.id)
        .correlate(JournalDraft).scalar_subquery()
    )
    stmt = (
        select(
            JournalDraft.id.label("entry_id"), JournalDraft.animal_id, JournalDraft.event_time,
            func.coalesce(
                JournalDraft.help_requested_at, JournalDraft.event_time, type_=UTCDateTime()
            ).label("help_requested_at"),
            literal_column("0", Integer).label("version_no"),
            literal_column("'sign'", String).label("action"), JournalDraft.content,
            JournalDraft.weight_kg, JournalDraft.temperature_c, JournalDraft.confidential,
            JournalDraft.kind, JournalDraft.author_id,
            cast(null(), UTCDateTime()).label("signed_at"), false().label("auto_locked"),
            User.full_name.label("author_name"), files.label("attachment_count"),
            literal_column("1", Integer).label("is_draft"),
        )
        .join(User, User.id == JournalDraft.author_id)
        .where(JournalDraft.animal_id == bindparam("animal_id"),
               JournalDraft.author_id == bindparam("author_id"))
    )
    if kinds:
        stmt = stmt.where(JournalDraft.kind.in_(bindparam("kinds", expanding=True)))
    return stmt


def _item(actor: Actor) -> Callable[[Any], TimelineItem]:
    def convert(row: Any) -> TimelineItem:
        if row.is_draft:
            return _draft_item(row, actor)
        return _signed_item(row)

    return convert


def _draft_item(row: Any, actor: Actor) -> TimelineItem:
    kind = JournalKind(row.kind)
    content = readable_content(row.content)
    return TimelineItem(
        entry_id=row.entry_id, animal_id=row.animal_id, kind=kind, event_time=row.event_time,
        help_requested_at=row.help_requested_at,
        author_id=row.author_id, author_name=row.author_name, is_draft=True,
        editable=row.author_id == actor.user_id, signed_at=None, auto_locked=False,
        version_no=0, corrected=False, voided=False, confidential=bool(row.confidential),
        summary=summary_line(kind, content), content=content, weight_kg=row.weight_kg,
        temperature_c=row.temperature_c, attachment_count=int(row.attachment_count),
    )


def _signed_item(row: Any) -> TimelineItem:
    kind = JournalKind(row.kind)
    action = VersionAction(row.action)
    voided = action is VersionAction.VOID
    # Void is final and happens once, so everything between version 1 and a void is a correction.
    corrected = (action is VersionAction.CORRECT) or (voided and row.version_no > 2)
    content = readable_content(row.content)
    return TimelineItem(
        entry_id=row.entry_id, animal_id=row.animal_id, kind=kind, event_time=row.event_time,
        help_requested_at=row.help_requested_at,
        author_id=row.author_id, author_name=row.author_name, is_draft=False, editable=False,
        signed_at=row.signed_at, auto_locked=row.auto_locked, version_no=row.version_no,
        corrected=corrected, voided=voided, confidential=row.confidential,
        summary=summary_line(kind, content), content=content, weight_kg=row.weight_kg,
        temperature_c=row.temperature_c, attachment_count=int(row.attachment_count),
    )


def _matches(item: TimelineItem, needle: str) -> bool:
    if not needle:
        return True
    return needle in fold(" ".join(item.content.values()))
