"""Chunk vectors in Chroma: embedded in the data directory, or a `chroma run` server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from ingest.models import Chunk
from vectorstore.errors import StoreError


@dataclass(frozen=True)
class VectorHit:
    chunk_id: str
    score: float  # cosine similarity


def open_client(chroma_dir: Path, host: str | None, port: int) -> Any:
    settings = ChromaSettings(anonymized_telemetry=False)
    if host:
        try:
            client = chromadb.HttpClient(host=host, port=port, settings=settings)
            client.heartbeat()
        except Exception as exc:  # chromadb raises many transport types; all mean "server not reachable"
            raise StoreError(
                f"cannot reach the Chroma server at {host}:{port} ({exc}); start it with "
                f"`chroma run --path DIR --port {port}` or unset INSPECTCHAT_CHROMA_HOST to use the embedded store"
            ) from exc
        return client
    chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(chroma_dir), settings=settings)


class ChromaStore:
    """Stores chunk embeddings with their document id and pages; the text lives in the catalogue too."""

    def __init__(self, client: Any, collection: str) -> None:
        self._collection = client.get_or_create_collection(
            name=collection, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )

    def upsert(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        if not chunks:
            return
        for start in range(0, len(chunks), 1000):
            part = chunks[start : start + 1000]
            self._collection.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=vectors[start : start + len(part)].tolist(),
                documents=[c.text for c in part],
                metadatas=[
                    {"doc_id": c.doc_id, "page": c.page_start or 0, "section": c.section} for c in part
                ],
            )

    def ids_of(self, doc_id: str) -> set[str]:
        return set(self._collection.get(where={"doc_id": doc_id}, include=[])["ids"])

    def delete_ids(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):
            self._collection.delete(ids=ids[start : start + 1000])

    def delete_document(self, doc_id: str) -> None:
        self._collection.delete(where={"doc_id": doc_id})

    def count(self) -> int:
        return int(self._collection.count())

    def query(self, vector: np.ndarray, k: int, doc_ids: list[str] | None = None) -> list[VectorHit]:
        where: dict[str, Any] | None = None
        if doc_ids is not None:
            if not doc_ids:
                return []
            where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": doc_ids}}
        n = min(k, max(self.count(), 1))
        result = self._collection.query(
            query_embeddings=[vector.tolist()], n_results=n, where=where, include=["distances"]
        )
        ids = result["ids"][0] if result["ids"] else []
        distances = result["distances"][0] if result["distances"] else []
        return [VectorHit(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=True)]
