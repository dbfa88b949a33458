"""Issue 11, load and ingest speed: the caches give exactly what the uncached path gives, a text is
embedded once per ingest, and the prefetching pipeline keeps the order, the failures and the ledger."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from fakes import FakeEmbedder, FakeParser, memory_index, run

from assistant.corpus_profile import CorpusProfile, CorpusProfiles
from assistant.evidence import sentences_of
from assistant.retrieval import Passage
from assistant.sentences import rank_sentences
from ingest.errors import IngestError
from ingest.models import Chunk, DocumentMeta, Page
from ingest.pipeline import IngestConfig
from vectorstore.embedder import VectorCache
from vectorstore.errors import StoreError

# ------------------------------------------------------------------------------------------ VectorCache


def test_vector_cache_computes_once_per_key_and_evicts_the_oldest() -> None:
    computed: list[tuple[str, ...]] = []

    def compute(key: tuple[str, ...]) -> np.ndarray:
        computed.append(key)
        return np.full((len(key), 2), float(len(computed)), dtype=np.float32)

    cache = VectorCache(2)
    first = cache.get_or_compute(("a", "b"), compute)
    assert cache.get_or_compute(("a", "b"), compute) is first
    assert not first.flags.writeable  # shared between requests: nobody may change it
    cache.get_or_compute(("c",), compute)
    cache.get_or_compute(("a", "b"), compute)  # used: now the newest
    cache.get_or_compute(("d",), compute)  # evicts ("c",)
    assert len(cache) == 2
    cache.get_or_compute(("c",), compute)
    assert computed == [("a", "b"), ("c",), ("d",), ("c",)]
    assert (cache.hits, cache.misses) == (2, 4)


def test_vector_cache_is_safe_from_many_threads() -> None:
    cache = VectorCache(8)
    results: list[np.ndarray] = []

    def worker(n: int) -> None:
        for i in range(200):
            key = (f"t{(n + i) % 12}",)
            results.append(cache.get_or_compute(key, lambda k: np.array([[float(k[0][1:])]])))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 800 and len(cache) <= 8


# ------------------------------------------------------------------------------- ranking's embed calls


def _passages(index, texts: list[str]) -> list[Passage]:  # type: ignore[no-untyped-def]
    meta = DocumentMeta(doc_id="d1", source="d1.txt", content_hash="h", content_type="text", title="A report")
    pages = [Page(1, "\n".join(texts))]
    chunks = [Chunk(f"d1:{n}", "d1", text, 1, 1, "", n) for n, text in enumerate(texts)]
    index.catalog.mark_pending(meta)
    index.catalog.commit_document(meta, pages, chunks)
    return [Passage(c, 1.0) for c in chunks]


def test_ranking_the_same_candidates_again_embeds_nothing_and_ranks_the_same() -> None:
    embedder = FakeEmbedder()
    index = memory_index(embedder)
    passages = _passages(
        index,
        [
            "Leaders know their services well.",
            "Caseloads are high in the assessment teams.",
            "Plans are clear.",
        ],
    )
    question = "How high are caseloads?"
    first = rank_sentences(question, passages, index)
    calls = embedder.calls
    again = rank_sentences(question, passages, index)
    assert embedder.calls == calls
    assert [(s.sentence.text, s.score) for s in again] == [(s.sentence.text, s.score) for s in first]
    rank_sentences("Are plans clear?", passages, index)  # another question: embedded
    assert embedder.calls == calls + 1
    fresh = memory_index(FakeEmbedder())  # each index keeps its own calls
    rank_sentences(question, _passages(fresh, [p.chunk.text for p in passages]), fresh)
    assert fresh.embedder.calls == 1  # type: ignore[attr-defined]


# ------------------------------------------------------------------------- catalogue lookups per generation


def test_profile_memo_computes_once_and_a_new_generation_starts_afresh() -> None:
    index = memory_index()
    _passages(index, ["Leaders know their services well."])
    profiles = CorpusProfiles(index.catalog)
    computed: list[str] = []

    def title() -> str:
        computed.append("x")
        return "a report"

    profile = profiles.current()
    assert profile.memo(("title", "d1"), title) == "a report"
    assert profile.memo(("title", "d1"), title) == "a report"
    assert computed == ["x"]
    _passages(index, ["Another generation."])  # the catalogue changes
    assert profiles.current() is not profile
    profiles.current().memo(("title", "d1"), title)
    assert computed == ["x", "x"]


def test_profile_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.corpus_profile as corpus_profile

    monkeypatch.setattr(corpus_profile, "MEMO_ENTRIES", 3)
    profile = CorpusProfile()
    for n in range(10):
        assert profile.memo(n, lambda n=n: n * 2) == n * 2
    assert len(profile._memo) <= 3


# ---------------------------------------------------------------------------------- one text, one embed


def test_a_chunk_text_seen_before_in_this_process_is_not_embedded_again() -> None:
    embedder = FakeEmbedder()
    index = memory_index(embedder)
    texts = ["Same template paragraph.", "Own words of report one.", "Same template paragraph."]
    vectors = index.vectors_for(texts)
    assert embedder.texts == 2  # the repeated paragraph once
    assert np.array_equal(vectors, np.stack([FakeEmbedder().embed([t])[0] for t in texts]))
    again = index.vectors_for(["Same template paragraph.", "Own words of report two."])
    assert embedder.texts == 3
    assert np.array_equal(again[0], vectors[0])
    assert index.reused_vectors == 2
    assert index.vectors_for([]).shape == (0, 384)


def test_template_paragraphs_shared_by_reports_are_embedded_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shared = "Information about this inspection. Inspectors looked at records and spoke to staff."
    for n in range(3):
        (corpus / f"r{n}.txt").write_text(f"Report {n}\n\nWhat is special about area {n}.\n\n{shared}\n")
    embedder = FakeEmbedder()
    index = memory_index(embedder)
    report = run(
        corpus, index, config=IngestConfig(chunk_chars=60, parser=FakeParser())
    )  # a chunk a paragraph
    assert report.ok and report.count("ingested") == 3
    stored = list(index.catalog.chunks())
    sentences = {tuple(s.text for s in sentences_of(c, index.catalog)) for c in stored}
    distinct = len({c.text for c in stored})
    assert distinct < len(stored)
    # each distinct sentence embedded once; each distinct chunk text too where chunk vectors embed the text
    every_sentence = [text for chunk_sentences in sentences for text in chunk_sentences]
    all_sentences = [s.text for c in stored for s in sentences_of(c, index.catalog)]
    chunk_texts = distinct if index.chunk_vectors == "text" else 0
    assert embedder.texts == chunk_texts + len(set(every_sentence))
    reused_chunks = len(stored) - distinct if index.chunk_vectors == "text" else 0
    assert index.reused_vectors == reused_chunks + len(all_sentences) - len(set(all_sentences))


# ----------------------------------------------------------------------------------------- prefetching


class _ThreadRecordingParser(FakeParser):
    def __init__(self, fail: str | None = None) -> None:
        super().__init__()
        self.threads: set[str] = set()
        self.fail = fail

    def __call__(self, data: bytes, source: str, content_type: str):  # type: ignore[no-untyped-def]
        self.threads.add(threading.current_thread().name)
        if source == self.fail:
            raise IngestError(f"{source}: cannot be read")
        return super().__call__(data, source, content_type)


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"r{n:02d}.txt").write_text(f"Report {n}\n\nThe findings of report {n} are its own.\n")
    return folder


def test_documents_are_prepared_ahead_in_a_thread_and_stored_in_order(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 6)
    parser = _ThreadRecordingParser(fail="r03.txt")
    index = memory_index()
    writer_threads: set[str] = set()
    write = index.write

    def recording_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        writer_threads.add(threading.current_thread().name)
        return write(*args, **kwargs)

    index.write = recording_write  # type: ignore[method-assign]
    report = run(corpus, index, config=IngestConfig(parser=parser))
    assert [r.source for r in report.results] == [f"r{n:02d}.txt" for n in range(6)]
    assert [r.status for r in report.results] == ["ingested"] * 3 + ["failed"] + ["ingested"] * 2
    assert "cannot be read" in report.results[3].reason
    assert parser.threads == {"ingest-prefetch"}
    assert writer_threads == {threading.current_thread().name}  # the ledger is written by the caller only
    again = run(corpus, index, config=IngestConfig(parser=parser))
    assert [r.status for r in again.results].count("unchanged") == 5


def test_a_fatal_store_error_while_preparing_ends_the_batch(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 4)
    index = memory_index()
    status_of = index.status_of

    def failing_status_of(source: str):  # type: ignore[no-untyped-def]
        if source == "r02.txt":
            raise StoreError("the store went away")
        return status_of(source)

    index.status_of = failing_status_of  # type: ignore[method-assign]
    with pytest.raises(StoreError):
        run(corpus, index, config=IngestConfig(parser=FakeParser()))
    assert {m.source for m in index.catalog.documents(include_pending=True)} == {"r00.txt", "r01.txt"}
