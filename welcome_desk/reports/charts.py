"""Charts for reports and the review window, drawn with matplotlib.

The draw functions fill a :class:`matplotlib.figure.Figure` they are given, so
the same chart goes into a PDF (rendered with the Agg backend to PNG here) and
into the review window (a Qt canvas there). No pyplot: figures are plain
objects, nothing global, safe to make off the GUI thread. matplotlib is imported
only when a chart is drawn.
"""

from __future__ import annotations

import io
from typing import Callable, Sequence

from welcome_desk.reports import phrases as P

BLUE = "#1f5f99"
LIGHT = "#8db8e0"
ORANGE = "#c26a12"
GREY = "#5b6775"
GRID = "#d8dee5"
FONT_SIZE = 9


def _style(ax, title: str, xlabel: str = "", ylabel: str = "") -> None:
    ax.set_title(title, fontsize=FONT_SIZE + 2, loc="left", color="#1d2733", fontweight="bold", pad=8)
    ax.set_xlabel(xlabel, fontsize=FONT_SIZE, color=GREY)
    ax.set_ylabel(ylabel, fontsize=FONT_SIZE, color=GREY)
    ax.tick_params(labelsize=FONT_SIZE - 1, colors="#33414f", length=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(GRID)
    ax.set_axisbelow(True)


def _integer_axis(axis, lang: str) -> None:
    """Whole numbers only, with the language's thousands separator."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: P.number(value, lang)))


def _empty(ax, lang: str) -> None:
    ax.text(0.5, 0.5, P.t("no_entries", lang), ha="center", va="center", fontsize=FONT_SIZE + 1, color=GREY,
            transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def _shorten(text: str, limit: int = 38) -> str:
    """A long label on two or three lines instead of cut off."""
    import textwrap

    return "\n".join(textwrap.wrap(text, limit)) or text


def draw_hours(fig, by_hour: dict[int, int], lang: str, title: str | None = None) -> None:
    """Visits per hour of day (bars, every hour between the first and last shown)."""
    ax = fig.add_subplot()
    _style(ax, P.t("by_hour", lang) if title is None else title, P.t("hour", lang), P.t("visits", lang))
    if not by_hour:
        _empty(ax, lang)
        return
    hours = list(range(min(by_hour), max(by_hour) + 1))
    values = [by_hour.get(h, 0) for h in hours]
    bars = ax.bar(hours, values, color=BLUE, width=0.7)
    ax.set_xticks(hours, [f"{h:02d}" for h in hours])
    ax.yaxis.grid(True, color=GRID, linewidth=0.8)
    _integer_axis(ax.yaxis, lang)
    if len(hours) <= 14:
        ax.bar_label(bars, labels=[P.number(v, lang) if v else "" for v in values], fontsize=FONT_SIZE - 1,
                     color="#33414f", padding=2)
    ax.margins(y=0.12)


def draw_ranking(fig, items: Sequence[tuple[str, int]], lang: str, title: str, top: int = 10) -> None:
    """Horizontal bars, largest on top; the rest summed up as "Other"."""
    ax = fig.add_subplot()
    _style(ax, title)
    if not items:
        _empty(ax, lang)
        return
    items = list(items)
    if len(items) > top:
        rest = sum(n for _, n in items[top - 1:])
        items = items[: top - 1] + [(P.t("other", lang), rest)]
    labels = [_shorten(name) for name, _ in items][::-1]
    values = [n for _, n in items][::-1]
    bars = ax.barh(range(len(values)), values, color=BLUE, height=0.65)
    ax.set_yticks(range(len(values)), labels)
    ax.xaxis.grid(True, color=GRID, linewidth=0.8)
    ax.spines["bottom"].set_visible(False)
    ax.spines["left"].set_visible(True)
    ax.spines["left"].set_color(GRID)
    _integer_axis(ax.xaxis, lang)
    ax.bar_label(bars, labels=[P.number(v, lang) for v in values], fontsize=FONT_SIZE - 1, color="#33414f", padding=3)
    ax.margins(x=0.12)


def draw_trend(fig, points, period: str, lang: str, title: str | None = None) -> None:
    """Walk-ins and appointments per week or month, stacked (appointments hatched, so it reads in grey too)."""
    ax = fig.add_subplot()
    default = P.t("by_week", lang) if period == "week" else P.t("by_month", lang)
    _style(ax, default if title is None else title, "", P.t("visits", lang))
    if not points or not any(p.visits for p in points):
        _empty(ax, lang)
        return
    labels = [period_label(p.start, period, lang) for p in points]
    x = list(range(len(points)))
    walk = [p.walk_ins for p in points]
    appt = [p.appointments for p in points]
    ax.bar(x, walk, color=BLUE, width=0.7, label=P.t("walk_ins", lang))
    ax.bar(x, appt, bottom=walk, color=LIGHT, width=0.7, hatch="///", edgecolor="white", linewidth=0,
           label=P.t("appointments", lang))
    totals = [w + a for w, a in zip(walk, appt)]
    if len(points) <= 16:
        for xi, total in zip(x, totals):
            if total:
                ax.annotate(P.number(total, lang), (xi, total), ha="center", va="bottom",
                            fontsize=FONT_SIZE - (1 if len(points) <= 8 else 2),
                            color="#33414f", xytext=(0, 2), textcoords="offset points")
    ax.set_xticks(x, labels, rotation=0 if len(points) <= 8 else 45, ha="center" if len(points) <= 8 else "right")
    ax.yaxis.grid(True, color=GRID, linewidth=0.8)
    _integer_axis(ax.yaxis, lang)
    ax.margins(y=0.15)
    ax.legend(fontsize=FONT_SIZE - 1, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.18 if len(points) > 8 else -0.1),
              ncols=2)


def period_label(start, period: str, lang: str) -> str:
    if period == "month":
        return f"{P.month_name(start.month, lang, short=True)} {start:%y}"
    if period == "week":
        return P.t("week_label", lang, week=start.isocalendar().week)
    return start.strftime("%d.%m.") if lang == "de" else start.strftime("%m-%d")


def png(draw: Callable[[object], None], width_cm: float, height_cm: float, dpi: int = 160) -> bytes:
    """Render a chart to PNG with the Agg backend (headless)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    draw(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()
