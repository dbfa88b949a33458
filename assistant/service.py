"""The assistant as one object: the edges (CLI, app) call this and nothing deeper."""

from __future__ import annotations

import re
import threading

from assistant.claims import ClaimChecker
from assistant.evidence import verified
from assistant.extractive import ExtractiveAnswerer
from assistant.models import Answer, Filters
from assistant.resolve import OrganisationDirectory
from assistant.retrieval import Retriever
from assistant.scope import Scope, build_scope
from inspectchat.settings import Settings
from ingest.models import DocumentMeta
from vectorstore.index import Index


class Assistant:
    def __init__(self, index: Index, settings: Settings | None = None) -> None:
        self.index = index
        self.settings = settings or index.settings
        self.retriever = Retriever(index, self.settings.retrieval)
        self.extractive = ExtractiveAnswerer(index, self.retriever, self.settings.top_k)
        self.claims = ClaimChecker(self.extractive)
        self._lock = threading.Lock()
        self._generation = -1
        self._documents: list[DocumentMeta] = []
        self._directory = OrganisationDirectory([])
        self._years_mentioned: dict[str, str] = {}
        self.llm = None
        if self.settings.answerer == "llm":
            from assistant.llm import LLMAnswerer, chat_model_from_settings

            self.llm = LLMAnswerer(chat_model_from_settings(self.settings), self.retriever, index)

    def _refresh(self) -> None:
        with self._lock:
            generation = self.index.catalog.generation
            if generation == self._generation:
                return
            self._documents = self.index.catalog.documents()
            self._directory = OrganisationDirectory(self._documents)
            # years each non-report document mentions, for questions about events it reports
            self._years_mentioned = {
                d.doc_id: " ".join(sorted(set(re.findall(r"(?:19|20)\d\d", " ".join(
                    p.text for p in self.index.catalog.pages(d.doc_id))))))
                for d in self._documents if d.doc_type != "inspection report"
            }
            self._generation = generation

    @property
    def documents(self) -> list[DocumentMeta]:
        self._refresh()
        return self._documents

    @property
    def directory(self) -> OrganisationDirectory:
        self._refresh()
        return self._directory

    def scope(self, question: str, filters: Filters | None = None) -> Scope:
        self._refresh()
        return build_scope(question, self._documents, self._directory, filters, self._years_mentioned)

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        question = question.strip()
        if not question:
            return Answer(question, "Ask a question about the inspection documents.", abstained=True)
        if self.index.is_empty():
            return Answer(question, "The index is empty: add documents first (inspectchat ingest PATH).",
                          abstained=True)
        scope = self.scope(question, filters)
        answer = self.llm.answer(scope) if self.llm else self.extractive.answer(scope)
        return self._finish(answer, filters)

    def check(self, claim: str, filters: Filters | None = None) -> Answer:
        claim = claim.strip()
        scope = self.scope(claim, filters)
        return self._finish(self.claims.check(scope), filters)

    def _finish(self, answer: Answer, filters: Filters | None) -> Answer:
        kept, flags = verified(self.index.catalog, answer.citations)
        answer.citations = kept
        answer.flags += flags
        if filters and not filters.is_empty():
            answer.filters_applied = filters.describe()
        return answer
