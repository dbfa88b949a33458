"""Builds the parts from the settings: the one place that knows which implementation backs each interface.

    settings ─► open_index ─► Index(Catalog, ChromaStore, KeywordIndex, LazyEmbedder)
             ─► ingest_config ─► IngestConfig (chunk size, fetch timeout, size limits, bounded parser)
             ─► build_assistant ─► Assistant(index, AssistantConfig, answerer=LLMAnswerer(LLMConfig) | None)

To back an interface with something else (another vector store, a parser for a new format), change it
here; the core packages only see the interfaces (vectorstore/interfaces.py, ingest/interfaces.py,
assistant/interfaces.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.config import AssistantConfig, LLMConfig
from inspectchat.settings import Settings
from vectorstore.embedder import LazyEmbedder, load_embedder
from vectorstore.index import Index
from vectorstore.interfaces import Embedder

if TYPE_CHECKING:
    from assistant.service import Assistant
    from ingest.pipeline import IngestConfig


def load_settings_embedder(settings: Settings) -> Embedder:
    """The configured encoder, loaded now (one per process: load_embedder caches it)."""
    return load_embedder(
        settings.embedding_model,
        settings.embedding_batch_size,
        settings.embedding_backend,
        settings.data_dir / "onnx",
        settings.embed_max_tokens,
    )


def open_index(settings: Settings, embedder: Embedder | None = None) -> Index:
    """The index in settings.data_dir (the vectors in a Chroma server when settings name one). The embedder
    is loaded on first use unless one is passed in. Raises vectorstore.errors.StoreError when it cannot."""
    from vectorstore.catalog import Catalog
    from vectorstore.chroma_store import ChromaStore, open_client
    from vectorstore.keyword import KeywordIndex

    catalog = Catalog(settings.catalog_path)
    try:
        client = open_client(settings.chroma_dir, settings.chroma_host, settings.chroma_port)
        vectors = ChromaStore(client, settings.collection)
    except BaseException:
        catalog.close()
        raise
    return Index(
        catalog,
        vectors,
        KeywordIndex(catalog, settings.keyword_dir),
        embedder if embedder is not None else LazyEmbedder(lambda: load_settings_embedder(settings)),
        where=str(settings.data_dir),
        chunk_vectors=settings.chunk_vectors,
    )


def ingest_config(settings: Settings) -> IngestConfig:
    """Chunk size, fetch timeout, and the bounds of one document (size, characters, pages, memory, time)."""
    from ingest.parsers import Limits, bounded_parser
    from ingest.pipeline import IngestConfig

    return IngestConfig(
        chunk_chars=settings.chunk_chars,
        fetch_timeout=settings.fetch_timeout,
        max_document_bytes=settings.max_document_mb * 1024 * 1024,
        parser=bounded_parser(Limits.from_settings(settings)),
    )


def assistant_config(settings: Settings) -> AssistantConfig:
    return AssistantConfig(retrieval=settings.retrieval, top_k=settings.top_k)


def llm_config(settings: Settings) -> LLMConfig:
    """The chat model of answerer=llm: provider, model, server and key."""
    return LLMConfig(
        provider=settings.llm_provider,
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key,
    )


def build_assistant(settings: Settings, index: Index | None = None) -> Assistant:
    """The Assistant over the index (opened from the settings when not given), with the LLM answerer when
    settings.answerer is "llm"."""
    from assistant.retrieval import Retriever
    from assistant.service import Assistant

    index = index if index is not None else open_index(settings)
    config = assistant_config(settings)
    retriever = Retriever(index, config.retrieval)
    answerer = None
    if settings.answerer == "llm":
        from assistant.llm import LLMAnswerer, chat_model

        answerer = LLMAnswerer(chat_model(llm_config(settings)), retriever, index)
    return Assistant(index, config, retriever=retriever, answerer=answerer)
