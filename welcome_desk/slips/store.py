"""Where the PDF of each printed slip is kept, so it can be reprinted from the log."""

from __future__ import annotations

from pathlib import Path

from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView
from welcome_desk.core.paths import user_data_dir


def slips_folder(db: Database) -> Path:
    """Beside a SQLite file; in the user data folder for server databases."""
    base = db.path.parent if db.path is not None else user_data_dir()
    return base / "slips"


def slip_path(db: Database, entry: EntryView, lang: str) -> Path:
    safe_lang = "".join(ch for ch in lang if ch.isalnum() or ch == "-")[:16] or "xx"
    return slips_folder(db) / f"{entry.day:%Y-%m}" / f"slip-{entry.id}-{entry.ticket}-{safe_lang}.pdf"
