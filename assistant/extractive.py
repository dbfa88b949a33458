"""The default answerer: no language model, only the documents' own words, every sentence cited.

It answers from facts the reports state in fixed places (judgements, dates, lead inspector, improvement
lists) when the question asks for one, and otherwise from the best-matching sentences of retrieved
passages. It abstains, saying why, when the index does not hold the organisation, the year or a passage
that answers.
"""

from __future__ import annotations

import re

from assistant.evidence import cite, squash
from assistant.models import Answer, Citation
from assistant.retrieval import Retriever
from assistant.scope import Scope
from assistant.sentences import content_words, rank_sentences
from ingest.models import DocumentMeta, Judgement
from ingest.vocabulary import AREA_DESCRIPTIONS, GRADE_RE, canonical_grade
from vectorstore.index import Index

MIN_SIMILARITY = 0.35
MIN_OVERLAP = 0.34
_RELATED_AREAS = {
    "children in care": ["children in care and care leavers"],
    "care leavers": ["children in care and care leavers"],
    "children in care and care leavers": ["children in care", "care leavers"],
}


def grades_named(text: str) -> list[str]:
    found: list[str] = []
    for match in GRADE_RE.finditer(text):
        grade = canonical_grade(match.group(0))
        if grade not in found:
            found.append(grade)
    return found


def grade_label(grade: str) -> str:
    return "Requires improvement to be good" if grade == "requires improvement" else grade.capitalize()


def when_label(doc: DocumentMeta) -> str:
    if doc.inspection_dates_text:
        return f"inspection {doc.inspection_dates_text}"
    if doc.publication_date:
        return f"published {doc.publication_date}"
    return doc.title


def judgement_for(doc: DocumentMeta, area: str) -> Judgement | None:
    for name in [area] + _RELATED_AREAS.get(area, []):
        for j in doc.judgements:
            if j.area == name:
                return j
    return None


def fitting_quote(index: Index, doc: DocumentMeta, page: int | None, text: str) -> str | None:
    """The text itself if it is on the page, else its longest leading part that is (an item that runs on)."""
    page_text = squash(index.catalog.page_text(doc.doc_id, page) or "")
    words = squash(text).split(" ")
    for end in range(len(words), 4, -1):
        candidate = " ".join(words[:end])
        if candidate in page_text:
            return candidate
    return None


class ExtractiveAnswerer:
    def __init__(self, index: Index, retriever: Retriever, top_k: int = 8) -> None:
        self.index = index
        self.retriever = retriever
        self.top_k = top_k

    # -- facts -----------------------------------------------------------------------------------------
    def grade_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        area = scope.area or "overall effectiveness"
        for doc in docs:
            j = judgement_for(doc, area)
            if j is None:
                continue
            org = doc.organisation or "the organisation"
            text = (
                f"{grade_label(j.grade)}. {doc.inspectorate or 'The inspectorate'} judged "
                f"{AREA_DESCRIPTIONS.get(j.area, j.area)} in {org} to be {j.grade} ({when_label(doc)})."
            )
            return Answer(scope.question, text, citations=[cite(doc, j.page, j.quote, "Judgements")])
        return None

    def inspector_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        for doc in docs:
            if doc.lead_inspector and doc.lead_inspector_quote:
                text = f"{doc.lead_inspector} was the lead inspector ({when_label(doc)}, {doc.organisation})."
                return Answer(
                    scope.question,
                    text,
                    citations=[cite(doc, doc.lead_inspector_page, doc.lead_inspector_quote)],
                )
        return None

    def dates_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        for doc in docs:
            quote = doc.inspection_dates_quote
            if doc.inspection_dates_text and quote:
                text = f"The inspection of {doc.organisation} took place {doc.inspection_dates_text}."
                if doc.publication_date:
                    text += f" The report was published on {doc.publication_date}."
                return Answer(scope.question, text, citations=[cite(doc, doc.inspection_dates_page, quote)])
        return None

    def improve_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        for doc in docs:
            kinds = ["improve", "area for improvement", "recommendation", "cause of concern"]
            for kind in kinds:
                items = [f for f in doc.findings if f.kind == kind]
                if not items:
                    continue
                citations: list[Citation] = []
                lines: list[str] = []
                for item in items:
                    quote = fitting_quote(self.index, doc, item.page, item.page_quote)
                    if quote is None:
                        continue
                    lines.append(f"• {item.text}")
                    citations.append(cite(doc, item.page, quote, kind))
                if not lines:
                    continue
                label = {
                    "improve": "what needs to improve",
                    "area for improvement": "areas for improvement",
                    "recommendation": "recommendations",
                    "cause of concern": "causes of concern",
                }[kind]
                head = f"{doc.organisation or doc.title} ({when_label(doc)}): {label}:"
                return Answer(scope.question, head + "\n" + "\n".join(lines), citations=citations)
        return None

    def grade_list_answer(self, scope: Scope) -> Answer | None:
        """'Which councils were rated inadequate in 2023?': every inspection with that grade."""
        wanted = grades_named(scope.question)
        if not wanted:
            return None
        area = scope.area or "overall effectiveness"
        rows = []
        for doc in sorted(scope.documents, key=lambda d: (d.organisation or "").lower()):
            j = judgement_for(doc, area) if doc.doc_type == "inspection report" else None
            if j and j.grade in wanted:
                rows.append((doc, j))
        label = AREA_DESCRIPTIONS.get(area, area)
        when = f" in {', '.join(map(str, scope.years))}" if scope.years else ""
        if not rows:
            return abstain(
                scope.question, f"No inspection in the index{when} judged {label} {' or '.join(wanted)}."
            )
        names = "; ".join(f"{doc.organisation} ({when_label(doc)})" for doc, _ in rows)
        text = f"{len(rows)} inspection(s){when} judged {label} {' or '.join(wanted)}: {names}."
        return Answer(
            scope.question,
            text[:1500],
            citations=[cite(doc, j.page, j.quote, "Judgements") for doc, j in rows],
        )

    # -- comparison ------------------------------------------------------------------------------------
    def compare_answer(self, scope: Scope) -> Answer | None:
        docs = scope.documents
        if len(docs) < 2 and not scope.secondary:
            return None
        if scope.wants == "grade" or scope.area or self._only_asks_for_change(scope):
            area = scope.area or "overall effectiveness"
            rows = []
            for doc in sorted(docs, key=lambda d: d.inspection_end or d.publication_date or ""):
                j = judgement_for(doc, area)
                if j:
                    rows.append((doc, j))
            if len(rows) >= 2:
                parts = [f"{doc.organisation}, {when_label(doc)}: {j.grade}" for doc, j in rows]
                first, last = rows[0][1].grade, rows[-1][1].grade
                order = ["inadequate", "requires improvement", "adequate", "good", "outstanding"]
                trend = "stayed the same"
                if order.index(last) > order.index(first):
                    trend = "improved"
                elif order.index(last) < order.index(first):
                    trend = "declined"
                text = (
                    f"{AREA_DESCRIPTIONS.get(area, area).capitalize()}: "
                    + "; ".join(parts)
                    + f". From {first} to {last}: it {trend}."
                )
                return Answer(
                    scope.question,
                    text,
                    citations=[cite(doc, j.page, j.quote, "Judgements") for doc, j in rows],
                )
        # otherwise the best sentence from each document
        citations, lines = [], []
        for doc in (docs + scope.secondary)[:6]:
            passages = self.retriever.search(scope.question, 4, [doc.doc_id])
            ranked = rank_sentences(scope.focus or scope.question, passages, self.index)
            if ranked and ranked[0].similarity >= MIN_SIMILARITY:
                best = ranked[0].sentence
                lines.append(f"{when_label(doc)}: {best.text}")
                citations.append(cite(doc, best.page, best.text, best.chunk.section))
        if len(lines) >= 2:
            return Answer(scope.question, "\n".join(lines)[:1500], citations=citations)
        return None

    @staticmethod
    def _only_asks_for_change(scope: Scope) -> bool:
        """'How has X changed between 2015 and 2024?': no topic beyond the change itself, so the judgements."""
        generic = {
            "change",
            "changed",
            "changes",
            "compare",
            "compared",
            "between",
            "inspection",
            "inspections",
            "services",
            "children",
            "ofsted",
            "since",
            "over",
            "time",
            "differ",
            "different",
            "progress",
        }
        return not (content_words(scope.focus or scope.question) - generic)

    # -- sentences -------------------------------------------------------------------------------------
    def text_answer(self, scope: Scope, doc_ids: list[str] | None, preferred: set[str]) -> Answer:
        passages = self.retriever.search(scope.question, self.top_k, doc_ids)
        ranked = rank_sentences(scope.focus or scope.question, passages, self.index, preferred)
        if not ranked or (ranked[0].similarity < MIN_SIMILARITY and ranked[0].overlap < MIN_OVERLAP):
            return abstain(scope.question, "The indexed documents do not hold a passage that answers this.")
        best = ranked[0]
        chosen = [best]
        for other in ranked[1:]:
            if len(chosen) == 3 or other.score < best.score - 0.12:
                break
            # a question about one organisation keeps to one report; a broad one may draw on several
            same_doc = other.sentence.chunk.doc_id == best.sentence.chunk.doc_id
            adds = content_words(other.sentence.text) - set().union(
                *(content_words(c.sentence.text) for c in chosen)
            )
            if adds and (same_doc or not scope.organisations):
                chosen.append(other)
        docs = {d.doc_id: d for d in self.index.catalog.documents()}
        chosen = [s for s in chosen if s.sentence.chunk.doc_id in docs]
        if not chosen:
            return abstain(scope.question, "The indexed documents do not hold a passage that answers this.")
        citations = [
            cite(docs[s.sentence.chunk.doc_id], s.sentence.page, s.sentence.text, s.sentence.chunk.section)
            for s in chosen
        ]
        text = " ".join(s.sentence.text for s in chosen)
        return Answer(scope.question, text[:1000], citations=citations)

    # -- entry -----------------------------------------------------------------------------------------
    def answer(self, scope: Scope) -> Answer:
        if scope.missing:
            return abstain(scope.question, scope.missing)
        unknown = self.unknown_names(scope)
        if unknown:
            return abstain(scope.question, f"The index holds no documents about {unknown}.")
        docs = scope.documents
        if scope.compare and (len(docs) > 1 or scope.secondary):
            result = self.compare_answer(scope)
            if result:
                return result
        if scope.wants == "grade" and not scope.organisations:
            result = self.grade_list_answer(scope)
            if result:
                return result
        fact_answer = {
            "grade": self.grade_answer,
            "inspector": self.inspector_answer,
            "dates": self.dates_answer,
            "improve": self.improve_answer,
        }.get(scope.wants)
        if fact_answer and (scope.organisations or scope.years):
            result = fact_answer(scope, docs + scope.secondary)
            if result:
                return result
        if scope.organisations or scope.years:
            doc_ids = [d.doc_id for d in docs + scope.secondary]
            return self.text_answer(scope, doc_ids, {d.doc_id for d in docs})
        return self.text_answer(scope, [d.doc_id for d in docs] if docs else None, set())

    def unknown_names(self, scope: Scope) -> str | None:
        """A proper name in the question that no document contains: the index cannot be about it."""
        if scope.organisations:
            return None
        words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]{3,})\b", scope.question)
        for word in words:
            if not self.index.keywords.knows(word):
                return word
        return None


def abstain(question: str, reason: str) -> Answer:
    return Answer(question, reason, abstained=True, reason=reason)
