"""What the assistant returns: answers and verdicts that carry their citations as data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """A verbatim quote from one page of one document."""

    source: str  # path relative to the ingest root, or URL
    title: str
    page: int | None  # 1-based; None where a document has no pages
    quote: str  # appears on that page (whitespace-normalised comparison)
    doc_id: str = ""
    section: str = ""
    date: str | None = None  # inspection end date, else publication date (ISO)
    organisation: str | None = None
    inspectorate: str | None = None
    doc_type: str = ""


@dataclass
class Filters:
    """Narrowing chosen by a user (UI, CLI) on top of what the question itself names."""

    organisations: list[str] = field(default_factory=list)
    inspectorates: list[str] = field(default_factory=list)
    doc_types: list[str] = field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None

    def describe(self) -> str:
        parts = []
        if self.organisations:
            parts.append("organisation: " + ", ".join(self.organisations))
        if self.inspectorates:
            parts.append("inspectorate: " + ", ".join(self.inspectorates))
        if self.doc_types:
            parts.append("document type: " + ", ".join(self.doc_types))
        if self.year_from or self.year_to:
            parts.append(f"years: {self.year_from or '…'}–{self.year_to or '…'}")
        return "; ".join(parts)

    def is_empty(self) -> bool:
        return not self.describe()


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool = False
    citations: list[Citation] = field(default_factory=list)
    verdict: str | None = None  # for claims: supported, contradicted, not_found
    reason: str = ""
    filters_applied: str = ""
    flags: list[str] = field(default_factory=list)  # e.g. dropped citations of an LLM answer
    parts: list[dict[str, Any]] = field(default_factory=list)  # per-claim results of a checked text

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [asdict(c) for c in self.citations],
        }
        if self.verdict is not None:
            data["verdict"] = self.verdict
            data["reason"] = self.reason
        if self.filters_applied:
            data["filters_applied"] = self.filters_applied
        if self.flags:
            data["flags"] = self.flags
        if self.parts:
            data["parts"] = self.parts
        return data
