"""The int8 ONNX encoder that ingest uses: a long call spread over worker sessions gives the vectors that
the same batches give one after another on one session (the thread layout changes nothing in a vector)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_batches_side_by_side_give_the_vectors_of_batches_in_turn() -> None:
    from vectorstore.embedder import resolve_model_path
    from vectorstore.onnx_embedder import OnnxEmbedder

    cache = Path(os.environ.get("HOSTILE_ONNX_DIR", ".inspectchat/onnx"))
    model = resolve_model_path(None)
    embedder = OnnxEmbedder(model, cache, batch_size=4, threads=2)
    texts = [
        f"Sentence {n} about children missing from home and care leavers' pathway plans." * (n % 3 + 1)
        for n in range(19)
    ]
    side_by_side = embedder.embed(texts)
    one_after_another = OnnxEmbedder(model, cache, batch_size=4, threads=1)
    in_turn = one_after_another.embed(texts)
    assert side_by_side.shape == (19, 384)
    assert np.allclose(side_by_side, in_turn, atol=1e-5)
    assert np.allclose(np.linalg.norm(side_by_side, axis=1), 1.0, atol=1e-5)
