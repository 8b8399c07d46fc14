"""Group documents into stories: a partition, across languages, incremental.

Each document joins the story it is most similar to (see :mod:`recoupe.stories.similarity`:
multilingual embeddings, shared names and numbers, content words, publication time) when
that similarity reaches ``options.story_threshold``, else opens a new story.  Known
stories keep their ids and members; only new documents are placed.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from recoupe.model import Document, Story
from recoupe.settings import DEFAULT_OPTIONS, Options
from recoupe.stories.embed import DIM
from recoupe.stories.features import DocFeatures, doc_features
from recoupe.stories.similarity import feature_similarity, specifics_idf

PREFILTER_COSINE = 0.3  # documents whose embeddings are further apart are not compared in full
MAX_COMPARED = 30  # members of a story compared in full with a new document
STORIES_COMPARED = 25  # stories (nearest by embedding) scored in full for a new document
REPRESENTATIVES = 5  # first and latest documents standing for a known story


def _idf(feats: Sequence[DocFeatures]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.content.keys())
    n = len(feats)
    return {k: math.log((1 + n) / (1 + v)) + 1.0 for k, v in df.items()}


def _title(doc: Document) -> str:
    if doc.title:
        return doc.title
    first = doc.text.strip().split("\n", 1)[0]
    return first[:120]


def _new_id(used: set[str]) -> str:
    n = 1
    while f"S{n:04d}" in used:
        n += 1
    sid = f"S{n:04d}"
    used.add(sid)
    return sid


def find_stories(
    docs: Sequence[Document], *, known: Sequence[Story] = (), options: Options = DEFAULT_OPTIONS
) -> list[Story]:
    """Partition ``docs`` into stories.

    ``known`` are stories already in the store (their documents are among ``docs``):
    new documents join one of them or open a new story; known stories keep their ids.
    """
    docs = list(docs)
    index = {d.id: i for i, d in enumerate(docs)}
    stories = [Story(s.id, [m for m in s.documents if m in index], s.title) for s in known]
    used = {s.id for s in stories}
    clusters: list[list[int]] = [[index[m] for m in s.documents] for s in stories]
    placed = {i for c in clusters for i in c}
    new = sorted((i for i in range(len(docs)) if i not in placed), key=lambda i: (docs[i].published or "9999", i))

    # known stories are represented by their first and latest documents: only those and the
    # new documents are embedded, so adding to a large store does not recompute it all
    owner = np.full(len(docs), -1, dtype=np.int64)  # story index of each placed, compared document
    for k, members in enumerate(clusters):
        owner[members[:REPRESENTATIVES] + members[-REPRESENTATIVES:]] = k
    active = sorted(set(np.flatnonzero(owner >= 0).tolist()) | set(new))
    feats: dict[int, DocFeatures] = dict(zip(active, doc_features([docs[i] for i in active]), strict=True))
    idf = _idf(list(feats.values())) if len(feats) >= 5 else None
    spec_idf = specifics_idf(list(feats.values())) if len(feats) >= 5 else None
    vecs = np.zeros((len(docs), DIM), dtype=np.float32)
    for i, f in feats.items():
        vecs[i] = f.vec
    for i in new:
        cos = vecs @ vecs[i]
        near = np.flatnonzero((owner >= 0) & (cos >= PREFILTER_COSINE))
        best, best_k = -1.0, -1
        closest: dict[int, float] = {}  # story -> its closest member's cosine
        for j in near:
            k = int(owner[j])
            closest[k] = max(closest.get(k, -1.0), float(cos[j]))
        # only the stories whose closest member is among the nearest are scored in full
        for k in sorted(sorted(closest, key=lambda k: -closest[k])[:STORIES_COMPARED]):
            cand = near[owner[near] == k]
            top = cand[np.argsort(-cos[cand])[:MAX_COMPARED]]
            sims = sorted(
                (
                    feature_similarity(
                        feats[i], feats[m], published=(docs[i].published, docs[m].published),
                        window_days=options.story_window_days, idf=idf, spec_idf=spec_idf,
                    )
                    for m in top
                ),
                reverse=True,
            )
            score = 0.5 * (sims[0] + float(np.mean(sims[:3])))
            if score > best:
                best, best_k = score, k
        if best >= options.story_threshold:
            clusters[best_k].append(i)
            stories[best_k].documents.append(docs[i].id)
        else:
            best_k = len(clusters)
            clusters.append([i])
            stories.append(Story(_new_id(used), [docs[i].id], _title(docs[i])))
        owner[i] = best_k
    return [s for s in stories if s.documents]
