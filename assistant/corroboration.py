"""Where a story or a statement in scope repeats what an answer took from a report.

A journalist checking a figure wants to see both: the report that states it and the coverage that repeats
it ("211 people waiting" in the probation report and in the local paper's story). An answer's lead quote
gives its key facts — its figures and the grade it leads with — and a sentence of a news story or a
statement about the same organisation that gives the same key facts, and shares the quote's words, is
cited after the answer's own citations. Nothing is added to the answer's text.
"""

from __future__ import annotations

import re

from assistant.evidence import cite, sentences_of
from assistant.models import Answer, Citation
from ingest.models import DocumentMeta
from ingest.vocabulary import GRADE_RE
from vectorstore.interfaces import Catalogue

# A figure worth matching: a share, or a number that is not a year and not a small count ("two", "3")
_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?%|\d{2,})(?![\d,]*\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[a-z]{4,}")
REPEATING_KINDS = ("news", "statement")
SHARED_WORDS = 2  # besides the figure, this many words of the lead quote: the same fact, not a coincidence


def key_facts(answer: Answer) -> set[str]:
    """The figures of the answer's lead quote, or the grade its first sentence gives."""
    lead = answer.citations[0].quote if answer.citations else ""
    figures = {f.replace(",", "") for f in _FIGURE.findall(lead) if not _YEAR.fullmatch(f)}
    if figures:
        return figures
    first = answer.answer.split(". ", 1)[0]
    grade = GRADE_RE.search(first)
    return {grade.group(0).lower()} if grade else set()


def corroborating(answer: Answer, docs: list[DocumentMeta], catalog: Catalogue) -> list[Citation]:
    """Citations of sentences in the news and statements among ``docs`` that repeat the answer's key facts."""
    if answer.abstained or answer.verdict or not answer.citations:
        return []
    cited = {c.doc_id for c in answer.citations}
    others = [d for d in docs if d.doc_id not in cited and d.doc_type in REPEATING_KINDS]
    keys = key_facts(answer) if others else set()
    if not keys:
        return []
    lead_words = set(_WORD.findall(answer.citations[0].quote.lower()))
    found: list[Citation] = []
    for doc in others:
        for chunk in catalog.chunks(doc.doc_id):
            match = next(
                (
                    s
                    for s in sentences_of(chunk, catalog)
                    if _repeats(s.text, keys)
                    and len(set(_WORD.findall(s.text.lower())) & lead_words) >= SHARED_WORDS
                ),
                None,
            )
            if match is not None:
                found.append(cite(doc, match.page, match.text, chunk.section))
                break
    return found


def _repeats(text: str, keys: set[str]) -> bool:
    low = text.lower().replace(",", "")
    return all(re.search(rf"(?<![\d.]){re.escape(key)}(?![\d])", low) for key in keys)
