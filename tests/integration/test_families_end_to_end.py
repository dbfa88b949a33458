"""Report families the assistant has no layout for, end to end with the real encoder: the synthetic reports the
test builds with eval/synthetic/build.py (a police PEEL assessment and child protection inspection, a force's
statement, a CQC service report, a probation inspection; clearly marked synthetic, ours, not ../shared data)."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

from assistant.evidence import squash
from assistant.models import Answer
from assistant.service import Assistant
from ingest.pipeline import ingest
from inspectchat.factory import open_index
from inspectchat.settings import Settings
from vectorstore.embedder import load_embedder

pytestmark = [pytest.mark.integration, pytest.mark.slow]

BUILD = Path(__file__).resolve().parents[2] / "eval" / "synthetic" / "build.py"
FIRST_GRADE = re.compile(r"outstanding|good|requires improvement|adequate|inadequate", re.I)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("other-families")
    corpus = runpy.run_path(str(BUILD))["build"](root / "corpus", "newfam")
    index = open_index(Settings(data_dir=root / "index", chroma_host=None), load_embedder(None))
    report = ingest([str(corpus)], index, progress=False)
    assert report.ok and report.count("ingested") == 5, report.summary()
    return Assistant(index)


def verified(assistant: Assistant, answer: Answer) -> Answer:
    assert answer.citations, answer.answer
    for citation in answer.citations:
        page = assistant.index.catalog.page_text(citation.doc_id, citation.page)
        assert page is not None and squash(citation.quote) in squash(page), citation
    return answer


def test_organisations_are_named_by_what_they_are_not_by_the_folder(assistant: Assistant) -> None:
    organisations = {d.source.split("/")[0]: d.organisation for d in assistant.index.catalog.documents()}
    assert organisations == {
        "hmicfrs-peel": "Northshire Constabulary",
        "hmicfrs-child-protection": "Northshire Constabulary",
        "force-statements": "Northshire Constabulary",
        "cqc-mental-health": "South Coast Partnership NHS Foundation Trust",
        "hmi-probation": "Wrekin and Severn Probation Delivery Unit",
    }
    northshire = assistant.directory.find("Northshire police")
    assert len(northshire) == 1 and len(northshire[0].doc_ids) == 3


@pytest.mark.parametrize(
    ("question", "grade", "folder"),
    [
        (
            "What grade did HMICFRS give Northshire Constabulary for responding to the public?",
            "requires improvement",
            "hmicfrs-peel",
        ),
        (
            "How did HM Inspectorate of Probation rate staffing at Wrekin and Severn PDU?",
            "inadequate",
            "hmi-probation",
        ),
        (
            "What overall rating did Wrekin and Severn probation delivery unit get?",
            "requires improvement",
            "hmi-probation",
        ),
        ("Is Harbourside CAMHS caring? What did CQC rate it?", "good", "cqc-mental-health"),
    ],
)
def test_a_rated_row_is_answered_from_the_reports_own_table(
    assistant: Assistant, question: str, grade: str, folder: str
) -> None:
    answer = verified(assistant, assistant.ask(question))
    first = FIRST_GRADE.search(answer.answer)
    assert first and first.group(0).lower() == grade, answer.answer
    assert answer.citations[0].source.startswith(folder)


def test_a_word_of_the_title_picks_the_report(assistant: Assistant) -> None:
    answer = verified(
        assistant, assistant.ask("When was the PEEL report on Northshire Constabulary published?")
    )
    assert "14 August 2025" in answer.answer and answer.citations[0].source.startswith("hmicfrs-peel")


def test_a_claim_about_a_rated_row(assistant: Assistant) -> None:
    answer = verified(
        assistant,
        assistant.check("Probation inspectors rated Wrekin and Severn PDU's planning work as inadequate."),
    )
    assert answer.verdict == "contradicted" and "Planning" in answer.citations[0].quote
