"""Ranking the sentences of retrieved passages against a question, for answers made of the documents' words."""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from assistant.corpus_profile import word_stem
from assistant.equivalents import other_phrasings, phrasings_held
from assistant.everyday_words import is_everyday, word_readings
from assistant.evidence import Sentence, sentences_of
from assistant.retrieval import Passage
from ingest.vocabulary import BROADCASTER_NAMES, NEWSPAPER_NAME_WORDS, SPELLED_NUMBER, spelled_number
from vectorstore.catalog import Catalog
from vectorstore.embedder import VectorCache
from vectorstore.index import Index, text_key

_STOP = set(
    "a an the of in on at to for and or by with from as is are was were be been did do does what which who "
    "whom when where why how many much that this these those it its their they them his her he she after "
    "before about into than then there here have has had not no yes can could should would will any all".split()
)
MAX_EMBEDDED = 40
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


# The same question over the same candidates (asked again, by another user or another tab) embeds nothing:
# each index keeps the last calls, exactly as embedded (see VectorCache). About 60 KB an entry.
RANKING_CACHE_ENTRIES = 256
_ranking_caches: weakref.WeakKeyDictionary[Index, VectorCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def _embed_call(index: Index, texts: list[str]) -> np.ndarray:
    with _caches_lock:
        cache = _ranking_caches.get(index)
        if cache is None:
            cache = _ranking_caches[index] = VectorCache(RANKING_CACHE_ENTRIES)
    return cache.get_or_compute(tuple(texts), lambda key: index.embedder.embed(list(key)))


def _similarities(
    question: str,
    sentences: list[Sentence],
    index: Index,
    stored: dict[str, dict[bytes, np.ndarray]],
) -> np.ndarray:
    """Cosine similarity of each sentence to the question. Ingest stored each sentence's vector with its
    chunk (Index.write; ``stored``: those of the sentences' chunks, read once by the caller), so only the
    question is embedded; sentences without one (an index built before) are embedded here in one call, and
    with none stored at all the question goes in that call as before."""
    texts = [s.text for s in sentences]
    found = [stored.get(s.chunk.chunk_id, {}).get(text_key(s.text)) for s in sentences]
    missing = [i for i, v in enumerate(found) if v is None]
    if len(missing) == len(sentences):
        vectors = _embed_call(index, [question] + texts)
        return vectors[1:] @ vectors[0]
    question_vector = np.asarray(index.embedder.embed([question]), dtype=np.float32)[0]
    rows = np.zeros((len(sentences), question_vector.shape[0]), dtype=np.float32)
    if missing:
        rows[missing] = _embed_call(index, [texts[i] for i in missing])
    for i, vector in enumerate(found):
        if vector is not None:
            rows[i] = vector
    return rows @ question_vector


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


@dataclass(frozen=True)
class ScoredSentence:
    sentence: Sentence
    score: float
    similarity: float
    overlap: float


# What kind of answer a question asks for, from the form of the question (general English), and what a
# sentence holding such an answer contains. A sentence of the right kind gains; a count question's
# sentence without a number loses.
_NUMBER = r"\b(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|dozen)\b"
# A person named as one: after a role ("inspector Michelle Skeer", "Chief Constable Becky Riggs") or before
# what they said ("Michelle Skeer said"); two capitalised words alone are as often a body ("His Majesty's
# Inspectorate").
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+"
_PERSON = re.compile(
    rf"\b(?i:inspector|constable|officer|director|chief|commissioner|chair|lead|minister|superintendent|"
    rf"manager|head|leader|executive|councillor|member|by|hmi)(?:\s+(?i:was|is|were))?\s+{_NAME}\b|"
    rf"\b{_NAME},?\s+(?:[\w,]+\s+){{0,6}}?(?i:said|says|told|added|wrote|concluded|stated|explained)\b"
)
_ASKS_PERSON = re.compile(
    r"\bwhich\b.*\b(?:inspector|officer|chief|person|director|councillor|manager|leader|chair|member|minister|"
    r"constable|commissioner|spokes(?:person|man|woman))\b|\bwho\s+(?:led|wrote|said|responded|spoke)\b|"
    # "who from the force promised ...": the person quoted
    r"\bwho\b(?:\s+[\w’'-]+){0,4}?\s+(?:said|says|promised|pledged|vowed|responded|welcomed|told|apologi[sz]ed|"
    r"admitted|warned|insisted|stressed|acknowledged|commented|added|claimed|accepted|announced)\b",
    re.I,
)
PERSON_MISSING = 0.3  # a person asked for, and other sentences name one: this one cannot answer
# "... would continue to improve, she added": who spoke, a sentence before names
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:she|he)\s+(?:also\s+)?(?:said|says|added|told|explained|stated|warned|continued|stressed|insisted)\b|"
    r"^(?:She|He)\s+(?:also\s+)?[a-z]+ed\b"
)
SPEAKER_REACH = 3  # sentences back to look for the person a pronoun speaker is


def names_a_person(text: str) -> bool:
    return bool(_PERSON.search(text))


# A quotation that stands alone ("“Since the inspectors visited we have recruited 23 more prosecutors ...”"):
# the words of whoever the sentences before quote
_OPENS_A_QUOTE = re.compile(r"^[“\"]")
_SAYS = re.compile(r"\b(?:said|says|told|added|stated|explained|warned|stressed|insisted)\b")


def speaker_named_before(sentence: Sentence, catalog: Catalog) -> Sentence | None:
    """Where the sentence's speaker is "she" or "he", or it is a quotation standing alone: the nearest
    sentence before it in its passage, at most SPEAKER_REACH back, that names a person (the one who spoke;
    for a quotation, one named as speaking, every sentence between being quoted words or "she said")."""
    if names_a_person(sentence.text):
        return None
    quoted = bool(_OPENS_A_QUOTE.match(sentence.text)) and not _PRONOUN_SPEAKER.search(sentence.text)
    if not (quoted or _PRONOUN_SPEAKER.search(sentence.text)):
        return None
    around = sentences_of(sentence.chunk, catalog)
    here = next((i for i, s in enumerate(around) if s.text == sentence.text), None)
    if here is None:
        return None
    for earlier in reversed(around[max(0, here - SPEAKER_REACH) : here]):
        if names_a_person(earlier.text):
            return earlier if not quoted or _SAYS.search(earlier.text) else None
        if quoted and not (_OPENS_A_QUOTE.match(earlier.text) or _PRONOUN_SPEAKER.search(earlier.text)):
            return None  # the quotation follows the story's own words: whose it is, they do not say
    return None


# words in quotation marks, or a hashtag: a slogan, a motto, a strapline
_QUOTED_WORDS = re.compile(r"‘[^’]{3,80}’|“[^”]{3,80}”|\"[^\"]{3,80}\"|#\w+")
# a name of two or more capitalised words, small words between them allowed ("Achieving for Children"),
# an abbreviation, a name that runs capitals or figures into its words ("Care4Me", "HeadStart"), or
# words in quotation marks
_NAME_WRITTEN = re.compile(
    r"(?<=\w\s)(?:[A-Z][\w’'-]+\s+(?:(?:for|of|and|the|in|&)\s+)?){1,4}(?:[A-Z][\w’'-]+)|"
    r"\b[A-Z]{2,6}s?\b|\b[A-Z][a-z]+(?:[A-Z]|\d)\w*|‘[^’]{3,60}’"
)

# "which BBC newsroom ran the story?", "who published the article?": the outlet is asked for
ASKS_OUTLET = re.compile(
    # (not "what did the paper say": that asks what it said)
    r"\b(?:which|what)\s+(?!(?:did|does|do|has|have|had|is|was|were|are)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:newsroom|outlet|newspaper|paper|broadcaster|station|"
    r"publication|website|news\s+(?:site|service|team|organisation))\b|\bwhich\s+BBC\b|"
    r"\bwho\s+(?:published|ran|reported|broadcast|wrote)\s+(?:the|this)\s+(?:story|article|report)\b",
    re.I,
)
ANSWER_TYPES: list[tuple[re.Pattern[str], re.Pattern[str], float, float]] = [
    (  # a share: "what proportion", "what percentage", "what rate", "what share"
        re.compile(
            r"\bwhat\s+(?:proportion|percentage|share|rate|fraction)\b|\bhow\s+many\s+per\s*cent\b|%", re.I
        ),
        re.compile(r"\d\s*%|\bper\s*cent\b|\bproportion\b|\bmajority\b|\bhalf\b|\bthird\b|\bquarter\b", re.I),
        0.25,
        -0.1,
    ),
    (  # a sum of money
        _ASKS_MONEY := re.compile(
            r"\bhow\s+much\b.{0,60}\b(?:spen[dt]|cost|budget|money|fund(?:ing|ed|s)?|invest(?:ed|ment)?|paid|pay|grant)\b|"
            r"\bwhat\s+(?:did|does|was|is)\b.{0,60}\bcost\b|\b(?:price(?:\s+tag)?|cost)\s+(?:of|on|for)\b",
            re.I,
        ),
        _HOLDS_MONEY := re.compile(r"£\s?\d|\b\d+(?:\.\d+)?\s*(?:million|billion|bn|m)\b|\bpounds?\b", re.I),
        0.25,
        -0.15,
    ),
    (  # a count
        re.compile(
            r"\bhow\s+many\b|\bhow\s+much\b|\bnumber\s+of\b|\bwhat\s+(?:caseloads?|level)\b|"
            r"\bhow\s+(?:high|big|large)\b",
            re.I,
        ),
        re.compile(_NUMBER, re.I),
        0.25,
        -0.15,
    ),
    (  # a duration or time limit
        re.compile(
            r"\bhow\s+(?:long|quickly|soon|fast)\b|\bwithin\s+what\b|\btime\s*(?:scales?|frames?|limits?)\b|"
            r"\bdeadlines?\b|\bby\s+when\b|\baverage\s+(?:length|duration|time)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)\s*"
            r"(?:working\s+)?(?:weeks?|days?|hours?|months?|years?)\b|\bwithin\b",
            re.I,
        ),
        0.2,
        0.0,
    ),
    (  # a period of time ("what period did the review look at", "over what timeframe"): from one time to another
        re.compile(r"\b(?:what|which)\s+(?:period|timeframe|time\s+frame|time\s+span)\b", re.I),
        re.compile(
            rf"\b(?:from|between)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:19|20)\d\d\b[^.]{{0,120}}?\b(?:to|and|until)\s+|"
            # "for the period 1 April 2025 to 31 March 2026", "reporting year 2024-25"
            rf"\b(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:19|20)\d\d\s*(?:to|until|[–-])\s*(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?"
            r"(?:(?:19|20)\d\d|\d\d)\b",
            re.I,
        ),
        0.25,
        0.0,
    ),
    (  # a day of the week
        re.compile(r"\b(?:what|which)\s+day\s+of\s+the\s+week\b|\bwhat\s+weekday\b", re.I),
        re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
        0.3,
        -0.05,
    ),
    (  # when something happened ("When did Brighton stop using agency staff?"): a month or a year
        re.compile(r"^\W*when\s+(?:did|was|were|has|had|will|is|are)\b", re.I),
        re.compile(rf"\b{_MONTH}\b|\b(?:19|20)\d\d\b", re.I),
        0.2,
        -0.05,
    ),
    (  # a month asked for in so many words: a sentence without one cannot answer
        re.compile(r"\b(?:which|what)\s+month\b", re.I),
        re.compile(rf"\b{_MONTH}\b", re.I),
        0.3,
        -0.05,
    ),
    (  # a time
        re.compile(r"\bwhen\b", re.I),
        re.compile(rf"\b{_MONTH}\b", re.I),
        0.15,
        0.0,
    ),
    (  # a news outlet: "which BBC newsroom ran the story?" ("Follow BBC West Midlands on Facebook")
        ASKS_OUTLET,
        re.compile(
            rf"\b(?:{'|'.join(BROADCASTER_NAMES)}|Channel\s+4|Radio)\s+(?:[A-Z][\w’'&-]*\s*){{1,3}}|"
            rf"\b[A-Z][\w’'-]+\s+(?:{'|'.join(NEWSPAPER_NAME_WORDS)})\b"
        ),
        0.3,
        -0.1,
    ),
    (  # a person
        re.compile(r"\bwhich\b.*\b(?:inspector|officer|chief|person|director)\b", re.I),
        _PERSON,
        0.15,
        -0.05,
    ),
    (  # words quoted: "what was the campaign's slogan?" (‘the more you know, the more you see’)
        re.compile(r"\b(?:slogan|motto|strap-?line|tag-?line|catchphrase|catch-?line|hashtag)s?\b", re.I),
        _QUOTED_WORDS,
        0.3,
        -0.05,
    ),
    (  # a name: "what is the service called?", "which programme ...?"
        re.compile(
            r"\bcalled\b|\bwhat\s+(?:is|was)\s+(?:the|its|their)\s+name\b|\bname\s+of\s+the\b|"
            r"\bwhat\s+(?:do|does|did)\s+(?:they|it|we|you|\w+)\s+call\b|"
            r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:scheme|programme|program|model|project|service|team|approach|"
            r"tool|initiative|company|provision|charity|panel|hub|forum|pathway|protocol)\b(?!s)|"
            r"\bwhat\s+(?:is|was|are|were)\s+the\s+(?:[\w-]+\s+){0,2}(?:scheme|programme|model|project|team|"
            r"approach|tool|initiative|hub|panel|title|brand)\b",
            re.I,
        ),
        _NAME_WRITTEN,
        0.15,
        0.0,
    ),
    (  # what was done after ("what has the area done since the inspectors came?"): a sentence of since, or of
        # what has now been done
        re.compile(
            r"\b(?:done|changed|achieved|put\s+in\s+place)\s+since\b|"
            r"\bsince\s+(?:the\s+)?(?:inspection|inspectors?|visit|report|watchdog)\b",
            re.I,
        ),
        re.compile(r"\bsince\b|\b(?:have|has)\s+(?:now\s+|already\s+|since\s+)?[a-z]+(?:ed|en|un|t)\b", re.I),
        0.1,
        0.0,
    ),
    (  # yes or no: the sentence that settles it says how many, how often, or that it was not so
        re.compile(r"^\s*(?:did|do|does|was|were|is|are|had|has|have|could|can|were)\b", re.I),
        re.compile(
            r"\b(?:all|most|many|few|some|none|no|not|nearly|almost|majority|minority|half|third|quarter|every|"
            r"always|never|rarely|consistently|only)\b|\d\s*%|n[’']t\b",
            re.I,
        ),
        0.1,
        0.0,
    ),
]
# Who does something: a person's name, or the role, team or body that does it.
_ASKS_WHO = re.compile(
    r"^\s*who\b|\bwhich\s+(?:staff|workers|professionals|practitioners|agency|body)\b", re.I
)
_DOER = re.compile(
    r"\b(?:(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)|(?:social\s+)?workers?|officers?|managers?|leaders?|practitioners?|"
    r"volunteers?|advis[eo]rs?|commissioners?|directors?|nurses?|therapists?|psychologists?|co-?ordinators?|"
    r"mentors?|advocates?|carers?|staff|teams?|services?|panels?|boards?|partners?|agenc(?:y|ies)|police|"
    r"schools?|clinicians?|consultants?|specialists?|chairs?|health\s+visitors?|midwi(?:fe|ves)|GPs?|"
    r"charit(?:y|ies)|trusts?|hubs?|colleagues|professionals)\b",
    re.I,
)


# A short line with no verb ("The analysis of return home interviews.") is a heading or a list item: it
# names a topic and answers nothing.
FRAGMENT_PENALTY = 0.15
_FRAGMENT_MAX_WORDS = 8
_VERB_SIGN = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|should|may|might|"
    r"must|need|needs)\b|\b\w{3,}(?:ed|ing)\b",
    re.I,
)


# "The experiences and progress of care leavers: good": a section heading that states its grade.
_GRADED_HEADING = re.compile(
    r"[^.]{5,200}:\s*(?:outstanding|good|inadequate|requires\s+improvement(?:\s+to\s+be\s+good)?)\.?", re.I
)


# ... but a table's row that ends in its figure ("Average detention time (children) 10 hours 31 minutes")
# states a fact
_ENDS_IN_FIGURE = re.compile(
    r"(?<![\d,.])(?!(?:19|20)\d\d\s*$)\d[\d,.]*(?:%|\s+per\s+cent|\s+(?:hours?|minutes?|days?|weeks?|months?|years?))?\s*$"
)


# (in lower case: "Ward A" ends on a name's letter, not on an article)
_CUT_OFF = re.compile(r"\b(?:to|of|the|and|or|a|an|for|with|by|from)\s*$")


def is_cut_off(text: str) -> bool:
    """A line that stops on a small word with no stop after it: a heading or cell cut off mid-phrase."""
    return bool(_CUT_OFF.search(text.strip()))


def is_fragment(text: str) -> bool:
    if _GRADED_HEADING.fullmatch(text.strip()):
        return True
    return (
        len(text.split()) <= _FRAGMENT_MAX_WORDS
        and not _VERB_SIGN.search(text)
        and not (_ENDS_IN_FIGURE.search(text) and len(text.split()) >= 3)
    )


# How many, how much, how long: a quantity, which no grade or outcome is.
_ASKS_QUANTITY = re.compile(
    r"\bhow\s+(?:many|much|long|quickly|soon|often|high|big|large)\b|\bwhat\s+(?:proportion|percentage|share|rate|fraction|number)\b|"
    r"\bnumber\s+of\b|\baverage\s+(?:length|duration)\b|%|\bwhat\s+age\b|\bhow\s+old\b|\bup\s+to\s+what\b",
    re.I,
)


COUNTED_REACH = 3  # words after a count that name what it counts ("Seven family hubs")
_ASKS_HOW_MANY = re.compile(r"\bhow\s+many\b|\bwhat\s+number\s+of\b", re.I)
_FIGURE_NOT_YEAR = re.compile(r"\b(?!(?:19|20)\d\d\b)\d")


def spelled_count(question: str, text: str) -> int | None:
    """The count a sentence writes in words, for a question asking how many: the answer leads with it in
    figures. The number that opens the sentence ("Thirty-eight children had been strip-searched; an
    appropriate adult was present for 29 of them"), else its only count, where it gives no figure."""
    if not _ASKS_HOW_MANY.search(question):
        return None
    counts = [m for m in SPELLED_NUMBER.finditer(text) if spelled_number(m) >= 2]
    if len(counts) != 1:
        return None
    # spelled out because it opens the sentence, whatever figures follow; else the sentence gives no figure
    if not (counts[0].start() == 0 or not _FIGURE_NOT_YEAR.search(text)):
        return None
    # and it counts what is asked ("how many officers ...?" is not answered by "across five areas")
    following = re.findall(r"[a-z][a-z’'-]*", text[counts[0].end() :].lower())[:COUNTED_REACH]
    counted = _counted_stems(question)
    return spelled_number(counts[0]) if not counted or any(w[:5] in counted for w in following) else None


def asks_for_quantity(question: str) -> bool:
    return bool(_ASKS_QUANTITY.search(question))


_ASKS_NAME = re.compile(
    r"\bcalled\b|\bwhat\s+(?:is|was)\s+(?:the|its|their)\s+name\b|\bname\s+of\s+the\b", re.I
)


def asks_for_name(question: str) -> bool:
    """'What is the service called?': a name, which no grade or outcome is."""
    return bool(_ASKS_NAME.search(question))


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _without_given_numbers(question: str, text: str) -> str:
    """The text without the numbers the question gives itself ("care leavers aged over 21"): those are
    what is asked about, not the answer."""
    given = set(_DIGITS.findall(question))
    return _DIGITS.sub(lambda m: " " if m.group(0) in given else m.group(0), text) if given else text


def money_unstated(question: str, texts: list[str]) -> bool:
    """A question asking how much was spent, where no candidate sentence gives a sum: reports seldom give
    money, so the documents do not say (rather than a sentence about the posts being an answer). A sum in a
    sentence that shares none of the question's words for what was paid for answers nothing ("how much is
    the chief executive paid?" and "an extra £12m on repairs")."""
    if not _ASKS_MONEY.search(question):
        return False
    what = {
        word_stem(w)
        for w in content_words(_MONEY_WORDS.sub(" ", question))
        if len(w) >= 4 or w in _WHO_IS_PAID  # "pay Mrs X £6,950": to whom is what it was for
    }
    return not any(
        _HOLDS_MONEY.search(t) and (not what or what & {word_stem(w) for w in content_words(t)})
        for t in texts
    )


_WHO_IS_PAID = frozenset({"mrs", "mr", "ms", "miss", "dr"})
# Words of asking about money, which say nothing of what the money was for
_MONEY_WORDS = re.compile(
    r"\b(?:how\s+much|spen[dt]\w*|costs?|costing|budgets?|money|fund(?:ing|ed|s)?|invest\w*|paid|pay|pays|grants?|"
    r"price\w*|total|extra|additional|altogether|overall|annual\w*|year\w*|council|report\w*|inspect\w*)\b",
    re.I,
)


# "what percentage of trainees ...": a share in figures asked for, which a sentence gives as a percentage or a
# fraction ("one in five", "two thirds"), never as "most"
_ASKS_PERCENTAGE = re.compile(
    r"\bwhat\s+(?:percentage|per\s*cent)\b|\bhow\s+many\s+per\s*cent\b|\bwhat\s+%", re.I
)
_HOLDS_SHARE_FIGURE = re.compile(
    r"\d\s*%|\bper\s*cent\b|\bpercentage\b|\bone\s+in\s+\w+|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b|"
    r"\b\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?\d",
    re.I,
)


_PERCENTAGE_OF = re.compile(
    r"\b(?:percentage|per\s*cent|%)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?((?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)",
    re.I,
)
SHARE_REACH = 6  # words either side of a share that say what it is a share of


def share_unstated(question: str, texts: list[str]) -> bool:
    """A question asking what percentage of something, where no candidate sentence gives a share in figures
    (a percentage, a fraction, "21 of the 27") near a word for it: the documents do not say."""
    if not _ASKS_PERCENTAGE.search(question):
        return False
    asked = _PERCENTAGE_OF.search(question)
    of = {word_stem(w) for w in re.findall(r"[a-z][\w’'-]+", asked.group(1).lower())} if asked else set()
    of -= {word_stem(w) for w in _ENDS_COUNTED}
    for text in texts:
        text = _without_given_numbers(question, text)
        for match in _HOLDS_SHARE_FIGURE.finditer(text):
            near = (
                re.findall(r"[A-Za-z][\w’'-]+", text[: match.start()])[-SHARE_REACH:]
                + re.findall(r"[A-Za-z][\w’'-]+", text[match.end() :])[:SHARE_REACH]
            )
            if not of or of & {word_stem(w) for w in near}:
                return False
    return True


# "how many online child sexual exploitation cases was ...": the words naming what is counted, up to the
# first word that ends the noun phrase
_HOW_MANY_OF = re.compile(r"\bhow\s+many\s+((?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*)", re.I)
_ENDS_COUNTED = set(
    "was were is are did do does had have has will would could can should in at of for by with per from "
    "across on to that who which whose the a an there it they this these those and or".split()
)
_NUMBER_RE = re.compile(_NUMBER, re.I)
# People counted in other words ("how many care leavers ..." - "over 200 young people in this category")
_PEOPLE = {
    "child",
    # as people say it: "kids", "teens", "babies"
    "kids",
    "teens",
    "teena",
    "babie",
    "infan",
    "young",
    "peopl",
    "perso",
    "adult",
    "indiv",
    "famil",
    "pupil",
    "learn",
    "leave",
    "staff",
    "worke",
    "offic",
    "carer",
    "paren",
    "girls",
    "boys",
    "women",
    "men",
    # the people of other inspected places
    "priso",
    "detai",
    "resid",
    "tenan",
    "patie",
    "victi",
    "offen",
    "inmat",
}
_SHARES = {
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "majority",
    "minority",
}


def _counted_words(question: str) -> list[str]:
    match = _HOW_MANY_OF.search(question)
    if not match:
        return []
    words: list[str] = []
    for word in match.group(1).lower().split():
        if word in _ENDS_COUNTED:
            break
        words.append(word)
    return words


_PLURALS = {"people", "children", "staff", "police", "personnel"}


def _head_noun(words: list[str]) -> str | None:
    """The last plural noun of the words after "how many" ("online child sexual exploitation cases"):
    what is counted. None where none is plural ("how many care leavers aged 21": "leavers")."""
    for word in reversed(words):
        nouns = word_readings(word).get("NOUN", ())
        if word in _PLURALS or any(lemma != word for lemma in nouns):
            return word
    return None


def _counted_stems(question: str) -> set[str]:
    """What "how many ...?" counts, by first five letters: the phrase's head ("case files", not "child"),
    else any of its words; people counted in other words too."""
    words = [w for w in _counted_words(question) if len(w) >= 3]
    head = _head_noun(words)
    counted = {head[:5]} if head else {w[:5] for w in words}
    return counted | _PEOPLE if counted & _PEOPLE else counted


def count_unstated(question: str, texts: list[str]) -> bool:
    """A question asking how many of something, where no candidate sentence gives a number next to any
    word naming that thing ("how many hotels" and no sentence counts hotels): the documents do not say.
    Lenient on purpose: any of the counted words, by its first five letters, within six words of any number
    or share ("two thirds"; numbers the question gives and years do not count), so counting in other words
    still answers."""
    counted = _counted_stems(question)
    if not counted:
        return False
    for text in texts:
        # a word's trailing stop or comma is no part of it ("five family hubs, which ...")
        raw = re.findall(r"[\w’'%.,-]+", _without_given_numbers(question, text).lower())
        tokens = [t.rstrip(".,") or t for t in raw]
        # where a sentence ends (a full stop after a word, not a decimal point or an initial)
        ends = [
            len(t) > 2
            and t.endswith(".")
            and not re.fullmatch(r"[\d.,]+", t)
            and t.count(".") == 1
            and t not in _NOT_AN_END
            for t in raw
        ]
        for at, token in enumerate(tokens):
            if token.strip(".,") in _SHARES or token.strip(".,").endswith("%"):
                return False  # a share of them answers how many ("two thirds have one")
            if _NUMBER_RE.fullmatch(token.strip(".,")) or re.match(r"\d", token):
                if re.fullmatch(r"(?:19|20)\d\d[.,]?", token):
                    continue
                if _counts_other_things(tokens[at + 1 : at + 4], counted):
                    continue  # "four men had been held": the number counts men, not what was asked
                if any(t[:5] in counted for t in _same_sentence(tokens, ends, at, 6)):
                    return False
                # "28 children were matched ..., while this month the figure is 141": a number that stands
                # for a count the sentence names ("the figure", "the total") counts what it names
                if any(t.strip(".,") in _COUNT_STANDS_IN for t in tokens[max(0, at - 3) : at]) and any(
                    t[:5] in counted for t in tokens
                ):
                    return False
    return True


# a full stop that ends no sentence ("e.g." has two; these one)
_NOT_AN_END = frozenset("approx. etc. no. nos. vs. cf. para. fig. dr. mr. mrs. ms.".split())


def _counts_other_things(after: list[str], counted: set[str]) -> bool:
    """The first plural noun of the few words after a number is what it counts ("243 men", "12 months",
    "35 repairs operatives" counts repairs operatives): True where that is not what was asked. People are
    counted in too many words ("243 men", "35 operatives") to tell: never for them."""
    if counted & _PEOPLE:
        return False
    for word in after:
        word = word.strip(".,")
        if word[:5] in counted:
            return False
        nouns = word_readings(word).get("NOUN", ())
        if word in _PLURALS or (
            nouns and any(lemma != word for lemma in nouns) and not word_readings(word).get("ADJ")
        ):
            # (a plural before another noun names a kind of it: "repairs operatives")
            return not any(w.strip(".,")[:5] in counted for w in after)
    return False


def _same_sentence(tokens: list[str], ends: list[bool], at: int, reach: int) -> list[str]:
    """The tokens within reach of a position that stand in its sentence (a full stop ends one)."""
    start, end = max(0, at - reach), min(len(tokens), at + reach + 1)
    for back in range(at - 1, start - 1, -1):
        if ends[back]:
            start = back + 1
            break
    for ahead in range(at, end):
        if ends[ahead]:
            end = ahead + 1
            break
    return tokens[start:end]


_COUNT_STANDS_IN = frozenset("figure figures number numbers total totals count".split())

# "How long ...?": a length of time however written ("30 weeks", "six-week", "several days", "up to two
# months", "a year and a half", "overnight", "the same day")
_ASKS_HOW_LONG = re.compile(r"^\W*(?:for\s+|after\s+|on\s+average,?\s+)?how\s+long\b", re.I)
_A_LENGTH_OF_TIME = re.compile(
    rf"\b(?:{_NUMBER}|several|few|many|a|an|couple\s+of)[\s-]+(?:working[\s-]+)?"
    r"(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b|\bovernight\b|\bsame\s+day\b|"
    r"\b(?:hours|days|weeks|months|years)\b|"
    # an age it lasts to ("into their twenties", "until they are 25", "up to the age of 21")
    r"\b(?:twenties|until|till|up\s+to\s+(?:the\s+)?age)\b|\bage[sd]?\s+(?:of\s+)?\d+|\b\d+(?:st|nd|rd|th)\s+birthday",
    re.I,
)
# words of asking how long and of which report, never what lasted
_NOT_WHAT_LASTED = frozenset(
    "how long ofsted inspected inspection inspectors inspector report watchdog according".split()
)


def duration_unstated(question: str, texts: list[str]) -> bool:
    """A question asking how long something took or lasted, where no candidate sentence gives a length of
    time and one of the question's words (in any of its forms): the documents do not say ("how long has Becky
    Riggs been assistant chief constable?" of a story that gives only an action plan's six weeks)."""
    if not _ASKS_HOW_LONG.search(question):
        return False
    asked = {
        word_stem(w) for w in content_words(question) - _NOT_WHAT_LASTED if len(w) >= 4 and not w.isdigit()
    }
    if not asked:
        return False
    for text in texts:
        if _A_LENGTH_OF_TIME.search(text) and asked & {word_stem(w) for w in content_words(text)}:
            return False
    return True


# "When is HMICFRS next due to inspect ...?", "when will inspectors return?": a time still to come
_ASKS_NEXT_TIME = re.compile(
    r"^\W*when\b.{0,80}\b(?:next|due)\b|"
    r"^\W*when\s+(?:will|would|might|is|are)\b.{0,80}\b(?:return|come\s+back|revisit|re-?inspect\w*|inspect\w*|visit)\b|"
    r"\bnext\s+(?:inspection|visit|re-?inspection)\b.{0,40}\b(?:when|due|date)\b",
    re.I,
)
_GIVES_NEXT_TIME = re.compile(
    r"\b(?:next|will|due|return\w*|revisit\w*|re-?inspect\w*|follow-?up|monitor\w*)\b[^.]{0,80}"
    rf"(?:\b{_MONTH}\b|\b(?:19|20)\d\d\b|\bwithin\b|\b(?:weeks?|months?|years?)\b)|"
    rf"(?:\b{_MONTH}\b|\b(?:19|20)\d\d\b|\bwithin\b)[^.]{{0,80}}\b(?:next|will|due|return\w*|revisit\w*)\b",
    re.I,
)


_INSPECTION_WORD = re.compile(r"\b(?:inspect\w*|re-?inspect\w*|visit\w*|revisit\w*|return\w*)\b", re.I)


def next_time_unstated(question: str, texts: list[str]) -> bool:
    """A question asking when inspectors come next (the next inspection, a return visit), where no candidate
    sentence says when an inspection or visit will happen: the documents do not say (their dates are of what
    happened, and "an action plan within eight weeks" is no visit)."""
    if not _ASKS_NEXT_TIME.search(question):
        return False
    # "when is the revised offer due to be republished": what comes next need not be a visit
    of_inspection = bool(_INSPECTION_WORD.search(question))
    return not any(
        _GIVES_NEXT_TIME.search(t) and (_INSPECTION_WORD.search(t) or not of_inspection) for t in texts
    )


_ASKS_OVERALL_GRADE = re.compile(
    r"\boverall\b[^?.]{0,40}\b(?:grade|rating|judgement|judgment)\b|"
    r"\b(?:grade|rating|judgement|judgment)\b[^?.]{0,40}\boverall\b",
    re.I,
)
_STATES_OVERALL_GRADE = re.compile(
    r"\boverall\b[^.]{0,80}\b(?:outstanding|good|requires?\s+improvement|inadequate|adequate|excellent|"
    r"poor|weak)\b|\b(?:outstanding|good|requires?\s+improvement|inadequate|adequate)\b[^.]{0,30}\boverall\b",
    re.I,
)


def overall_grade_unstated(question: str, texts: list[str]) -> bool:
    """A question asking for an overall grade (which a report's judgements would have answered before any
    sentence is read), where no candidate sentence gives one: the documents grade parts, or nothing."""
    return bool(_ASKS_OVERALL_GRADE.search(question)) and not any(
        _STATES_OVERALL_GRADE.search(t) for t in texts
    )


def _holds(holds: re.Pattern[str], question: str, text: str) -> bool:
    """Whether the text holds the kind of answer, not counting the numbers the question gives, nor a name
    or quotation it gives ("what's the 'front door' service called?" is not answered by "the ‘front door’
    service")."""
    text = _without_given_numbers(question, text)
    if holds not in (_NAME_WRITTEN, _QUOTED_WORDS):
        return bool(holds.search(text))
    asked = question.lower()
    return any(m.group(0).strip('‘’“”"# ').lower() not in asked for m in holds.finditer(text))


def holds_asked_kind(question: str, text: str) -> bool | None:
    """Whether the text holds the kind of answer the question asks for (a share, a count, a duration, a
    time, a person, a name); None when the question asks for none of them."""
    for asks, holds, _, _ in ANSWER_TYPES[:-1]:  # a yes or no is no kind a next sentence completes
        if asks.search(question):
            return _holds(holds, question, text)
    return None


def answer_type_bonus(question: str, text: str) -> float:
    if _ASKS_WHO.search(question):
        # the doer must be one the question does not already name ("who carried out return interviews")
        asked = {m.group(0).lower() for m in _DOER.finditer(question)}
        doers = {m.group(0).lower() for m in _DOER.finditer(text)} - asked
        return 0.15 if doers else -0.05
    for asks, holds, gain, loss in ANSWER_TYPES:
        if asks.search(question):
            return gain if _holds(holds, question, text) else loss
    return 0.0


# A sentence that opens by pointing back ("This centre ensures ...", "These changes have ...", "However, with
# support from a dedicated team, this has now reduced ...") names what it is about in the sentence before.
POINTS_BACK = re.compile(
    r"(?:(?:However|But|Yet|And|Although|While|Consequently|As\s+a\s+result),?\s+(?:[^,.]{1,80},\s+)?)?"
    r"(?:This|That|These|Those|Such|this|that|these|those|such)\s+(?:[a-z’'-]+\s+){0,2}?"
    r"(?:is|are|was|were|has|have|had|ensures?|means?|helps?|includes?|provides?|gives?|allows?|enables?|"
    r"supports?|offers?|[a-z]+ed|[a-z]+s)\b"
)


# "when did CAMHS discharge Amber back to her GP?": the event asked about is the question's verb
_ASKS_WHEN = re.compile(r"^\W*when\s+(?:did|does|was|were|is|are|has|have|had|will)\b", re.I)
EVENT_BONUS = 0.3  # as much as a question word few reports use


def event_stems(question: str) -> set[str]:
    """The stems of the less common verbs a "when did ..." question asks the time of ("discharge")."""
    if not _ASKS_WHEN.search(question):
        return set()
    return {
        word_stem(w)
        for w in re.findall(r"[a-z]{4,}", question.lower())
        if "VERB" in word_readings(w) and not is_everyday(w)
    }


def rank_sentences(
    question: str,
    passages: list[Passage],
    index: Index,
    preferred_docs: set[str] | None = None,
    is_noise: Callable[[Sentence], bool] | None = None,
    word_weight: Callable[[str], float] | None = None,
) -> list[ScoredSentence]:
    """Sentences of the passages, best first. ``is_noise`` drops sentences that are never evidence
    (boilerplate, a page's title block). ``word_weight``: how much a question word a sentence holds counts
    towards its score (a word few reports use, "incentives", says more of what is asked than "social
    workers"); every word counts the same without it."""
    sentences: list[Sentence] = []
    seen: set[str] = set()
    before: dict[int, str] = {}  # a sentence that points back: the text of the one it points to
    spoken_by: set[int] = set()  # "..., she added": a sentence shortly before names her
    for passage in passages:
        previous = ""
        since_person = SPEAKER_REACH + 1
        for sentence in sentences_of(passage.chunk, index.catalog):
            since_person = 0 if names_a_person(sentence.text) else since_person + 1
            if is_noise is not None and is_noise(sentence):
                previous = ""  # the publisher's template is nothing to point back to (as for the answer's antecedent)
                continue
            if sentence.text not in seen:
                seen.add(sentence.text)
                sentences.append(sentence)
                if previous and POINTS_BACK.match(sentence.text):
                    before[id(sentence)] = previous
                if since_person <= SPEAKER_REACH and (
                    _PRONOUN_SPEAKER.search(sentence.text) or _OPENS_A_QUOTE.match(sentence.text)
                ):
                    spoken_by.add(id(sentence))
            previous = sentence.text
    if not sentences:
        return []
    q_words = content_words(question)
    q_stems = {w: word_stem(w) for w in q_words}
    events = event_stems(question)
    rephrasings = other_phrasings(question)
    weights = {w: word_weight(w) for w in q_words} if word_weight and q_words else {}
    total_weight = sum(weights.values()) or 1.0
    mean_weight = total_weight / max(len(weights), 1)
    stored = index.catalog.sentence_vectors({s.chunk.chunk_id for s in sentences})
    unstored = [s for s in sentences if text_key(s.text) not in stored.get(s.chunk.chunk_id, {})]
    if len(unstored) > MAX_EMBEDDED:
        # Embedding is the cost of a query: of the sentences without a vector stored at ingest (an index
        # built before), keep those sharing most words with the question. Stored ones all compete.
        keep = sorted(unstored, key=lambda s: -len(q_words & content_words(s.text)))[:MAX_EMBEDDED]
        dropped = {id(s) for s in unstored} - {id(s) for s in keep}
        sentences = [s for s in sentences if id(s) not in dropped]
    similarities = _similarities(question, sentences, index, stored)
    scored = []
    for sentence, similarity in zip(sentences, np.asarray(similarities), strict=True):
        # what a sentence that points back is about, the sentence before says ("... became electively home
        # educated. However, ..., this has now reduced to ...")
        words = content_words(sentence.text) | content_words(before.get(id(sentence), ""))
        # a word the question asks in people's words that the sentence writes in the report's ("drugs" and
        # "substances") counts as held
        said_otherwise = phrasings_held(sentence.text, rephrasings)
        # a word in another of its forms is the same word ("investigate" / "investigating")
        stems = {word_stem(w) for w in words}
        shared = {w for w in q_words if w in words or q_stems[w] in stems}
        held = len(shared) + said_otherwise
        overlap = min(held, len(q_words)) / max(len(q_words), 1)
        weighted = (
            min(1.0, (sum(weights[w] for w in shared) + said_otherwise * mean_weight) / total_weight)
            if weights
            else overlap
        )
        score = float(similarity) + 0.35 * weighted + answer_type_bonus(question, sentence.text)
        if is_fragment(sentence.text):
            score -= FRAGMENT_PENALTY
        if events & stems:
            score += EVENT_BONUS  # it tells of the event whose time is asked
        if preferred_docs and sentence.chunk.doc_id in preferred_docs:
            score += 0.1
        scored.append(ScoredSentence(sentence, score, float(similarity), overlap))
    if _ASKS_PERSON.search(question) and any(_PERSON.search(s.sentence.text) for s in scored):
        scored = [
            s
            if _PERSON.search(s.sentence.text) or id(s.sentence) in spoken_by
            else ScoredSentence(s.sentence, s.score - PERSON_MISSING, s.similarity, s.overlap)
            for s in scored
        ]
    return sorted(scored, key=lambda s: -s.score)
