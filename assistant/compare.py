"""Comparing inspections: judgements per area across inspections and organisations, and what recurs.

The results (Comparison, GradeRow) are data; render/comparisons.py and render/grades.py show them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from assistant.evidence import cite
from assistant.models import Citation
from assistant.resolve import OrganisationDirectory, doc_years
from ingest.models import DocumentMeta
from ingest.vocabulary import AREAS
from vectorstore.embedder import Embedder

GRADE_ORDER = [
    "inadequate",
    "requires significant improvement",
    "requires improvement",
    "adequate",
    "good",
    "outstanding",
]
RECUR_SIMILARITY = 0.6


class UnknownOrganisationError(LookupError):
    """A name that matches no organisation in the index."""


@dataclass
class GradeRow:
    organisation: str
    inspectorate: str
    inspection_dates: str
    inspection_end: str
    published: str
    area: str
    grade: str
    title: str
    source: str
    page: int | None
    quote: str


@dataclass
class Inspection:
    organisation: str
    label: str  # "inspection 15 to 26 November 2021"
    year: int | None
    source: str
    grades: dict[str, str]
    improvements: list[str]
    citations: list[Citation]


@dataclass
class Comparison:
    inspections: list[Inspection] = field(default_factory=list)
    changes: list[dict[str, str]] = field(default_factory=list)  # organisation, area, from, to, change
    recurring: list[dict[str, object]] = field(default_factory=list)  # organisation, items, inspections
    summary: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def areas(self) -> list[str]:
        order = [name for name, _ in AREAS]
        seen = {a for i in self.inspections for a in i.grades}
        return [a for a in order if a in seen]

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def change_of(before: str, after: str) -> str:
    if before not in GRADE_ORDER or after not in GRADE_ORDER:
        return "not comparable"
    delta = GRADE_ORDER.index(after) - GRADE_ORDER.index(before)
    return "improved" if delta > 0 else "declined" if delta < 0 else "same"


def inspections_of(documents: list[DocumentMeta], doc_ids: list[str]) -> list[DocumentMeta]:
    wanted = set(doc_ids)
    reports = [d for d in documents if d.doc_id in wanted and d.judgements]
    return sorted(reports, key=lambda d: d.inspection_end or d.publication_date or "")


def grade_rows(
    documents: list[DocumentMeta], directory: OrganisationDirectory, organisations: list[str] | None = None
) -> list[GradeRow]:
    """Every judgement the index holds, optionally for some organisations only."""
    docs = documents
    if organisations:
        ids = [i for name in organisations for i in _resolve(directory, name).doc_ids]
        docs = [d for d in documents if d.doc_id in set(ids)]
    rows = []
    for doc in sorted(docs, key=lambda d: ((d.organisation or "").lower(), d.inspection_end or "")):
        for j in doc.judgements:
            rows.append(
                GradeRow(
                    organisation=doc.organisation or "",
                    inspectorate=doc.inspectorate or "",
                    inspection_dates=doc.inspection_dates_text or "",
                    inspection_end=doc.inspection_end or "",
                    published=doc.publication_date or "",
                    area=j.area,
                    grade=j.grade,
                    title=doc.title,
                    source=doc.source,
                    page=j.page,
                    quote=j.quote,
                )
            )
    return rows


def _resolve(directory: OrganisationDirectory, name: str):  # type: ignore[no-untyped-def]
    org = directory.lookup(name)
    if org is None:
        known = ", ".join(o.name for o in directory.organisations()[:8])
        raise UnknownOrganisationError(
            f"no organisation in the index matches {name!r}; try one of: {known}"
            + (" …" if len(directory.organisations()) > 8 else "")
        )
    return org


def compare(
    documents: list[DocumentMeta],
    directory: OrganisationDirectory,
    organisations: list[str],
    years: list[int] | None,
    embedder: Embedder | None,
) -> Comparison:
    result = Comparison()
    for name in organisations:
        org = _resolve(directory, name)
        reports = inspections_of(documents, org.doc_ids)
        if years:
            chosen = [
                d
                for d in reports
                if doc_years(d)[0] in years or (doc_years(d)[0] is None and doc_years(d)[1] in years)
            ]
            held = {doc_years(d)[0] or doc_years(d)[1] for d in chosen}
            for year in years:
                if year not in held:
                    result.missing.append(f"No inspection of {org.name} in {year} is in the index.")
            reports = chosen
        for doc in reports:
            result.inspections.append(_inspection(org.name, doc))
        result.changes += _changes(org.name, [i for i in result.inspections if i.organisation == org.name])
        if embedder is not None:
            group = _recurring(org.name, reports, embedder)
            if group:
                result.recurring.append(group)
    result.summary = _summary(result)
    return result


def _inspection(organisation: str, doc: DocumentMeta) -> Inspection:
    label = (
        f"inspection {doc.inspection_dates_text}"
        if doc.inspection_dates_text
        else f"published {doc.publication_date}"
    )
    citations = [cite(doc, j.page, j.quote, "Judgements") for j in doc.judgements]
    improvements = [
        f.text for f in doc.findings if f.kind in ("improve", "recommendation", "area for improvement")
    ]
    return Inspection(
        organisation,
        label,
        doc_years(doc)[0],
        doc.source,
        {j.area: j.grade for j in doc.judgements},
        improvements,
        citations,
    )


def _changes(organisation: str, inspections: list[Inspection]) -> list[dict[str, str]]:
    changes = []
    for before, after in zip(inspections, inspections[1:], strict=False):
        for area, grade in after.grades.items():
            if area in before.grades:
                changes.append(
                    {
                        "organisation": organisation,
                        "area": area,
                        "from": before.grades[area],
                        "to": grade,
                        "change": change_of(before.grades[area], grade),
                        "between": f"{before.year} and {after.year}",
                    }
                )
    return changes


def _recurring(
    organisation: str, reports: list[DocumentMeta], embedder: Embedder
) -> dict[str, object] | None:
    """Improvement items that come back in a later inspection, matched by meaning."""
    items = [
        (doc, f.text)
        for doc in reports
        for f in doc.findings
        if f.kind in ("improve", "recommendation", "area for improvement")
    ]
    if len({d.doc_id for d, _ in items}) < 2:
        return None
    vectors = embedder.embed([t for _, t in items])
    similar = vectors @ vectors.T
    recurring: list[str] = []
    years: set[str] = set()
    for i, (doc_i, _) in enumerate(items):
        for j in range(i + 1, len(items)):
            doc_j, text_j = items[j]
            if doc_i.doc_id != doc_j.doc_id and float(similar[i, j]) >= RECUR_SIMILARITY:
                if text_j not in recurring:
                    recurring.append(text_j)
                years |= {str(doc_years(doc_i)[0]), str(doc_years(doc_j)[0])}
    if not recurring:
        return None
    return {"organisation": organisation, "items": recurring[:10], "inspections": sorted(years)}


def _summary(result: Comparison) -> list[str]:
    lines = []
    for change in result.changes:
        if change["area"] == "overall effectiveness":
            lines.append(
                f"{change['organisation']}: overall effectiveness {change['change']} between {change['between']} "
                f"({change['from']} → {change['to']})."
            )
    if not lines and result.inspections:
        for i in result.inspections:
            if "overall effectiveness" in i.grades:
                lines.append(
                    f"{i.organisation}, {i.label}: overall effectiveness {i.grades['overall effectiveness']}."
                )
    return lines
