"""The chunk token limit (settings.embed_max_tokens): it reaches the embedder, the encoder's name records it,
and an index is searched with any limit but only extended with the one it was built with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fakes import FakeEmbedder, memory_index

from ingest.models import Chunk, DocumentMeta, Page
from inspectchat import factory
from inspectchat.settings import Settings
from vectorstore.embedder import ORIGINAL_MAX_TOKENS, encoder_name, split_encoder_name
from vectorstore.errors import StoreError


def test_setting_reaches_the_embedder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(factory, "load_embedder", lambda *args: calls.append(args) or FakeEmbedder())
    monkeypatch.setenv("INSPECTCHAT_EMBED_MAX_TOKENS", "128")
    settings = Settings(data_dir=tmp_path)
    assert settings.embed_max_tokens == 128
    factory.load_settings_embedder(settings)
    assert calls == [(None, settings.embedding_batch_size, "onnx-int8", tmp_path / "onnx", 128)]


def test_setting_is_bounded() -> None:
    with pytest.raises(ValueError):
        Settings(embed_max_tokens=1024)  # the model has 512 positions


def test_encoder_name_records_the_limit_and_keeps_old_names() -> None:
    assert encoder_name("all-MiniLM-L6-v2-onnx-int8", ORIGINAL_MAX_TOKENS) == "all-MiniLM-L6-v2-onnx-int8"
    assert encoder_name("all-MiniLM-L6-v2-onnx-int8", 128) == "all-MiniLM-L6-v2-onnx-int8-128tok"
    assert split_encoder_name("all-MiniLM-L6-v2-onnx-int8-128tok") == ("all-MiniLM-L6-v2-onnx-int8", 128)
    assert split_encoder_name("all-MiniLM-L6-v2-onnx-int8") == ("all-MiniLM-L6-v2-onnx-int8", 256)
    assert split_encoder_name("all-MiniLM-L6-v2") == ("all-MiniLM-L6-v2", 256)


class Named(FakeEmbedder):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name  # type: ignore[misc]


def built_with(name: str, embedder: FakeEmbedder) -> Any:
    index = memory_index(embedder)
    index.catalog.set_state("embedder", name)
    return index


@pytest.mark.parametrize(
    ("built", "now"),
    [("m-onnx-int8", "m-onnx-int8-128tok"), ("m-onnx-int8-128tok", "m-onnx-int8")],
    ids=["old index, 128 now", "128 index, 256 now"],
)
def test_other_limit_searches_but_does_not_extend(built: str, now: str) -> None:
    index = built_with(built, Named(now))
    assert index.embedder.embed(["a question"]).shape == (1, 384)  # searching: questions are short
    with pytest.raises(StoreError, match="EMBED_MAX_TOKENS"):
        index.vectors_for(["a chunk"])
    assert index.catalog.get_state("embedder") == built


def test_other_limit_is_refused_before_the_ledger_changes() -> None:
    index = built_with("m-onnx-int8", Named("m-onnx-int8-128tok"))
    meta = DocumentMeta("d", "d.txt", "h1", "text", "Title")
    with pytest.raises(StoreError):
        index.write(meta, [Page(1, "Text.")], [Chunk("d:0", "d", "Text.", 1, 1, "Section", 0)])
    assert index.status_of("d.txt") is None  # not left pending


def test_same_limit_extends() -> None:
    index = built_with("m-onnx-int8-128tok", Named("m-onnx-int8-128tok"))
    assert isinstance(index.vectors_for(["a chunk"]), np.ndarray)


def test_other_model_is_refused_for_searching_too() -> None:
    index = built_with("m-onnx-int8", Named("m-128tok"))
    with pytest.raises(StoreError, match="EMBEDDING_BACKEND"):
        index.embedder.embed(["a question"])


def test_a_new_index_records_the_limit() -> None:
    index = memory_index(Named("m-onnx-int8-128tok"))
    index.vectors_for(["a chunk"])
    assert index.catalog.get_state("embedder") == "m-onnx-int8-128tok"
