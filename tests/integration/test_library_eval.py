"""Questions over the whole library on the real corpus: corpus-dev.jsonl through the Assistant, scored by the
shared scorer's own rules (eval/score.py), every quote on its cited page.

Needs the full corpus ingested (CI, or INSPECTCHAT_FULL_CORPUS=1): a library question's answer is every
organisation in the index, so a subset would answer other questions.
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path
from types import ModuleType

import pytest

from assistant.evidence import quote_on_page
from assistant.service import Assistant

pytestmark = [pytest.mark.corpus, pytest.mark.integration, pytest.mark.slow]


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", eval_dir / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _questions(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def library_run(corpus_index, eval_dir: Path):  # type: ignore[no-untyped-def]
    index, _, _ = corpus_index
    questions = _questions(eval_dir / "corpus-dev.jsonl")
    held = {d.source for d in index.catalog.documents()}
    wanted = {s for q in questions for s in q.get("sources") or []}
    if not all(any(h.endswith(s) for h in held) for s in wanted):
        pytest.skip("library questions need the whole corpus ingested (CI or INSPECTCHAT_FULL_CORPUS=1)")
    assistant = Assistant(index)
    results, seconds = [], []
    for q in questions:
        start = time.perf_counter()
        results.append(assistant.ask(q["question"]).to_json())
        seconds.append(time.perf_counter() - start)
    return assistant, questions, results, seconds


def test_corpus_dev_library_questions_meet_the_bar(library_run, eval_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _, questions, results, seconds = library_run
    judge = _scorer(eval_dir).judge
    verdicts = [(q, *judge(q, r)) for q, r in zip(questions, results, strict=True)]
    wrong = [f"{q['id']} {q['question']} -> {note}" for q, ok, note in verdicts if not ok]
    score = sum(ok for _, ok, _ in verdicts) / len(verdicts)
    lat = sorted(seconds[1:])
    print(
        f"\ncorpus-dev: {score:.3f}; p50 {lat[len(lat) // 2] * 1000:.0f} ms, p95 {lat[int(len(lat) * 0.95)] * 1000:.0f} ms"
    )
    assert score >= 0.95, "\n".join(wrong)


def test_every_library_quote_is_on_its_cited_page(library_run) -> None:  # type: ignore[no-untyped-def]
    assistant, _, results, _ = library_run
    cited = 0
    for result in results:
        for c in result["citations"]:
            cited += 1
            assert quote_on_page(assistant.index.catalog, c["doc_id"], c["page"], c["quote"]), (
                result["question"],
                c,
            )
    assert cited > 100


def test_library_answers_name_one_organisation_per_line(library_run) -> None:  # type: ignore[no-untyped-def]
    _, questions, results, _ = library_run
    for q, r in zip(questions, results, strict=True):
        if q["type"] == "set":
            lines = [line for line in r["answer"].splitlines() if line.startswith("• ")]
            assert len(lines) >= len(q["items"]) * 0.8, r["answer"]


def test_the_dev_sets_questions_about_one_organisation_are_not_library_questions(
    library_run, eval_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    assistant, _, _, _ = library_run
    for name in ("ofsted-dev.jsonl", "seeds-dev.jsonl"):
        claimed = [
            q["question"] for q in _questions(eval_dir / name) if assistant.library.read(q["question"])
        ]
        assert claimed == [], claimed[:10]


def test_themes_of_a_year_are_cited_and_chartable(library_run) -> None:  # type: ignore[no-untyped-def]
    assistant, _, _, _ = library_run
    result = assistant.themes("What are the most common areas for improvement in 2023 inspections?")
    assert result.themes and result.reports >= 5
    rows = result.chart_rows()
    assert [r["reports"] for r in rows] == sorted((r["reports"] for r in rows), reverse=True)
    for theme in result.themes:
        for example in theme.examples():
            c = example.citation
            assert quote_on_page(assistant.index.catalog, c.doc_id, c.page, c.quote)
