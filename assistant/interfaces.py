"""The assistant's replaceable parts: an answerer and a claim checker, each behind a small Protocol
(the real ones: extractive.ExtractiveAnswerer, llm.LLMAnswerer and claims.ClaimChecker).

The Assistant (service.py) takes them in its constructor; inspectchat/factory.py picks the real ones
from the settings (the extractive answerer, or the LLM one when answerer=llm). The stores they read are
described in vectorstore/interfaces.py, and the web and CLI see only the Assistant and its result models
(models.py, compare.py).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from assistant.models import Answer
from assistant.scope import Scope


@runtime_checkable
class Answerer(Protocol):
    """Answers the question a Scope holds (who, when, which documents) with cited passages, or abstains."""

    def answer(self, scope: Scope) -> Answer: ...


@runtime_checkable
class Checker(Protocol):
    """Decides a claim: Answer.verdict is "supported", "contradicted" or "not_found", with the deciding
    quotes as citations. ``exclude``: documents that may not serve as evidence (a story checked against
    itself)."""

    def check(self, scope: Scope, exclude: frozenset[str] = frozenset()) -> Answer: ...
