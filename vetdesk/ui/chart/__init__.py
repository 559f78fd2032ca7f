"""The vet's chart (issue 4): header, timeline, entry editor and reader, and their dialogs.

Every database call goes through ``vetdesk.ui.ops``; widgets only see the journal services'
frozen dataclasses. The main window's :class:`ChartOpener` answers ``events.open_animal``; the
chart's modules (``chart_tab`` and what it uses) are imported when the first chart opens.
"""

from vetdesk.ui.chart.opener import ChartOpener

__all__ = ["ChartOpener"]
