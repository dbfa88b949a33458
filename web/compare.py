"""The Compare tab's plain functions: a comparison of organisations' inspections, with its exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.compare import Comparison
from render.comparisons import (
    change_rows,
    comparison_citations,
    comparison_csv,
    comparison_report,
    comparison_rows,
    recurring_markdown,
)
from web.chat import year_of

CHOOSE = "Choose one or more organisations to compare (and, if you like, the years)."


class Comparing(Protocol):
    def compare(self, organisations: list[str], years: list[int] | None = None) -> Comparison: ...


@dataclass
class CompareView:
    """A comparison as the Compare tab shows it, with its exports."""

    message: str  # Markdown: the summary lines and what is missing, or why there is nothing
    table: list[list[str]] = field(default_factory=list)  # comparison_rows(): header row first
    changes: list[list[str]] = field(default_factory=list)  # in CHANGE_COLUMNS order
    recurring: str = ""  # Markdown
    citations: str = ""  # Markdown
    markdown: str = ""  # the export
    csv: str = ""  # the export


def compare_view(
    assistant: Comparing, organisations: Sequence[str] | None, years: Sequence[Any] | None
) -> CompareView:
    """Assistant.compare for the organisations and years chosen (no years: every inspection)."""
    names = [o for o in organisations or [] if o]
    wanted = sorted({y for y in (year_of(v) for v in years or []) if y})
    if not names:
        return CompareView(CHOOSE)
    try:
        comparison = assistant.compare(names, wanted or None)
    except Exception as exc:  # noqa: BLE001 - an unknown organisation says so in plain words
        return CompareView(f"The comparison could not be made: {exc}")
    if not comparison.inspections:
        message = "No inspection with judgements was found for " + ", ".join(names) + "."
        return CompareView("  \n".join([message, *comparison.missing]))
    lines = list(comparison.summary) + [f"_{m}_" for m in comparison.missing]
    return CompareView(
        message="  \n".join(lines) or f"{len(comparison.inspections)} inspections compared.",
        table=comparison_rows(comparison),
        changes=change_rows(comparison),
        recurring=recurring_markdown(comparison.recurring),
        citations=comparison_citations(comparison),
        markdown=comparison_report(comparison, names, wanted),
        csv=comparison_csv(comparison),
    )
