"""Abbreviations a document defines ("the multi-agency 'partners in change' (PIC) team"), so that an
answer quoting "the PIC team" can also quote where the report says what PIC stands for."""

from __future__ import annotations

import os
import re

from assistant.corpus_profile import word_stem
from assistant.evidence import Sentence, sentences_of
from vectorstore.catalog import Catalog

_DEFINED = re.compile(r"\(\s*[‘'\"“]?([A-Z][A-Za-z]{1,9})[’'\"”]?\s*\)")
_USED = re.compile(r"\b([A-Z]{2,6})s?\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "to", "&"}


def stands_for(abbreviation: str, words_before: list[str]) -> bool:
    """The words just before the brackets begin with the abbreviation's letters, in order: 'partners in
    change' for PIC, 'multi-agency safeguarding hub' for MASH (a hyphenated word gives each part), 'His
    Majesty's Inspectorate of Constabulary and Fire and Rescue Services' for HMICFRS (small words may
    give no letter)."""
    return expansion_length(abbreviation, words_before) > 0


def expansion_length(abbreviation: str, words_before: list[str]) -> int:
    """How many of the words before the brackets spell the abbreviation (0: they do not)."""
    letters = abbreviation.lower()
    parts = [part for word in words_before for part in word.split("-") if part]
    initials = [part[0].lower() for part in parts]
    if len(initials) >= len(letters) and "".join(initials[-len(letters) :]) == letters:
        return len(letters)
    # backwards, letter by letter; a small word that is not the letter wanted gives none
    want, taken = len(letters) - 1, 0
    for part in reversed(parts):
        if want < 0:
            break
        taken += 1
        if part[0].lower() == letters[want]:
            want -= 1
        elif part.lower() not in _SMALL_WORDS:
            return 0
    return taken if want < 0 else 0


_ASKS_EXPANSION = re.compile(
    r"\b(?i:what\s+(?:does|do|did)\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+)?)[‘'\"“]?([A-Z][A-Za-z]{1,7})[’'\"”]?"
    r"\s+(?i:stands?\s+for)\b|\b(?i:what\s+is\s+)[‘'\"“]?([A-Z]{2,8})[’'\"”]?\s+(?i:short\s+for)\b|"
    r"\b(?i:(?:full\s+(?:name|form)|expansion)\s+of\s+(?:the\s+)?)[‘'\"“]?([A-Z]{2,8})\b",
)


def asks_expansion(question: str) -> str | None:
    """The abbreviation a question asks to be written out ("What does HMICFRS stand for?")."""
    match = _ASKS_EXPANSION.search(question)
    return next((g for g in match.groups() if g), None) if match else None


def defining(sentence: Sentence, abbreviation: str) -> str | None:
    """The words a sentence gives for the abbreviation, if it defines it: '... His Majesty's Inspectorate
    of Constabulary and Fire and Rescue Services (HMICFRS) ...'."""
    for match in _DEFINED.finditer(sentence.text):
        if match.group(1) not in (abbreviation, f"{abbreviation}s"):
            continue
        head = sentence.text[: match.start()].replace("‘", " ")
        spans = list(_WORD.finditer(head))
        words = [m.group(0) for m in spans[-14:]]
        taken = expansion_length(abbreviation, words)
        if taken:
            # counted in hyphen-split parts: back to whole words ("multi-agency safeguarding hub")
            parts = 0
            for back, word in enumerate(reversed(words), 1):
                parts += len([p for p in word.split("-") if p])
                if parts >= taken:
                    return head[spans[-back].start() :].strip()  # as written: "Fire & Rescue Services"
            return head[spans[-len(words)].start() :].strip()
    return None


def definitions(catalog: Catalog, doc_id: str) -> dict[str, Sentence]:
    """Each abbreviation the document defines, with the first sentence that defines it."""
    found: dict[str, Sentence] = {}
    for chunk in catalog.chunks(doc_id):
        for sentence in sentences_of(chunk, catalog):
            for match in _DEFINED.finditer(sentence.text):
                abbreviation = match.group(1)
                if abbreviation.endswith("s") and abbreviation[:-1].isupper():
                    abbreviation = abbreviation[:-1]  # "independent reviewing officers (IROs)"
                if abbreviation in found or not abbreviation[1:].isupper() and not abbreviation.isupper():
                    continue
                if stands_for(abbreviation, words_before(sentence.text[: match.start()])[-8:]):
                    found[abbreviation] = sentence
    return found


def words_before(head: str) -> list[str]:
    """The words of the text before an abbreviation's brackets; a possessive's "s" gives no letter
    ("Northamptonshire Children's Trust (NCT)")."""
    head = re.sub(r"[’']s\b", "", head)
    return _WORD.findall(head.replace("‘", " ").replace("’", " "))


def used_in(text: str) -> list[str]:
    """Abbreviations a text uses, in order, each once."""
    seen: list[str] = []
    for match in _USED.finditer(text):
        if match.group(1) not in seen:
            seen.append(match.group(1))
    return seen


def writes_out(text: str, words: list[str]) -> re.Match[str] | None:
    """Where the text writes out the words an abbreviation stands for, in any of their forms and with hyphens
    or spaces between ("body-worn video" for ["body", "worn", "video"])."""
    stems = [os.path.commonprefix([w, word_stem(w)]) for w in words]
    low = re.sub(r"[\s-]+", " ", text.lower())
    return re.search(r"\b" + r"\w*\s+".join(map(re.escape, stems)) + r"\w*", low)
