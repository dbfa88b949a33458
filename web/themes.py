"""The Themes tab's plain functions: the recurring themes of the improvement findings of the reports a
question, years or organisations select, as bars; each theme's items, cited; the exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.models import Citation
from assistant.themes import MIN_REPORTS, ThemesResult
from render.themes import theme_item_rows, themes_csv, themes_markdown
from web.chat import year_of

CHOOSE = (
    "Ask what recurs (e.g. *most common areas for improvement*, *recurring weaknesses for care leavers*) "
    "and/or choose years or organisations, then press **Show themes**."
)
CHART_COLUMNS = ["bar", "theme", "reports", "findings"]
BAR_AXIS = "Each bar: how many reports list findings of that theme (hover for the number of findings)."


class Theming(Protocol):
    def themes(
        self,
        question: str = "",
        *,
        years: list[int] | None = None,
        organisations: list[str] | None = None,
    ) -> ThemesResult: ...


@dataclass
class ThemesView:
    """Themes as the Themes tab shows them: a bar per theme, each theme's items and their citations."""

    message: str  # Markdown: what was grouped, or why there is nothing
    bars: list[str] = field(default_factory=list)  # one label per theme, "1. Label", most common first
    chart: list[dict[str, Any]] = field(default_factory=list)  # CHART_COLUMNS keys
    items: list[list[list[Any]]] = field(default_factory=list)  # per theme: render.themes.ITEM_COLUMNS rows
    citations: list[list[Citation]] = field(default_factory=list)  # per theme: each item's citation
    markdown: str = ""  # the export
    csv: str = ""  # the export


def bar_label(rank: int, label: str) -> str:
    """A bar's label: the rank keeps two themes with the same words apart."""
    return f"{rank}. {label}"


def themes_view(
    assistant: Theming,
    text: str | None,
    years: Sequence[Any] | None = None,
    organisations: Sequence[str] | None = None,
) -> ThemesView:
    """Assistant.themes for a question or a topic ('care leavers in 2023': its words narrow the findings),
    the years and the organisations chosen (none: all)."""
    text = (text or "").strip()
    wanted = sorted({y for y in (year_of(v) for v in years or []) if y})
    names = [o for o in organisations or [] if o]
    try:
        result = assistant.themes(text, years=wanted or None, organisations=names or None)
    except Exception as exc:  # noqa: BLE001 - the tab says what went wrong in plain words
        return ThemesView(f"The themes could not be found: {exc}")
    return view_of(result)


def view_of(result: ThemesResult) -> ThemesView:
    if not result.findings:
        return ThemesView(f"No report in the index lists {result.scope}.")
    counts = f"{result.findings} findings in {result.reports} reports"
    if not result.themes:
        return ThemesView(
            f"No theme recurs in the {result.scope}: {counts}, none shared by {MIN_REPORTS} or more reports.",
            markdown=themes_markdown(result, title=True),
        )
    bars = [bar_label(n, t.label) for n, t in enumerate(result.themes, start=1)]
    lines = [f"**{len(bars)} themes** of the {result.scope} ({counts})."]
    if result.unthemed:
        lines.append(
            f"_{result.unthemed} findings fall in no theme shared by {MIN_REPORTS} or more reports._"
        )
    return ThemesView(
        message="  \n".join(lines),
        bars=bars,
        chart=[
            {"bar": bar, "theme": t.label, "reports": t.reports, "findings": t.findings}
            for bar, t in zip(bars, result.themes, strict=True)
        ],
        items=[theme_item_rows(result, n) for n in range(len(result.themes))],
        citations=[[i.citation for i in t.items] for t in result.themes],
        markdown=themes_markdown(result, title=True),
        csv=themes_csv(result),
    )


def themes_frame(chart: Sequence[dict[str, Any]]) -> Any:
    """The bar chart's pandas DataFrame (a bar per theme, its height the number of reports)."""
    import pandas as pd

    frame = pd.DataFrame(list(chart), columns=CHART_COLUMNS)
    frame["reports"] = frame["reports"].astype("int64")
    frame["findings"] = frame["findings"].astype("int64")
    return frame


def theme_index(bars: Sequence[str], value: Any) -> int | None:
    """Which theme a choice means: a bar's label (the dropdown), the labels a bar selection covers (the
    chart's select event gives a list), or a 0-based rank; None when it names none."""
    if isinstance(value, list | tuple):
        found = [i for i in (theme_index(bars, v) for v in value) if i is not None]
        return found[0] if found else None
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value < len(bars) else None
    if isinstance(value, str) and value in bars:
        return bars.index(value)
    return None


def theme_heading(view: ThemesView, index: int | None) -> str:
    """What the items table shows: the theme, its counts; or how to open one."""
    if index is None or not 0 <= index < len(view.chart):
        return "Choose a theme (or drag across its bar) to see its findings." if view.bars else ""
    row = view.chart[index]
    return f"**{row['bar']}**: {row['findings']} findings in {row['reports']} reports."
