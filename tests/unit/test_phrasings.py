"""Unit tests for how people phrase questions: shortened counties, possessives, who said it, abbreviations
to write out, periods of figures, grades stated in a sentence, numbers the question gives itself."""

from __future__ import annotations

import pytest
from fakes import meta

from assistant.acronyms import asks_expansion, expansion_length, stands_for
from assistant.ratings import grade_stated_for
from assistant.resolve import OrganisationDirectory
from assistant.scope import _STATISTICS_YEAR, subject_text
from assistant.sentences import answer_type_bonus, holds_asked_kind


def test_a_shortened_county_and_a_possessive_find_the_organisation() -> None:
    police = meta("p", "Staffordshire Police", "news/a.txt")
    council = meta("c", "Staffordshire County Council", "80561_staffordshire/x.pdf")
    directory = OrganisationDirectory([police, council])
    assert [o.doc_ids for o in directory.find("Did Staffs police improve?")] == [["p"]]
    assert [o.doc_ids for o in directory.find("Which children had Staffordshire's police missed?")] == [["p"]]
    assert [o.doc_ids for o in directory.find("What did Ofsted say about Staffordshire in 2019?")] == [["c"]]


def test_who_said_it_is_not_what_is_asked() -> None:
    assert "inspectorate" not in subject_text(
        "Which children did the inspectorate say the force had been slow to recognise?"
    )
    assert "inspectorate" in subject_text("Which inspectorate carried out the inspection?")


@pytest.mark.parametrize(
    ("question", "abbreviation"),
    [
        ("What does HMICFRS stand for?", "HMICFRS"),
        ("what is SENDIASS short for", "SENDIASS"),
        ("What is the full name of the CAIU?", "CAIU"),
        ("What does the council do for care leavers?", None),
    ],
)
def test_a_question_may_ask_what_an_abbreviation_stands_for(question: str, abbreviation: str | None) -> None:
    assert asks_expansion(question) == abbreviation


def test_small_words_of_a_name_may_give_no_letter() -> None:
    words = "said His Majesty's Inspectorate of Constabulary and Fire and Rescue Services".split()
    assert expansion_length("HMICFRS", words) == 10
    assert stands_for("MASH", ["the", "multi-agency", "safeguarding", "hub"])
    assert not stands_for("PIC", ["the", "team"])
    from assistant.acronyms import words_before

    assert stands_for("NCT", words_before("services to Northamptonshire Children’s Trust "))


def test_a_sentence_that_puts_right_what_the_one_before_reports_completes_it() -> None:
    from assistant.extractive import _PUTS_RIGHT

    assert _PUTS_RIGHT.match("Leaders say this is not the case.")
    assert _PUTS_RIGHT.match("This was not so.")
    assert not _PUTS_RIGHT.match("This is not the only option.")


def test_a_period_of_figures_is_not_which_inspection() -> None:
    for text in (
        "in the year to March 2025",
        "in the 12 months to 31 December 2024",
        "year ending 31 March 2024",
    ):
        assert "20" not in _STATISTICS_YEAR.sub(" ", text)
    assert "2019" in _STATISTICS_YEAR.sub(" ", "at the 2019 inspection")


def test_the_grade_next_to_what_was_asked_leads() -> None:
    sentence = (
        "It was found to be good at working with safeguarding partners, and adequate when it came to "
        "leadership of child protection arrangements and risk assessment and referrals."
    )
    assert (
        grade_stated_for("What grade did it get for risk assessment and referrals?", sentence) == "adequate"
    )
    assert grade_stated_for("How was it rated for working with partners?", sentence) == "good"
    assert grade_stated_for("How was it rated?", "Children make good progress.") is None


def test_numbers_the_question_gives_are_no_answer_to_how_many() -> None:
    question = "How many care leavers aged over 21 no longer had a social worker?"
    assert (
        holds_asked_kind(question, "When care leavers become 21, they are no longer provided with a worker.")
        is False
    )
    assert holds_asked_kind(question, "There were over 130 care leavers in this situation.") is True
    assert (
        answer_type_bonus("On what day of the week was the report published?", "It was published on Friday.")
        > 0
    )


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("Did the inspectorate see any progress at the force compared with 2021?", True),
        ("What did the regulator say about waiting times?", True),
        ("Which inspectorate found the failings?", False),  # asks who
        ("Which inspectorates carried out the inspection?", False),
    ],
)
def test_an_inspectorate_that_finds_is_not_who_inspected(question: str, acts: bool) -> None:
    from assistant.understanding import _INSPECTORATE_ACTS

    assert bool(_INSPECTORATE_ACTS.search(question)) is acts


@pytest.mark.parametrize(
    ("question", "wants", "area", "topic_asked"),
    [
        # a topic of its own and no word of grading: what the report says of it
        ("What support for young carers did the inspection describe?", "grade", None, True),
        # a grade asked in words of grading, or an area named: the grade
        ("How was Luton rated in 2022?", "grade", None, False),
        ("What did the inspection find for care leavers?", "grade", "care leavers", False),
        ("How is Luton doing?", "grade", None, False),
        (
            "How were the experiences and progress of children in care?",
            "grade",
            "children in care",
            False,
        ),
        ("How was leadership rated?", "grade", "impact of leaders", False),
        # an area named as whose figure, a topic of its own and no grade word: what the report says of it
        ("What was school attendance for children in care?", "grade", "children in care", True),
    ],
)
def test_a_topic_without_grade_words_asks_for_text(
    question: str, wants: str, area: str | None, topic_asked: bool
) -> None:
    from assistant.extractive import ExtractiveAnswerer
    from assistant.scope import Scope

    scope = Scope(question=question, wants=wants, area=area)
    assert ExtractiveAnswerer.topic_without_grade_words(scope) is topic_asked


def test_a_grade_named_in_asking_when_or_why_asks_no_grade() -> None:
    from assistant.ratings import asks_rating

    assert asks_rating("How was Kelsford rated?")
    assert not asks_rating("When was Kelsford children's services judged inadequate?")
    assert not asks_rating("Why was the force graded inadequate?")


def test_the_document_a_question_describes_by_its_title() -> None:
    from assistant.extractive import described_by_title
    from ingest.models import DocumentMeta

    def news(doc_id: str, title: str) -> DocumentMeta:
        return DocumentMeta(
            doc_id=doc_id,
            source=f"news/{doc_id}.txt",
            content_hash="h",
            content_type="text",
            title=title,
            organisation="Staffordshire Police",
            doc_type="news",
        )

    first = news("a", "Staffordshire Police told it still needs to improve safeguarding for children")
    second = news("b", "Child abuse investigations must improve, force told")
    question = (
        "which month did the watchdog visit staffs police for the story saying safeguarding still isn't good?"
    )
    assert described_by_title(question, [first, second]) == "a"
    assert described_by_title("When did HMICFRS visit Staffordshire Police?", [first, second]) is None


@pytest.mark.parametrize(
    "question",
    [
        "Which community interest company delivers the council's children's services?",
        "Which in-house service does Ealing use for intensive work with families?",
        "which early intervention behaviour provision meant there were no exclusions?",
        "what do they call their children in care council?",
    ],
)
def test_a_named_body_or_service_asked_for_favours_a_sentence_that_names_one(question: str) -> None:
    named = "Services are delivered by Achieving for Children, a community interest company."
    unnamed = "Services are delivered by a community interest company in partnership."
    assert answer_type_bonus(question, named) > answer_type_bonus(question, unnamed)


def test_a_name_the_question_gives_itself_is_no_answer_to_what_it_is_called() -> None:
    question = "What's the 'front door' service in Stoke called?"
    echoed = "Progress has been made in the ‘front door’ service."
    named = "A children's advice and duty service (CHAD) ensures that needs are identified."
    assert answer_type_bonus(question, named) > answer_type_bonus(question, echoed)
    # a name that runs a figure or a capital into its words is a name
    assert holds_asked_kind("What is the training package called?", "It is the Care4Me training package.")


@pytest.mark.parametrize(
    "question",
    ["what was the slogan of the exploitation awareness campaign?", "the campaign's strapline?"],
)
def test_a_slogan_asked_for_favours_the_sentence_that_quotes_one(question: str) -> None:
    quoted = "A campaign, ‘the more you know, the more you see’, has raised awareness among parents."
    plain = "A campaign by the Local Safeguarding Children Board has raised awareness among parents."
    assert answer_type_bonus(question, quoted) > answer_type_bonus(question, plain)


def test_a_clause_conceded_before_the_question_is_not_what_is_asked() -> None:
    from assistant.understanding import Subject, SubjectModel

    scores = SubjectModel(None).score("Despite the failings, what did inspectors find effective?")
    assert scores.best == Subject.STRENGTHS
    assert scores.scores[Subject.OUTCOME] < scores.scores[Subject.STRENGTHS]


def test_a_count_written_in_words_leads_in_figures_for_how_many() -> None:
    from assistant.sentences import spelled_count

    question = "How many children were strip-searched?"
    assert spelled_count(question, "Thirty-eight children had been strip-searched; 29 had an adult.") == 38
    assert spelled_count(question, "Seven family hubs have opened in the last year.") == 7
    assert spelled_count(question, "In 2024, seven hubs opened and 12 closed.") is None  # which, a figure too
    assert spelled_count(question, "Two hubs opened and three closed.") is None  # two counts
    assert spelled_count("What did the hubs do?", "Seven family hubs have opened.") is None


def test_a_count_that_counts_something_else_does_not_lead() -> None:
    from assistant.sentences import spelled_count

    question = "How many officers work in the sex offender management unit?"
    assert spelled_count(question, "Performance was assessed across five areas.") is None
    assert spelled_count("How many hubs opened?", "Seven family hubs have opened.") == 7
    # people counted in other words
    assert spelled_count("How many children were searched?", "Twelve young people were searched.") == 12


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what was the headline on the bbc story about the may 2025 inspection?", True),
        ("title of the bbc west midlands article on the watchdog's report?", True),
        ("what was the report called?", True),
        ("what were the headline findings of the 2023 Luton inspection?", False),
        ("what is Wendy Williams's job title?", False),
    ],
)
def test_a_question_asks_for_a_documents_title(question: str, asked: bool) -> None:
    from assistant.extractive import asks_title

    assert asks_title(question) is asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "slow progress on recognising kids affected by domestic abuse - which inspection said that, 2023 or 2025?",
            True,
        ),
        ("was it the march visit or the may 2025 one that said the contact centre needed work?", True),
        ("is becky riggs quoted in the 'child abuse' story or in the other bbc one?", True),
        ("What did inspectors say about missing children in Wigan in 2022?", False),
    ],
)
def test_a_question_asks_which_document_says_a_thing(question: str, asked: bool) -> None:
    from assistant.extractive import asks_which_document

    assert asks_which_document(question) is asked


def test_a_story_is_named_by_its_outlet_headline_and_the_inspection_it_reports() -> None:
    from assistant.extractive import document_label

    story = meta("s", "Staffordshire Police", "news/a.txt")
    story.doc_type, story.publisher, story.title = "news", "BBC News", "Force told to improve"
    story.extra["about_inspection"] = "Child protection inspection, May 2025"
    assert (
        document_label(story)
        == "The BBC News story “Force told to improve”, on the Child protection inspection, May 2025"
    )


def test_a_list_asked_for_by_name_whatever_else_the_question_says() -> None:
    from assistant.understanding import lists_a_list

    assert lists_a_list("list the operational recommendations cjini made on domestic abuse in glenarden")
    assert lists_a_list("what were the recommendations for the police?")
    assert not lists_a_list("What did it recommend about foster carers' training?")


def test_the_top_or_bottom_grade_asked_for() -> None:
    text = (
        "It was found to be good at working with safeguarding partners, and adequate when it came to leadership. "
        "However, the force was deemed to require improvement in responding to children at risk of harm."
    )
    assert grade_stated_for("best rating staffs police got in 2025?", text) == "good"
    assert grade_stated_for("whats the lowest grade it got", text) == "requires improvement"


def test_a_clause_saying_when_comes_before_the_question_proper() -> None:
    from assistant.understanding import _CONCEDED

    question = "When children are taken into police protection out of hours in Lewisham, who places them with carers?"
    assert _CONCEDED.sub("", question).startswith("who places them")
    assert (
        _CONCEDED.sub("", "When was the inspection, and who led it?")
        == "When was the inspection, and who led it?"
    )


def test_a_mistyped_word_is_read_as_the_word_the_documents_write() -> None:
    from collections import Counter

    from assistant.corpus_profile import CorpusProfile, word_stem
    from assistant.spelling import corrected

    words = ["average", "caseload", "received", "social", "worker"]
    profile = CorpusProfile(
        documents=5,
        stem_docs=Counter({word_stem(w): 5 for w in [*words, "assessed"]}),
        word_docs=Counter({w: 5 for w in [*words, "assessed"]}),
    )
    assert corrected("what was the avrage caseload?", profile) == "what was the average caseload?"
    assert corrected("had they recieved help", profile) == "had they received help"
    # a real word the documents do not use, and a name typed as one, stay as typed
    assert corrected("what about the unicorn in Rotherham", profile) == "what about the unicorn in Rotherham"
    # a word the documents write with a prefix that negates it is its opposite, not a slip
    assert corrected("how many were unassessed", profile) == "how many were unassessed"


def test_a_word_one_slip_from_a_written_word_is_no_place() -> None:
    from collections import Counter

    from assistant.corpus_profile import CorpusProfile
    from assistant.spelling import one_slip_from_a_known_word

    profile = CorpusProfile(documents=5, word_docs=Counter({"their": 5, "care": 5, "police": 5, "again": 5}))
    assert all(one_slip_from_a_known_word(w, profile) for w in ("thier", "carre", "polce"))
    assert not one_slip_from_a_known_word("wigan", profile)


def test_the_top_grade_is_asked_only_of_a_grade() -> None:
    from assistant.ratings import extreme_asked

    assert extreme_asked("best rating staffs police got in 2025?") == "best"
    assert extreme_asked("whats the lowest grade it got") == "worst"
    assert extreme_asked("how were the top leaders rated?") is None


def _two_stories() -> list:
    march = meta("m", "Staffordshire Police", "news/march.txt")
    may = meta("y", "Staffordshire Police", "news/may.txt")
    for doc, title, about in (
        (
            march,
            "Police told it still needs to improve safeguarding for children",
            "Re-inspection, March 2023",
        ),
        (may, "Child abuse investigations must improve, force told", "Child protection inspection, May 2025"),
    ):
        doc.doc_type, doc.publisher, doc.title = "news", "BBC News", title
        doc.extra["about_inspection"] = about
        doc.extra["about_year"] = about[-4:]  # as ingest reads it from the sidecar
    report = meta(
        "r", "Staffordshire County Council", "80561_staffordshire/x.pdf", inspection_end="2019-05-09"
    )
    return [march, may, report]


def test_documents_offered_to_choose_between_are_each_searched() -> None:
    from assistant.scope import build_scope

    docs = _two_stories()
    directory = OrganisationDirectory(docs)
    by_month = build_scope(
        "was it the march visit or the may 2025 one that said the force needed work?", docs, directory
    )
    assert {d.doc_id for d in by_month.documents} == {"m", "y"}
    assert not by_month.compare  # which one says it, not the two side by side
    by_title = build_scope(
        "is becky riggs quoted in the 'child abuse investigations must improve' story?", docs, directory
    )
    assert [d.doc_id for d in by_title.documents] == ["y"]
    or_other = build_scope(
        "is becky riggs quoted in the 'child abuse investigations must improve' story or in the other bbc one?",
        docs,
        directory,
    )
    assert [d.doc_id for d in or_other.documents] == ["y", "m"]
    # an apostrophe inside a word quotes nothing
    plain = build_scope(
        "what did the council's report say about the force's contact centre?", docs, directory
    )
    assert len(plain.documents) == 3


def test_which_document_said_a_finding_is_no_library_question() -> None:
    from assistant.resolve import WHICH_SAID_IT

    assert WHICH_SAID_IT.search(
        "slow progress on recognising kids - which inspection said that, 2023 or 2025?"
    )
    assert not WHICH_SAID_IT.search("Which reports mention Mockingbird?")
    assert not WHICH_SAID_IT.search("Which councils were rated inadequate in 2022 or 2023?")


def test_a_heading_cut_off_mid_phrase_is_no_answer() -> None:
    from assistant.sentences import is_cut_off

    assert is_cut_off("What does the secure children's home need to do to")
    assert not is_cut_off("Children's views are gathered through Larchmount Voices, the children's council.")
    assert not is_cut_off("Staffing was short on Ward A")


def test_an_earlier_inspection_the_index_lacks_is_read_in_the_later_report() -> None:
    from assistant.scope import build_scope

    home = meta("h", "Larchmount House", "secure/larchmount.pdf", inspection_end="2026-03-19")
    directory = OrganisationDirectory([home])
    mentions = {"h": "Date of last inspection 12 November 2025"}
    earlier = build_scope(
        "what was the outcome of larchmount house's interim inspection in nov 2025",
        [home],
        directory,
        None,
        mentions,
    )
    assert [d.doc_id for d in earlier.documents] == ["h"] and not earlier.missing
    # a year with no inspection, asked without naming an earlier one, is still missing
    other = build_scope(
        "what did the 2025 inspection of larchmount house say", [home], directory, None, mentions
    )
    assert other.missing


def test_a_quoted_phrase_many_titles_hold_names_no_document() -> None:
    from assistant.scope import build_scope

    docs = [
        meta(k, name, f"{k}/r.pdf", inspection_end=end)
        for k, name, end in (("c", "Croydon", "2017-07-13"), ("b", "Bedford", "2017-06-01"))
    ]
    for doc in docs:
        doc.title = f"{doc.organisation} Inspection of services for children in need of help and protection"
    scope = build_scope(
        'Ofsted judged services for children who need "help and protection" in Croydon inadequate in 2017',
        docs,
        OrganisationDirectory(docs),
    )
    assert [d.doc_id for d in scope.documents] == ["c"]


def test_choosing_between_years_with_a_comparing_word_still_compares() -> None:
    from assistant.scope import build_scope

    docs = [
        meta(k, "Croydon", f"croydon/{k}.pdf", inspection_end=end)
        for k, end in (("a", "2017-07-13"), ("b", "2020-02-14"))
    ]
    directory = OrganisationDirectory(docs)
    assert build_scope("Were Croydon's children's services better in 2017 or 2020?", docs, directory).compare
    assert not build_scope("Croydon: which inspection said that, 2017 or 2020?", docs, directory).compare


def test_a_provider_takes_no_short_name_of_an_organisation() -> None:
    council = meta("c", "Brighton and Hove City Council", "80468_brighton and hove/r.pdf")
    home = meta("h", "Larchmount House", "secure/l.pdf")
    home.extra["names"] = ["Brighton and Hove City Council"]
    directory = OrganisationDirectory([council, home])
    assert [
        o.doc_ids for o in directory.find("What did Ofsted say about Brighton's children's services?")
    ] == [["c"]]


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("when was wyndlow's CSPR on baby rory published", "publication"),
        ("what did the partnership's review into baby rory recommend", "improve"),
        ("who led the iopc investigation into the death in custody", "inspector"),
        ("who was the independent reviewer for the brindlecombe SAR on frank", "inspector"),
        ("how did care inspectorate wales rate leadership and management at the home", "grade"),
    ],
)
def test_plain_forms_say_what_is_asked_whatever_names_the_report(question: str, subject: str) -> None:
    from assistant.understanding import SubjectModel

    assert SubjectModel(None).score(question).best == subject


def test_a_report_named_by_the_body_that_wrote_it() -> None:
    from assistant.extractive import _names_body, preferred_documents

    assert _names_body(
        "per the ombudsman, how many plans were late?", "Local Government & Social Care Ombudsman"
    )
    assert _names_body("what did the iopc find?", "Independent Office for Police Conduct")
    assert not _names_body("what did the force say?", "Independent Office for Police Conduct")
    from dataclasses import replace

    review = replace(
        meta("r", "Testshire", "r.pdf"),
        doc_type="other",
        inspectorate="Independent Office for Police Conduct",
    )
    reply = replace(meta("s", "Testshire", "s.html"), doc_type="statement", inspectorate=None)
    plan = replace(meta("p", "Testshire", "p.pdf"), doc_type="action plan", inspectorate=None)
    assert preferred_documents("what did the iopc find?", [review, reply]) == {"r"}
    # a fact the review states is the review's, not the reply's or the plan's
    assert preferred_documents("when was it published?", [review, reply, plan], facts=True) == {"r"}


def test_a_word_before_a_small_number_labels_it() -> None:
    from assistant.question_terms import subject_terms
    from assistant.scope import Scope

    terms = subject_terms(Scope("who weighs children in Reception and Year 6?"))
    assert "Reception and Year" not in terms.phrases
    named = subject_terms(Scope("what did inspectors say about Darren Hollis 2024 custody?"))
    assert "Darren Hollis" in named.phrases
