"""The same sentence-transformers model run through ONNX Runtime with int8 dynamic quantisation.

Embedding is the cost of ingest; on a 2-core CPU this encodes chunks several times faster than torch.
The ONNX file is exported once from the local sentence-transformers model (no download) and cached in
the data directory; queries must use the same encoder as the index, which the catalogue records.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from vectorstore.embedder import ORIGINAL_MAX_TOKENS, VectorCache, encoder_name


def _export(model_path: str, target: Path) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from sentence_transformers import SentenceTransformer

    transformer = SentenceTransformer(model_path, device="cpu", local_files_only=True)[0]
    model = transformer.auto_model.eval()
    tokenizer = transformer.tokenizer

    class Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, ids: torch.Tensor, mask: torch.Tensor, types: torch.Tensor) -> torch.Tensor:
            return self.model(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state

    warnings.filterwarnings("ignore", module=r"torch\.onnx.*|transformers.*")
    sample = tokenizer(["an inspection report"], return_tensors="pt")
    target.parent.mkdir(parents=True, exist_ok=True)
    plain = target.with_suffix(".fp32.onnx")
    axes = {0: "batch", 1: "tokens"}
    torch.onnx.export(
        Encoder(),
        (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
        str(plain),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["hidden"],
        dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "hidden": axes},
        opset_version=17,
        dynamo=False,
    )
    partial = target.with_suffix(".partial")
    logging.disable(logging.WARNING)  # the quantiser advises pre-processing on the root logger, every time
    try:
        quantize_dynamic(str(plain), str(partial), weight_type=QuantType.QInt8)
    finally:
        logging.disable(logging.NOTSET)
    partial.replace(target)  # atomic: a killed export leaves no half-written model behind
    plain.unlink(missing_ok=True)


class OnnxEmbedder:
    """Mean-pooled, normalised MiniLM embeddings from an int8 ONNX export of the local model."""

    def __init__(
        self,
        model_path: str,
        cache_dir: Path,
        batch_size: int = 32,
        threads: int | None = None,
        max_tokens: int = ORIGINAL_MAX_TOKENS,
    ) -> None:
        from tokenizers import Tokenizer

        stamp = {"model": str(Path(model_path).resolve()), "format": 1}
        target = cache_dir / "model-int8.onnx"
        stamp_file = cache_dir / "source.json"
        if not target.exists() or not stamp_file.exists() or json.loads(stamp_file.read_text()) != stamp:
            _export(model_path, target)
            stamp_file.write_text(json.dumps(stamp))
        self._target = target
        self._threads = threads or os.cpu_count() or 1
        self._session = self._open_session(self._threads)
        # Long calls (ingest: a document's sentences) run their batches side by side, one single-thread
        # session per worker: short batches keep two intra-op threads waiting on each other, and two
        # single-thread sessions encode a document 1.6x faster than one two-thread session (bench/README.md,
        # session 7). Made on the first long call, so an app that only embeds questions never holds them.
        self._workers: ThreadPoolExecutor | None = None
        self._worker_local = threading.local()
        self._workers_lock = threading.Lock()
        self._tokenizer = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_tokens)  # the export takes any length up to the model's 512
        self._tokenizer.enable_padding()
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.name = encoder_name(f"{Path(model_path).name}-onnx-int8", max_tokens)
        # A one-text call (a question: the retriever and the subject model each embed it) is the same vector
        # every time; calls of several texts are not cached here (int8 activations are quantised per batch,
        # so a text's vector depends on the texts embedded with it).
        self._single = VectorCache(1024)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        if len(texts) == 1:
            return self._single.get_or_compute((texts[0],), self._embed)
        return self._embed(texts)

    def _open_session(self, threads: int) -> object:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        # Threads that spin while waiting for work burn the CPU that the other thread, another request or
        # the reading process needs: 1.5-2x slower on a busy 2-core machine (bench/README.md). The thread
        # settings change nothing in the vectors.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(str(self._target), options, providers=["CPUExecutionProvider"])

    def _embed(self, texts: list[str] | tuple[str, ...]) -> np.ndarray:
        """ONNX Runtime sessions and the tokenizer are safe to call from several threads at once: requests
        embed side by side (no lock). A call of several batches spreads them over the worker sessions."""
        order = np.argsort([len(t) for t in texts])  # similar lengths together: less padding
        batches = [order[start : start + self.batch_size] for start in range(0, len(texts), self.batch_size)]
        out = np.zeros((len(texts), 384), dtype=np.float32)
        if len(batches) > 1 and self._threads > 1:
            pooled = list(self._worker_pool().map(lambda b: self._encode(texts, b, None), batches))
        else:
            pooled = [self._encode(texts, b, self._session) for b in batches]
        for picked, vectors in zip(batches, pooled, strict=True):
            out[picked] = vectors
        return out

    def _worker_pool(self) -> ThreadPoolExecutor:
        with self._workers_lock:
            if self._workers is None:
                self._workers = ThreadPoolExecutor(self._threads, thread_name_prefix="embed")
            return self._workers

    def _encode(self, texts: list[str] | tuple[str, ...], picked: np.ndarray, session: object) -> np.ndarray:
        """One batch's normalised mean-pooled vectors; ``session`` None: this worker thread's own session."""
        if session is None:
            session = getattr(self._worker_local, "session", None)
            if session is None:
                session = self._worker_local.session = self._open_session(1)
        encodings = self._tokenizer.encode_batch([texts[i] for i in picked])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.zeros_like(ids)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]  # type: ignore[attr-defined]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled
