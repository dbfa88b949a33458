"""Grades read from a report's judgements: the area a question names, and for a family whose ratings table
labels its own rows ("preventing crime", "are services safe?", "1.2 Staffing") the row a question or claim
names; the grade a sentence gives to what was asked."""

from __future__ import annotations

import re

from assistant.evidence import squash
from assistant.sentences import content_words
from ingest.models import DocumentMeta, Judgement
from ingest.vocabulary import (
    AREA_DESCRIPTIONS,
    GRADE_RE,
    INSPECTORATE_PATTERNS,
    TABLE_GRADE_PATTERN,
    canonical_grade,
    grade_rank,
)

_RELATED_AREAS = {
    "children in care": ["children in care and care leavers"],
    "care leavers": ["children in care and care leavers"],
    "children in care and care leavers": ["children in care", "care leavers"],
}


def judgement_for(doc: DocumentMeta, area: str) -> Judgement | None:
    for name in [area] + _RELATED_AREAS.get(area, []):
        for j in doc.judgements:
            if j.area == name:
                return j
    return None


KNOWN_AREAS = set(AREA_DESCRIPTIONS)
_RATING_WORDS = {
    "rating", "rated", "rate", "grade", "graded", "judged", "judgement", "judgment", "score", "evaluation",
    "evaluated", "evaluate",
}  # fmt: skip


def _word_starts(text: str) -> set[str]:
    """Words by their first four letters, so 'safety' meets 'safe' and 'caring' meets 'care'."""
    return {w[:4] for w in content_words(text) if w not in _RATING_WORDS}


def row_label(j: Judgement) -> str:
    """The label as the table writes it: the quote's line before the grade."""
    label = re.sub(rf"[\s:]*(?:{TABLE_GRADE_PATTERN})\s*\.?\s*$", "", j.quote, flags=re.I)
    return squash(label) or j.area


def labelled_judgement(doc: DocumentMeta, question: str) -> Judgement | None:
    """A grade of a family whose ratings table labels its own areas ("preventing crime", "are services
    safe?"): the row whose label the question names, by the words that tell the rows apart."""
    labelled = [j for j in doc.judgements if j.area not in KNOWN_AREAS]
    if not labelled:
        return None
    rows = [_word_starts(j.area) for j in labelled]
    shared = set.intersection(*rows) if len(rows) > 1 else set()
    asked = _word_starts(question) - shared
    order = [w[:4] for w in re.findall(r"[a-z0-9]+", question.lower()) if w[:4] in asked]

    def first_named(row: set[str]) -> int:
        # "reviewing of court orders": the row named first is what is asked about, the rest qualifies it
        return min((order.index(w) for w in row & asked if w in order), default=len(order))

    # most of the question's words; then the row named first; then the row with least the question leaves
    # unsaid ("assessment in court cases" is "Assessment (court disposals)", not "(out-of-court disposals)")
    scored = sorted(
        (
            (len(asked & (row - shared)), first_named(row - shared), len((row - shared) - asked), j)
            for row, j in zip(rows, labelled, strict=True)
        ),
        key=lambda ranked: (-ranked[0], ranked[1], ranked[2]),
    )
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][:3] == scored[0][:3]):
        return None
    return scored[0][3]


_ASKS_RATING = re.compile(
    # (a bare "rate" is as often a measure, "the persistent absence rate": a grade only as a verb, "what did
    # CQC rate it?", "how would you rate")
    r"\b(?:rat(?:ed|ing|ings)|grade[ds]?|grading|judged|judgements?|judgments?|scored?|evaluat\w*)\b|"
    r"\b(?:how|did|does|do|would|will|could)\s+(?:[\w’']+\s+){0,6}?rates?\b|\brates?\s+(?:it|them|this|that)\b|"
    r"\bhow\s+good\b|\bcame\s+out\s+as\b|"
    # "saltersgate house overall cqc", "how well run is it", "up to standard?": the grade, asked tersely
    r"\boverall\s*(?:(?:cqc|ofsted|hmi\w*|rating|grade|verdict|result|judgement|outcome)\b)?\s*\??\s*$|"
    r"\bhow\s+well\s+(?:run|led|managed)\b|\bup\s+to\s+(?:the\s+)?(?:expected\s+)?standard\b",
    re.I,
)
_TABLE_GRADE_RE = re.compile(rf"\b(?:{TABLE_GRADE_PATTERN})\b", re.I)
_WHICH = re.compile(r"^\s*(?:which|what)\b", re.I)


def rows_graded(doc: DocumentMeta, question: str) -> list[Judgement]:
    """'Which quality indicator came out as very good?': the rows of the report's own ratings table that
    have the grade the question names (none when it asks no such thing)."""
    named = _TABLE_GRADE_RE.search(question)
    if not (named and _WHICH.match(question) and asks_rating(question)):
        return []
    grade = canonical_grade(named.group(0))
    return [j for j in doc.judgements if j.area not in KNOWN_AREAS and j.grade == grade]


# "When was it judged inadequate?", "why was it rated ...", "who graded ...": a grade is named, another
# thing is asked (a date, a reason, a person)
_ASKS_OTHER_THAN_GRADE = re.compile(r"^\W*(?:when|why|who|since\s+when|how\s+long)\b", re.I)


def asks_rating(question: str) -> bool:
    """'How was it rated?', 'what grade', 'how good is': the question asks for a grade in so many words."""
    return bool(_ASKS_RATING.search(question)) and not _ASKS_OTHER_THAN_GRADE.search(question)


_STATES_A_GRADE = re.compile(
    r"\b(?:rated|rating|graded|grades?|judged|judgements?|judgments?|found\s+to\s+be)\b|"
    r"\b(?:requires?\s+improvement|inadequate|outstanding|adequate)\b",
    re.I,
)


_GRADE_NOUN = r"(?:grades?|ratings?|judge?ments?|scores?|marks?|results?)"
# "best rating it got", "whats the lowest grade", "rated highest": the top or bottom of the grades given
_ASKS_BEST = re.compile(
    rf"\b(?:best|highest|top|strongest)\s+(?:[\w-]+\s+)?{_GRADE_NOUN}\b|\b(?:rated|graded|judged)\s+(?:best|highest)\b",
    re.I,
)
_ASKS_WORST = re.compile(
    rf"\b(?:worst|lowest|poorest|weakest|bottom)\s+(?:[\w-]+\s+)?{_GRADE_NOUN}\b|"
    r"\b(?:rated|graded|judged)\s+(?:worst|lowest)\b",
    re.I,
)
_EXTREME_WORDS = frozenset("best highest top strongest worst lowest poorest weakest bottom".split())


def extreme_asked(question: str) -> str | None:
    """ "best" or "worst" where the question asks for the top or bottom grade, else None."""
    best, worst = bool(_ASKS_BEST.search(question)), bool(_ASKS_WORST.search(question))
    return "best" if best and not worst else "worst" if worst and not best else None


def grade_stated_for(question: str, text: str) -> str | None:
    """The grade a sentence gives to what the question asks about: the grade word nearest the question's
    own words ("good at working with partners, and adequate when it came to risk assessment and referrals"
    gives adequate for risk assessment); None when the sentence states no grade."""
    grades = [(m.start(), canonical_grade(m.group(0))) for m in GRADE_RE.finditer(text)]
    if not grades or not _STATES_A_GRADE.search(text):
        return None  # "good progress" is praise, not a grade
    if len({g for _, g in grades}) == 1:
        return grades[0][1]
    extreme = extreme_asked(question)
    ranked = [g for _, g in grades if grade_rank(g) is not None]
    if extreme and ranked:
        # "best rating it got", "what's the lowest grade": the top or bottom of those the text gives
        pick = max if extreme == "best" else min
        return pick(ranked, key=lambda g: grade_rank(g) or 0.0)
    asked = {w for w in content_words(question) if w not in _RATING_WORDS | _EXTREME_WORDS}
    places = [m.start() for m in re.finditer(r"[a-z0-9]+", text.lower()) if m.group(0) in asked]
    if not places:
        return None  # several grades, and nothing says which one is asked for
    # a grade governs the words after it ("good at working with partners, and adequate when it came to
    # risk assessment"); words before every grade go to the first ("leadership was judged good")
    votes: dict[str, int] = {}
    for place in places:
        before = [g for at, g in grades if at < place]
        grade = before[-1] if before else grades[0][1]
        votes[grade] = votes.get(grade, 0) + 1
    return max(votes, key=lambda g: votes[g])


def rated_row(doc: DocumentMeta, question: str) -> Judgement | None:
    """For a question asking how a report of a family with its own ratings table rated something: the row it
    names, else the overall rating. None for reports whose areas we know (their questions go by area)."""
    if not asks_rating(question) or not any(j.area not in KNOWN_AREAS for j in doc.judgements):
        return None
    # the organisation's own name is no row ("Wrekin and Severn Probation Delivery Unit" is not "delivery")
    asked = re.sub(re.escape(doc.organisation), " ", question, flags=re.I) if doc.organisation else question
    # ... nor the inspectorate's ("Care Inspectorate Wales" names no "Care and Support")
    for pattern in INSPECTORATE_PATTERNS.values():
        asked = pattern.sub(" ", asked)
    overall = judgement_for(doc, "overall effectiveness")
    if overall and re.search(r"\boverall\b", asked, re.I):
        return overall
    return labelled_judgement(doc, asked) or overall
