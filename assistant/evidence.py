"""Sentences as evidence, and citations whose quotes are checked against the page they name."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.models import Citation
from ingest.models import Chunk, DocumentMeta
from ingest.sentences import runs_over_page_break, split_sentences, squash
from vectorstore.catalog import Catalog


def quote_on_page(catalog: Catalog, doc_id: str, page: int | None, quote: str) -> bool:
    """Whether the quote stands on that page, or begins at its end and runs on to the next page's start."""
    text = squash(catalog.page_text(doc_id, page) or "")
    if not text:
        return False
    quote = squash(quote)
    if quote in text:
        return True
    following = catalog.page_text(doc_id, page + 1) if page is not None else None
    return bool(following) and runs_over_page_break(quote, text, squash(following or ""))


@dataclass(frozen=True)
class Sentence:
    text: str  # verbatim (whitespace-squashed) from one page, or from its end and the next page's start
    page: int | None  # where it begins
    chunk: Chunk


def sentences_of(chunk: Chunk, catalog: Catalog) -> list[Sentence]:
    """The chunk's sentences, each located on the page it stands on (ingest.sentences.split_sentences, the
    pages read from the catalogue)."""
    return [
        Sentence(text, page, chunk)
        for text, page in split_sentences(chunk, lambda p: catalog.page_text(chunk.doc_id, p))
    ]


def sentences_before(sentence: Sentence, catalog: Catalog, count: int) -> list[Sentence]:
    """Up to ``count`` sentences just before this one in its chunk, the nearest first."""
    around = sentences_of(sentence.chunk, catalog)
    here = _position(sentence, around)
    return [] if here is None else around[max(0, here - count) : here][::-1]


def _position(sentence: Sentence, around: list[Sentence]) -> int | None:
    return next((i for i, candidate in enumerate(around) if candidate.text == sentence.text), None)


def neighbours(sentence: Sentence, catalog: Catalog) -> tuple[Sentence | None, Sentence | None]:
    """The sentences just before and just after this one in its chunk (None at either end)."""
    around = sentences_of(sentence.chunk, catalog)
    here = _position(sentence, around)
    if here is not None:
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
