"""Shared helpers for benchmark scripts: where the shared data is, and writing figures.

Each benchmark owns one section of ``docs/benchmarks.md``, delimited by
``<!-- bench:NAME -->`` / ``<!-- /bench:NAME -->``; re-running a benchmark replaces
its own section only, stamped with the machine and the date.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import re
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RECOUPE_SHARED", ROOT.parent / "shared"))
DOC = ROOT / "docs" / "benchmarks.md"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path | None:
    """The path under ../shared, or None (and a note on stderr) when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        print(f"skip: {p} is absent", file=sys.stderr)
        return None
    return p


def example_gold() -> tuple[dict, list] | None:
    """The example corpus's gold (``examples/gold/gold.json``) and its gold texts as Documents, or None."""
    import json

    from recoupe.model import Document

    path = EXAMPLES / "gold" / "gold.json"
    if not path.exists():
        print(f"skip: {path} is absent", file=sys.stderr)
        return None
    gold = json.loads(path.read_text(encoding="utf-8"))
    docs = []
    for doc_id, meta in gold["documents"].items():
        text = EXAMPLES / "gold" / "text" / meta["file"]
        if text.exists():
            docs.append(Document(id=doc_id, source=meta["file"], text=text.read_text(encoding="utf-8"),
                                 language=meta.get("language") or "fr", published=meta.get("published")))
    return gold, docs


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Sections in pipeline order; unknown names go last.
ORDER = [
    "pipeline", "extraction", "stories", "provenance", "candidates", "dates_numbers", "entities", "quotes",
    "facts_throughput", "crosscheck", "contradiction", "framing", "dossier", "scale",
]
HEADER = """# Benchmarks

Figures written by the scripts in `bench/` (`make bench`, or `.venv/bin/python -m bench.NAME`); each
section says what it measures, against which anchor measured in the same run, on which machine and when.
Evaluation data is read from `../shared/eval/` and the scripts skip cleanly when it is absent.
Sections follow the pipeline: whole run, cleaning, stories and provenance, facts, cross-check, dossier, scale-out.
"""


def _ordered(text: str) -> str:
    blocks = dict(
        (m.group(1), m.group(0))
        for m in re.finditer(r"<!-- bench:([\w-]+) -->.*?<!-- /bench:\1 -->", text, re.S)
    )
    rank = {n: i for i, n in enumerate(ORDER)}
    names = sorted(blocks, key=lambda n: (rank.get(n, len(ORDER)), n))
    return HEADER + "\n" + "\n\n".join(blocks[n] for n in names) + "\n"


def write_section(name: str, title: str, body: str) -> None:
    """Replace (or append) the section ``name`` of docs/benchmarks.md."""
    stamp = f"_Measured {_dt.date.today().isoformat()} on {machine()}._"
    block = f"<!-- bench:{name} -->\n## {title}\n\n{stamp}\n\n{body.strip()}\n<!-- /bench:{name} -->"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n\nFigures written by the scripts in `bench/` (`make bench`).\n"
    pat = re.compile(rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->", re.S)
    text = pat.sub(lambda _m: block, text) if pat.search(text) else text.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(_ordered(text), encoding="utf-8")
    print(block)


def table(header: list[str], rows: list[list[object]]) -> str:
    def fmt(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(fmt(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)
