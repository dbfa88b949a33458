"""A phrase of the question that few passages of the report write points to the passage that answers."""

from __future__ import annotations

from assistant.phrases import phrase_passages, question_phrases
from assistant.retrieval import Passage
from ingest.models import Chunk


def _chunk(n: int, text: str, doc_id: str = "d1") -> Chunk:
    return Chunk(f"{doc_id}-{n}", doc_id, text, 1, 1, "Body", n)


COMMON = "Children in care are seen regularly by their social workers, who know them well."
PANEL = (
    "Young people are proud of the young people's panel (YPP), the equivalent of a children in care council."
)
REPORT = [_chunk(i, COMMON) for i in range(6)] + [_chunk(6, PANEL)]


def _chunks_of(doc_id: str) -> list[Chunk]:
    return [c for c in REPORT if c.doc_id == doc_id]


def test_phrases_are_runs_of_the_question_with_two_content_words_longest_first() -> None:
    phrases = question_phrases("what do they call their children in care council")
    assert len(phrases[0].split()) == 6  # the longest run first
    assert "children in care council" in phrases
    assert "what do they" not in phrases  # no content words


def test_a_phrase_few_passages_write_brings_its_passage() -> None:
    retrieved = [Passage(REPORT[0], 1.0)]
    added = phrase_passages("what do they call their children in care council", ["d1"], _chunks_of, retrieved)
    assert [p.chunk.chunk_id for p in added] == ["d1-6"]


def test_a_phrase_every_passage_writes_and_a_broad_question_add_nothing() -> None:
    assert phrase_passages("how are children in care seen", ["d1"], _chunks_of, []) == []
    # a question over more than a few reports, or over the whole library, is left to retrieval
    assert phrase_passages("children in care council", ["d1", "d2", "d3", "d4"], _chunks_of, []) == []
    assert phrase_passages("children in care council", None, _chunks_of, []) == []
    # a passage already retrieved is not added twice
    assert phrase_passages("children in care council", ["d1"], _chunks_of, [Passage(REPORT[6], 1.0)]) == []
