"""Fakes of every interface, in one place, for every test tier.

* FakeEmbedder (Embedder): hashing-trick vectors, counts its calls, can die on its Nth call.
* MemoryCatalogue (Catalogue), MemoryVectorStore (VectorStore), MemoryKeywordSearch (KeywordSearch):
  the stores in memory. test_contracts.py holds them to the same contract as the real ones.
* FakeParser (Parser): plain text, pages split at form feeds.
* FakeAnswerer (Answerer), FakeChecker (Checker): canned cited answers and verdicts.
* FakeAssistant, PolicyAssistant: what the web app calls, with canned results (DOCS, CITATION, GRADES,
  COMPARISON, THEMES) for the web's plain functions.
* real_index / memory_index: an Index over real stores or memory ones, with a fake embedder.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.compare import Comparison, GradeRow, Inspection, UnknownOrganisationError
from assistant.models import Answer, Citation, Filters
from assistant.resolve import OrganisationDirectory
from assistant.scope import Scope
from assistant.themes import Theme, ThemeInput, ThemesResult
from ingest.errors import UnsupportedContentError
from ingest.models import Chunk, DocumentMeta, Page, ParsedDocument
from ingest.pipeline import IngestReport, ingest
from vectorstore.index import Index
from vectorstore.interfaces import KeywordHit, VectorHit

DIMS = 384
_WORDS = re.compile(r"[a-z0-9]+")


# -- embedder ------------------------------------------------------------------------------------------------
class SimulatedCrash(BaseException):
    """Like a kill (or KeyboardInterrupt), it ends the whole run: no handler for bad files may catch it."""


class FakeEmbedder:
    """Deterministic hashing-trick vectors of unit length (similar texts, similar vectors); counts calls;
    can fail on its Nth call."""

    name = "fake-hashing-384"

    def __init__(self, fail_on_call: int | None = None) -> None:
        self.calls = 0
        self.texts = 0
        self.fail_on_call = fail_on_call

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        if self.fail_on_call is not None and self.calls == self.fail_on_call:
            raise SimulatedCrash(f"killed during embed call {self.calls}")
        self.texts += len(texts)
        vectors = np.zeros((len(texts), DIMS), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORDS.findall(text.lower()):
                digest = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")
                vectors[row, digest % DIMS] += 1.0 if (digest >> 32) & 1 else -1.0
            norm = float(np.linalg.norm(vectors[row]))
            if norm == 0.0:
                vectors[row, 0], norm = 1.0, 1.0
            vectors[row] /= norm
        return vectors


# -- stores in memory --------------------------------------------------------------------------------------------
class MemoryCatalogue:
    """The Catalogue in dictionaries: the same ledger (pending, then complete) and generation."""

    def __init__(self) -> None:
        self.docs: dict[str, tuple[str, DocumentMeta]] = {}  # doc_id -> (status, meta)
        self.page_texts: dict[str, list[Page]] = {}
        self.chunk_rows: dict[str, list[Chunk]] = {}
        self.sentence_rows: dict[
            str, dict[str, dict[bytes, np.ndarray]]
        ] = {}  # doc -> chunk -> key -> vector
        self.state: dict[str, str] = {}
        self.generation = 0

    def status_of(self, source: str) -> tuple[str, str] | None:
        for status, meta in self.docs.values():
            if meta.source == source:
                return meta.content_hash, status
        return None

    def mark_pending(self, meta: DocumentMeta) -> None:
        self.docs[meta.doc_id] = ("pending", replace(meta))
        self.generation += 1

    def commit_document(
        self,
        meta: DocumentMeta,
        pages: list[Page],
        chunks: list[Chunk],
        sentence_vectors: Mapping[str, Mapping[bytes, np.ndarray]] | None = None,
    ) -> None:
        if meta.doc_id not in self.docs:
            return  # as the real one: only a document marked pending first is committed
        self.docs[meta.doc_id] = ("complete", replace(meta))
        self.page_texts[meta.doc_id] = list(pages)
        self.chunk_rows[meta.doc_id] = list(chunks)
        wanted = {c.chunk_id for c in chunks}
        self.sentence_rows[meta.doc_id] = {
            chunk_id: {k: np.asarray(v, dtype=np.float16).astype(np.float32) for k, v in vectors.items()}
            for chunk_id, vectors in (sentence_vectors or {}).items()
            if chunk_id in wanted
        }
        self.generation += 1

    def record_location(self, source: str, location: str) -> None:
        for doc_id, (status, meta) in list(self.docs.items()):
            if meta.source == source:
                self.docs[doc_id] = (status, replace(meta, location=location))

    def remove_document(self, doc_id: str) -> None:
        for table in (self.docs, self.page_texts, self.chunk_rows, self.sentence_rows):
            table.pop(doc_id, None)
        self.generation += 1

    def get_state(self, key: str) -> str | None:
        return self.state.get(key)

    def set_state(self, key: str, value: str) -> None:
        self.state[key] = value

    def documents(self, include_pending: bool = False) -> list[DocumentMeta]:
        found = [replace(m) for status, m in self.docs.values() if include_pending or status == "complete"]
        return sorted(found, key=lambda m: m.source)

    def document(self, doc_id: str) -> DocumentMeta | None:
        row = self.docs.get(doc_id)
        return replace(row[1]) if row else None

    def page_text(self, doc_id: str, page: int | None) -> str | None:
        return next((p.text for p in self.page_texts.get(doc_id, []) if p.number == page), None)

    def pages(self, doc_id: str) -> list[Page]:
        return sorted(self.page_texts.get(doc_id, []), key=lambda p: p.number or 0)

    def _complete(self) -> list[str]:
        return sorted(d for d, (status, _) in self.docs.items() if status == "complete")

    def chunks(self, doc_id: str | None = None) -> Iterator[Chunk]:
        for d in self._complete():
            if doc_id in (None, d):
                yield from sorted(self.chunk_rows.get(d, []), key=lambda c: c.ordinal)

    def chunks_by_id(self, chunk_ids: list[str]) -> dict[str, Chunk]:
        wanted = set(chunk_ids)
        return {c.chunk_id: c for c in self.chunks() if c.chunk_id in wanted}

    def sentence_vectors(self, chunk_ids: Iterable[str]) -> dict[str, dict[bytes, np.ndarray]]:
        wanted = set(chunk_ids)
        return {
            chunk_id: dict(vectors)
            for rows in self.sentence_rows.values()
            for chunk_id, vectors in rows.items()
            if chunk_id in wanted
        }

    def chunk_count(self) -> int:
        return sum(len(rows) for rows in self.chunk_rows.values())

    def close(self) -> None:
        pass


class MemoryVectorStore:
    """The VectorStore as a dictionary, searched exhaustively by cosine similarity."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, np.ndarray]] = {}  # chunk_id -> (doc_id, unit vector)

    def upsert(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        for chunk, vector in zip(chunks, vectors, strict=True):
            self.rows[chunk.chunk_id] = (chunk.doc_id, np.asarray(vector, dtype=np.float32))

    def ids_of(self, doc_id: str) -> set[str]:
        return {cid for cid, (d, _) in self.rows.items() if d == doc_id}

    def delete_ids(self, ids: list[str]) -> None:
        for cid in ids:
            self.rows.pop(cid, None)

    def delete_document(self, doc_id: str) -> None:
        self.delete_ids(sorted(self.ids_of(doc_id)))

    def count(self) -> int:
        return len(self.rows)

    def query(self, vector: np.ndarray, k: int, doc_ids: list[str] | None = None) -> list[VectorHit]:
        if doc_ids is not None and not doc_ids:
            return []
        hits = [
            VectorHit(cid, float(np.dot(vector, v)))
            for cid, (d, v) in self.rows.items()
            if doc_ids is None or d in doc_ids
        ]
        return sorted(hits, key=lambda h: -h.score)[:k]


class MemoryKeywordSearch:
    """The KeywordSearch as word counting over the catalogue's complete chunks (no BM25 weighting)."""

    def __init__(self, catalog: Any) -> None:
        self._catalog = catalog

    def refresh(self) -> None:
        pass  # reads the catalogue on every search

    def knows(self, word: str) -> bool:
        return any(word.lower() in _WORDS.findall(c.text.lower()) for c in self._catalog.chunks())

    def search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[KeywordHit]:
        words = set(_WORDS.findall(query.lower()))
        hits = []
        for chunk in self._catalog.chunks():
            if doc_ids is not None and chunk.doc_id not in doc_ids:
                continue
            score = sum(w in words for w in _WORDS.findall(chunk.text.lower()))
            if score:
                hits.append(KeywordHit(chunk.chunk_id, float(score)))
        return sorted(hits, key=lambda h: -h.score)[:k]


# -- parser ---------------------------------------------------------------------------------------------------
class FakeParser:
    """Text and Markdown only, pages split at form feeds; counts what it parsed."""

    def __init__(self) -> None:
        self.parsed: list[str] = []

    def __call__(self, data: bytes, source: str, content_type: str) -> ParsedDocument:
        if content_type not in ("text", "markdown"):
            raise UnsupportedContentError(f"{source}: the fake parser reads text only, not {content_type!r}")
        self.parsed.append(source)
        texts = data.decode("utf-8").split("\f")
        pages = [Page(n if len(texts) > 1 else None, t) for n, t in enumerate(texts, 1)]
        return ParsedDocument(source, content_type, pages)


# -- indexes -----------------------------------------------------------------------------------------------------
def real_index(data_dir: Path, embedder: Any) -> Index:
    """An Index over the real stores in data_dir (SQLite, embedded Chroma, BM25) with this embedder."""
    from inspectchat.factory import open_index
    from inspectchat.settings import Settings

    return open_index(Settings(data_dir=data_dir, chroma_host=None), embedder)


def memory_index(embedder: Any | None = None) -> Index:
    """An Index over the stores in memory."""
    catalog = MemoryCatalogue()
    return Index(catalog, MemoryVectorStore(), MemoryKeywordSearch(catalog), embedder or FakeEmbedder())


def run(corpus: Path, index: Index, **kwargs: Any) -> IngestReport:
    return ingest([str(corpus)], index, progress=False, **kwargs)


# -- answerer and claim checker --------------------------------------------------------------------------------
class FakeAnswerer:
    """Answers with the first passage's first words of the first document in scope, or abstains."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def answer(self, scope: Scope) -> Answer:
        if scope.missing:
            return Answer(scope.question, scope.missing, abstained=True)
        for doc in scope.documents:
            for chunk in self.index.catalog.chunks(doc.doc_id):
                quote = " ".join(chunk.text.split()[:8])
                page = chunk.page_start
                citation = Citation(doc.source, doc.title, page, quote, doc.doc_id)
                return Answer(scope.question, quote, citations=[citation])
        return Answer(scope.question, "Nothing in the index answers that.", abstained=True)


class FakeChecker:
    """Supports every claim that names an organisation in scope (quoting as FakeAnswerer), else not_found."""

    def __init__(self, index: Index) -> None:
        self.answerer = FakeAnswerer(index)

    def check(self, scope: Scope, exclude: frozenset[str] = frozenset()) -> Answer:
        docs = [d for d in scope.documents if d.doc_id not in exclude]
        answer = self.answerer.answer(replace(scope, documents=docs)) if docs and not scope.missing else None
        if answer is None or answer.abstained:
            return Answer(scope.question, "Not found.", verdict="not_found", reason="no document in scope")
        answer.verdict, answer.reason = "supported", "the document says so"
        return answer


# -- a fake assistant with canned results (the web's plain functions) ------------------------------------------
PAGE = (
    "Judgement Grade\nThe impact of leaders   Good\nOverall\neffectiveness Good\nLead inspector: Jane <Doe>"
)


def meta(doc_id: str, organisation: str, source: str, **extra: Any) -> DocumentMeta:
    return DocumentMeta(
        doc_id=doc_id,
        source=source,
        content_hash="h",
        content_type="pdf",
        title=f"Inspection of {organisation}",
        organisation=organisation,
        inspectorate="Ofsted",
        doc_type="inspection report",
        **extra,
    )


DOCS = [
    meta("d1", "Testshire", "testshire/report-2023.pdf", inspection_end="2023-05-05", page_count=3),
    meta("d2", "Otherford", "otherford/report-2019.pdf", inspection_end="2019-03-01", page_count=7),
]
CITATION = Citation(
    source="testshire/report-2023.pdf",
    title="Inspection of Testshire",
    page=1,
    quote="Overall effectiveness Good",
    doc_id="d1",
    date="2023-05-05",
    organisation="Testshire",
    inspectorate="Ofsted",
    doc_type="inspection report",
)


class FakeAssistant:
    """Answers every question with the same cited answer and records what it was asked."""

    def __init__(self, fail: bool = False) -> None:
        self.directory = OrganisationDirectory(DOCS)
        self.documents = DOCS
        self.asked: list[tuple[str, Filters | None]] = []
        self.fail = fail

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        self.asked.append((question, filters))
        if self.fail:
            raise RuntimeError("store offline")
        answer = Answer(
            question,
            "Good. Ofsted judged overall effectiveness in Testshire to be good in 2023, "
            "with leaders making a strong impact.",
            citations=[CITATION],
        )
        if filters and not filters.is_empty():
            answer.filters_applied = filters.describe()
        return answer

    def check(self, claim: str, filters: Filters | None = None) -> Answer:
        verdict = "supported" if "good" in claim.lower() else "not_found"
        citations = [CITATION] if verdict == "supported" else []
        return Answer(claim, verdict, verdict=verdict, citations=citations, reason=f"{verdict} because")


class PolicyAssistant(FakeAssistant):
    """Also checks stories, compares inspections and lists grades, as Assistant does."""

    def __init__(self) -> None:
        super().__init__()
        self.compared: list[tuple[list[str], list[int] | None]] = []
        self.themed: list[tuple[str, list[int] | None, list[str] | None]] = []

    def check_text(self, text: str, filters: Filters | None = None) -> Answer:
        from assistant.story import overall_verdict, part_row

        if "fail" in text:
            raise RuntimeError("store offline")
        parts = [self.check(s) for s in text.split(". ") if len(s.split()) >= 5]
        return Answer(
            text[:200],
            f"{len(parts)} claims",
            citations=[c for p in parts for c in p.citations[:1]],
            verdict=overall_verdict(parts) if parts else "not_found",
            parts=[part_row(p) for p in parts],
        )

    def compare(self, organisations: list[str], years: list[int] | None = None) -> Comparison:
        self.compared.append((organisations, years))
        if "Nowhere" in organisations:
            raise UnknownOrganisationError("no organisation in the index matches 'Nowhere'")
        return COMPARISON

    def grades(self, organisations: list[str] | None = None) -> list[GradeRow]:
        return [g for g in GRADES if not organisations or g.organisation in organisations]

    def themes(
        self,
        question: str = "",
        *,
        years: list[int] | None = None,
        topic: str | None = None,
        organisations: list[str] | None = None,
        filters: Filters | None = None,
        top: int = 8,
    ) -> ThemesResult:
        """THEMES for any question; none for 'nothing'; an error for 'fail'; records the arguments."""
        self.themed.append((question, years, organisations))
        if "fail" in question:
            raise RuntimeError("store offline")
        if "nothing" in question:
            return ThemesResult(question, "improvement findings about nothing", 0, 0)
        return replace(THEMES, question=question or THEMES.question)


def grade(org: str, end: str, area: str, value: str, page: int = 1) -> GradeRow:
    return GradeRow(
        organisation=org,
        inspectorate="Ofsted",
        inspection_dates=f"to {end}",
        inspection_end=end,
        published="",
        area=area,
        grade=value,
        title=f"Inspection of {org}",
        source=f"{org.lower()}/report-{end[:4]}.pdf",
        page=page,
        quote=f"{area.capitalize()} {value.capitalize()}",
    )


GRADES = [
    grade("Otherford", "2019-03-01", "overall effectiveness", "adequate"),
    grade("Testshire", "2018-03-16", "overall effectiveness", "requires improvement"),
    grade("Testshire", "2018-03-16", "care leavers", "inadequate", page=2),
    grade("Testshire", "2023-05-05", "overall effectiveness", "good"),
    grade("Testshire", "2023-05-05", "care leavers", "outstanding", page=2),
    grade("Testshire", "", "care leavers", "good"),  # no date: listed, not charted
    grade("Testshire", "2020-01-01", "overall effectiveness", "not judged"),  # no grade on the scale
]
OLD = Citation("testshire/report-2018.pdf", "Inspection of Testshire", 1, "Overall effectiveness RI", "d0")
COMPARISON = Comparison(
    inspections=[
        Inspection(
            "Testshire",
            "inspection 5 to 16 March 2018",
            2018,
            "testshire/report-2018.pdf",
            {"overall effectiveness": "requires improvement"},
            ["Supervision of social workers."],
            [OLD],
        ),
        Inspection(
            "Testshire",
            "inspection 1 to 5 May 2023",
            2023,
            "testshire/report-2023.pdf",
            {"overall effectiveness": "good"},
            ["Supervision of social workers."],
            [CITATION],
        ),
    ],
    changes=[
        {
            "organisation": "Testshire",
            "area": "overall effectiveness",
            "from": "requires improvement",
            "to": "good",
            "change": "improved",
            "between": "2018 and 2023",
        }
    ],
    recurring=[
        {
            "organisation": "Testshire",
            "items": ["Supervision of social workers."],
            "inspections": ["2018", "2023"],
        }
    ],
    summary=[
        "Testshire: overall effectiveness improved between 2018 and 2023 (requires improvement → good)."
    ],
    missing=["No inspection of Testshire in 2020 is in the index."],
)


def theme_item(org: str, text: str, page: int = 3, end: str = "2023-05-05") -> ThemeInput:
    source = f"{org.lower()}/report-{end[:4]}.pdf"
    citation = Citation(source, f"Inspection of {org}", page, text, f"{org.lower()}-{end[:4]}", date=end)
    return ThemeInput(org, "May 2023", "improve", text, citation)


THEMES = ThemesResult(
    question="most common areas for improvement",
    scope="improvement findings of inspections in 2023",
    reports=3,
    findings=6,
    themes=[
        Theme(
            "Management oversight",
            [
                theme_item("Testshire", "Management oversight and supervision of social workers."),
                theme_item("Otherford", "The consistency of management oversight of plans."),
                theme_item("Northshire", "Management oversight | of | children's plans.", page=4),
            ],
        ),
        Theme(
            "Care leavers' accommodation",
            [
                theme_item("Testshire", "Suitable accommodation for care leavers."),
                theme_item("Otherford", "The choice of accommodation for care leavers aged 18 to 21."),
            ],
        ),
    ],
    unthemed=1,
)
