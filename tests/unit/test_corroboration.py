"""A story or statement in scope that repeats what an answer took from a report is cited with it."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.corroboration import corroborating, key_facts
from assistant.evidence import cite
from assistant.models import Answer


def _library(folder: Path):  # type: ignore[no-untyped-def]
    from fakes import memory_index, run

    (folder / "report.txt").write_text(
        "Inspection of Lowmoor Probation Delivery Unit\n"
        "There were 211 people waiting to start the Building Choices accredited programme.\n"
        "Staff told us they felt valued.\n"
    )
    (folder / "story.txt").write_text(
        "Probation service told to improve\nSome 211 people were waiting to start a behaviour programme, "
        "Building Choices, the report said.\nThe unit has 40 staff.\n"
    )
    (folder / "story.txt.meta.json").write_text(
        json.dumps({"doc_type": "news", "organisation": "Lowmoor Probation Delivery Unit"})
    )
    index = memory_index()
    run(folder, index)
    return index


def test_the_story_that_repeats_the_reports_figure_is_cited(tmp_path: Path) -> None:
    index = _library(tmp_path)
    docs = index.catalog.documents()
    report = next(d for d in docs if d.doc_type != "news")
    quote = "There were 211 people waiting to start the Building Choices accredited programme."
    answer = Answer("How many were waiting?", quote, citations=[cite(report, None, quote)])
    assert key_facts(answer) == {"211"}
    added = corroborating(answer, docs, index.catalog)
    assert [c.quote for c in added] == [
        "Some 211 people were waiting to start a behaviour programme, Building Choices, the report said."
    ]
    # a figure the story does not give, or an answer that abstained, adds nothing
    other = Answer("How many staff?", "It has 39 staff.", citations=[cite(report, None, "It has 39 staff.")])
    assert corroborating(other, docs, index.catalog) == []
    silent = Answer("?", "The documents do not say.", abstained=True)
    assert corroborating(silent, docs, index.catalog) == []
