"""What the library as a whole says about its words and sentences, learnt from the documents themselves.

- Boilerplate: a sentence printed in many reports ("This report is available at ...", "Information about
  this inspection ...") is the publisher's, not a finding; it is never evidence.
- Distinctive words: how many documents use each word, so a question's subject terms can be told from
  the words every report uses, and a report that never uses any of them is known to be silent on it.
- Terms: two words the library writes as one name ("staying put", "private fostering", "bed and
  breakfast"): the second follows the first in a good share of the first's uses, in several documents. A
  report that never writes the term is silent on it, though it uses both words elsewhere.

Built once per catalogue generation (a few seconds over 10,000 pages) and shared by every request.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

import numpy as np

from assistant.evidence import squash
from vectorstore.interfaces import Catalogue

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_WORD = re.compile(r"[a-z][a-z'’]+")  # hyphenated words count as their parts
_HYPHENATED = re.compile(r"\b([a-z]{2,})-\s?([a-z]{3,})\b")  # ... and as one word
# A sentence in this share of the documents (and at least 4) is the publisher's template, not a finding.
BOILERPLATE_SHARE = 0.1
MEMO_ENTRIES = 100_000  # catalogue lookups remembered per generation (small values: titles, booleans)
TERM_MIN_DOCUMENTS = 3  # a term is written in at least this many documents ...
TERM_MIN_SHARE = 0.3  # ... and follows its first word in at least this share of that word's uses
# Small words a term may hold ("bed and breakfast", "children in need"), skipped between its words.
TERM_GAPS = frozenset("a an the of and in on at to for by with or".split())
T = TypeVar("T")


def sentence_key(text: str) -> str:
    """A sentence with names of places and numbers blanked, so one template filled in per report matches."""
    low = squash(text).lower()
    low = re.sub(r"\d+", "#", low)
    low = re.sub(r"[-‐–]", " ", low)  # "looked-after" and "looked after" are one template
    return re.sub(r"[^a-z# ]+", "", low)[:160]


@lru_cache(maxsize=200_000)  # a library has tens of thousands of words, read millions of times
def word_stem(word: str) -> str:
    """A crude stem that joins the forms people use ('fostering', 'fostered', 'foster'), for matching only."""
    word = re.sub(r"[’']s?$", "", word.lower().replace("’", "'")).strip("'-")
    for suffix in ("ings", "ing", "ies", "ied", "ers", "ed", "es", "er", "s"):
        # "bodies" is "body" (a -y word's plural keeps two letters of its stem before "ies")
        shortest = len(suffix) + (2 if suffix in ("ies", "ied") else 3)
        if len(word) > shortest and word.endswith(suffix):
            # "vacancies" and "vacancy", "carried" and "carry" are one word
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    # "receive" is "receiv", as "received" is; "service" as "services" (short words keep theirs: "care", "use")
    return word[:-1] if len(word) >= 5 and word.endswith("e") else word


@dataclass
class CorpusProfile:
    documents: int = 0
    stem_docs: Counter[str] = field(default_factory=Counter)  # stem -> documents using it
    boilerplate: set[str] = field(default_factory=set)  # sentence keys
    doc_stems: dict[str, set[str]] = field(default_factory=dict)  # doc_id -> stems it uses
    terms: frozenset[int] = frozenset()  # term keys (see term_key)
    doc_terms: dict[str, frozenset[int]] = field(default_factory=dict)  # doc_id -> term keys it writes
    word_docs: Counter[str] = field(default_factory=Counter)  # word as written -> documents writing it
    # What answers look up in the catalogue per sentence (a document's title, whether it uses a phrase),
    # computed once for this generation of the catalogue (see memo).
    _memo: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)

    def is_boilerplate(self, sentence: str) -> bool:
        return sentence_key(sentence) in self.boilerplate

    def rarity(self, stem: str) -> float:
        """Share of documents NOT using the stem: 1.0 for a word no document uses."""
        if not self.documents:
            return 1.0
        return 1.0 - self.stem_docs.get(stem, 0) / self.documents

    def mentions(self, doc_id: str, stem: str) -> bool:
        """The document uses the word, in any of its forms: the stem loses or keeps a final "e" ("misusing"
        is "misus", "misuse" is "misuse")."""
        stems = self.doc_stems.get(doc_id, set())
        return stem in stems or f"{stem}e" in stems or (stem.endswith("e") and stem[:-1] in stems)

    def is_term(self, first: str, second: str) -> bool:
        return term_key(first, second) in self.terms

    def writes_term(self, doc_id: str, first: str, second: str) -> bool:
        return term_key(first, second) in self.doc_terms.get(doc_id, frozenset())

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """compute(), once per key for this profile's catalogue generation (a new generation gets a new
        profile, so nothing stale is read). Safe from several threads: at worst two compute the same value."""
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        value = compute()
        if len(self._memo) >= MEMO_ENTRIES:
            self._memo.clear()
        self._memo[key] = value
        return value


class CorpusProfiles:
    """The profile of the catalogue's current generation, rebuilt when documents change."""

    def __init__(self, catalog: Catalogue) -> None:
        self._catalog = catalog
        self._lock = threading.Lock()
        self._generation = -1
        self._profile = CorpusProfile()

    def current(self) -> CorpusProfile:
        with self._lock:
            generation = self._catalog.generation
            if generation != self._generation:
                self._profile = build_profile(self._catalog)
                self._generation = generation
            return self._profile


def term_key(first: str, second: str) -> int:
    """Two words by the first five letters of their stems ("privately fostered" is "private fostering",
    "drugs or alcohol" is "drug and alcohol"), as a number: a library has millions of word pairs, kept as
    numbers, not strings."""
    return zlib.crc32(f"{word_stem(first)[:5]} {word_stem(second)[:5]}".encode())


def _term_words(low: str) -> list[str]:
    words = (w.strip("'’") for w in _WORD.findall(low))
    return [w for w in words if len(w) >= 3 and w not in TERM_GAPS]


def _find_terms(profile: CorpusProfile, words_of: dict[str, list[str]]) -> None:
    """Which neighbouring words are terms, and which documents write each (see TERM_MIN_*)."""
    pair_keys: dict[str, np.ndarray] = {}
    all_pairs, all_firsts, first_uses = [], [], []
    for doc_id, words in words_of.items():
        pairs = np.fromiter((term_key(a, b) for a, b in zip(words, words[1:], strict=False)), np.uint32)
        firsts = np.fromiter((zlib.crc32(word_stem(w)[:5].encode()) for w in words[:-1]), np.uint32)
        pair_keys[doc_id] = np.unique(pairs)
        all_pairs.append(pairs)
        all_firsts.append(firsts)
        first_uses.append(firsts)
    if not pair_keys:
        return
    pairs, firsts = np.concatenate(all_pairs), np.concatenate(all_firsts)
    keys, where, uses = np.unique(pairs, return_index=True, return_counts=True)
    first_keys, first_counts = np.unique(np.concatenate(first_uses), return_counts=True)
    of_first = first_counts[np.searchsorted(first_keys, firsts[where])]
    documents = np.unique(np.concatenate(list(pair_keys.values())), return_counts=True)[1]
    terms = keys[(documents >= TERM_MIN_DOCUMENTS) & (uses >= TERM_MIN_SHARE * of_first)]
    profile.terms = frozenset(terms.tolist())
    for doc_id, doc_pairs in pair_keys.items():
        profile.doc_terms[doc_id] = frozenset(np.intersect1d(doc_pairs, terms, assume_unique=True).tolist())


def build_profile(catalog: Catalogue) -> CorpusProfile:
    profile = CorpusProfile()
    sentence_docs: Counter[str] = Counter()
    words_of: dict[str, list[str]] = {}
    for doc in catalog.documents():
        text = " ".join(p.text for p in catalog.pages(doc.doc_id))
        low = text.lower()
        words_of[doc.doc_id] = _term_words(low)
        words = set(_WORD.findall(low))
        profile.word_docs.update(words)
        stems = {word_stem(w) for w in words}
        # "multi-disciplinary" is also how people write "multidisciplinary"
        stems |= {word_stem(a + b) for a, b in _HYPHENATED.findall(low)}
        profile.doc_stems[doc.doc_id] = stems
        profile.stem_docs.update(stems)
        profile.documents += 1
        keys = {sentence_key(s) for s in _SPLIT.split(squash(text)) if len(s) > 30}
        sentence_docs.update(keys)
    threshold = max(4, BOILERPLATE_SHARE * profile.documents)
    profile.boilerplate = {key for key, n in sentence_docs.items() if n >= threshold}
    _find_terms(profile, words_of)
    return profile
