"""The document catalogue: documents, their metadata and facts, page texts and chunk texts, in SQLite.

It is the ledger of ingest: a document is written as `pending` before its vectors change and marked
`complete` after, so an ingest killed at any moment is finished by the next run.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import numpy as np

from ingest.models import Chunk, DocumentMeta, Page


def meta_to_json(meta: DocumentMeta) -> str:
    return json.dumps(dataclasses.asdict(meta))


def meta_from_json(raw: str) -> DocumentMeta:
    return DocumentMeta.from_dict(json.loads(raw))


class Catalog:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._lock = threading.RLock()
        self._documents_cache: dict[bool, tuple[int, list[DocumentMeta]]] = {}
        self._db.executescript(
            """
            CREATE TABLE IF NOT EXISTS documents (
                doc_id TEXT PRIMARY KEY, source TEXT UNIQUE NOT NULL, content_hash TEXT NOT NULL,
                status TEXT NOT NULL, meta TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS pages (
                doc_id TEXT NOT NULL, page INTEGER, text TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS pages_doc ON pages(doc_id);
            CREATE TABLE IF NOT EXISTS chunks (
                chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL,
                page_start INTEGER, page_end INTEGER, section TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
            CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS sentence_vectors (
                chunk_id TEXT NOT NULL, key BLOB NOT NULL, doc_id TEXT NOT NULL, vector BLOB NOT NULL,
                PRIMARY KEY (chunk_id, key));
            CREATE INDEX IF NOT EXISTS sentence_vectors_doc ON sentence_vectors(doc_id);
            """
        )

    # -- writing ---------------------------------------------------------------------------------------
    def status_of(self, source: str) -> tuple[str, str] | None:
        """(content_hash, status) of the document at this source, if known."""
        with self._lock:
            row = self._db.execute(
                "SELECT content_hash, status FROM documents WHERE source = ?", (source,)
            ).fetchone()
        return (row[0], row[1]) if row else None

    def mark_pending(self, meta: DocumentMeta) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO documents(doc_id, source, content_hash, status, meta) VALUES (?,?,?,?,?) "
                "ON CONFLICT(doc_id) DO UPDATE SET content_hash=excluded.content_hash, status='pending', "
                "meta=excluded.meta",
                (meta.doc_id, meta.source, meta.content_hash, "pending", meta_to_json(meta)),
            )
            self._bump()

    def commit_document(
        self,
        meta: DocumentMeta,
        pages: list[Page],
        chunks: list[Chunk],
        sentence_vectors: Mapping[str, Mapping[bytes, np.ndarray]] | None = None,
    ) -> None:
        """The document's pages and chunks replace what it had, in one transaction, with the vectors of its
        chunks' sentences (chunk id -> sentence key -> vector; stored as float16)."""
        wanted = {c.chunk_id for c in chunks}
        rows = [
            (chunk_id, key, meta.doc_id, np.asarray(vector, dtype=np.float16).tobytes())
            for chunk_id, vectors in (sentence_vectors or {}).items()
            if chunk_id in wanted
            for key, vector in vectors.items()
        ]
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute("DELETE FROM pages WHERE doc_id = ?", (meta.doc_id,))
                self._db.execute("DELETE FROM chunks WHERE doc_id = ?", (meta.doc_id,))
                self._db.execute("DELETE FROM sentence_vectors WHERE doc_id = ?", (meta.doc_id,))
                self._db.executemany("INSERT OR REPLACE INTO sentence_vectors VALUES (?,?,?,?)", rows)
                self._db.executemany(
                    "INSERT INTO pages(doc_id, page, text) VALUES (?,?,?)",
                    [(meta.doc_id, p.number, p.text) for p in pages],
                )
                self._db.executemany(
                    "INSERT INTO chunks VALUES (?,?,?,?,?,?,?)",
                    [
                        (c.chunk_id, c.doc_id, c.ordinal, c.text, c.page_start, c.page_end, c.section)
                        for c in chunks
                    ],
                )
                self._db.execute(
                    "UPDATE documents SET status='complete', meta=?, content_hash=? WHERE doc_id=?",
                    (meta_to_json(meta), meta.content_hash, meta.doc_id),
                )
                self._bump()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def record_location(self, source: str, location: str) -> None:
        """Where the original of an unchanged document is now (its folder moved, a corpus was copied):
        only the location changes, so the generation stays and no index is rebuilt."""
        with self._lock:
            changed = self._db.execute(
                "UPDATE documents SET meta = json_set(meta, '$.location', ?) "
                "WHERE source = ? AND json_extract(meta, '$.location') IS NOT ?",
                (location, source, location),
            ).rowcount
            if changed:
                self._documents_cache.clear()

    def remove_document(self, doc_id: str) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            for table in ("pages", "chunks", "sentence_vectors", "documents"):
                self._db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            self._bump()
            self._db.execute("COMMIT")

    def _bump(self) -> None:
        self._db.execute(
            "INSERT INTO state(key, value) VALUES ('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def get_state(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    # -- reading ---------------------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT value FROM state WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    def documents(self, include_pending: bool = False) -> list[DocumentMeta]:
        """All documents, decoded once per catalogue generation (answers read them on every question)."""
        query = "SELECT meta FROM documents" + ("" if include_pending else " WHERE status='complete'")
        with self._lock:
            generation = self.generation
            cached = self._documents_cache.get(include_pending)
            if cached is None or cached[0] != generation:
                rows = self._db.execute(query + " ORDER BY source").fetchall()
                cached = (generation, [meta_from_json(r[0]) for r in rows])
                self._documents_cache[include_pending] = cached
        return list(cached[1])

    def document(self, doc_id: str) -> DocumentMeta | None:
        with self._lock:
            row = self._db.execute("SELECT meta FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return meta_from_json(row[0]) if row else None

    def page_text(self, doc_id: str, page: int | None) -> str | None:
        with self._lock:
            if page is None:
                row = self._db.execute(
                    "SELECT text FROM pages WHERE doc_id=? AND page IS NULL", (doc_id,)
                ).fetchone()
            else:
                row = self._db.execute(
                    "SELECT text FROM pages WHERE doc_id=? AND page=?", (doc_id, page)
                ).fetchone()
        return row[0] if row else None

    def pages(self, doc_id: str) -> list[Page]:
        with self._lock:
            rows = self._db.execute(
                "SELECT page, text FROM pages WHERE doc_id=? ORDER BY page", (doc_id,)
            ).fetchall()
        return [Page(r[0], r[1]) for r in rows]

    # Only documents whose ingest completed: a pending one may be half-replaced.
    _COMPLETE_CHUNKS = (
        "SELECT chunk_id, chunks.doc_id, text, page_start, page_end, section, ordinal FROM chunks "
        "JOIN documents ON documents.doc_id = chunks.doc_id WHERE documents.status = 'complete'"
    )

    def chunks(self, doc_id: str | None = None) -> Iterator[Chunk]:
        query, args = self._COMPLETE_CHUNKS, ()
        if doc_id:
            query, args = query + " AND chunks.doc_id=?", (doc_id,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY chunks.doc_id, ordinal", args).fetchall()
        yield from (_chunk(r) for r in rows)

    def chunks_by_id(self, chunk_ids: list[str]) -> dict[str, Chunk]:
        if not chunk_ids:
            return {}
        marks = ",".join("?" * len(chunk_ids))
        with self._lock:
            rows = self._db.execute(
                f"{self._COMPLETE_CHUNKS} AND chunk_id IN ({marks})", chunk_ids
            ).fetchall()
        return {r[0]: _chunk(r) for r in rows}

    def sentence_vectors(self, chunk_ids: Iterable[str]) -> dict[str, dict[bytes, np.ndarray]]:
        """The stored vectors of these chunks' sentences (chunk id -> sentence key -> float32 vector); a chunk
        stored without them is absent."""
        ids = sorted(set(chunk_ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT chunk_id, key, vector FROM sentence_vectors WHERE chunk_id IN ({marks})", ids
            ).fetchall()
        found: dict[str, dict[bytes, np.ndarray]] = {}
        for chunk_id, key, blob in rows:
            found.setdefault(chunk_id, {})[bytes(key)] = np.frombuffer(blob, dtype=np.float16).astype(
                np.float32
            )
        return found

    def chunk_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _chunk(row: tuple) -> Chunk:  # type: ignore[type-arg]
    chunk_id, doc_id, text, page_start, page_end, section, ordinal = row
    return Chunk(
        chunk_id=chunk_id,
        doc_id=doc_id,
        text=text,
        page_start=page_start,
        page_end=page_end,
        section=section,
        ordinal=ordinal,
    )
