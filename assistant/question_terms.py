"""The words of a question that say what it is about, once the who, when and which report are taken out.

Used to tell when the documents in scope are silent on a question: its distinctive words (rare in the
library, see corpus_profile) and the names it gives ("Lifelong Links", "Signs of Safety") appear in none
of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.corpus_profile import TERM_GAPS, word_stem
from assistant.everyday_words import is_everyday_verb, is_function_word, word_readings
from assistant.scope import Scope, subject_text
from assistant.understanding import CUES, DESCRIPTIONS, Subject
from ingest.vocabulary import (
    GENERIC_INSPECTORATE_WORDS,
    INSPECTORATE_PATTERNS,
    MONTH_NAMES,
    SHORT_TOPIC_WORDS,
)

# Words of the question's form ("what did the report say about ..."), never its subject.
_QUESTION_FORM = (
    set(
        "what which who whom whose when where why how did does do was were is are has have had the a an of in on at "
        "to for and or by with from as about into any there their its it this that these those say said says tell "
        "told mention mentioned mentions find found report reports reported inspection inspections inspector "
        "inspectors inspected ofsted council councils authority authorities local according per note noted "
        "anything something comment comments commented describe described give gave get got make made name named "
        "called call known highlight highlighted praise praised roughly approximately around about nearly almost "
        "share proportion rate level percentage number many much long quickly often time times year years month "
        "months week weeks still actually really also else other some most more less least being been having "
        # words of asking about a report's facts: rare in reports, yet no topic
        "conclude concluded conclusion rating ratings rated judge judged judgement verdict list cover covered "
        "came come happen happened keep kept drop dropped though even despite ending ended began begin start "
        "started late early spring summer autumn winter latest recent recently current currently last first "
        "reinspection inspect visit visited take took place dates date give tell show please "
        # asking for an account, not naming a topic
        "summarise summarize summarised summary overview outline explain describe key main headline headlines "
        "points doing going overall breakdown rundown lowdown snapshot gist takeaways "
        # "what is Wendy Williams's job title?": asking for what someone is, in any report's words
        "title titles "
        # the top or bottom of what is asked for ("the lowest grade it got"): which one, not a topic
        "best highest top worst lowest poorest "
        # what a body said it would do: "what did the council promise"
        "promise promised promises pledge pledged pledges "
        # which document: "what did the paper say"
        "paper papers newspaper newspapers article articles "
        # words of how any sentence is put, never a topic (the commonest English words also name things people
        # ask about - money, food, football - so no frequency cut stands in for these)
        "among amongst someone anyone everyone somebody anybody everything nothing enough whether towards upon "
        "ones one than very quite rather "
        "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't won't can't couldn't wouldn't "
        # "what kind of", "what sort of": the form of the question
        "kind kinds sort sorts "
        # who does it to whom ("give itself", "for themselves") and by when ("what timeframe"): the form of
        # the question; the answer kind "a duration" is read from them (sentences.py)
        "itself themselves himself herself themself ourselves yourself "
        "timeframe timeframes timescale timescales deadline deadlines "
        # "how much money": the kind of answer, a sum (sentences.py tells when no sentence gives one)
        "money cash "
        # "around the clock": all day, as reports say "24 hours a day"
        "clock".split()
    )
    | GENERIC_INSPECTORATE_WORDS
)
_NAME_RUN = re.compile(
    r"(?<![.?!]\s)(?<!^)\b([A-Z][\w’'-]+(?:\s+(?:of|and|the|for|in|to|&)?\s*[A-Z][\w’'-]+)*)"
)


_LINKING = frozenset("of to the a an for and or with by in on at from".split())
_NAMED_TOPIC = re.compile(
    r"\b(?:say|said|says|comment(?:ed)?|report(?:ed)?|find|found|note[ds]?|mention(?:ed)?)\s+(?:anything\s+)?"
    r"(?:about|on|regarding|concerning)\s+(?:the\s+|its\s+|their\s+|an?\s+)?([^?.,;]{3,60})",
    re.I,
)


_INVERTED = re.compile(
    r"\b(?:do|does|did|will|would|can|could|should|may|might)\s+(?:the|a|an|its|their|this|that)\b", re.I
)


def _only_a_verb(word: str) -> bool:
    """A word that is only ever a verb, in its base form ("supervise", "tackle"): what is done."""
    readings = word_readings(word)
    return set(readings) == {"VERB"} and word in readings["VERB"]


_OBJECT_START = frozenset("the a an its their his her our your this that these those them it him us".split())


def _gerund_with_object(word: str, following: str) -> bool:
    """An -ing form with an object after it ("for handing HMICFRS its plan", "by giving the force ..."): a
    verb, done in the asker's words, not a topic ("eating disorders" has none)."""
    if not word.endswith("ing") or not following:
        return False
    if following.lower() not in _OBJECT_START and not following[0].isupper():
        return False
    return "VERB" in word_readings(word)


@dataclass
class SubjectTerms:
    stems: set[str] = field(default_factory=set)
    phrases: list[str] = field(default_factory=list)  # names the question gives, and the topic it names
    # after "about"/"on" ("what did it say about young carers?"), which must appear as written
    words: dict[str, str] = field(default_factory=dict)  # stem -> a word as the question wrote it
    # stems of common verbs as the question uses them ("had the force dealt with ..."): what was done,
    # asked in the asker's words, so a report that never uses them is not thereby silent
    actions: set[str] = field(default_factory=set)
    # the kind of thing asked for ("what kind of businesses ...?"): the answer names one ("hotels"), seldom
    # the word for the kind, so a report without the word is not thereby silent
    kinds: set[str] = field(default_factory=set)
    # neighbouring words of what is asked about, as written ("staying put", "bed and breakfast"): the
    # library's terms among them are looked for as terms (corpus_profile)
    pairs: list[tuple[str, str]] = field(default_factory=list)

    def words_for(self, stems: set[str]) -> list[str]:
        return [self.words.get(s, s) for s in stems]


_KIND_OF = frozenset("kind kinds type types sort sorts form forms".split())  # "what kind of ..."


def _names_a_kind_of(word: str, previous: str, following: str) -> bool:
    """A word that may be a noun, had ("have sleep problems") before a plural noun, says what kind: the thing
    asked about, not what was done (after "did" or "to" it is still done: "did they visit families")."""
    if previous.lower() not in ("have", "has", "had", "having"):
        return False
    readings = word_readings(word.lower())
    following_nouns = word_readings(following.lower()).get("NOUN", ())
    return "NOUN" in readings and any(lemma != following.lower() for lemma in following_nouns)


def subject_terms(scope: Scope, own_words_of: Subject | None = None) -> SubjectTerms:
    """``own_words_of``: leave out the words a fact subject is asked about in ("systemic failings" for the
    SEND outcome), which name that subject rather than another topic."""
    text = subject_text(scope.focus or scope.question)
    if own_words_of is not None and own_words_of in CUES:
        text = CUES[own_words_of].sub(" ", text)
        own = {word_stem(w) for d in DESCRIPTIONS.get(own_words_of, ()) for w in d.split()}
    else:
        own = set()
    terms = SubjectTerms()
    before = ""
    first: str | None = None  # the word before, when it may start a term
    tokens = re.findall(r"[A-Za-z][A-Za-z’']+", text)
    # "how many people does the unit supervise?": after an auxiliary, the verb comes at the end in its base form
    inverted = bool(_INVERTED.search(text))
    for position, word in enumerate(tokens):
        low = word.lower().replace("’", "'").strip("'")
        # "Was knife crime ...?": an auxiliary that opens a question puts the subject after it, not a verb
        previous, before = before, ("" if position == 0 else low)
        if low in TERM_GAPS:
            continue  # "bed and breakfast": a term's small words keep its words neighbours
        if low in _QUESTION_FORM or len(low) < 3:
            first = None
        else:
            if first is not None and not is_function_word(first):  # a term starts with what it names
                terms.pairs.append((first, low))
            # a term may end in a verb's form ("privately fostered"), but a verb starts none
            first = None if is_everyday_verb(low, previous) else low
        if low in _QUESTION_FORM or (len(low) < 4 and low not in SHORT_TOPIC_WORDS) or is_function_word(low):
            continue
        stem = word_stem(low)
        if stem in own:
            continue
        terms.stems.add(stem)
        terms.words.setdefault(stem, low)
        if (
            position >= 2
            and tokens[position - 1].lower() == "of"
            and tokens[position - 2].lower() in _KIND_OF
        ):
            terms.kinds.add(stem)
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if (
            (is_everyday_verb(low, previous) and not _names_a_kind_of(low, previous, following))
            or _gerund_with_object(low, following)
            or (inverted and _only_a_verb(low))
        ):
            terms.actions.add(stem)
    skip = {m.lower() for m in MONTH_NAMES}
    for match in _NAME_RUN.finditer(text):
        # abbreviations ("HM", "NHS") are often written out or left out in the reports: a name is its
        # longest run of other words ("Humber Teaching NHS Foundation Trust" -> "Humber Teaching")
        runs: list[list[str]] = [[]]
        for w in match.group(1).split():
            if w.isupper() and len(w) <= 3:
                runs.append([])
            else:
                runs[-1].append(w)
        if re.match(r"\s+\d{1,2}\b", text[match.end() :]) and runs[-1]:
            runs[-1] = runs[-1][:-1]  # "Reception and Year 6": a word before a number labels it ("Year 6")
        words = max(runs, key=len)
        while words and words[-1].lower() in {"and", "to", "of", "the", "for", "in", "&"}:
            words = words[:-1]
        phrase = re.sub(r"[’']s?$", "", " ".join(words))  # "Wendy Williams's job" names Wendy Williams
        if len(words) < 2 or all(w.lower() in skip | {"and", "to", "of"} for w in words):
            continue  # one capitalised word is as often a plain word as a name
        if any(p.search(phrase) for p in INSPECTORATE_PATTERNS.values()):
            continue
        terms.phrases.append(phrase)
    topic = _NAMED_TOPIC.search(text)
    if topic:
        # the topic as written, less the question's words around it ("its children with disabilities
        # team" -> "children with disabilities team"): words inside it stay, or it is no phrase of the text
        words = re.findall(r"[A-Za-z][A-Za-z’'-]+", topic.group(1))
        while words and words[0].lower() in _QUESTION_FORM:
            words.pop(0)
        # "the training given to staff": a verb after a noun starts a clause about the topic, which the
        # documents may word otherwise; the topic is the noun phrase before it ("of forced marriage" and
        # "privately fostered children" stay)
        for i in range(1, len(words)):
            before = words[i - 1].lower()
            if (
                before not in _LINKING
                and "NOUN" in word_readings(before)
                and is_everyday_verb(words[i], words[i - 1])
            ):
                words = words[:i]
                break
        while words and words[-1].lower() in _QUESTION_FORM:
            words.pop()
        content = [
            w for w in words if w.lower() not in _QUESTION_FORM
        ]  # "children at risk of forced marriage"
        if 2 <= len(content) <= 4 and " ".join(words) not in terms.phrases:
            terms.phrases.append(" ".join(words))
    return terms
