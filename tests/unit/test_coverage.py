"""The per-family table of what an ingest read."""

from __future__ import annotations

from ingest.coverage import coverage, coverage_table
from ingest.models import DocumentMeta, Finding, Judgement


def _doc(doc_id: str, family: str, **fields: object) -> DocumentMeta:
    return DocumentMeta(
        doc_id=doc_id,
        source=f"{doc_id}.pdf",
        content_hash="x",
        content_type="pdf",
        title="t",
        doc_type="inspection report",
        family=family,
        **fields,  # type: ignore[arg-type]
    )


def test_coverage_counts_reports_with_each_fact_per_family() -> None:
    docs = [
        _doc(
            "a",
            "area SEND inspection",
            organisation="Northtown",
            inspectorates=["Ofsted", "CQC"],
            judgements=[Judgement("inspection outcome", "positive experiences and outcomes", 1, "q")],
            findings=[Finding("area for improvement", "Leaders should act.", 5)],
        ),
        _doc("b", "area SEND inspection", organisation="Southtown"),
        DocumentMeta(
            doc_id="n", source="n.txt", content_hash="x", content_type="text", title="news", doc_type="news"
        ),
    ]
    (row,) = coverage(docs)
    assert row.family == "area SEND inspection" and row.reports == 2
    assert row.facts["organisation"] == 2 and row.facts["judgements"] == 1 and row.facts["dates"] == 0
    assert row.lists == {"areas for improvement": 1}
    table = coverage_table([row])
    assert "area SEND inspection | 2 | 2/2 | 1/2" in table
    assert coverage_table([]) == "no inspection reports"
