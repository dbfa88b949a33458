"""Abbreviations a document defines ("the multi-agency 'partners in change' (PIC) team"), so that an
answer quoting "the PIC team" can also quote where the report says what PIC stands for."""

from __future__ import annotations

import re

from assistant.evidence import Sentence, sentences_of
from vectorstore.catalog import Catalog

_DEFINED = re.compile(r"\(\s*[‘'\"“]?([A-Z][A-Za-z]{1,6})[’'\"”]?\s*\)")
_USED = re.compile(r"\b([A-Z]{2,6})s?\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def stands_for(abbreviation: str, words_before: list[str]) -> bool:
    """The words just before the brackets begin with the abbreviation's letters, in order: 'partners in
    change' for PIC, 'multi-agency safeguarding hub' for MASH (a hyphenated word gives each part)."""
    letters = abbreviation.lower()
    initials = [part[0].lower() for word in words_before for part in word.split("-") if part]
    return len(initials) >= len(letters) and "".join(initials[-len(letters) :]) == letters


def definitions(catalog: Catalog, doc_id: str) -> dict[str, Sentence]:
    """Each abbreviation the document defines, with the first sentence that defines it."""
    found: dict[str, Sentence] = {}
    for chunk in catalog.chunks(doc_id):
        for sentence in sentences_of(chunk, catalog):
            for match in _DEFINED.finditer(sentence.text):
                abbreviation = match.group(1)
                if abbreviation in found or not abbreviation[1:].isupper() and not abbreviation.isupper():
                    continue
                before = _WORD.findall(sentence.text[: match.start()].replace("‘", " ").replace("’", " "))
                if stands_for(abbreviation, before[-8:]):
                    found[abbreviation] = sentence
    return found


def used_in(text: str) -> list[str]:
    """Abbreviations a text uses, in order, each once."""
    seen: list[str] = []
    for match in _USED.finditer(text):
        if match.group(1) not in seen:
            seen.append(match.group(1))
    return seen
