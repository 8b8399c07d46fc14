"""The embedded store (SQLite, FTS5)."""

from recoupe.store.sqlite import Store

__all__ = ["Store"]
