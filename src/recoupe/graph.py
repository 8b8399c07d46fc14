"""Union-find: the one way stages group linked things (families, story components, quote variants)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Disjoint sets with path halving; items are added on first sight."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {x: x for x in items}

    def find(self, x: T) -> T:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, keep: T, other: T) -> None:
        """Join the sets of ``keep`` and ``other``; the root of ``keep``'s set stays the root."""
        rk, ro = self.find(keep), self.find(other)
        if rk != ro:
            self.parent[ro] = rk

    def groups(self, order: Iterable[T] | None = None) -> list[list[T]]:
        """The sets, each listed in the order of ``order`` (default: insertion), in first-seen order."""
        members: dict[T, list[T]] = {}
        for x in list(self.parent) if order is None else order:
            members.setdefault(self.find(x), []).append(x)
        return list(members.values())
