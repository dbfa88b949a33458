"""The ingest pipeline and the Assistant end to end, with a fake embedder: real SQLite catalogue, real
embedded Chroma, real BM25, generated documents (a PDF made with reportlab, text files, a sidecar).

The fake embedder hashes words into 384 dimensions, so similar texts get similar vectors, and counts its
calls; made to raise on its Nth call, it stands in for a process killed in the middle of an ingest.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from documents import (
    HTML_ERROR_PAGE,
    NEWS,
    NEWS_SIDECAR,
    NEWS_SOURCE,
    REPORT_2017_SOURCE,
    REPORT_PAGES,
    REPORT_SOURCE,
    make_pdf,
    write_corpus,
)
from fakes import FakeEmbedder, SimulatedCrash, real_index, run

from assistant.evidence import quote_on_page, sentences_of, squash
from assistant.service import Assistant
from ingest.pipeline import ingest
from vectorstore.chroma_store import open_client
from vectorstore.index import Index, text_key


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


def open_index(data_dir: Path, embedder: FakeEmbedder) -> Index:
    return real_index(data_dir, embedder)


# ------------------------------------------------------------------------------------ index contents


def chroma_ids(index: Index) -> list[str]:
    """What Chroma has on disk, read through a client of its own."""
    client = open_client(Path(index.where) / "chroma", None, 0)
    return list(client.get_collection("inspectchat").get(include=[])["ids"])


def bm25_ids(index: Index) -> list[str]:
    index.keywords.refresh()
    return list(index.keywords._ids)  # the chunk ids the BM25 matrix rows stand for


def catalog_ids(index: Index) -> list[str]:
    return [c.chunk_id for c in index.catalog.chunks()]


def snapshot(index: Index) -> dict[str, object]:
    """Everything an ingest leaves behind, in a form two indexes can be compared by."""
    docs = index.catalog.documents(include_pending=True)
    return {
        "documents": sorted((d.source, d.doc_id, d.content_hash) for d in docs),
        "statuses": sorted(index.catalog.status_of(d.source) or ("", "") for d in docs),
        "chunks": sorted(
            (c.chunk_id, c.text, c.page_start, c.page_end, c.section) for c in index.catalog.chunks()
        ),
        "pages": sorted(
            (d.doc_id, p.number or 0, p.text) for d in docs for p in index.catalog.pages(d.doc_id)
        ),
        "chroma": sorted(chroma_ids(index)),
        "bm25": sorted(bm25_ids(index)),
        "sentence vectors": sentence_vector_keys(index),
    }


def sentence_vector_keys(index: Index) -> list[tuple[str, bytes]]:
    stored = index.catalog.sentence_vectors(catalog_ids(index))
    return sorted((chunk_id, key) for chunk_id, vectors in stored.items() for key in vectors)


def sentence_texts(index: Index, chunk_ids: set[str] | None = None) -> set[str]:
    """The distinct sentences of these chunks (all: None)."""
    return {
        s.text
        for c in index.catalog.chunks()
        if chunk_ids is None or c.chunk_id in chunk_ids
        for s in sentences_of(c, index.catalog)
    }


def chunk_text_calls(index: Index, batches: int) -> int:
    """Embed calls (or texts) spent on chunk texts: none where a chunk's vector is its sentences' mean."""
    return batches if index.chunk_vectors == "text" else 0


def assert_consistent(index: Index) -> None:
    """The three stores hold the same chunks, once each, and every document is complete."""
    ids = catalog_ids(index)
    assert len(ids) == len(set(ids)), "duplicate chunk ids in the catalogue"
    in_chroma = chroma_ids(index)
    assert len(in_chroma) == len(set(in_chroma))
    assert index.vectors.count() == len(in_chroma) == index.catalog.chunk_count() == len(ids)
    assert set(in_chroma) == set(ids) == set(bm25_ids(index))
    assert len(bm25_ids(index)) == len(ids)
    docs = index.catalog.documents(include_pending=True)
    assert all(index.catalog.status_of(d.source) == (d.content_hash, "complete") for d in docs)
    assert {c.doc_id for c in index.catalog.chunks()} == {d.doc_id for d in docs}
    # every sentence an answer reads has its vector, and no vector is left of a chunk that is gone
    wanted = {
        (c.chunk_id, text_key(s.text)) for c in index.catalog.chunks() for s in sentences_of(c, index.catalog)
    }
    assert set(sentence_vector_keys(index)) == wanted
    assert set(index.catalog.sentence_vectors(["gone:0", *ids])) <= set(ids)


@pytest.fixture
def reference(tmp_path: Path) -> dict[str, object]:
    """The index an uninterrupted ingest of the corpus gives."""
    index = open_index(tmp_path / "reference-index", FakeEmbedder())
    report = run(write_corpus(tmp_path / "reference-corpus"), index)
    assert report.ok
    return snapshot(index)


# -------------------------------------------------------------------------------------------- ingest


def test_first_ingest_stores_every_document_in_all_three_stores(corpus: Path, tmp_path: Path) -> None:
    fake = FakeEmbedder()
    index = open_index(tmp_path / "index", fake)
    report = run(corpus, index)

    assert report.ok
    assert sorted(r.source for r in report.results) == sorted(
        [REPORT_SOURCE, REPORT_2017_SOURCE, NEWS_SOURCE]
    )
    assert report.count("ingested") == 3
    assert report.embedded_chunks == index.catalog.chunk_count() > 3
    # one batch per document for chunk texts (where they are embedded), one for its sentences
    assert fake.calls == chunk_text_calls(index, 3) + 3
    assert_consistent(index)

    metas = {d.source: d for d in index.catalog.documents()}
    anytown = metas[REPORT_SOURCE]
    assert anytown.organisation == "Anytown"
    assert anytown.doc_type == "inspection report"
    assert anytown.inspectorate == "Ofsted"
    assert (anytown.inspection_start, anytown.inspection_end) == ("2021-11-15", "2021-11-26")
    assert {j.area: j.grade for j in anytown.judgements}["overall effectiveness"] == "requires improvement"
    assert anytown.page_count == 3
    assert metas[NEWS_SOURCE].doc_type == "news"
    assert metas[NEWS_SOURCE].publisher == "Local News"
    assert metas[REPORT_2017_SOURCE].organisation == "Borsetshire County Council"


def test_stored_pages_are_what_the_facts_quote(corpus: Path, tmp_path: Path) -> None:
    index = open_index(tmp_path / "index", FakeEmbedder())
    run(corpus, index)
    for meta in index.catalog.documents():
        for judgement in meta.judgements:
            assert quote_on_page(index.catalog, meta.doc_id, judgement.page, judgement.quote), judgement
        for finding in meta.findings:
            assert quote_on_page(index.catalog, meta.doc_id, finding.page, finding.text), finding
        if meta.lead_inspector_quote:
            assert quote_on_page(
                index.catalog, meta.doc_id, meta.lead_inspector_page, meta.lead_inspector_quote
            )


def test_second_run_is_unchanged_and_embeds_nothing(corpus: Path, tmp_path: Path) -> None:
    fake = FakeEmbedder()
    index = open_index(tmp_path / "index", fake)
    run(corpus, index)
    before, calls, generation = snapshot(index), fake.calls, index.catalog.generation

    report = run(corpus, index)

    assert report.ok
    assert [r.status for r in report.results] == ["unchanged"] * 3
    assert report.embedded_chunks == 0
    assert fake.calls == calls
    assert index.catalog.generation == generation
    assert snapshot(index) == before


def test_reopened_index_also_sees_nothing_to_do(corpus: Path, tmp_path: Path) -> None:
    run(corpus, open_index(tmp_path / "index", FakeEmbedder()))
    fake = FakeEmbedder()
    report = run(corpus, open_index(tmp_path / "index", fake))
    assert report.count("unchanged") == 3
    assert fake.calls == 0


def test_changed_file_replaces_its_chunks(corpus: Path, tmp_path: Path) -> None:
    fake = FakeEmbedder()
    index = open_index(tmp_path / "index", fake)
    run(corpus, index)
    news_id = next(d.doc_id for d in index.catalog.documents() if d.source == NEWS_SOURCE)
    old_ids = {c.chunk_id for c in index.catalog.chunks(news_id)}
    calls = fake.calls

    (corpus / NEWS_SOURCE).write_text(NEWS.replace("12 more social workers", "fourteen more caseworkers"))
    report = run(corpus, index)

    statuses = {r.source: r.status for r in report.results}
    assert statuses == {REPORT_SOURCE: "unchanged", REPORT_2017_SOURCE: "unchanged", NEWS_SOURCE: "ingested"}
    new_ids = {c.chunk_id for c in index.catalog.chunks(news_id)}
    assert fake.calls == calls + chunk_text_calls(index, 1) + 1
    assert new_ids and not new_ids & old_ids
    for ids in (catalog_ids(index), chroma_ids(index), bm25_ids(index)):
        assert not old_ids & set(ids), "a chunk of the old version is left over"
    assert_consistent(index)
    assert index.keywords.knows("caseworkers")
    text = " ".join(c.text for c in index.catalog.chunks(news_id))
    assert "fourteen more caseworkers" in text and "12 more social workers" not in text


def test_an_edited_page_re_embeds_only_the_chunks_whose_text_changed(corpus: Path, tmp_path: Path) -> None:
    fake = FakeEmbedder()
    index = open_index(tmp_path / "index", fake)
    run(corpus, index)
    report_id = next(d.doc_id for d in index.catalog.documents() if d.source == REPORT_SOURCE)
    before = {c.chunk_id: c.text for c in index.catalog.chunks(report_id)}
    sentences_before = sentence_texts(index)
    texts = fake.texts

    edited = [page[:] for page in REPORT_PAGES]
    edited[2][-1] = "4. The virtual school tracks the progress and attendance of every child in care."
    (corpus / REPORT_SOURCE).write_bytes(make_pdf(edited))
    report = run(corpus, index)

    after = {c.chunk_id: c.text for c in index.catalog.chunks(report_id)}
    new_ids = set(after) - set(before)
    assert new_ids and all("attendance" in after[i] for i in new_ids)
    assert set(before) - set(after)  # the old version of the edited chunk is gone
    assert set(after) & set(before)  # untouched chunks keep their ids
    assert {r.source: r.chunks for r in report.results}[REPORT_SOURCE] == len(new_ids)
    # only sentences this process never embedded (the edited one) are embedded again
    new_sentences = sentence_texts(index, new_ids) - sentences_before
    assert fake.texts - texts == chunk_text_calls(index, len(new_ids)) + len(new_sentences)
    assert_consistent(index)


def test_changed_sidecar_reingests_the_document(corpus: Path, tmp_path: Path) -> None:
    index = open_index(tmp_path / "index", FakeEmbedder())
    run(corpus, index)
    sidecar = corpus / (NEWS_SOURCE + ".meta.json")
    sidecar.write_text(json.dumps({**NEWS_SIDECAR, "publisher": "Evening Post"}))

    report = run(corpus, index)

    assert {r.source: r.status for r in report.results}[NEWS_SOURCE] == "ingested"
    assert next(d for d in index.catalog.documents() if d.source == NEWS_SOURCE).publisher == "Evening Post"
    assert_consistent(index)


def test_forced_reingest_keeps_one_copy_of_each_chunk(corpus: Path, tmp_path: Path) -> None:
    index = open_index(tmp_path / "index", FakeEmbedder())
    run(corpus, index)
    before = snapshot(index)

    report = run(corpus, index, force=True)

    assert report.count("ingested") == 3
    assert snapshot(index) == before
    assert_consistent(index)


@pytest.mark.parametrize("dies", ["first", "last"])
@pytest.mark.parametrize("document", [0, 1, 2])
def test_killed_ingest_is_finished_by_the_next_run(
    corpus: Path, tmp_path: Path, reference: dict[str, object], document: int, dies: str
) -> None:
    # the embed calls each document makes: its chunks' sentences (one call a chunk), then its chunk texts
    counting = FakeEmbedder()
    calls_after: list[int] = []
    run(
        corpus,
        open_index(tmp_path / "count", counting),
        on_result=lambda _: calls_after.append(counting.calls),
    )
    first_call = (calls_after[document - 1] if document else 0) + 1
    fail_on_call = first_call if dies == "first" else calls_after[document]
    index = open_index(tmp_path / "index", FakeEmbedder(fail_on_call=fail_on_call))
    with pytest.raises(SimulatedCrash):
        run(corpus, index)
    assert len(index.catalog.documents()) == document  # complete ones only
    assert len(index.catalog.documents(include_pending=True)) == document + 1  # the one being embedded
    complete = {
        (c.chunk_id, text_key(s.text)) for c in index.catalog.chunks() for s in sentences_of(c, index.catalog)
    }
    pending = index.catalog.documents(include_pending=True)[-1].doc_id
    assert set(sentence_vector_keys(index)) == complete  # nothing of the document that died
    rows = index.catalog._db.execute(  # type: ignore[attr-defined]
        "SELECT COUNT(*) FROM sentence_vectors WHERE doc_id = ?", (pending,)
    ).fetchone()[0]
    assert rows == 0

    fake = FakeEmbedder()
    report = run(corpus, open_index(tmp_path / "index", fake))

    assert report.ok
    assert report.count("unchanged") == document
    assert report.count("ingested") == 3 - document
    assert fake.calls == calls_after[-1] - first_call + 1
    assert snapshot(index) == reference
    assert_consistent(index)


def test_killed_between_vectors_and_catalogue_is_finished_by_the_next_run(
    corpus: Path, tmp_path: Path, reference: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    index = open_index(tmp_path / "index", FakeEmbedder())
    commit = index.catalog.commit_document
    commits = iter(range(100))

    def dying_commit(*args: object, **kwargs: object) -> None:
        if next(commits) == 1:
            raise SimulatedCrash("killed after the vectors were written")
        commit(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(index.catalog, "commit_document", dying_commit)
    with pytest.raises(SimulatedCrash):
        run(corpus, index)
    monkeypatch.undo()
    assert index.vectors.count() > index.catalog.chunk_count()  # vectors without their catalogue rows

    report = run(corpus, index)

    assert report.ok
    assert snapshot(index) == reference
    assert_consistent(index)


def test_killed_while_replacing_a_changed_file(corpus: Path, tmp_path: Path) -> None:
    index = open_index(tmp_path / "index", FakeEmbedder())
    run(corpus, index)
    changed = NEWS.replace("12 more social workers", "fourteen more caseworkers")
    (corpus / NEWS_SOURCE).write_text(changed)
    index._embedder = FakeEmbedder(fail_on_call=1)  # the process dies while embedding the new version
    with pytest.raises(SimulatedCrash):
        run(corpus, index)

    report = run(corpus, open_index(tmp_path / "index", FakeEmbedder()))

    assert {r.source: r.status for r in report.results}[NEWS_SOURCE] == "ingested"
    assert_consistent(index)
    reference_root = tmp_path / "reference-corpus"
    write_corpus(reference_root)
    (reference_root / NEWS_SOURCE).write_text(changed)
    fresh = open_index(tmp_path / "reference-index", FakeEmbedder())
    run(reference_root, fresh)
    assert snapshot(index) == snapshot(fresh)


def test_html_error_page_saved_as_pdf_fails_and_the_batch_goes_on(corpus: Path, tmp_path: Path) -> None:
    broken = "anytown/a report that did not download.pdf"  # sorted before the real report of its folder
    (corpus / broken).write_text(HTML_ERROR_PAGE, encoding="utf-8")
    index = open_index(tmp_path / "index", FakeEmbedder())

    report = run(corpus, index)

    assert not report.ok
    assert [r.source for r in report.results][0] == broken
    results = {r.source: r for r in report.results}
    assert results[broken].status == "failed"
    assert "HTML error page" in results[broken].reason
    assert broken in results[broken].reason
    assert report.count("ingested") == 3
    assert index.catalog.status_of(broken) is None
    assert f"failed: {broken}" in report.summary()
    assert_consistent(index)

    again = run(corpus, index)  # a failed file is tried again, not remembered as done
    assert {r.source: r.status for r in again.results}[broken] == "failed"
    assert not again.ok


def test_an_unexpected_error_in_one_file_is_reported_and_the_batch_goes_on(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.pipeline as pipeline

    real_extract_meta = pipeline.extract_meta

    def extract_meta(parsed, *args, **kwargs):  # type: ignore[no-untyped-def]
        if parsed.source == REPORT_2017_SOURCE:
            raise ValueError("unexpected layout")
        return real_extract_meta(parsed, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_meta", extract_meta)
    index = open_index(tmp_path / "index", FakeEmbedder())
    report = run(corpus, index)

    statuses = {r.source: r.status for r in report.results}
    assert statuses == {REPORT_SOURCE: "ingested", REPORT_2017_SOURCE: "failed", NEWS_SOURCE: "ingested"}
    assert "unexpected layout" in next(r.reason for r in report.results if r.status == "failed")
    assert_consistent(index)


def test_missing_input_is_reported_not_raised(tmp_path: Path) -> None:
    report = ingest(
        [str(tmp_path / "no such folder")], open_index(tmp_path / "index", FakeEmbedder()), progress=False
    )
    assert not report.ok
    assert report.results[0].status == "failed"
    assert "no such folder" in report.results[0].reason


# ----------------------------------------------------------------------------------------- assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("assistant")
    index = open_index(root / "index", FakeEmbedder())
    assert run(write_corpus(root / "corpus"), index).ok
    return Assistant(index)


def assert_citations_verify(assistant: Assistant, citations: list) -> None:  # type: ignore[type-arg]
    for citation in citations:
        page = assistant.index.catalog.page_text(citation.doc_id, citation.page)
        assert page is not None, citation
        assert squash(citation.quote) in squash(page), citation


FIRST_GRADE = re.compile(r"outstanding|good|requires improvement|inadequate", re.I)


@pytest.mark.parametrize(
    ("question", "grade", "area_words"),
    [
        (
            "What overall effectiveness grade did Ofsted give Anytown children's services in 2021?",
            "requires improvement",
            "Overall effectiveness",
        ),
        (
            "How were the experiences and progress of children in care judged in Anytown in 2021?",
            "outstanding",
            "children in care",
        ),
        (
            "What did Ofsted conclude about the impact of leaders on social work practice in Anytown?",
            "good",
            "impact of leaders",
        ),
        ("What overall grade did Borsetshire get in 2017?", "inadequate", "Borsetshire"),
    ],
)
def test_grade_question_leads_with_the_grade_and_cites_the_table(
    assistant: Assistant, question: str, grade: str, area_words: str
) -> None:
    answer = assistant.ask(question)

    assert not answer.abstained
    first = FIRST_GRADE.search(answer.answer)
    assert first and first.group(0).lower() == grade
    assert first.start() < 5, "the answer must lead with the grade"
    assert answer.citations
    citation = answer.citations[0]
    assert citation.page == 1
    assert area_words.lower() in citation.quote.lower()
    assert citation.source in (REPORT_SOURCE, REPORT_2017_SOURCE)
    assert citation.title
    assert_citations_verify(assistant, answer.citations)


def test_answer_json_has_the_documented_fields(assistant: Assistant) -> None:
    data = assistant.ask("What overall effectiveness grade did Ofsted give Anytown in 2021?").to_json()
    assert {"question", "answer", "abstained", "citations"} <= set(data)
    assert {"source", "title", "page", "quote"} <= set(data["citations"][0])
    assert data["citations"][0]["source"] == REPORT_SOURCE
    json.dumps(data)


def test_improvement_and_inspector_questions_quote_their_pages(assistant: Assistant) -> None:
    improve = assistant.ask("What did Ofsted say Anytown children's services needed to improve after 2021?")
    assert "The quality of supervision for social workers." in improve.answer
    assert {c.page for c in improve.citations} == {2}
    assert_citations_verify(assistant, improve.citations)

    lead = assistant.ask("Who was the lead inspector for Ofsted's 2021 inspection of Anytown?")
    assert lead.answer.startswith("Jane Smith")
    assert_citations_verify(assistant, lead.citations)


@pytest.mark.parametrize(
    ("question", "reason_mentions"),
    [
        (
            "What overall effectiveness grade did Ofsted give Barsetshire children's services in 2021?",
            "Barsetshire",
        ),
        ("What overall effectiveness grade did Ofsted give Anytown children's services in 2015?", "2015"),
    ],
)
def test_organisation_or_year_not_in_the_index_abstains(
    assistant: Assistant, question: str, reason_mentions: str
) -> None:
    answer = assistant.ask(question)
    assert answer.abstained
    assert answer.citations == []
    assert reason_mentions in answer.answer
    assert answer.to_json()["abstained"] is True


def test_empty_question_abstains(assistant: Assistant) -> None:
    assert assistant.ask("   ").abstained


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Ofsted judged children's services in Anytown to be requires improvement to be good overall in 2021.",
            "supported",
        ),
        ("Ofsted judged children's services in Anytown to be outstanding overall in 2021.", "contradicted"),
        ("Ofsted judged children's services in Borsetshire to be inadequate overall in 2017.", "supported"),
        ("Ofsted judged children's services in Borsetshire to be good overall in 2017.", "contradicted"),
    ],
)
def test_check_grade_claims(assistant: Assistant, claim: str, verdict: str) -> None:
    result = assistant.check(claim)

    assert result.verdict == verdict
    assert result.citations
    assert result.citations[0].page == 1
    assert_citations_verify(assistant, result.citations)
    data = result.to_json()
    assert data["verdict"] == verdict and data["question"] == claim


def test_check_claim_about_a_year_not_in_the_index(assistant: Assistant) -> None:
    result = assistant.check("Ofsted judged children's services in Anytown to be good overall in 2015.")
    assert result.verdict == "not_found"
    assert result.citations == []


def test_check_while_a_document_is_pending(corpus: Path, tmp_path: Path) -> None:
    index = open_index(tmp_path / "index", FakeEmbedder())
    run(corpus, index)
    (corpus / NEWS_SOURCE).write_text(NEWS.replace("12 more", "14 more"))
    index._embedder = FakeEmbedder(fail_on_call=1)
    with pytest.raises(SimulatedCrash):
        run(corpus, index)
    index._embedder = FakeEmbedder()
    pending = next(d.doc_id for d in index.catalog.documents(include_pending=True) if d.source == NEWS_SOURCE)

    result = Assistant(index).check("The council said it would hire 12 more social workers.")

    assert all(c.doc_id != pending for c in result.citations)


def test_documents_from_another_index_folder_are_not_mixed(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "first")
    second = tmp_path / "second"
    shutil.copytree(first, second)
    a = open_index(tmp_path / "index-a", FakeEmbedder())
    b = open_index(tmp_path / "index-b", FakeEmbedder())
    run(first, a)
    (second / NEWS_SOURCE).unlink()
    run(second, b)
    assert len(a.catalog.documents()) == 3 and len(b.catalog.documents()) == 2
    assert_consistent(a)
    assert_consistent(b)


def test_each_document_records_where_its_original_is_and_a_moved_corpus_updates_it(
    corpus: Path, tmp_path: Path
) -> None:
    fake = FakeEmbedder()
    index = open_index(tmp_path / "index", fake)
    run(corpus, index)
    locations = {d.source: d.location for d in index.catalog.documents()}
    assert locations == {
        s: os.path.abspath(corpus / s) for s in (REPORT_SOURCE, REPORT_2017_SOURCE, NEWS_SOURCE)
    }

    moved = tmp_path / "moved"
    shutil.move(corpus, moved)
    calls, generation = fake.calls, index.catalog.generation
    report = run(moved, index)

    assert [r.status for r in report.results] == ["unchanged"] * 3
    assert (fake.calls, index.catalog.generation) == (calls, generation)  # nothing re-read or rebuilt
    assert {d.source: d.location for d in index.catalog.documents()} == {
        s: os.path.abspath(moved / s) for s in locations
    }
