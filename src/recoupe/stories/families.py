"""Source families: an original and everything derived from it count as one source."""

from __future__ import annotations

from collections.abc import Iterable

from recoupe.graph import UnionFind
from recoupe.model import Derivation


def source_families(doc_ids: Iterable[str], derivations: Iterable[Derivation]) -> dict[str, str]:
    """Document id -> family id (union-find over derivation edges of any kind).

    The family id is the smallest document id of the family that is never a
    derivation target (the original), else the smallest id, so it is stable.
    """
    uf: UnionFind[str] = UnionFind(doc_ids)
    targets = set()
    for dv in derivations:
        targets.add(dv.target)
        uf.union(dv.source, dv.target)
    out: dict[str, str] = {}
    for group in uf.groups():
        roots = sorted(d for d in group if d not in targets) or sorted(group)
        for d in group:
            out[d] = roots[0]
    return out
