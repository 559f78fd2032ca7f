"""The clinic's settings as checked keys and values (issue 11).

A capability declares its keys (``SettingKey``) in its own module and lists them once in
``registry.py``; ``store.py`` reads and writes them, one transaction per change.
"""
