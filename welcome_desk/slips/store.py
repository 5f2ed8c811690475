"""Where the PDF of each printed slip is kept, so it can be reprinted from the log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView
from welcome_desk.core.retention import slips_folder


__all__ = ["ensure_slip", "slip_path", "slips_folder"]


def slip_path(db: Database, entry: EntryView, lang: str, paper: str = "A5") -> Path:
    safe_lang = "".join(ch for ch in lang if ch.isalnum() or ch == "-")[:16] or "xx"
    safe_paper = "".join(ch for ch in paper if ch.isalnum())[:12] or "A5"
    # The slot time is part of the name: a rebooked appointment gets a new slip, not the old one.
    name = f"slip-{entry.id}-{entry.ticket}-{entry.at:%Y%m%d-%H%M}-{safe_lang}-{safe_paper}.pdf"
    return slips_folder(db) / f"{entry.day:%Y-%m}" / name


def ensure_slip(
    db: Database, centre: Centre, entry: EntryView, lang: str, paper: str, printed_at: dt.datetime
) -> Path:
    """The kept PDF of this entry's slip, written now if it is not there yet.

    A reprint gives the visitor the same slip as before. Raises OSError when the
    file cannot be written, ValueError for an unknown language or paper.
    """
    from welcome_desk.core.waiting import wait_info
    from welcome_desk.slips.compose import compose_slip
    from welcome_desk.slips.render import write_slip

    path = slip_path(db, entry, lang, paper)
    if not path.is_file():
        # Slips carry visitors' concerns: every folder of ours is owner-only (mkdir's
        # mode applies to the last part only, so each level is made on its own).
        slips_folder(db).mkdir(parents=True, exist_ok=True, mode=0o700)
        path.parent.mkdir(exist_ok=True, mode=0o700)
        write_slip(compose_slip(centre, entry, printed_at, wait_info(db, entry.id)), path, lang, paper)
    return path
