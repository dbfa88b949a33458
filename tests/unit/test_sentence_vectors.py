"""Sentence vectors made at ingest (issue 11, item 5): each chunk's sentences are embedded once when the
document is stored, kept in the catalogue with it, removed with it, and read back when a question ranks
them, so a question embeds only itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from documents import write_corpus
from fakes import FakeEmbedder, MemoryCatalogue, memory_index, real_index, run

from assistant.evidence import sentences_of
from assistant.retrieval import Passage
from assistant.sentences import rank_sentences
from ingest.models import Chunk, DocumentMeta, Page
from ingest.pipeline import chunk_sentences
from vectorstore.catalog import Catalog
from vectorstore.index import Index, text_key
from vectorstore.interfaces import Catalogue

PAGES = [
    Page(1, "Leaders know their services well. Caseloads are high in the assessment teams."),
    Page(2, "Plans for children are clear and regularly reviewed. Supervision is weak."),
]
CHUNKS = [
    Chunk(
        "d:0",
        "d",
        "Leaders know their services well. Caseloads are high in the assessment teams.",
        1,
        1,
        "",
        0,
    ),
    Chunk(
        "d:1", "d", "Plans for children are clear and regularly reviewed. Supervision is weak.", 2, 2, "", 1
    ),
]


def meta(content_hash: str = "h1") -> DocumentMeta:
    return DocumentMeta("d", "d.txt", content_hash, "text", "A report")


class SpyEmbedder(FakeEmbedder):
    """A FakeEmbedder that remembers each call's texts."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[list[str]] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.seen.append(list(texts))
        return super().embed(texts)


@pytest.fixture(params=["fake", "real"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Index:
    embedder = SpyEmbedder()
    return memory_index(embedder) if request.param == "fake" else real_index(tmp_path / "index", embedder)


def test_sentences_at_ingest_are_the_sentences_answers_read(index: Index) -> None:
    index.write(meta(), PAGES, CHUNKS, chunk_sentences(PAGES, CHUNKS))
    for chunk, texts in zip(CHUNKS, chunk_sentences(PAGES, CHUNKS), strict=True):
        assert texts == [s.text for s in sentences_of(chunk, index.catalog)]
    assert chunk_sentences(PAGES, CHUNKS)[1] == [
        "Plans for children are clear and regularly reviewed.",
        "Supervision is weak.",
    ]


def test_sentence_vectors_are_written_with_the_document_in_one_embed_call(index: Index) -> None:
    sentences = chunk_sentences(PAGES, CHUNKS)
    index.write(meta(), PAGES, CHUNKS, sentences)
    embedder = index.embedder
    assert isinstance(embedder, SpyEmbedder)
    sentence_calls = [call for call in embedder.seen if set(call) <= {t for s in sentences for t in s}]
    assert sentence_calls == [[t for s in sentences for t in s]]  # the document's sentences, together
    stored = index.catalog.sentence_vectors(["d:0", "d:1", "nothing"])
    assert set(stored) == {"d:0", "d:1"}
    expected = FakeEmbedder().embed(sentences[0])
    for key, vector in zip([text_key(t) for t in sentences[0]], expected, strict=True):
        assert np.allclose(stored["d:0"][key], vector, atol=1e-3)  # kept as float16


def test_an_unchanged_chunk_keeps_its_vectors_and_a_removed_one_loses_them(index: Index) -> None:
    index.write(meta(), PAGES, CHUNKS, chunk_sentences(PAGES, CHUNKS))
    before = index.catalog.sentence_vectors(["d:0"])["d:0"]
    changed = [CHUNKS[0], Chunk("d:2", "d", "Supervision is weak and infrequent here.", 2, 2, "", 1)]
    pages = [PAGES[0], Page(2, "Supervision is weak and infrequent here.")]
    embedder = index.embedder
    assert isinstance(embedder, SpyEmbedder)
    embedder.seen.clear()
    index.write(meta("h2"), pages, changed, chunk_sentences(pages, changed))
    embedded = {t for call in embedder.seen for t in call}
    assert embedded == {"Supervision is weak and infrequent here."}  # the new chunk (text, sentence) only
    stored = index.catalog.sentence_vectors(["d:0", "d:1", "d:2"])
    assert set(stored) == {"d:0", "d:2"}
    assert all(np.array_equal(before[k], stored["d:0"][k]) for k in before)
    index.remove_document("d")
    assert index.catalog.sentence_vectors(["d:0", "d:2"]) == {}


def test_sentence_vectors_are_committed_with_the_document_or_not_at_all(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite")
    catalog.mark_pending(meta())
    vectors = {"d:0": {text_key("Leaders know their services well."): np.ones(384, dtype=np.float32)}}
    with pytest.raises(Exception, match="UNIQUE"):  # the same chunk id twice: the transaction fails
        catalog.commit_document(meta(), PAGES, [CHUNKS[0], CHUNKS[0]], vectors)
    assert catalog.sentence_vectors(["d:0"]) == {} and catalog.status_of("d.txt") == ("h1", "pending")
    catalog.commit_document(meta(), PAGES, CHUNKS, vectors)
    assert set(catalog.sentence_vectors(["d:0"])["d:0"]) == set(vectors["d:0"])
    catalog.close()


@pytest.mark.parametrize("make", [MemoryCatalogue, None], ids=["fake", "real"])
def test_catalogue_keeps_only_vectors_of_the_documents_chunks(make: type | None, tmp_path: Path) -> None:
    catalogue: Catalogue = make() if make else Catalog(tmp_path / "c.sqlite")
    catalogue.mark_pending(meta())
    vector = np.full(384, 0.05, dtype=np.float32)
    catalogue.commit_document(
        meta(), PAGES, CHUNKS[:1], {"d:0": {b"k": vector}, "elsewhere:9": {b"k": vector}}
    )
    assert set(catalogue.sentence_vectors(["d:0", "elsewhere:9"])) == {"d:0"}
    assert catalogue.sentence_vectors([]) == {}


def test_ranking_embeds_only_the_question_when_the_index_holds_sentence_vectors(index: Index) -> None:
    index.write(meta(), PAGES, CHUNKS, chunk_sentences(PAGES, CHUNKS))
    embedder = index.embedder
    assert isinstance(embedder, SpyEmbedder)
    embedder.seen.clear()
    passages = [Passage(c, 1.0) for c in index.catalog.chunks("d")]
    ranked = rank_sentences("How high are caseloads?", passages, index)
    assert embedder.seen == [["How high are caseloads?"]]
    assert ranked[0].sentence.text == "Caseloads are high in the assessment teams."
    question = FakeEmbedder().embed(["How high are caseloads?"])[0]
    for scored in ranked:  # similarities from the stored vectors, to float16 precision
        expected = float(FakeEmbedder().embed([scored.sentence.text])[0] @ question)
        assert scored.similarity == pytest.approx(expected, abs=2e-3)


def test_an_index_built_without_sentence_vectors_ranks_as_before(index: Index) -> None:
    index.write(meta(), PAGES, CHUNKS)  # as an older ingest: no sentences given
    assert index.catalog.sentence_vectors(["d:0", "d:1"]) == {}
    embedder = index.embedder
    assert isinstance(embedder, SpyEmbedder)
    embedder.seen.clear()
    passages = [Passage(c, 1.0) for c in index.catalog.chunks("d")]
    rank_sentences("How high are caseloads?", passages, index)
    assert len(embedder.seen) == 1 and embedder.seen[0][0] == "How high are caseloads?"  # one call, as before
    assert len(embedder.seen[0]) == 1 + 4


def test_chunk_vectors_from_sentences_are_their_normalised_mean(tmp_path: Path) -> None:
    index = memory_index(SpyEmbedder())
    index.chunk_vectors = "sentences"
    no_sentences = Chunk("d:2", "d", "Too short.", 2, 2, "", 2)  # no sentence of 12 characters
    chunks = [*CHUNKS, no_sentences]
    sentences = chunk_sentences(PAGES, chunks)
    assert sentences[2] == []
    index.write(meta(), PAGES, chunks, sentences)
    embedder = index.embedder
    assert isinstance(embedder, SpyEmbedder)
    assert CHUNKS[0].text not in {
        t for call in embedder.seen for t in call
    }  # the text itself: never embedded
    assert ["Too short."] in embedder.seen  # a chunk without sentences: its text
    mean = FakeEmbedder().embed(sentences[0]).mean(axis=0)
    hits = index.vectors.query(mean / np.linalg.norm(mean), 1)
    assert hits[0].chunk_id == "d:0" and hits[0].score == pytest.approx(1.0, abs=1e-5)


def test_ingest_stores_every_chunks_sentence_vectors(tmp_path: Path) -> None:
    index = memory_index()
    assert run(write_corpus(tmp_path / "corpus"), index).ok
    for chunk in index.catalog.chunks():
        wanted = {text_key(s.text) for s in sentences_of(chunk, index.catalog)}
        assert set(index.catalog.sentence_vectors([chunk.chunk_id]).get(chunk.chunk_id, {})) == wanted
