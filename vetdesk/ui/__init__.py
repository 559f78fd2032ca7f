"""The Qt desktop shell. The only package that imports PySide6 (through ``vetdesk.ui.qt``)."""
