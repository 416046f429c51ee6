"""The documentation keeps up with the code: help for every command, README mentions them all."""

from __future__ import annotations

from pathlib import Path

import typer.main
from typer.testing import CliRunner

from newscli.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def visible_commands() -> list[str]:
    group = typer.main.get_command(app)
    return [name for name, command in group.commands.items() if not command.hidden]  # type: ignore[attr-defined]


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    for name in visible_commands():
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Examples:" in result.stdout and f"newscli {name}" in result.stdout


def test_readme_mentions_every_command() -> None:
    for name in visible_commands():
        assert f"newscli {name}" in README, name


def test_readme_quick_start_has_exactly_the_two_commands_ci_runs() -> None:
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    quick_start = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(quick_start) == 2
    install, test = quick_start
    assert "pip install" in install and "newscli clean samples/" in install
    assert test in ci
