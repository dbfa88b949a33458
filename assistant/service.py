"""The assistant as one object: the edges (CLI, app) call this and nothing deeper."""

from __future__ import annotations

import re
import threading
from collections import Counter

from assistant.claims import ClaimChecker
from assistant.compare import Comparison, GradeRow, grade_rows
from assistant.compare import compare as compare_inspections
from assistant.config import AssistantConfig
from assistant.corpus_profile import word_stem
from assistant.corroboration import corroborating
from assistant.everyday_words import could_name_a_place, is_ordinary_word
from assistant.evidence import squash, verified
from assistant.extractive import ExtractiveAnswerer
from assistant.interfaces import Answerer, Checker
from assistant.library import LibraryAnswerer
from assistant.models import Answer, Filters
from assistant.resolve import OrganisationDirectory, names_in
from assistant.retrieval import Retriever
from assistant.scope import Scope, build_scope
from assistant.spelling import corrected
from assistant.story import overall_verdict, part_row, split_claims
from assistant.themes import ThemesResult
from assistant.understanding import SubjectModel
from ingest.models import DocumentMeta
from ingest.vocabulary import spelled_out
from vectorstore.index import Index

RARE_NAME_DOCUMENTS = 2  # a name this few documents use says which document is asked about


class Assistant:
    def __init__(
        self,
        index: Index,
        config: AssistantConfig | None = None,
        *,
        retriever: Retriever | None = None,
        answerer: Answerer | None = None,
        claims: Checker | None = None,
    ) -> None:
        """Parts not passed in are the defaults: hybrid retrieval, the extractive answerer and its claim
        checker. ``answerer`` replaces the extractive answerer for questions (the LLM one); claims are still
        checked extractively. inspectchat/factory.py builds it from the settings."""
        self.index = index
        self.config = config or AssistantConfig()
        self.retriever = retriever or Retriever(index, self.config.retrieval)
        self.extractive = ExtractiveAnswerer(index, self.retriever, self.config.top_k)
        self.claims = claims or ClaimChecker(self.extractive)
        self.llm = answerer  # None: questions go to the extractive answerer
        self._lock = threading.Lock()
        self._generation = -1
        self._documents: list[DocumentMeta] = []
        self._directory = OrganisationDirectory([])
        self._years_mentioned: dict[str, str] = {}
        self._other_texts: dict[str, str] = {}
        self._subjects: SubjectModel | None = None

    def _refresh(self) -> None:
        with self._lock:
            generation = self.index.catalog.generation
            if generation == self._generation:
                return
            self._documents = self.index.catalog.documents()
            self._directory = OrganisationDirectory(self._documents)
            # the text of news and statements: the years they mention (for questions about events they
            # report) and, for story checking, whether a pasted story is one of them
            self._other_texts = {
                d.doc_id: squash(self._text_of(d.doc_id))
                for d in self._documents
                if d.doc_type != "inspection report"
            }
            # the years each document mentions: a story of the events it reports, a report of the year
            # before its visit that its figures cover
            self._years_mentioned = {
                d.doc_id: _years_written(self._other_texts.get(d.doc_id) or self._text_of(d.doc_id))
                for d in self._documents
            }
            self._generation = generation

    def _text_of(self, doc_id: str) -> str:
        return " ".join(p.text for p in self.index.catalog.pages(doc_id))

    @property
    def documents(self) -> list[DocumentMeta]:
        self._refresh()
        return self._documents

    @property
    def directory(self) -> OrganisationDirectory:
        self._refresh()
        return self._directory

    def scope(self, question: str, filters: Filters | None = None) -> Scope:
        self._refresh()
        if self._subjects is None:
            self._subjects = SubjectModel(self.index.embedder)  # loads the encoder once, on first use
        scope = build_scope(
            question, self._documents, self._directory, filters, self._years_mentioned, self._subjects
        )
        if not scope.organisations and not scope.missing and len(scope.documents) > 1:
            self._narrow_to_named(scope)
        if not scope.organisations and not scope.missing and not (filters and filters.describe()):
            self._follow_rare_names(scope)  # (the whole library is searched: never past a user's filters)
        return scope

    def _follow_rare_names(self, scope: Scope) -> None:
        """A question that names no organisation but a person or place only a document or two use ("the DASH
        for Maya", "Wessmoor Constabulary"): when nothing in scope uses that name, the review, investigation or
        story that does is the one asked about, whatever year the question gives (the year of the events it
        tells of, not of a report)."""
        profile = self.extractive.profiles.current()
        words = {
            re.sub(r"[’']s?$", "", w.lower()) for w in re.findall(r"[A-Za-z][\w’'-]{3,}", scope.question)
        }
        rare = {
            word_stem(w)
            for w in words
            if 0 < profile.stem_docs.get(word_stem(w), 0) <= RARE_NAME_DOCUMENTS and could_name_a_place(w)
        }
        if not rare:
            return
        if not scope.pinned:
            # a question over the whole library that names a person or place ("amber kettlewell"), a word of no
            # ordinary English: the documents that name it. Not a choice between names ("wendy williams or
            # michelle skeer"), where one name's documents would leave out the other's.
            names = {word_stem(w) for w in words if word_stem(w) in rare and not is_ordinary_word(w)}
            if not names or re.search(r"\bor\b", scope.question, re.I):
                return
            naming = [d for d in self._documents if any(profile.mentions(d.doc_id, stem) for stem in names)]
            if naming:
                scope.documents, scope.secondary = naming, []
                scope.named_by_words = True
                # a report and the story on it, found by a name, are no two things to set side by side
                scope.compare = False
            return
        if any(profile.mentions(d.doc_id, stem) for d in scope.documents + scope.secondary for stem in rare):
            return  # (which of the documents in scope use it is for the ranking of their sentences to show)
        naming = [
            d
            for d in self._documents
            if d.doc_type != "inspection report" and any(profile.mentions(d.doc_id, stem) for stem in rare)
        ]
        if naming:
            scope.documents, scope.secondary = naming, []
            scope.named_by_words = True

    def _narrow_to_named(self, scope: Scope) -> None:
        """A question that names no organisation the index knows may name a service, team or place within
        one ("Is Harbourside CAMHS caring?"): the documents that use that name are the ones it is about."""
        for name in names_in(scope.question):
            naming = [d for d in scope.documents if self.extractive.doc_has_phrase(d.doc_id, name)]
            if 0 < len(naming) < len(scope.documents):
                scope.documents = naming
                return

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        asked = question.strip()
        read = corrected(spelled_out(asked), self.extractive.profiles.current())
        answer = self._ask(read, filters)
        # the question as it was put, though read with its shorthand written out and its typing slips mended
        answer.question = asked
        return answer

    def _ask(self, question: str, filters: Filters | None) -> Answer:
        if not question:
            return Answer(question, "Ask a question about the inspection documents.", abstained=True)
        if self.index.is_empty():
            return Answer(
                question, "The index is empty: add documents first (inspectchat ingest PATH).", abstained=True
            )
        # -- questions over the whole library (assistant/library.py): which/how many councils, themes --
        library = self.library.answer(question, filters)
        if library is not None:
            return self._finish(library, filters)
        # --
        scope = self.scope(question, filters)
        answer = self.llm.answer(scope) if self.llm else self.extractive.answer(scope)
        # the story or statement in scope that repeats the report's figure or grade is cited too
        answer.citations += corroborating(answer, scope.documents + scope.secondary, self.index.catalog)
        return self._finish(answer, filters)

    def check(self, claim: str, filters: Filters | None = None) -> Answer:
        claim = claim.strip()
        scope = self.scope(claim, filters)
        return self._finish(self.claims.check(scope), filters)

    def check_text(self, text: str, filters: Filters | None = None) -> Answer:
        """Every checkable claim of a paragraph or story; organisations and years the story names carry
        over to claims that do not repeat them."""
        claims = split_claims(text)
        subjects = self._main_subjects(claims)
        itself = self._story_document(claims)
        parts: list[Answer] = []
        for claim in claims:
            claim_filters = filters or Filters()
            scope = self.scope(claim, claim_filters)
            if not scope.organisations and subjects:
                claim_filters = Filters(**{**claim_filters.__dict__, "organisations": subjects})
                scope = self.scope(claim, claim_filters)
            part = self._finish(self.claims.check(scope, itself), filters)
            if part.verdict == "not_found" and itself:
                title = self.index.catalog.document(next(iter(itself)))
                part.reason = (
                    "No inspection report or other document in the index states or contradicts this; the only "
                    f"source is the story itself ({title.title if title else 'indexed'})."
                )
                part.answer = f"Not found: {part.reason}"
            parts.append(part)
        verdict = overall_verdict(parts) if parts else "not_found"
        summary = f"{len(claims)} claims: " + ", ".join(
            f"{sum(p.verdict == v for p in parts)} {v}" for v in ("supported", "contradicted", "not_found")
        )
        citations = [c for p in parts for c in p.citations[:1]]
        return Answer(
            text[:200],
            summary,
            citations=citations,
            verdict=verdict,
            reason=summary,
            parts=[part_row(p) for p in parts],
        )

    def _main_subjects(self, claims: list[str]) -> list[str]:
        """The organisation(s) a story is about: the most mentioned, not every one it names in passing."""
        counts: Counter[str] = Counter()
        for claim in claims:
            counts.update({o.name for o in self.directory.find(claim)})
        if not counts:
            return []
        top = max(counts.values())
        return [name for name, n in counts.items() if n == top]

    def _story_document(self, claims: list[str]) -> frozenset[str]:
        """An indexed document that contains most of the story word for word is the story itself: it is
        no evidence for its own claims."""
        if not claims:
            return frozenset()
        self._refresh()
        wanted = [squash(c) for c in claims]
        for doc_id, body in self._other_texts.items():
            if sum(c in body for c in wanted) >= 0.5 * len(wanted):
                return frozenset({doc_id})
        return frozenset()

    def compare(self, organisations: list[str], years: list[int] | None = None) -> Comparison:
        return compare_inspections(self.documents, self.directory, organisations, years, self.index.embedder)

    def grades(self, organisations: list[str] | None = None) -> list[GradeRow]:
        return grade_rows(self.documents, self.directory, organisations)

    # -- the whole library (assistant/library.py, assistant/themes.py) ----------------------------------------
    @property
    def library(self) -> LibraryAnswerer:
        """Answers questions across organisations; built on first use, refreshed per catalogue generation."""
        with self._lock:
            if getattr(self, "_library", None) is None:
                self._library = LibraryAnswerer(self.index)
            return self._library

    def themes(
        self,
        question: str = "",
        *,
        years: list[int] | None = None,
        topic: str | None = None,
        organisations: list[str] | None = None,
        filters: Filters | None = None,
        top: int = 8,
    ) -> ThemesResult:
        """Recurring themes of the improvement findings of the reports a question (or years, topic,
        organisations, filters) selects: counts per theme and every item, cited; see ThemesResult. Text that
        is not a question across organisations is read as a topic ('care leavers in 2023': the findings
        about care leavers in 2023 inspections); render/themes.py renders the result."""
        return self.library.themes(
            question, years=years, topic=topic, organisations=organisations, filters=filters, top=top
        )

    def _finish(self, answer: Answer, filters: Filters | None) -> Answer:
        kept, flags = verified(self.index.catalog, answer.citations)
        answer.citations = kept
        answer.flags += flags
        if filters and not filters.is_empty():
            answer.filters_applied = filters.describe()
        return answer


def _years_written(text: str) -> str:
    """The years a text writes, once each, in order ("2023 2024 2025")."""
    return " ".join(sorted(set(re.findall(r"(?:19|20)\d\d", text))))
