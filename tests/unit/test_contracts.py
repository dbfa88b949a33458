"""Contract tests: each interface's fake (tests/fakes.py) and its real implementation pass the same tests,
so a test that runs on the fake says something about the real thing. A new implementation (another vector
store, a parser for a new format) joins the parametrisation of its interface.

The real embedder loads a model, so it is marked slow and integration; everything else here is quick.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from documents import REPORT_SOURCE, write_corpus
from fakes import (
    FakeAnswerer,
    FakeChecker,
    FakeEmbedder,
    FakeParser,
    MemoryCatalogue,
    MemoryKeywordSearch,
    MemoryVectorStore,
    memory_index,
    real_index,
    run,
)

from assistant.claims import ClaimChecker
from assistant.config import AssistantConfig
from assistant.extractive import ExtractiveAnswerer
from assistant.interfaces import Answerer, Checker
from assistant.retrieval import Retriever
from assistant.service import Assistant
from ingest.errors import IngestError
from ingest.interfaces import DocumentSink, Parser
from ingest.models import Chunk, DocumentMeta, Page
from ingest.parsers import parse
from vectorstore.catalog import Catalog
from vectorstore.chroma_store import ChromaStore, open_client
from vectorstore.index import Index
from vectorstore.interfaces import Catalogue, Embedder, KeywordSearch, VectorStore
from vectorstore.keyword import KeywordIndex


def meta(doc_id: str, source: str, content_hash: str = "h1") -> DocumentMeta:
    return DocumentMeta(doc_id, source, content_hash, "text", f"Title of {doc_id}")


def chunk(doc_id: str, n: int, text: str, page: int | None = 1) -> Chunk:
    return Chunk(f"{doc_id}:{n}", doc_id, text, page, page, "Section", n)


PAGES = [Page(1, "Leaders know their services well."), Page(2, "Supervision of social workers is weak.")]
CHUNKS = [
    chunk("a", 0, "Leaders know their services well."),
    chunk("a", 1, "Supervision of social workers is weak.", 2),
]
OTHER = [chunk("b", 0, "The council praised its foster carers.")]


def store(catalogue: Catalogue, record: DocumentMeta, pages: list[Page], chunks: list[Chunk]) -> None:
    """As ingest writes: the ledger entry first, then the document with its pages and chunks."""
    catalogue.mark_pending(record)
    catalogue.commit_document(record, pages, chunks)


# -- Embedder --------------------------------------------------------------------------------------------
def real_embedder() -> Embedder:
    from vectorstore.embedder import load_embedder

    return load_embedder(None)


@pytest.fixture(
    params=[
        pytest.param(FakeEmbedder, id="fake"),
        pytest.param(real_embedder, id="real", marks=[pytest.mark.slow, pytest.mark.integration]),
    ]
)
def embedder(request: pytest.FixtureRequest) -> Embedder:
    return request.param()


def test_embedder_gives_unit_vectors_one_per_text(embedder: Embedder) -> None:
    assert isinstance(embedder, Embedder) and embedder.name
    vectors = embedder.embed(["Leaders know their services well.", "Foster carers were praised."])
    assert vectors.shape[0] == 2 and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert embedder.embed([]).shape[0] == 0
    again = embedder.embed(["Leaders know their services well."])
    assert np.allclose(again[0], vectors[0], atol=1e-4)  # the same text, the same vector


def test_embedder_puts_similar_texts_closer(embedder: Embedder) -> None:
    a, b, c = embedder.embed(
        [
            "Supervision of social workers is not regular enough.",
            "Social workers do not get regular supervision.",
            "The police force recruited more officers for its cyber crime unit.",
        ]
    )
    assert float(a @ b) > float(a @ c)


# -- VectorStore -------------------------------------------------------------------------------------------
def chroma(tmp_path: Path) -> VectorStore:
    return ChromaStore(open_client(tmp_path / "chroma", None, 0), "contract")


@pytest.fixture(
    params=[pytest.param(lambda _: MemoryVectorStore(), id="fake"), pytest.param(chroma, id="real")]
)
def vectors(request: pytest.FixtureRequest, tmp_path: Path) -> VectorStore:
    return request.param(tmp_path)


def test_vector_store_finds_the_nearest_within_the_documents_asked(vectors: VectorStore) -> None:
    assert isinstance(vectors, VectorStore)
    fake = FakeEmbedder()
    vectors.upsert(CHUNKS + OTHER, fake.embed([c.text for c in CHUNKS + OTHER]))
    assert vectors.count() == 3 and vectors.ids_of("a") == {"a:0", "a:1"}
    query = fake.embed(["supervision of social workers"])[0]
    hits = vectors.query(query, 2)
    assert hits[0].chunk_id == "a:1" and len(hits) == 2 and hits[0].score >= hits[1].score
    assert [h.chunk_id for h in vectors.query(query, 5, ["b"])] == ["b:0"]
    assert vectors.query(query, 5, []) == []
    vectors.upsert(CHUNKS[:1], fake.embed([CHUNKS[0].text]))  # again: replaced, not added
    assert vectors.count() == 3
    vectors.delete_ids(["a:0"])
    assert vectors.ids_of("a") == {"a:1"}
    vectors.delete_document("a")
    assert vectors.count() == 1 and vectors.ids_of("a") == set()


# -- Catalogue ---------------------------------------------------------------------------------------------
@pytest.fixture(
    params=[
        pytest.param(lambda _: MemoryCatalogue(), id="fake"),
        pytest.param(lambda tmp: Catalog(tmp / "catalog.sqlite"), id="real"),
    ]
)
def catalogue(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Catalogue]:
    made = request.param(tmp_path)
    yield made
    made.close()


def test_catalogue_is_a_ledger_readers_see_complete_documents_only(catalogue: Catalogue) -> None:
    assert isinstance(catalogue, Catalogue)
    start = catalogue.generation
    catalogue.mark_pending(meta("a", "a.txt"))
    assert catalogue.status_of("a.txt") == ("h1", "pending")
    assert catalogue.documents() == [] and [d.doc_id for d in catalogue.documents(include_pending=True)] == [
        "a"
    ]
    assert list(catalogue.chunks()) == []
    catalogue.commit_document(meta("a", "a.txt"), PAGES, CHUNKS)
    assert catalogue.status_of("a.txt") == ("h1", "complete") and catalogue.generation > start
    catalogue.commit_document(meta("x", "x.txt"), PAGES, [])  # never marked pending: not stored
    assert catalogue.status_of("x.txt") is None
    assert [d.doc_id for d in catalogue.documents()] == ["a"]
    assert catalogue.page_text("a", 2) == "Supervision of social workers is weak."
    assert catalogue.page_text("a", 9) is None
    assert [p.number for p in catalogue.pages("a")] == [1, 2]
    assert [c.chunk_id for c in catalogue.chunks("a")] == ["a:0", "a:1"] and catalogue.chunk_count() == 2
    assert set(catalogue.chunks_by_id(["a:1", "zz"])) == {"a:1"}
    assert catalogue.status_of("b.txt") is None


def test_catalogue_records_where_an_original_moved_without_a_new_generation(catalogue: Catalogue) -> None:
    store(catalogue, meta("a", "a.txt"), PAGES, CHUNKS)
    generation = catalogue.generation
    catalogue.record_location("a.txt", "/somewhere/else/a.txt")
    document = catalogue.document("a")
    assert document is not None and document.location == "/somewhere/else/a.txt"
    assert catalogue.documents()[0].location == "/somewhere/else/a.txt"
    assert catalogue.generation == generation  # nothing to re-index
    catalogue.record_location("unknown.txt", "/x")  # no such document: nothing happens


def test_catalogue_removes_and_keeps_state(catalogue: Catalogue) -> None:
    store(catalogue, meta("a", "a.txt"), PAGES, CHUNKS)
    generation = catalogue.generation
    catalogue.remove_document("a")
    assert catalogue.document("a") is None and catalogue.chunk_count() == 0 and catalogue.pages("a") == []
    assert catalogue.generation > generation
    assert catalogue.get_state("embedder") is None
    catalogue.set_state("embedder", "x")
    assert catalogue.get_state("embedder") == "x"


# -- KeywordSearch -----------------------------------------------------------------------------------------
@pytest.fixture(
    params=[
        pytest.param(lambda _: (c := MemoryCatalogue(), MemoryKeywordSearch(c)), id="fake"),
        pytest.param(lambda tmp: (c := Catalog(tmp / "c.sqlite"), KeywordIndex(c, tmp / "bm25")), id="real"),
    ]
)
def keywords(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Catalogue, KeywordSearch]:
    return request.param(tmp_path)


def test_keyword_search_follows_the_catalogue(keywords: tuple[Catalogue, KeywordSearch]) -> None:
    catalogue, search = keywords
    assert isinstance(search, KeywordSearch)
    assert search.search("supervision", 5) == [] and not search.knows("supervision")
    store(catalogue, meta("a", "a.txt"), PAGES, CHUNKS)
    store(catalogue, meta("b", "b.txt"), [Page(1, OTHER[0].text)], OTHER)
    search.refresh()
    assert search.knows("supervision") and not search.knows("zebra")
    assert search.search("supervision of social workers", 5)[0].chunk_id == "a:1"
    assert [h.chunk_id for h in search.search("foster carers", 5, ["b"])] == ["b:0"]
    assert search.search("foster carers", 5, ["a"]) == []
    catalogue.remove_document("b")
    assert search.search("foster carers", 5) == []  # it notices the change by itself


# -- Parser ------------------------------------------------------------------------------------------------
@pytest.fixture(params=[pytest.param(FakeParser, id="fake"), pytest.param(lambda: parse, id="real")])
def parser(request: pytest.FixtureRequest) -> Parser:
    return request.param()


def test_parser_reads_text_and_refuses_what_it_cannot(parser: Parser) -> None:
    assert isinstance(parser, Parser)
    parsed = parser(b"Overall effectiveness: good.\n\nLeaders know their services.", "notes.txt", "text")
    assert parsed.source == "notes.txt" and parsed.content_type == "text"
    assert "Leaders know their services." in parsed.text and parsed.pages
    with pytest.raises(IngestError, match="notes.bin"):
        parser(b"\x00\x01", "notes.bin", "no-such-type")


# -- DocumentSink ------------------------------------------------------------------------------------------
@pytest.fixture(
    params=[
        pytest.param(lambda _: memory_index(), id="fake"),
        pytest.param(lambda tmp: real_index(tmp / "index", FakeEmbedder()), id="real"),
    ]
)
def sink(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Index]:
    made = request.param(tmp_path)
    yield made
    made.close()


def test_sink_stores_a_document_and_embeds_only_new_chunks(sink: Index) -> None:
    assert isinstance(sink, DocumentSink)
    assert sink.status_of("a.txt") is None
    assert sink.write(meta("a", "a.txt"), PAGES, CHUNKS) == 2
    sink.finish()
    assert sink.status_of("a.txt") == ("h1", "complete")
    assert sink.vectors.count() == 2 and sink.keywords.search("supervision", 3)[0].chunk_id == "a:1"
    changed = [CHUNKS[0], chunk("a", 2, "Caseloads are manageable.", 2)]
    assert sink.write(meta("a", "a.txt", "h2"), PAGES, changed) == 1  # one new text, one unchanged
    assert sink.vectors.ids_of("a") == {"a:0", "a:2"}
    sink.record_location("a.txt", "/elsewhere/a.txt")
    document = sink.catalog.document("a")
    assert document is not None and document.location == "/elsewhere/a.txt"


def test_sink_is_what_ingest_writes_to(sink: Index, tmp_path: Path) -> None:
    report = run(write_corpus(tmp_path / "corpus"), sink)
    assert report.ok and report.count("ingested") == 3
    stored = {d.source: d for d in sink.catalog.documents()}
    assert stored[REPORT_SOURCE].location == str(tmp_path / "corpus" / REPORT_SOURCE)


# -- Answerer and Checker ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Index:
    index = memory_index()
    assert run(write_corpus(tmp_path_factory.mktemp("contract-corpus")), index).ok
    return index


def extractive(index: Index) -> ExtractiveAnswerer:
    return ExtractiveAnswerer(index, Retriever(index), 8)


AnswererMaker = Callable[[Index], Any]


@pytest.fixture(params=[pytest.param(FakeAnswerer, id="fake"), pytest.param(extractive, id="real")])
def answerer(request: pytest.FixtureRequest, library: Index) -> Answerer:
    return request.param(library)


@pytest.fixture(
    params=[
        pytest.param(FakeChecker, id="fake"),
        pytest.param(lambda index: ClaimChecker(extractive(index)), id="real"),
    ]
)
def checker(request: pytest.FixtureRequest, library: Index) -> Checker:
    return request.param(library)


def assert_quotes_on_their_pages(index: Index, answer: Any) -> None:
    for c in answer.citations:
        page = index.catalog.page_text(c.doc_id, c.page) or ""
        assert " ".join(c.quote.split()) in " ".join(page.split()), c


def test_answerer_cites_what_is_on_the_page_or_abstains(answerer: Answerer, library: Index) -> None:
    assert isinstance(answerer, Answerer)
    assistant = Assistant(library, AssistantConfig())
    scope = assistant.scope("What did Ofsted say Anytown children's services needed to improve after 2021?")
    answer = answerer.answer(scope)
    assert answer.question == scope.question and not answer.abstained and answer.citations
    assert_quotes_on_their_pages(library, answer)
    nowhere = answerer.answer(
        assistant.scope("What grade did Ofsted give Anytown children's services in 2015?")
    )
    assert nowhere.abstained and nowhere.citations == []


CLAIM = "Ofsted judged children's services in Anytown to be requires improvement to be good overall in 2021."


def test_checker_gives_a_verdict_with_quotes_on_their_pages(checker: Checker, library: Index) -> None:
    assert isinstance(checker, Checker)
    supported = checker.check(Assistant(library).scope(CLAIM))
    assert supported.verdict == "supported" and supported.citations
    assert_quotes_on_their_pages(library, supported)
    unknown = checker.check(Assistant(library).scope(CLAIM.replace("2021", "2015")))  # no inspection then
    assert unknown.verdict == "not_found" and unknown.citations == []


def test_checker_leaves_its_scope_alone(
    checker: Checker, library: Index, request: pytest.FixtureRequest
) -> None:
    scope = Assistant(library).scope(CLAIM)
    before = [d.doc_id for d in scope.documents]
    checker.check(scope, frozenset(before[:1]))
    assert [d.doc_id for d in scope.documents] == before
