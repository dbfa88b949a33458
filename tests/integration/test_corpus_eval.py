"""The real corpus end to end: ingest report, the dev questions scored, every quote on its page.

Quick runs use a few councils; CI (or INSPECTCHAT_FULL_CORPUS=1) uses the whole corpus and every dev
question, and holds the answer-quality bar of the quality issue.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.evaluation import GRADE_TERMS, evaluate, load_questions
from assistant.evidence import quote_on_page
from assistant.service import Assistant

pytestmark = [pytest.mark.corpus, pytest.mark.integration, pytest.mark.slow]


def _held(questions: list[dict], sources: set[str]) -> list[dict]:  # type: ignore[type-arg]
    """Questions answerable from what was ingested (all of them on the full corpus)."""
    kept = []
    for q in questions:
        gold = q.get("sources") or []
        if all(any(s.endswith(g) for s in sources) for g in gold):
            if q["type"] != "none" or not gold:
                kept.append(q)
    return kept


@pytest.fixture(scope="module")
def dev_run(corpus_index, eval_dir: Path):  # type: ignore[no-untyped-def]
    index, _, _ = corpus_index
    assistant = Assistant(index)
    sources = {d.source for d in index.catalog.documents()}
    questions = _held(load_questions(str(eval_dir / "ofsted-dev.jsonl")), sources)
    questions += load_questions(str(eval_dir / "seeds-dev.jsonl"))
    if not any(q["type"] == "none" for q in questions):
        questions.append(
            {
                "type": "none",
                "question": "What grade did Ofsted give Atlantis children's services in 2023?",
                "sources": [],
            }
        )
    report = evaluate(questions, lambda q: assistant.ask(q).to_json(), lambda c: assistant.check(c).to_json())
    return assistant, questions, report


def test_ingest_reports_the_fake_pdf_and_takes_the_rest(corpus_index) -> None:  # type: ignore[no-untyped-def]
    _, report, _ = corpus_index
    failed = [r for r in report.results if r.status == "failed"]
    assert [r.source.rsplit("/", 1)[-1] for r in failed] == [
        "children's services inspection - 17 august 2012.pdf"
    ]
    assert "HTML error page" in failed[0].reason
    assert not report.ok
    assert report.count("ingested") == len(report.results) - 1


def test_second_ingest_does_no_embedding_work(corpus_index) -> None:  # type: ignore[no-untyped-def]
    from ingest.pipeline import ingest

    index, _, inputs = corpus_index
    again = ingest(inputs, index, progress=False)
    assert again.count("ingested") == 0
    assert again.embedded_chunks == 0
    assert again.count("unchanged") == len(again.results) - 1


def test_stores_hold_the_same_chunks(corpus_index) -> None:  # type: ignore[no-untyped-def]
    index, _, _ = corpus_index
    assert index.vectors.count() == index.catalog.chunk_count()
    index.keywords.refresh()
    assert len(index.keywords._ids) == index.catalog.chunk_count()


def test_every_quote_is_on_its_cited_page(dev_run) -> None:  # type: ignore[no-untyped-def]
    assistant, _, report = dev_run
    cited = 0
    for detail in report.details:
        for c in detail["result"].get("citations", []):
            cited += 1
            assert quote_on_page(assistant.index.catalog, c["doc_id"], c["page"], c["quote"]), (
                detail["question"],
                c,
            )
    assert cited > 0


def test_answer_quality_meets_the_bar(dev_run) -> None:  # type: ignore[no-untyped-def]
    _, questions, report = dev_run
    print("\n" + report.table())
    wrong = [f"{d['type']}: {d['question']} -> {d['note']}" for d in report.details if not d["ok"]]
    assert report.score >= 0.95, "\n".join(wrong[:30])
    for kind, (ok, n) in report.per_type.items():
        assert ok / n >= 0.90, f"{kind}: {ok}/{n}\n" + "\n".join(w for w in wrong if w.startswith(kind))
    answerable = [d for d in report.details if d["type"] != "none"]
    abstained = sum(bool(d["result"].get("abstained")) for d in answerable)
    assert abstained <= 0.03 * len(answerable)


def test_seed_questions_all_right(dev_run) -> None:  # type: ignore[no-untyped-def]
    _, _, report = dev_run
    seeds = [d for d in report.details if str(d.get("id", "")).startswith("seed")]
    assert len(seeds) == 8
    assert [d["question"] for d in seeds if not d["ok"]] == []


def test_answers_lead_with_the_grade(dev_run) -> None:  # type: ignore[no-untyped-def]
    """Every question whose expected answer is a grade, however it is worded, gets an answer that
    starts with a grade."""
    _, questions, report = dev_run
    graded = [
        (q, d)
        for q, d in zip(questions, report.details, strict=True)
        if q["type"] == "fact" and (q.get("answers_any") or [""])[0].lower() in GRADE_TERMS
    ]
    assert graded, "the dev questions ask for grades"
    for q, d in graded:
        answer = d["result"].get("answer", "")
        assert re.match(r"(Outstanding|Good|Requires improvement|Inadequate|Adequate)", answer), (
            q["question"],
            answer,
        )


def test_details_are_json(dev_run) -> None:  # type: ignore[no-untyped-def]
    """One detail per question, in order, each written and read back as JSON (the eval command's
    --out file) with its question, verdict and result intact."""
    _, questions, report = dev_run
    assert [d["question"] for d in report.details] == [q["question"] for q in questions]
    for detail in report.details:
        back = json.loads(json.dumps(detail))
        assert (back["id"], back["question"], back["ok"]) == (detail["id"], detail["question"], detail["ok"])
        assert set(back["result"]) == set(detail["result"]) and "answer" in back["result"]
