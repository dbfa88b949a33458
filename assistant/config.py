"""What the assistant needs of the settings (the entry points build it from inspectchat.settings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AssistantConfig:
    retrieval: str = "fused"  # "fused", "dense" or "bm25" (assistant/retrieval.py)
    top_k: int = 8  # passages retrieved for an answer
