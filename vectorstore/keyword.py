"""BM25 keyword index (bm25s) over the catalogue's chunks, rebuilt whenever the catalogue changes."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import bm25s
import numpy as np

from vectorstore.interfaces import Catalogue, KeywordHit

__all__ = ["KeywordHit", "KeywordIndex"]

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG


class KeywordIndex:
    """The KeywordSearch: BM25 over the catalogue's complete chunks, saved in ``folder``."""

    def __init__(self, catalog: Catalogue, folder: Path) -> None:
        self._catalog = catalog
        self._folder = folder
        self._lock = threading.Lock()
        self._generation = -1
        self._retriever: bm25s.BM25 | None = None
        self._ids: list[str] = []
        self._doc_of: np.ndarray = np.array([], dtype=object)

    def _fresh(self) -> None:
        """Load the saved index if it matches the catalogue, else rebuild it; keeps the same chunks always."""
        generation = self._catalog.generation
        if generation == self._generation:
            return
        stamp = self._folder / "generation.json"
        if stamp.exists() and json.loads(stamp.read_text()).get("generation") == generation:
            self._retriever = bm25s.BM25.load(str(self._folder / "index"))
            self._ids = json.loads((self._folder / "ids.json").read_text())
        else:
            chunks = list(self._catalog.chunks())
            self._ids = [c.chunk_id for c in chunks]
            self._retriever = None
            if chunks:
                retriever = bm25s.BM25()
                retriever.index(
                    bm25s.tokenize([c.text for c in chunks], stopwords="en", show_progress=False),
                    show_progress=False,
                )
                self._retriever = retriever
                self._folder.mkdir(parents=True, exist_ok=True)
                retriever.save(str(self._folder / "index"))
                (self._folder / "ids.json").write_text(json.dumps(self._ids))
                stamp.write_text(json.dumps({"generation": generation}))
        self._doc_of = np.array([cid.split(":", 1)[0] for cid in self._ids], dtype=object)
        self._generation = generation

    def refresh(self) -> None:
        with self._lock:
            self._fresh()

    def knows(self, word: str) -> bool:
        """Whether any chunk in the index contains this word."""
        with self._lock:
            self._fresh()
            if self._retriever is None:
                return False
            return word.lower() in self._retriever.vocab_dict

    def search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[KeywordHit]:
        with self._lock:
            self._fresh()
            if self._retriever is None or not self._ids:
                return []
            tokens = bm25s.tokenize([query], stopwords="en", show_progress=False)
            vocab_ids = tokens.ids[0]
            if not vocab_ids:
                return []
            inverse = {i: w for w, i in tokens.vocab.items()}
            words = [inverse[i] for i in vocab_ids]
            scores = self._retriever.get_scores(words)
            if doc_ids is not None:
                mask = np.isin(self._doc_of, np.array(doc_ids, dtype=object))
                scores = np.where(mask, scores, 0.0)
            top = np.argsort(-scores)[:k]
            return [KeywordHit(self._ids[i], float(scores[i])) for i in top if scores[i] > 0]
