"""The dossier's data, computed once from an :class:`~recoupe.model.Analysis`.

:func:`dossier_dict` gives the ``recoupe.dossier/1`` interchange format (see
``shared/spec``); the Markdown and HTML renderers read the same dict, so the three
outputs cannot disagree.
"""

from __future__ import annotations

from typing import Any

from recoupe import __version__
from recoupe.model import Analysis, Passage, Ref

FORMAT = "recoupe.dossier/1"


def _ref(r: Ref, **extra: Any) -> dict[str, Any]:
    out = r.to_json()
    out.update({k: v for k, v in extra.items() if v is not None})
    return out


def _passage(p: Passage) -> dict[str, Any]:
    return {
        "source_span": [p.source_start, p.source_end],
        "target_span": [p.target_start, p.target_end],
        "similarity": round(p.similarity, 3),
    }


def dossier_dict(a: Analysis) -> dict[str, Any]:
    """The whole dossier as plain JSON-able data, every required key present."""
    return {
        "format": FORMAT,
        "generator": f"recoupe {__version__}",
        "documents": [
            {
                "id": d.id,
                "source": d.source,
                "title": d.title,
                "published": d.published,
                "author": d.author,
                "site": d.site,
                "url": d.url,
                "language": d.language,
                "genre": a.genres.get(d.id),
                "metadata_found_by": d.provenance,
                "text": d.text,
                "removed": [{"text": r.text, "reason": r.reason} for r in d.removed],
            }
            for d in a.documents
        ],
        "stories": [{"id": s.id, "title": s.title, "documents": list(s.documents)} for s in a.stories],
        "derivations": [
            {
                "source": dv.source,
                "target": dv.target,
                "kind": dv.kind,
                "score": round(float(dv.score), 4),
                "direction_evidence": dv.direction_evidence,
                "passages": [_passage(p) for p in dv.passages],
            }
            for dv in a.derivations
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": [m.to_json() for m in e.mentions],
            }
            for e in a.entities
        ],
        "dates": [_ref(x.ref, value=x.value, kind=x.kind, anchor=x.anchor or None) for x in a.dates],
        "quantities": [
            _ref(q.ref, value=q.value, unit=q.unit, approx=q.approx) for q in a.quantities
        ],
        "quotes": [
            {**q.ref.to_json(), "speaker": q.speaker, "variant_of": q.variant_of,
             "speaker_text": q.speaker_text, "cue": q.cue or None}
            for q in a.quotes
        ],
        "claims": [
            {
                "id": c.id,
                "statement": c.statement,
                "story": c.story,
                "topic": c.topic,
                "status": c.status,
                "independent_sources": c.independent_sources,
                "note": c.note or None,
                "sources": [
                    _ref(s.ref, value=s.value, family=s.family or None, cites=s.cites) for s in c.sources
                ],
            }
            for c in a.claims
        ],
        "framing": [_ref(f.ref, kind=f.kind, cue=f.cue or None) for f in a.framing],
        "timeline": [
            {
                "date": t.date,
                "event": t.event,
                "story": t.story,
                "conflict": t.conflict,
                "claim": t.claim,
                "sources": [s.to_json() for s in t.sources],
            }
            for t in a.timeline
        ],
        "skipped": [{"source": s.source, "reason": s.reason} for s in a.skipped],
    }
