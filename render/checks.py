"""Claim and story checks (Answer with ``verdict`` and, for a story, ``parts``): text, Markdown, CSV, rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.models import Answer
from render.text import csv_text

VERDICT_WORDS = {"supported": "Supported", "contradicted": "Contradicted", "not_found": "Not found"}
STORY_COLUMNS = ["claim", "verdict", "why", "quote", "document", "date", "page"]
STORY_CSV_FIELDS = ["claim", "verdict", "reason", "quote", "title", "source", "page", "date"]


def verdict_word(verdict: str | None) -> str:
    return VERDICT_WORDS.get(verdict or "", (verdict or "").replace("_", " ").capitalize())


def story_text(result: Answer) -> str:
    """A checked story as the CLI prints it: the summary, then each claim's verdict, reason and quote."""
    lines = [result.answer]
    for part in result.parts:
        page = f" p.{part['page']}" if part["page"] else ""
        lines.append(f"- [{part['verdict']}] {part['claim']}\n    {part['reason']}")
        if part["quote"]:
            lines.append(
                f"    \u201c{part['quote']}\u201d ({part['source']}{page}, {part['date'] or 'undated'})"
            )
    return "\n".join(lines)


def story_summary(verdict: str | None, parts: Sequence[dict[str, Any]]) -> str:
    """'**Overall: Contradicted.** 3 claims checked: 0 supported, 1 contradicted, 2 not found.'"""
    counts = ", ".join(
        f"{sum(p.get('verdict') == v for p in parts)} {verdict_word(v).lower()}" for v in VERDICT_WORDS
    )
    noun = "claim" if len(parts) == 1 else "claims"
    return f"**Overall: {verdict_word(verdict)}.** {len(parts)} {noun} checked: {counts}."


def story_row(part: dict[str, Any]) -> list[Any]:
    """One claim of a story as a table row, in STORY_COLUMNS order."""
    return [
        part.get("claim", ""),
        verdict_word(part.get("verdict")),
        part.get("reason", ""),
        part.get("quote", ""),
        part.get("title", "") or part.get("source", ""),
        part.get("date") or "",
        part.get("page") or "",
    ]


def story_markdown(result: dict[str, Any]) -> str:
    """A checked story (Answer.to_json) as Markdown: the summary, then each claim with its verdict, reason
    and quote."""
    parts = result.get("parts", [])
    lines = ["# Inspection Chat story check", "", story_summary(result.get("verdict"), parts), ""]
    for n, p in enumerate(parts, 1):
        lines += [
            f"## {n}. {p.get('claim', '')}",
            "",
            f"**{verdict_word(p.get('verdict'))}.** {p.get('reason', '')}",
        ]
        if p.get("quote"):
            page = f", page {p['page']}" if p.get("page") else ""
            date = f" ({p['date']})" if p.get("date") else ""
            lines += [
                "",
                f"> {p['quote']}",
                "",
                f"— **{p.get('title') or p.get('source')}**{page}{date}, `{p.get('source')}`",
            ]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def story_csv(result: dict[str, Any]) -> str:
    rows = [
        [p.get(f) if p.get(f) is not None else "" for f in STORY_CSV_FIELDS] for p in result.get("parts", [])
    ]
    return csv_text([STORY_CSV_FIELDS, *rows])
