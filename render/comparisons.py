"""Comparisons (assistant.compare.Comparison): a table of judgements per area, changes, recurring
improvement items and citations, as text, Markdown, CSV and JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from assistant.compare import Comparison
from render.text import csv_text

CHANGE_COLUMNS = ["organisation", "area", "between", "from", "to", "change"]


def comparison_rows(result: Comparison) -> list[list[str]]:
    """The judgements table: a header row (organisation, inspection, source, then each area), one row per
    inspection."""
    areas = result.areas()
    rows = [["organisation", "inspection", "source", *areas]]
    for i in result.inspections:
        rows.append([i.organisation, i.label, i.source, *[i.grades.get(a, "") for a in areas]])
    return rows


def change_rows(result: Comparison) -> list[list[str]]:
    """One row per change between two inspections, in CHANGE_COLUMNS order."""
    return [[c.get(k, "") for k in CHANGE_COLUMNS] for c in result.changes]


def comparison_csv(result: Comparison) -> str:
    citations = [
        ["citation", c.source, str(c.page or ""), c.quote] for i in result.inspections for c in i.citations
    ]
    return csv_text(comparison_rows(result) + citations)


def comparison_json(result: Comparison) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2)


def comparison_markdown(result: Comparison) -> str:
    rows = comparison_rows(result)
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    if result.changes:
        lines += ["", "**Changes**", ""]
        lines += [
            f"- {c['organisation']}, {c['area']}: {c['from']} → {c['to']} ({c['change']})"
            for c in result.changes
        ]
    for group in result.recurring:
        lines += [
            "",
            f"**Recurring in {group['organisation']}** ({', '.join(map(str, group['inspections']))})",
            "",
        ]
        lines += [f"- {item}" for item in group["items"]]  # type: ignore[union-attr]
    if result.summary:
        lines += ["", *result.summary]
    lines += ["", "**Citations**", ""]
    for c in (c for i in result.inspections for c in i.citations):
        lines.append(f"- {c.title} ({c.source}, p.{c.page}): “{c.quote}”")
    return "\n".join(lines)


def comparison_text(result: Comparison) -> str:
    rows = comparison_rows(result)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    text = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    text += [
        f"{c['organisation']}, {c['area']}: {c['from']} -> {c['to']} ({c['change']})" for c in result.changes
    ]
    for group in result.recurring:
        text.append(f"Recurring in {group['organisation']}:")
        text += [f"  - {item}" for item in group["items"]]  # type: ignore[union-attr]
    return "\n".join(text + result.summary + result.missing)


def comparison_report(result: Comparison, names: Sequence[str], years: Sequence[int]) -> str:
    """The Markdown export of a comparison: a heading naming what was compared, the comparison, and what
    the index does not hold."""
    heading = f"# Inspection Chat comparison: {', '.join(names)}" + (
        f" ({', '.join(map(str, years))})" if years else ""
    )
    markdown = heading + "\n\n" + comparison_markdown(result).rstrip() + "\n"
    if result.missing:
        markdown += "\n" + "\n".join(f"- {m}" for m in result.missing) + "\n"
    return markdown


def recurring_markdown(recurring: Sequence[dict[str, Any]]) -> str:
    """The "what needs to improve" items that come back, per organisation."""
    if not recurring:
        return "_No “what needs to improve” item comes back in a later inspection of the organisations compared._"
    lines = []
    for group in recurring:
        lines += [
            f"**{group['organisation']}** (inspections of {', '.join(map(str, group['inspections']))})",
            "",
        ]
        lines += [f"- {item}" for item in group["items"]]
        lines.append("")
    return "\n".join(lines).rstrip()


def comparison_citations(result: Comparison) -> str:
    """Markdown: for each inspection, its document and the quotes its judgements rest on."""
    lines = []
    for i in result.inspections:
        title = i.citations[0].title if i.citations else i.source
        lines += [f"**{i.organisation}, {i.label}**: *{title}* (`{i.source}`)", ""]
        lines += [f"- p. {c.page or '–'}: “{c.quote}”" for c in i.citations]
        lines.append("")
    return "\n".join(lines).rstrip()
