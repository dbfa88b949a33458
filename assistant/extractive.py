"""The default answerer: no language model, only the documents' own words, every sentence cited.

It answers from facts the reports state in fixed places (judgements, dates, lead inspector, improvement
lists) when the question asks for one, and otherwise from the best-matching sentences of retrieved
passages. It abstains, saying why, when the index does not hold the organisation, the year or a passage
that answers.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace

from assistant.acronyms import asks_expansion, defining, definitions, stands_for, used_in, writes_out
from assistant.compare import change_of
from assistant.corpus_profile import CorpusProfiles, word_stem
from assistant.details import detail_asked_for
from assistant.equivalents import field_terms_named, phrase_stems, said_otherwise
from assistant.everyday_words import (
    PARTICIPLE_PREPOSITIONS,
    PREPOSITIONS,
    is_everyday,
    is_function_word,
    is_preposition,
    word_forms,
    word_readings,
)
from assistant.evidence import Sentence, cite, neighbours, sentences_of, squash
from assistant.models import Answer, Citation
from assistant.phrases import phrase_passages
from assistant.question_terms import subject_terms
from assistant.ratings import (
    KNOWN_AREAS,
    asks_rating,
    extreme_asked,
    grade_stated_for,
    judgement_for,
    labelled_judgement,
    rated_row,
    row_label,
    rows_graded,
)
from assistant.resolve import ASKS_WHICH_DOCUMENT, Organisation, names_in, normalise
from assistant.retrieval import Retriever
from assistant.scope import (
    GRADE_WORDS,
    Scope,
    area_words_removed,
    asks_of_an_earlier_inspection,
    subject_text,
)
from assistant.sentences import (
    ASKS_OUTLET,
    POINTS_BACK,
    ScoredSentence,
    asks_for_name,
    asks_for_quantity,
    content_words,
    count_unstated,
    duration_unstated,
    holds_asked_kind,
    is_cut_off,
    is_fragment,
    money_unstated,
    next_time_unstated,
    overall_grade_unstated,
    rank_sentences,
    share_unstated,
    speaker_named_before,
    spelled_count,
)
from assistant.spelling import one_slip_from_a_known_word
from assistant.understanding import CUES, DESCRIPTIONS, Subject, lists_a_list
from ingest.metadata import PUBLISHED_LABEL_AT_END, dates_in
from ingest.models import DocumentMeta
from ingest.vocabulary import (
    ABBREVIATION_WORDS,
    AMPERSAND_TERM_RE,
    AMPERSAND_TERMS,
    AREA_DESCRIPTIONS,
    BROADCASTER_NAMES,
    FINDING_ASKED,
    FINDING_LABELS,
    GRADE_NAMES,
    GRADE_RE,
    IMPROVEMENT_KINDS,
    MONTH_NAMES,
    NEWSPAPER_NAME_WORDS,
    SEND_OUTCOME_AREA,
    SHORT_TOPIC_WORDS,
    FindingKind,
    ReportFamily,
    canonical_grade,
)
from vectorstore.index import Index

MIN_SIMILARITY = 0.35
MIN_OVERLAP = 0.34
MIN_SCORE = 0.4  # similarity, word overlap and answer kind together
MAX_SENTENCES = 4  # the answering sentence and up to three that complete it
# ... each scoring within this of the answering one: the second-best sentence often holds the figure the
# best one only frames ("care proceedings have reduced" / "to 39 weeks on average")
COMPLETING_WINDOW = 0.25
# Silence: the documents never use a distinctive word of the question, and no sentence is this close in
# meaning (set on the tune parts of our none-sets; see docs/answers.md): for a rare word, for a name the
# documents never give, and for an everyday word few reports use.
SILENCE_SIMILARITY = 0.6
MAX_DEFINING_DOCS = 6  # documents read for what an abbreviation stands for
ABBREVIATION_WORD_PREFIX = (
    6  # letters of a word an abbreviation stands for that say it ("electi" of "elective")
)
LESS_COMMON_RARITY = 0.15  # a word fewer than most reports use ("designated", not "officer" or "local")
SAME_THING_SIMILARITY = 0.75
# A term of the library the documents never write ("staying put"), like a name they never give: silence
# unless a sentence says the same thing in other words
TERM_SILENCE_SIMILARITY = SAME_THING_SIMILARITY
MAX_SPELLING_DOCS = 4  # abbreviations are looked up in the documents in scope when they are this few
EVERYDAY_SILENCE_SIMILARITY = 0.5
NAMED = "The documents searched never name "
# the words of the judgement areas' names ("the experiences and progress of children in care"): a question
# left with only these once its area is named asks for that area's grade
_AREA_DESCRIPTION_STEMS = {word_stem(w) for d in AREA_DESCRIPTIONS.values() for w in re.findall(r"[a-z]+", d)}
CLEAR_FACT_SCORE = 0.8  # a fact subject this clear is kept even when the question names a topic
FACT_DESPITE_TOPIC = 0.75  # ... and this clear (and ahead of the next subject by FACT_MARGIN), when the
FACT_MARGIN = 0.08  # reports never mention the topic
# A fact subject scoring under WEAK_FACT_SCORE is only a guess: when a sentence of the reports in scope
# matches the question better, by SENTENCE_LEAD, the question is about what that sentence says ("To what
# level had the timeliness of health assessments improved?" is not asking for a grade).
WEAK_FACT_SCORE = 0.7
SENTENCE_LEAD = 0.1
# A word every report uses still counts this much in a sentence's word overlap (a rare one up to 1 more)
WORD_WEIGHT_FLOOR = 0.25
DISTINCTIVE_RARITY = 0.7  # a word used by at most 30% of the documents says what the question is about


def grades_named(text: str) -> list[str]:
    found: list[str] = []
    for match in GRADE_RE.finditer(text):
        grade = canonical_grade(match.group(0))
        if grade not in found:
            found.append(grade)
    return found


def grade_label(grade: str) -> str:
    return "Requires improvement to be good" if grade == "requires improvement" else grade.capitalize()


def _any_form(word: str) -> str:
    """A pattern for the word in any of its forms: what its forms share ("disabilit" of "disabilities")."""
    return rf"{re.escape(os.path.commonprefix([word, word_stem(word)]))}[\w’']*"


def doc_name(doc: DocumentMeta) -> str:
    """The body a document is on, or, for a report on no one body (a national investigation), its title."""
    return doc.organisation or doc.title or doc.source


def when_label(doc: DocumentMeta) -> str:
    if doc.inspection_dates_text:
        return f"inspection {doc.inspection_dates_text}"
    if doc.publication_date:
        return f"published {doc.publication_date}"
    return doc.title


def long_date(iso: str) -> str:
    """'2024-11-22' -> '22 November 2024'."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def published_quote(index: Index, doc: DocumentMeta) -> tuple[int | None, str] | None:
    """Where the report states its publication date (page, verbatim line), if it does: on its first pages, or
    on a line of its own at its end ("Date Published 18/03/2026" closes a Care Inspectorate Wales report)."""
    for page in (1, 2):
        text = index.catalog.page_text(doc.doc_id, page) or ""
        for match in re.finditer(r"(?:Report\s+)?published\s*:?[^\n]{4,40}", text, re.I):
            # never a line that dates another report ("the previous report, published 5 March 2014")
            if dates_in(match.group(0)) <= {doc.publication_date}:
                return page, match.group(0).strip()
    for page in range(max(3, doc.page_count - 1), doc.page_count + 1):
        text = index.catalog.page_text(doc.doc_id, page) or ""
        match = PUBLISHED_LABEL_AT_END.search(text)
        if match and doc.publication_date in dates_in(match.group(0)):
            return page, match.group(0).strip()
    # a report dated on its cover, the date on a line of its own
    for line in (index.catalog.page_text(doc.doc_id, 1) or "").split("\n")[:15]:
        if line.strip() and dates_in(line) == {doc.publication_date} and len(line.split()) <= 4:
            return 1, line.strip()
    return None


# A sentence that goes on with the one before it.
_GOES_ON = re.compile(
    r"(?:They|These|Those|This|Such|It|She|He)\s+(?:also\s+)?(?:include[sd]?|are|were|cover(?:s|ed)?|"
    r"said|says|added|told)\b|(?:Consequently|As\s+a\s+(?:result|consequence)|As\s+such)\b|"
    # "For example, they offer bespoke training ...": what the sentence before says, in particular
    r"(?:For\s+(?:example|instance)|In\s+particular)\b"
)
# A sentence that qualifies the one before ("However, only 41 of 138 were completed on time")
_QUALIFIES = re.compile(r"(?:However|But|Although|Yet|Nevertheless)\b", re.I)
# ... or answers it ("Leaders say this is not the case", "This was not so"): what the sentence before reports
# others think, put right
_PUTS_RIGHT = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){0,3}?(?:say|says|said|confirm(?:ed|s)?|state[sd]?)?\s*(?:that\s+)?"
    r"(?:this|that|these|those|it)\s+(?:is|was|are|were)\s+not\s+(?:the\s+case|so|true|correct|accurate)\b",
    re.I,
)
# "It has successfully brought together ...", "They provide ...": what "it" is, the sentence before says;
# "It is clear that ...", "It was noted that ..." point nowhere
_PRONOUN_POINTS_BACK = re.compile(
    r"It\s+(?!(?:is|was|seems|seemed|appears|appeared|remains|remained|will\s+be|would\s+be)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:that|to|whether|for|how)\b)[a-z]+\b|They\s+[a-z]+\b"
)


# "How long did the inspection last?" is about the report's dates; "how long were proceedings taking?" is not.
_QUANTITY_OF_INSPECTION = re.compile(
    r"\bhow\s+(?:long|many\s+(?:days|weeks))\W+(?:\w+\W+){0,3}?(?:inspect\w*|visit\w*|fieldwork)\b", re.I
)


# What the inspected body itself says, in a statement or to the press: "does the force say", "did Staffordshire
# Police say", "according to the council". The speaker is the organisation the question resolved to, or the
# kind of body it is; an inspectorate saying something is what its report says.
_SAYS = r"(?:say|says|said|claim|claims|state|states|respond|responds|reply|replies)"
_A_BODY = r"the (?:force|council|trust|partnership|authority|local authority)"


def organisation_says(question: str, organisations: list[Organisation]) -> bool:
    names = sorted({a for org in organisations for a in org.aliases}, key=len, reverse=True)
    speaker = "|".join([_A_BODY, *map(re.escape, names)])
    return bool(
        re.search(
            rf"\b(?:does|did|do) (?:{speaker})(?:'s?)? {_SAYS}\b|\baccording to (?:{speaker})\b",
            normalise(question),
        )
    )


_ASKS_A_REPLY = re.compile(
    r"\bstatement|\bpress\s+release|\bnews\b|\barticles?\b|\bsaid\b|\bsays\b|\bcoverage\b|\bresponded\b|"
    # a reply to the inspection, not how a force responds to children at risk (which inspectors judge)
    r"\brespon(?:se|d|ds)\s+to\s+(?:the|its|this|their)\s+(?:\w+\s+)?(?:report|inspection|findings|criticism|"
    r"verdict|watchdog|inspectorate|regulator)\b|\bin\s+response\b",
    re.I,
)


# "what did the paper say", "according to the news story", "in the Evening Star piece": what a story reported (a
# child's life story is no story)
_ASKS_THE_NEWS = re.compile(
    r"\b(?:news|paper|newspaper|article|journalists?|reporters?|coverage|headlines?|(?<!life\s)(?<!life-)stor(?:y|ies)|piece)\b|"
    r"\bthe\s+press\b(?!\s+release)",
    re.I,
)
# "what actions does the council's action plan set out": the body's plan in reply to the report
_ASKS_THE_PLAN = re.compile(r"\baction\s+plan\b|\bimprovement\s+plan\b", re.I)
# "what did the council promise", "according to the force", "in its statement": what the body said in reply
_ASKS_THE_BODY = re.compile(
    # (not "respond": how a force responds to children at risk is what inspectors judge)
    rf"\bstatement\b|\bpress\s+release\b|\bpromis\w*|\bpledg\w*|\bresponded\b|\bcouncillors?\b|"
    rf"\bcabinet\s+member\b|"
    rf"\baccording\s+to\s+{_A_BODY}\b|\b{_A_BODY}\s+(?:say|says|said|plan|plans|planned|intend\w*)\b",
    re.I,
)


# A news page's own furniture: where to follow the outlet, send stories, sign up ("Follow BBC West Midlands on
# Facebook", "Send your story ideas to: ..."): an outlet asked for may lead with it, nothing else
_ASKS_FURNITURE = re.compile(
    r"\b(?:follow|facebook|twitter|instagram|sounds|tiktok|social\s+media|story\s+ideas|email|newsletter)\b",
    re.I,
)
_PUBLISHER_FURNITURE = re.compile(
    r"\b(?:follow\s+(?:us|[A-Z][\w&’' ]{1,40}?)\s+on\s+(?:Facebook|Twitter|X|Instagram|BBC\s+Sounds|TikTok)|"
    r"send\s+your\s+(?:story\s+ideas|stories|news)|sign\s+up\s+(?:for|to)\s+(?:our|the)\s+\w*\s*newsletter|"
    r"\[email[\s\xa0]protected\])",
    re.I,
)


# "what did the council promise to do", "what is the force doing about it", "what steps has it taken since
# the inspection": what a body says it is doing in reply, which its statement lists
_ASKS_WHAT_IT_DOES = re.compile(
    r"\b(?:promis\w*|pledg\w*|vow\w*|commit(?:s|ted|ting)?\s+to|action\s+plan|next\s+steps)\b|"
    r"\b(?:actions?|steps|measures)\s+(?:(?:is|are|was|were|has|have|had|will|did|does|do)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:tak(?:e|es|en|ing)|took)\b|"
    # (the body's name may take several words: "is Aldwater and Tennick Valley trust doing after ...")
    r"\b(?:is|are|was|were)\s+(?:[\w’'-]+\s+){0,6}?doing\s+(?:about|to|in\s+response|since|now|after)\b|"
    r"\b(?:has|have|had)\s+(?:[\w’'-]+\s+){0,6}?done\s+(?:about|to|in\s+response|since|after)\b|"
    r"\b(?:will|going\s+to|plans?\s+to|intends?\s+to)\s+do\b",
    re.I,
)
# ... asked of the inspectors ("what did inspectors say the council should do") it is not
_INSPECTORS_ASKED = re.compile(
    r"\b(?:inspectors?|inspectorates?|watchdogs?|regulators?)\s+(?:\w+\s+){0,2}?(?:say|said|want|wanted|ask|asked|tell|told|recommend\w*)\b",
    re.I,
)


def asks_what_it_does(question: str) -> bool:
    """The question asks what a council or force says it is doing in reply to an inspection."""
    return bool(_ASKS_WHAT_IT_DOES.search(question)) and not _INSPECTORS_ASKED.search(question)


_INTRODUCES_A_QUOTE = re.compile(
    r"\b(?:said|says|added|told\s+\w+|stated|explained|wrote|commented)\s*:\s*$", re.I
)


# "what was the headline on the bbc story", "title of the article", "what was the report called": the
# document's own title (never "the headline findings", which are what it found)
_ASKS_TITLE = re.compile(
    r"\bheadlined?\b(?!\s+(?:findings?|messages?|grades?|judge?ments?|results?|figures?|points?|conclusions?|"
    r"issues?|concerns?|ratings?|outcomes?|numbers?|verdicts?|scores?))|"
    r"\btitled?\s+(?:of|on)\s+(?:the\s+|that\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:story|article|piece|report|statement|"
    r"letter|document|press\s+release)\b|"
    r"\b(?:story|article|piece|report|statement|letter|document)(?:[’']s)?\s+(?:title|called|named)\b",
    re.I,
)


def asks_which_document(question: str) -> bool:
    return bool(ASKS_WHICH_DOCUMENT.search(question))


def document_label(doc: DocumentMeta) -> str:
    """A document named so a reader can tell it from the others on the same body: a story by its outlet,
    headline and the inspection it reports; a report by its body and dates."""
    if doc.doc_type == "news":
        about = doc.extra.get("about_inspection")
        outlet = f"The {doc.publisher} story" if doc.publisher else "The story"
        return f"{outlet} “{doc.title}”" + (f", on the {about}" if isinstance(about, str) else "")
    return f"The report on {doc_name(doc)} ({when_label(doc)})"


def asks_title(question: str) -> bool:
    return bool(_ASKS_TITLE.search(question))


def preferred_documents(question: str, docs: list[DocumentMeta], facts: bool = False) -> set[str]:
    """The documents whose sentences rank first: the inspection reports, when news or statements are in
    scope too (what inspectors found is the report's to say), unless the question asks what was said in
    reply or reported: then the body's statements, or the news, when the question names them. For a fact
    the report states in a fixed place (``facts``), a review or investigation is the report too."""
    by_publisher = {d.doc_id for d in docs if d.publisher and _names_publisher(question, d.publisher)}
    if by_publisher and len(by_publisher) < len(docs):
        return by_publisher  # "according to the courier": the Wexmoor Courier's story
    for asks, kinds in (
        (_ASKS_THE_NEWS, ("news",)),
        (_ASKS_THE_BODY, ("statement", "news")),
        (_ASKS_THE_PLAN, ("action plan",)),
    ):
        if asks.search(question):
            named = {d.doc_id for d in docs if d.doc_type in kinds}
            if named and len(named) < len(docs):
                return named
    reports = {d.doc_id for d in docs if d.doc_type == "inspection report"}
    if not reports and not _ASKS_A_REPLY.search(question):
        # "per the ombudsman, ...", "did the IOPC find ...": the report of the body the question names, before
        # a statement or story that repeats it
        reports = {d.doc_id for d in docs if d.inspectorate and _names_body(question, d.inspectorate)}
        reports = reports if len(reports) < len(docs) else set()
    if facts and not reports:
        # no inspection report among them (a practice review and the partnership's statement on it): its date
        # or its list is the document's own, not the reply's or story's that repeats it (what the body has done
        # since is the reply's to say)
        reports = {d.doc_id for d in docs if d.doc_type not in ("news", "statement", "action plan")}
    if reports and len(reports) < len(docs) and not _ASKS_A_REPLY.search(question):
        return reports
    return {d.doc_id for d in docs}


def _names_body(question: str, body: str) -> bool:
    """The question names the body that wrote a report: its initials ("iopc") or the last word of its name,
    where that word says what kind of body it is ("the ombudsman", "the commission")."""
    words = re.findall(r"[A-Za-z-]+", body)
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    initialled = any(len(w) >= 3 and stands_for(w, words) for w in asked)
    last = words[-1].lower() if words else ""
    return initialled or (
        last in asked and last in ("ombudsman", "commission", "inspectorate", "regulator", "board", "body")
    )


# The word of a paper's or broadcaster's name that people call it by ("the Courier", "the Gazette", "the BBC");
# the town in its name names the town, not the paper
_OUTLET_NAME = re.compile(rf"\b({'|'.join(NEWSPAPER_NAME_WORDS + BROADCASTER_NAMES)})\b", re.I)


def _names_publisher(question: str, publisher: str) -> bool:
    """The question names the outlet: its whole name, or "the" and the word it is called by ("the courier" for
    the Wexmoor Courier, "the bbc" for BBC News)."""
    asked = re.sub(r"\s+", " ", question.lower())
    if publisher.lower() in asked:
        return True
    return any(
        re.search(rf"\bthe\s+(?:[a-z]+\s+)?{re.escape(m.group(1).lower())}\b", asked)
        for m in _OUTLET_NAME.finditer(publisher)
    )


def named_instead_of_report(question: str, docs: list[DocumentMeta]) -> set[str] | None:
    """The stories or statements the question names ("what did the paper say ...", "does the press release
    say ..."), where a report stands beside them: what they say is asked, not the report's list, facts or
    sentences. None when the question asks what the reports say (or names no such document)."""
    preferred = preferred_documents(question, docs)
    if len(preferred) < len(docs) and not any(
        d.doc_type == "inspection report" for d in docs if d.doc_id in preferred
    ):
        return preferred
    return None


# "result of dudley's area send inspection", "the verdict on ...": the report's headline is asked
# what an inspection concluded, not when it was
_ASKS_HOW_IT_WENT = re.compile(
    r"\b(?:outcomes?|judge?ments?|grades?|graded|rated|ratings?|verdicts?|result|conclu\w*)\b", re.I
)


def _grades_previous(doc: DocumentMeta) -> bool:
    """The report's details give the previous inspection's grade, not only its date."""
    return any(f.kind == "previous inspection" and GRADE_RE.search(f.value) for f in doc.facts)


_ASKS_VERDICT = re.compile(r"\b(?:results?|verdicts?|conclu\w*|overall|outcomes?|headlines?)\b", re.I)


# "the story saying ...", "the article about ...", "the BBC piece": the question points at one document
_NAMES_A_STORY = re.compile(
    r"\b(?:story|stories|article|piece|headline|coverage|write-?up|news\s+report|statement|press\s+release)\b",
    re.I,
)


def described_by_title(question: str, docs: list[DocumentMeta]) -> str | None:
    """The one document the question describes by its title ("the story saying safeguarding for kids still
    isn't good enough" for "... told it still needs to improve safeguarding for children"): two or more of
    its title's words, more than any other's title shares. Titles alike (every report's "Inspection of X")
    describe none, and so do reports: a report's title names it, a headline tells what it says. (Ordering
    an organisation's reports by a rare word of their titles, "the PEEL report", is scope.titled_first.)"""
    if len(docs) < 2 or any(d.doc_type == "inspection report" for d in docs):
        return None
    if not _NAMES_A_STORY.search(question):
        return None  # the question describes no document ("how high a priority ..."): its words are the topic
    asked = {word_stem(w) for w in content_words(question)}

    def title_words(doc: DocumentMeta) -> set[str]:  # less the organisation's name, which says whose
        own = {word_stem(w) for w in content_words(doc.organisation or "")}
        return {word_stem(w) for w in content_words(doc.title or "")} - own

    shared = sorted(((len(asked & title_words(d)), d.doc_id) for d in docs), reverse=True)
    (best, doc_id), (second, _) = shared[0], shared[1]
    return doc_id if best >= 2 and best > second else None


def is_distinctive(rarity: float) -> bool:
    """Few documents use the word, but some do: a topic of the library (a word no document uses is more
    often the asker's own word, 'summarise', than a topic)."""
    return DISTINCTIVE_RARITY <= rarity < 1.0


def unheard_thing(word: str, rarity: float) -> bool:
    """A word no document uses that only ever names a thing, and few people use ("tribunal", "wheelchair"):
    a topic the library never speaks of, not the asker's way of putting the question (which is a verb,
    "summarise", or an everyday word, "figures"). (A word the dictionary does not know either, "gaelic", is
    as often a common word it lacks, "newsroom": no sign of a topic.)"""
    return rarity >= 1.0 and set(word_readings(word)) == {"NOUN"} and not is_everyday(word)


def reading_position(scored: ScoredSentence) -> tuple[int, int, int]:
    sentence = scored.sentence
    return (sentence.page or 0, sentence.chunk.ordinal, sentence.chunk.text.find(sentence.text[:40]))


def trim_to_sentences(text: str, limit: int) -> str:
    """At most ``limit`` characters, ending at a sentence (or line) boundary; never mid-sentence."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’)]?(?=\s)|\n", cut)]
    return cut[: ends[-1]].rstrip() if ends else cut.rsplit(" ", 1)[0] + " …"


def fitting_quote(index: Index, doc: DocumentMeta, page: int | None, text: str) -> str | None:
    """The text itself if it is on the page, else its longest leading part that is (an item that runs on)."""
    page_text = squash(index.catalog.page_text(doc.doc_id, page) or "")
    words = squash(text).split(" ")
    for end in range(len(words), 4, -1):
        candidate = " ".join(words[:end])
        if candidate in page_text:
            return candidate
    return None


# A run of capitalised words in a title, small words between ("Children Looked After and Safeguarding")
_TITLE_NAME_RUN = re.compile(r"\b[A-Z][a-z’']+(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][a-z’']+){2,}")


def _initials(run: str) -> set[str]:
    """The initials of a run of capitalised words and of each stretch of three or more of them ("CLAS" in
    "Review of Health Services for Children Looked After and Safeguarding")."""
    capitals = [w[0] for w in run.split() if w[0].isupper()]
    return {"".join(capitals[i:j]) for i in range(len(capitals)) for j in range(i + 3, len(capitals) + 1)}


class ExtractiveAnswerer:
    def __init__(self, index: Index, retriever: Retriever, top_k: int = 8, answer_chars: int = 800) -> None:
        self.index = index
        self.answer_chars = answer_chars  # answers end at a sentence boundary at or before this length
        self.profiles = CorpusProfiles(index.catalog)
        self.retriever = retriever
        self.top_k = top_k

    # -- facts -----------------------------------------------------------------------------------------
    def grade_answer(self, scope: Scope, docs: list[DocumentMeta], area: str | None = None) -> Answer | None:
        for doc in docs:
            wanted = area or scope.area or "overall effectiveness"
            if doc.family == ReportFamily.AREA_SEND and wanted == "overall effectiveness":
                wanted = SEND_OUTCOME_AREA  # the family's own overall judgement
            j = labelled_judgement(doc, scope.question) if not (area or scope.area) else None
            j = j or judgement_for(doc, wanted)
            if j is None:
                continue
            org = doc.organisation or "the organisation"
            if j.area == SEND_OUTCOME_AREA:
                text = f"{j.quote} ({org}, area SEND inspection {when_label(doc)})."
            elif j.area not in KNOWN_AREAS:
                # "requires improvement to be good" is Ofsted's wording; other inspectorates stop at improvement
                label = grade_label(j.grade) if doc.inspectorate == "Ofsted" else j.grade.capitalize()
                text = (
                    f"{label}. {doc.inspectorate or 'The inspectorate'} graded {org} "
                    f"{j.grade} for “{row_label(j)}” ({when_label(doc)})."
                )
            else:
                label = grade_label(j.grade) if doc.inspectorate in (None, "Ofsted") else j.grade.capitalize()
                text = (
                    f"{label}. {doc.inspectorate or 'The inspectorate'} judged "
                    f"{AREA_DESCRIPTIONS.get(j.area, j.area)} in {org} to be {j.grade} ({when_label(doc)})."
                )
            return Answer(scope.question, text, citations=[cite(doc, j.page, j.quote, "Judgements")])
        return None

    def earlier_grade_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        """The grade of the inspection before the latest: the earlier report of the latest one's family where
        the index holds it, else what the latest report's details say of the last inspection ("Overall
        judgement at last inspection Outstanding")."""
        reports = sorted(
            (d for d in docs if d.doc_type == "inspection report"),
            key=lambda d: d.inspection_start or d.publication_date or "",
            reverse=True,
        )
        if not reports:
            return None
        latest = reports[0]
        # the same body's earlier reports of the same family that grade something (a focused visit grades nothing)
        earlier = [
            d
            for d in reports[1:]
            if d.family == latest.family and d.organisation == latest.organisation and d.judgements
        ]
        if earlier:
            return self.grade_answer(scope, earlier[:1])
        if _grades_previous(latest):
            return self.fact_record_answer(scope, [latest], "previous inspection")
        return None

    def inspector_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        """The lead inspector; in a joint inspection, the lead of the inspectorate asked about first, then
        the other leads."""
        for doc in docs:
            leads = [m for m in doc.team if m.role == "lead inspector"]
            if not leads and doc.lead_inspector and doc.lead_inspector_quote:
                # an investigation's or a review's lead is called what its report calls them
                role = re.search(
                    r"\b(lead\s+(?:investigator|reviewer)|independent\s+(?:chair|reviewer|author))\b",
                    doc.lead_inspector_quote,
                    re.I,
                )
                title = role.group(1).lower() if role else "lead inspector"
                text = f"{doc.lead_inspector} was the {title} ({when_label(doc)}, {doc_name(doc)})."
                return Answer(
                    scope.question,
                    text,
                    citations=[cite(doc, doc.lead_inspector_page, doc.lead_inspector_quote)],
                )
            if not leads:
                continue
            asked = [m for m in leads if m.inspectorate in scope.inspectorates]
            main = [m for m in leads if m.inspectorate == doc.inspectorate]
            ordered = asked + [m for m in main + leads if m not in asked]
            ordered = list(dict.fromkeys(ordered))
            first = ordered[0]
            text = (
                f"{first.name} was the {first.inspectorate + ' ' if first.inspectorate else ''}lead inspector"
            )
            text += f" ({when_label(doc)}, {doc_name(doc)})."
            others = [f"{m.name} ({m.inspectorate or 'lead'})" for m in ordered[1:]]
            if others:
                text += (
                    " The other lead inspector"
                    + ("s were " if len(others) > 1 else " was ")
                    + ", ".join(others)
                    + "."
                )
            citations = [cite(doc, m.page, m.quote, "Inspection team") for m in ordered]
            return Answer(scope.question, text, citations=citations)
        return None

    def dates_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        for doc in docs:
            quote = doc.inspection_dates_quote
            if doc.inspection_dates_text and quote:
                text = f"The inspection of {doc_name(doc)} took place {doc.inspection_dates_text}."
                if doc.publication_date:
                    text += f" The report was published on {long_date(doc.publication_date)}."
                return Answer(scope.question, text, citations=[cite(doc, doc.inspection_dates_page, quote)])
        return None

    def improve_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        return self.list_answer(scope, docs, IMPROVEMENT_KINDS)

    def strengths_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        return self.list_answer(scope, docs, (FindingKind.STRENGTH,))

    def list_answer(self, scope: Scope, docs: list[DocumentMeta], kinds: tuple[str, ...]) -> Answer | None:
        """A named list of the report, every item cited. The first list of ``kinds`` the report gives;
        areas for priority action and areas for improvement go together (both are what must change)."""
        for doc in docs:
            present = [k for k in kinds if any(f.kind == k for f in doc.findings)]
            if not present:
                continue
            # the list the question names, first named first ("its recommendations (not the requirements)")
            named = sorted(
                (match.start(), k)
                for k in present
                if k in FINDING_ASKED and (match := FINDING_ASKED[k].search(scope.question))
            )
            chosen = [named[0][1]] if named else present[:1]
            together = {FindingKind.PRIORITY_ACTION, FindingKind.AREA_FOR_IMPROVEMENT}
            if chosen[0] in together:
                chosen = [k for k in present if k in together]
            citations: list[Citation] = []
            lines: list[str] = []
            for kind in chosen:
                items = []
                for item in (f for f in doc.findings if f.kind == kind):
                    quote = fitting_quote(self.index, doc, item.page, item.page_quote)
                    if quote is None:
                        continue
                    items.append(f"• {item.text}")
                    citations.append(cite(doc, item.page, quote, FINDING_LABELS.get(kind, kind)))
                if items:
                    label = FINDING_LABELS.get(kind, str(kind))
                    lines.append(f"{label[:1].upper()}{label[1:]}:" if len(chosen) > 1 else "")
                    lines += items
            if not citations:
                continue
            labels = " and ".join(FINDING_LABELS.get(k, str(k)) for k in chosen)
            head = f"{doc_name(doc)} ({when_label(doc)}): {labels}:"
            body = "\n".join(line for line in lines if line)
            return Answer(scope.question, head + "\n" + body, citations=citations)
        return None

    def fact_record_answer(self, scope: Scope, docs: list[DocumentMeta], kind: str) -> Answer | None:
        """A fact stated in a fixed place: the previous or next inspection, the partners."""
        for doc in docs:
            for fact in doc.facts:
                if fact.kind == kind:
                    label = {
                        "previous inspection": "Previous inspection",
                        "next inspection": "Next inspection",
                    }
                    text = f"{doc_name(doc)} ({when_label(doc)}): {fact.value}"
                    if kind in label and not fact.value.lower().startswith(("the ", "a ")):
                        text = f"{label[kind]} of {doc_name(doc)}: {fact.value} (this report: {when_label(doc)})."
                    return Answer(scope.question, text, citations=[cite(doc, fact.page, fact.quote, kind)])
        return None

    def detail_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        """A row of a report's table of details the question asks for and nothing besides ("how many pupils
        does Drellington Park Academy have", "who is the registered manager"), cited to its line."""
        found = detail_asked_for(scope.question, subject_text(scope.focus or scope.question), docs)
        if found is None:
            return None
        doc, fact, label, value = found
        text = f"{value}: {label[:1].lower()}{label[1:]} of {doc_name(doc)} ({when_label(doc)})."
        return Answer(scope.question, text, citations=[cite(doc, fact.page, fact.quote, "Details")])

    def previous_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        if _ASKS_HOW_IT_WENT.search(scope.question) and not any(_grades_previous(d) for d in docs):
            # "the outcome of its interim inspection": a date alone is no outcome; the text may say
            return None
        return self.fact_record_answer(scope, docs, "previous inspection")

    def next_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        return self.fact_record_answer(scope, docs, "next inspection")

    def partners_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        return self.fact_record_answer(scope, docs, "partners")

    def theme_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        return self.fact_record_answer(scope, docs, "theme")

    def inspectorates_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        for doc in docs:
            if not doc.inspectorates:
                continue
            names = " and ".join(doc.inspectorates)
            quote_source = [m for m in doc.team if m.role == "lead inspector"]
            citations = [cite(doc, m.page, m.quote, "Inspection team") for m in quote_source]
            if not citations and doc.lead_inspector_quote:
                citations = [cite(doc, doc.lead_inspector_page, doc.lead_inspector_quote)]
            if not citations and doc.inspection_dates_quote:
                citations = [cite(doc, doc.inspection_dates_page, doc.inspection_dates_quote)]
            if not citations:
                # a story or statement that only names the inspectorate in its text: the line that names it
                named = self._line_naming(doc, doc.inspectorates)
                citations = [cite(doc, named[0], named[1])] if named else []
            if doc.doc_type in ("news", "statement"):
                text = f"The inspection that “{doc.title}” reports was carried out by {names}."
            else:
                text = f"{doc.title} ({when_label(doc)}) was carried out by {names}."
            return Answer(scope.question, text, citations=citations)
        return None

    def _line_naming(self, doc: DocumentMeta, names: list[str]) -> tuple[int | None, str] | None:
        """The first line of the document that names one of these (its page and the line as written)."""
        for page in self.index.catalog.pages(doc.doc_id):
            for line in page.text.split("\n"):
                if any(re.search(rf"\b{re.escape(name)}\b", line) for name in names):
                    return page.number, squash(line)
        return None

    def title_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        """ "What was the headline on the BBC story ...?": the document's own title, cited where it stands."""
        preferred = preferred_documents(scope.question, docs)
        for doc in sorted(docs, key=lambda d: d.doc_id not in preferred):
            title = squash(doc.title or "")
            if not title:
                continue
            for page in self.index.catalog.pages(doc.doc_id):
                if title in squash(page.text):
                    if doc.doc_type == "news":
                        text = f"The {doc.publisher + ' ' if doc.publisher else ''}story's headline is “{title}”."
                    else:
                        text = f"The {doc.doc_type or 'document'} is titled “{title}” ({when_label(doc)})."
                    return Answer(scope.question, text, citations=[cite(doc, page.number, title)])
        return None

    def publication_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        for doc in docs:
            if not doc.publication_date:
                continue
            quote = published_quote(self.index, doc)
            text = f"The report on {doc_name(doc)} ({when_label(doc)}) was published on {long_date(doc.publication_date)}."
            if quote and long_date(doc.publication_date) not in quote[1]:
                text += f" It says: “{quote[1]}”."  # the date as the report prints it ("18/03/2026")
            if quote:
                return Answer(scope.question, text, citations=[cite(doc, quote[0], quote[1])])
        return None

    def outcome_answer(self, scope: Scope, docs: list[DocumentMeta]) -> Answer | None:
        """The outcome on the report's own scale: area SEND's three outcomes, else the overall grade."""
        return self.grade_answer(scope, docs)

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
        names = "; ".join(f"{doc_name(doc)} ({when_label(doc)})" for doc, _ in rows)
        text = f"{len(rows)} inspection(s){when} judged {label} {' or '.join(wanted)}: {names}."
        return Answer(
            scope.question,
            text,
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
                parts = [f"{doc_name(doc)}, {when_label(doc)}: {j.grade}" for doc, j in rows]
                first, last = rows[0][1].grade, rows[-1][1].grade
                # (grades of a scale with no order we know of say no more than themselves)
                trend = {"improved": "improved", "declined": "declined", "same": "stayed the same"}.get(
                    change_of(first, last), ""
                )
                text = (
                    f"{AREA_DESCRIPTIONS.get(area, area).capitalize()}: "
                    + "; ".join(parts)
                    + (f". From {first} to {last}: it {trend}." if trend else ".")
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
            return Answer(
                scope.question,
                trim_to_sentences("\n".join(lines), 2 * self.answer_chars),
                citations=citations,
            )
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
    def continuation(self, sentence: Sentence) -> Sentence | None:
        """The next sentence when it goes on with this one: 'It highlighted areas of strength.' 'They
        include prompt information sharing ...'; 'She said it had also improved ...'."""
        _, nxt = neighbours(sentence, self.index.catalog)
        return nxt if nxt is not None and _GOES_ON.match(nxt.text) else None

    def completion(self, sentence: Sentence, question: str) -> Sentence | None:
        """The next sentence when it qualifies this one ('However, ...'), or when it holds what the question
        asks for and this one does not: the figure after the sentence that frames it ('... waiting lists for
        autism assessments.' 'The median wait was 2 years and 3 months.')."""
        _, nxt = neighbours(sentence, self.index.catalog)
        if nxt is None or is_fragment(nxt.text):
            return None
        if _QUALIFIES.match(nxt.text) or _PUTS_RIGHT.match(nxt.text):
            # what the next sentence qualifies is not the whole answer: "Children who go missing are offered
            # return home interviews. However, the take up of these interviews is still too low"; "134 of the
            # 138 children had a health assessment. However, only 41 were completed within the timescale"
            return nxt
        holds = holds_asked_kind(question, sentence.text)
        if holds is None or holds:
            return None
        return nxt if holds_asked_kind(question, nxt.text) else None

    def expansion_answer(self, scope: Scope, abbreviation: str) -> Answer | None:
        """'What does HMICFRS stand for?': the words a document in scope gives for it, where it defines it."""
        doc_ids = [d.doc_id for d in scope.documents + scope.secondary] or None
        found: list[tuple[str, Sentence, DocumentMeta]] = []
        for passage in self.retriever.search(abbreviation, self.top_k * 2, doc_ids):
            for sentence in sentences_of(passage.chunk, self.index.catalog):
                words = defining(sentence, abbreviation)
                doc = self.index.catalog.document(sentence.chunk.doc_id)
                if words and doc and all(doc.doc_id != d.doc_id and words != w for w, _, d in found):
                    found.append((words, sentence, doc))
            if len(found) >= 2:  # two documents' words are enough, and show where they differ
                break
        if not found:
            return None
        text = f"{abbreviation} stands for {found[0][0]}: " + " ".join(f"“{s.text}”" for _, s, _ in found)
        citations = [cite(d, s.page, s.text, s.chunk.section) for _, s, d in found]
        return Answer(scope.question, text, citations=citations)

    def antecedent(self, sentence: Sentence) -> Sentence | None:
        """The sentence before, when this one opens by pointing back to it ('This centre ensures ...')."""
        if not POINTS_BACK.match(sentence.text):
            # "It ..." opening a paragraph of a story refers to what the story is about, not to the
            # paragraph before (a text without pages keeps its paragraphs as lines; a PDF's lines wrap)
            if not _PRONOUN_POINTS_BACK.match(sentence.text) or opens_paragraph(
                sentence, self.index.catalog.page_text(sentence.chunk.doc_id, sentence.page)
            ):
                return None
        previous, _ = neighbours(sentence, self.index.catalog)
        if previous is None or is_fragment(previous.text) or self.is_noise(previous):
            return None  # the publisher's template before it is no antecedent, whatever "It ..." opens
        return previous

    def definition_for(self, sentence: Sentence, question: str) -> Sentence | None:
        """Where the report says what an abbreviation of the answering sentence stands for ('the PIC team'),
        unless the question used it or most reports do (MASH, IRO: readers know those)."""
        doc_id = sentence.chunk.doc_id
        profile = self.profiles.current()
        defined = profile.memo(("acronyms", doc_id), lambda: definitions(self.index.catalog, doc_id))
        for abbreviation in used_in(sentence.text):
            definition = defined.get(abbreviation)
            if (
                definition is not None
                and definition.text != sentence.text
                and abbreviation not in question
                and is_distinctive(profile.rarity(word_stem(abbreviation.lower())))
            ):
                return definition
        return None

    def abbreviations(self, doc_id: str) -> list[tuple[str, list[str]]]:
        """Each abbreviation the document defines, with the words it stands for ("BWV", ["body", "worn",
        "video"]), worked out once per document."""

        def work_out() -> list[tuple[str, list[str]]]:
            found = []
            defined = self.profiles.current().memo(
                ("acronyms", doc_id), lambda: definitions(self.index.catalog, doc_id)
            )
            for abbreviation, sentence in defined.items():
                words = re.findall(r"[a-z’']+", (defining(sentence, abbreviation) or "").lower())
                while words and words[0] in ("the", "a", "an", "of", "our", "its"):
                    words = words[1:]  # "the multi-agency safeguarding hub (MASH)"
                if len(words) >= 2:
                    found.append((abbreviation, words))
            return found

        return self.profiles.current().memo(("abbreviations", doc_id), work_out)

    def other_spelling(self, asked: str, doc_ids: list[str] | None) -> tuple[str, str]:
        """The abbreviations for words the question writes out, and the words for abbreviations it uses, as
        the documents in scope define them ("independent reviewing officer caseloads" and "caseloads of more
        than 100 mean IROs cannot ..."), each to add to what is searched for ("" when none)."""
        if not doc_ids or len(doc_ids) > MAX_SPELLING_DOCS:
            return "", ""
        added: list[str] = []
        words_for: list[str] = []
        for doc_id in doc_ids:
            for abbreviation, words in self.abbreviations(doc_id):
                written = " ".join(words)
                spelled = writes_out(asked, words)
                abbreviated = re.search(rf"\b{re.escape(abbreviation)}s?\b", asked)
                if spelled and not abbreviated and abbreviation not in added:
                    added += [abbreviation, f"{abbreviation}s"]  # reports write both: "IRO", "IROs"
                elif abbreviated and not spelled and written not in words_for:
                    words_for.append(written)
        return "".join(f" {a}" for a in added), "".join(f" {w}" for w in words_for)

    def is_noise(self, sentence: Sentence) -> bool:
        """Never evidence: the publisher's boilerplate (learnt from the corpus), a page's title block, and a
        line that only introduces a list ('The areas which required improvement were:')."""
        if sentence.text.rstrip().endswith(":") and not _INTRODUCES_A_QUOTE.search(sentence.text):
            return True  # (but "Councillor Hilary Nwachukwu, cabinet member, said:" says who speaks)
        profile = self.profiles.current()
        if profile.is_boilerplate(sentence.text):
            return True
        title = profile.memo(("title", sentence.chunk.doc_id), lambda: self._title_key(sentence.chunk.doc_id))
        text = sentence.text.lower().strip()
        # the title block, or the title itself standing as a line ("Our response to the CQC report on ...")
        return len(title) >= 20 and (title in text or (len(text) >= 20 and text in title))

    def _title_key(self, doc_id: str) -> str:
        doc = self.index.catalog.document(doc_id)
        return squash(doc.title).lower() if doc and doc.title else ""

    def silence(self, scope: Scope, doc_ids: list[str] | None) -> Silence | None:
        """When the documents in scope never use the question's distinctive words (or a name it gives),
        why they look silent, and how close a sentence may come before they are not; None when they use
        them, or when the question has no distinctive words.

        The weight of the evidence differs: a name the documents never give is silence unless a sentence
        says the same thing in other words (SAME_THING_SIMILARITY); a rare word that is not everyday
        English ("restorative", "sexting") unless a sentence is merely close (SILENCE_SIMILARITY); an
        everyday word few reports use ("figure", "deal", "knife") is as often how people ask as what they
        ask about, so only when no sentence comes near (EVERYDAY_SILENCE_SIMILARITY). A rare word written
        with a capital inside the question is a name ("the Mockingbird programme")."""
        if not doc_ids:
            return None
        profile = self.profiles.current()
        terms = subject_terms(scope)
        # what the question words as people talk and the documents write in their own terms ("drugs or
        # alcohol" where a report writes "substance misuse"): no sign of silence
        rephrased = said_otherwise(
            subject_text(scope.focus or scope.question), lambda phrase: self._written(phrase, doc_ids)
        )
        phrases_absent = [
            p
            for p in terms.phrases
            if not any(self.doc_has_phrase(d, p) or self._doc_has_words_near(d, p) for d in doc_ids)
            and not (rephrased and set(phrase_stems(p)) <= rephrased)
        ]
        if phrases_absent:
            return Silence(f"{NAMED}{phrases_absent[0]}: {self._searched(doc_ids)}.", SAME_THING_SIMILARITY)
        unnamed = self._ampersand_terms_absent(subject_text(scope.focus or scope.question), doc_ids)
        if unnamed:
            return Silence(
                f"The documents searched do not mention {unnamed[0]}: {self._searched(doc_ids)}.",
                SILENCE_SIMILARITY,
            )
        scoping = self._scoping_words(doc_ids)
        unwritten = [
            term_as_written(first, second, scope.question)
            for first, second in terms.pairs
            if profile.is_term(first, second)
            and not {first.lower(), second.lower()} & PARTICIPLE_PREPOSITIONS
            and word_stem(first)[:5] not in scoping
            and word_stem(second)[:5] not in scoping
            and not {word_stem(first), word_stem(second)} & rephrased
            and not any(profile.writes_term(d, first, second) for d in doc_ids)
            # the term in another of its words' forms ("senior leadership" for "senior leaders")
            and not any(self.doc_has_phrase(d, f"{first} {second}") for d in doc_ids)
            # a noun and its preposition said with another ("allegations about adults" for "allegations
            # against staff")
            and not (is_preposition(second) and any(self._writes_with_preposition(d, first) for d in doc_ids))
        ]
        # ... or a term of the field whose words are too common apart for the library to learn it ("young
        # carers")
        unwritten += [
            term
            for term in field_terms_named(subject_text(scope.focus or scope.question))
            if not (rephrased and set(phrase_stems(term)) <= rephrased)
            and not any(self.doc_has_phrase(d, term) for d in doc_ids)
        ]
        if unwritten:
            # a term of the library ("staying put", "bed and breakfast") these documents never write
            return Silence(
                f"The documents searched do not mention {unwritten[0]}: {self._searched(doc_ids)}.",
                TERM_SILENCE_SIMILARITY,
            )
        unabbreviated = self._abbreviation_absent(subject_text(scope.focus or scope.question), doc_ids)
        if unabbreviated:
            return Silence(
                f"The documents searched do not mention {unabbreviated}: {self._searched(doc_ids)}.",
                SILENCE_SIMILARITY,
            )
        # a verb is how the question is put ("supported", "had upgraded", "handing over"), but a rare one done to
        # the people asked about is what it asks about ("were any children being trafficked?")
        actions = {
            t
            for t in terms.actions
            if is_everyday(terms.words.get(t, t))
            or not re.search(
                rf"\b(?:be|being|been|get|getting|got)\s+{re.escape(terms.words.get(t, t))}\b",
                scope.question,
                re.I,
            )
        }
        distinctive = {
            t
            for t in terms.stems - actions - terms.kinds
            if is_distinctive(profile.rarity(t))
            # "the local MP": a short word that names who, which no document of the library uses
            or (terms.words.get(t, t) in SHORT_TOPIC_WORDS and profile.rarity(t) >= 1.0)
            or (
                unheard_thing(terms.words.get(t, t), profile.rarity(t))
                # "physio" of "physiotherapy", "admin" of "administration": a word cut short is still written
                and not any(
                    self._document_matches(d, rf"\b{re.escape(terms.words.get(t, t).lower())}[a-z]")
                    for d in doc_ids
                )
            )
        }
        distinctive -= rephrased
        # "catch-up" where a document writes "caught up": a form of the word that shares no stem with it
        distinctive = {
            t
            for t in distinctive
            if not any(
                profile.mentions(d, word_stem(form))
                for form in word_forms(terms.words.get(t, t))
                if word_stem(form) != t
                for d in doc_ids
            )
        }
        text = subject_text(scope.focus or scope.question)
        # an abbreviation ("NEET", "CAMHS") is as often written out ("not in education, employment or
        # training"): a report without it may still say it
        distinctive -= {word_stem(a.lower()) for a in re.findall(r"\b[A-Z]{2,6}s?\b", text)}
        # words that say which documents ("the PEEL report", "the force's statement", "Harbourside CAMHS"
        # that the documents name) chose them; they say nothing of whether they speak of the topic
        distinctive = {t for t in distinctive if t[:5] not in scoping}  # "policing" of a police report
        # ... and what people call a document of its kind ("quoted in the news", "the evening post piece"), as whole
        # words ("paper" is no "paperwork")
        distinctive -= {word_stem(w) for d in doc_ids for w in self._kind_words(d)}
        distinctive -= {
            word_stem(w.lower())
            for name in names_in(scope.question)
            if any(self.doc_has_phrase(d, name) for d in doc_ids)
            for w in name.split()
        }
        if not distinctive:
            return None
        if any(profile.mentions(d, t) for d in doc_ids for t in distinctive):
            # a thing no document of the library names ("burglary"), though another word of the question is
            # written ("handling"): what is asked about is absent
            unheard = sorted(terms.words.get(t, t) for t in distinctive if profile.rarity(t) >= 1.0)
            if unheard:
                return Silence(
                    f"The documents searched do not mention {', '.join(unheard)}: {self._searched(doc_ids)}.",
                    SILENCE_SIMILARITY,
                )
            return self._topic_phrase_absent(text, distinctive, doc_ids)
        named = sorted(w for w in terms.words_for(distinctive) if _written_as_name(w, text))
        if named:
            return Silence(f"{NAMED}{named[0].title()}: {self._searched(doc_ids)}.", SAME_THING_SIMILARITY)
        what = ", ".join(sorted(terms.words_for(distinctive)))
        everyday = all(is_everyday(w) for w in terms.words_for(distinctive))
        return Silence(
            f"The documents searched do not mention {what}: {self._searched(doc_ids)}.",
            # two everyday words the reports never use ("eating disorder", "driving lessons") say what is asked
            EVERYDAY_SILENCE_SIMILARITY if everyday and len(distinctive) < 2 else SILENCE_SIMILARITY,
        )

    def _ampersand_terms_absent(self, text: str, doc_ids: list[str]) -> list[str]:
        """The question's "A&E" or "B&B" that no document writes, as it is or written out ("accident and
        emergency"): a topic of one word that the word-by-word reading above would see as two letters."""
        absent = []
        for term in AMPERSAND_TERM_RE.findall(text):
            key = re.sub(r"\s", "", term.lower())
            left, right = (re.escape(part) for part in key.split("&"))
            patterns = [rf"\b{left}\s?&(?:amp;)?\s?{right}\b"]
            patterns += [rf"\b{re.escape(words)}\b" for words in AMPERSAND_TERMS.get(key, ())]
            if not any(self._document_matches(d, pattern) for d in doc_ids for pattern in patterns):
                absent.append(term)
        return absent

    def _topic_phrase_absent(self, text: str, distinctive: set[str], doc_ids: list[str]) -> Silence | None:
        """Two or more distinctive words side by side, none of which the documents use ("female genital
        mutilation", "knife crime"): the question's topic, absent, though another of its words is there
        ("how the force handles ...")."""
        profile = self.profiles.current()
        run: list[str] = []
        for word in [*re.findall(r"[A-Za-z][A-Za-z’']+", text), ""]:
            stem = word_stem(word.lower().strip("’'")) if word else ""
            if stem in distinctive and not any(profile.mentions(d, stem) for d in doc_ids):
                run.append(word.lower())
                continue
            if len(run) >= 2:
                phrase = " ".join(run)
                everyday = all(is_everyday(w) for w in run)
                return Silence(
                    f"The documents searched do not mention {phrase}: {self._searched(doc_ids)}.",
                    EVERYDAY_SILENCE_SIMILARITY if everyday else SILENCE_SIMILARITY,
                )
            run = []
        return None

    def _writes_with_preposition(self, doc_id: str, noun: str) -> bool:
        """The document writes the noun, in any of its forms, followed by a preposition."""
        stem = re.escape(os.path.commonprefix([noun.lower(), word_stem(noun.lower())]))
        return self._document_matches(doc_id, rf"\b{stem}[\w’']*\s+(?:{'|'.join(sorted(PREPOSITIONS))})\b")

    def _abbreviation_absent(self, text: str, doc_ids: list[str]) -> str | None:
        """An abbreviation the question uses ("FGM") that the documents in scope write neither as it is nor
        written out as another document of the library defines it ("female genital mutilation (FGM)")."""
        for abbreviation in dict.fromkeys(re.findall(r"\b[A-Z]{2,6}\b", text)):
            if any(self._document_matches(d, rf"\b{abbreviation.lower()}s?\b") for d in doc_ids):
                continue
            written_out = self._library_expansion(abbreviation)
            if not written_out:
                words = ABBREVIATION_WORDS.get(abbreviation.upper())
                if words and not any(
                    self._document_matches(d, rf"\b{re.escape(w)}s?\b") for w in words for d in doc_ids
                ):
                    return abbreviation
                continue
            # silent only where none of the less common words it stands for is written, in any of their forms:
            # "the designated officer" speaks of the LADO, "seeking asylum" of UASC, "elective home education" of
            # EHE (the library's "electively home educated")
            profile = self.profiles.current()
            rarer = [
                w
                for w in re.findall(r"[a-z]+", written_out.lower())
                if len(w) >= 5 and profile.rarity(word_stem(w)) >= LESS_COMMON_RARITY
            ]
            if rarer and not any(
                self._document_matches(d, rf"\b{re.escape(w[:ABBREVIATION_WORD_PREFIX])}")
                for w in rarer
                for d in doc_ids
            ):
                return abbreviation
        return None

    def _library_expansion(self, abbreviation: str) -> str | None:
        """The words an abbreviation stands for, as the first few documents that use it define it."""

        def look_up() -> str | None:
            profile = self.profiles.current()
            using = [
                d.doc_id
                for d in self.index.catalog.documents()
                if profile.mentions(d.doc_id, abbreviation.lower())
            ]
            for doc_id in using[:MAX_DEFINING_DOCS]:
                for defined, words in self.abbreviations(doc_id):
                    if defined == abbreviation:
                        return " ".join(words)
            return None

        return self.profiles.current().memo(("library expansion", abbreviation), look_up)

    def _document_matches(self, doc_id: str, pattern: str) -> bool:
        """Whether the document's text (lower case) matches, once per document and pattern for this catalogue
        generation (the text itself is not kept: a library's texts would outgrow the memo)."""

        def in_text() -> bool:
            text = " ".join(p.text for p in self.index.catalog.pages(doc_id)).lower()
            return re.search(pattern, text) is not None

        return self.profiles.current().memo(("matches", doc_id, pattern), in_text)

    def _written(self, phrase: str, doc_ids: list[str]) -> bool:
        """Whether a document writes the phrase: one plain word by its stem ("uni" is no part of "unit"),
        a phrase or a name as doc_has_phrase reads it."""
        if " " not in phrase and not phrase.isupper():
            profile = self.profiles.current()
            return any(profile.mentions(d, word_stem(phrase)) for d in doc_ids)
        return any(self.doc_has_phrase(d, phrase) for d in doc_ids)

    def _kind_words(self, doc_id: str) -> set[str]:
        doc = self.index.catalog.document(doc_id)
        return _KIND_WORDS.get(str(doc.doc_type), set()) if doc else set()

    def _scoping_words(self, doc_ids: list[str]) -> frozenset[str]:
        """The words (their first letters) of the documents' titles and organisations, once per set of documents:
        words that say which documents, not what in them."""
        if not doc_ids:
            return frozenset()
        return self.profiles.current().memo(
            ("scoping words", tuple(doc_ids)), lambda: self._scoping_stems(doc_ids)
        )

    def _scoping_stems(self, doc_ids: list[str]) -> frozenset[str]:
        words: set[str] = set()
        for doc_id in doc_ids:
            doc = self.index.catalog.document(doc_id)
            if doc:
                # (and the outlet a story is from: "the courier" names the Wexmoor Courier's story)
                words |= set(
                    re.findall(
                        r"[a-z][a-z’']+",
                        f"{doc.title or ''} {doc.organisation or ''} {doc.publisher or ''}".lower(),
                    )
                )
                # and the initials of a name the title spells out ("CLAS" of "Children Looked After and
                # Safeguarding"): which review, not what in it
                words |= {
                    initials.lower()
                    for run in _TITLE_NAME_RUN.findall(doc.title or "")
                    for initials in _initials(run)
                }
        return frozenset(word_stem(w)[:5] for w in words)  # by their first letters: "police", "policing"

    def _without_scoping_words(self, scope: Scope, doc_ids: list[str] | None) -> str:
        """The question less the words of the titles and names of the documents searched."""
        scoping = self._scoping_words(doc_ids or [])
        return " ".join(
            w for w in scope.question.split() if word_stem(re.sub(r"\W+", "", w.lower()))[:5] not in scoping
        )

    def _searched(self, doc_ids: list[str]) -> str:
        docs = [self.index.catalog.document(d) for d in doc_ids[:4]]
        names = "; ".join(f"{d.title} ({when_label(d)})" for d in docs if d)
        return names + (f" and {len(doc_ids) - 4} more" if len(doc_ids) > 4 else "")

    @staticmethod
    def subject_score(scope: Scope) -> float:
        scores = scope.subject_scores
        return scores.scores.get(Subject(scope.wants), 0.0) if scores else 0.0

    @staticmethod
    def fact_stands_out(scope: Scope) -> bool:
        """The fact subject scores high and clearly above the next one: the question is about that fact,
        however worded. Flat scores mean no fact subject fits."""
        ranked = scope.subject_scores.ranked() if scope.subject_scores else []
        if len(ranked) < 2:
            return False
        (_, first), (_, second) = ranked[0], ranked[1]
        return first >= FACT_DESPITE_TOPIC and first - second >= FACT_MARGIN

    def ranked_sentences(
        self, scope: Scope, doc_ids: list[str] | None, preferred: set[str], hint: str = ""
    ) -> list[ScoredSentence]:
        """The sentences of the passages retrieved for what is asked, best first. Searched and ranked without
        the words that only say which report (scoping used them); ``hint`` adds words for a fact the report
        does not state in a fixed place. Asked twice for one question, the embedding is not repeated (the
        ranking's embed call is reused exactly)."""
        asked = subject_text(scope.focus or scope.question, searching=True) + (f" {hint}" if hint else "")
        # the report's own spelling finds its passages; an abbreviation for words the question writes out
        # ranks its sentences too ("IROs"), the words for one it uses do not (they would outweigh the rest)
        abbreviated, written_out = self.other_spelling(asked, doc_ids)
        passages = self.retriever.search(asked + abbreviated + written_out, self.top_k, doc_ids)
        passages += phrase_passages(asked, doc_ids, self.index.catalog.chunks, passages)
        return rank_sentences(
            asked + abbreviated,
            passages,
            self.index,
            preferred,
            self.is_noise,
            self.word_weight,
        )

    def word_weight(self, word: str) -> float:
        """How much a question word counts when a sentence holds it: more the fewer reports use it
        (WORD_WEIGHT_FLOOR for a word every report uses)."""
        return WORD_WEIGHT_FLOOR + self.profiles.current().rarity(word_stem(word))

    def sentence_fits_better(self, scope: Scope) -> bool:
        """A weakly chosen fact subject loses to a sentence of the reports in scope that is clearly closer
        to the question."""
        score = self.subject_score(scope)
        if score >= WEAK_FACT_SCORE or not scope.documents:
            return False
        doc_ids = [d.doc_id for d in scope.documents + scope.secondary]
        ranked = self.ranked_sentences(scope, doc_ids, {d.doc_id for d in scope.documents})
        best = max(ranked, key=lambda s: s.similarity, default=None)
        if best is None or best.similarity < score + SENTENCE_LEAD:
            return False
        # a sentence that itself states a judgement ("... was judged to be good at the last inspection") is
        # about the fact the subject names, which the report's judgement table states with authority
        return not (scope.wants in (Subject.GRADE, Subject.OUTCOME) and GRADE_RE.search(best.sentence.text))

    def clearly_a_fact(self, scope: Scope) -> bool:
        return self.subject_score(scope) >= CLEAR_FACT_SCORE

    _FACT_ASKED = (
        Subject.DATES,
        Subject.INSPECTOR,
        Subject.PUBLICATION,
        Subject.INSPECTORATES,
        Subject.PREVIOUS,
        Subject.NEXT,
        Subject.PARTNERS,
    )

    def asks_nothing_in_particular(self, scope: Scope) -> bool:
        """An organisation's report asked about with no topic at all: every word of the question only says
        whose report, or how to answer ("summarise", "how is ... doing", "tell me about")."""
        if not scope.organisations or not scope.documents or scope.wants in self._FACT_ASKED:
            return False
        if not any(d.judgements for d in scope.documents[:1]):
            return False
        terms = subject_terms(scope)
        return not terms.stems and not terms.phrases

    def names_a_topic(self, scope: Scope) -> bool:
        """The question names something the fixed facts are not about: a word few documents use, or a
        name. Facts (dates, grades, inspectors, lists) are asked for in words every report uses."""
        profile = self.profiles.current()
        terms = subject_terms(scope, own_words_of=Subject(scope.wants))
        # a word of the report's own title or name ("maternity" of "... maternity inspection report") says
        # which report, not what in it
        scoping = self._scoping_words([d.doc_id for d in scope.documents + scope.secondary])
        # a phrase every word of which is the report's own ("the domestic abuse inspection" of "Policing domestic
        # abuse: an inspection of ...") names the report too
        return any(
            not all(word_stem(w)[:5] in scoping for w in re.findall(r"[A-Za-z][a-z’']+", phrase.lower()))
            for phrase in terms.phrases
        ) or any(is_distinctive(profile.rarity(t)) for t in terms.stems if t[:5] not in scoping)

    @staticmethod
    def topic_without_grade_words(scope: Scope) -> bool:
        """A grade or outcome chosen only for how the question is put ("what did the inspection describe"),
        while it names a topic of its own ("support for young carers") and no area, grade or rating: the
        question asks what the report says of that topic."""
        if scope.wants not in (Subject.GRADE, Subject.OUTCOME):
            return False
        asked = scope.focus or scope.question
        if CUES[Subject(scope.wants)].search(asked) or _ASKS_VERDICT.search(asked):
            return False
        if not scope.area:
            return bool(subject_terms(scope, own_words_of=Subject(scope.wants)).stems)
        # "What was school attendance for children in care?": an area named as whose figure, with no
        # grade word; what is asked is the topic left once the area's own words are gone
        if GRADE_WORDS.search(scope.question):
            return False
        without_area = area_words_removed(asked)
        unnamed = replace(scope, focus=without_area, area=None)
        return bool(subject_terms(unnamed, own_words_of=Subject(scope.wants)).stems - _AREA_DESCRIPTION_STEMS)

    def _doc_has_words_near(self, doc_id: str, phrase: str) -> bool:
        """A topic in plain words (no name) the document writes with a few words between them ("deterioration
        on virtual wards" in "deterioration in patients cared for on virtual wards")."""
        if any(c.isupper() for c in phrase):
            return False  # a name is written as it is
        words = [
            w for w in re.findall(r"[a-z’']+", phrase.lower()) if len(w) >= 3 and not is_function_word(w)
        ]
        if len(words) < 2:
            return False
        return self._document_matches(doc_id, r"\b" + r"(?:\W+[\w’']+){0,4}?\W+".join(map(_any_form, words)))

    def doc_has_phrase(self, doc_id: str, phrase: str) -> bool:
        """The document uses the phrase, its words in that order in any of their forms ("overnight short
        breaks" in "overnight short-break activities"); a name (capitalised) as written."""
        words = re.findall(r"[\w’']+", phrase.lower())
        if any(c.isupper() for c in phrase):
            # a name ("Staying Close", "Lifelong Links") as written: "staying closer to home" is not it; an
            # apostrophe either way ("Women's Centre" is the report's "Women’s Centre")
            wanted = r"[\s-]+".join(rf"{any_apostrophe(w)}(?:s|['’]s)?" for w in words) + r"\b"
        else:
            # each word by what its forms share ("disabilit" of "disabilities" and "disability")
            wanted = r"[\s-]+".join(map(_any_form, words))
        return self._document_matches(doc_id, rf"\b{wanted}")

    def text_answer(
        self, scope: Scope, doc_ids: list[str] | None, preferred: set[str], hint: str = ""
    ) -> Answer:
        """The sentences that answer. ``hint``: words for what was asked when a fact the question wanted is
        not stated in a fixed place (a news story's strengths), so the sentences that say it rank first."""
        ranked = self.ranked_sentences(scope, doc_ids, preferred, hint)
        silent = self.silence(scope, doc_ids)
        if (
            silent
            and max((r.similarity for r in ranked), default=0.0) < silent.closest_allowed
            and not figure_given(scope.question, ranked)
        ):
            return abstain(scope.question, silent.reason)
        # where to follow the outlet is no answer, unless how to follow it (or the outlet) is what was asked
        ranked = [
            r
            for r in ranked
            if not _PUBLISHER_FURNITURE.search(r.sentence.text)
            or _ASKS_FURNITURE.search(scope.question)
            or ASKS_OUTLET.search(scope.question)
        ]
        # a heading cut off mid-phrase ("What does the secure children's home need to do to") says nothing
        ranked = [r for r in ranked if not is_cut_off(r.sentence.text)] or ranked
        texts = [r.sentence.text for r in ranked]
        # what was asked for that no candidate sentence gives: the documents do not say
        for unstated, what in (
            (money_unstated, "sum of money"),
            (count_unstated, "number"),
            (duration_unstated, "length of time"),
            (share_unstated, "percentage"),
            (next_time_unstated, "date for what comes next"),
            (overall_grade_unstated, "overall grade"),
        ):
            # (a length of time or a sum is of what the question names, not of the body or report it is asked of)
            asked = (
                self._without_scoping_words(scope, doc_ids)
                if unstated in (duration_unstated, money_unstated)
                else scope.question
            )
            if ranked and unstated(asked, texts):
                return abstain(
                    scope.question,
                    f"The documents searched give no {what} for this: {self._searched(doc_ids or [])}."
                    if doc_ids
                    else f"The indexed documents give no {what} for this.",
                )
        if not ranked or (
            ranked[0].similarity < MIN_SIMILARITY
            and ranked[0].overlap < MIN_OVERLAP
            and ranked[0].score < MIN_SCORE
        ):
            return abstain(scope.question, "The indexed documents do not hold a passage that answers this.")
        best = ranked[0]
        chosen = [best]
        for other in ranked[1:]:
            if len(chosen) == MAX_SENTENCES or other.score < best.score - COMPLETING_WINDOW:
                break
            if is_fragment(other.sentence.text):
                continue  # a heading or list item completes nothing
            if _PUBLISHER_FURNITURE.search(other.sentence.text) and not holds_asked_kind(
                scope.question, other.sentence.text
            ):
                continue  # nor where to follow the paper, unless the paper is what was asked
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
        # Lead with the sentence that answers; the ones that complete it follow in reading order.
        chosen = chosen[:1] + sorted(chosen[1:], key=reading_position)
        follow = self.continuation(best.sentence) or self.completion(best.sentence, scope.question)
        if follow is not None and all(follow.text != c.sentence.text for c in chosen):
            chosen.insert(1, ScoredSentence(follow, best.score, best.similarity, best.overlap))
        pointed = self.antecedent(best.sentence)
        if pointed is not None and all(pointed.text != c.sentence.text for c in chosen):
            chosen.insert(0, ScoredSentence(pointed, best.score, best.similarity, best.overlap))
        speaker = speaker_named_before(best.sentence, self.index.catalog)
        if speaker is not None and all(speaker.text != c.sentence.text for c in chosen):
            # "..., she added": the answer names who she is
            chosen.insert(0, ScoredSentence(speaker, best.score, best.similarity, best.overlap))
        defined = self.definition_for(best.sentence, scope.question)
        if defined is not None and all(defined.text != c.sentence.text for c in chosen):
            chosen.insert(1, ScoredSentence(defined, best.score, best.similarity, best.overlap))
        citations = [
            cite(docs[s.sentence.chunk.doc_id], s.sentence.page, s.sentence.text, s.sentence.chunk.section)
            for s in chosen
        ]
        text = " ".join(s.sentence.text for s in chosen)
        if asks_which_document(scope.question) and len(scope.documents + scope.secondary) > 1:
            # "was it the March visit or the May 2025 one?": which document says it, then what it says
            text = f"{document_label(docs[best.sentence.chunk.doc_id])}: {text}"
        count = spelled_count(scope.question, best.sentence.text)
        if count is not None:  # "how many ...?": the figure first, then the sentence that writes it out
            text = f"{count}. {text}"
        # "what percentage score did it get?" asks for the number, not the grade beside it
        grade_asked = asks_rating(scope.question) and not asks_for_quantity(scope.question)
        # the top or bottom grade asked for may stand in a sentence after the best one ("However, ... was deemed
        # to require improvement in ...")
        graded_text = (
            " ".join(s.sentence.text for s in chosen if s.sentence.chunk.doc_id == best.sentence.chunk.doc_id)
            if extreme_asked(scope.question)
            else best.sentence.text
        )
        stated = grade_stated_for(scope.question, graded_text) if grade_asked else None
        if stated:
            # "It was found to be good at working with partners, and adequate when it came to risk
            # assessment": the grade next to what was asked about leads, the sentence shows it
            said_by = docs[best.sentence.chunk.doc_id].inspectorate
            # "requires improvement to be good" is Ofsted's wording; other inspectorates stop at improvement
            text = f"{grade_label(stated) if said_by in (None, 'Ofsted') else stated.capitalize()}. {text}"
        return Answer(scope.question, trim_to_sentences(text, self.answer_chars), citations=citations)

    # -- entry -----------------------------------------------------------------------------------------
    def answer(self, scope: Scope) -> Answer:
        if scope.missing:
            return abstain(scope.question, scope.missing)
        unknown = self.unknown_names(scope)
        if unknown:
            return abstain(scope.question, f"The index holds no documents about {unknown}.")
        docs = scope.documents
        abbreviation = asks_expansion(scope.question)
        if abbreviation:
            written_out = self.expansion_answer(scope, abbreviation)
            if written_out:
                return written_out
        if scope.compare and (len(docs) > 1 or scope.secondary):
            result = self.compare_answer(scope)
            if result:
                return result
        if scope.wants == "grade" and not scope.organisations:
            result = self.grade_list_answer(scope)
            if result:
                return result
        if asks_what_it_does(scope.question):
            # "what did the council promise to do?": the list its statement gives ("What we will do")
            listed = [d for d in docs + scope.secondary if d.doc_type == "statement"]
            result = self.list_answer(scope, listed, (FindingKind.COMMITMENT,))
            if result:
                return result
        if self.asks_nothing_in_particular(scope):
            # "How is Luton doing?", "Summarise the 2023 Halton SEND inspection": the headline, its grade
            scope.wants = Subject.OUTCOME if docs[0].family == ReportFamily.AREA_SEND else Subject.GRADE
        if (
            scope.wants in (Subject.GRADE, Subject.OUTCOME)
            and scope.organisations
            and not scope.years
            and asks_of_an_earlier_inspection(scope.question)
        ):
            earlier = self.earlier_grade_answer(scope, docs)
            if earlier:
                return earlier
        if asks_title(scope.question) and (scope.organisations or len(docs) == 1):
            titled = self.title_answer(scope, docs + scope.secondary)
            if titled:
                return titled
        graded = next(((d, rows) for d in docs for rows in [rows_graded(d, scope.question)] if rows), None)
        if graded and (scope.organisations or len(docs) == 1):
            doc, rows = graded
            org = doc.organisation or "the organisation"
            names = "; ".join(f"“{row_label(j)}”" for j in rows)
            text = f"{names}: graded {rows[0].grade} for {org} ({when_label(doc)})."
            return Answer(
                scope.question, text, citations=[cite(doc, j.page, j.quote, "Judgements") for j in rows]
            )
        detail = self.detail_answer(scope, docs) if scope.organisations or len(docs) == 1 else None
        if detail:
            return detail  # "how many pupils does it have": the row of the report's table of details
        rated = next(((d, j) for d in docs for j in [rated_row(d, scope.question)] if j), None)
        if rated and (scope.organisations or len(docs) == 1):
            # a row of the report's own ratings table, asked for: no topic or sentence is closer
            return self.grade_answer(scope, [rated[0]], rated[1].area)
        every = docs + scope.secondary
        if (
            scope.organisations
            and every
            and asks_rating(scope.question)
            and all(d.doc_type == "inspection report" and not d.judgements for d in every)
        ):
            # a letter, a school or a joint inspection that grades nothing: say so, never a guessed grade
            return abstain(
                scope.question,
                f"The reports searched give no grade: {self._searched([d.doc_id for d in every])}.",
            )
        if (
            scope.wants != Subject.TEXT
            and self.names_a_topic(scope)
            and not self.clearly_a_fact(scope)
            and not (scope.wants == Subject.IMPROVE and lists_a_list(scope.question))
        ):
            # "What did the inspection say about Lifelong Links?": the topic decides, if the reports hold
            # it. If they never mention it, a strong fact subject was only worded unusually ("Summarise
            # the outcome"); a weak one was not the question, and the answer is that they are silent.
            on_topic = self.silence(scope, [d.doc_id for d in docs + scope.secondary]) is None
            if on_topic or not self.fact_stands_out(scope):
                scope.wants = Subject.TEXT
        if (
            scope.wants == Subject.OUTCOME
            and not any(d.family == ReportFamily.AREA_SEND for d in docs + scope.secondary)
            and self.names_a_topic(scope)
        ):
            # an area SEND outcome, asked with a topic of its own of reports that have none ("staying put
            # arrangements" in a children's services report), was never the question
            scope.wants = Subject.TEXT
        if self.topic_without_grade_words(scope):
            scope.wants = Subject.TEXT  # "what support for young carers did the inspection describe?"
        if scope.wants != Subject.TEXT and scope.pinned and self.sentence_fits_better(scope):
            scope.wants = Subject.TEXT
        asked = subject_text(scope.focus or scope.question)
        if scope.wants in (Subject.GRADE, Subject.OUTCOME) and asks_for_quantity(asked):
            scope.wants = Subject.TEXT  # "what had the average length of proceedings come down to?"
        if (
            scope.wants in (Subject.DATES, Subject.PUBLICATION, Subject.PREVIOUS, Subject.NEXT)
            and asks_for_quantity(asked)
            and not _QUANTITY_OF_INSPECTION.search(asked)
        ):
            scope.wants = Subject.TEXT  # "how long were care proceedings taking?" asks no date of the report
        if scope.wants in (Subject.GRADE, Subject.OUTCOME) and asks_for_name(asked):
            scope.wants = Subject.TEXT  # "what is its model of practice called?" asks no grade
        if scope.wants in (Subject.IMPROVE, Subject.STRENGTHS) and organisation_says(
            scope.question, scope.organisations
        ):
            scope.wants = Subject.TEXT  # "how high a priority does the force say safeguarding is?": its reply
        fact_answer = {
            Subject.GRADE: self.grade_answer,
            Subject.OUTCOME: self.outcome_answer,
            Subject.INSPECTOR: self.inspector_answer,
            Subject.DATES: self.dates_answer,
            Subject.IMPROVE: self.improve_answer,
            Subject.STRENGTHS: self.strengths_answer,
            Subject.PREVIOUS: self.previous_answer,
            Subject.NEXT: self.next_answer,
            Subject.PARTNERS: self.partners_answer,
            Subject.THEME: self.theme_answer,
            Subject.INSPECTORATES: self.inspectorates_answer,
            Subject.PUBLICATION: self.publication_answer,
        }.get(scope.wants)
        hint = ""
        if fact_answer and scope.pinned:
            # the facts of the inspection are the report's to state, before a statement or story that repeats
            # them (unless the question asks what those said)
            preferred = preferred_documents(scope.question, docs + scope.secondary, facts=True)
            in_order = sorted(docs + scope.secondary, key=lambda d: d.doc_id not in preferred)
            named = named_instead_of_report(scope.question, docs + scope.secondary)
            if named is not None:
                # "what did the paper say ... has done since", "does the press release say when it will be
                # inspected next": what the story or statement says, never the report's own list or facts
                in_order = [d for d in in_order if d.doc_id in named]
            result = fact_answer(scope, in_order)
            if result:
                return result
            if named is not None:
                scope.wants = Subject.TEXT  # the report's list was never what the story or statement says
            # not stated in a fixed place: a grade in prose gives the grade's own word, anything else is said
            # as the subject's description says it
            hint = (
                " ".join(GRADE_NAMES)
                if scope.wants == Subject.GRADE
                else DESCRIPTIONS.get(Subject(scope.wants), ("",))[0]
                if scope.wants != Subject.TEXT
                else ""
            )
        if scope.pinned:
            doc_ids = [d.doc_id for d in docs + scope.secondary]
            # a news story or statement the question describes by its headline: that one is asked about
            described = described_by_title(scope.question, docs)
            named = named_instead_of_report(scope.question, docs)
            if described:
                doc_ids = [described]
            elif named is not None:
                # "what did the paper say ...", "what did the council promise ...": the story, statement or plan
                # named is what is asked, not the report (or other document) beside it
                doc_ids = [i for i in doc_ids if i in named]
            return self.text_answer(scope, doc_ids, preferred_documents(scope.question, docs), hint)
        return self.text_answer(scope, [d.doc_id for d in docs] if docs else None, set())

    def unknown_names(self, scope: Scope) -> str | None:
        """A proper name in the question that no document contains: the index cannot be about it."""
        if scope.organisations:
            return None
        words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]{3,})\b", scope.question)
        unknown = [w for w in words if not self.index.keywords.knows(w)]
        if unknown:
            return unknown[0]
        # a place typed in lower case ("missing children in wigan"): after "in", "at", "for", no English word
        # and no document's; the scan for a typing slip ("thier") runs last, only on words that pass the rest
        for word in re.findall(r"\b(?:in|at|for|from)\s+([a-z]{4,})\b", scope.question):
            if (
                not word_readings(word)
                and not self.index.keywords.knows(word)
                and not one_slip_from_a_known_word(word, self.profiles.current())
            ):
                return word.capitalize()
        return None


# The words people name a kind of document by: they say which document, never what is asked of it
_KIND_WORDS: dict[str, set[str]] = {
    "news": {"news", "story", "article", "piece", "coverage", "paper", "newspaper", "headline"},
    "statement": {"statement", "press", "release", "response", "reply"},
}


@dataclass(frozen=True)
class Silence:
    """Why the documents in scope look silent on a question, and how close in meaning a sentence may come
    before they are not."""

    reason: str
    closest_allowed: float


# A figure a question gives ("how quickly were 91% of LADO cases concluded?"): a share, or a number of three
# digits or more that is not a year; small numbers ("18 months", "over 21") stand in too many sentences
_GIVEN_FIGURE = re.compile(
    r"(?<![\d.,\-–/])(?:\d+(?:\.\d+)?%|\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d{3,})(?![\d,]*\d)"
)


def figure_given(question: str, ranked: list[ScoredSentence]) -> bool:
    """Whether a figure the question gives stands in a candidate sentence: whatever words the question
    chose, a report that states its figure speaks of what it asks ("91% of LADO cases were concluded
    within a month" for "how quickly were 91% of allegations wrapped up?")."""
    figures = set(_GIVEN_FIGURE.findall(question))
    return bool(figures) and any(
        figure in _GIVEN_FIGURE.findall(candidate.sentence.text) for candidate in ranked for figure in figures
    )


def any_apostrophe(word: str) -> str:
    """The word as a pattern in which either apostrophe stands for both (people type ' where PDFs have ’)."""
    return re.sub(r"['’]", lambda _: "['’]", re.escape(word))


def opens_paragraph(sentence: Sentence, page_text: str | None) -> bool:
    """Whether the sentence begins a line of a text without pages (where a line is a paragraph)."""
    if sentence.page is not None or not page_text:
        return False
    return any(squash(line).startswith(sentence.text[:40]) for line in page_text.split("\n"))


def term_as_written(first: str, second: str, question: str) -> str:
    """ "bed and breakfast", as the question writes it (the pair skips the small words between)."""
    match = re.search(rf"\b{re.escape(first)}\W+(?:\w+\W+){{0,2}}?{re.escape(second)}\b", question, re.I)
    return match.group(0) if match else f"{first} {second}"


def _written_as_name(word: str, text: str) -> bool:
    """Capitalised inside the sentence, not merely first."""
    return bool(re.search(rf"(?<=\w[\s,]){re.escape(word.title())}\b", text))


def abstain(question: str, reason: str) -> Answer:
    return Answer(question, reason, abstained=True, reason=reason)
