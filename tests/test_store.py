"""The SQLite store: idempotent ingest, replacement, accent-insensitive stemmed search, results with spans."""

from __future__ import annotations

from pathlib import Path

from recoupe.model import Analysis, DateMention, Document, Entity, Removed, Story
from recoupe.store import Store


def _doc(doc_id: str, text: str, h: str | None = None) -> Document:
    return Document(
        id=doc_id, source=f"/in/{doc_id}", text=text, language="fr", title="Titre", published="2025-03-05",
        removed=[Removed("Lire aussi", "read_also")], provenance={"title": "first-line"},
        content_hash=h or f"hash-{doc_id}-{len(text)}", raw="RAW " + text, raw_kind="text",
    )


def test_reingest_same_content_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    docs = [_doc("a.txt", "Les pompiers sont intervenus."), _doc("b.txt", "Le maire a parlé.")]
    with Store(path) as s:
        assert s.add_documents(docs) == (2, 0, 0)
    with Store(path) as s:  # a second run, a new connection
        assert s.add_documents(docs) == (0, 0, 2)
        assert s.count() == 2 and s.count("documents_fts") == 2


def test_changed_content_replaces_and_keeps_one_copy() -> None:
    with Store() as s:
        s.add_documents([_doc("a.txt", "Première version.", "h1")])
        assert s.add_documents([_doc("a.txt", "Seconde version corrigée.", "h2")]) == (0, 1, 0)
        (d,) = s.documents(["a.txt"])
        assert d.text == "Seconde version corrigée." and s.count("documents_fts") == 1
        assert not s.search("premiere")


def test_document_round_trip_keeps_raw_and_metadata() -> None:
    with Store() as s:
        s.add_documents([_doc("a.txt", "Texte propre.")])
        (d,) = s.documents()
        assert d.raw == "RAW Texte propre." and d.removed == [Removed("Lire aussi", "read_also")]
        assert d.provenance == {"title": "first-line"} and d.published == "2025-03-05"


def test_search_ignores_accents_case_and_plural() -> None:
    with Store() as s:
        s.add_documents([
            _doc("a.txt", "La défense civile a évacué 1 200 habitants de Valmoret."),
            _doc("b.txt", "Un soldat a été blessé."),
        ])
        assert [h["document"] for h in s.search("DEFENSE")] == ["a.txt"]
        assert [h["document"] for h in s.search("habitant evacue")] == ["a.txt"]
        assert [h["document"] for h in s.search("soldats")] == ["b.txt"]
        assert s.search("   ") == [] and s.search("inexistant") == []
        hit = s.search("défense")[0]
        assert "\x02défense\x03" in hit["snippet"].lower()


def test_search_survives_fts_syntax_in_query() -> None:
    with Store() as s:
        s.add_documents([_doc("a.txt", "Le ministre a dit non.")])
        assert s.search('"ministre') and s.search('ministre*') and s.search("NEAR(ministre)") == []


def test_results_are_stored_with_spans_and_stories_reload() -> None:
    d = _doc("a.txt", "Le mardi 4 mars, Claire Dumontel a parlé.")
    with Store() as s:
        s.add_documents([d])
        a = Analysis(documents=[d], stories=[Story("S0001", ["a.txt"], "Incendie")])
        a.entities = [Entity("E:claire-dumontel", "Claire Dumontel", "PER", ["Dumontel"], [d.ref(17, 32)])]
        a.dates = [DateMention(d.ref(3, 15), "2025-03-04")]
        s.save_analysis(a, {"format": "recoupe.dossier/1"})
        rows = s.db.execute("SELECT kind, document, start, end, text, owner FROM spans ORDER BY kind").fetchall()
        assert rows == [
            ("date", "a.txt", 3, 15, "mardi 4 mars", None),
            ("mention", "a.txt", 17, 32, "Claire Dumontel", "E:claire-dumontel"),
        ]
        assert s.stories() == [Story("S0001", ["a.txt"], "Incendie")]
        assert s.latest_dossier() == {"format": "recoupe.dossier/1"}
        s.save_analysis(a, {"format": "recoupe.dossier/1"})  # saving again does not duplicate spans
        assert s.count("spans") == 2


def test_unopenable_store_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    try:
        Store(bad)
    except Exception as exc:  # noqa: BLE001 - the type and message are what we check
        assert type(exc).__name__ == "RecoupeError" and str(bad) in str(exc)
    else:
        raise AssertionError("a corrupt store must be refused")


def test_export_writes_every_table_as_parquet(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from recoupe.store.export import TABLES, export_parquet

    d = _doc("a.txt", "Le mardi 4 mars, Claire Dumontel a parlé.")
    with Store() as s:
        s.add_documents([d])
        a = Analysis(documents=[d], stories=[Story("S0001", ["a.txt"], "Incendie")])
        a.dates = [DateMention(d.ref(3, 15), "2025-03-04")]
        s.save_analysis(a, {})
        counts = export_parquet(s, tmp_path)
    assert set(counts) == set(TABLES)
    spans = pq.read_table(tmp_path / "spans.parquet").to_pylist()
    assert spans[0]["text"] == "mardi 4 mars" and spans[0]["document"] == "a.txt"
    assert pq.read_table(tmp_path / "documents.parquet").num_rows == 1
    assert pq.read_table(tmp_path / "claims.parquet").num_rows == 0
