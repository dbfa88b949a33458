"""How much of each report family's layout was read: per family, how many reports have each fact.

Printed after an ingest so a new family whose facts are not being found shows at once (a column of zeros),
and kept as data so the app and tests can use it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.models import DocumentMeta
from ingest.vocabulary import FINDING_LABELS, DocType

COLUMNS = ("organisation", "inspectorates", "dates", "judgements", "lead inspectors", "previous/next")


@dataclass
class FamilyCoverage:
    family: str
    reports: int = 0
    facts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    lists: dict[str, int] = field(default_factory=dict)  # list label -> reports that give it


def coverage(documents: Iterable[DocumentMeta]) -> list[FamilyCoverage]:
    """Inspection reports only: news and statements state no facts in fixed places."""
    by_family: dict[str, FamilyCoverage] = {}
    for doc in documents:
        if doc.doc_type != DocType.INSPECTION_REPORT:
            continue
        row = by_family.setdefault(doc.family, FamilyCoverage(doc.family))
        row.reports += 1
        present = {
            "organisation": bool(doc.organisation),
            "inspectorates": bool(doc.inspectorates),
            "dates": bool(doc.inspection_end),
            "judgements": bool(doc.judgements),
            "lead inspectors": bool(doc.lead_inspector or doc.team),
            "previous/next": any(f.kind in ("previous inspection", "next inspection") for f in doc.facts),
        }
        for column, has in present.items():
            row.facts[column] += int(has)
        for kind in {f.kind for f in doc.findings}:
            label = FINDING_LABELS.get(kind, str(kind))
            row.lists[label] = row.lists.get(label, 0) + 1
    return sorted(by_family.values(), key=lambda r: -r.reports)


def coverage_table(rows: list[FamilyCoverage]) -> str:
    """A plain-text table: one line per family, 'n/N' per fact and per list."""
    if not rows:
        return "no inspection reports"
    labels = sorted({label for r in rows for label in r.lists})
    head = ["family", "reports", *COLUMNS, *labels]
    lines = [" | ".join(head)]
    for r in rows:
        cells = [r.family, str(r.reports)]
        cells += [f"{r.facts[c]}/{r.reports}" for c in COLUMNS]
        cells += [f"{r.lists.get(label, 0)}/{r.reports}" for label in labels]
        lines.append(" | ".join(cells))
    return "\n".join(lines)
