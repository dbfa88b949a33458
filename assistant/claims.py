"""Checking a claim: split it into checkable parts, decide each on evidence, quote what decides it."""

from __future__ import annotations

import re

from assistant.evidence import cite
from assistant.extractive import ExtractiveAnswerer, judgement_for, when_label
from assistant.models import Answer
from assistant.scope import Scope
from assistant.sentences import rank_sentences
from ingest.metadata import parse_date_range
from ingest.models import DocumentMeta
from ingest.vocabulary import AREA_DESCRIPTIONS, GRADE_RE, canonical_grade

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_QUANTITY = re.compile(
    r"\b(\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")\s*(%|per\s*cent|weeks?|months?|days?|years?|hours?|"
    r"posts?|recommendations?|officers?|staff|children|areas?)?\b",
    re.I,
)
SUPPORT_SIMILARITY = 0.55
SAME_STATEMENT = 0.9  # this similar: the sentence says the same thing in other words
ABOUT_THE_SAME = 0.5  # else at least this share of the claim's words must be in the sentence
_INSPECTOR_CLAIM = re.compile(
    r"\blead\s+inspector\b|\bled\s+(?:the|its|their)\s+inspection\b|\binspection\s+was\s+led\s+by\b", re.I
)
_DATES_CLAIM = re.compile(
    r"\b(?:inspect\w*|visit\w*)\b[^.]{0,60}\b(?:from|between|on|in)\s+\d{1,2}\b|\btook\s+place\b|\binspection\s+dates?\b",
    re.I,
)


def quantities(text: str) -> dict[str, set[float]]:
    """Numbers by unit ('weeks': {6}); a bare number goes under ''. Years are left out."""
    found: dict[str, set[float]] = {}
    for number, unit in _QUANTITY.findall(text):
        value = float(_NUMBER_WORDS.get(number.lower(), number) if not number[0].isdigit() else number)
        if re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        key = (unit or "").lower().rstrip("s")
        found.setdefault(key, set()).add(value)
    return found


_MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def _when_differs(claim: str, evidence: str) -> bool:
    for pattern in (_MONTHS, _YEARS):
        said, found = set(pattern.findall(claim)), set(pattern.findall(evidence))
        if said and found and not said & found:
            return True
    return False


def grades_in(text: str) -> list[str]:
    return [canonical_grade(m.group(0)) for m in GRADE_RE.finditer(text)]


def claimed_grade(claim: str) -> str | None:
    grades = grades_in(claim)
    return grades[0] if grades else None


class ClaimChecker:
    def __init__(self, answerer: ExtractiveAnswerer) -> None:
        self.answerer = answerer

    def check(self, scope: Scope, exclude: frozenset[str] = frozenset()) -> Answer:
        """Decide one claim; documents in ``exclude`` (the story being checked) are not evidence."""
        if exclude:
            scope.documents = [d for d in scope.documents if d.doc_id not in exclude]
            scope.secondary = [d for d in scope.secondary if d.doc_id not in exclude]
        claim = scope.question
        if scope.missing:
            return verdict(claim, "not_found", scope.missing)
        grade = claimed_grade(claim)
        docs = scope.documents
        report_docs = [d for d in docs if d.doc_type == "inspection report"]
        # A grade claimed without an area ("judged ... inadequate") is about overall effectiveness.
        if (
            grade
            and report_docs
            and (scope.area or re.search(r"\b(?:judged|rated|graded|overall)\b", claim, re.I))
        ):
            area = scope.area or "overall effectiveness"
            for doc in report_docs:
                j = judgement_for(doc, area)
                if j is None:
                    continue
                c = [cite(doc, j.page, j.quote, "Judgements")]
                label = AREA_DESCRIPTIONS.get(j.area, j.area)
                if j.grade == grade:
                    return verdict(
                        claim, "supported", f"The report judged {label} {j.grade} ({when_label(doc)}).", c
                    )
                return verdict(
                    claim,
                    "contradicted",
                    f"The report judged {label} {j.grade}, not {grade} ({when_label(doc)}).",
                    c,
                )
        if report_docs:
            decided = self._inspector_claim(claim, report_docs) or self._dates_claim(claim, report_docs)
            if decided:
                return decided
        return self.check_text(scope, exclude)

    @staticmethod
    def _inspector_claim(claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """'The lead inspector was Jane Doe': the name the report gives decides."""
        if not _INSPECTOR_CLAIM.search(claim):
            return None
        for doc in docs:
            if not (doc.lead_inspector and doc.lead_inspector_quote):
                continue
            c = [cite(doc, doc.lead_inspector_page, doc.lead_inspector_quote)]
            surname = doc.lead_inspector.split()[-1].lower()
            if doc.lead_inspector.lower() in claim.lower() or re.search(
                rf"\b{re.escape(surname)}\b", claim.lower()
            ):
                return verdict(
                    claim, "supported", f"The report names {doc.lead_inspector} as lead inspector.", c
                )
            return verdict(
                claim,
                "contradicted",
                f"The report names {doc.lead_inspector} as lead inspector ({when_label(doc)}).",
                c,
            )
        return None

    @staticmethod
    def _dates_claim(claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """'Inspectors visited from 6 to 17 March 2023': the dates line of the report decides."""
        if not _DATES_CLAIM.search(claim):
            return None
        start, end = parse_date_range(claim)
        if end is None:
            return None
        for doc in docs:
            quote = doc.inspection_dates_quote
            if not (doc.inspection_end and quote):
                continue
            c = [cite(doc, doc.inspection_dates_page, quote)]
            if end == doc.inspection_end and (start is None or start == doc.inspection_start):
                return verdict(
                    claim, "supported", f"The inspection took place {doc.inspection_dates_text}.", c
                )
            return verdict(
                claim, "contradicted", f"The inspection took place {doc.inspection_dates_text}.", c
            )
        return None

    def check_text(self, scope: Scope, exclude: frozenset[str] = frozenset()) -> Answer:
        claim = scope.question
        docs = scope.documents + scope.secondary
        doc_ids = [d.doc_id for d in docs] if (scope.organisations or scope.years) else None
        index = self.answerer.index
        # Inspection reports are the evidence; news and statements only when no report holds it.
        tiers: list[list[str] | None] = []
        if doc_ids is None:
            everything = [d for d in index.catalog.documents() if d.doc_id not in exclude]
            reports = [d.doc_id for d in everything if d.doc_type == "inspection report"]
            tiers = [reports, [d.doc_id for d in everything] if exclude else None]
        else:
            reports = [d for d in doc_ids if _doc_type(index, d) == "inspection report"]
            tiers = [reports, doc_ids] if reports and len(reports) < len(doc_ids) else [doc_ids]
        for tier in tiers:
            if tier is not None and not tier:
                continue
            passages = self.answerer.retriever.search(claim, self.answerer.top_k, tier)
            ranked = rank_sentences(
                scope.focus or claim, passages, index, {d.doc_id for d in scope.documents}
            )
            result = self._decide(claim, ranked)
            if result.verdict != "not_found":
                deciding = [c for c in result.citations if c.doc_type != "inspection report"]
                if deciding:
                    result.reason += " (only news or statements say this, not an inspection report)"
                return result
        return verdict(claim, "not_found", "No indexed passage states or contradicts this.")

    def _decide(self, claim: str, ranked: list) -> Answer:  # type: ignore[type-arg]
        docs = {d.doc_id: d for d in self.answerer.index.catalog.documents()}
        claim_q = quantities(claim)
        claim_grades = set(grades_in(claim))
        for candidate in ranked[:5]:
            s = candidate.sentence
            if candidate.similarity < SUPPORT_SIMILARITY - 0.1:
                break
            doc = docs.get(s.chunk.doc_id)
            if doc is None:
                continue  # re-ingested while we looked
            c = [cite(doc, s.page, s.text, s.chunk.section)]
            if candidate.overlap < ABOUT_THE_SAME and candidate.similarity < SAME_STATEMENT:
                continue  # a sentence on the same theme but not about the same thing decides nothing
            if _when_differs(claim, s.text):
                continue  # another month or year: likely another event, which neither supports nor contradicts
            evidence_q = quantities(s.text)
            for unit, values in claim_q.items():
                if unit and unit in evidence_q and not values & evidence_q[unit]:
                    said = ", ".join(f"{v:g} {unit}s" for v in sorted(evidence_q[unit]))
                    return verdict(claim, "contradicted", f"The document says {said}.", c)
            evidence_grades = set(grades_in(s.text))
            if claim_grades and evidence_grades and not claim_grades & evidence_grades:
                return verdict(
                    claim, "contradicted", f"The document says {', '.join(sorted(evidence_grades))}.", c
                )
            numbers_agree = all(
                not unit or unit not in evidence_q or values & evidence_q[unit]
                for unit, values in claim_q.items()
            )
            if candidate.similarity >= SUPPORT_SIMILARITY and numbers_agree:
                return verdict(claim, "supported", "A passage states this.", c)
        return verdict(claim, "not_found", "No indexed passage states or contradicts this.")


def _doc_type(index, doc_id: str) -> str:  # type: ignore[no-untyped-def]
    meta = index.catalog.document(doc_id)
    return meta.doc_type if meta else ""


def verdict(claim: str, value: str, reason: str, citations: list | None = None) -> Answer:  # type: ignore[type-arg]
    text = {"supported": "Supported", "contradicted": "Contradicted", "not_found": "Not found"}[value]
    return Answer(
        claim, f"{text}: {reason}", abstained=False, citations=citations or [], verdict=value, reason=reason
    )
