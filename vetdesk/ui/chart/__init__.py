"""The vet's chart (issue 4): header, timeline, entry editor and reader, and their dialogs.

Every database call goes through ``vetdesk.ui.ops``; widgets only see the journal services'
frozen dataclasses. :func:`open_chart` is what the main window calls for ``events.open_animal``.
"""

from vetdesk.ui.chart.chart_tab import ChartOpener, ChartTab, open_chart

__all__ = ["ChartOpener", "ChartTab", "open_chart"]
