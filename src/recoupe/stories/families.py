"""Source families: an original and everything derived from it count as one source."""

from __future__ import annotations

from collections.abc import Iterable

from recoupe.model import Derivation


def source_families(doc_ids: Iterable[str], derivations: Iterable[Derivation]) -> dict[str, str]:
    """Document id -> family id (union-find over derivation edges of any kind).

    The family id is the smallest document id of the family that is never a
    derivation target (the original), else the smallest id, so it is stable.
    """
    parent: dict[str, str] = {d: d for d in doc_ids}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    targets = set()
    for dv in derivations:
        targets.add(dv.target)
        ra, rb = find(dv.source), find(dv.target)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for d in list(parent):
        members.setdefault(find(d), []).append(d)
    out: dict[str, str] = {}
    for group in members.values():
        roots = sorted(d for d in group if d not in targets) or sorted(group)
        for d in group:
            out[d] = roots[0]
    return out
