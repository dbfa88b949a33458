"""Grade tables (assistant.compare.GradeRow, one judgement each): text, Markdown with citations, CSV, rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from assistant.compare import GradeRow

GRADE_COLUMNS = [
    "organisation",
    "area",
    "grade",
    "inspection dates",
    "inspection end",
    "published",
    "inspectorate",
    "document",
    "page",
    "quote",
]


def grade_row(r: GradeRow) -> list[Any]:
    """One judgement as a table row, in GRADE_COLUMNS order."""
    return [
        r.organisation,
        r.area,
        r.grade,
        r.inspection_dates,
        r.inspection_end,
        r.published,
        r.inspectorate,
        r.title,
        r.page or "",
        r.quote,
    ]


def grades_csv(rows: Sequence[GradeRow]) -> str:
    """Every field of every judgement (GradeRow's fields as the header); empty for no rows."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(asdict(rows[0])))
        writer.writeheader()
        writer.writerows(asdict(r) for r in rows)
    return out.getvalue()


def grades_text(rows: Sequence[GradeRow]) -> str:
    """The judgements as fixed-width lines (the CLI)."""
    return "\n".join(
        f"{r.organisation:32.32s} {r.inspection_dates:32.32s} {r.area:36.36s} {r.grade:22s} p.{r.page}"
        for r in rows
    )


def grades_markdown(rows: Sequence[GradeRow], who: str) -> str:
    """The judgements as a Markdown table, each with a numbered citation (document, page, quote)."""
    lines = [
        f"# Inspection Chat grades: {who}",
        "",
        "| organisation | inspection | area | grade | source |",
        "|---|---|---|---|---|",
    ]
    for n, r in enumerate(rows, 1):
        when = r.inspection_dates or r.inspection_end or r.published
        lines.append(f"| {r.organisation} | {when} | {r.area} | {r.grade} | [{n}] |")
    lines += ["", "**Citations**", ""]
    lines += [
        f"{n}. {r.title} (`{r.source}`, p. {r.page or '–'}): “{r.quote}”" for n, r in enumerate(rows, 1)
    ]
    return "\n".join(lines) + "\n"
