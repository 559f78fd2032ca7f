"""Helpers shared by the test suites (databases on both engines, actors, fake clocks)."""
