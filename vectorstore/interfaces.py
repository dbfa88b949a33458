"""The small interfaces of the stores: what the index, retrieval and the tests rely on, nothing more.

Each has one real implementation in this package and one fake in tests/fakes.py; both pass the same
contract tests (tests/unit/test_contracts.py). Protocols are structural: an implementation never imports
them, it only has the methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from ingest.models import Chunk, DocumentMeta, Page


@dataclass(frozen=True)
class VectorHit:
    chunk_id: str
    score: float  # cosine similarity


@dataclass(frozen=True)
class KeywordHit:
    chunk_id: str
    score: float


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors (one row per text, float32)."""

    @property
    def name(self) -> str:
        """Names the encoder: an index is only searchable with the encoder that built it."""
        ...

    def embed(self, texts: list[str]) -> np.ndarray: ...


@runtime_checkable
class VectorStore(Protocol):
    """Chunk vectors with their document id, searchable by cosine similarity."""

    def upsert(self, chunks: list[Chunk], vectors: np.ndarray) -> None: ...

    def ids_of(self, doc_id: str) -> set[str]: ...

    def delete_ids(self, ids: list[str]) -> None: ...

    def delete_document(self, doc_id: str) -> None: ...

    def count(self) -> int: ...

    def query(self, vector: np.ndarray, k: int, doc_ids: list[str] | None = None) -> list[VectorHit]:
        """Best k chunks; ``doc_ids`` limits the search (None: everything, []: nothing)."""
        ...


@runtime_checkable
class KeywordSearch(Protocol):
    """Word search (BM25) over the catalogue's complete chunks; follows the catalogue by itself."""

    def refresh(self) -> None: ...

    def knows(self, word: str) -> bool: ...

    def search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[KeywordHit]: ...


@runtime_checkable
class Catalogue(Protocol):
    """The ledger of ingest and the text of record: documents, pages and chunks.

    A document is written ``pending`` before its vectors change and ``complete`` after; readers see only
    complete documents. ``generation`` changes with every write, so caches know when to refresh.
    """

    @property
    def generation(self) -> int: ...

    def status_of(self, source: str) -> tuple[str, str] | None:
        """(content_hash, status) of the document stored under this source name, if any."""
        ...

    def mark_pending(self, meta: DocumentMeta) -> None: ...

    def commit_document(
        self,
        meta: DocumentMeta,
        pages: list[Page],
        chunks: list[Chunk],
        sentence_vectors: Mapping[str, Mapping[bytes, np.ndarray]] | None = None,
    ) -> None:
        """Pages, chunks and the vectors of the chunks' sentences (chunk id -> sentence key -> vector)
        replace the document's, all at once; the document is then complete."""
        ...

    def record_location(self, source: str, location: str) -> None:
        """Where the original of an unchanged document is now (a file moved, a corpus copied)."""
        ...

    def remove_document(self, doc_id: str) -> None: ...

    def get_state(self, key: str) -> str | None: ...

    def set_state(self, key: str, value: str) -> None: ...

    def documents(self, include_pending: bool = False) -> list[DocumentMeta]: ...

    def document(self, doc_id: str) -> DocumentMeta | None: ...

    def page_text(self, doc_id: str, page: int | None) -> str | None: ...

    def pages(self, doc_id: str) -> list[Page]: ...

    def chunks(self, doc_id: str | None = None) -> Iterator[Chunk]: ...

    def chunks_by_id(self, chunk_ids: list[str]) -> dict[str, Chunk]: ...

    def sentence_vectors(self, chunk_ids: Iterable[str]) -> dict[str, dict[bytes, np.ndarray]]:
        """Stored sentence vectors of these chunks (chunk id -> sentence key -> vector); absent: none stored."""
        ...

    def chunk_count(self) -> int: ...

    def close(self) -> None: ...
