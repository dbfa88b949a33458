"""How people ask and how reports write the same thing (assistant/equivalents.py), and the stems that join
a word's forms."""

from __future__ import annotations

import pytest

from assistant.corpus_profile import CorpusProfile, word_stem
from assistant.equivalents import (
    EQUIVALENT_PHRASINGS,
    other_phrasings,
    phrasings_held,
    said_in_other_words,
    said_otherwise,
)


@pytest.mark.parametrize(
    ("one", "other"),
    [("bodies", "body"), ("services", "service"), ("received", "receive"), ("misuses", "misuse")],
)
def test_a_words_forms_share_a_stem(one: str, other: str) -> None:
    assert word_stem(one) == word_stem(other)


def test_short_words_keep_their_e() -> None:
    assert word_stem("care") == "care" and word_stem("use") == "use"


def test_a_document_mentions_a_word_whatever_its_ending() -> None:
    profile = CorpusProfile(doc_stems={"d1": {"misuse", "servic"}})
    assert profile.mentions("d1", word_stem("misusing"))
    assert profile.mentions("d1", "service")  # a stem stored before the final "e" was dropped


def test_words_asked_as_people_talk_are_said_otherwise_when_a_report_writes_its_own_term() -> None:
    written = {"substance misuse", "enter care"}
    found = said_otherwise("What % of kids misused drugs or alcohol?", lambda phrase: phrase in written)
    assert {word_stem("drugs"), word_stem("alcohol")} <= found
    found = said_otherwise("Which service reduces entries to care?", lambda phrase: phrase in written)
    assert word_stem("entries") in found
    # nothing of the group written: the words stand, and silence may be told
    assert not said_otherwise("What about drugs?", lambda phrase: False)


def test_a_sentence_in_the_reports_words_holds_the_asked_group() -> None:
    groups = other_phrasings("Was there a phone line for parents?")
    assert phrasings_held("Parents use the SEND advice line.", groups) == 1
    assert phrasings_held("Parents use the local offer.", groups) == 0
    assert said_in_other_words("several", 'It had made "a number of positive changes".')
    assert not said_in_other_words("several", "It had made positive changes.")


def test_no_phrasing_stands_in_two_groups() -> None:
    # one phrasing in two groups would join two different things
    seen: dict[str, int] = {}
    for at, group in enumerate(EQUIVALENT_PHRASINGS):
        for phrase in group:
            key = " ".join(word_stem(w) for w in phrase.split())
            assert seen.setdefault(key, at) == at, phrase


def test_terms_of_the_field_named_in_any_form() -> None:
    from assistant.equivalents import field_terms_named

    assert field_terms_named("How were young carers identified?") == ["young carers"]
    assert field_terms_named("What help for a young carer was there?") == ["young carers"]
    assert field_terms_named("How young were the carers?") == []
    # a report that writes it another way is not silent on it
    written = {"privately arranged fostering"}
    assert said_otherwise("How many were privately fostered?", lambda phrase: phrase in written)
