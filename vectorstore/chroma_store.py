"""Chunk vectors in Chroma: embedded in the data directory, or a `chroma run` server.

Against a server, every call survives the server going away and coming back: a lost connection (refused,
reset, timed out) is retried once on a new connection, then raised as StoreUnavailableError naming the
server and the fix; the next call reconnects by itself and re-opens the collection, so neither the app nor
the Index is rebuilt after an outage. Requests time out (CONNECT_TIMEOUT_S, REQUEST_TIMEOUT_S) instead of
waiting forever on a server that hangs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import chromadb
import httpx
import numpy as np
from chromadb.config import Settings as ChromaSettings

from ingest.models import Chunk
from vectorstore.errors import StoreUnavailableError
from vectorstore.interfaces import VectorHit

__all__ = ["ChromaStore", "VectorHit", "open_client"]


CONNECT_TIMEOUT_S = 5.0
REQUEST_TIMEOUT_S = 30.0
# What a lost connection to a `chroma run` server raises (chromadb's HTTP client is httpx): refused, reset,
# closed mid-response, timed out.
_CONNECTION_ERRORS: tuple[type[BaseException], ...] = (httpx.TransportError,)
_T = TypeVar("_T")


def open_client(chroma_dir: Path, host: str | None, port: int) -> Any:
    settings = ChromaSettings(anonymized_telemetry=False)
    if host:
        try:
            client = chromadb.HttpClient(host=host, port=port, settings=settings)
            client.heartbeat()
        except Exception as exc:  # chromadb raises many transport types; all mean "server not reachable"
            raise StoreUnavailableError(unavailable_message(host, port, exc)) from exc
        _set_timeouts(client)
        return client
    chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(chroma_dir), settings=settings)


def unavailable_message(host: str, port: int, exc: BaseException) -> str:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return (
        f"the Chroma server at {host}:{port} is not answering ({detail}); check that `chroma run` is running "
        f"there (start it with `chroma run --path DIR --host {host} --port {port}`), or unset "
        "INSPECTCHAT_CHROMA_HOST to use the embedded store. Nothing needs restarting: the next request "
        "reconnects"
    )


def _set_timeouts(client: Any) -> None:
    """chromadb's HTTP session waits forever by default; a hung server must fail a request instead."""
    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(REQUEST_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)


def _server_address(client: Any) -> tuple[str, int] | None:
    """(host, port) when ``client`` talks to a `chroma run` server; None for the embedded store."""
    try:
        settings = client.get_settings()
    except Exception:  # noqa: BLE001 - a client without settings is not a server client we know
        return None
    if not str(getattr(settings, "chroma_api_impl", "")).endswith("fastapi.FastAPI"):
        return None
    return str(settings.chroma_server_host), int(settings.chroma_server_http_port or 8000)


class ChromaStore:
    """The VectorStore: chunk embeddings with their document id and pages (the text is in the catalogue too)."""

    def __init__(self, client: Any, collection: str) -> None:
        self._client = client
        self._name = collection
        self._server = _server_address(client)
        self._lock = threading.Lock()
        self._collection: Any = None
        self._call(lambda _: None)  # opens the collection now: a server that is down fails here, clearly

    def _open(self) -> Any:
        return self._client.get_or_create_collection(
            name=self._name, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )

    def _call(self, operation: Callable[[Any], _T]) -> _T:
        """``operation(collection)``; against a server, a lost connection is retried once on a new connection
        (after a restart the pooled one is dead), then raised as StoreUnavailableError. The collection is
        re-opened after any connection failure (a server that came back may hold it under a new id)."""
        for attempt in (1, 2):
            try:
                collection = self._collection
                if collection is None:
                    with self._lock:
                        if self._collection is None:
                            self._collection = self._open()
                        collection = self._collection
                return operation(collection)
            except _CONNECTION_ERRORS as exc:
                if self._server is None:
                    raise
                self._collection = None
                if attempt == 2:
                    raise StoreUnavailableError(unavailable_message(*self._server, exc)) from exc
        raise AssertionError("unreachable")

    def upsert(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        if not chunks:
            return
        for start in range(0, len(chunks), 1000):
            part = chunks[start : start + 1000]
            ids = [c.chunk_id for c in part]
            embeddings = vectors[start : start + len(part)].tolist()
            metadatas: list[Any] = [
                {"doc_id": c.doc_id, "page": c.page_start or 0, "section": c.section} for c in part
            ]
            # No chunk texts: the catalogue holds them and nothing reads them from here, and Chroma's
            # full-text index of documents nearly doubles the cost of a write (bench/README.md, session 7).
            self._call(
                lambda col, ids=ids, embeddings=embeddings, metadatas=metadatas: col.upsert(
                    ids=ids, embeddings=embeddings, metadatas=metadatas
                )
            )

    def ids_of(self, doc_id: str) -> set[str]:
        return set(self._call(lambda col: col.get(where={"doc_id": doc_id}, include=[]))["ids"])

    def delete_ids(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):
            part = ids[start : start + 1000]
            self._call(lambda col, part=part: col.delete(ids=part))

    def delete_document(self, doc_id: str) -> None:
        self._call(lambda col: col.delete(where={"doc_id": doc_id}))

    def count(self) -> int:
        return int(self._call(lambda col: col.count()))

    def query(self, vector: np.ndarray, k: int, doc_ids: list[str] | None = None) -> list[VectorHit]:
        where: dict[str, Any] | None = None
        if doc_ids is not None:
            if not doc_ids:
                return []
            where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": doc_ids}}
        n = min(k, max(self.count(), 1))
        embedding = vector.tolist()
        result = self._call(
            lambda col: col.query(
                query_embeddings=[embedding], n_results=n, where=where, include=["distances"]
            )
        )
        ids = result["ids"][0] if result["ids"] else []
        distances = result["distances"][0] if result["distances"] else []
        return [VectorHit(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=True)]
