"""Questions that ask for a row of a report's table of details ("how many pupils does it have", "who is the
registered manager", "what is its age range"): which row, if any, and nothing besides."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.corpus_profile import word_stem
from assistant.sentences import content_words
from ingest.models import DocumentMeta, Fact
from ingest.vocabulary import DETAIL_KIND, DETAIL_LABELS, DetailKind

# Words of asking for a detail, never what is asked about ("how many pupils does it have", "what is its URN")
DETAIL_QUESTION_WORDS = frozenset(
    "whats who's whos name named called have got currently total its their number".split()
)
HEAD_TEACHER = re.compile(r"\bhead\s+teacher", re.I)
_ASKS_COUNT = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bhow\s+big\b", re.I)
_ASKS_WHO_OR_NAME = re.compile(r"^\W*(?:who|whos)\b|\bname\s+of\b|\bwho['’]s\b|\bwho\s+(?:is|was)\b", re.I)


def asked_words(focus: str) -> set[str]:
    """The stems of what a question asks about, once its words of asking and the body's name are gone."""
    return {
        word_stem(w) for w in content_words(HEAD_TEACHER.sub("headteacher", focus)) - DETAIL_QUESTION_WORDS
    }


def detail_asked(question: str, asked_stems: set[str], label: str) -> bool:
    """The question asks for the row labelled ``label`` and nothing else: each word it asks about is one of
    the label's ("pupils" of "Number of pupils on the school roll"); a count is asked as a count, a person in
    a role by who and by every word of the role, any other row by the words before its "of" ("age range" of
    "Age range of pupils")."""
    kind = DETAIL_LABELS.get(label)
    words = {word_stem(w) for w in re.findall(r"[a-z]+", HEAD_TEACHER.sub("headteacher", label.lower()))} - {
        word_stem(w) for w in ("of", "the", "on", "number")
    }
    if not asked_stems or not asked_stems <= words:
        return False
    if kind == DetailKind.COUNT:
        return bool(_ASKS_COUNT.search(question))
    if kind == DetailKind.ROLE:
        return bool(_ASKS_WHO_OR_NAME.search(question)) and words <= asked_stems
    head = {word_stem(w) for w in re.findall(r"[a-z]+", label.lower().split(" of ")[0])}
    return head <= asked_stems


def detail_rows(doc: DocumentMeta) -> Iterator[tuple[Fact, str, str]]:
    """The rows of the document's table of details: each fact, its label and its value."""
    for fact in doc.facts:
        if fact.kind == DETAIL_KIND:
            label, _, value = fact.value.partition(": ")
            yield fact, label, value


def counted_by(label: str) -> str | None:
    """The stem of what a count row counts: the last word after "number of" and before any "on", "in"
    ("places" of "Number of registered places", "pupils" of "Number of pupils on the school roll"); None for a
    row that counts nothing."""
    if DETAIL_LABELS.get(label) != DetailKind.COUNT:
        return None
    head = re.search(r"number\s+of\s+((?:(?!on\b|in\b|at\b|for\b)[a-z]+\s*)+)", label.lower())
    return word_stem(head.group(1).split()[-1]) if head else None


def detail_asked_for(
    question: str, focus: str, docs: list[DocumentMeta]
) -> tuple[DocumentMeta, Fact, str, str] | None:
    """The first document's row the question asks for: the document, the row, its label and its value."""
    asked = asked_words(focus)
    for doc in docs:
        for fact, label, value in detail_rows(doc):
            if detail_asked(question, asked, label):
                return doc, fact, label, value
    return None
