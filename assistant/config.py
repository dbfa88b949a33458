"""What the assistant needs of the settings (the entry points build it from inspectchat.settings)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AssistantConfig:
    retrieval: str = "fused"  # "fused", "dense" or "bm25" (assistant/retrieval.py)
    top_k: int = 8  # passages retrieved for an answer


@dataclass(frozen=True)
class LLMConfig:
    """The chat model of the LLM answerer (assistant/llm.py); inspectchat.factory.llm_config builds it."""

    provider: str = "ollama"  # "ollama" or "openai" (any OpenAI-compatible server)
    model: str = "llama3.1"
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)  # never printed
