"""Unit tests for how answers read sentences: answer kinds, fragments, doers, abbreviations, hyphenated words."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.acronyms import stands_for, used_in
from assistant.corpus_profile import build_profile
from assistant.everyday_words import is_everyday
from assistant.extractive import ExtractiveAnswerer
from assistant.sentences import answer_type_bonus, is_fragment


def test_an_outlet_asked_for_is_an_outlet_named() -> None:
    question = "Which BBC regional newsroom ran the story about the force?"
    assert answer_type_bonus(question, "Follow BBC West Midlands on Facebook, Twitter and Instagram.") > 0
    assert answer_type_bonus(question, "The force must improve, the BBC was told by inspectors.") < 0
    assert (
        answer_type_bonus("Which newspaper reported it?", "It was first reported by the Stoke Sentinel.") > 0
    )


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        ("It has successfully brought together a range of professionals.", True),
        ("They provide good support to families.", True),
        ("This service helps families stay together.", True),
        ("It is clear that leaders know their services well.", False),
        ("It was noted that visits are timely.", False),
        ("Its work is good.", False),
        # a connective and a clause may come first
        (
            "However, with support from a dedicated team, this has now reduced to the pre-pandemic level.",
            True,
        ),
        ("However, visits are timely.", False),
    ],
)
def test_a_sentence_that_names_its_subject_in_the_sentence_before(text: str, points_back: bool) -> None:
    from assistant.extractive import _PRONOUN_POINTS_BACK
    from assistant.sentences import POINTS_BACK

    assert bool(POINTS_BACK.match(text) or _PRONOUN_POINTS_BACK.match(text)) is points_back


def test_it_opening_a_paragraph_of_a_story_points_to_the_story_not_the_paragraph_before() -> None:
    from assistant.evidence import Sentence
    from assistant.extractive import opens_paragraph
    from ingest.models import Chunk

    chunk = Chunk(
        "n:0", "n", "The force said it was committed. It also highlighted strengths.", None, None, "", 0
    )
    story = "The force said it was committed.\n\nIt also highlighted strengths."
    assert opens_paragraph(Sentence("It also highlighted strengths.", None, chunk), story)
    assert not opens_paragraph(
        Sentence("It also highlighted strengths.", None, chunk), story.replace("\n\n", " ")
    )
    report = "The hub is new.\nIt has brought together partners."
    assert not opens_paragraph(
        Sentence("It has brought together partners.", 3, chunk), report
    )  # a PDF's lines wrap


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The analysis of return home interviews.", True),
        ("Management oversight and supervision.", True),
        ("Caseloads are manageable.", False),
        ("Timeliness of assessments improved.", False),
        ("Trained volunteers, independent to the child, complete return home interviews.", False),
    ],
)
def test_a_short_line_without_a_verb_is_a_fragment(text: str, fragment: bool) -> None:
    assert is_fragment(text) is fragment


def test_who_questions_prefer_a_doer_the_question_does_not_name() -> None:
    question = "Who carried out return home interviews?"
    assert answer_type_bonus(question, "Trained volunteers complete return home interviews.") > 0
    assert answer_type_bonus(question, "The analysis of return home interviews.") < 0
    # social workers named by the question are no answer to who, besides them, does it
    assert answer_type_bonus("Who supports social workers?", "Social workers are supported.") < 0
    assert (
        answer_type_bonus("Who supports social workers?", "Social workers are supported by Jane Smith.") > 0
    )


def test_yes_no_questions_prefer_sentences_that_say_how_many() -> None:
    question = "Did children who went missing get a return home interview?"
    assert answer_type_bonus(question, "Not all children are offered a return home interview.") > 0
    assert answer_type_bonus(question, "Return home interviews are analysed.") == 0


def test_name_questions_prefer_sentences_that_give_a_name() -> None:
    question = "What is the referral service called?"
    assert answer_type_bonus(question, "Referrals go to the Children’s Hub, run with partners.") > 0
    assert answer_type_bonus(question, "referrals are handled well.") == 0


@pytest.mark.parametrize(
    ("abbreviation", "words", "expected"),
    [
        ("PIC", ["the", "multi-agency", "partners", "in", "change"], True),
        ("MASH", ["the", "multi-agency", "safeguarding", "hub"], True),
        ("PA", ["a", "personal", "adviser"], True),
        ("PIC", ["the", "team"], False),
    ],
)
def test_an_abbreviation_stands_for_the_words_before_it(
    abbreviation: str, words: list[str], expected: bool
) -> None:
    assert stands_for(abbreviation, words) is expected


def test_abbreviations_used_in_a_sentence_in_order_once() -> None:
    assert used_in("The PIC team and the MASH work with PIC.") == ["PIC", "MASH"]


class _Pages:
    """The little of a catalogue that the corpus profile reads."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def documents(self) -> list[object]:
        return [type("Doc", (), {"doc_id": d})() for d in self.texts]

    def pages(self, doc_id: str) -> list[object]:
        return [type("Page", (), {"text": self.texts[doc_id]})()]


def test_a_hyphenated_word_is_also_known_written_as_one() -> None:
    profile = build_profile(_Pages({"a": "A multi-disciplinary team works here.", "b": "Nothing."}))  # type: ignore[arg-type]
    assert profile.mentions("a", "multidisciplinary")
    assert profile.mentions("a", "disciplinary")
    assert not profile.mentions("b", "multidisciplinary")


@pytest.mark.parametrize(
    ("word", "everyday"),
    [
        ("figure", True),
        ("deal", True),
        ("phone", True),
        ("restorative", False),
        ("sexting", False),
        ("theraplay", False),
    ],
)
def test_everyday_words_are_how_people_ask_not_what_they_ask_about(word: str, everyday: bool) -> None:
    assert is_everyday(word) is everyday


def test_a_person_asked_for_is_a_person_named_as_one() -> None:
    question = "Which inspector wrote the 2025 report on the force?"
    named = "HMICFRS inspector Michelle Skeer concluded her report by stating that she was reassured."
    body = (
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) carried out checks."
    )
    assert answer_type_bonus(question, named) > 0
    assert answer_type_bonus(question, body) < 0  # capitalised words of a body are no person


def answerer_over(folder: Path, body: str) -> ExtractiveAnswerer:
    """The extractive answerer over one report of that body, ingested into stores in memory."""
    from fakes import memory_index, run

    from assistant.retrieval import Retriever

    (folder / "report.txt").write_text(f"Inspection of Anytown children's services\n{body}\n")
    index = memory_index()
    run(folder, index)
    return ExtractiveAnswerer(index, Retriever(index))


def test_an_abbreviation_or_its_words_are_searched_for_as_the_report_defines_them(tmp_path: Path) -> None:
    answerer = answerer_over(
        tmp_path,
        "Challenge by independent reviewing officers (IROs) is limited. Excessive caseloads of more than 100 "
        "mean IROs cannot fulfil their duties. The multi-agency safeguarding hub (MASH) works well.",
    )
    index = answerer.index
    doc_ids = [d.doc_id for d in index.catalog.documents()]
    # a plural abbreviation is defined too, and both spellings are searched for
    assert answerer.other_spelling("How high were independent reviewing officer caseloads?", doc_ids) == (
        " IRO IROs",
        "",
    )
    assert "safeguarding hub" in answerer.other_spelling("Was the MASH effective?", doc_ids)[1]
    assert answerer.other_spelling("How were caseloads?", doc_ids) == ("", "")


def test_terms_the_library_writes_as_one_name(tmp_path: Path) -> None:
    from fakes import memory_index, run

    texts = {
        "a": "Care leavers benefit from staying put arrangements. Staying put is used well. Children are seen.",
        "b": "Young people remain in staying put arrangements. Staying put works. Children feel safe.",
        "c": "Staying put is offered to care leavers. No child is placed in bed and breakfast. Children know.",
        "d": "Care leavers are staying with carers and put first. Children wait. Bed and breakfast is never used.",
        "e": "Bed and breakfast was used for two care leavers. Children achieve well.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Inspection of {name.upper()} council\n{text}\n")
    index = memory_index()
    run(tmp_path, index)
    profile = build_profile(index.catalog)
    assert profile.is_term("staying", "put") and profile.is_term("bed", "breakfast")
    assert not profile.is_term("children", "are")  # written everywhere, but "children" goes on in many ways
    by_name = {d.title.split()[2]: d.doc_id for d in index.catalog.documents()}
    assert profile.writes_term(by_name["A"], "staying", "put")
    assert not profile.writes_term(by_name["D"], "staying", "put")  # both words, never together


def test_a_name_typed_with_a_straight_apostrophe_is_the_report_s_curly_one() -> None:
    import re

    from assistant.extractive import any_apostrophe

    assert re.search(any_apostrophe("women's") + " centre", "the Women’s Centre provides", re.I)
    assert re.search(any_apostrophe("women’s") + " centre", "the Women's Centre provides", re.I)
    assert not re.search(any_apostrophe("women's"), "the womens centre", re.I)


def test_a_figure_the_question_gives_is_found_whatever_words_it_chose() -> None:
    from assistant.evidence import Sentence
    from assistant.extractive import figure_given
    from assistant.sentences import ScoredSentence
    from ingest.models import Chunk

    chunk = Chunk("d:0", "d", "", 1, 1, "", 0)

    def ranked(text: str) -> list[ScoredSentence]:
        return [ScoredSentence(Sentence(text, 1, chunk), 0.5, 0.3, 0.1)]

    question = "How quickly were 91% of allegations wrapped up in 2013-14?"
    assert figure_given(question, ranked("In 2013–2014, 91% of LADO cases were concluded within a month."))
    assert not figure_given(question, ranked("In 2013–2014, 99% of cases were concluded."))
    # a year, or a small number, says nothing of the topic
    assert not figure_given(
        "What did the 2014 report say about 18 year olds?", ranked("In 2014, 18 were seen.")
    )


@pytest.mark.parametrize(
    ("text", "first", "question", "follows"),
    [
        (  # a figure the next sentence qualifies
            "For the year 2014-15, 134 of the 138 children had an initial health assessment. However, only 41 "
            "of 138 were completed within the expected timescale (30%). Dental checks are up to date.",
            "For the year 2014-15, 134 of the 138 children had an initial health assessment.",
            "How many children had their initial health assessment on time?",
            "However, only 41 of 138 were completed within the expected timescale (30%).",
        ),
        (  # whatever the question asks, a "However" that qualifies the sentence comes with it
            "Children who go missing from home or care are offered return home interviews. However, the take up "
            "of these interviews is still too low. Dental checks are up to date.",
            "Children who go missing from home or care are offered return home interviews.",
            "Did missing children take up return home interviews?",
            "However, the take up of these interviews is still too low.",
        ),
    ],
)
def test_a_sentence_the_next_one_qualifies_comes_with_it(
    tmp_path: Path, text: str, first: str, question: str, follows: str
) -> None:
    from assistant.evidence import sentences_of

    answerer = answerer_over(tmp_path, text)
    index = answerer.index
    sentences = {s.text: s for c in index.catalog.chunks() for s in sentences_of(c, index.catalog)}
    follow = answerer.completion(sentences[first], question)
    assert follow is not None and follow.text == follows
    # the qualifying sentence itself is followed by nothing that qualifies it
    assert answerer.completion(sentences[follows], question) is None


def test_a_rare_question_word_counts_for_more_than_a_common_one(tmp_path: Path) -> None:
    from fakes import memory_index, run

    from assistant.retrieval import Retriever

    for name, extra in (
        ("a", "A staff pledge offers incentives to stay, including paid sabbaticals."),
        ("b", ""),
        ("c", ""),
    ):
        (tmp_path / f"{name}.txt").write_text(
            f"Inspection of {name.upper()} council\nSocial workers say their caseloads are manageable. {extra}\n"
        )
    index = memory_index()
    run(tmp_path, index)
    answerer = ExtractiveAnswerer(index, Retriever(index))
    # every report uses "social"; one uses "sabbaticals", which says more of what a question asks
    assert answerer.word_weight("sabbaticals") > answerer.word_weight("social")


def test_one_template_written_with_a_hyphen_or_without_is_one_sentence_key() -> None:
    from assistant.corpus_profile import sentence_key

    assert sentence_key("It inspects services for looked-after children.") == sentence_key(
        "It inspects services for looked after children."
    )
    assert sentence_key("In 2023, 14 children.") == sentence_key("In 2019, 7 children.")  # numbers blanked


def test_the_publishers_template_is_no_antecedent(tmp_path: Path) -> None:
    from fakes import memory_index, run

    from assistant.evidence import sentences_of
    from assistant.retrieval import Retriever

    template = "Ofsted regulates and inspects childcare and social care in every area of the country."
    for name in "abcde":
        (tmp_path / f"{name}.txt").write_text(
            f"Inspection of {name.upper()} council children's services\n"
            f"The family hub in {name.upper()} town opened last spring. It has helped many families. "
            f"{template} It assesses council services for children across England.\n"
        )
    index = memory_index()
    run(tmp_path, index)
    answerer = ExtractiveAnswerer(index, Retriever(index))
    chunk = next(c for c in index.catalog.chunks(index.catalog.documents()[0].doc_id))
    by_text = {s.text[:12]: s for s in sentences_of(chunk, index.catalog)}
    helped, assesses = by_text["It has helpe"], by_text["It assesses "]
    assert answerer.antecedent(helped).text.startswith("The family hub")
    assert answerer.antecedent(assesses) is None  # the sentence before is the template every report has


def test_what_the_paper_said_is_not_which_paper() -> None:
    question = "what did the paper say the area has done since the inspectors came"
    since = "Since the inspectors visited we have recruited 23 more prosecutors."
    assert answer_type_bonus(question, since) > 0
    assert answer_type_bonus(question, "Follow the Ravensholt Gazette on Facebook.") <= 0


def speaker_of(tmp_path: Path, story: str, opening: str) -> str | None:
    """The text of the sentence that names who spoke the story's sentence opening with ``opening``."""
    from fakes import memory_index, run

    from assistant.evidence import sentences_of
    from assistant.sentences import speaker_named_before

    (tmp_path / "story.txt").write_text(f"Headline\n{story}\n")
    index = memory_index()
    run(tmp_path, index)
    chunk = next(c for c in index.catalog.chunks(index.catalog.documents()[0].doc_id))
    sentence = next(s for s in sentences_of(chunk, index.catalog) if s.text.startswith(opening))
    named = speaker_named_before(sentence, index.catalog)
    return named.text if named else None


def test_a_speaker_called_she_is_the_person_named_shortly_before(tmp_path: Path) -> None:
    story = (
        "The force's Assistant Chief Constable, Becky Riggs, said the force had improved its training. She said "
        "it had also improved its attendance at case conferences. Investigations would continue to improve, "
        "she added, and the force would work closely with the inspectors."
    )
    assert "Becky Riggs" in (speaker_of(tmp_path, story, "Investigations") or "")
    assert speaker_of(tmp_path, story, "The force's") is None  # she is named there


@pytest.mark.parametrize(
    ("word", "unheard"),
    [("wheelchair", True), ("summarise", False), ("figures", False), ("newsroom", False)],
)
def test_a_word_no_document_uses_is_a_topic_when_it_names_a_thing(word: str, unheard: bool) -> None:
    from assistant.extractive import unheard_thing

    assert unheard_thing(word, 1.0) is unheard
    assert not unheard_thing(word, 0.9)  # some document uses it: rarity decides, not this


def test_a_question_word_in_another_of_its_forms_is_held(tmp_path: Path) -> None:
    from fakes import memory_index, run

    from assistant.retrieval import Retriever
    from assistant.sentences import rank_sentences

    (tmp_path / "report.txt").write_text(
        "Inspection of Anytown children's services\nThe force needed to be better at investigating online "
        "exploitation. Leaders visit the teams every week.\n"
    )
    index = memory_index()
    run(tmp_path, index)
    passages = Retriever(index).search("investigate online", 5, None)
    ranked = rank_sentences("what did it need to investigate better?", passages, index)
    held = {s.sentence.text[:9]: s.overlap for s in ranked}
    assert held["The force"] == 1.0  # "investigate" as "investigating", "need" as "needed", "better"


def test_a_quotation_standing_alone_is_the_words_of_whoever_was_quoted_before(tmp_path: Path) -> None:
    story = (
        'Harriet Vellacott, the Chief Crown Prosecutor, said the area accepted the report. "We are not where we '
        'want to be," she said. "Since the inspectors visited we have recruited more prosecutors." The report '
        'found delays in court. "Victims wait too long."'
    )
    assert "Harriet Vellacott" in (speaker_of(tmp_path, story, '"Since') or "")
    # after the story's own words, whose the quotation is the sentences before do not say
    assert speaker_of(tmp_path, story, '"Victims') is None


def test_a_percentage_asked_for_that_no_sentence_gives_of_that_thing_is_unstated() -> None:
    from assistant.sentences import share_unstated

    question = "what percentage of cressley vale trainees were recommended for QTS last year"
    assert share_unstated(question, ["Only 19 of the 31 secondary mentors had completed this training."])
    assert not share_unstated(question, ["Of 58 trainees, 96% were recommended for QTS."])
    assert not share_unstated(question, ["Two thirds of trainees were recommended for QTS."])
    assert not share_unstated("what proportion of trainees finished", ["Most trainees finished."])


def test_shorthand_people_type_is_read_as_the_words_it_stands_for() -> None:
    from ingest.vocabulary import spelled_out

    assert spelled_out("what recs did the chief inspector make") == (
        "what recommendations did the chief inspector make"
    )
    assert (
        spelled_out("20 hrs of core mentor training, 3 yrs on")
        == "20 hours of core mentor training, 3 years on"
    )
    assert spelled_out("the records and the precise wording") == "the records and the precise wording"


def test_a_question_naming_a_stories_outlet_prefers_its_stories() -> None:
    from assistant.extractive import preferred_documents
    from ingest.models import DocumentMeta

    def meta(doc_id: str, doc_type: str, publisher: str | None = None) -> DocumentMeta:
        return DocumentMeta(doc_id, f"{doc_id}.txt", "h", "text", "t", doc_type=doc_type, publisher=publisher)

    report, story = meta("r", "inspection report", "CQC"), meta("s", "news", "Wexmoor Courier")
    assert preferred_documents("according to the courier how many staff were hired", [report, story]) == {"s"}
    assert preferred_documents("how many staff were hired", [report, story]) == {"r"}
