"""A chunk's sentences, each located on the page it stands on: the units answers quote.

Ingest splits chunks with it (to embed their sentences once, when the document is stored) and the answerer
reads the same sentences back (assistant/evidence.py), so both see exactly the same texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.models import Chunk
from ingest.vocabulary import BULLET_RE, MONTH_PATTERN

_SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9‘“\"(•◼])|\n(?=\s*[•◼\u25aa\u25a0\uf000-\uf0ff\-]\s)|"
    # a numbered paragraph starts a sentence, its number followed by a space or not ("30.Most children")
    r"\n(?=\d{1,3}\.(?:\s|[A-Z‘“]))"
)
# A section heading that states its grade ("The experiences and progress of care leavers: good", its grade
# wrapped onto the next line or not) ends at its line, though no full stop does: the sentence after it is
# another.
_GRADED_HEADING_END = re.compile(
    r"(?i::\s*(?:requires\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate)[ \t]*\n)|"
    # ... and so does a judgement table's row, its grade capitalised at the end of the line ("Overall
    # effectiveness Outstanding"): the report's first paragraph, after the table, is a sentence of its own
    r"\b(?:Requires\s+improvement(?:\s+to\s+be\s+good)?|Outstanding|Good|Inadequate|Adequate)[ \t]*\n(?=[A-Z])|"
    # ... and a table's row of a figure ("Average detention time (all detainees) 12 hours 47 minutes"): a
    # short line with no full stop that ends in a count, share or length of time (a year ends too much prose
    # wrapped at its line end to count, and so does a date: "improvements by 28\nFebruary 2025" is prose, its
    # figure after a preposition)
    r"(?m:^[A-Z][^.\n]{5,90}?[a-z)](?<!\bby)(?<!\bon)(?<!\bof)(?<!\bin)\s+(?!(?:19|20)\d\d\b)"
    r"\d[\d,.]*(?:%|\s+per\s+cent|\s+(?:hours?|minutes?|days?|weeks?|months?|years?)(?:\s+\d+\s+minutes?)?)?"
    rf"[ \t]*\n(?=[A-Z])(?!(?i:{MONTH_PATTERN})\b))"
)
_WS = re.compile(r"\s+")
MAX_SENTENCE_CHARS = 450
# How far a sentence that runs over a page break may end from its page's end (a footer, a page number) and
# resume from the next page's start (a running header).
PAGE_TURN_CHARS = 300


def squash(text: str) -> str:
    """Whitespace-normalised text: how quotes are compared with pages (PDF lines wrap anywhere)."""
    return _WS.sub(" ", text).strip()


def split_after_graded_headings(text: str) -> list[str]:
    """The text cut after each graded section heading's line."""
    parts, start = [], 0
    for match in _GRADED_HEADING_END.finditer(text):
        parts.append(text[start : match.end()])
        start = match.end()
    return [*parts, text[start:]]


def runs_over_page_break(text: str, this_page: str, next_page: str) -> bool:
    """Whether a sentence begins at the end of one page and ends at the start of the next (all texts
    squashed): a page break inside the sentence, the next page's running header in between."""
    if not this_page or not next_page:
        return False
    ending = this_page[-(len(text) + PAGE_TURN_CHARS) :]
    opening = next_page[: len(text) + PAGE_TURN_CHARS]
    spaces = [m.start() for m in re.finditer(" ", text)]
    return any(text[:k] in ending and text[k + 1 :] in opening for k in reversed(spaces))


def split_sentences(
    chunk: Chunk, page_text: Callable[[int | None], str | None]
) -> list[tuple[str, int | None]]:
    """(text, page) of each of the chunk's sentences, located on the page it stands on (``page_text`` gives a
    page's text of the chunk's document). A sentence that a page break splits is located on the page it
    begins on: a finding is often the sentence that runs over a page."""
    body = chunk.text
    if chunk.section and body.startswith(chunk.section + "\n"):
        body = body[len(chunk.section) + 1 :]
    pages = (
        list(range(chunk.page_start, (chunk.page_end or chunk.page_start) + 1))
        if chunk.page_start
        else [None]
    )
    page_texts = {p: squash(page_text(p) or "") for p in pages}
    found: list[tuple[str, int | None]] = []
    # Text without pages (HTML, plain text) keeps one paragraph or caption per line; PDF lines wrap anywhere.
    pieces = body.split("\n") if chunk.page_start is None else [body]
    pieces = [part for piece in pieces for part in split_after_graded_headings(piece)]
    for raw in (s for piece in pieces for s in _SENTENCE_SPLIT.split(piece)):
        text = squash(
            re.sub(r"^\s*\d{1,3}\.\s*(?=[A-Z‘“(])", "", raw)
        )  # "33.The" or "33. The": a paragraph number
        text = BULLET_RE.sub("", text)
        if len(text) < 12 or len(text) > MAX_SENTENCE_CHARS:
            continue  # fragments, and runs of table cells with no full stop
        page = next((p for p in pages if text in page_texts[p]), "missing")
        if page == "missing":
            turns = zip(pages, pages[1:], strict=False)  # each page and the next
            page = next(
                (p for p, q in turns if runs_over_page_break(text, page_texts[p], page_texts[q])), "missing"
            )
        if page == "missing":
            continue
        found.append((text, page))  # type: ignore[arg-type]
    return found
