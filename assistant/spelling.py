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


def _known_words(profile: CorpusProfile) -> list[str]:
    return profile.memo(
        "words written by several documents",
        lambda: sorted(
            word
            for stem, word in profile.written.items()
            if profile.stem_docs.get(stem, 0) >= WRITTEN_BY_SEVERAL
        ),
    )


def corrected(question: str, profile: CorpusProfile) -> str:
    """The question with each mistyped word replaced by the documents' word for it."""

    def reread(match: re.Match[str]) -> str:
        word = match.group(1)
        if profile.stem_docs.get(word_stem(word)) or word_readings(word):
            return word
        close = difflib.get_close_matches(word, _known_words(profile), n=1, cutoff=CLOSE_ENOUGH)
        return close[0] if close else word

    return _LOWER_WORD.sub(reread, question)
