"""A word mistyped in a question ("avrage caseload", "recieved"), read as the word the documents write.

Only a word that is neither English (lemminflect knows no reading of it) nor in any document is read again,
as the closest word that several documents write: names stay as typed (they are capitalised, or no written
word is close enough), and so does any real word the documents happen not to use."""

from __future__ import annotations

import difflib
import re

from assistant.corpus_profile import CorpusProfile, word_stem
from assistant.everyday_words import word_readings

SHORTEST_MISTYPED = 6  # shorter words are too often someone's name or an abbreviation
CLOSE_ENOUGH = 0.85  # difflib's ratio: "avrage" / "average" is 0.92; "wigan" / "again" 0.8
WRITTEN_BY_SEVERAL = 3  # documents that must write the word it is read as
_LOWER_WORD = re.compile(rf"(?<![\w’'-])([a-z]{{{SHORTEST_MISTYPED},}})(?![\w’'-])")


# a word made of one of these and a word the documents write ("unassessed", "nonattendance") is that word's
# opposite, never a slip in typing it
_NEGATING_PREFIXES = ("un", "non", "dis", "mis", "in", "im", "ir", "il")


def known_words(profile: CorpusProfile) -> list[str]:
    """The words, as written, that several documents write."""
    return profile.memo(
        "words written by several documents",
        lambda: sorted(w for w, n in profile.word_docs.items() if n >= WRITTEN_BY_SEVERAL),
    )


def corrected(question: str, profile: CorpusProfile) -> str:
    """The question with each mistyped word replaced by the documents' word for it."""

    def reread(match: re.Match[str]) -> str:
        word = match.group(1)
        if profile.stem_docs.get(word_stem(word)) or word_readings(word):
            return word
        if any(
            word.startswith(p) and profile.stem_docs.get(word_stem(word[len(p) :]))
            for p in _NEGATING_PREFIXES
        ):
            return word
        close = difflib.get_close_matches(word, known_words(profile), n=1, cutoff=CLOSE_ENOUGH)
        return close[0] if close else word

    return _LOWER_WORD.sub(reread, question)


def one_slip_from_a_known_word(word: str, profile: CorpusProfile) -> bool:
    """The word is a word several documents write with one letter added, dropped, changed or two swapped
    ("thier", "carre", "polce"): a slip in typing it, not a name of its own."""
    return any(_one_slip(word, known) for known in known_words(profile) if abs(len(known) - len(word)) <= 1)


def _one_slip(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
