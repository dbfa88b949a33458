"""Words of everyday English, known from general word frequencies (wordfreq), not from the reports.

A word few reports use is not always a topic: "figure", "deal", "phone" or "filled" are rare in inspection
reports but common in how people talk, so a report that never uses one of them is not thereby silent on
the question. "Restorative", "sexting" or "radicalisation" are rare in both: they name what is asked.
"""

from __future__ import annotations

from functools import lru_cache

# Zipf frequency: 3 is about once per million words, 4 ten times. Everyday words are at least this common.
EVERYDAY_ZIPF = 4.0


@lru_cache(maxsize=50_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # loads its word lists on first use, not at import

    return float(zipf_frequency(word, "en"))


def is_everyday(word: str) -> bool:
    return _zipf(word) >= EVERYDAY_ZIPF


# Zipf of an ordinary English word (about once per million words): "nursery" is one, "maidenhead" is not.
ORDINARY_ZIPF = 3.0


def is_ordinary_word(word: str) -> bool:
    """A word of ordinary English ("the", "care", "school"), not a place's own name ("Brackenford")."""
    return _zipf(word.lower()) >= ORDINARY_ZIPF


def is_common_noun(word: str) -> bool:
    """An ordinary English noun or adjective in its base form ("school", "primary", "nursery"): a word
    that names a kind of thing, never a place ("Brighton", "Poole", "Maidenhead")."""
    low = word.lower()
    readings = word_readings(low)
    base = any(low in readings.get(pos, ()) for pos in ("NOUN", "ADJ"))
    return base and _zipf(low) >= ORDINARY_ZIPF


GRAMMAR_WORD_ZIPF = 6.0  # "the", "and", "of": words this common are never a place's name


def could_name_a_place(word: str) -> bool:
    """Neither a word of grammar ("the") nor an ordinary noun or adjective in any of its forms ("operations",
    "school"): a word that may be a place's own name ("Poole", "Hove", "Saltmere")."""
    low = word.lower()
    if _zipf(low) >= GRAMMAR_WORD_ZIPF or is_common_noun(low):
        return False
    readings = word_readings(low)
    return not any(is_common_noun(lemma) for pos in ("NOUN", "ADJ") for lemma in readings.get(pos, ()))


# Words after which a word that can be a verb is one ("had fallen", "to gather", "was dealt with").
_VERB_BEFORE = frozenset(
    "had has have having was were is are be been being did does do to will would can could should must may "
    "might shall not never".split()
)


@lru_cache(maxsize=50_000)
def word_readings(word: str) -> dict[str, tuple[str, ...]]:
    """The word's lemmas by part of speech ({'NOUN': ('leaver',), 'VERB': ...}), from lemminflect's tables."""
    from lemminflect import getAllLemmas  # its tables load on first use, not at import

    return dict(getAllLemmas(word))


@lru_cache(maxsize=50_000)
def word_forms(word: str) -> frozenset[str]:
    """Every inflection of the word's lemmas ("catch": "caught", "catches", "catching"), from lemminflect's
    tables: an irregular form shares no stem with the word."""
    from lemminflect import getAllInflections

    low = word.lower()
    forms = {low}
    for lemmas in word_readings(low).values():
        for lemma in lemmas:
            forms.add(lemma)
            for inflected in getAllInflections(lemma).values():
                forms.update(inflected)
    return frozenset(forms)


def is_everyday_verb(word: str, before: str = "") -> bool:
    """The word, where it stands (``before``: the word in front of it), is a common English verb: what was
    done ("dealt with", "had the share fallen", "to gather"), which people ask in their own words, not the
    topic.

    A verb's inflected form that is no noun's plural ("dealt", "fallen", "tackled") is one anywhere (a
    question puts its subject between "had" and "fallen"); a form that may be a noun ("gather", "handles",
    "visits") only after an auxiliary or "to". An -ing form is as often the thing itself ("eating
    disorder", "driving lessons"), so never. Rare verbs ("radicalised", "groomed") name the topic."""
    low = word.lower()
    if low.endswith("ing"):
        return False
    readings = word_readings(low)
    verb_lemmas = readings.get("VERB", ())
    if not verb_lemmas:
        return False
    inflected = all(lemma != low for lemma in verb_lemmas)
    noun_form = any(lemma != low for lemma in readings.get("NOUN", ()))
    if not (inflected and not noun_form) and before.lower() not in _VERB_BEFORE:
        return False
    return max(_zipf(lemma) for lemma in (low, *verb_lemmas)) >= EVERYDAY_ZIPF


# Prepositions: a closed class of words that place or relate things ("behind", "despite"), never a topic.
_PREPOSITIONS = frozenset(
    "about above across after against along alongside amid amidst among amongst around before behind below "
    "beneath beside besides between beyond despite during except inside instead into near onto outside over "
    "past per since through throughout toward towards under underneath unlike until upon versus via within "
    "without".split()
)
# participles that work as prepositions ("a plan covering children from birth", "GCSEs including English and
# maths", "concerning their safety"): how things are related, never what is asked about, nor part of a term
PARTICIPLE_PREPOSITIONS = frozenset("including excluding covering concerning regarding involving".split())
_PREPOSITIONS |= PARTICIPLE_PREPOSITIONS
# ... and with the short ones, those that tie a noun to what follows ("allegations about adults", "plans for")
PREPOSITIONS = _PREPOSITIONS | frozenset("of for to in on by at with from about against".split())


def is_preposition(word: str) -> bool:
    return word.lower() in PREPOSITIONS


FUNCTION_ADVERB_ZIPF = 4.5  # an adverb this common says how a thing is put ("together", "instead"), not what


def is_function_word(word: str) -> bool:
    """A preposition, or a common word that is only ever an adverb: how a question is put, never its topic."""
    low = word.lower()
    if low in _PREPOSITIONS:
        return True
    readings = word_readings(low)
    return set(readings) == {"ADV"} and _zipf(low) >= FUNCTION_ADVERB_ZIPF
