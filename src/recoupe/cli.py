"""Command line: ``recoupe analyze``, ``recoupe search``, ``recoupe dossier``, ``recoupe serve``.

Exit codes: 0 all inputs read; 3 the run went on but some input was skipped
(each named on one line); 1 the run could not go on; 2 usage error.
"""

from __future__ import annotations

from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from recoupe import __version__
from recoupe.errors import RecoupeError
from recoupe.model import Analysis
from recoupe.settings import DEFAULT_OPTIONS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="recoupe: cross-check news articles, with evidence for every answer.",
)
out_console = Console()
err_console = Console(stderr=True)

EXIT_SKIPPED = 3


class Fmt(str, Enum):
    json = "json"
    md = "md"
    html = "html"
    all = "all"


class _RichProgress:
    """Adapts the pipeline's progress protocol to a Rich progress bar."""

    def __init__(self, progress: Progress) -> None:
        self.p = progress
        self.task = None

    def stage(self, name: str, total: int | None = None) -> None:
        if self.task is not None:
            self.p.update(self.task, completed=self.p.tasks[self.task].total or 1, total=self.p.tasks[self.task].total or 1)
        self.task = self.p.add_task(name, total=total)

    def advance(self, n: int = 1) -> None:
        if self.task is not None:
            self.p.advance(self.task, n)

    def finish(self) -> None:
        if self.task is not None:
            t = self.p.tasks[self.task]
            self.p.update(self.task, total=t.total or 1, completed=t.total or 1)


def _version(value: bool) -> None:
    if value:
        out_console.print(f"recoupe {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """recoupe: cross-check news articles, with evidence for every answer."""


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl, .warc, .warc.gz).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for dossier.json/.md/.html.")] = Path("out"),
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="Dossier format to write.")] = Fmt.all,
    db: Annotated[
        Path | None, typer.Option("--db", help="SQLite store (default: OUT/recoupe.db); reused across runs.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no tables.")] = False,
) -> None:
    """Analyse articles and write the dossier."""
    from recoupe.dossier import FORMATS, dossier_dict, write_dossier
    from recoupe.pipeline import analyze as run_pipeline
    from recoupe.store import Store

    options = DEFAULT_OPTIONS.with_(progress=not quiet)
    db_path = db or out / "recoupe.db"
    try:
        store = Store(db_path)
    except RecoupeError as exc:
        err_console.print(f"error: {exc}", highlight=False)
        raise typer.Exit(1) from None
    with store:
        columns = (TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err_console, disable=quiet, transient=False) as bar:
            rp = _RichProgress(bar)
            analysis = run_pipeline(paths, store=store, options=options, progress=rp)
            rp.finish()
        for s in analysis.skipped:
            err_console.print(f"skipped: {s.source}: {s.reason}", highlight=False, markup=False, soft_wrap=True)
        if not analysis.documents:
            err_console.print("error: no readable article in the inputs", highlight=False)
            raise typer.Exit(1)
        formats = FORMATS if fmt is Fmt.all else (fmt.value,)
        written = write_dossier(analysis, out, formats)
        store.save_analysis(analysis, dossier_dict(analysis))
    if not quiet:
        _summary(analysis)
        for p in written:
            out_console.print(f"wrote {p}", highlight=False)
    if analysis.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _short(text: str, width: int) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, with an ellipsis."""
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0].rstrip(" :,;") + "…"


STATUS_LABEL = {
    "contested": "[red]contesté / contested[/red]",
    "corroborated": "[green]corroboré / corroborated[/green]",
    "single_source": "[yellow]source unique / single source[/yellow]",
}


def _claims_table(a: Analysis, limit: int = 12) -> None:
    """What to check first: contested claims, then what independent sources agree on."""
    rank = {"contested": 0, "corroborated": 1, "single_source": 2}
    claims = sorted((c for c in a.claims if c.status != "single_source"), key=lambda c: rank[c.status])
    if not claims:
        return
    t = Table(title="to check first / à vérifier en priorité (all claims in the dossier)")
    t.add_column("status / statut")
    t.add_column("claim / affirmation")
    t.add_column("independent sources", justify="right")
    for c in claims[:limit]:
        t.add_row(STATUS_LABEL[c.status], escape(_short(c.statement, 140)), str(c.independent_sources))
    out_console.print(t)


def _summary(a: Analysis) -> None:
    t = Table(title="recoupe — summary / résumé", show_header=True)
    t.add_column("what / quoi")
    t.add_column("count", justify="right")
    status = Counter(c.status for c in a.claims)
    rows = [
        ("documents", len(a.documents)),
        ("skipped inputs / ignorés", len(a.skipped)),
        ("stories / récits", len(a.stories)),
        ("derivations / dérivations", len(a.derivations)),
        ("entities / entités", len(a.entities)),
        ("dates", len(a.dates)),
        ("quantities / quantités", len(a.quantities)),
        ("quotes / citations", len(a.quotes)),
        ("claims corroborated / corroborées", status["corroborated"]),
        ("claims single source / source unique", status["single_source"]),
        ("claims contested / contestées", status["contested"]),
        ("framing spans / cadrage", len(a.framing)),
        ("timeline events / chronologie", len(a.timeline)),
    ]
    for k, v in rows:
        t.add_row(k, str(v))
    out_console.print(t)
    docs = a.by_id()
    st = Table(title="stories and provenance / récits et provenance")
    for col in ("story", "documents", "derivations (source → target)"):
        st.add_column(col)
    for s in a.stories:
        edges = [
            f"{dv.source} → {dv.target} ({dv.kind})" for dv in a.derivations if dv.target in s.documents
        ]
        names = [f"{d} [{docs[d].language}]" for d in s.documents if d in docs]
        st.add_row(escape(f"{s.id} {_short(s.title, 60)}"), escape("\n".join(names)), escape("\n".join(edges)) or "—")
    out_console.print(st)
    _claims_table(a)
    timing = ", ".join(f"{k} {v:.1f}s" for k, v in a.timings.items())
    out_console.print(f"time: {timing}", highlight=False)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (accents and plurals ignored).")],
    db: Annotated[Path, typer.Option("--db", help="SQLite store.")] = Path("out/recoupe.db"),
    limit: Annotated[int, typer.Option(help="Maximum number of hits.")] = 20,
) -> None:
    """Full-text search over the stored articles."""
    from recoupe.store import Store

    if not db.exists():
        err_console.print(f"error: {db}: no such store (run `recoupe analyze` first)", highlight=False)
        raise typer.Exit(1)
    with Store(db) as store:
        hits = store.search(query, limit)
    t = Table(title=f"« {query} »")
    t.add_column("document")
    t.add_column("snippet")
    for h in hits:
        t.add_row(escape(h["document"]), escape(h["snippet"]).replace("\x02", "[bold]").replace("\x03", "[/bold]"))
    out_console.print(t)


@app.command()
def dossier(
    db: Annotated[Path, typer.Option("--db", help="SQLite store.")] = Path("out/recoupe.db"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    fmt: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.all,
) -> None:
    """Write the dossier of the last analysis stored in DB again."""
    from recoupe.dossier import FORMATS, write_dossier_data
    from recoupe.store import Store

    if not db.exists():
        err_console.print(f"error: {db}: no such store", highlight=False)
        raise typer.Exit(1)
    with Store(db) as store:
        data = store.latest_dossier()
    if data is None:
        err_console.print(f"error: {db}: no analysis stored yet", highlight=False)
        raise typer.Exit(1)
    for path in write_dossier_data(data, out, FORMATS if fmt is Fmt.all else (fmt.value,)):
        out_console.print(f"wrote {path}", highlight=False)


@app.command()
def export(
    db: Annotated[Path, typer.Option("--db", help="SQLite store.")] = Path("out/recoupe.db"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the Parquet files.")] = Path("out/parquet"),
) -> None:
    """Export the store (documents, stories, derivations, entities, spans, claims, timeline) to Parquet."""
    from recoupe.store import Store
    from recoupe.store.export import export_parquet

    if not db.exists():
        err_console.print(f"error: {db}: no such store (run `recoupe analyze` first)", highlight=False)
        raise typer.Exit(1)
    with Store(db) as store:
        counts = export_parquet(store, out)
    for name, n in counts.items():
        out_console.print(f"wrote {out / (name + '.parquet')} ({n} rows)", highlight=False)


class ScaleEngine(str, Enum):
    local = "local"
    spark = "spark"
    serial = "serial"


@app.command()
def scale(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl, .warc, .warc.gz).")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for dossiers/*.jsonl, stories.parquet, summary.json.")
    ] = Path("out-scale"),
    engine: Annotated[ScaleEngine, typer.Option(help="serial, local (process pool) or spark.")] = ScaleEngine.local,
    workers: Annotated[int | None, typer.Option(help="Processes (local) or local[N] (spark); default: CPU count.")] = None,
    master: Annotated[str | None, typer.Option(help="Spark master URL, e.g. spark://host:7077.")] = None,
) -> None:
    """Analyse a large corpus block by block on a process pool or Spark (see docs/scale.md)."""
    from recoupe.scale import run as run_scale

    try:
        summary = run_scale(paths, out, engine=engine.value, workers=workers, master=master)
    except (RuntimeError, ValueError) as exc:
        err_console.print(f"error: {exc}", highlight=False)
        raise typer.Exit(1) from None
    for s in summary["skipped_reasons"]:
        err_console.print(f"skipped: {s['source']}: {s['reason']}", highlight=False, markup=False, soft_wrap=True)
    out_console.print(
        f"{summary['documents']} documents, {summary['blocks']} blocks, {summary['stories']} stories, "
        f"{summary['derivations']} derivations; wrote {out}",
        highlight=False,
    )
    if not summary["documents"]:
        raise typer.Exit(1)
    if summary["skipped"]:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="SQLite store.")] = Path("out/recoupe.db"),
    host: Annotated[str, typer.Option(help="Interface to bind (local only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
) -> None:
    """Browse the store in a web UI (http://127.0.0.1:8000)."""
    import uvicorn

    from recoupe.web.app import create_app

    if not db.exists():
        err_console.print(f"error: {db}: no such store (run `recoupe analyze` first)", highlight=False)
        raise typer.Exit(1)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


if __name__ == "__main__":  # pragma: no cover
    app()
