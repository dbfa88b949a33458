"""An answerer that generates with a LangChain chat model (Ollama or any OpenAI-compatible server).

The model sees numbered passages and must answer in JSON with the passage number and a verbatim quote
for every citation. Citations are checked: one to a passage that was not retrieved, or whose quote is
not on that passage's page, is dropped and flagged. An answer left with no valid citation abstains.
"""

from __future__ import annotations

import json
import re
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.config import LLMConfig
from assistant.evidence import cite, squash
from assistant.extractive import abstain
from assistant.models import Answer, Citation
from assistant.retrieval import Passage, Retriever
from assistant.scope import Scope
from vectorstore.index import Index

SYSTEM = (
    "You answer questions about inspection reports using ONLY the numbered passages given. "
    "Lead with the direct answer. Reply with JSON only: "
    '{"answer": "...", "citations": [{"passage": <number>, "quote": "<words copied exactly from that passage>"}]}. '
    'If the passages do not answer the question, reply {"answer": "", "citations": []}.'
)


class LLMConfigError(ValueError):
    """The chat model settings are incomplete or name an unknown provider."""


def chat_model(config: LLMConfig) -> BaseChatModel:
    """The LangChain chat model the config names (Ollama, or an OpenAI-compatible server)."""
    if config.provider == "ollama":
        from langchain_ollama import ChatOllama

        kwargs: dict[str, Any] = {"model": config.model, "temperature": 0}
        if config.base_url:
            kwargs["base_url"] = config.base_url
        return ChatOllama(**kwargs)
    if config.provider == "openai":
        from langchain_openai import ChatOpenAI

        if not config.base_url and not config.api_key:
            raise LLMConfigError(
                "answerer=llm with provider openai needs INSPECTCHAT_LLM_BASE_URL (an OpenAI-compatible "
                "server) or INSPECTCHAT_LLM_API_KEY"
            )
        return ChatOpenAI(
            model=config.model,
            base_url=config.base_url,
            api_key=config.api_key or "not-needed",
            temperature=0,
        )
    raise LLMConfigError(f"unknown llm_provider {config.provider!r}; use 'ollama' or 'openai'")


def _parse(content: str) -> dict[str, Any]:
    match = re.search(r"\{.*\}", content, re.S)
    if not match:
        return {"answer": content.strip(), "citations": []}
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError:
        return {"answer": content.strip(), "citations": []}
    return data if isinstance(data, dict) else {"answer": str(data), "citations": []}


class LLMAnswerer:
    def __init__(self, model: BaseChatModel, retriever: Retriever, index: Index, top_k: int = 6) -> None:
        self.model = model
        self.retriever = retriever
        self.index = index
        self.top_k = top_k

    def answer(self, scope: Scope) -> Answer:
        if scope.missing:
            return abstain(scope.question, scope.missing)
        doc_ids = [d.doc_id for d in scope.documents + scope.secondary] if scope.pinned else None
        passages = self.retriever.search(scope.question, self.top_k, doc_ids)
        if not passages:
            return abstain(scope.question, "No indexed passage matches this question.")
        numbered = "\n\n".join(f"[{i}] {p.chunk.text}" for i, p in enumerate(passages, 1))
        reply = self.model.invoke(
            [SystemMessage(SYSTEM), HumanMessage(f"Passages:\n{numbered}\n\nQuestion: {scope.question}")]
        )
        data = _parse(str(reply.content))
        citations, flags = self._checked(data.get("citations") or [], passages)
        text = str(data.get("answer") or "").strip()
        if not text:
            return abstain(scope.question, "The passages do not answer this question.")
        if not citations:
            result = abstain(scope.question, "The model's answer cited nothing that could be verified.")
            result.flags = flags
            return result
        return Answer(scope.question, text, citations=citations, flags=flags)

    def _checked(self, raw: list[Any], passages: list[Passage]) -> tuple[list[Citation], list[str]]:
        kept: list[Citation] = []
        flags: list[str] = []
        for item in raw:
            number = item.get("passage") if isinstance(item, dict) else None
            quote = squash(str(item.get("quote", ""))) if isinstance(item, dict) else ""
            if not isinstance(number, int) or not 1 <= number <= len(passages):
                flags.append(f"dropped citation to passage {number!r}: no such passage was retrieved")
                continue
            chunk = passages[number - 1].chunk
            meta = self.index.catalog.document(chunk.doc_id)
            page = self._page_of(chunk.doc_id, chunk.page_start, chunk.page_end, quote)
            if meta is None or not quote or page == -1:
                flags.append(f"dropped citation to passage {number}: quote not found on its page")
                continue
            kept.append(cite(meta, page, quote, chunk.section))
        return kept, flags

    def _page_of(self, doc_id: str, start: int | None, end: int | None, quote: str) -> int | None:
        pages = list(range(start, (end or start) + 1)) if start else [None]
        for page in pages:
            if quote and quote in squash(self.index.catalog.page_text(doc_id, page) or ""):
                return page
        return -1
