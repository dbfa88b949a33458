"""Plain data passed between parsing, chunking, fact extraction and the stores."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Page:
    """One page of a document's text. ``number`` is 1-based; None where a document has no pages."""

    number: int | None
    text: str


@dataclass
class ParsedDocument:
    """The text of one source, page by page, before any interpretation."""

    source: str  # path relative to the ingest root, or the URL
    content_type: str  # "pdf", "html", "docx", "text", "markdown"
    pages: list[Page]
    title_hint: str | None = None  # e.g. the HTML <title>

    @property
    def text(self) -> str:
        return "\n".join(page.text for page in self.pages)


@dataclass(frozen=True)
class Judgement:
    """A graded judgement as a report states it, with where it says so."""

    area: str  # canonical area name, e.g. "overall effectiveness"
    grade: str  # canonical grade, e.g. "requires improvement"
    page: int | None
    quote: str  # verbatim text from that page


@dataclass(frozen=True)
class Finding:
    """An item a report asks to improve (or a recommendation, area for improvement, cause of concern)."""

    kind: str  # "improve", "recommendation", "area for improvement", "cause of concern"
    text: str  # verbatim
    page: int | None
    quote: str = ""  # the part on `page` when an item runs onto the next page; else empty (text is on page)

    @property
    def page_quote(self) -> str:
        return self.quote or self.text


@dataclass(frozen=True)
class TeamMember:
    """An inspector as the report lists them, with role and inspectorate where it says."""

    name: str
    role: str  # "lead inspector", "inspector", ...
    inspectorate: str | None
    page: int | None
    quote: str  # verbatim from that page


@dataclass(frozen=True)
class Fact:
    """Any other fact a report states in a fixed place (previous or next inspection, the partners)."""

    kind: str  # a FactKind value (assistant) / "previous inspection", "next inspection", "partners"
    value: str
    page: int | None
    quote: str


@dataclass
class DocumentMeta:
    """What is known about a document as a whole."""

    doc_id: str
    source: str
    content_hash: str
    content_type: str
    title: str
    inspectorate: str | None = None
    organisation: str | None = None
    doc_type: str = "other"  # inspection report, statement, news, action plan, other
    inspection_start: str | None = None  # ISO date
    inspection_end: str | None = None
    inspection_dates_text: str | None = None  # verbatim, as the report states it
    inspection_dates_page: int | None = None
    publication_date: str | None = None  # ISO date
    lead_inspector: str | None = None
    lead_inspector_page: int | None = None
    lead_inspector_quote: str | None = None
    publisher: str | None = None
    judgements: list[Judgement] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    family: str = "other report"  # a ReportFamily value
    inspectorates: list[str] = field(default_factory=list)  # every inspectorate of a joint inspection
    inspection_dates_quote: str | None = None
    team: list[TeamMember] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # sidecar fields with no place of their own
    page_count: int = 0
    location: str | None = None  # where the original is: absolute path or URL (for page previews)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentMeta:
        """The inverse of ``dataclasses.asdict``; fields an older catalogue row lacks take their defaults."""
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in data.items() if k in known}
        data["judgements"] = [Judgement(**j) for j in data.get("judgements", [])]
        data["findings"] = [Finding(**f) for f in data.get("findings", [])]
        data["team"] = [TeamMember(**t) for t in data.get("team", [])]
        data["facts"] = [Fact(**f) for f in data.get("facts", [])]
        return cls(**data)

    @property
    def inspection_year(self) -> int | None:
        date = self.inspection_end or self.inspection_start
        return int(date[:4]) if date else None

    @property
    def publication_year(self) -> int | None:
        return int(self.publication_date[:4]) if self.publication_date else None


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: whole paragraphs of one section, on one or more pages."""

    chunk_id: str
    doc_id: str
    text: str
    page_start: int | None
    page_end: int | None
    section: str
    ordinal: int
