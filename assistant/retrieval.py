"""Hybrid retrieval: dense vectors and BM25, fused by reciprocal rank, within a set of documents."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.models import Chunk
from vectorstore.index import Index

RRF_K = 60


@dataclass(frozen=True)
class Passage:
    chunk: Chunk
    score: float


class Retriever:
    def __init__(self, index: Index, mode: str = "fused") -> None:
        self.index = index
        self.mode = mode

    def search(
        self, query: str, k: int, doc_ids: list[str] | None = None, mode: str | None = None
    ) -> list[Passage]:
        """Top-k passages; ``doc_ids`` limits the search (None: the whole index, []: nothing)."""
        mode = mode or self.mode
        if doc_ids is not None and not doc_ids:
            return []
        depth = max(k * 4, 20)
        ranked: list[list[str]] = []
        if mode in ("dense", "fused"):
            vector = self.index.embedder.embed([query])[0]
            ranked.append([h.chunk_id for h in self.index.vectors.query(vector, depth, doc_ids)])
        if mode in ("bm25", "fused"):
            ranked.append([h.chunk_id for h in self.index.keywords.search(query, depth, doc_ids)])
        scores: dict[str, float] = {}
        for ranking in ranked:
            for rank, chunk_id in enumerate(ranking):
                scores[chunk_id] = scores.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        best = sorted(scores, key=lambda cid: -scores[cid])[:k]
        chunks = self.index.catalog.chunks_by_id(best)
        return [Passage(chunks[cid], scores[cid]) for cid in best if cid in chunks]
