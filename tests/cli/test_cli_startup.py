"""Each command does its own work only: the window's start skips the sub-command parsers,
``log`` builds no router."""

from __future__ import annotations

import pytest

from welcome_desk import cli


def test_without_a_command_the_window_opens_with_the_global_options(monkeypatch):
    from welcome_desk.ui import app as app_module

    calls = []
    monkeypatch.setattr(app_module, "run_gui", lambda db, centre: calls.append((db, centre)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["--db", "sqlite:///x.sqlite", "--centre", "giessen", "--staff", "RB"]) == 0
    assert cli.main(["--centre=route"]) == 0  # an option's value is not a command
    assert calls == [(None, None), ("sqlite:///x.sqlite", "giessen"), (None, "route")]


def test_commands_and_mistakes_still_go_through_the_full_parser(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--bogus"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["route"])  # the command's own parser: text is required
    assert "required: text" in capsys.readouterr().err


def test_the_day_log_builds_no_router(tmp_db_url, monkeypatch, capsys):
    from welcome_desk.core import routing

    assert cli.main(["--db", tmp_db_url, "route", "Wohnung"]) == 0  # the database and a router, once

    def no_router(self, centre):
        raise AssertionError("the day log built a router")

    monkeypatch.setattr(routing.Router, "__init__", no_router)
    capsys.readouterr()
    code = cli.main(["--db", tmp_db_url, "log", "--date", "2026-11-23", "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.splitlines()[0]  # the CSV header


def test_a_command_builds_only_its_own_groups_parsers(tmp_db_url, monkeypatch, capsys):
    """argparse looks up every help text's translation on disk: the other groups' parsers cost time."""
    def not_needed(sub):
        raise AssertionError("built the parsers of another group")

    for group in cli.groups():
        if "route" not in group.COMMANDS:
            monkeypatch.setattr(group, "add_parsers", not_needed)
    assert cli.main(["--db", tmp_db_url, "route", "Wohnung"]) == 0
    assert "refugee-affairs" in capsys.readouterr().out
