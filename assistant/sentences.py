"""Ranking the sentences of retrieved passages against a question, for answers made of the documents' words."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant.evidence import Sentence, sentences_of
from assistant.retrieval import Passage
from vectorstore.index import Index

_STOP = set(
    "a an the of in on at to for and or by with from as is are was were be been did do does what which who "
    "whom when where why how many much that this these those it its their they them his her he she after "
    "before about into than then there here have has had not no yes can could should would will any all".split()
)
MAX_EMBEDDED = 40
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


@dataclass(frozen=True)
class ScoredSentence:
    sentence: Sentence
    score: float
    similarity: float
    overlap: float


def _type_bonus(question: str, text: str) -> float:
    q = question.lower()
    if re.search(r"\bhow\s+many\b|\bhow\s+much\b|\bnumber\s+of\b", q):
        return 0.25 if re.search(r"\b(?!(?:19|20)\d\d\b)\d+\b", text) else -0.15
    if re.search(r"\bwhich\s+month\b|\bwhen\b", q):
        return 0.15 if re.search(_MONTH, text) else 0.0
    if re.search(r"^\s*who\b|\bwhich\b.*\b(?:inspector|officer|chief|person)\b", q):
        return 0.15 if re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b", text) else -0.05
    return 0.0


def rank_sentences(
    question: str, passages: list[Passage], index: Index, preferred_docs: set[str] | None = None
) -> list[ScoredSentence]:
    sentences: list[Sentence] = []
    seen: set[str] = set()
    for passage in passages:
        for sentence in sentences_of(passage.chunk, index.catalog):
            if sentence.text not in seen:
                seen.add(sentence.text)
                sentences.append(sentence)
    if not sentences:
        return []
    q_words = content_words(question)
    if len(sentences) > MAX_EMBEDDED:
        # Embedding is the cost of a query: keep the sentences sharing most words with the question.
        keep = sorted(sentences, key=lambda s: -len(q_words & content_words(s.text)))[:MAX_EMBEDDED]
        sentences = [s for s in sentences if s in keep]
    vectors = index.embedder.embed([question] + [s.text for s in sentences])
    similarities = vectors[1:] @ vectors[0]
    scored = []
    for sentence, similarity in zip(sentences, np.asarray(similarities), strict=True):
        words = content_words(sentence.text)
        overlap = len(q_words & words) / max(len(q_words), 1)
        score = float(similarity) + 0.35 * overlap + _type_bonus(question, sentence.text)
        if preferred_docs and sentence.chunk.doc_id in preferred_docs:
            score += 0.1
        scored.append(ScoredSentence(sentence, score, float(similarity), overlap))
    return sorted(scored, key=lambda s: -s.score)
