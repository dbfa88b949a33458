"""The Check a story tab's plain functions: every claim of a story checked, one row each, with the page
its quote is on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.models import Answer, Citation, Filters
from assistant.story import part_row
from ingest.models import DocumentMeta
from render.checks import story_row, story_summary
from render.text import shorten

STORY_PROMPT = (
    "Paste a story, a paragraph or a single claim, then press **Check**: each checkable sentence gets a "
    "verdict and the quote it rests on."
)


class Checking(Protocol):
    """What a story check needs of the Assistant."""

    @property
    def documents(self) -> list[DocumentMeta]: ...

    def check(self, claim: str, filters: Filters | None = None) -> Answer: ...

    def check_text(self, text: str, filters: Filters | None = None) -> Answer: ...


@dataclass
class StoryCheck:
    """A checked story as the Check tab shows it: a summary line, one row per claim, the quoted pages."""

    summary: str  # Markdown
    rows: list[list[Any]] = field(default_factory=list)  # in render.checks.STORY_COLUMNS order
    citations: list[Citation | None] = field(default_factory=list)  # per row: the quote's page, if any
    result: dict[str, Any] = field(default_factory=dict)  # Answer.to_json(), with parts, for export


def check_story(assistant: Checking, text: str) -> StoryCheck:
    """Check every claim of a story (Assistant.check_text); text with no checkable sentence is checked
    as one claim (Assistant.check), so a single short claim still gets a verdict."""
    text = (text or "").strip()
    if not text:
        return StoryCheck(STORY_PROMPT)
    try:
        answer = assistant.check_text(text)
        if not answer.parts:
            answer = assistant.check(text)
            answer.parts = [part_row(answer)]
    except Exception as exc:  # noqa: BLE001 - the tab answers every request
        return StoryCheck(f"The text could not be checked: {type(exc).__name__}: {exc}")
    rows = [story_row(part) for part in answer.parts]
    citations = [part_citation(assistant.documents, part, answer.citations) for part in answer.parts]
    return StoryCheck(story_summary(answer.verdict, answer.parts), rows, citations, answer.to_json())


def part_citation(
    documents: Sequence[DocumentMeta], part: dict[str, Any], citations: Sequence[Citation]
) -> Citation | None:
    """The citation behind a claim's quote: one of the answer's, else one made from the part and its
    document (so the page can be shown); None for a claim without a quote."""
    if not part.get("quote"):
        return None
    key = (part.get("source"), part.get("page"), part.get("quote"))
    for c in citations:
        if (c.source, c.page, c.quote) == key:
            return c
    doc_id = next((d.doc_id for d in documents if d.source == part.get("source")), "")
    return Citation(
        source=str(part.get("source") or ""),
        title=str(part.get("title") or part.get("source") or ""),
        page=part.get("page"),
        quote=str(part["quote"]),
        doc_id=doc_id,
        date=part.get("date"),
    )


def story_choices(check: StoryCheck) -> list[tuple[str, int]]:
    """One choice per row whose quote can be shown: '[n] claim… — document, p. N'."""
    choices = []
    for n, (row, c) in enumerate(zip(check.rows, check.citations, strict=True)):
        if c is not None:
            page = f", p. {c.page}" if c.page else ""
            choices.append((f"[{n + 1}] {shorten(row[0], 60)} — {c.title}{page}", n))
    return choices
