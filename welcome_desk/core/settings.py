"""Per-workstation settings, declared once and typed.

Stored as JSON in the user configuration folder. Unknown keys are ignored,
bad values fall back to the default, and a damaged file is kept aside rather
than overwritten.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from welcome_desk.core.paths import user_config_dir

UI_LANGUAGES = ("de", "en")
PAPERS = ("A4", "A5", "A6", "receipt80")
LOCK_MINUTES = (0, 2, 5, 10, 15, 30)  # the choices offered; 0 = never lock
THEMES = ("standard", "high_contrast")
FONT_SCALES = (100, 125, 150, 175, 200)  # per cent of the normal text size
MAX_COUNTER = 32  # characters of a counter's name on the display ("3", "3a", "Info")
COUNTER_WORDS = ("schalter", "counter")  # the word the display puts before the counter's name


def clean_counter(text: str | None) -> str:
    """A counter as calls carry it: one printable line, runs of spaces as one; "" = the room only.

    Raises ValueError (with the length) when it is longer than :data:`MAX_COUNTER`.
    """
    cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in (text or "")).split())
    word, _, rest = cleaned.partition(" ")
    if rest and word.casefold() in COUNTER_WORDS:  # "Schalter 3" typed in full: the display adds the word itself
        cleaned = rest
    if len(cleaned) > MAX_COUNTER:
        raise ValueError(f"the counter is {len(cleaned)} characters long; at most {MAX_COUNTER} are allowed")
    return cleaned


@dataclass(frozen=True)
class Settings:
    ui_language: str = "de"  # language of the interface
    paper: str = "A5"  # slip paper size at this desk
    staff: str = ""  # who works at this desk (initials or a role name, not required)
    printer: str = ""  # printer name; empty = system default
    open_preview: bool = True  # show the print preview before printing
    queue_unit: str = ""  # the unit the reception queue shows and calls for; empty = all units
    lock_minutes: int = 5  # lock the screen after this many minutes without input; 0 = off
    theme: str = "standard"  # "standard" or "high_contrast" (black, white, yellow focus)
    font_scale: int = 100  # text size in per cent, one of FONT_SCALES
    counter: str = ""  # this desk's counter, carried by every call made here ("3" → "Schalter 3"); "" = room only

    def validated(self) -> Settings:
        out = self
        if out.ui_language not in UI_LANGUAGES:
            out = replace(out, ui_language="de")
        if out.paper not in PAPERS:
            out = replace(out, paper="A5")
        if len(out.staff) > 64:  # longer than a staff column: use the system user instead
            out = replace(out, staff="")
        if not 0 <= out.lock_minutes <= 240:
            out = replace(out, lock_minutes=5)
        if out.theme not in THEMES:
            out = replace(out, theme="standard")
        if out.font_scale not in FONT_SCALES:
            out = replace(out, font_scale=nearest_scale(out.font_scale))
        try:
            out = replace(out, counter=clean_counter(out.counter))
        except ValueError:  # edited by hand beyond the limit: the room alone, as before a counter was set
            out = replace(out, counter="")
        return out


def nearest_scale(percent: int | float) -> int:
    """The allowed text size closest to ``percent`` (100 for nonsense)."""
    if isinstance(percent, bool) or not isinstance(percent, (int, float)) or percent != percent:
        return FONT_SCALES[0]
    return min(FONT_SCALES, key=lambda s: (abs(s - percent), s))


def step_scale(percent: int, steps: int) -> int:
    """The text size ``steps`` steps larger (or smaller, if negative), within FONT_SCALES."""
    i = FONT_SCALES.index(nearest_scale(percent))
    return FONT_SCALES[max(0, min(len(FONT_SCALES) - 1, i + steps))]


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        try:
            path.replace(path.with_suffix(".damaged.json"))
        except OSError:
            pass
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: f for f in fields(Settings)}
    values = {}
    for key, value in raw.items():
        field = known.get(key)
        if field is not None and isinstance(value, type(getattr(Settings(), key))) and not (
            isinstance(value, bool) and not isinstance(getattr(Settings(), key), bool)
        ):
            values[key] = value
    return Settings(**values).validated()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    from welcome_desk.core.files import write_text

    write_text(path, json.dumps(asdict(settings), indent=2, ensure_ascii=False))
