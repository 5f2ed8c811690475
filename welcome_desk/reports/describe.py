"""Report wording for what was selected: the date range and the filters, in words."""

from __future__ import annotations

from welcome_desk.core.centre import Centre
from welcome_desk.core.logquery import NO_CONCERN, LogFilter, Names
from welcome_desk.reports import phrases as P


def range_text(flt: LogFilter, lang: str) -> str:
    if flt.last == flt.start:
        return P.date_text(flt.start, lang)
    return f"{P.date_text(flt.start, lang)} – {P.date_text(flt.last, lang)}"


def filter_parts(flt: LogFilter, centre: Centre, lang: str) -> list[tuple[str, str]]:
    """(label, value) for every filter that is set, values in words."""
    names = Names.of(centre, lang)
    parts = []
    if flt.unit is not None:
        parts.append((P.t("unit", lang), names.unit(flt.unit)))
    if flt.concern is not None:
        parts.append((P.t("concern", lang), P.t("no_concern", lang) if flt.concern == NO_CONCERN else names.concern(flt.concern)))
    if flt.status is not None:
        parts.append((P.t("status", lang), P.label(flt.status, lang)))
    if flt.language is not None:
        parts.append((P.t("language", lang), flt.language))
    if flt.staff is not None:
        parts.append((P.t("staff", lang), flt.staff or "—"))
    if flt.kind is not None:
        parts.append((P.t("kind", lang), P.label(flt.kind, lang)))
    return parts


def filter_text(flt: LogFilter, centre: Centre, lang: str) -> str:
    parts = filter_parts(flt, centre, lang)
    return "; ".join(f"{k}: {v}" for k, v in parts) if parts else P.t("no_filters", lang)
