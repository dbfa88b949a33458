"""Sentences as evidence, and citations whose quotes are checked against the page they name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.models import Citation
from ingest.models import Chunk, DocumentMeta
from ingest.vocabulary import BULLET_RE
from vectorstore.catalog import Catalog

_SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9‘“\"(•◼])|\n(?=\s*[•◼\u25aa\u25a0\uf000-\uf0ff\-]\s)|\n(?=\d{1,3}\.\s)"
)
# A section heading that states its grade ("The experiences and progress of care leavers: good") ends at its
# line, though no full stop does: the sentence after it is another. (Each lookbehind has a fixed width.)
_GRADED_HEADING_END = re.compile(
    "|".join(
        rf"(?<=:\s{grade})[ \t]*\n"
        for word in (
            "outstanding",
            "good",
            "inadequate",
            "requires improvement",
            "requires improvement to be good",
        )
        for grade in (word, word.capitalize())
    )
)
_WS = re.compile(r"\s+")
MAX_SENTENCE_CHARS = 450


def squash(text: str) -> str:
    """Whitespace-normalised text: how quotes are compared with pages (PDF lines wrap anywhere)."""
    return _WS.sub(" ", text).strip()


def quote_on_page(catalog: Catalog, doc_id: str, page: int | None, quote: str) -> bool:
    text = catalog.page_text(doc_id, page)
    return bool(text) and squash(quote) in squash(text)


@dataclass(frozen=True)
class Sentence:
    text: str  # verbatim (whitespace-squashed) from one page
    page: int | None
    chunk: Chunk


def sentences_of(chunk: Chunk, catalog: Catalog) -> list[Sentence]:
    """The chunk's sentences, each located on the page it stands on; sentences split by a page break are
    dropped (they would not quote one page)."""
    body = chunk.text
    if chunk.section and body.startswith(chunk.section + "\n"):
        body = body[len(chunk.section) + 1 :]
    pages = (
        list(range(chunk.page_start, (chunk.page_end or chunk.page_start) + 1))
        if chunk.page_start
        else [None]
    )
    page_texts = {p: squash(catalog.page_text(chunk.doc_id, p) or "") for p in pages}
    found: list[Sentence] = []
    # Text without pages (HTML, plain text) keeps one paragraph or caption per line; PDF lines wrap anywhere.
    pieces = body.split("\n") if chunk.page_start is None else [body]
    pieces = [part for piece in pieces for part in _GRADED_HEADING_END.split(piece)]
    for raw in (s for piece in pieces for s in _SENTENCE_SPLIT.split(piece)):
        text = squash(
            re.sub(r"^\s*\d{1,3}\.\s*(?=[A-Z‘“(])", "", raw)
        )  # "33.The" or "33. The": a paragraph number
        text = BULLET_RE.sub("", text)
        if len(text) < 12 or len(text) > MAX_SENTENCE_CHARS:
            continue  # fragments, and runs of table cells with no full stop
        page = next((p for p in pages if text in page_texts[p]), "missing")
        if page == "missing":
            continue
        found.append(Sentence(text, page, chunk))  # type: ignore[arg-type]
    return found


def neighbours(sentence: Sentence, catalog: Catalog) -> tuple[Sentence | None, Sentence | None]:
    """The sentences just before and just after this one in its chunk (None at either end)."""
    around = sentences_of(sentence.chunk, catalog)
    for here, candidate in enumerate(around):
        if candidate.text == sentence.text:
            before = around[here - 1] if here > 0 else None
            after = around[here + 1] if here + 1 < len(around) else None
            return before, after
    return None, None


def cite(meta: DocumentMeta, page: int | None, quote: str, section: str = "") -> Citation:
    return Citation(
        source=meta.source,
        title=meta.title,
        page=page,
        quote=squash(quote),
        doc_id=meta.doc_id,
        section=section,
        date=meta.inspection_end or meta.publication_date,
        organisation=meta.organisation,
        inspectorate=meta.inspectorate,
        doc_type=meta.doc_type,
    )


def verified(catalog: Catalog, citations: list[Citation]) -> tuple[list[Citation], list[str]]:
    """Keep citations whose quote is on the cited page; say which were dropped and why."""
    kept, flags = [], []
    for c in citations:
        if quote_on_page(catalog, c.doc_id, c.page, c.quote):
            kept.append(c)
        else:
            flags.append(f"dropped citation to {c.source} p.{c.page}: quote not found on that page")
    return kept, flags
