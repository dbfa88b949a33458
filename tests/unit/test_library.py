"""Questions over the whole library, on a made-up library of reports (no corpus, no model)."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from typing import Any

import numpy as np
import pytest
from fakes import FakeEmbedder, memory_index

from assistant.evidence import squash
from assistant.library import LibraryAnswerer, phrase_pattern, read_question, read_when
from assistant.themes import ThemesResult, build_themes, cluster, themes_answer
from ingest.models import DocumentMeta, Fact, Finding, Judgement, Page
from render.themes import themes_csv, themes_markdown
from vectorstore.index import Index

AREA_ROWS = {
    "overall effectiveness": "Overall effectiveness",
    "impact of leaders": "The impact of leaders on social work practice",
    "help and protection": "The experiences and progress of children who need help and protection",
    "children in care and care leavers": "The experiences and progress of children in care and care leavers",
    "care leavers": "The experiences and progress of care leavers",
    "inspection outcome": "The local area partnership's arrangements lead to",
}


def report(
    folder: str,
    start: str,
    end: str,
    grades: dict[str, str],
    body: str = "",
    findings: list[str] | None = None,
    family: str = "ilacs",
) -> tuple[DocumentMeta, list[Page]]:
    """One inspection report: judgements on page 1 (quoted from it), body text on page 2, findings on page 3."""
    judgements, rows = [], []
    for area, grade in grades.items():
        quote = f"{AREA_ROWS[area]} {grade.capitalize()}"
        rows.append(quote)
        judgements.append(Judgement(area, grade, 1, quote))
    items = findings or []
    pages = [
        Page(1, "\n".join(rows)),
        Page(2, body or "Nothing of note."),
        Page(3, "\n".join(items) or "None."),
    ]
    folder_path = "ofsted-send" if family == "send" else "ofsted-ilacs"
    title = (
        f"Area SEND inspection of {folder.split('_', 1)[1].title()} Local Area Partnership"
        if family == "send"
        else f"Inspection of {folder.split('_', 1)[1].title()} local authority children's services"
    )
    meta = DocumentMeta(
        doc_id=hashlib.sha1(f"{folder}{end}{family}".encode()).hexdigest()[:12],
        source=f"{folder_path}/{folder}/inspection - {end}.pdf",
        content_hash="x",
        content_type="pdf",
        title=title,
        inspectorate="Ofsted",
        organisation=None,
        doc_type="inspection report",
        inspection_start=start,
        inspection_end=end,
        publication_date=end[:4] + "-12-30",
        judgements=judgements,
        findings=[Finding("improve", text, 3) for text in items],
        page_count=3,
    )
    return meta, pages


def library_index(docs: list[tuple[DocumentMeta, list[Page]]], embedder: Any = None) -> Index:
    """An Index in memory (tests/fakes.py) holding these reports, their pages and no chunks."""
    index = memory_index(embedder or FakeEmbedder())
    for meta, pages in docs:
        add_report(index, meta, pages)
    return index


def add_report(index: Index, meta: DocumentMeta, pages: list[Page]) -> None:
    index.catalog.mark_pending(meta)
    index.catalog.commit_document(meta, pages, [])


OVERSIGHT = "The quality and consistency of management oversight and supervision of social workers."
OVERSIGHT2 = "Management oversight and supervision of social workers is not consistent."
LEAVERS = "The suitability of accommodation for care leavers and homeless young people aged 16 and 17."
LEAVERS2 = "The suitability of accommodation for care leavers and young people leaving care."


@pytest.fixture()
def library() -> LibraryAnswerer:
    docs = [
        # Alpha: inadequate -> good (two grades up), an inspection over new year 2018/2019
        report("101_alpha", "2016-03-01", "2016-03-12", {"overall effectiveness": "inadequate"}),
        report(
            "101_alpha",
            "2018-12-03",
            "2019-01-11",
            {"overall effectiveness": "good", "help and protection": "requires improvement"},
            body="The local authority uses Signs of Safety as its practice model. Leaders are ambitious.",
            findings=[OVERSIGHT],
        ),
        # Beta: good -> requires improvement -> inadequate (declines), mentions the Mind of My Own app
        report("102_beta", "2015-05-01", "2015-05-20", {"overall effectiveness": "good"}),
        report(
            "102_beta",
            "2019-06-03",
            "2019-06-14",
            {"overall effectiveness": "requires improvement", "help and protection": "requires improvement"},
            body="Children give their views through the Mind of My Own app. Multi-\nsystemic therapy is offered.",
            findings=[OVERSIGHT2, LEAVERS],
        ),
        report(
            "102_beta",
            "2023-01-09",
            "2023-01-20",
            {"overall effectiveness": "inadequate", "children in care and care leavers": "inadequate"},
            findings=[LEAVERS2],
        ),
        # Gamma: requires improvement three times, MOMO by its acronym, multisystemic therapy in one word
        report("103_gamma", "2014-02-01", "2014-02-14", {"overall effectiveness": "requires improvement"}),
        report(
            "103_gamma",
            "2018-02-01",
            "2018-02-14",
            {"overall effectiveness": "requires improvement"},
            body="The MOMO app is well used. Multisystemic therapy teams work with families on the edge of care.",
        ),
        report(
            "103_gamma",
            "2023-03-06",
            "2023-03-17",
            {"overall effectiveness": "requires improvement", "care leavers": "outstanding"},
            findings=["Management oversight of social work practice and the supervision of workers."],
        ),
        # Delta: outstanding twice; a SEND report with an outcome of its own scale
        report("104_delta", "2017-09-04", "2017-09-15", {"overall effectiveness": "good"}),
        report(
            "104_delta",
            "2023-06-05",
            "2023-06-16",
            {"overall effectiveness": "outstanding", "care leavers": "outstanding"},
        ),
        report(
            "104_delta",
            "2023-11-06",
            "2023-11-10",
            {"inspection outcome": "widespread and/or systemic failings"},
            family="send",
        ),
    ]
    return LibraryAnswerer(library_index(docs))


def names(answer) -> list[str]:  # type: ignore[no-untyped-def]
    return re.findall(r"^• ([^:(]+?)(?::| \()", answer.answer, re.M)


def assert_quotes_on_pages(lib: LibraryAnswerer, answer) -> None:  # type: ignore[no-untyped-def]
    for c in answer.citations:
        assert squash(c.quote) in squash(lib.index.catalog.page_text(c.doc_id, c.page) or ""), c


# -- recognising a library question ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "What did Ofsted say about leaders in Alpha in 2019?",
        "How was Beta rated in 2023?",
        "What is the Signs of Safety model?",
        "When was the last inspection?",
    ],
)
def test_questions_about_one_organisation_or_no_organisations_are_not_library_questions(
    library: LibraryAnswerer, question: str
) -> None:
    assert library.answer(question) is None


@pytest.mark.parametrize(
    "question,kind",
    [
        ("Which councils were rated good in 2019?", "grades"),
        ("List the local authorities judged inadequate", "grades"),
        ("How many councils improved between their last two inspections?", "changes"),
        ("Which councils' reports mention Mockingbird?", "mentions"),
        ("In which local authorities did inspectors refer to Signs of Safety?", "mentions"),
        ("What are the most common areas for improvement in 2023 inspections?", "themes"),
        ("Which councils had a graded inspection in March 2023?", "inspections"),
        ("How many were rated inadequate in 2023?", "grades"),
    ],
)
def test_library_questions_are_recognised_by_general_cues(
    library: LibraryAnswerer, question: str, kind: str
) -> None:
    q = read_question(question, library.data)
    assert q is not None and q.kind == kind


@pytest.mark.parametrize(
    "question",
    [
        # no organisation counted, and nothing of grades or inspections: a count inside one document
        "Of the extra public protection jobs created in 2023, how many were solely for child protection?",
        "How many were waiting more than a year in 2024?",
        "how many more custody sergeants is harrowdale police recruiting after the inspection",
    ],
)
def test_a_count_of_something_else_is_no_library_question(library: LibraryAnswerer, question: str) -> None:
    assert read_question(question, library.data) is None


# -- grades by year, area, family -----------------------------------------------------------------------------
def test_grades_by_inspection_year_count_an_inspection_over_new_year_in_both_years(
    library: LibraryAnswerer,
) -> None:
    for year in (2018, 2019):
        answer = library.answer(f"Which councils were rated good overall at inspections in {year}?")
        assert answer and not answer.abstained
        assert names(answer) == ["Alpha"], answer.answer
        assert answer.answer.startswith("1 council was rated good overall")
        assert_quotes_on_pages(library, answer)


def test_grades_follow_the_area_and_how_people_say_the_grade(library: LibraryAnswerer) -> None:
    answer = library.answer("Which councils' help and protection was found to require improvement in 2019?")
    assert answer and names(answer) == ["Alpha", "Beta"]
    answer = library.answer(
        "Which authorities were judged inadequate for children in care and care leavers in 2023?"
    )
    assert answer and names(answer) == ["Beta"]


def test_care_leavers_reads_the_combined_judgement_where_that_is_all_a_report_gives(
    library: LibraryAnswerer,
) -> None:
    answer = library.answer(
        "List the local authorities whose care leavers' services were rated inadequate in 2023."
    )
    assert answer and names(answer) == ["Beta"]
    answer = library.answer("Which councils were rated outstanding for care leavers in 2023?")
    assert answer and names(answer) == ["Delta", "Gamma"]


def test_how_many_leads_with_the_number_and_lists_what_is_behind_it(library: LibraryAnswerer) -> None:
    answer = library.answer("How many councils were rated requires improvement overall?")
    assert answer and answer.answer.startswith("2 councils")
    assert names(answer) == ["Beta", "Gamma"]
    assert len(answer.citations) == 4  # every inspection behind the count: Gamma three times, Beta once


def test_a_year_with_no_such_grade_abstains(library: LibraryAnswerer) -> None:
    answer = library.answer("Which councils were rated outstanding overall in 2016?")
    assert answer and answer.abstained and "None of the councils" in answer.answer


def test_send_outcomes_are_read_on_their_own_scale(library: LibraryAnswerer) -> None:
    answer = library.answer("Which local area partnerships had widespread or systemic failings?")
    assert answer and not answer.abstained, answer
    assert names(answer) == ["Delta"]
    # and a children's services question never counts a SEND report
    answer = library.answer("Which councils were inspected in November 2023?")
    assert answer and answer.abstained


# -- changes between inspections ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which councils moved from inadequate to good between consecutive inspections?", ["Alpha"]),
        ("Which councils improved by two or more grades from one inspection to the next?", ["Alpha"]),
        ("Which councils that were rated good were downgraded at the following inspection?", ["Beta"]),
        ("Which councils' overall grade got worse after 2018 (both inspections in 2019 or later)?", ["Beta"]),
        ("Which councils fell from good or outstanding straight to inadequate?", []),
        (
            "Which councils were rated requires improvement at both of their two most recent inspections?",
            ["Gamma"],
        ),
        ("Which councils were judged requires improvement three times in a row?", ["Gamma"]),
        ("Which councils' most recent inspection resulted in an inadequate overall grade?", ["Beta"]),
        ("Which councils have been rated good or outstanding at every inspection?", ["Delta"]),
        (
            "Which councils with three or more inspections received the same overall grade every time?",
            ["Gamma"],
        ),
        ("Which councils had more than one inspection judged requires improvement overall?", ["Gamma"]),
        ("Which councils have never been rated inadequate?", ["Delta", "Gamma"]),
        (
            "How many councils improved their overall grade between their last two inspections?",
            ["Alpha", "Delta"],
        ),
    ],
)
def test_changes_between_consecutive_inspections(
    library: LibraryAnswerer, question: str, expected: list[str]
) -> None:
    answer = library.answer(question)
    assert answer is not None
    if not expected:
        assert answer.abstained, answer.answer
        return
    assert not answer.abstained, answer.answer
    assert names(answer) == expected, answer.answer
    assert answer.answer.startswith(f"{len(expected)} council")
    assert_quotes_on_pages(library, answer)


def test_a_change_cites_both_inspections(library: LibraryAnswerer) -> None:
    answer = library.answer("Which councils moved from inadequate to good?")
    assert answer and {c.date for c in answer.citations} == {"2016-03-12", "2019-01-11"}
    assert "inadequate (Mar 2016) → good (Jan 2019)" in answer.answer


# -- mentions -------------------------------------------------------------------------------------------------------
def test_mentions_find_the_exact_phrase_with_its_sentence_and_page(library: LibraryAnswerer) -> None:
    answer = library.answer("Which councils use the Signs of Safety model?")
    assert answer and names(answer) == ["Alpha"]
    assert "“The local authority uses Signs of Safety as its practice model.”" in answer.answer
    assert answer.citations[0].page == 2
    assert_quotes_on_pages(library, answer)


def test_mentions_take_an_acronym_in_brackets_and_hyphen_or_space_variants(library: LibraryAnswerer) -> None:
    answer = library.answer("Which councils' reports mention the Mind of My Own (MOMO) app?")
    assert answer and names(answer) == ["Beta", "Gamma"]
    answer = library.answer("Where do the reports refer to multi-systemic therapy? List the councils.")
    assert answer and names(answer) == ["Beta", "Gamma"], answer.answer
    assert_quotes_on_pages(library, answer)


def test_a_scheme_no_report_mentions_abstains(library: LibraryAnswerer) -> None:
    answer = library.answer("Which councils' reports mention a Barnahus (child house) model?")
    assert answer and answer.abstained
    assert answer.answer == "No report in the index mentions a Barnahus (child house) model."


def test_phrase_pattern_is_exact_not_fuzzy() -> None:
    pattern = phrase_pattern(["signs of safety", "momo"])
    assert pattern.search("uses signs-of-safety meetings")
    assert pattern.search("the momo app")
    assert not pattern.search("momentum")
    assert not pattern.search("signs of safe practice")


# -- what the index holds nothing of ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which Scottish councils did the Care Inspectorate rate as very good in 2019?",
        "Which Welsh councils were rated good?",
        "Which councils were rated excellent in 2019?",
        "Which councils had a full, graded inspection between April and December 2020?",
    ],
)
def test_questions_about_what_the_index_does_not_hold_abstain(
    library: LibraryAnswerer, question: str
) -> None:
    answer = library.answer(question)
    assert answer is not None and answer.abstained, answer


def test_time_phrases() -> None:
    when, _ = read_when("between April and December 2020")
    assert when.window == ("2020-04-01", "2020-12-31")
    when, _ = read_when("after 2018 (both inspections in 2019 or later)")
    assert (when.lo, when.hi) == (2019, None)
    when, _ = read_when("in 2015 or 2016")
    assert when.years == {2015, 2016}
    when, _ = read_when("between 2015 and 2017")
    assert (when.lo, when.hi) == (2015, 2017)


# -- themes -------------------------------------------------------------------------------------------------------
def test_themes_group_findings_by_meaning_with_counts_and_cited_examples(library: LibraryAnswerer) -> None:
    result = library.themes("What are the most common areas for improvement?")
    assert isinstance(result, ThemesResult)
    assert result.findings == 5 and result.reports == 4
    top = result.themes[0]
    assert top.findings == 3 and top.reports == 3
    assert "oversight" in top.label.lower() or "supervision" in top.label.lower(), top.label
    assert len(top.examples()) == 2 and len({e.organisation for e in top.examples()}) == 2
    rows = result.chart_rows()
    assert rows[0] == {"rank": 1, "theme": top.label, "reports": 3, "findings": 3}
    parsed = list(csv.DictReader(io.StringIO(themes_csv(result))))
    assert len(parsed) == sum(t.findings for t in result.themes)
    assert "| 1 |" in themes_markdown(result)
    answer = themes_answer(result)
    assert answer.answer.splitlines()[1].startswith(f"1. {top.label}: 3 reports, 3 findings")
    assert len(answer.citations) == 2 * len(result.themes)
    assert_quotes_on_pages(library, answer)


def test_themes_follow_the_question_year_and_topic(library: LibraryAnswerer) -> None:
    answer = library.answer("What are the recurring weaknesses for care leavers?")
    assert answer and not answer.abstained
    assert "2 reports, 2 findings" in answer.answer
    result = library.themes(years=[2023])
    assert result.reports == 2 and result.findings == 2


def test_theme_embeddings_are_computed_once_and_kept(library: LibraryAnswerer) -> None:
    library.themes("What are the most common areas for improvement?")
    calls = library.index.embedder.calls
    library.themes("What are the most common areas for improvement?")
    assert library.index.embedder.calls == calls
    fresh = LibraryAnswerer(library.index)  # another process: reads them back from the catalogue's state
    fresh.themes("What are the most common areas for improvement?")
    assert library.index.embedder.calls == calls


def test_cluster_keeps_apart_what_is_not_similar() -> None:
    vectors = np.eye(4, dtype=np.float32)[[0, 0, 1, 2, 2, 2]]
    groups = cluster(vectors, 0.9)
    assert sorted(map(sorted, groups)) == [[0, 1], [2], [3, 4, 5]]


def test_no_findings_abstains() -> None:
    result = build_themes("q", "improvement findings", [], 0, lambda texts: np.zeros((0, 4)))
    assert themes_answer(result).abstained


def test_library_follows_the_catalogue_generation(library: LibraryAnswerer) -> None:
    assert library.answer("Which councils were rated outstanding overall in 2023?").answer.startswith(
        "1 council"
    )
    meta, pages = report("105_epsilon", "2023-02-01", "2023-02-10", {"overall effectiveness": "outstanding"})
    add_report(library.index, meta, pages)  # a new catalogue generation
    assert library.answer("Which councils were rated outstanding overall in 2023?").answer.startswith(
        "2 councils"
    )


# -- more ways of asking -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "Which councils went from good to requires improvement, both inspections by the end of 2019?",
            ["Beta"],
        ),
        (
            "Which councils improved their overall grade by exactly one step between consecutive inspections?",
            ["Delta"],
        ),
        ("Which councils improved by exactly two grades?", ["Alpha"]),
        ("Which councils have only one children's services inspection report in the collection?", []),
        ("Which councils had their overall grade fall at every inspection?", ["Beta"]),
        ("Which councils were judged requires improvement overall at two or more inspections?", ["Gamma"]),
        (
            "List the councils whose 2019 inspection found their children's services required improvement.",
            ["Beta"],
        ),
    ],
)
def test_more_ways_of_asking_about_grades(
    library: LibraryAnswerer, question: str, expected: list[str]
) -> None:
    answer = library.answer(question)
    assert answer is not None
    assert names(answer) == expected, answer.answer
    assert answer.abstained == (not expected)


def test_a_quoted_name_passive_mentions_and_a_name_inside_a_clause(library: LibraryAnswerer) -> None:
    answer = library.answer(
        "In which councils' reports is 'Signs of Safety' practice for families mentioned?"
    )
    assert answer and names(answer) == ["Alpha"], answer
    q = read_question(
        "Which councils' reports say the council has signed up to the Care Leaver Covenant?", library.data
    )
    assert q and q.kind == "mentions" and q.phrases == ["care leaver covenant"]
    q = read_question("Which councils' reports refer to county lines exploitation?", library.data)
    assert q and q.phrases == ["county lines exploitation", "county lines"]
    q = read_question("Which councils' reports mention child sexual exploitation?", library.data)
    assert q and q.phrases == ["child sexual exploitation"]  # never 'child sexual'
    q = read_question("Which councils' reports mention Gypsy, Roma or Traveller children?", library.data)
    assert q and q.phrases == ["gypsy", "roma", "traveller"]


def test_shortened_organisation_names_mean_a_question_about_one_organisation() -> None:
    from assistant.library import _short_names

    pattern = _short_names(
        {"Southend-on-Sea", "Milton Keynes", "Kingston upon Hull", "North Tyneside", "Poole"}
    )
    assert pattern is not None
    for text in ("What share of Southend's children", "in Milton Keynes' 2024 inspection", "Hull in 2019"):
        assert pattern.search(text), text
    assert not pattern.search("Which councils in the North were rated good?")


def test_themes_read_text_that_is_no_library_question_as_a_topic(library: LibraryAnswerer) -> None:
    assert library.read("care leavers in 2023") is None
    result = library.themes("care leavers in 2023")
    assert (result.findings, result.reports) == (1, 1)
    assert result.scope == "improvement findings about care leavers of inspections in 2023"
    result = library.themes("accommodation for care leavers")
    assert (result.findings, result.reports) == (2, 2) and result.themes[0].organisations == ["Beta"]
    result = library.themes("management oversight in Gamma")  # the organisation named filters, never a word
    assert [i.organisation for t in result.themes for i in t.items] == [] and result.findings == 1
    assert result.scope == "improvement findings about management oversight of inspections of Gamma"
    assert library.themes("management oversight", organisations=["Alpha", "Gamma"]).findings == 2


def test_a_short_year_range_is_both_years() -> None:
    when, _ = read_when("area SEND inspections carried out in 2024-25")
    assert (when.lo, when.hi) == (2024, 2025)


def test_one_year_names_the_inspection_a_change_showed_at_or_started_from(library: LibraryAnswerer) -> None:
    # Beta: good (2015) -> requires improvement (2019) -> inadequate (2023)
    answer = library.answer("Which councils' overall grade fell at an inspection carried out in 2023?")
    assert answer and names(answer) == ["Beta"] and "to an inspection in 2023" in answer.answer
    answer = library.answer(
        "For the councils inspected in 2015, whose overall grade was worse at their next inspection?"
    )
    assert answer and names(answer) == ["Beta"] and "from an inspection in 2015" in answer.answer, (
        answer.answer
    )


def test_at_their_most_recent_inspection_is_the_latest_one(library: LibraryAnswerer) -> None:
    answer = library.answer(
        "Which councils were rated requires improvement overall at their most recent inspection?"
    )
    assert answer and names(answer) == ["Gamma"], answer.answer


def test_mentions_search_the_distinctive_part_of_what_is_asked() -> None:
    from assistant.library import _distinctive_phrases

    class Library:  # ten documents; how many use each word or phrase
        documents = list(range(10))
        uses = {
            "training": 10,
            "interventions": 9,
            "children": 10,
            "subject": 8,
            "to": 10,
            "deprivation": 3,
            "of": 10,
            "liberty": 2,
            "orders": 6,
            "deprivation of liberty": 2,
            "trauma-informed": 2,
            "practice": 10,
            "trauma-informed practice": 1,
            "lifelong": 3,
            "links": 5,
            "lifelong links": 2,
        }

        def share_using(self, phrase: str) -> float:
            return self.uses.get(phrase, 0) / len(self.documents)

    data = Library()
    assert _distinctive_phrases(["trauma-informed practice", "training", "interventions"], data) == [
        "trauma-informed"
    ]  # type: ignore[arg-type]
    assert _distinctive_phrases(["children subject to deprivation of liberty orders"], data) == [
        "deprivation of liberty"
    ]  # type: ignore[arg-type]
    assert _distinctive_phrases(["lifelong links"], data) == [
        "lifelong links"
    ]  # "links" names no kind of thing  # type: ignore[arg-type]
    assert _distinctive_phrases(["lifelong links"], data, "Who uses Lifelong Links?") == ["lifelong links"]  # type: ignore[arg-type]


def test_every_judgement_the_same_at_one_inspection() -> None:
    sweep = {
        "overall effectiveness": "outstanding",
        "help and protection": "outstanding",
        "care leavers": "outstanding",
    }
    mixed = {
        "overall effectiveness": "outstanding",
        "help and protection": "good",
        "care leavers": "outstanding",
    }
    lib = LibraryAnswerer(
        library_index(
            [
                report("201_north", "2023-06-05", "2023-06-16", sweep),
                report("202_south", "2023-06-05", "2023-06-16", mixed),
                report("203_east", "2019-01-07", "2019-01-18", {"overall effectiveness": "outstanding"}),
            ]
        )
    )
    for question in (
        "Which councils were outstanding on every judgement?",
        "Count the councils that got a clean sweep of outstanding judgements at an inspection.",
        "Which councils were rated outstanding across the board?",
    ):
        answer = lib.answer(question)
        assert answer is not None and names(answer) == ["North"], (question, answer)
        assert_quotes_on_pages(lib, answer)


def test_a_fact_each_report_states_can_be_asked_across_the_library() -> None:
    def send(folder: str, previous: str, following: str) -> tuple[DocumentMeta, list[Page]]:
        meta, pages = report(folder, "2023-06-05", "2023-06-09", {}, family="send")
        pages[0] = Page(1, f"{pages[0].text}\nDate of previous inspection: {previous}\n{following}")
        meta.facts = [
            Fact("previous inspection", previous, 1, f"Date of previous inspection: {previous}"),
            Fact("next inspection", following, 1, following),
        ]
        return meta, pages

    lib = LibraryAnswerer(
        library_index(
            [
                send(
                    "301_north",
                    "4 to 8 July 2016",
                    "The next full area SEND inspection will be within approximately three years.",
                ),
                send(
                    "302_south",
                    "2 to 6 October 2017",
                    "The next full area SEND inspection will be within approximately 5 years.",
                ),
            ]
        )
    )
    answer = lib.answer(
        "Which local areas were told their next full area SEND inspection would come within about three years?"
    )
    assert answer is not None and names(answer) == ["North"], answer
    assert_quotes_on_pages(lib, answer)
    answer = lib.answer("Which local area partnerships had last been inspected for SEND in 2017?")
    assert answer is not None and names(answer) == ["South"], answer
