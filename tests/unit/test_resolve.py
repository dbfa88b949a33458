"""Unit tests for assistant.resolve: organisations named in a question, years and months, documents for a year."""

from __future__ import annotations

import pytest

from assistant.resolve import (
    OrganisationDirectory,
    doc_years,
    documents_for_year,
    documents_published,
    inspectorates_in,
    month_years_in,
    normalise,
    publication_dates_in,
    short_forms,
    years_in,
)
from ingest.models import DocumentMeta

_counter = iter(range(10_000))


def doc(
    source: str,
    organisation: str | None,
    start: str | None = None,
    end: str | None = None,
    published: str | None = None,
    doc_type: str = "inspection report",
    **extra: object,
) -> DocumentMeta:
    return DocumentMeta(
        doc_id=f"d{next(_counter)}",
        source=source,
        content_hash="h",
        content_type="pdf",
        title=f"Inspection of {organisation}",
        organisation=organisation,
        doc_type=doc_type,
        inspection_start=start,
        inspection_end=end,
        publication_date=published,
        extra=dict(extra),
    )


def doc_ids(orgs: list) -> set[str]:  # type: ignore[type-arg]
    return {d for org in orgs for d in org.doc_ids}


BCP = doc(
    "ofsted-ilacs/2532287_bournemouth, christchurch & poole/children's services inspection - 11 february 2022.pdf",
    "Bournemouth, Christchurch and Poole",
    "2021-12-06",
    "2021-12-17",
    "2022-02-11",
)
BRADFORD = doc(
    "ofsted-ilacs/80449_bradford/children's services inspection - 31 january 2023.pdf",
    "City of Bradford Metropolitan District Council",
    "2022-11-21",
    "2022-12-02",
    "2023-01-31",
)
STAFFS_COUNCIL = doc(
    "ofsted-ilacs/80561_staffordshire/children's services inspection - 12 january 2024.pdf",
    "Staffordshire County Council",
    "2023-11-06",
    "2023-11-10",
    "2024-01-12",
)
STAFFS_POLICE = doc("news/000_14b7559ec405b16e.txt", "Staffordshire Police", doc_type="news", about_year=2023)
BEDFORD_2017 = doc(
    "ofsted-ilacs/80428_bedford/children's services inspection - 07 april 2017.pdf",
    "Bedford Borough",
    "2017-01-23",
    "2017-02-16",
    "2017-04-07",
)
BEDFORD_2022 = doc(
    "ofsted-ilacs/80428_bedford/children's services inspection - 14 january 2022.pdf",
    "Bedford Borough Council",
    "2021-11-15",
    "2021-11-26",
    "2022-01-14",
)
CENTRAL_BEDS = doc(
    "ofsted-ilacs/80446_central bedfordshire/children's services inspection - 04 march 2022.pdf",
    "Central Bedfordshire",
    "2022-01-17",
    "2022-01-21",
    "2022-03-04",
)

ALL = [BCP, BRADFORD, STAFFS_COUNCIL, STAFFS_POLICE, BEDFORD_2017, BEDFORD_2022, CENTRAL_BEDS]


@pytest.fixture(scope="module")
def directory() -> OrganisationDirectory:
    return OrganisationDirectory(ALL)


# -------------------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    "question",
    [
        "What grade did Bournemouth, Christchurch & Poole get in 2021?",
        "What grade did Bournemouth, Christchurch and Poole get in 2021?",
        "what grade did bournemouth christchurch and poole get?",
        "How was Bournemouth, Christchurch and Poole's help and protection judged?",
    ],
)
def test_ampersand_and_and_are_the_same_name(directory: OrganisationDirectory, question: str) -> None:
    assert [o.doc_ids for o in directory.find(question)] == [[BCP.doc_id]]


def test_distinctive_word_finds_a_long_council_name(directory: OrganisationDirectory) -> None:
    found = directory.find("How was Bradford judged in 2022?")
    assert [o.doc_ids for o in found] == [[BRADFORD.doc_id]]
    assert found[0].name == "City of Bradford Metropolitan District Council"
    assert directory.lookup("City of Bradford Metropolitan District Council") is found[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did HMICFRS say about Staffordshire Police?", [STAFFS_POLICE]),
        ("What did Ofsted say about Staffordshire County Council?", [STAFFS_COUNCIL]),
        ("How were Staffordshire's children's services judged?", [STAFFS_COUNCIL]),
        ("Staffordshire Police and Staffordshire County Council", [STAFFS_POLICE, STAFFS_COUNCIL]),
        ("Staffordshire County Council and Staffordshire Police", [STAFFS_COUNCIL, STAFFS_POLICE]),
    ],
)
def test_longest_name_wins_and_order_of_mention_is_kept(
    directory: OrganisationDirectory, question: str, expected: list[DocumentMeta]
) -> None:
    assert [o.doc_ids for o in directory.find(question)] == [[d.doc_id] for d in expected]


def test_spellings_of_one_organisation_in_one_folder_are_merged(directory: OrganisationDirectory) -> None:
    found = directory.find("Bedford Borough Council")
    assert len(found) == 1
    assert set(found[0].doc_ids) == {BEDFORD_2017.doc_id, BEDFORD_2022.doc_id}
    assert [o.doc_ids for o in directory.find("Bedford's children")] == [found[0].doc_ids]


def test_a_name_inside_a_longer_word_is_not_a_match(directory: OrganisationDirectory) -> None:
    found = directory.find("How was Central Bedfordshire judged?")
    assert [o.doc_ids for o in found] == [[CENTRAL_BEDS.doc_id]]
    assert directory.find("The Bedfordshires are counties") == []


def test_each_organisation_once_and_nothing_for_unknown_names(directory: OrganisationDirectory) -> None:
    assert len(directory.find("Bedford, Bedford Borough and Bedford again")) == 1
    assert directory.find("What grade did Barsetshire get?") == []
    assert directory.lookup("Barsetshire") is None


def test_organisations_are_listed_by_name(directory: OrganisationDirectory) -> None:
    names = [o.name for o in directory.organisations()]
    assert names == sorted(names, key=str.lower)
    assert len(names) == 6


def test_folder_names_news_and_urls_do_not_name_organisations() -> None:
    news = doc("news/001.txt", None, doc_type="news")
    web = doc("https://example.org/reports/anytown.html", None, doc_type="other")
    assert OrganisationDirectory([news, web]).organisations() == []
    folder_only = doc("ofsted-ilacs/80428_bedford/report.pdf", None)
    assert [o.doc_ids for o in OrganisationDirectory([folder_only]).find("Bedford")] == [[folder_only.doc_id]]


def test_normalise() -> None:
    assert normalise("Bournemouth, Christchurch & Poole’s") == "bournemouth christchurch and poole's"


def test_one_folder_is_one_organisation_whatever_the_spelling() -> None:
    folder = "ofsted-ilacs/80477_kingston upon hull"
    docs = [
        doc(
            f"{folder}/children's services inspection - 13 january 2023.pdf",
            "Hull",
            "2022-11-14",
            "2022-11-25",
        ),
        doc(
            f"{folder}/children's services inspection - 17 may 2019.pdf",
            "Kingston Upon Hull City Council",
            "2019-03-04",
            "2019-03-15",
        ),
        doc(
            f"{folder}/single inspection of la children's services as pdf - 10 february 2015.pdf",
            "Kingston upon Hull",
            "2014-11-18",
            "2014-12-10",
        ),
    ]
    directory = OrganisationDirectory(docs)
    expected = {d.doc_id for d in docs}
    assert doc_ids(directory.find("Kingston upon Hull")) == expected
    assert doc_ids(directory.find("Hull")) == expected


def test_generic_names_are_not_aliases() -> None:
    docs = [
        doc(
            "ofsted-ilacs/80472_hampshire/children's services inspection - 11 june 2019.pdf",
            "local authority",
            "2019-04-29",
            "2019-05-03",
        ),
        doc(
            "ofsted-ilacs/80472_hampshire/children's services inspection - 22 april 2014.pdf",
            "Hampshire County Council",
            "2014-02-18",
            "2014-03-12",
        ),
        doc(
            "ofsted-ilacs/80449_bradford/children's services inspection - 29 october 2018.pdf",
            "Council",
            "2018-09-17",
            "2018-09-28",
        ),
    ]
    directory = OrganisationDirectory(docs)
    assert doc_ids(directory.find("How was Hampshire judged?")) == {docs[0].doc_id, docs[1].doc_id}
    assert doc_ids(directory.find("How was Bradford judged?")) == {docs[2].doc_id}
    assert directory.find("What does the local authority need to improve?") == []
    assert directory.find("Which council was judged inadequate?") == []


# ------------------------------------------------------------------------------------ years and months


def test_years_months_and_inspectorates() -> None:
    assert years_in("How did it change between 2019 and 2023?") == [2019, 2023]
    assert years_in("In 1999, 2100 and 12345") == [1999]
    assert month_years_in("after the inspection in November 2021") == [(11, 2021)]
    assert month_years_in("in Sept 2019 and june 2020") == [(9, 2019), (6, 2020)]
    assert month_years_in("in May") == []
    assert inspectorates_in("Did HMICFRS or Ofsted inspect it?") == ["Ofsted", "HMICFRS"]
    assert inspectorates_in("what did the HMIC say") == ["HMICFRS"]
    assert inspectorates_in("the Care Quality Commission (CQC)") == ["CQC"]
    assert inspectorates_in("nothing here") == []


def test_doc_years() -> None:
    assert doc_years(BEDFORD_2022) == (2021, 2022)
    assert doc_years(STAFFS_POLICE) == (2023, None)  # from the sidecar's about_inspection
    assert doc_years(doc("a.pdf", "A", published="2020-05-01")) == (None, 2020)


def test_documents_for_year_prefer_the_inspection_year() -> None:
    inspected_2021 = doc("a/x/1.pdf", "A", "2021-11-15", "2021-11-26", "2022-01-14")
    inspected_2022 = doc("a/x/2.pdf", "A", "2022-03-07", "2022-03-18", "2022-05-04")
    undated_2022 = doc("a/x/3.pdf", "A", published="2022-06-01")
    docs = [inspected_2021, inspected_2022, undated_2022]

    assert documents_for_year(docs, 2021) == [inspected_2021]
    # published in 2022 but inspected in 2021: the inspection year decides
    assert documents_for_year(docs, 2022) == [inspected_2022]
    # only documents without inspection dates fall back to their publication year
    assert documents_for_year([inspected_2021, undated_2022], 2022) == [undated_2022]
    assert documents_for_year(docs, 2019) == []


def test_documents_for_year_and_month() -> None:
    march = doc("a/x/1.pdf", "A", "2022-03-07", "2022-03-18")
    november = doc("a/x/2.pdf", "A", "2022-10-31", "2022-11-11")
    docs = [march, november]

    assert documents_for_year(docs, 2022, month=11) == [november]
    assert documents_for_year(docs, 2022, month=10) == [november]  # the inspection started in October
    assert documents_for_year(docs, 2022, month=3) == [march]
    assert documents_for_year(docs, 2022, month=7) == [march, november]  # no month matches: the whole year


def test_documents_for_year_by_the_year_a_news_item_is_about() -> None:
    news_2025 = doc("news/002.txt", "Staffordshire Police", doc_type="news", about_year=2025)
    assert documents_for_year([STAFFS_POLICE, news_2025], 2023) == [STAFFS_POLICE]
    assert documents_for_year([STAFFS_POLICE, news_2025], 2025) == [news_2025]


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("southend on sea", {"southend"}),
        ("richmond upon thames", {"richmond"}),
        ("blackburn with darwen", {"blackburn"}),
        ("brighton and hove", {"brighton", "hove"}),
        (
            "bournemouth christchurch and poole",
            {"bournemouth", "christchurch", "poole", "bournemouth christchurch", "bcp"},
        ),
        ("bath and north east somerset", set()),  # "North East Somerset" is no one's short name
        ("north tyneside", set()),
        ("london borough of barking and dagenham", set()),
        ("barking and dagenham", {"barking", "dagenham"}),
        ("windsor and maidenhead", {"windsor", "maidenhead"}),
        # kinds of thing are nobody's short name: "school" is not Craigmoray Primary School
        ("craigmoray primary school and nursery class", {"craigmoray", "craigmoray primary school", "cpsnc"}),
        # words of grammar and ordinary nouns in any form ("the", "operations") are no one's short name
        (
            "border force operations at the port of saltmere and fenwold airport",
            {
                "saltmere",
                "fenwold",
                "fenwold airport",
                "border force operations at the port of saltmere",
                "bfoatposfa",
            },
        ),
    ],
)
def test_short_forms_of_place_names(alias: str, expected: set[str]) -> None:
    assert short_forms(alias) == expected


def test_short_names_find_their_council_unless_two_councils_share_them() -> None:
    southend = doc("ofsted/80559_southend-on-sea/r.pdf", "Southend-on-Sea City Council")
    bcp = doc("ofsted/2532287_bournemouth, christchurch & poole/r.pdf", "Bournemouth, Christchurch and Poole")
    kingston_hull = doc("ofsted/80477_kingston upon hull/r.pdf", "Kingston upon Hull City Council")
    kingston_thames = doc("ofsted/80510_kingston upon thames/r.pdf", "Kingston upon Thames")
    directory = OrganisationDirectory([southend, bcp, kingston_hull, kingston_thames])
    assert [o.doc_ids for o in directory.find("What did Southend's 2016 report say?")] == [[southend.doc_id]]
    assert [o.doc_ids for o in directory.find("BCP in 2024")] == [[bcp.doc_id]]
    assert [o.doc_ids for o in directory.find("Poole's care leavers")] == [[bcp.doc_id]]
    assert directory.find("Kingston in 2019") == []  # two councils go by it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("per the report published January 2016", [(1, 2016)]),
        ("the inspection published in February 2024", [(2, 2024)]),
        ("Lewisham, report published 2019: caseloads?", [(None, 2019)]),
        ("When was Bedford's 2017 inspection report published?", []),  # the year is the inspection's
        ("Which councils came out of their 2017 inspection rated good?", []),
    ],
)
def test_publication_dates_are_years_given_after_published(
    text: str, expected: list[tuple[int | None, int]]
) -> None:
    assert publication_dates_in(text) == expected


def test_a_report_named_by_when_it_was_published() -> None:
    december = doc(
        "ofsted/80500_havering/a.pdf", "Havering", "2023-12-11", "2023-12-22", published="2024-02-09"
    )
    march = doc("ofsted/80500_havering/b.pdf", "Havering", "2024-01-08", "2024-01-19", published="2024-03-20")
    assert documents_published([december, march], 2024, 2) == [december]
    assert documents_published([december, march], 2024) == [december, march]
    assert documents_published([december, march], 2024, 7) == [december, march]  # no such month: the year


def test_a_question_naming_the_publication_date_gets_that_report_not_an_abstention() -> None:
    from assistant.scope import build_scope

    autumn = doc(
        "ofsted/80508_lewisham/a.pdf", "Lewisham", "2015-10-26", "2015-11-20", published="2016-01-12"
    )
    later = doc("ofsted/80508_lewisham/b.pdf", "Lewisham", "2019-03-01", "2019-03-12", published="2019-05-01")
    directory = OrganisationDirectory([autumn, later])
    scope = build_scope(
        "Lewisham (report published January 2016): how many families were visited?",
        [autumn, later],
        directory,
    )
    assert scope.documents == [autumn] and not scope.missing
    assert "published" not in (scope.focus or "")
    # "its 2016 report": no inspection took place in 2016, so the year is when the report came out
    scope = build_scope("What did Lewisham's 2016 report say about visits?", [autumn, later], directory)
    assert scope.documents == [autumn] and not scope.missing
    # "the 2016 inspection" and "reported in 2016" name it the same way; "in 2016" is when inspectors came
    for question in (
        "What did Lewisham's 2016 inspection say about visits?",
        "Ofsted reported in 2016 that Lewisham's visits were timely.",
    ):
        scope = build_scope(question, [autumn, later], directory)
        assert scope.documents == [autumn] and not scope.missing, question
    scope = build_scope("How were visits in Lewisham in 2016?", [autumn, later], directory)
    assert scope.documents == [] and scope.missing
    # a year with neither an inspection nor a report is still said to be missing
    scope = build_scope("What did Lewisham's 2017 inspection say about visits?", [autumn, later], directory)
    assert scope.documents == [] and "no inspection of Lewisham in 2017" in (scope.missing or "")


def test_a_year_that_dates_an_earlier_event_does_not_pick_the_report() -> None:
    from assistant.scope import build_scope

    earlier = doc("ofsted/80520_luton/a.pdf", "Luton", "2020-01-13", "2020-01-24", published="2020-03-02")
    later = doc("ofsted/80520_luton/b.pdf", "Luton", "2022-07-11", "2022-07-22", published="2022-09-05")
    directory = OrganisationDirectory([earlier, later])
    scope = build_scope(
        "What is the early help service Luton set up after its 2020 inspection, according to the July 2022 "
        "Ofsted report?",
        [earlier, later],
        directory,
    )
    assert scope.years == [2022] and scope.documents == [later] and not scope.compare
    # a comparison asks for both
    scope = build_scope(
        "How has early help in Luton changed since its 2020 inspection, according to the 2022 report?",
        [earlier, later],
        directory,
    )
    assert scope.years == [2020, 2022] and scope.compare


def test_a_county_council_and_its_police_force_told_apart_by_police_words() -> None:
    council = doc("ofsted/80000_staffordshire/a.pdf", "Staffordshire County Council")
    force = doc("news/000.txt", "Staffordshire Police", doc_type="news")
    directory = OrganisationDirectory([council, force])
    assert [o.name for o in directory.find("How did Ofsted rate Staffordshire?")] == [
        "Staffordshire County Council"
    ]
    for text in (
        "Becky Riggs, Staffordshire's Chief Constable, responded.",
        "What did Staffordshire's force say?",
        "the force in Staffordshire",
    ):
        assert [o.name for o in directory.find(text)] == ["Staffordshire Police"], text


def test_a_year_of_events_finds_the_next_years_report_that_tells_of_it() -> None:
    from assistant.scope import build_scope

    report = doc(
        "custody/harrowdale.pdf", "Harrowdale Constabulary", "2025-01-13", "2025-01-24", "2025-06-02"
    )
    directory = OrganisationDirectory([report])
    years_told = {report.doc_id: "2023 2024 2025"}
    scope = build_scope(
        "how many children were strip searched in harrowdale police custody in 2024",
        [report],
        directory,
        page_text_has=years_told,
    )
    assert scope.documents == [report] and not scope.missing
    # beside words of inspecting, the year dates an inspection the index does not hold
    scope = build_scope(
        "What did the 2024 inspection of Harrowdale find about strip-searches?",
        [report],
        directory,
        page_text_has=years_told,
    )
    assert not scope.documents and "no inspection of Harrowdale" in (scope.missing or "")
    # a report that never tells of the year is not where it is told
    scope = build_scope(
        "how many children were strip searched in harrowdale police custody in 2024",
        [report],
        directory,
        page_text_has={report.doc_id: "2025"},
    )
    assert not scope.documents and scope.missing


def test_a_possessive_names_the_organisation_as_its_name_does() -> None:
    from assistant.scope import focus_of

    force = doc("news/000.txt", "Staffordshire Police", doc_type="news")
    orgs = OrganisationDirectory([force]).find("Staffordshire Police")
    assert "Staffordshire" not in focus_of(
        "Which children had Staffordshire's police been slow to recognise?", orgs
    )


def test_a_heading_naming_the_report_goes_when_a_whole_question_follows() -> None:
    from assistant.scope import subject_text

    assert subject_text("inspection: what do they call their children in care council?") == (
        "what do they call their children in care council?"
    )
    # a short question leans on the heading ("was it just ofsted?" asks about the inspection)
    assert "inspection" in subject_text("send inspection - was it just ofsted?")


def test_a_year_given_as_what_came_before_is_context_not_a_second_report() -> None:
    from assistant.scope import build_scope

    autumn = doc(
        "ofsted/80508_lewisham/a.pdf", "Lewisham", "2015-10-26", "2015-11-20", published="2016-01-12"
    )
    later = doc("ofsted/80508_lewisham/b.pdf", "Lewisham", "2019-03-01", "2019-03-12", published="2019-05-01")
    directory = OrganisationDirectory([autumn, later])
    question = "Visits were a worry back in 2015 - what did Lewisham's 2019 inspection say about them?"
    scope = build_scope(question, [autumn, later], directory)
    assert scope.years == [2019] and scope.documents == [later] and not scope.compare
    # naming two years to compare them keeps both
    scope = build_scope("How did Lewisham's visits change between 2015 and 2019?", [autumn, later], directory)
    assert scope.years == [2015, 2019] and scope.compare


def test_the_focus_leaves_out_what_the_question_sets_aside() -> None:
    from assistant.scope import _SET_ASIDE

    assert _SET_ASIDE.sub(" ", "leadership of change - the school, not the nursery").strip() == (
        "leadership of change - the school"
    )
    assert "requirements" not in _SET_ASIDE.sub(" ", "its recommendations (not the requirements)")
    assert (
        _SET_ASIDE.sub(" ", "Were children not the focus of the plan?")
        == "Were children not the focus of the plan?"
    )


def test_police_in_the_question_means_the_council_where_only_the_council_has_that_years_report() -> None:
    from assistant.scope import build_scope

    council_2019 = doc(
        "ofsted-ilacs/80561_staffordshire/children's services inspection - 11 march 2019.pdf",
        "Staffordshire County Council",
        "2019-01-14",
        "2019-01-25",
        "2019-03-11",
    )
    docs = [council_2019, STAFFS_POLICE]
    directory = OrganisationDirectory(docs)
    # "police custody" is what the council's 2019 report speaks of; the force has nothing from 2019, so the
    # council's report is meant ...
    question = "Staffordshire 2019: were fewer children kept in police custody overnight?"
    scope = build_scope(question, docs, directory)
    assert [o.name for o in scope.organisations] == ["Staffordshire County Council"]
    assert scope.documents == [council_2019]
    # ... but a question that names the force itself keeps the force (and is told there is no such report)
    scope = build_scope("Staffordshire Police in 2019: how were missing children handled?", docs, directory)
    assert [o.name for o in scope.organisations] == ["Staffordshire Police"] and scope.missing
    # ... however the force is named: "Staffs Police" is its name as find reads names
    scope = build_scope("Staffs Police in 2019: how were missing children handled?", docs, directory)
    assert [o.name for o in scope.organisations] == ["Staffordshire Police"]


def test_a_body_goes_by_its_leading_words_when_its_first_word_is_its_own() -> None:
    from assistant.resolve import leading_forms

    assert leading_forms("brightwater pathways ltd") == {"brightwater", "brightwater pathways"}
    assert leading_forms("cressley vale scitt") == {"cressley", "cressley vale"}
    assert leading_forms("north yorkshire council") == set()  # an ordinary word first
    assert leading_forms("brighton and hove") == {"brighton"}  # never cut after "and"
    assert leading_forms("london borough of waltham forest") == set()
    directory = OrganisationDirectory(
        [doc("sa/report.pdf", "Brightwater Pathways Ltd"), doc("ite/report.pdf", "Cressley Vale SCITT")]
    )
    assert [o.name for o in directory.find("the independence programme at brightwater")] == [
        "Brightwater Pathways Ltd"
    ]
    assert [o.name for o in directory.find("mentors at cressley vale")] == ["Cressley Vale SCITT"]


def test_an_inspectorate_that_never_inspected_the_body_is_said_so() -> None:
    from assistant.scope import build_scope

    hospital = doc("cqc/larkfield.pdf", "Larkfield Lodge")
    hospital.inspectorate = "CQC"
    directory = OrganisationDirectory([hospital])
    scope = build_scope("what grade did ofsted give larkfield lodge", [hospital], directory)
    assert "no Ofsted inspection of Larkfield Lodge" in scope.missing
    assert "by CQC" in scope.missing
    assert not build_scope("what grade did the cqc give larkfield lodge", [hospital], directory).missing
    # "HMIP" is written for prisons and probation alike: it rules nothing out
    assert not build_scope("what did hmip say about larkfield lodge", [hospital], directory).missing


def test_a_body_goes_by_its_place_and_the_initials_of_what_it_is_or_wrote() -> None:
    board = doc("sar/frank.pdf", "Brindlecombe Safeguarding Adults Board", doc_type="other")
    board.title = "Brindlecombe Safeguarding Adults Board Safeguarding Adults Review Frank"
    story = doc("news/1.txt", "Brindlecombe Council", doc_type="news")
    directory = OrganisationDirectory([board, story])
    assert [o.name for o in directory.find("when did brindlecombe SAB publish the frank review")] == [
        "Brindlecombe Safeguarding Adults Board"
    ]
    assert [o.name for o in directory.find("who reviewed the brindlecombe SAR")] == [
        "Brindlecombe Safeguarding Adults Board"
    ]
    assert [o.name for o in directory.find("what did brindlecombe say")] == ["Brindlecombe Council"]
    # where the place alone names the body, its initials add nothing
    [unit] = OrganisationDirectory(
        [doc("pdu/r.pdf", "Brackenford and Lowmoor Probation Delivery Unit")]
    ).organisations()
    assert "brackenford and lowmoor pdu" not in unit.aliases


def test_an_earlier_inspection_asked_about_is_not_a_change_since_one() -> None:
    from assistant.scope import asks_of_an_earlier_inspection

    assert asks_of_an_earlier_inspection(
        "what was hollybeck's overall judgement at its previous ofsted inspection"
    )
    assert asks_of_an_earlier_inspection("grade at the prior inspection?")
    assert not asks_of_an_earlier_inspection("has leadership improved since the last inspection?")
    assert not asks_of_an_earlier_inspection("is it better than at the previous inspection?")


def test_the_details_give_the_last_inspection_and_its_grade() -> None:
    from ingest.families import read_previous_and_next
    from ingest.models import Page

    page = Page(
        1,
        "Summary.\nDate of last inspection 11 October 2021\nOverall judgement at last inspection Outstanding\n",
    )
    [fact] = read_previous_and_next([page])
    assert fact.kind == "previous inspection"
    assert fact.value == "11 October 2021; overall judgement at that inspection: outstanding"
    assert (
        fact.quote
        == "Date of last inspection 11 October 2021 Overall judgement at last inspection Outstanding"
    )
