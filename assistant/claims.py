"""Checking a claim: split it into checkable parts, decide each on evidence, quote what decides it."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from assistant.acronyms import writes_out
from assistant.corpus_profile import CorpusProfile, word_stem
from assistant.details import counted_by, detail_rows
from assistant.equivalents import holds_phrase, phrase_stems, said_in_other_words, said_otherwise, writer_of
from assistant.everyday_words import is_everyday_verb, is_function_word, word_readings
from assistant.evidence import Sentence, cite, neighbours, sentences_before
from assistant.extractive import ExtractiveAnswerer, published_quote, when_label
from assistant.models import Answer
from assistant.ratings import judgement_for, rated_row, row_label
from assistant.resolve import years_in
from assistant.scope import Scope
from assistant.sentences import POINTS_BACK, rank_sentences
from ingest.metadata import parse_date, parse_date_range
from ingest.models import DocumentMeta, TeamMember
from ingest.vocabulary import (
    AREA_DESCRIPTIONS,
    GENERIC_INSPECTORATE_WORDS,
    GRADE_PATTERN,
    GRADE_RE,
    INSPECTORATE_PATTERNS,
    MONTH_NAMES,
    MONTH_PATTERN,
    MONTHS,
    NUMBER_WORDS,
    PEOPLE_GROUPS,
    SEND_OUTCOME_AREA,
    canonical_grade,
    canonical_outcome,
    inspectorates_named,
)

# A number and what it counts: the word after it ("15 recommendations", "six weeks", "100 posts"), or a
# share ("%", "per cent"). Two statements count the same thing when that word is the same.
_QUANTITY = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")\b\s*"
    r"(%|per\s*cent\b|[A-Za-z][a-z-]{2,}\b)?",
    re.I,
)
SUPPORT_SIMILARITY = 0.55
SAME_STATEMENT = 0.9  # this similar: the sentence says the same thing in other words
ABOUT_THE_SAME = 0.5  # else at least this share of the claim's words must be in the sentence
MOSTLY_HELD = 0.7  # this share, and close in meaning: a rare word of the claim may be said otherwise
MOST_ADDED_WORDS = 1  # words of the claim, not its framing, a supporting sentence may leave unsaid
ALL_BUT_FRAMING = 0.75  # this share: the same statement however far the wording drifts (a negation decides)
_INSPECTOR_CLAIM = re.compile(
    r"\blead\b[^.]{0,40}\binspector\b|\bled\b[^.]{0,60}\b(?:inspection|team)\b|\binspection\s+was\s+led\s+by\b|"
    r"\b(?:headed|led)\s+(?:up\s+)?by\b|\bheaded\b[^.]{0,60}\b(?:inspection|team)\b",
    re.I,
)


def _names(text: str, name: str) -> bool:
    """The text names the person: the whole name, or the surname as a word."""
    surname = name.split()[-1].lower()
    return name.lower() in text or bool(re.search(rf"\b{re.escape(surname)}\b", text))


_DATES_CLAIM = re.compile(
    r"\b(?:inspect\w*|visit\w*)\b[^.]{0,60}\b(?:from|between|on|in)\s+\d{1,2}\b|\btook\s+place\b|\binspection\s+dates?\b|"
    # a month alone dates the inspection only as the sentence's own verb ("Ofsted inspected X in June 2024",
    # "inspectors were on site in August"), not in passing ("hire staff after the inspection in November")
    rf"\b(?:inspected|visited|happened|was\s+carried\s+out|on\s+site|fieldwork)\b[^.]{{0,60}}\b(?:in|during)\s+{MONTH_PATTERN}\b",
    re.I,
)
_PREVIOUS_CLAIM = re.compile(
    r"\bprevious(?:ly)?\b|\blast\s+(?:been\s+)?inspected\b|\bprior\s+inspection\b|\bnot\s+(?:been\s+)?inspected\s+before\b",
    re.I,
)
_NEXT_CLAIM = re.compile(
    r"\bnext\s+(?:\w+\s+){0,3}inspection\b|\bmonitoring\s+inspection\b|\breinspect", re.I
)
_WORD_NUMBERS = {w: str(n) for w, n in NUMBER_WORDS.items()}


def _when_terms(text: str) -> set[str]:
    """Years, months and periods a sentence states, comparable across wordings ('three years' = '3 years')."""
    low = text.lower()
    for word, digit in _WORD_NUMBERS.items():
        low = re.sub(rf"\b{word}\b", digit, low)
    terms = set(re.findall(r"\b(?:19|20)\d\d\b", low))
    terms |= {m[:3] for m in re.findall(MONTH_PATTERN, low)}
    terms |= {f"{n} {u.rstrip('s')}" for n, u in re.findall(r"\b(\d{1,2})\s+(years?|months?)\b", low)}
    return terms


# the inspection as a point in time ("hire staff after the inspection in November"), not the claim's subject
_INSPECTION_AS_TIME = re.compile(
    r"\b(?:after|before|following|since)\s+(?:the|its|their)\s+(?:\w+\s+)?inspection\b", re.I
)
_PARTNERS_CLAIM = re.compile(
    r"\bmake\s+up\b|\bmade\s+up\s+of\b|\b(?:jointly\s+)?responsible\s+for\b|\bpartners\s+(?:are|were)\b|"
    r"\bpartnership\s+(?:is|was|consists|comprises)\b",
    re.I,
)
# a body named in a claim: "Walsall Council", "the Black Country ICB", "NHS Cheshire and Merseyside"
_BODY = re.compile(
    r"\b((?:NHS\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,4}\s+(?:Council|ICB|Integrated\s+Care\s+Board|Trust))\b"
)
_PUBLISHED_CLAIM = re.compile(r"\bpublish\w*\b|\breleased\b|\bcame\s+out\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({MONTH_PATTERN})\b\.?\s+((?:19|20)\d\d)\b", re.I)
# A grade stated as a judgement ("judged inadequate", "found ... to be good", "are outstanding"), not an
# ordinary adjective ("adequate caseloads").
_GRADE_STATED = re.compile(
    rf"\b(?:judged|rated|graded|found|be|is|are|was|were|as|remain(?:s|ed)?|overall)\b[^.]{{0,40}}?\b(?:{GRADE_PATTERN})\b|"
    # a row of a ratings table: the area's name, then its grade ("Leadership and Management Requires significant
    # improvement")
    rf"^(?-i:[A-Z][\w’'-]*)(?:\s+(?:and|of|&)?\s*(?-i:[A-Z][\w’'-]*)){{0,6}}\s+(?:{GRADE_PATTERN})\b",
    re.I,
)


# A length of time in days, however it is written ("two weeks" is 14, "18 months" and "a year and a half"
# are the same): claims and reports measure the same wait in different units.
DURATION = "duration in days"
_DAYS_IN = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 365.25 / 12, "year": 365.25}
_DURATION_TOLERANCE = 0.1  # "26 weeks" is "six months", "four weeks" about "a month"
_DURATION_BEFORE = r"(?:for|within|over|after|than|in|of|about|around|nearly|almost)"
_WORDED_DURATION = re.compile(
    rf"\b(?:{_DURATION_BEFORE}\s+)?(?:(?:a|an|one)\s+(year|month|week|day|hour)\s+and\s+a\s+half|"
    r"half\s+an?\s+(year|month|day|hour)|a\s+(fortnight))\b|"
    # "for a year", "within a month": not "once a year" or "£350 a year", which are rates
    rf"\b{_DURATION_BEFORE}\s+(?:a|one)\s+(year|month|week|day|hour)\b",
    re.I,
)


def _value(number: str) -> float:
    """A number as _QUANTITY finds it: figures ("1,500") or a word ("six")."""
    return float(NUMBER_WORDS[number.lower()] if not number[0].isdigit() else number.replace(",", ""))


def _durations(text: str) -> list[tuple[tuple[int, int], float]]:
    """Each length of time the text gives, with where it is written and how many days it is."""
    found = []
    for match in _QUANTITY.finditer(text):
        number, unit = match.group(1), (match.group(2) or "").lower().rstrip("s")
        if unit in _DAYS_IN and not re.fullmatch(r"(?:19|20)\d\d", number):
            found.append((match.span(), _value(number) * _DAYS_IN[unit]))
    for match in _WORDED_DURATION.finditer(text):
        and_a_half, half, fortnight, one = match.groups()
        days = (
            1.5 * _DAYS_IN[and_a_half.lower()]
            if and_a_half
            else 0.5 * _DAYS_IN[half.lower()]
            if half
            else _DAYS_IN["fortnight"]
            if fortnight
            else _DAYS_IN[one.lower()]
        )
        found.append((match.span(), days))
    return found


def without_durations(text: str) -> str:
    """The text less its lengths of time: those are weighed as values (quantities), not as words."""
    for (start, end), _ in sorted(_durations(text), reverse=True):
        text = text[:start] + " " + text[end:]
    return text


_NUMBERED_NAME = re.compile(r"\b[A-Za-z]+-\d+s?\b")


_COUNT_NUMBER = r"\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d+|" + "|".join(NUMBER_WORDS)  # never a year
_PART_OF_WHOLE = re.compile(
    rf"\b({_COUNT_NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?({_COUNT_NUMBER})\s+"
    r"([A-Za-z][a-z-]{2,})\b",
    re.I,
)
WHOLE = "all told"  # the unit of a whole a part is counted of ("of the 92 children"): "all told children"


# "4.2 The health visiting service ...": never "2.5 FTE posts" or "1.5 Million people"
_PARAGRAPH_NUMBER = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+(?=(?!(?:Million|Billion|Thousand|Hundred)\b)[A-Z][a-z])"
)


def quantities(text: str) -> dict[str, set[float]]:
    """Numbers by unit ('weeks': {6}); a bare number goes under ''. Years are left out. Lengths of time
    also go, in days, under DURATION."""
    found: dict[str, set[float]] = {}
    # "post-16 students", "under-18s", "Covid-19": a name or an age that says who, never how many
    counted = _NUMBERED_NAME.sub(" ", text)
    # "4.2 The health visiting service had five contacts ...": a numbered paragraph's number counts nothing
    counted = _PARAGRAPH_NUMBER.sub(" ", counted)
    # "one in six", "three quarters" are shares, which shares() reads; their numbers count nothing
    # "six of the 92 children": six children, of a whole of 92, which only another whole is weighed against
    for part in _PART_OF_WHOLE.finditer(counted):
        unit = _counted_noun(part.group(3), counted[part.end() :])
        key = re.sub(r"\s+", " ", unit.lower()).rstrip("s")
        found.setdefault(key, set()).add(_value(part.group(1)))
        found.setdefault(f"{WHOLE} {key}", set()).add(_value(part.group(2)))
    counted = _PART_OF_WHOLE.sub(lambda m: " " * len(m.group(0)), counted)
    worded_shares = [m.span() for m in _SHARE.finditer(counted) if m.group(4) or m.group(6)]
    for match in _QUANTITY.finditer(counted):
        if any(start <= match.start() < end for start, end in worded_shares):
            continue
        number, unit = match.group(1), match.group(2)
        value = _value(number)
        if re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        if unit and unit[0].isalpha():
            unit = _counted_noun(unit, counted[match.end() :])
        key = re.sub(r"\s+", " ", (unit or "").lower()).rstrip("s")
        found.setdefault(key, set()).add(value)
    for _, days in _durations(text):
        found.setdefault(DURATION, set()).add(days)
    if said := ages(text):
        found[AGE] = said
    return found


# An age, however it is written ("from the age of 16", "aged 19 to 21", "around their 18th birthdays",
# "19- to 21-year-olds", "when they turn 18"): claims and reports give who is meant by age.
AGE = "age in years"
_AGE = re.compile(
    r"\bage[sd]?\s+(?:of\s+)?(\d{1,2})(?:\s*(?:to|-|–|and)\s*(\d{1,2}))?\b|"
    r"\b(\d{1,2})(?:st|nd|rd|th)\s+birthdays?\b|"
    r"\b(\d{1,2})-?(?:\s+(?:to|and)\s+(\d{1,2}))?[-\s]years?[-\s]olds?\b|"
    r"\b(\d{1,2})\s+years?\s+of\s+age\b|"
    r"\b(?:turn|turns|turned|turning|reach|reaches|reached|reaching)\s+(\d{1,2})\b",
    re.I,
)


def ages(text: str) -> set[float]:
    """Every age the text gives, in years (both ends of "aged 19 to 21")."""
    return {float(n) for match in _AGE.finditer(text) for n in match.groups() if n}


# A change from one figure to another ("reducing vacant posts from 39% to 25%")
_FIGURE = r"\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent)?"
_FROM_TO = re.compile(rf"\bfrom\s+({_FIGURE})\s+(?:down\s+|up\s+)?to\s+({_FIGURE})", re.I)


def _figure(text: str) -> float:
    return float(re.match(r"[\d,.]+", text).group(0).replace(",", "").rstrip("."))  # type: ignore[union-attr]


def change_figures_differ(claim: str, evidence: str) -> bool:
    """Both give a change from one figure to another, one end the same and the other not ("from 39% to
    15%" / "from 39% to 25%"): the claim has the change wrong."""
    said = [(_figure(a), _figure(b)) for a, b in _FROM_TO.findall(claim)]
    found = [(_figure(a), _figure(b)) for a, b in _FROM_TO.findall(evidence)]
    return any((a == c) != (b == d) for a, b in said for c, d in found)


def values_meet(
    unit: str,
    claimed: set[float],
    stated: set[float],
    claim_text: str = "",
    evidence_text: str = "",
    open_bounds: bool = False,
) -> bool:
    """Some value the claim gives is one the evidence gives (a length of time to within a tenth), or within
    the bounds either text puts on it ("412 times" is "more than 400 times"). ``open_bounds``: a bound allows
    every value on its side (what a figure must be to contradict it), not only those near it (what it must
    be to support it)."""
    if unit == DURATION:
        return any(abs(a - b) <= _DURATION_TOLERANCE * max(a, b) for a in claimed for b in stated)
    if claimed & stated:
        return True
    claim_ranges, said_ranges = _bounds(claim_text, open_bounds), _bounds(evidence_text, open_bounds)
    for a in claimed:
        for b in stated:
            if a in claim_ranges and b in said_ranges:
                # both bounded ("more than 2,000" / "over 200"): the figures themselves must be the same
                if abs(a - b) <= _SAME_BOUND_TOLERANCE * max(a, b):
                    return True
                continue
            (lo, hi), (s_lo, s_hi) = claim_ranges.get(a, (a, a)), said_ranges.get(b, (b, b))
            if max(lo, s_lo) <= min(hi, s_hi):
                return True
    return False


_SAME_BOUND_TOLERANCE = (
    0.1  # two bounds on figures this close ("over 2,400", "more than 2,500") bound one figure
)
# the values a bound allows, as shares of its figure: "more than 400" is read as up to half as much again,
# never any number above (a claim of 4,000 is no "more than 400")
_BOUND_WORDS = {
    "more than": (1.0, 1.5),
    "over": (1.0, 1.5),
    "in excess of": (1.0, 1.5),
    "upwards of": (1.0, 1.5),
    "at least": (1.0, 1.5),
    "fewer than": (0.5, 1.0),
    "less than": (0.5, 1.0),
    "under": (0.5, 1.0),
    "up to": (0.5, 1.0),
    "almost": (0.9, 1.0),
    "nearly": (0.9, 1.0),
    "around": (0.9, 1.1),
    "about": (0.9, 1.1),
    "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1),
}
_BOUNDED = re.compile(
    r"\b(" + "|".join(w.replace(" ", r"\s+") for w in _BOUND_WORDS) + r")\s+"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")\b",
    re.I,
)


def _bounds(text: str, open_bounds: bool = False) -> dict[float, tuple[float, float]]:
    """Each number the text bounds ("more than 400", "nearly 30"), with the range of values it allows (with
    ``open_bounds``, every value on the bound's side)."""
    found = {}
    for match in _BOUNDED.finditer(text):
        value = _value(match.group(2))
        low, high = _BOUND_WORDS[re.sub(r"\s+", " ", match.group(1).lower())]
        if open_bounds and high > 1.1:
            high = math.inf
        if open_bounds and low < 0.9:
            low = 0.0
        found[value] = (low * value, high * value)
    return found


def _counted_alike(claim: str, sentence: str, values: set[float]) -> bool:
    """The sentence's count is of what the claim's count is of: the words of the claim's clause around its
    number ("three young people had been moved to other hospitals") mostly said by the sentence, so "26 young
    people were in the hospital" counts something else."""
    for clause in _CLAUSE_BREAK.split(claim):
        if not clause or not values & set().union(*quantities(clause).values()):
            continue
        # the clause's words, less the number written as a word and the people counted
        said = {
            w for w in _claim_words(clause) if not _QUANTITY_WORD.fullmatch(w) and w not in _COUNTED_PEOPLE
        }
        if len(said) >= 2:
            return _share_held(sentence, said) >= ABOUT_THE_SAME
    return True


_QUANTITY_WORD = re.compile("|".join(NUMBER_WORDS), re.I)
# what a count of people is of is said by the rest of the clause, never by "young people" itself
_COUNTED_PEOPLE = frozenset("young people children adults persons individuals".split())


# Words that end the words describing what a number counts ("100 posts in 2023", "60 children were seen").
_COUNT_RUN_END = frozenset(
    "in on at by for of to from with and or but than per were was are is had have has who which that "
    "where when whose while including across over under between during since after before into within".split()
)


def _counted_noun(first: str, after: str) -> str:
    """What a number counts: the last word of the words after it ("100 extra public protection posts" counts
    posts, as "100 posts" does), up to three more, ending at punctuation, a small word or a verb."""
    head = first
    before = first
    for following in re.match(r"(?:\s+[A-Za-z][a-z-]{2,}\b){0,3}", after).group(0).split():  # type: ignore[union-attr]
        low = following.lower()
        if low in _COUNT_RUN_END or low.endswith("ing") or is_everyday_verb(low, before):
            break
        head, before = following, low
    return head


# A share, however written ("three quarters", "one in five", "less than a quarter", "over 60%"), as the range
# of percentages it allows.
_FRACTION_WORDS = {
    "half": 50.0,
    "halves": 50.0,
    "third": 100 / 3,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "tenth": 10.0,
    "tenths": 10.0,
}
_SHARE = re.compile(
    r"\b(?:(less\s+than|fewer\s+than|under|below|over|more\s+than|above|almost|nearly|about|around|"
    r"approximately|roughly)\s+)?(?:(\d+(?:\.\d+)?)\s*(?:%|per\s*cent)|"
    r"(?:(a|one|two|three|four|nine)\s+(half|halves|thirds?|quarters?|fifths?|tenths?)|(half))\b|"
    r"(one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b)",
    re.I,
)


_STRICT = 0.01  # how far inside its figure a bound's range ends


_ROUNDED = 1.0  # how far a claim's bare percentage may be from the report's figure it rounds


def shares(text: str, stated: bool = False) -> list[tuple[float, float]]:
    """The ranges the text's shares allow. A claim's bare percentage is the figure rounded ("15%" for 14.6%,
    not for 14%); one it says is about, or says in words, is read loosely ("about 15%" for 14%); a document's
    ``stated`` percentage is the figure it printed ("14%" is not "fewer than one in ten")."""
    ranges = []
    for bound, percent, count, fraction, half, top, bottom in _SHARE.findall(text):
        if percent:
            value = float(percent)
        elif half:
            value = 50.0
        elif fraction:
            value = NUMBER_WORDS.get(count.lower(), 1) * _FRACTION_WORDS[fraction.lower()]
        else:
            n = float(NUMBER_WORDS.get(top.lower(), top) if not top.isdigit() else top)
            d = float(NUMBER_WORDS.get(bottom.lower(), bottom) if not bottom.isdigit() else bottom)
            value = 100 * n / d if d else 0.0
        bound = re.sub(r"\s+", " ", bound.lower())
        # a bound leaves out its own figure: "nearly half" and "over half" share no value
        if bound in ("less than", "fewer than", "under", "below"):
            ranges.append((0.0, value - _STRICT))
        elif bound in ("over", "more than", "above"):
            ranges.append((value + _STRICT, 100.0))
        elif bound in ("almost", "nearly"):
            ranges.append((value - 10, value - _STRICT))
        elif stated and percent and not bound:
            ranges.append((value - 0.5, value + 0.5))
        elif percent and not bound:
            # a claim's bare percentage is the figure rounded, no further: "99% of dental checks" is not the
            # report's 97%
            ranges.append((value - _ROUNDED, value + _ROUNDED))
        else:  # "about", or a share in words: figures are rounded
            ranges.append((value - 5, value + 5))
    return ranges


# A share said in words ("most referrals came from ...", "a minority of plans"): a claim's only share when it
# gives no figure, weighed against the figure a report gives ("Only 10% came from ...")
# ("the most common reason" is a superlative, "at most" a bound, "the first few weeks" a time: no shares)
_SHARE_WORDS = (
    (
        re.compile(
            r"(?<!\bthe\s)(?<!\bat\s)\bmost\b|\b(?:the\s+)?(?:vast\s+)?majority\b|\b(?:nearly|almost)\s+all\b",
            re.I,
        ),
        (50.0, 100.0),
    ),
    (
        re.compile(
            r"\ba\s+minority\b|\bhardly\s+any\b|"
            r"(?<!\ba\s)(?<!\bfirst\s)(?<!\blast\s)(?<!\bpast\s)(?<!\bnext\s)\b(?:very\s+)?few\b",
            re.I,
        ),
        (0.0, 50.0),
    ),
)


def _claimed_shares(claim: str) -> list[tuple[float, float]]:
    """The shares a claim gives: its figures, else the one its words give when they give only one."""
    said = shares(claim)
    if said:
        return said
    worded = [share for pattern, share in _SHARE_WORDS if pattern.search(claim)]
    return worded if len(worded) == 1 else []


def shares_differ(claim: str, evidence: str) -> bool:
    """Both give a share and no share the claim allows is one the evidence allows."""
    said, found = _claimed_shares(claim), shares(evidence, stated=True)
    return bool(said and found) and not any(a <= d and c <= b for a, b in said for c, d in found)


_MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


_RELATIVE_YEAR = re.compile(
    r"\b(?:since|after|before|until|prior\s+to|following|"
    # "every issue raised in 2021": what an earlier inspection found, looked back on from a later time
    r"(?:raised|identified|found|made|highlighted|flagged|set\s+out)\s+(?:in|at|during|by))\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?((?:19|20)\d\d)\b",
    re.I,
)


# When the report came out or inspectors came, as a claim says which report it cites ("Ofsted's 2013 Medway
# report said", "according to the July 2024 inspection"): not the time of what it claims. A claim that dates
# the visit or the publication ("inspected in January 2022") claims that date: it stays.
_REPORT_DATED = re.compile(
    # "Ofsted's 2013 Medway report said ...": a report cited by its year, then what it says
    rf"\b(?:(?:{MONTH_PATTERN})\w*\s+)?(?:19|20)\d\d\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?:\w+\s+)?"
    r"(?:report|inspection|re-?inspection|assessment|letter)s?\b"
    r"(?=[^.]{0,40}?\b(?:said|says|found|finds|noted|notes|reported|concluded|stated|highlighted|described|"
    r"praised|criticised|judged|rated|recorded)\b)|"
    # "..., according to the July 2024 inspection"
    rf"\baccording\s+to\s+(?:the\s+|its\s+|their\s+)?(?:\w+[’']s\s+)?(?:(?:{MONTH_PATTERN})\w*\s+)?(?:19|20)\d\d"
    r"\s+(?:\w+\s+){0,2}?(?:report|inspection|re-?inspection|assessment|letter)s?\b|"
    # "In 2018 Ofsted reported that ...": the year of the saying
    rf"\b(?:in|by)\s+(?:(?:{MONTH_PATTERN})\w*\s+)?(?:19|20)\d\d,?\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:reported|said|found|noted|judged|rated|concluded|warned)\b|"
    # "had fallen to 298 by the 2017 inspection", "at the time of Ofsted's 2019 visit": the report's own time
    rf"\b(?:by|at)\s+the\s+(?:time\s+of\s+(?:the\s+|its\s+|\w+[’']s\s+)?)?(?:(?:{MONTH_PATTERN})\w*\s+)?"
    r"(?:19|20)\d\d\s+(?:\w+\s+)?(?:inspection|re-?inspection|visit|assessment)\b",
    re.I,
)


_MISDATED = "The document gives another time"
# a figure as a claim ties a sentence by it: never a year, the tail of "2019/20", or a day before its month
_CLAIM_FIGURE = re.compile(
    rf"(?<![\d.,/])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?:\s?%)?(?![\d,]*\d)(?![/-]\d)(?!\s+(?:{MONTH_PATTERN}))",
    re.I,
)


def _figures_in(text: str) -> set[str]:
    return {re.sub(r"[\s,]", "", f) for f in _CLAIM_FIGURE.findall(text)}


def _anchoring_figures(claim: str) -> set[str]:
    """The claim's figures that tie a sentence to it: a percentage, or two or more figures ("73 of the 120");
    one small number stands in too many sentences to say which one the claim is about."""
    figures = _figures_in(_REPORT_DATED.sub(" ", claim))
    if any(f.endswith("%") for f in figures) or len(figures) >= 2:
        return figures
    return set()


def _same_month_other_year(claim: str, evidence: str) -> bool:
    said, found = set(_MONTH_YEAR.findall(claim)), set(_MONTH_YEAR.findall(evidence))
    return any(m.lower()[:3] == n.lower()[:3] and y != z for m, y in said for n, z in found)


# "... a director of education in 2022 and an interim director in July 2024": a year closing the words it dates
_DATING_YEAR = re.compile(
    rf"\b(?:in|during|from|since)\s+(?:(?:{MONTH_PATTERN})\w*\s+)?((?:19|20)\d\d)\b", re.I
)
# "In 2022, the council ...", "In 2024 the council appointed ...": the year opens what it dates
_OPENING_YEAR = re.compile(
    rf"^\W*(?:in|during|by|since)\s+(?:(?:{MONTH_PATTERN})\w*\s+)?(?:19|20)\d\d\b|"
    rf"[,;:]\s+(?:in|during|by|since)\s+(?:(?:{MONTH_PATTERN})\w*\s+)?(?:19|20)\d\d,",
    re.I,
)
MIN_DATED_WORDS = 2  # words of the claim's event a sentence's dated phrase must share to be that event


def _dates_another_phrase(claim: str, evidence: str) -> bool:
    """The sentence dates the claim's event, in the words before one of its years, to another year than the
    claim does, and what it dates to the claim's year is something else ("the appointment of a director of
    education ... in 2022 and an interim director of children's services in July 2024" against "appointed its
    director of education in 2024")."""
    events = _REPORT_DATED.sub(" ", claim)
    claimed = list(_DATING_YEAR.finditer(events))
    if len(claimed) != 1 or len(set(_YEARS.findall(events))) != 1 or _OPENING_YEAR.search(evidence):
        return False
    dated = list(_DATING_YEAR.finditer(evidence))
    if len(dated) < 2:
        return False
    event = _stems(events[: claimed[0].start()])
    shared, start = [], 0
    for match in dated:
        shared.append((len(event & _stems(evidence[start : match.start()])), match.group(1)))
        start = match.end()
    best = max(n for n, _ in shared)
    winners = {year for n, year in shared if n == best}
    year = claimed[0].group(1)
    own = max((n for n, y in shared if y == year), default=0)
    return (
        best >= MIN_DATED_WORDS
        and len(winners) == 1
        and year not in winners
        # the claim's year dates next to none of its words in the sentence: not where it tells of the event
        and own < MIN_DATED_WORDS
    )


def _when_differs(claim: str, evidence: str, doc: DocumentMeta | None = None) -> bool:
    if _dates_another_phrase(claim, evidence):
        return True
    events = _REPORT_DATED.sub(" ", claim)
    # the time of the report itself: "improved between the February 2019 inspection and the October 2022
    # visit" is what the October 2022 report says when it writes "since the inspection in February 2019"
    own = _document_times(doc)
    for pattern in (_MONTHS, _YEARS):
        said, found = set(pattern.findall(events)), set(pattern.findall(evidence))
        if said and found and not said & found:
            if said <= found | own and set(pattern.findall(claim)) & found:
                continue
            return True
    # "improved since the 2021 visit" tells of a later time than "the 2021 visit found"
    relative_said = set(_RELATIVE_YEAR.findall(claim))
    relative_found = set(_RELATIVE_YEAR.findall(evidence))
    said_years = set(_YEARS.findall(claim))
    return bool(said_years) and said_years <= relative_found and not said_years & relative_said


# A figure few sentences share by chance: with a decimal ("14.1%") or three or more digits not rounded
# ("1,184"); never a year
_EXACT_FIGURE = re.compile(r"(?<![\d.,])(\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{3,})(?![\d,]*\d)")


def _exact_figures(text: str) -> set[str]:
    found = set()
    for match in _EXACT_FIGURE.finditer(text):
        figure = match.group(1).replace(",", "")
        if _YEARS.fullmatch(figure) or ("." not in figure and re.fullmatch(r"\d+0", figure)):
            continue  # a year, or a round figure ("350 staff") many sentences give
        found.add(figure)
    return found


def _shares_exact_figure(claim: str, sentence: str) -> bool:
    return bool(_exact_figures(claim) & _exact_figures(sentence))


# A thing done ("had appointed", "was already up and running", "has launched") ...
_DONE = re.compile(
    r"\b(?:had|has|have)\s+(?:already\s+)?(?:been\s+)?(?:appointed|recruited|launched|introduced|opened|"
    r"set\s+up|established|created|implemented|completed|started|commissioned|built|run|put\s+in\s+place)\b|"
    r"\balready\b|\bup\s+and\s+running\b|\b(?:was|were|is|are)\s+(?:now\s+)?(?:in\s+place|operating|operational|"
    r"running|open)\b",
    re.I,
)
# ... and the same thing still to come ("is due to be implemented in April", "is in the process of recruiting")
_TO_COME = re.compile(
    r"\b(?:due\s+to\s+(?:be|start|open|begin|launch|go\s+live)|(?:is|are)\s+to\s+be|will\s+be\s+(?:appointed|"
    r"recruited|launched|introduced|opened|set\s+up|established|implemented|in\s+place|based)|"
    r"(?:is|are)\s+(?:being\s+)?planned|plans?\s+to|planning\s+to|in\s+the\s+process\s+of|yet\s+to|not\s+yet|"
    r"intends?\s+to|about\s+to|being\s+(?:developed|recruited|set\s+up|established))\b",
    re.I,
)


def _still_to_come(claim: str, sentence: str) -> bool:
    """The claim says a thing was done or running; the sentence that it was still to come."""
    return bool(_DONE.search(claim)) and not _TO_COME.search(claim) and bool(_TO_COME.search(sentence))


_NAME_RUN = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+\b")


def _same_named_thing(
    claim: str, sentence: str, distinctive: set[str], doc: DocumentMeta | None = None
) -> bool:
    """Both name the same thing: a name of two or more capitalised words that is no sentence's first words
    nor the inspected body's ("Safer Lives", not "Tower Hamlets"), or two of the claim's distinctive words side
    by side in both ("help coordinator")."""
    body = f"{doc.organisation or ''} {doc.title or ''}" if doc else ""
    claim_names = {m.group(0) for m in _NAME_RUN.finditer(claim) if m.start() > 0 and m.group(0) not in body}
    if any(name in sentence for name in claim_names):
        return True
    tokens = re.findall(r"[a-z][a-z’'-]+", claim.lower())
    said = " ".join(re.findall(r"[a-z][a-z’'-]+", sentence.lower()))
    return any(
        (a in distinctive or b in distinctive) and f"{a} {b}" in said and len(a) >= 4 and len(b) >= 4
        for a, b in zip(tokens, tokens[1:], strict=False)
    )


def _document_times(doc: DocumentMeta | None) -> set[str]:
    """The months and years the document was inspected and published in, as a claim would write them."""
    times: set[str] = set()
    for iso in (doc.inspection_start, doc.inspection_end, doc.publication_date) if doc else ():
        if iso and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", iso):
            times |= {iso[:4], MONTH_NAMES[int(iso[5:7]) - 1]}
    return times


# A change over time: "made steady progress since it was rated inadequate in 2015", "improved substantially
# between the 2019 inspection, which found them inadequate, and the 2022 visit"
_CHANGE = re.compile(
    r"\b(?:improv\w*|progress\w*|declin\w*|deteriorat\w*|better|worse|turned\s+around)\b", re.I
)


def _change_between_times(claim: str) -> bool:
    """The claim tells of a change between two times: one report's grade is where it starts, which cannot
    support what it says happened after."""
    return len(set(_YEARS.findall(claim))) >= 2 and bool(_CHANGE.search(claim))


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
        if exclude:  # a narrowed copy: the caller's scope stays as it was
            scope = replace(
                scope,
                documents=[d for d in scope.documents if d.doc_id not in exclude],
                secondary=[d for d in scope.secondary if d.doc_id not in exclude],
            )
        claim = scope.question
        if scope.missing:
            # "previously inspected in 2019": the year is the earlier inspection's, not this report's
            earlier = self._fact_record_claim(claim, self._organisations_reports(scope))
            decided = earlier or self._published_that_year(scope)
            if decided:
                return decided
            if scope.organisations:
                # "the headteacher has been in post since September 2019": the year dates an event in the
                # organisation's life, which its documents of any year may tell; where the claim also speaks of
                # an inspection ("... entered for the EBacc in 2023, Ofsted found"), only a sentence that gives
                # the year itself decides
                told = self.check_text(scope, exclude)
                years = [str(y) for y in years_in(claim)]
                if told.verdict != "not_found" and (
                    not _NAMES_AN_INSPECTION.search(claim)
                    or any(y in c.quote for c in told.citations[:1] for y in years)
                    # the same thing said of another time: the claim misdates it
                    or told.reason.startswith(_MISDATED)
                ):
                    return told
            return verdict(claim, "not_found", scope.missing)
        grade = claimed_grade(claim)
        docs = scope.documents
        report_docs = [d for d in docs if d.doc_type == "inspection report"]
        # A family with its own ratings table: the row the claim names ("rated its planning work inadequate").
        rows = [(doc, j) for doc in report_docs for j in [rated_row(doc, claim)] if j] if grade else []
        for doc, j in rows[:1]:
            c = [cite(doc, j.page, j.quote, "Judgements")]
            said = f"The report rated {row_label(j)} {j.grade}"
            if j.grade == grade and not _change_between_times(claim):
                return verdict(claim, "supported", f"{said} ({when_label(doc)}).", c)
            if j.grade == grade:
                break
            return verdict(claim, "contradicted", f"{said}, not {grade} ({when_label(doc)}).", c)
        # A grade claimed without an area ("judged ... inadequate") is about overall effectiveness.
        if grade and report_docs and (scope.area or _GRADE_STATED.search(claim)):
            area = scope.area or "overall effectiveness"
            for doc in report_docs:
                j = judgement_for(doc, area)
                if j is None:
                    continue
                c = [cite(doc, j.page, j.quote, "Judgements")]
                label = AREA_DESCRIPTIONS.get(j.area, j.area)
                if j.grade == grade:
                    if _change_between_times(claim):
                        break  # the grade is the claim's starting point, not its point: the text decides
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
            decided = (
                self._outcome_claim(claim, report_docs)
                or self._partners_claim(claim, report_docs)
                or self._fact_record_claim(claim, report_docs)
                or self._inspector_claim(claim, report_docs)
                or self._dates_claim(claim, report_docs)
                or self._detail_claim(claim, report_docs)
            )
            if decided:
                return decided
        return self.check_text(scope, exclude)

    @staticmethod
    def _detail_claim(claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """A count the report's table of details gives ("registered for 87 places" against "Number of places
        62"): what the claim counts is the row's head ("places"), and its figure decides."""
        claimed = quantities(claim)
        for doc in docs:
            for fact, label, value in detail_rows(doc):
                counted = counted_by(label)
                figure = re.search(r"\d[\d,]*", value)
                said = {
                    v
                    for unit, values in claimed.items()
                    if unit and counted and word_stem(unit) == counted
                    for v in values
                }
                if not said or not figure:
                    continue
                c = [cite(doc, fact.page, fact.quote, "Details")]
                number = float(figure.group(0).replace(",", ""))
                if number in said:
                    return verdict(claim, "supported", f"The report gives {label.lower()}: {value}.", c)
                return verdict(claim, "contradicted", f"The report gives {label.lower()}: {value}.", c)
        return None

    @staticmethod
    def _inspector_claim(claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """'The lead inspector was Jane Doe': the names the report gives decide. In a joint inspection each
        inspectorate has its own lead; a claim naming one inspectorate is checked against that one's lead."""
        if not _INSPECTOR_CLAIM.search(claim):
            return None
        claimed = [str(i) for i in inspectorates_named(claim)]
        low = claim.lower()
        for doc in docs:
            leads = [m for m in doc.team if m.role == "lead inspector"]
            if not leads and doc.lead_inspector and doc.lead_inspector_quote:
                leads = [
                    TeamMember(
                        doc.lead_inspector,
                        "lead inspector",
                        doc.inspectorate,
                        doc.lead_inspector_page,
                        doc.lead_inspector_quote,
                    )
                ]
            if not leads:
                continue
            named = [m for m in leads if _names(low, m.name)]
            of_claimed = [m for m in leads if m.inspectorate in claimed]
            if named and (not of_claimed or named[0] in of_claimed):
                m = named[0]
                c = [cite(doc, m.page, m.quote, "Inspection team")]
                role = (
                    f"{m.inspectorate} lead inspector"
                    if len(leads) > 1 and m.inspectorate
                    else "lead inspector"
                )
                return verdict(claim, "supported", f'The report names {m.name} as {role}: "{m.quote}".', c)
            decider = (of_claimed or leads)[0]
            c = [cite(doc, decider.page, decider.quote, "Inspection team")]
            role = (
                f"{decider.inspectorate} lead inspector"
                if len(leads) > 1 and decider.inspectorate
                else "lead inspector"
            )
            return verdict(
                claim,
                "contradicted",
                f'The report names {decider.name} as {role} ({when_label(doc)}): "{decider.quote}".',
                c,
            )
        return None

    @staticmethod
    def _fact_record_claim(claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """A claim about the previous or the next inspection: the report's own line about it decides, by
        the years, months and periods both state ("previously inspected in 2016", "within three years")."""
        kind = (
            "previous inspection"
            if _PREVIOUS_CLAIM.search(claim)
            else "next inspection"
            if _NEXT_CLAIM.search(claim)
            else None
        )
        if kind is None:
            return None
        for doc in docs:
            fact = next((f for f in doc.facts if f.kind == kind), None)
            if fact is None:
                continue
            c = [cite(doc, fact.page, fact.quote, kind)]
            said, stated = _when_terms(claim), _when_terms(fact.value)
            never_claimed = bool(
                re.search(r"\bnot\s+(?:been\s+)?previously|\bnever\b|\bfirst\b", claim, re.I)
            )
            never_stated = bool(
                re.search(r"\bnot\s+previously|\bnever\b|\bno\s+previous\b", fact.value, re.I)
            )
            if never_claimed or never_stated:
                value = "supported" if never_claimed == never_stated else "contradicted"
            elif said and stated:
                value = "supported" if said <= stated else "contradicted"
            else:
                continue
            return verdict(claim, value, f'The report states: "{fact.quote}".', c)
        return None

    @staticmethod
    def _partners_claim(claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """'X Council and the Y ICB make up the partnership': the report's own sentence naming who is
        responsible decides; a body it does not name contradicts the claim."""
        if not _PARTNERS_CLAIM.search(claim):
            return None
        bodies = [m.group(1) for m in _BODY.finditer(claim)]
        if not bodies:
            return None
        for doc in docs:
            fact = next((f for f in doc.facts if f.kind == "partners"), None)
            if fact is None:
                continue
            stated = fact.value.lower()
            missing = [b for b in bodies if b.split()[0].lower() not in stated]
            c = [cite(doc, fact.page, fact.quote, "partners")]
            value = "contradicted" if missing else "supported"
            return verdict(claim, value, f'The report states: "{fact.quote}".', c)
        return None

    @staticmethod
    def _outcome_claim(claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """An area SEND outcome claimed: the report's own outcome sentence decides."""
        claimed = canonical_outcome(claim)
        if claimed is None:
            return None
        for doc in docs:
            j = judgement_for(doc, SEND_OUTCOME_AREA)
            if j is None:
                continue
            c = [cite(doc, j.page, j.quote, "Inspection outcome")]
            value = "supported" if j.grade == claimed else "contradicted"
            return verdict(claim, value, f'The report\'s outcome ({when_label(doc)}): "{j.quote}".', c)
        return None

    def _organisations_reports(self, scope: Scope) -> list[DocumentMeta]:
        """The named organisations' inspection reports, latest first, whatever year the claim names."""
        wanted = {doc_id for org in scope.organisations for doc_id in org.doc_ids}
        reports = [
            d
            for d in self.answerer.index.catalog.documents()
            if d.doc_id in wanted and d.doc_type == "inspection report"
        ]
        if scope.families:
            reports = [d for d in reports if d.family in scope.families] or reports
        return sorted(reports, key=lambda d: d.inspection_end or d.publication_date or "", reverse=True)

    def _published_that_year(self, scope: Scope) -> Answer | None:
        """A claim dating an inspection to a year in which the organisation had none, though a report about
        it was published then: the report's inspection dates decide."""
        if not scope.organisations or not re.search(
            r"\b(?:inspect\w*|visit\w*|took\s+place)\b", scope.question, re.I
        ):
            return None
        wanted = {doc_id for org in scope.organisations for doc_id in org.doc_ids}
        for doc in self.answerer.index.catalog.documents():
            if doc.doc_id in wanted and doc.publication_year in scope.years and doc.inspection_dates_quote:
                c = [cite(doc, doc.inspection_dates_page, doc.inspection_dates_quote)]
                reason = (
                    f"The inspection took place {doc.inspection_dates_text}; the report was published in "
                    f"{doc.publication_year}."
                )
                return verdict(scope.question, "contradicted", reason, c)
        return None

    def _dates_claim(self, claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """'Inspectors visited from 6 to 17 March 2023', 'inspected in June 2024', 'the report was published
        on 13 May 2015': the report's dates line (or its publication date) decides."""
        if _PUBLISHED_CLAIM.search(claim):
            return self._published_claim(claim, docs)
        if not _DATES_CLAIM.search(claim) or _INSPECTION_AS_TIME.search(claim):
            return None
        start, end = parse_date_range(claim)
        month_year = _MONTH_YEAR.search(claim)
        if end is None and not month_year:
            return None
        for doc in docs:
            quote = doc.inspection_dates_quote
            if not (doc.inspection_end and quote):
                continue
            c = [cite(doc, doc.inspection_dates_page, quote)]
            said = f'The inspection took place {doc.inspection_dates_text}: "{quote}".'
            if end is not None:
                agrees = end == doc.inspection_end and (start is None or start == doc.inspection_start)
            else:
                month = MONTHS[month_year.group(1).lower()[:3]]  # type: ignore[union-attr]
                year = int(month_year.group(2))  # type: ignore[union-attr]
                first = doc.inspection_start or doc.inspection_end
                agrees = (year, month) in {
                    (int(d[:4]), int(d[5:7])) for d in (first, doc.inspection_end) if d
                } or (first[:7] <= f"{year}-{month:02d}" <= doc.inspection_end[:7])
            return verdict(claim, "supported" if agrees else "contradicted", said, c)
        return None

    def _published_claim(self, claim: str, docs: list[DocumentMeta]) -> Answer | None:
        """'The report was published on 13 May 2015': the report's own 'Report published' line decides."""
        claimed = parse_date(claim)
        if claimed is None:
            return None
        for doc in docs:
            stated = published_quote(self.answerer.index, doc) if doc.publication_date else None
            if stated is None:
                continue
            page, line = stated
            value = "supported" if claimed == doc.publication_date else "contradicted"
            return verdict(claim, value, f'The report states: "{line}".', [cite(doc, page, line)])
        return None

    def check_text(self, scope: Scope, exclude: frozenset[str] = frozenset()) -> Answer:
        claim = scope.question
        docs = scope.documents + scope.secondary
        doc_ids = [d.doc_id for d in docs] if scope.pinned else None
        if doc_ids is not None and not scope.documents and scope.organisations:
            # nothing of the organisation's is about the year claimed: the claim may misdate what its other
            # documents tell (a sentence that gives another year for the same count contradicts it)
            doc_ids += [
                d for org in scope.organisations for d in org.doc_ids if d not in doc_ids and d not in exclude
            ]
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
            # the documents' own abbreviation for words the claim writes out ("BWV" for body-worn video)
            abbreviated, written_out = self.answerer.other_spelling(claim, tier)
            passages = self.answerer.retriever.search(
                claim + abbreviated + written_out, self.answerer.top_k, tier
            )
            ranked = rank_sentences(
                (scope.focus or claim) + abbreviated, passages, index, {d.doc_id for d in scope.documents}
            )
            result = self._decide(claim, ranked)
            if result.verdict != "not_found":
                deciding = [c for c in result.citations if c.doc_type != "inspection report"]
                if deciding:
                    result.reason += " (only news or statements say this, not an inspection report)"
                return result
        return verdict(claim, "not_found", "No indexed passage states or contradicts this.")

    def _figure_unstated_around(
        self, claim: str, claim_q: dict[str, set[float]], sentence: Sentence, read: str
    ) -> bool:
        """A figure of the claim that neither the sentence (read with the one it points back to) nor the next
        one, where that one points back to it ("This is an increase from 159 children ..."), gives."""

        def unstated(text: str) -> bool:
            return _figure_unstated(claim_q, quantities(text)) or _share_unstated(claim, text)

        if not unstated(read):
            return False
        _, following = neighbours(sentence, self.answerer.index.catalog)
        if following is None or not POINTS_BACK.match(following.text):
            return True
        return unstated(f"{read} {following.text}")

    def _antecedents(self, sentence: Sentence) -> list[Sentence]:
        """The sentence before, when this one opens by pointing back to it ("She said ...": who she is, the
        sentence before says; "That conclusion included ..."); where that one points back too ("This was also
        a finding at the focused visit." then "In response, ..."), the one before it as well. In reading order."""
        if _inside_a_quotation(sentence.text):
            opened_by = self._quote_opened_by(sentence)
            if opened_by:
                return opened_by
        if not _points_back(sentence.text):
            return []
        previous, _ = neighbours(sentence, self.answerer.index.catalog)
        if previous is None:
            return []
        if not _points_back(previous.text):
            return [previous]
        earlier, _ = neighbours(previous, self.answerer.index.catalog)
        return [earlier, previous] if earlier is not None else [previous]

    def _quote_opened_by(self, sentence: Sentence) -> list[Sentence]:
        """A quotation that goes on from a sentence before (a statement's next sentence, or its next paragraph
        opening with a quote mark): the sentence that opened it, left it open and says who speaks ("Helen
        Brindley-Shaw ... said: "Rory's mother ..."), when one of the few before in its passage does."""
        for earlier in sentences_before(sentence, self.answerer.index.catalog, QUOTE_LOOKBACK):
            if _QUOTE_CLOSED.search(earlier.text):
                return []  # a quotation closed before this sentence: it is not inside that one
            if _QUOTE_OPENED.search(earlier.text):
                return [earlier] if _left_open(earlier.text) else []
        return []

    def _document_text(self, doc: DocumentMeta | None) -> str:
        """The document's whole text, read only when a supporting sentence is about to be chosen."""
        if doc is None:
            return ""
        return " ".join(p.text for p in self.answerer.index.catalog.pages(doc.doc_id))

    def _decide(self, claim: str, ranked: list) -> Answer:  # type: ignore[type-arg]
        docs = {d.doc_id: d for d in self.answerer.index.catalog.documents()}
        claim_q = quantities(claim)
        claim_grades = set(grades_in(claim))
        profile = self.answerer.profiles.current()
        claim_words = _claim_words(claim)
        distinctive = {w for w in claim_words if profile.rarity(word_stem(w)) >= DISTINCTIVE_CLAIM_RARITY}
        # a sentence that gives the claim's own figures is read first where it is at least as close as the
        # closest ("74% of all children looked after were placed within Havering" before a sentence on the 20%
        # leaving care), and where the claim gives two or more ("73 of the 120") before all others, which may
        # then no longer contradict by a negation or a way things go: a sentence without the figures that
        # happens to negate speaks of another thing. (A closer sentence with another share of the same thing is
        # read first: "neglect (41%)" against a claim that takes domestic abuse's 49%.)
        given = _anchoring_figures(claim)
        top = ranked[:5]
        with_figures = [c for c in top if given and given <= _figures_in(c.sentence.text)]
        tied = bool(with_figures) and len(given) >= 2
        if tied or (with_figures and with_figures[0].similarity >= top[0].similarity):
            top = with_figures + [c for c in top if c not in with_figures]
        for candidate in top:
            untied = tied and candidate not in with_figures
            s = candidate.sentence
            doc = docs.get(s.chunk.doc_id)
            if doc is None:
                continue  # re-ingested while we looked
            c = [cite(doc, s.page, s.text, s.chunk.section)]
            # The same statement: close in meaning and about the same thing, or holding every one of the
            # claim's distinctive words, none of them negated where the claim does not negate it.
            same_words = len(distinctive) >= 2 and _holds_unnegated(s.text, distinctive, claim)
            evidence_q = quantities(s.text)
            # like for like: the sentence counts the same thing the claim counts ("15 recommendations")
            same_measure = candidate.overlap >= ABOUT_THE_SAME and any(
                unit and unit in evidence_q for unit in claim_q
            )
            # the sentence it points back to ("That conclusion ..."), read once: it is looked up in the catalogue
            pointed = self._antecedents(s)
            with_antecedent = " ".join(p.text for p in [*pointed, s])
            said_forms = _said_forms(with_antecedent)
            # words of a way the claim says things go ("coming down") that the sentence says its own way
            # ("reducing")
            echoed = (
                _direction_echoed(claim, with_antecedent)
                | _phrased_otherwise(claim, with_antecedent)
                | _abbreviated(claim, with_antecedent, self.answerer.abbreviations(doc.doc_id))
            )
            # the report's own subject, which its title names ("domestic abuse" of "Policing domestic abuse: an
            # inspection of ..."): which report, said by every sentence of it; it counts towards what a sentence
            # holds, never for the claim's distinctive words, which the sentence itself must say
            titled = _titled(claim_words, doc, profile) - echoed
            # the group of people the sentence's heading or paragraph is about, where the sentence names none
            titled |= _group_of_paragraph(claim, claim_words - echoed, s)
            # what the claim says, less how it is framed, held by the sentence (and the one it points back to)
            held = max(candidate.overlap, _share_held(with_antecedent, claim_words, echoed | titled))
            # a sentence that says the opposite way never holds the claim's words for which way things go
            # ("had gone backwards since 2019" / "There have been improvements since ... 2019")
            opposite = _direction_differs(
                claim, with_antecedent, whole=with_antecedent != s.text
            ) or _all_against_some(claim, with_antecedent)
            if opposite:
                held = max(
                    held, _share_held(with_antecedent, claim_words - _way_words(claim), echoed | titled)
                )
            elif _level_differs(claim, with_antecedent):
                # "better than the national average" / "in line with national figures": the words placing the
                # figure against its comparator are what the two disagree on, not what they are about
                held = max(
                    held, _share_held(with_antecedent, claim_words - _level_words(claim), echoed | titled)
                )
            if candidate.similarity < SUPPORT_SIMILARITY - 0.1 and not (same_words or same_measure):
                if held < ALL_BUT_FRAMING or candidate.similarity < SUPPORT_SIMILARITY - 0.2:
                    continue
            if (
                _still_to_come(claim, s.text)
                and candidate.similarity >= SUPPORT_SIMILARITY - 0.05
                and _same_named_thing(claim, s.text, distinctive, doc)
                and _names_all(claim, with_antecedent, doc)
            ):
                # "had appointed an early help coordinator" where the report is "in the process of recruiting"
                # one: what the claim says was done was still to come
                return verdict(
                    claim, "contradicted", f'The document says it was still to come: "{s.text}"', c
                )
            # the same exact figure ("14.1%") ties the sentence to the claim however its words drift
            # ... and so does a share of the same thing ("nearly half of families" / "Over half of families")
            anchored = _shares_exact_figure(claim, s.text) or _share_of_same_thing(claim, s.text)
            if held < ABOUT_THE_SAME and candidate.similarity < SAME_STATEMENT and not anchored:
                continue  # a sentence on the same theme but not about the same thing decides nothing
            if _PRESCRIPTIVE.search(s.text) and not _ASKED_TO.search(claim):
                # "The force should ensure an appropriate adult is present": what ought to be, which neither
                # says what is nor denies it
                continue
            if _when_differs(claim, s.text, doc):
                # another month or year: likely another event, which neither supports nor contradicts; but the
                # same count of the same thing at another time ("the 100 extra posts" in 2023, not 2021), or
                # the claim's every word said of one other year ("launched its workforce strategy in 2020"
                # where it was launched in 2022), is the claim's event misdated
                misdated = (same_measure and _counts_agree(claim_q, evidence_q, claim, s.text)) or (
                    held >= ALL_BUT_FRAMING
                    and (
                        (
                            # (or the same month of another year: "took place in May 2024" / "in May 2025")
                            (
                                candidate.similarity >= SUPPORT_SIMILARITY + 0.1
                                or _same_month_other_year(claim, s.text)
                            )
                            and len(set(_YEARS.findall(_REPORT_DATED.sub(" ", claim)))) == 1
                            and len(set(_YEARS.findall(s.text))) == 1
                        )
                        # the sentence dates the claim's own words to another of its years
                        or _dates_another_phrase(claim, s.text)
                    )
                )
                if misdated and _names_all(claim, with_antecedent, doc):
                    return verdict(claim, "contradicted", f'{_MISDATED}: "{s.text}"', c)
                continue
            for unit, values in claim_q.items():
                if (
                    unit
                    and unit in evidence_q
                    # a bound is met by any value on its side ("more than 12 people" by 19); a whole the
                    # sentence counts a part of ("six of the 92 children") is a count of them too
                    and not values_meet(
                        unit,
                        values,
                        evidence_q[unit] | evidence_q.get(f"{WHOLE} {unit}", set()),
                        claim,
                        s.text,
                        open_bounds=True,
                    )
                    and (unit in (DURATION, AGE) or _counted_alike(claim, s.text, values))
                ):
                    if unit in (DURATION, AGE):
                        what = "length of time" if unit == DURATION else "age"
                        return verdict(
                            claim, "contradicted", f'The document gives another {what}: "{s.text}"', c
                        )
                    said = ", ".join(f"{v:g} {unit}s" for v in sorted(evidence_q[unit]))
                    return verdict(claim, "contradicted", f'The document says {said}: "{s.text}"', c)
            if (
                shares_differ(claim, s.text)
                or _part_of_whole_differs(claim, s.text)
                or _figure_for_another_thing(claim, s.text)
                or change_figures_differ(claim, s.text)
            ):
                return verdict(claim, "contradicted", f'The document gives another share: "{s.text}"', c)
            if _share_for_another_time(claim, s.text):
                return verdict(
                    claim, "contradicted", f'The document gives another figure for that time: "{s.text}"', c
                )
            if _comparison_differs(claim, s.text):
                return verdict(claim, "contradicted", f'The document\'s figures say otherwise: "{s.text}"', c)
            evidence_grades = set(grades_in(s.text)) if _GRADE_STATED.search(s.text) else set()
            if claim_grades and evidence_grades and not claim_grades & evidence_grades:
                return verdict(
                    claim,
                    "contradicted",
                    f'The document says {", ".join(sorted(evidence_grades))}: "{s.text}"',
                    c,
                )
            # a length of time the claim gives must be one the sentence gives: its words are not weighed
            numbers_agree = _counts_agree(claim_q, evidence_q, claim, s.text) and (
                DURATION not in claim_q or DURATION in evidence_q
            )
            if _negation_differs(claim, s.text):
                # "was not adequately protecting" never supports "was adequately protecting"; where the
                # sentence holds most of the claim, it says the opposite
                if held >= MOSTLY_HELD and not untied and _names_all(claim, with_antecedent, doc):
                    return verdict(claim, "contradicted", f'The document says otherwise: "{s.text}"', c)
                continue
            # what the sentence points back to decides with it
            c = [*(cite(doc, p.page, p.text, p.chunk.section) for p in pointed), *c]
            if opposite or _level_differs(claim, with_antecedent):
                if held >= ABOUT_THE_SAME and not untied and _names_all(claim, with_antecedent, doc):
                    return verdict(claim, "contradicted", f'The document says otherwise: "{s.text}"', c)
                continue
            if _evaluation_differs(claim, with_antecedent):
                # "attendance ... was low" / "is well attended": where the sentence holds all else, the
                # opposite judgement of the same thing
                if held >= ALL_BUT_FRAMING and not untied and _names_all(claim, with_antecedent, doc):
                    return verdict(claim, "contradicted", f'The document says otherwise: "{s.text}"', c)
                continue
            if _title_differs(claim, with_antecedent):
                return verdict(
                    claim, "contradicted", f'The document gives the person another title: "{s.text}"', c
                )
            if not _names_all(claim, with_antecedent, doc):
                # the claim's words, all of them, said by someone else ("Wendy Williams said the force had
                # improved its training" where Becky Riggs said it): the document attributes it otherwise
                other = _speaker(with_antecedent)
                claimed_speaker = _speaker(claim)
                # what the claim calls its speaker ("chief executive") is who, not what was said
                said_held = max(
                    held,
                    _share_held(with_antecedent, claim_words - _speaker_description(claim), echoed | titled),
                )
                if (
                    other
                    and claimed_speaker
                    and not _same_person(other, claimed_speaker)
                    and said_held >= ALL_BUT_FRAMING
                    and candidate.similarity >= SUPPORT_SIMILARITY - 0.1
                ):
                    return verdict(
                        claim, "contradicted", f'The document attributes this to {other}: "{s.text}"', c
                    )
                continue  # a person or body the claim names that the sentence does not: not the same thing
            # a rare word of the claim said otherwise: only a common verb ("left with 15 recommendations" for
            # "was given"), never what the claim says of it ("swift progress")
            unsaid = {
                w for w in distinctive if w not in echoed and not _is_said(w, with_antecedent, said_forms)
            }
            close = (
                held >= MOSTLY_HELD
                and candidate.similarity >= SUPPORT_SIMILARITY - 0.1
                and all(is_everyday_verb(w, _word_before(claim, w)) for w in unsaid)
            )
            if distinctive and not same_words and not close and not _holds_most(s.text, distinctive - echoed):
                continue  # the sentence lacks what the claim is about ("on site in August")
            # weak likeness held nearly word for word may contradict (a negation, a direction, a figure)
            # but never supports: a wrong "supported" is the worst answer a journalist can get
            weak = candidate.similarity < SUPPORT_SIMILARITY - 0.1 and not (same_words or same_measure)
            # what the claim adds that the sentence never says ("initial" conferences for review conferences,
            # "youth justice" for "looked after"): a common verb may be said otherwise, nothing else
            adds = {
                w
                for w in claim_words - set(distinctive) - echoed
                if not _is_said(w, with_antecedent, said_forms)
                and not is_everyday_verb(w, _word_before(claim, w))
            }
            adds -= _group_of_paragraph(claim, adds, s)
            if (
                (candidate.similarity >= SUPPORT_SIMILARITY or same_words or same_measure or close)
                and numbers_agree
                and not self._figure_unstated_around(claim, claim_q, s, with_antecedent)
                and not weak
                and len(adds) <= MOST_ADDED_WORDS
                # a group named with its number ("12 under-18s") is who is counted: "12 people" are not they
                and not any(re.search(r"\d", w) for w in unsaid | adds)
                and not _goes_both_ways(claim, with_antecedent)
                and not _shares_of_several_things(claim, s.text)
                and not _contrasts_two(claim, with_antecedent)
                and not _qualified_otherwise(claim, with_antecedent)
                # a time of day the claim gives is one the sentence gives ("reviewed at 03:40")
                and set(_CLOCK_TIME.findall(claim)) <= set(_CLOCK_TIME.findall(with_antecedent))
                and not _month_unstated(claim, with_antecedent, doc, self._document_text(doc))
                # "This study examined whether the Department is achieving value for money": what was asked,
                # never what was found
                and not (_WHETHER.search(s.text) and not _WHETHER.search(claim))
            ):
                return verdict(claim, "supported", f'The document says: "{s.text}"', c)
        return verdict(claim, "not_found", "No indexed passage states or contradicts this.")


def _group_of_paragraph(claim: str, unsaid: set[str], sentence: Sentence) -> set[str]:
    """The words of a group of people the claim names ("care leavers") that the sentence leaves unsaid but its
    section heading or its paragraph names, alone, where the sentence names no group of its own ("Young people
    at university return to ..."): the heading or the paragraph says whom it is about."""
    if not unsaid:
        return set()
    stems = phrase_stems(sentence.text)
    if any(holds_phrase(stems, phrase_stems(group)) for group in PEOPLE_GROUPS):
        return set()
    claimed = phrase_stems(claim)
    heading, text = sentence.chunk.section or "", sentence.chunk.text
    if heading and text.startswith(heading):
        text = text[len(heading) :]
    for about in (heading, text):
        words = phrase_stems(about)
        named = {group for group in PEOPLE_GROUPS if holds_phrase(words, phrase_stems(group))}
        asked = {group for group in named if holds_phrase(claimed, phrase_stems(group))}
        if asked and not named - asked:  # several groups would not say which one the sentence means
            return unsaid & {word for group in asked for word in group.split()}
    return set()


# (not "whether in care or at home": either way, which is no question asked)
_WHETHER = re.compile(r"\bwhether\b(?![^.,;]{0,80}\bor\b)", re.I)


def _month_unstated(claim: str, text: str, doc: DocumentMeta | None, whole: str = "") -> bool:
    """The claim dates what it tells to a month ("died ... in April 2025") that the sentence never gives, that
    is not the month of the report it is in ("in its March 2024 report") and that the document (``whole``, its
    text) never writes with that year: nothing there supports the date."""
    # a month as a word of its own ("dec" of "decision" is none), and "May" only with its capital (the verb is
    # none)
    said = {
        MONTHS[m.lower()[:3]]
        for m in re.findall(rf"\b{MONTH_PATTERN}\b", text, re.I)
        if m.lower()[:3] in MONTHS and (m.lower() != "may" or m == "May")
    }
    own = {
        (int(iso[:4]), int(iso[5:7]))
        for iso in ((doc.inspection_start, doc.inspection_end, doc.publication_date) if doc else ())
        if iso and len(iso) >= 7
    }
    for month, year in _MONTH_YEAR.findall(claim):
        number = MONTHS.get(month.lower()[:3])
        if number and number not in said and (int(year), number) not in own:
            written = re.search(
                rf"\b{month[:3]}\w*\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{year}\b", whole, re.I
            )
            if not written:
                return True
    return False


# A time of day ("01:52", "7.40am", "3pm"), read as written
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)


# Words that tie a claim's year to an inspection or its report ("Ofsted's 2019 inspection", "rated in 2019")
_NAMES_AN_INSPECTION = re.compile(
    r"\b(?:inspect\w*|re-?inspect\w*|visit\w*|reports?|reported|rated|judged|graded|verdict|watchdog|regulator|"
    r"inspectorate|ofsted|cqc|hmicfrs|estyn)\b",
    re.I,
)


# A recommendation or requirement: what ought to be done, not what is
# (never an acronym in brackets: "the Malnutrition Universal Screening Tool (MUST)")
_PRESCRIPTIVE = re.compile(
    r"(?<!\()\b(?:should|must|ought\s+to|needs?\s+to|recommend\w*|we\s+expect)\b", re.I
)
# ... and a claim that reports one ("the force was told to", "inspectors called for")
_ASKED_TO = re.compile(
    _PRESCRIPTIVE.pattern
    + r"|\b(?:told|asked|urged|required|expected|advised|directed|ordered)\s+to\b|\bcall(?:s|ed)?\s+(?:on|for)\b|"
    r"\bhas\s+to\b|\bhave\s+to\b|\bhad\s+to\b|\bneeded\s+to\b|\brecommendations?\b|\bimprovements?\s+(?:are\s+)?needed\b",
    re.I,
)
_PRONOUN_START = re.compile(
    # "Although this is below the national average": a connective may come first
    # ("As a result, ..." is an opening of its own, below)
    r"(?:(?:Although|Though|While|Whilst|However|But|Yet|And|Despite)\W+)?"
    r"(?:(?:She|He|They)\s+(?:said|says|told|added|found|also|warned|concluded)\b|"
    # "That conclusion included ...", "This means ...": what it points back to is the sentence before
    r"(?:This|That|These|Those|this|that|these|those)\s+(?:[a-z’'-]+\s+)?"
    r"(?:is|are|was|were|includ\w*|means?|meant|shows?|showed)\b|"
    # "This has resulted in no incidents recurring ...": what came of the thing the sentence before names
    r"(?:This|That)\s+(?:has|have|had)\s+(?:resulted|led|allowed|enabled|helped|meant|ensured|contributed)\b|"
    # "In response, the senior leadership team ...": a reply to what the sentence before found
    r"(?:In\s+response|As\s+a\s+result|Consequently)\b)"
)


def _points_back(text: str) -> bool:
    return bool(_PRONOUN_START.match(text) or _ADDRESSES_WHAT_CAME_BEFORE.search(text))


# "has taken positive action to address this shortfall": a thing named by pointing back to the sentence before
_ADDRESSES_WHAT_CAME_BEFORE = re.compile(
    r"\b(?:address|tackl|resolv|remed|redress|reduc|overcom|respond\w*\s+to|mitigat)\w*\s+(?:this|these|that|those)\s+"
    r"(?!year|month|week|time|inspection|report)[a-z]+\b"
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|wasn[’']t|isn[’']t|weren[’']t|aren[’']t|didn[’']t|doesn[’']t|don[’']t|nor|without|lack\w*|fail\w*\s+to)\b",
    re.I,
)
DISTINCTIVE_CLAIM_RARITY = 0.5  # a claim word most reports never use says what the claim is about


NEGATION_REACH = 5  # words after a negation that it denies ("are not having their needs and circumstances")


def _negated_stems(text: str) -> dict[str, bool]:
    """Each word's stem, and whether a negation stands within NEGATION_REACH words before it."""
    tokens = re.findall(r"[A-Za-z’'-]+", text.lower())
    found: dict[str, bool] = {}
    for at, token in enumerate(tokens):
        if len(token) < 4 or _NEGATION.fullmatch(token):
            continue
        negated = bool(_NEGATION.search(" ".join(tokens[max(0, at - NEGATION_REACH) : at])))
        found[word_stem(token)] = found.get(word_stem(token), False) or negated
    return found


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:but|however|although|though|whereas|while|yet)\b", re.I)


def _stems(text: str) -> set[str]:
    return {word_stem(t) for t in re.findall(r"[A-Za-z’'-]+", text.lower()) if len(t) >= 4}


def _clause_about(text: str, stems: set[str]) -> str:
    """The clause of the text that holds most of the given words: where it says what both texts speak of."""
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c and c.strip()]
    return max(clauses, key=lambda c: len(_stems(c) & stems), default=text)


def _negated_heads(text: str, shared: set[str]) -> set[str]:
    """For each negation, the first word both texts use that follows it closely: what it denies."""
    tokens = re.findall(r"[A-Za-z’'-]+", text.lower())
    heads = set()
    for at, token in enumerate(tokens):
        if _NEGATION.fullmatch(token) or token.endswith(("n’t", "n't")):
            for later in tokens[at + 1 : at + 1 + NEGATION_REACH]:
                if word_stem(later) in shared:
                    heads.add(word_stem(later))
                    break
    return heads


def _negation_differs(claim: str, sentence: str) -> bool:
    """What both speak of is denied in one and not in the other: a negation stands before a word they
    share in one only ("was not adequately protecting" / "was adequately protecting"). Shared words far
    from any negation are not denied ("wasn't adequately protecting all children who were at risk because
    of widespread and systemic failings" does not deny the failings)."""
    shared = _stems(claim) & _stems(sentence)
    return bool(shared) and _negated_heads(claim, shared) != _negated_heads(sentence, shared)


_RANK_PREFIX = r"Assistant|Deputy|Acting|Interim|Former|Vice|Temporary"
_PROPER = re.compile(r"\b([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+)")
# words that open a sentence before a name ("Some Rutland children ..."), never part of it
_LEADING = re.compile(
    r"^(?:The|A|An|In|On|At|By|For|Its|Their|This|That|After|Before|Some|Most|Many|All|Few|No|Several|Only|Every)"
    r"\s+"
)


_RANKED_TITLE = re.compile(rf"\b(?:{_RANK_PREFIX})\s+((?:[A-Z][a-z’'-]+\s+){{1,5}}[A-Z][a-z’'-]+)")


def _title_differs(claim: str, sentence: str) -> bool:
    """The sentence gives a person the claim names a rank before the title the claim gives them ("Assistant
    Chief Constable Becky Riggs" where the claim has "Becky Riggs, Staffordshire's Chief Constable"): the
    claim has the person's job wrong."""
    for match in _RANKED_TITLE.finditer(sentence):
        words = match.group(1).split()
        for cut in range(1, len(words)):
            title, person = " ".join(words[:cut]), " ".join(words[cut:])
            if (
                " " in person
                and person in claim
                and re.search(rf"\b{re.escape(title)}\b", claim)
                and not re.search(rf"\b(?:{_RANK_PREFIX})\s+{re.escape(title)}\b", claim, re.I)
            ):
                return True
    return False


def _names_all(claim: str, sentence: str, doc: DocumentMeta) -> bool:
    """Every multi-word name in the claim (a person, a body) is in the sentence, or is the document's own
    organisation (a report seldom repeats its subject's name)."""
    own = (doc.organisation or "").lower()
    low = sentence.lower()
    # "Solihull's November 2019 inspection", "Staffordshire's Chief Constable": a possessive ends a name
    # (what follows may be another: a title), and a month is none
    segments = [part for match in _PROPER.finditer(claim) for part in re.split(r"[’']s\b", match.group(1))]
    for segment in segments:
        name = _LEADING.sub("", segment.strip())
        name = " ".join(w for w in name.split() if w not in MONTH_NAMES)
        if " " not in name:
            continue  # one capitalised word is as often the start of a sentence as a name
        if any(p.search(name) for p in INSPECTORATE_PATTERNS.values()):
            continue
        if re.search(rf"\b(?:{_RANK_PREFIX})\s+{re.escape(name)}\b", sentence, re.I) and not re.search(
            rf"\b(?:{_RANK_PREFIX})\s+{re.escape(name)}\b", claim, re.I
        ):
            return False  # "Chief Constable" is not the "Assistant Chief Constable" the sentence names
        if name.lower() in low or (own and name.split()[0].lower() in own):
            continue
        if re.search(rf"\b{re.escape(name)}\b", doc.title or "", re.I) and not re.search(
            rf"\b[A-Z][\w’'-]*\s+{re.escape(name.split()[-1])}\b", sentence
        ):
            # what the report's title says it is about ("... the Homes Closer to Home Programme"), where the
            # sentence names no other of its kind ("the Staying Close Programme")
            continue
        if len(name.split()) >= 3 and " ".join(name.split()[-2:]).lower() in low:
            continue  # a title before a person's name ("... Constabulary Wendy Williams"), written apart
        if name.split()[0] in MONTH_NAMES:
            continue
        return False
    return True


def _holds_most(sentence: str, words: set[str]) -> bool:
    if not words:
        return True  # every one said, in other words
    forms = _said_forms(sentence)
    return sum(_is_said(w, sentence, forms) for w in words) * 2 >= len(words)


# How a claim is framed ("Ofsted's 2019 report noted that ..."), never what it claims: reporting verbs, the
# inspection itself, and words of how any sentence is put.
_CLAIM_FRAME = frozenset(
    "said says found find finds noted notes reported reports stated states concluded concludes praised "
    "criticised criticized highlighted described describes told warned judged rated graded inspection "
    "inspections inspectors inspector inspected re-inspection reinspection report visit visited that this these "
    "those with from were "
    "have been their which about also there when where what every each other than into onto over under "
    "while would could should being having local area partnership "
    # the inspected body as the claim refers to it ("the force", "the council"), and the inspection as a
    # point in time ("after the 2025 inspection"): which document, not what it says
    "force council authority constabulary after following".split()
)


# "... in response to the CQC assessment", "following the inspection": why or when it was said, not what
_IN_REPLY_TO = re.compile(
    r"\b(?:in\s+)?(?:respon\w*|reply\w*|reacting|reaction)\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:report|inspection|assessment|findings|visit|review|verdict|criticism)s?\b",
    re.I,
)


# "according to the area SEND inspection published in 2025", "by the time of Ofsted's 2015 inspection":
# which document, and when, the claim speaks of; never what it claims
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:report|inspection|assessment|visit|review|inspectors|inspectorate|letter|findings)s?\b"
    r"(?:\s+(?:published|released|carried\s+out|conducted)\s+in\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d)?|"
    r"\b(?:at|by)\s+the\s+time\s+(?:of|that)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:report|inspection|assessment|visit|review|inspectors?)s?\b",
    re.I,
)


# A part of the year before a year ("early 2017", "autumn 2018") and the words that bound a figure ("more
# than 40%", "at least 12"): when, and how a figure is put, which the figures themselves are checked for
_TIME_OF_YEAR = re.compile(
    r"\b(?:early|late|mid|spring|summer|autumn|winter)[\s-]+(?:of\s+)?(?=(?:19|20)\d\d\b)", re.I
)
_FIGURE_BOUND = re.compile(
    # ("just 73 of the 120", "only six children": how a figure is put)
    r"\b(?:(?:more|fewer|less|greater|higher|lower)\s+than|at\s+least|at\s+most|up\s+to|upwards\s+of|just|only|merely)"
    r"(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:third|quarter|half|fifth)))",
    re.I,
)


def _claim_words(claim: str) -> set[str]:
    claim = without_durations(_ACCORDING_TO.sub(" ", _IN_REPLY_TO.sub(" ", claim)))
    claim = _FIGURE_BOUND.sub(" ", _TIME_OF_YEAR.sub(" ", claim))
    words = {
        re.sub(r"[’']s$", "", w.lower()).strip("-")
        # "under-18s" is one word, a group of people, which "less than 18 years old" does not name
        for w in re.findall(r"[A-Za-z][a-z’'-]{3,}(?:(?<=-)\d+[a-z]*)?", claim)
        if not w[0].isupper()
    }
    return {w for w in words if len(w) >= 4} - _CLAIM_FRAME - _CLAIM_LINKS - GENERIC_INSPECTORATE_WORDS


# Words that link what a claim says, never part of it: "because of staff turnover" is held by "staff turnover
# has resulted in"
_CLAIM_LINKS = frozenset("because among amongst through throughout upon via".split())

# Endings that make one word of another ("persistently" of "persistent", "absence" of "absent",
# "prevention" of "prevent"): a claim's word is held by a sentence that writes it in another of these forms
_DERIVED_ENDINGS = (("ly", ""), ("ence", "ent"), ("ance", "ant"), ("ion", ""), ("ment", ""))
SHORTEST_DERIVED_ROOT = 5  # "station" is not "stat"; "prevention" is "prevent"


def _derived_stems(word: str) -> set[str]:
    """The stems a word may be held by: its own, without its hyphens ("re-open" is "reopen"), and its root
    where it ends as another form of a word."""
    low = word.lower().replace("’", "'")
    forms = {word_stem(low)}
    if "-" in low.strip("-"):
        forms.add(word_stem(low.replace("-", "")))
    for ending, root_end in _DERIVED_ENDINGS:
        root = low[: -len(ending)] + root_end
        if low.endswith(ending) and len(root) >= SHORTEST_DERIVED_ROOT:
            forms.add(word_stem(root))
    return forms


def _said_forms(text: str) -> set[str]:
    """Every form (see _derived_stems) of every word of the text."""
    return {form for token in re.findall(r"[A-Za-z’'-]+", text) for form in _derived_stems(token)}


def _is_said(word: str, text: str, forms: set[str] | None = None) -> bool:
    """The text says the word: in one of its forms, or in another phrasing of its group."""
    held = forms if forms is not None else _said_forms(text)
    return bool(_derived_stems(word) & held) or said_in_other_words(word, text)


def _word_before(text: str, word: str) -> str:
    match = re.search(rf"([A-Za-z’']+)\s+{re.escape(word)}\b", text, re.I)
    return match.group(1) if match else ""


def _share_held(sentence: str, words: set[str], echoed: frozenset[str] | set[str] = frozenset()) -> float:
    """The share of the claim's words (in any of their forms) the sentence uses; ``echoed`` words it says in
    its own way."""
    if not words:
        return 0.0
    forms = _said_forms(sentence)
    return sum(w in echoed or _is_said(w, sentence, forms) for w in words) / len(words)


# Which way a statement goes. A claim going one way and a sentence on the same thing going the other
# contradict each other ("had improved" / "there has been a decline"; "most plans" / "very few plans").
_DIRECTIONS = (
    (
        re.compile(r"\b(?:improv\w*|better|strengthen\w*|progress\w*)\b", re.I),
        re.compile(
            r"\b(?:declin\w*|deteriorat\w*|worse\w*|weaken\w*|backwards?|regress\w*|"
            r"slipp?(?:ed|ing|s)?\s+back)\b",
            re.I,
        ),
    ),
    (
        re.compile(
            r"\b(?:ris(?:e|es|ing|en)|rose|increas\w*|grow\w*|grew|higher|more|(?:go(?:es|ing|ne)?|went)\s+up)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:fall(?:s|ing|en)?|fell|reduc\w*|decreas\w*|drop\w*|lower|fewer|less|"
            r"(?:com(?:e|es|ing)|came|go(?:es|ing|ne)?|went)\s+down)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\b(?:meet(?:s|ing)?|met|exceed\w*|above|achiev\w*|surpass\w*)\b", re.I),
        re.compile(
            r"\b(?:below|short\s+of|miss(?:es|ed|ing)?|fell\s+short|under\s+(?:the|its)\s+target)\b", re.I
        ),
    ),
    (
        re.compile(r"\b(?:swift\w*|quick\w*|rapid\w*|fast|prompt\w*|timely)\b", re.I),
        re.compile(r"\b(?:slow\w*|delay\w*|sluggish|late)\b", re.I),
    ),
    (  # against a comparator ("above the England average" / "lower than the England average")
        re.compile(
            r"\b(?:above|exceed\w*|(?:higher|greater|larger|bigger)\s+(?:[\w-]+\s+){0,6}?than)\b", re.I
        ),
        re.compile(r"\b(?:below|(?:lower|smaller)\s+(?:[\w-]+\s+){0,6}?than)\b", re.I),
    ),
    (  # a level ("re-referral rates are high" / "low in comparison")
        re.compile(r"\b(?:high|higher|highest)\b", re.I),
        re.compile(r"\b(?:low|lower|lowest)\b", re.I),
    ),
    (  # how well it works ("strong arrangements" / "substantial weaknesses in the arrangements")
        re.compile(r"\b(?:strong|stronger|strength\w*|robust|effective|effectively)\b", re.I),
        re.compile(
            r"\b(?:weak|weaker|weakness\w*|ineffective\w*|poor|fragile|deficien\w*)\b|"
            # "needed to be better at investigating ..." is no strength
            r"\b(?:needs?|needed|must|has\s+to|had\s+to)\s+(?:to\s+)?(?:be\s+)?(?:better|improve)\b|"
            r"\brequir\w*\s+improvement\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\b(?:most|all|every|majority|nearly\s+all|almost\s+all|many)\b", re.I),
        re.compile(
            r"\b(?:few|none|minority|hardly\s+any|not\s+all|not\s+every|small\s+number|handful|not\s+many)\b",
            re.I,
        ),
    ),
)


# Every one, against fewer than every one: "every young person was registered with a dentist" / "only 15
# young people were", "all but one", "almost all"
_DIRECTIONS += (
    (
        re.compile(
            r"\b(?:every(?:one|body)?|each|(?<!almost\s)(?<!nearly\s)(?<!virtually\s)all(?!\s+but\b))\b", re.I
        ),
        re.compile(
            r"\ball\s+but\b|\b(?:almost|nearly|virtually)\s+(?:all|every)|\bnot\s+(?:all|every)|"
            # a part counted of a whole ("made 7 recommendations, of which the Home Office accepted 5", "21 of
            # the 27 young people")
            r"\bof\s+(?:which|whom|them|these|those)\b[^.]{0,60}?\b(?:\d+|one|two|three|four|five|six|seven|eight|"
            r"nine|ten)\b|\b\d+\s+(?:out\s+)?of\s+(?:the\s+|these\s+|its\s+|their\s+)?\d+\b|"
            r"\bonly\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:few|minority|small|third|quarter)|"
            r"some|half|a\s+handful)",
            re.I,
        ),
    ),
)


def _direction_echoed(claim: str, sentence: str) -> set[str]:
    """The claim's words that say which way a thing goes ("coming down") where the sentence says the same way
    in its own words ("is reducing"): said, though not written alike."""
    echoed: set[str] = set()
    for pair in _DIRECTIONS:
        for way in pair:
            if way.search(sentence):
                for match in way.finditer(claim):
                    echoed |= {w.lower() for w in re.findall(r"[A-Za-z][a-z’'-]+", match.group(0))}
    return echoed


_ALL_OF = re.compile(
    r"(?<!\bnot\s)(?<!n[’']t\s)(?<!\bnearly\s)(?<!\balmost\s)(?<!\bvirtually\s)"
    r"\b(?:all|every)\s+(?:the\s+|its\s+|their\s+|of\s+the\s+)?([a-z][a-z’'-]+)",
    re.I,
)


# "Most of the 22 children ...", "fewer than half of its 40 ...": a share of a whole the claim counts
_MOST_OF_COUNTED = re.compile(
    r"\b(?P<share>most|the\s+majority|more\s+than\s+half|over\s+half|less\s+than\s+half|fewer\s+than\s+half|"
    r"under\s+half|a\s+minority)\s+of\s+(?:the|its|their)?\s*(?P<whole>\d[\d,]*)\b",
    re.I,
)


def _part_of_whole_differs(claim: str, sentence: str) -> bool:
    """The claim puts more (or fewer) than half of a whole it counts on a side ("Most of the 22 children ...
    were planned admissions") and the sentence counts that whole and one part of it, of a thing the claim
    names, on the other side ("of 22 children who became looked after ..., only 10 admissions were planned")."""
    match = _MOST_OF_COUNTED.search(claim)
    if match is None:
        return False
    whole = float(match.group("whole").replace(",", ""))
    counted = quantities(sentence)
    if not any(whole in values for values in counted.values()):
        return False
    claimed = _stems(claim)
    parts = [
        value
        for unit, values in counted.items()
        for value in values
        if value < whole and unit and word_stem(unit) in claimed
    ]
    if len(parts) != 1:
        return False  # no part of it, or several: which one the claim means is not clear
    more_than_half = not re.match(r"(?:less|fewer|under|a\s+minority)", match.group("share"), re.I)
    return parts[0] / whole <= 0.5 if more_than_half else parts[0] / whole >= 0.5


# Short words of how good or how much ("was low", "well attended"): the sentence must say the claim's own
_EVALUATION = {
    "low": "low", "lower": "low", "lowest": "low", "high": "high", "higher": "high", "highest": "high",
    "poor": "poor", "poorly": "poor", "weak": "poor", "bad": "poor", "badly": "poor",
    "good": "good", "well": "good", "strong": "good", "strongly": "good",
}  # fmt: skip
_OPPOSITE_EVALUATION = {("low", "good"), ("low", "high"), ("high", "low"), ("poor", "good"), ("good", "poor")}


def _evaluation_differs(claim: str, sentence: str) -> bool:
    """The claim judges something in one short word ("attendance ... was low") and the sentence in its
    opposite ("is well attended"), never in the claim's own: it does not say the same."""
    said, found = _judgements(claim), _judgements(sentence)
    return (
        bool(said) and not said & found and any((a, b) in _OPPOSITE_EVALUATION for a in said for b in found)
    )


def _judgements(text: str) -> set[str]:
    # ("as well as", "well-being", "high-quality" are no judgement of their own)
    plain = re.sub(r"\bas\s+well\b|\b\w+-\w+", " ", text.lower())
    return {_EVALUATION[w] for w in re.findall(r"[a-z]+", plain) if w in _EVALUATION}


def _all_against_some(claim: str, sentence: str) -> bool:
    """The claim says "all" or "every" of a thing the sentence says "some" of ("slow in all areas" / "slow in
    some areas"): fewer than every one."""
    for match in _ALL_OF.finditer(claim):
        stem = word_stem(match.group(1))
        if any(word_stem(m) == stem for m in re.findall(r"\bsome\s+([a-z][a-z’'-]+)", sentence, re.I)):
            return True
    return False


# "more approved adopters than children waiting": two things compared, each by the words that name it
_MORE_THAN = re.compile(
    r"\b(more|fewer|less)\s+((?:[a-z’'-]+\s+){0,3}?[a-z’'-]+)\s+than\s+((?:[a-z’'-]+\s+){0,4}?[a-z’'-]+)",
    re.I,
)
COUNTED_WORDS_REACH = 4  # words after a number that say what it counts ("106 children waiting for adoption")


def _comparison_differs(claim: str, sentence: str) -> bool:
    """The claim says there were more (or fewer) of one thing than of another and the sentence counts both
    the other way ("more approved adopters than children waiting" / "106 children waiting for adoption and 59
    approved adopters")."""
    match = _MORE_THAN.search(claim)
    if not match:
        return False
    first, second = (
        {word_stem(w) for w in match.group(i).split() if not is_function_word(w)} for i in (2, 3)
    )
    first, second = first - second, second - first  # what tells the two apart
    counts: dict[str, float] = {}
    for number in _QUANTITY.finditer(sentence):
        if re.fullmatch(r"(?:19|20)\d\d", number.group(1)):
            continue
        after = re.findall(r"[A-Za-z’'-]+", sentence[number.start(1) + len(number.group(1)) :])
        stems = {word_stem(w) for w in after[:COUNTED_WORDS_REACH]}
        for name, words in (("first", first), ("second", second)):
            if words & stems and name not in counts:
                counts[name] = _value(number.group(1))
    if len(counts) < 2 or counts["first"] == counts["second"]:
        return False
    more = match.group(1).lower() == "more"
    return (counts["first"] > counts["second"]) != more


def _way_words(claim: str) -> set[str]:
    """The claim's words that say which way a thing goes ("gone backwards", "rising")."""
    return {
        w.lower()
        for pair in _DIRECTIONS
        for way in pair
        for match in way.finditer(claim)
        for w in re.findall(r"[A-Za-z][a-z’'-]+", match.group(0))
    }


TITLE_SUBJECT_RARITY = 0.1  # a title word most reports use ("children", "services") names no subject


def _titled(words: set[str], doc: DocumentMeta, profile: CorpusProfile) -> set[str]:
    """The claim's words that the document's title uses (the same word, in any of its forms), less those
    nearly every report uses."""
    title = {word_stem(w) for w in re.findall(r"[A-Za-z’'-]+", doc.title or "") if len(w) >= 4}
    return {
        w for w in words if word_stem(w) in title and profile.rarity(word_stem(w)) >= TITLE_SUBJECT_RARITY
    }


def _abbreviated(claim: str, sentence: str, defined: list[tuple[str, list[str]]]) -> set[str]:
    """The claim's words for a thing the sentence writes as the document's abbreviation for it ("body-worn
    video" where the sentence has "BWV")."""
    said: set[str] = set()
    for abbreviation, words in defined:
        if not re.search(rf"\b{re.escape(abbreviation)}s?\b", sentence):
            continue
        written = writes_out(claim, words)
        if written:
            # the claim's words inside what was written out ("body-worn" of "body worn video"), no others
            inside = set(written.group(0).split())
            said |= {w for w in re.findall(r"[a-z’'-]+", claim.lower()) if set(w.split("-")) <= inside}
    return said


def _phrased_otherwise(claim: str, sentence: str) -> set[str]:
    """The claim's words of a phrase that the sentence writes in another phrasing of its group ("shut down"
    where the sentence has "closure", "independent reviewing officer" where it has "IRO"): said, though in other
    words. One word at a time would miss a phrase whose words mean nothing alone ("shut", "down")."""
    otherwise = said_otherwise(claim, writer_of(sentence))
    return {w.lower() for w in re.findall(r"[A-Za-z][a-z’'-]+", claim) if word_stem(w) in otherwise}


def _shares_of_several_things(claim: str, sentence: str) -> bool:
    """The claim gives a share and the sentence several ("contact is made in 93% of cases, but only 40% of
    children agree to an interview"): unless the words the claim puts after its share follow the same figure
    in the sentence, which share goes with what the claim says is not told, so the sentence cannot support it."""
    several = bool(shares(claim)) and len(set(shares(sentence))) >= 2
    return several and not _attached_share_agrees(claim, sentence)


SHARE_WORDS_REACH = 8  # words after a share that say what it is a share of ("40% of children agree to ...")


def _share_of(text: str, end: int, stop: int) -> set[str]:
    """The stems of the words that follow a share, up to the next share: what it is a share of."""
    words = re.findall(r"[A-Za-z][a-z’'-]+", text[end:stop])[:SHARE_WORDS_REACH]
    return {word_stem(w.lower()) for w in words if len(w) >= 4 and not is_function_word(w)}


def _attached_share_agrees(claim: str, sentence: str) -> bool | None:
    """Where the claim gives one share and the sentence several: whether the sentence's figure that the
    claim's words follow is the claim's ("40% of children agree to an interview"), or another ("93% ...
    agreed to a return interview" where 93% is of contacts made); None where the words do not tell."""
    claimed = list(_SHARE.finditer(claim))
    stated = list(_SHARE.finditer(sentence))
    if len(claimed) != 1 or len(stated) < 2:
        return None
    said = _share_of(claim, claimed[0].end(), len(claim))
    stops = [m.start() for m in stated[1:]] + [len(sentence)]
    overlaps = [len(said & _share_of(sentence, m.end(), stop)) for m, stop in zip(stated, stops, strict=True)]
    best = max(range(len(stated)), key=lambda i: overlaps[i])
    if overlaps[best] < 2 or overlaps.count(overlaps[best]) > 1:
        return None
    return not shares_differ(claimed[0].group(0), stated[best].group(0))


def _share_for_another_time(claim: str, sentence: str) -> bool:
    """The claim gives one share and a time; the sentence gives two shares, each with its own time, and the
    claim's time goes with the other share ("63% ... in 2025-2026" where the sentence has "In July to September
    2026, 63% ..., compared with 46% in 2025-2026"). Each year goes with the share nearest it."""
    claimed = list(_SHARE.finditer(claim))
    said_years = set(_YEARS.findall(_REPORT_DATED.sub(" ", claim)))
    stated = list(_SHARE.finditer(sentence))
    if len(claimed) != 1 or not said_years or len(stated) < 2:
        return False
    years_of: dict[int, set[str]] = {}
    for year in _YEARS.finditer(sentence):
        nearest = min(range(len(stated)), key=lambda i: abs(stated[i].start() - year.start()))
        years_of.setdefault(nearest, set()).add(year.group(0))
    same = [i for i, m in enumerate(stated) if not shares_differ(claimed[0].group(0), m.group(0))]
    other = [i for i, m in enumerate(stated) if shares_differ(claimed[0].group(0), m.group(0))]
    own_years = set().union(*(years_of.get(i, set()) for i in same))
    other_years = set().union(*(years_of.get(i, set()) for i in other))
    return bool(same and other and said_years & other_years) and not said_years <= own_years


def _share_of_same_thing(claim: str, sentence: str) -> bool:
    """Each gives one share, and the words after it say it is a share of the same thing ("half of families")."""
    claimed, stated = list(_SHARE.finditer(claim)), list(_SHARE.finditer(sentence))
    if len(claimed) != 1 or len(stated) != 1:
        return False
    of_claimed = _share_of(claim, claimed[0].end(), len(claim))
    of_stated = _share_of(sentence, stated[0].end(), len(sentence))
    return len(of_claimed & of_stated) >= 2


def _figure_for_another_thing(claim: str, sentence: str) -> bool:
    """The claim puts on what it says a figure the sentence gives for something else."""
    return _attached_share_agrees(claim, sentence) is False and any(
        not shares_differ(claim, m.group(0)) for m in _SHARE.finditer(sentence)
    )


# A sentence that sets two groups side by side ("Care leavers living out of borough do not receive support,
# unlike those living in the borough who are exempt"): which group the claim's words go with, the words do
# not tell
_CONTRAST = re.compile(r"\b(?:unlike|whereas|in\s+contrast\s+(?:to|with))\b", re.I)


def _contrasts_two(claim: str, sentence: str) -> bool:
    return bool(_CONTRAST.search(sentence)) and not _CONTRAST.search(claim)


MODIFIER_REACH = 3  # words before a noun that say which of its kind it is ("initial child protection")
_RUN_BREAK = re.compile(r"[,.;:()\[\]%]|\s[-–]\s")


def _modifiers(text: str) -> dict[str, set[str]]:
    """Each noun's stem -> the stems of the words just before it that say which of its kind it is."""
    found: dict[str, set[str]] = {}
    for part in _RUN_BREAK.split(text.lower()):
        run: list[str] = []
        for token in re.findall(r"[a-z’'-]+", part):
            word = re.sub(r"[’']s?$", "", token)
            readings = word_readings(word)
            if (
                len(word) < 3
                or word in _MODIFIER_STOP
                or is_function_word(word)
                or (readings and not readings.keys() & {"NOUN", "ADJ"})
            ):
                run = []  # a verb ("promised HMICFRS") or a small word ends the words before a noun
                continue
            stem = word_stem(word)
            found.setdefault(stem, set()).update(run[-MODIFIER_REACH:])
            # whose it is ("the council's service") says nothing of which kind
            run = [] if token != word else [*run, stem]
    return found


_MODIFIER_STOP = frozenset(
    "the and for are was were has have had its their this that these those with all most many some few more "
    "less much very not any each every both such other own only just also new will would "
    # when, which people word as they please ("the previous year" is "the last year")
    "previous last earlier earliest recent past prior next following current latest first second third".split()
)


# Words of one meaning, which never make two kinds of a thing (a topic's phrasings, "drug" and "alcohol" of
# substance misuse, do)
_SAME_MEANING: dict[str, set[str]] = {"biggest": {"largest"}, "largest": {"biggest"}}


def _qualified_otherwise(claim: str, sentence: str) -> bool:
    """The same thing of another kind: the claim's "initial child protection conferences" where the sentence
    has "child protection review conferences". Each says of it a word the other never uses."""
    claim_mods, said_mods = _modifiers(claim), _modifiers(sentence)
    claim_stems, said_stems = set(claim_mods), set(said_mods)
    for noun in claim_stems & said_stems:
        if not claim_mods[noun] or not said_mods[noun]:
            continue
        # (a word the other says in a word of the same meaning is no other kind: "biggest" / "largest")
        only_claimed = {
            w for w in claim_mods[noun] - said_stems if not _SAME_MEANING.get(w, set()) & said_stems
        }
        only_said = {
            w for w in said_mods[noun] - claim_stems if not _SAME_MEANING.get(w, set()) & claim_stems
        }
        if only_claimed and only_said:
            return True
    return False


# A figure and the way it goes, said alike by both ("40% more frontline social workers"): the same statement
# of change, which no other direction in the sentence unsettles
_FIGURED_CHANGE = re.compile(r"\b\d[\d,.]*\s*(?:%|per\s*cent)?\s+(?:more|fewer|less|higher|lower)\b", re.I)


def _goes_both_ways(claim: str, sentence: str) -> bool:
    """The claim goes one way on a scale and the sentence both ("while most care leavers are offered a
    copy, only a small number of them take this up"): which way the claim's own point goes, the words do
    not tell, so the sentence cannot support it."""
    for change in {m.group(0).lower() for m in _FIGURED_CHANGE.finditer(claim)}:
        if change in sentence.lower():
            pattern = re.compile(re.escape(change), re.I)
            claim, sentence = pattern.sub(" ", claim), pattern.sub(" ", sentence)
    for up, down in _DIRECTIONS:
        claim_up, claim_down = bool(up.search(claim)), bool(down.search(claim))
        if claim_up != claim_down and up.search(sentence) and down.search(sentence):
            return True
    return False


# Where a figure stands against a comparator: above or below it, or level with it ("in line with national
# and regional comparators"). A claim that puts it above or below and a sentence that puts it level (or the
# other way round) contradict each other.
_COMPARATOR = r"(?:average|averages|national\w*|regional\w*|neighbours?|comparators?|England|similar\s+(?:areas|authorities|councils))"
_LEVEL_WITH = re.compile(
    r"\b(?:in\s+line\s+with|similar\s+to|comparable\s+(?:to|with)|consistent\s+with|on\s+a\s+par\s+with|"
    r"(?:broadly\s+)?the\s+same\s+as|level\s+with)\s+(?:\w+\s+){0,4}?" + _COMPARATOR + r"\b",
    re.I,
)
_ABOVE_OR_BELOW = re.compile(
    r"\b(?:above|below|exceed\w*|(?:higher|greater|larger|bigger|lower|smaller|better|worse)\s+(?:[\w-]+\s+){0,6}?than)\s+"
    r"(?:\w+\s+){0,4}?" + _COMPARATOR + r"\b|\b(?:above|below)\s+(?:the\s+)?(?:\w+\s+)?" + _COMPARATOR,
    re.I,
)


_LEVEL_RELATION_WORDS = frozenset(
    "above below exceed exceeds exceeded higher greater larger bigger lower smaller better worse than line par "
    "similar comparable consistent same level".split()
)


def _level_words(claim: str) -> set[str]:
    """The claim's words that place a figure against its comparator ("better", "national", "average")."""
    if not (_LEVEL_WITH.search(claim) or _ABOVE_OR_BELOW.search(claim)):
        return set()
    # the relation and what it is against ("better ... than the national average"), never the measure between
    # them ("did better in reading and writing than ...")
    words = {w.lower() for w in re.findall(r"[A-Za-z’'-]+", claim)}
    return {w for w in words if w in _LEVEL_RELATION_WORDS or re.fullmatch(_COMPARATOR, w, re.I)}


def _level_differs(claim: str, sentence: str) -> bool:
    """One puts the figure above or below its comparator and the other level with it."""
    claim_level, said_level = bool(_LEVEL_WITH.search(claim)), bool(_LEVEL_WITH.search(sentence))
    claim_off, said_off = bool(_ABOVE_OR_BELOW.search(claim)), bool(_ABOVE_OR_BELOW.search(sentence))
    return (claim_off and not claim_level and said_level and not said_off) or (
        claim_level and not claim_off and said_off and not said_level
    )


def _direction_differs(claim: str, sentence: str, whole: bool = False) -> bool:
    """The claim goes one way and the sentence only the other, on one of the scales above (each read in
    its clause that holds most of what both speak of; ``whole``: the sentence as a whole, for one that
    takes its meaning from the one before, "That conclusion included ...")."""
    shared = _stems(claim) & _stems(sentence)
    claim_clause = _clause_about(claim, shared)
    sentence_clause = sentence if whole else _clause_about(sentence, shared)
    for up, down in _DIRECTIONS:
        # each side read in its clause about the claim, unless that clause does not go either way on this
        # scale: then a clause of its own may ("..., meeting the target" / "..., below the target")
        texts = [
            clause if (up.search(clause) or down.search(clause)) else whole
            for clause, whole in ((claim_clause, claim), (sentence_clause, sentence))
        ]
        claim_up, claim_down = bool(up.search(texts[0])), bool(down.search(texts[0]))
        said_up, said_down = bool(up.search(texts[1])), bool(down.search(texts[1]))
        if claim_up != claim_down and said_up != said_down and claim_up != said_up:
            return True
    return False


# Who says it: a name just before a verb of saying ("Becky Riggs said", "Wendy Williams, told"), or after
# "according to".
_SAYING = (
    r"(?:said|says|told|stated|states|warned|added|stressed|promised|pledged|admitted|insisted|concluded|"
    r"explained|acknowledged|claimed)"
)
# a word of a name, double-barrelled or with a prefix too ("Brindley-Shaw", "O'Neill", "McDonald")
_NAME_WORD = r"(?:Mc|Mac|O[’'])?[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*"
_SPEAKER_NAME = re.compile(
    # (a name and what they are between commas, in words not all names: "Lionel Stanbury, the partnership's
    # Independent Scrutineer, said", never "Assistant Chief Constable, Becky Riggs, said")
    rf"\b({_NAME_WORD}(?:\s+{_NAME_WORD})+)(?:,\s+(?=[^,]*\b[a-z])[^,.“\"]{{3,80}})?,?\s+{_SAYING}\b|"
    rf"\baccording\s+to\s+({_NAME_WORD}(?:\s+{_NAME_WORD})+)"
)


# A sentence inside a quotation that a sentence before opened: it opens with a quote mark (a quotation's new
# paragraph), speaks as "we" or "I" (a statement's words; a report's own "We found ..." is read so only where
# a sentence just before opened a quotation and left it open), or closes a quotation it never opened
_QUOTE_GOES_ON = re.compile(
    r"^\s*(?:[“\"‘]|(?:(?:And|But|So)\s+)?(?:We|Our|My|Us)\b|(?:(?:And|But|So)\s+)?I\s)"
)
# (British style puts the full stop after the closing mark: “we accept the findings”.)
_QUOTE_CLOSED = re.compile(r"[”\"’][.!?]?\s*$")


def _left_open(text: str) -> bool:
    """More quotation marks open than close in the sentence, or it ends with a colon and the quotation is set
    out after it: the quotation goes on after it."""
    if text.rstrip().endswith(":"):
        return True
    opening = text.count("“") + text.count("‘")
    closing = text.count("”") + len(re.findall(r"’(?![a-z])", text))
    straight = text.count('"')
    return opening > closing or straight % 2 == 1


def _inside_a_quotation(text: str) -> bool:
    if _SAYS.search(text):
        return False  # it says who speaks itself
    closes_unopened = bool(_QUOTE_CLOSED.search(text)) and not re.search(r"[“‘]|(?:^|\s)\"", text)
    return bool(_QUOTE_GOES_ON.match(text)) or closes_unopened


_SAYS = re.compile(rf"\b{_SAYING}\b")
# ... and the one that opened it, naming who says it ("Helen Brindley-Shaw, Director ..., said: “Rory's ...")
# (or ends with its colon, the quotation set out as paragraphs after it)
_QUOTE_OPENED = re.compile(rf"\b{_SAYING}\b(?:[:,]?\s*[“\"‘]|:\s*$)")
QUOTE_LOOKBACK = 4  # sentences back to the one that opened the quotation: a statement's few paragraphs


def _speaker_match(text: str) -> re.Match[str] | None:
    """Where the text names the person a statement is put in the mouth of: a name by the verb of saying."""
    for match in _SPEAKER_NAME.finditer(text):
        words = (match.group(1) or match.group(2)).split()
        if words[0] in _NOT_A_NAME_START or any(w in MONTH_NAMES for w in words):
            continue  # "Last September, the chief executive said", "In Kestermoor, the council said"
        # a title or a body before the name ("HM Inspector Wendy Williams", "Staffordshire Police"): a person's
        # name is its last two words, and a body's words are no person
        if any(w in ("Police", "Council", "Constabulary", "Ofsted", "Inspectorate") for w in words[-2:]):
            continue
        return match
    return None


def _speaker(text: str) -> str | None:
    """The person a statement is put in the mouth of, when a name stands by the verb of saying."""
    match = _speaker_match(text)
    return " ".join((match.group(1) or match.group(2)).split()[-2:]) if match else None


def _speaker_description(claim: str) -> set[str]:
    """The words a claim describes its speaker with: the small-letter words just before the name ("...,
    chief executive Graham Stainforth said", never "... safeguarding which Graham Stainforth said") and between
    commas after it ("Lionel Stanbury, the partnership's scrutineer, said")."""
    match = _speaker_match(claim)
    if match is None or match.group(1) is None:
        return set()
    before: list[str] = []
    for word in reversed(claim[: match.start(1)].split()):
        if not re.fullmatch(r"[a-z][a-z’'-]*", word) or word in _NOT_DESCRIBING:
            break
        before.append(word)
    described = " ".join(before[:SPEAKER_DESCRIPTION_WORDS]) + " " + claim[match.end(1) : match.end()]
    return {w.lower() for w in re.findall(r"[A-Za-z][a-z’'-]+", described)}


SPEAKER_DESCRIPTION_WORDS = 4  # "director of children's services", "chief executive"
_NOT_DESCRIBING = frozenset(
    "which who whom whose where when that and but or said says told as because".split()
)
# words that open a phrase of time or place before a comma, never a speaker's name
_NOT_A_NAME_START = frozenset(
    "In On At After Before Since During Last Next When Then But And Yesterday Today This That The Following "
    "Earlier Later".split()
)


def _same_person(a: str, b: str) -> bool:
    return a.split()[-1].lower() == b.split()[-1].lower()


def _share_unstated(claim: str, evidence: str) -> bool:
    """The claim gives a share in figures ("fewer than one in six", "14%") and the sentence none: "too few
    pupils" cannot support it. (A half, "more than half", may be said as "most".)"""
    claimed = shares(claim)
    return (
        bool(claimed)
        and not shares(evidence)
        and not all(any(abs(end - 50.0) <= _STRICT for end in (low, high)) for low, high in claimed)
    )


def _figure_unstated(claim_q: dict[str, set[float]], evidence_q: dict[str, set[float]]) -> bool:
    """A figure the claim gives ("registered for 87 places") that the sentence gives nowhere, of anything:
    whatever else they share, the sentence cannot support it. (Lengths of time and ages are compared as such.)"""
    said = {v for values in evidence_q.values() for v in values}
    return any(
        unit not in (DURATION, AGE) and any(v >= 2 for v in values) and not values & said
        for unit, values in claim_q.items()
    )


def _counts_agree(
    claim_q: dict[str, set[float]], evidence_q: dict[str, set[float]], claim: str = "", evidence: str = ""
) -> bool:
    """Every count the claim gives of something the sentence also counts, the sentence gives the same."""
    return all(
        not unit or unit not in evidence_q or values_meet(unit, values, evidence_q[unit], claim, evidence)
        for unit, values in claim_q.items()
    )


def _holds_unnegated(sentence: str, words: set[str], claim: str) -> bool:
    """Every word is in the sentence (by stem), and none stands just after a negation the claim lacks."""
    tokens = re.findall(r"[A-Za-z’'-]+", sentence.lower())
    stems = [word_stem(t) for t in tokens]
    claim_negated = bool(_NEGATION.search(claim))
    for word in words:
        stem = word_stem(word)
        if stem not in stems:
            if said_in_other_words(word, sentence):
                continue  # "several" written "a number of"
            return False
        at = stems.index(stem)
        window = " ".join(tokens[max(0, at - 3) : at])
        if _NEGATION.search(window) and not claim_negated:
            return False
    return True


def _doc_type(index, doc_id: str) -> str:  # type: ignore[no-untyped-def]
    meta = index.catalog.document(doc_id)
    return meta.doc_type if meta else ""


def verdict(claim: str, value: str, reason: str, citations: list | None = None) -> Answer:  # type: ignore[type-arg]
    text = {"supported": "Supported", "contradicted": "Contradicted", "not_found": "Not found"}[value]
    return Answer(
        claim, f"{text}: {reason}", abstained=False, citations=citations or [], verdict=value, reason=reason
    )
