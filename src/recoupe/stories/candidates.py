"""Candidate pairs of near-duplicate texts: MinHash over word shingles + LSH banding, vectorised.

Batched numpy: each text's word 5-grams are hashed once (Python's string hash, so
signatures are valid within one process, combined with splitmix64), all MinHash
permutations of a batch are computed as one xor-multiply matrix and reduced per document, then bands of the signature are bucketed by sorting.  It finds
copies and light edits (Jaccard of shingles above ~0.5); rewrites and translations need
sentence alignment (see provenance.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: pairs above ~0.5 Jaccard collide with high probability
SHINGLE = 5
BATCH_TOKENS = 60_000
MAX_BUCKET = 50  # larger buckets are boilerplate-like: only neighbours in id order are paired

_MASK = np.uint64(0xFFFFFFFFFFFFFFFF)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (overflow wraps: the point)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    return x ^ (x >> np.uint64(31))


class CandidateIndex:
    """MinHash signatures of texts added so far, and their LSH buckets (incremental)."""

    def __init__(self, num_perm: int = NUM_PERM, bands: int = BANDS, shingle: int = SHINGLE, seed: int = 1) -> None:
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        rng = np.random.default_rng(seed)
        self.num_perm, self.bands, self.shingle = num_perm, bands, shingle
        self.rows = num_perm // bands
        self._seeds = rng.integers(1, 2**63, size=(num_perm, 1), dtype=np.uint64)
        self._band_mult = rng.integers(1, 2**63, size=self.rows, dtype=np.uint64) | np.uint64(1)
        self.signatures = np.zeros((0, num_perm), dtype=np.uint32)
        self._band_keys = np.zeros((0, bands), dtype=np.uint64)

    def __len__(self) -> int:
        return len(self.signatures)

    # ------------------------------------------------------------------ hashing

    def _shingles(self, text: str) -> np.ndarray:
        ids = np.array(list(map(hash, text.lower().split())), dtype=np.int64).view(np.uint64)
        n = len(ids)
        if n == 0:
            return np.zeros(1, dtype=np.uint64)
        h = _mix(ids + np.uint64(0x9E3779B97F4A7C15))
        if n < self.shingle:
            acc = h[0].copy()
            for x in h[1:]:
                acc = _mix(acc ^ x)
            return np.array([acc], dtype=np.uint64)
        k = n - self.shingle + 1
        acc = h[:k].copy()
        for j in range(1, self.shingle):
            acc = _mix(acc * np.uint64(31) ^ h[j : j + k])
        return acc

    def signatures_of(self, texts: Sequence[str]) -> np.ndarray:
        """MinHash signatures, shape (len(texts), num_perm), uint32."""
        out = np.zeros((len(texts), self.num_perm), dtype=np.uint32)
        start = 0
        while start < len(texts):
            parts: list[np.ndarray] = []
            tokens = 0
            end = start
            while end < len(texts) and (tokens < BATCH_TOKENS or end == start):
                sh = self._shingles(texts[end])
                parts.append(sh)
                tokens += len(sh)
                end += 1
            flat = np.concatenate(parts)
            offsets = np.cumsum([0] + [len(p) for p in parts[:-1]])
            hashed = ((flat[None, :] ^ self._seeds) * _M2) >> np.uint64(32)  # (num_perm, total): xor-multiply
            out[start:end] = np.minimum.reduceat(hashed, offsets, axis=1).T.astype(np.uint32)
            start = end
        return out

    def _keys(self, sig: np.ndarray) -> np.ndarray:
        s = sig.astype(np.uint64).reshape(len(sig), self.bands, self.rows)
        return _mix((s * self._band_mult).sum(axis=2, dtype=np.uint64) + np.arange(self.bands, dtype=np.uint64))

    # ------------------------------------------------------------------ API

    def add(self, texts: Sequence[str]) -> list[tuple[int, int]]:
        """Index ``texts`` (ids continue from the texts already added); return the new
        candidate pairs ``(i, j)``, ``i < j``, involving at least one of them."""
        first = len(self)
        sig = self.signatures_of(texts)
        keys = self._keys(sig)
        self.signatures = np.vstack([self.signatures, sig])
        self._band_keys = np.vstack([self._band_keys, keys])
        return sorted(p for p in self._pairs(self._band_keys) if p[1] >= first)

    def _pairs(self, keys: np.ndarray) -> set[tuple[int, int]]:
        pairs: set[tuple[int, int]] = set()
        for b in range(self.bands):
            col = keys[:, b]
            order = np.argsort(col, kind="stable")
            sorted_keys = col[order]
            cut = np.flatnonzero(np.diff(sorted_keys)) + 1
            for group in np.split(order, cut):
                if len(group) < 2:
                    continue
                g = sorted(int(x) for x in group)
                if len(g) > MAX_BUCKET:
                    pairs.update(zip(g, g[1:], strict=False))
                    continue
                for x in range(len(g)):
                    for y in range(x + 1, len(g)):
                        pairs.add((g[x], g[y]))
        return pairs

    def estimate(self, i: int, j: int) -> float:
        """Estimated Jaccard similarity of the shingles of texts i and j."""
        return float((self.signatures[i] == self.signatures[j]).mean())


def candidate_pairs(texts: Iterable[str], *, min_jaccard: float = 0.0) -> list[tuple[int, int, float]]:
    """Near-duplicate candidate pairs ``(i, j, estimated Jaccard)`` among ``texts``."""
    idx = CandidateIndex()
    pairs = idx.add(list(texts))
    out = [(i, j, idx.estimate(i, j)) for i, j in pairs]
    return [p for p in out if p[2] >= min_jaccard]
