"""Themes across reports (assistant.themes.ThemesResult): the themes as a Markdown table with cited examples
and each theme's items, every item as CSV, and a theme's items as table rows (what a bar opens)."""

from __future__ import annotations

import csv
import io
from typing import Any

from assistant.themes import MIN_REPORTS, ThemesResult
from render.text import shorten, squash

ITEM_FIELDS = ["theme", "organisation", "inspection", "kind", "finding", "source", "page", "quote"]
ITEM_COLUMNS = ["organisation", "inspection", "finding", "page", "quote"]  # the table a bar opens


def theme_item_rows(result: ThemesResult, theme: int) -> list[list[Any]]:
    """The items of the theme at that 0-based rank, in ITEM_COLUMNS order; none for a rank out of range."""
    return [[row[c] if row[c] is not None else "" for c in ITEM_COLUMNS] for row in result.item_rows(theme)]


def themes_csv(result: ThemesResult) -> str:
    """Every item of every theme, one row each (ITEM_FIELDS); the header alone when there are none."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ITEM_FIELDS)
    writer.writeheader()
    writer.writerows(result.item_rows())
    return out.getvalue()


def themes_markdown(result: ThemesResult, items: bool = True, title: bool = False) -> str:
    """The themes as a table (rank, label, reports, findings, two cited examples), then each theme's items in
    a <details> block (``items``); ``title`` adds a heading naming the question (an export)."""
    head = [f"# Inspection Chat themes: {_md(result.question)}", ""] if title else []
    if not result.themes:
        return "\n".join(
            head
            + [
                f"**No recurring themes** in the {result.scope} ({result.findings} findings, "
                f"{result.reports} reports)."
            ]
        )
    lines = head + [
        f"**Themes of the {result.scope}**: {result.findings} findings in {result.reports} reports.",
        "",
        "| # | Theme | Reports | Findings | Examples |",
        "|---|---|---|---|---|",
    ]
    for n, t in enumerate(result.themes, start=1):
        examples = "<br>".join(
            f"{_md(e.organisation)} ({e.inspection}, p. {e.citation.page}): “{_md(shorten(squash(e.text), 140))}”"
            for e in t.examples()
        )
        lines.append(f"| {n} | {_md(t.label)} | {t.reports} | {t.findings} | {examples} |")
    if result.unthemed:
        lines += [
            "",
            f"{result.unthemed} other findings fall in no theme shared by {MIN_REPORTS} or more reports.",
        ]
    if items:
        for n, t in enumerate(result.themes, start=1):
            lines += ["", f"<details><summary>{n}. {_md(t.label)} ({t.findings} findings)</summary>", ""]
            lines += [
                f"- **{_md(i.organisation)}** ({i.inspection}, {i.kind}, p. {i.citation.page}): {_md(i.text)}"
                f" (`{i.citation.source}`)"
                for i in t.items
            ]
            lines += ["", "</details>"]
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
