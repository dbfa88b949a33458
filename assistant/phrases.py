"""Passages that hold the question's own words in a row ("children in care council"), from the few reports a
question is about. Ranked retrieval weighs words one by one, so a long report's one passage that writes
the asker's phrase can sit below passages that repeat its commoner words; a phrase few passages of the
report write is a pointer to the passage that answers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.retrieval import Passage
from assistant.sentences import content_words
from ingest.models import Chunk

PHRASE_MIN_WORDS = 3  # a run of this many of the question's words, two of them content words
PHRASE_MAX_WORDS = 6
PHRASE_MAX_PASSAGES = 2  # a phrase more passages of the report write ("children in care") points nowhere
PHRASE_SCOPE_DOCUMENTS = 3  # only for a question about this few reports: the pointer is cheap to follow there
PHRASE_EXTRA_PASSAGES = 2  # passages added to those retrieved, longest phrase first

_WORD = re.compile(r"[a-z0-9][a-z0-9’'-]*")


def _flat(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def question_phrases(asked: str) -> list[str]:
    """Runs of the question's words, longest first, each with at least two content words."""
    words = _WORD.findall(asked.lower())
    runs = {
        " ".join(words[i : i + n])
        for n in range(PHRASE_MIN_WORDS, PHRASE_MAX_WORDS + 1)
        for i in range(len(words) - n + 1)
    }
    return sorted((r for r in runs if len(content_words(r)) >= 2), key=lambda r: (-len(r.split()), r))


def phrase_passages(
    asked: str,
    doc_ids: list[str] | None,
    chunks_of: Callable[[str], Iterable[Chunk]],
    retrieved: list[Passage],
) -> list[Passage]:
    """Passages of the documents in scope, not among those retrieved, that write a phrase of the question
    few of their passages write (longest phrase first)."""
    if not doc_ids or len(doc_ids) > PHRASE_SCOPE_DOCUMENTS:
        return []
    have = {p.chunk.chunk_id for p in retrieved}
    chunks = [(c, f" {_flat(c.text)} ") for d in doc_ids for c in chunks_of(d)]
    added: list[Passage] = []
    for phrase in question_phrases(asked):
        holding = [c for c, text in chunks if f" {phrase} " in text]
        if not holding or len(holding) > PHRASE_MAX_PASSAGES:
            continue
        for chunk in holding:
            if chunk.chunk_id not in have:
                have.add(chunk.chunk_id)
                added.append(Passage(chunk, 0.0))
        if len(added) >= PHRASE_EXTRA_PASSAGES:
            break
    return added[:PHRASE_EXTRA_PASSAGES]
