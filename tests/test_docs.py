"""Docs that cannot drift: the README names every command and option, and the two set-up commands come first."""

from __future__ import annotations

from pathlib import Path

import typer.main

from recoupe.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands() -> None:
    head = "\n".join(README.splitlines()[:40])
    assert "make demo" in head and "make test" in head


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_names_every_command_and_analyze_option() -> None:
    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert f"recoupe {name}" in README, name
        if name == "analyze":
            for param in cmd.params:
                if param.opts[0].startswith("--"):
                    assert param.opts[0] in README, param.opts[0]
