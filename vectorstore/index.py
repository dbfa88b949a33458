"""The index as one object: catalogue, vectors, keywords and the embedder that fills them.

Its parts are passed in (inspectchat/factory.py builds the real ones from settings; tests pass fakes). It
is also where ingest writes: it has the methods of ingest's DocumentSink (ingest/interfaces.py), so the
pipeline hands it parsed documents and chunks without knowing what stores them.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Literal

import numpy as np

from ingest.models import Chunk, DocumentMeta, Page
from vectorstore.embedder import split_encoder_name
from vectorstore.errors import StoreError
from vectorstore.interfaces import Catalogue, Embedder, KeywordSearch, VectorStore

EMBEDDED_TEXTS_KEPT = 16_384  # about 25 MB of 384-dimension vectors
SENTENCES_KEPT = 20_000  # sentence vectors kept for reuse by later documents (about 30 MB)
ChunkVectors = Literal["text", "sentences"]


def text_key(text: str) -> bytes:
    """A text's hash: what a stored sentence vector is filed under (with its chunk id)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Index:
    """Holds the same chunks in three places: the catalogue (text), the vector store and the keyword index."""

    # Errors that mean the index itself is unusable: they end an ingest batch instead of failing one file.
    fatal_errors: tuple[type[BaseException], ...] = (StoreError,)

    def __init__(
        self,
        catalog: Catalogue,
        vectors: VectorStore,
        keywords: KeywordSearch,
        embedder: Embedder,
        where: str = "this index",
        chunk_vectors: ChunkVectors = "sentences",
    ) -> None:
        self.catalog = catalog
        self.vectors = vectors
        self.keywords = keywords
        self._embedder = embedder
        self._encoder_checked = False
        self._writing_checked = False
        # Ingest's record of the chunk texts this process embedded (text hash -> vector; see vectors_for).
        self._embedded: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._embedded_lock = threading.Lock()
        # texts (chunk texts, or sentences) given a vector embedded earlier in this process
        self.reused_vectors = 0
        self.where = where  # for messages: the data directory
        # How a chunk's vector is made: its text embedded ("text"), or the normalised mean of its sentences'
        # vectors ("sentences"; a chunk without sentences embeds its text), so ingest embeds each text once.
        self.chunk_vectors = chunk_vectors
        # Ingest's record of the sentences this process embedded (text key -> vector; see _sentence_call).
        self._sentences_embedded: OrderedDict[bytes, np.ndarray] = OrderedDict()

    @property
    def embedder(self) -> Embedder:
        """The embedder for searching, checked on first use against the encoder the index was built with:
        the same model and backend. The token limit of chunks may differ: questions are far shorter than
        either limit, so their vectors do not depend on it."""
        if not self._encoder_checked:
            self._check_encoder(self._embedder.name, writing=False)
            self._encoder_checked = True
        return self._embedder

    @property
    def writing_embedder(self) -> Embedder:
        """The embedder for adding chunks: exactly the encoder the index was built with, token limit included
        (chunks longer than the limit would have vectors of two kinds)."""
        self._check_writing()
        return self._embedder

    def _check_writing(self) -> None:
        if not self._writing_checked:
            self._check_encoder(self._embedder.name, writing=True)
            self._writing_checked = self._encoder_checked = True

    def _check_encoder(self, name: str, writing: bool) -> None:
        """An index is only searchable with the encoder that built it, and only extended with exactly it."""
        built_with = self.catalog.get_state("embedder")
        if built_with is None:
            self.catalog.set_state("embedder", name)
            return
        if built_with == name:
            return
        built_model, built_tokens = split_encoder_name(built_with)
        model, tokens = split_encoder_name(name)
        if built_model != model:
            raise StoreError(
                f"the index in {self.where} was built with the encoder {built_with!r}, but settings "
                f"select {name!r}; set INSPECTCHAT_EMBEDDING_BACKEND/INSPECTCHAT_EMBEDDING_MODEL to match, or "
                "ingest into a new data directory"
            )
        if writing:
            raise StoreError(
                f"the index in {self.where} was built with chunks embedded to {built_tokens} tokens, but "
                f"settings select {tokens}; set INSPECTCHAT_EMBED_MAX_TOKENS={built_tokens} to add to it, or "
                "ingest into a new data directory"
            )

    # -- ingest's DocumentSink --------------------------------------------------------------------------
    def status_of(self, source: str) -> tuple[str, str] | None:
        return self.catalog.status_of(source)

    def record_location(self, source: str, location: str) -> None:
        self.catalog.record_location(source, location)

    def write(
        self,
        meta: DocumentMeta,
        pages: list[Page],
        chunks: list[Chunk],
        sentences: Sequence[Sequence[str]] | None = None,
    ) -> int:
        """Store one document; returns how many chunks were embedded (only those whose text is new).

        ``sentences`` (the texts of each chunk's sentences, in the order of ``chunks``) are embedded here,
        once, and kept in the catalogue with the document, so ranking a question's candidate sentences
        embeds only the question."""
        self._check_writing()  # a different encoder is refused before the ledger or the vectors change
        # Ledger first: if we die after this line, the next run sees 'pending' and redoes this document.
        self.catalog.mark_pending(meta)
        stored = self.vectors.ids_of(meta.doc_id)
        wanted = {c.chunk_id for c in chunks}
        self.vectors.delete_ids(sorted(stored - wanted))
        new = [c for c in chunks if c.chunk_id not in stored]
        per_chunk = self._sentence_vectors(chunks, sentences, stored) if sentences is not None else {}
        if self.chunk_vectors == "sentences":
            self.vectors.upsert(new, self._chunk_vectors_from(new, per_chunk))
        else:
            self.vectors.upsert(new, self.vectors_for([c.text for c in new]))
        self.catalog.commit_document(meta, pages, chunks, per_chunk)
        return len(new)

    def _sentence_vectors(
        self, chunks: list[Chunk], sentences: Sequence[Sequence[str]], stored: set[str]
    ) -> dict[str, dict[bytes, np.ndarray]]:
        """chunk id -> sentence key -> vector for every chunk: a chunk already stored keeps the vectors the
        catalogue holds; the others' sentences are embedded in one call for the document, which the embedder
        splits into batches of similar length (the fewest padding tokens, and batches side by side)."""
        kept = self.catalog.sentence_vectors([c.chunk_id for c in chunks if c.chunk_id in stored])
        out: dict[str, dict[bytes, np.ndarray]] = {}
        todo: list[tuple[str, list[bytes]]] = []
        wanted: dict[bytes, str] = {}
        for chunk, texts in zip(chunks, sentences, strict=True):
            keys = [text_key(t) for t in texts]
            have = kept.get(chunk.chunk_id)
            if have is not None and all(k in have for k in keys):
                out[chunk.chunk_id] = {k: have[k] for k in keys}
            elif keys:
                todo.append((chunk.chunk_id, keys))
                wanted.update(zip(keys, texts, strict=True))
        vectors = self._sentence_call(wanted)
        for chunk_id, keys in todo:
            out[chunk_id] = {k: vectors[k] for k in keys}
        return out

    def _sentence_call(self, wanted: dict[bytes, str]) -> dict[bytes, np.ndarray]:
        """Vectors for sentences (key -> text), a sentence this process embedded before (a template sentence
        in many reports) reused. A vector depends a little on the texts embedded with it (int8 activations
        are quantised per batch): a document re-ingested in another order may give a sentence a slightly
        different vector (cosine 0.98 to 1, mean 0.992), enough to move a similarity that sits on a
        threshold (bench/README.md, session 7)."""
        return self._embed_reusing(self._sentences_embedded, wanted, SENTENCES_KEPT)

    def _embed_reusing(
        self, cache: OrderedDict[bytes, np.ndarray], wanted: dict[bytes, str], kept: int
    ) -> dict[bytes, np.ndarray]:
        """Vectors for texts (key -> text): one this process embedded before reuses that vector (``cache``,
        the ``kept`` most recent); the rest are embedded in one call."""
        with self._embedded_lock:  # one ingest writes at a time anyway (the catalogue's ledger)
            found = {k: cache[k] for k in wanted if k in cache}
            for key in found:
                cache.move_to_end(key)
            self.reused_vectors += len(found)
        missing = [k for k in wanted if k not in found]
        if missing:
            fresh = np.asarray(self.writing_embedder.embed([wanted[k] for k in missing]), dtype=np.float32)
            with self._embedded_lock:
                for key, vector in zip(missing, fresh, strict=True):
                    found[key] = cache[key] = vector
                while len(cache) > kept:
                    cache.popitem(last=False)
        return found

    def _chunk_vectors_from(
        self, chunks: list[Chunk], per_chunk: dict[str, dict[bytes, np.ndarray]]
    ) -> np.ndarray:
        """A chunk's vector as the normalised mean of its sentences' vectors; chunks without sentences embed
        their text."""
        plain = [c.text for c in chunks if not per_chunk.get(c.chunk_id)]
        embedded = iter(self.vectors_for(plain)) if plain else iter(())
        rows = []
        for chunk in chunks:
            vectors = per_chunk.get(chunk.chunk_id)
            if vectors:
                mean = np.mean(np.stack(list(vectors.values())), axis=0)
                rows.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
            else:
                rows.append(next(embedded))
        return np.stack(rows).astype(np.float32) if rows else self.embedder.embed([])

    def vectors_for(self, texts: list[str]) -> np.ndarray:
        """Vectors for chunk texts, each distinct text embedded once: a text this process embedded before
        (the same template paragraph in many reports, a paragraph twice in one) reuses that vector."""
        if not texts:
            return self.writing_embedder.embed([])
        keys = [text_key(t) for t in texts]
        wanted = dict(zip(keys, texts, strict=True))
        self.reused_vectors += len(texts) - len(wanted)  # a paragraph twice in this call
        found = self._embed_reusing(self._embedded, wanted, EMBEDDED_TEXTS_KEPT)
        return np.stack([found[k] for k in keys])

    def finish(self) -> None:
        """After a batch: the keyword index catches up with the catalogue."""
        self.keywords.refresh()

    # -- the library ------------------------------------------------------------------------------------
    def remove_document(self, doc_id: str) -> None:
        meta = self.catalog.document(doc_id)
        if meta is not None:
            self.catalog.mark_pending(meta)  # a crash between the two removals is finished by re-ingest
        self.vectors.delete_document(doc_id)
        self.catalog.remove_document(doc_id)
        self.keywords.refresh()

    def is_empty(self) -> bool:
        return not self.catalog.documents()

    def close(self) -> None:
        self.catalog.close()
