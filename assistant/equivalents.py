"""How people ask and how reports write the same thing, declared once.

A question is not about something the documents never mention just because it words it as people talk
("drugs or alcohol", "kids taken into care", "the advice phone line") where reports write their own terms
("substance misuse", "entries to care", "helpline"). Each group below is one thing said in different words,
in the language of children's services, SEND, police and other inspections (declared with the rest of the
domain in ingest/vocabulary.py); the silence test (extractive.py) reads a question's words as written by a
document that writes another phrase of their group.

Only phrasings that mean the same belong in a group, never merely related ones: "respite" is not "short
breaks" in every report, and "private fostering" is not fostering. A phrase is matched by its words' stems in
order, small words ("of", "to") aside.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from assistant.corpus_profile import TERM_GAPS, word_stem
from ingest.vocabulary import EQUIVALENT_PHRASINGS, FIELD_TERMS

_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def phrase_stems(text: str) -> list[str]:
    """The stems of a phrase's words, its small words ("of", "to") left out."""
    return [word_stem(t) for t in _TOKEN.findall(text) if t.lower() not in TERM_GAPS]


def holds_phrase(stems: list[str], phrase: list[str]) -> bool:
    """The stems hold the phrase's stems in order, side by side."""
    n = len(phrase)
    return any(stems[i : i + n] == phrase for i in range(len(stems) - n + 1))


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]:
    """Each group's phrasings with their stems, worked out once."""
    return tuple(
        tuple((phrase, tuple(phrase_stems(phrase))) for phrase in group) for group in EQUIVALENT_PHRASINGS
    )


def _groups_asked(text: str) -> Iterator[tuple[list[str], list[tuple[str, tuple[str, ...]]]]]:
    """For each group the text says in one (or more) of its phrasings: those phrasings' stems, and the
    group's other phrasings with theirs."""
    stems = phrase_stems(text)
    for group in _groups():
        asked = [phrase for phrase, phrase_stem in group if holds_phrase(stems, list(phrase_stem))]
        if asked:
            yield (
                [stem for phrase, phrase_stem in group if phrase in asked for stem in phrase_stem],
                [(phrase, phrase_stem) for phrase, phrase_stem in group if phrase not in asked],
            )


def writer_of(text: str) -> Callable[[str], bool]:
    """Whether the text writes a phrase (its words' stems in order, small words aside): for said_otherwise."""
    stems = phrase_stems(text)
    return lambda phrase: holds_phrase(stems, phrase_stems(phrase))


def said_otherwise(text: str, written: Callable[[str], bool]) -> set[str]:
    """Stems of the words of the text that belong to a phrasing of a group which the documents write in
    another phrasing of that group (``written``: whether the documents in question write a phrase). Their
    absence from the documents is no silence: the documents say the same thing in their own words."""
    found: set[str] = set()
    for asked_stems, others in _groups_asked(text):
        if any(written(other) for other, _ in others):
            found |= set(asked_stems)
    return found


def other_phrasings(text: str) -> list[list[list[str]]]:
    """For each group the text asks about in one phrasing, the stems of its other phrasings."""
    return [[list(stems) for _, stems in others] for _, others in _groups_asked(text)]


def phrasings_held(text: str, groups: list[list[list[str]]]) -> int:
    """How many of the groups (from other_phrasings) the text says in another phrasing."""
    if not groups:
        return 0
    stems = phrase_stems(text)
    return sum(any(holds_phrase(stems, other) for other in group) for group in groups)


def said_in_other_words(word: str, text: str) -> bool:
    """The text writes the word in another phrasing of its group ("several" as "a number of")."""
    return phrasings_held(text, other_phrasings(word)) > 0


def field_terms_named(text: str) -> list[str]:
    """The terms of the field (ingest/vocabulary.py FIELD_TERMS) the text names, in any of their words' forms."""
    stems = phrase_stems(text)
    return [term for term in FIELD_TERMS if holds_phrase(stems, phrase_stems(term))]
