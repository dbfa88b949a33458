"""Unit tests for reports of a family we have no layout for (police, health, probation and the like): who is
inspected, the ratings table with the report's own row labels, which report a question names."""

from __future__ import annotations

import pytest

from assistant.library import _HOW_MANY_OF_SOMETHING_ELSE
from assistant.ratings import labelled_judgement, rated_row, row_label, rows_graded
from assistant.resolve import OrganisationDirectory, names_in, organisation_folders, short_forms
from assistant.scope import subject_text, titled_first
from assistant.sentences import asks_for_name, asks_for_quantity, is_fragment
from ingest.facts import extract_findings, extract_labelled_grades
from ingest.metadata import extract_meta, named_with_kind
from ingest.models import DocumentMeta, Judgement, Page, ParsedDocument

_ids = iter(range(10_000))


def doc(
    source: str,
    organisation: str | None,
    title: str = "",
    judgements: list[Judgement] | None = None,
    end: str | None = None,
) -> DocumentMeta:
    return DocumentMeta(
        doc_id=f"o{next(_ids)}",
        source=source,
        content_hash="h",
        content_type="pdf",
        title=title or f"Inspection of {organisation}",
        organisation=organisation,
        doc_type="inspection report",
        inspection_end=end,
        judgements=judgements or [],
    )


def first_page(source: str, text: str) -> DocumentMeta:
    """What ingest reads from a one-page PDF with this text."""
    return extract_meta(ParsedDocument(source, "pdf", [Page(1, text)]), "h")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "An inspection of probation services in: Wrekin and Severn Probation Delivery Unit Probation Service",
            "Wrekin and Severn Probation Delivery Unit",
        ),
        (
            "South Coast Partnership NHS Foundation Trust\nSpecialist services",
            "South Coast Partnership NHS Foundation Trust",
        ),
        (
            "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services\nAn inspection of Northshire Constabulary",
            "Northshire Constabulary",
        ),
        ("The chief constable of Staffordshire Police said", "Staffordshire Police"),
        (
            "Care Quality Commission\nStourfield City Council: local authority assessment",
            "Stourfield City Council",
        ),
        (
            "Director of Children's Services\nEastmarsh Borough Council\nCivic Centre",
            "Eastmarsh Borough Council",
        ),
        ("views of the Children in Care Council were heard", None),  # a forum, not a council
        # a health board; a GP practice, not the partnership that runs it
        (
            "Ysbyty Afon Gwernllyn, Morlas Valleys University Health Board",
            "Morlas Valleys University Health Board",
        ),
        ("Dr Rowena Penhallow and Partners Thistlecombe Medical Practice", "Thistlecombe Medical Practice"),
        ("PEEL 2023–25 Police effectiveness, efficiency and legitimacy", None),
    ],
)
def test_a_name_that_says_what_kind_of_body_it_is_names_the_organisation(text: str, name: str | None) -> None:
    assert named_with_kind(text) == name


def test_people_drop_or_change_the_kind_of_body() -> None:
    assert {"northshire", "northshire police"} <= short_forms("northshire constabulary")
    assert "wrekin and severn" in short_forms("wrekin and severn probation delivery unit")
    # a place's kind is left off as well ("St Aldric's" for the school, "Tumblewick" for the nursery)
    assert "st aldric's" in short_forms("st aldric's school")
    assert "tumblewick" in short_forms("tumblewick day nursery")


def test_a_running_header_above_the_title_line_is_no_name() -> None:
    page = Page(
        1,
        "Inspection report: Tumblewick Day Nursery 4 February 2025\nPage 1 of 4\nInspection of Tumblewick Day "
        "Nursery\nUnit 4, Larkspur Mews, Brackenford\nInspection date\n4 February 2025\n",
    )
    meta = extract_meta(ParsedDocument("ofsted-early-years/tumblewick.pdf", "pdf", [page]), "h")
    assert meta.organisation == "Tumblewick Day Nursery"


def test_a_folder_that_files_by_kind_names_no_organisation() -> None:
    peel = doc("hmicfrs-peel/peel-2025-northshire.pdf", "Northshire Constabulary")
    statement = doc("force-statements/northshire-statement.html", "Northshire Constabulary")
    council = doc("80428_bedford/inspection - 2019.pdf", "Bedford Borough Council")
    untitled = doc("80428_bedford/inspection - 2014.pdf", None)
    folders = organisation_folders([peel, statement, council, untitled])
    assert peel.doc_id not in folders and statement.doc_id not in folders
    assert folders[council.doc_id] == folders[untitled.doc_id] == "bedford"
    directory = OrganisationDirectory([peel, statement, council, untitled])
    found = directory.find("What did the PEEL report say about Northshire police?")
    assert len(found) == 1 and set(found[0].doc_ids) == {peel.doc_id, statement.doc_id}
    assert set(directory.find("Bedford's 2014 inspection")[0].doc_ids) == {council.doc_id, untitled.doc_id}


def test_a_folder_that_shares_only_the_kind_of_body_names_no_organisation() -> None:
    """'hmi-probation-pdu/' holds one probation delivery unit's report: it shares the word 'probation' with
    the unit's name, which is the kind of body, not its name; the unit's news story joins it."""
    report = doc("hmi-probation-pdu/pdu-report.pdf", "Brackenford and Lowmoor Probation Delivery Unit")
    story = doc("news/118.txt", "Brackenford and Lowmoor Probation Delivery Unit")
    assert report.doc_id not in organisation_folders([report, story])
    found = OrganisationDirectory([report, story]).find(
        "How did inspectors rate the Brackenford and Lowmoor PDU?"
    )
    assert len(found) == 1 and set(found[0].doc_ids) == {report.doc_id, story.doc_id}


def test_a_ratings_table_keeps_the_reports_own_row_labels() -> None:
    page = Page(
        1,
        "Ratings\nRating\nOverall rating for this service Requires improvement\nAre services safe? Inadequate\n"
        "Are services caring? Good\nPrevious rating (inspected June 2019): Good\n",
    )
    table = {j.area: j.grade for j in extract_labelled_grades([page])}
    assert table == {
        "overall effectiveness": "requires improvement",
        "are services safe": "inadequate",
        "are services caring": "good",
    }
    rows_on_lines = Page(2, "Area of policing\nGrade\nPreventing crime\nGood\n1.2 Staffing\nInadequate\n")
    assert {j.area: j.grade for j in extract_labelled_grades([rows_on_lines])} == {
        "preventing crime": "good",
        "staffing": "inadequate",
    }
    # one line of prose that ends in a grade is no table
    assert extract_labelled_grades([Page(1, "The quality of practice was judged\nGood\n")]) == []


def _probation() -> DocumentMeta:
    rows = [
        Judgement("overall effectiveness", "requires improvement", 2, "Overall rating Requires improvement"),
        Judgement("staffing", "inadequate", 2, "1.2 Staffing Inadequate"),
        Judgement("planning", "good", 2, "2.2 Planning Good"),
        Judgement(
            "implementation and delivery", "inadequate", 3, "2.3 Implementation and delivery Inadequate"
        ),
    ]
    return doc("hmi-probation/wrekin.pdf", "Wrekin and Severn Probation Delivery Unit", judgements=rows)


def test_a_question_names_a_row_by_its_words_not_the_organisations() -> None:
    report = _probation()
    staffing = rated_row(report, "How did inspectors rate staffing at Wrekin and Severn PDU?")
    assert staffing is not None and staffing.grade == "inadequate"
    overall = rated_row(report, "What overall rating did Wrekin and Severn Probation Delivery Unit get?")
    assert overall is not None and overall.area == "overall effectiveness"
    # "delivery" of the organisation's name is no row
    unnamed = rated_row(report, "What rating did Wrekin and Severn Probation Delivery Unit get?")
    assert unnamed is not None and unnamed.area == "overall effectiveness"
    assert rated_row(report, "How many people were on probation?") is None  # asks no rating
    assert labelled_judgement(report, "what about its planning?") is not None
    assert row_label(report.judgements[2]) == "2.2 Planning"


def test_a_report_with_known_areas_goes_by_area() -> None:
    ilacs = doc(
        "80428_bedford/x.pdf",
        "Bedford",
        judgements=[Judgement("overall effectiveness", "good", 1, "Overall effectiveness Good")],
    )
    assert rated_row(ilacs, "How was Bedford rated overall?") is None


def test_a_rare_title_word_picks_the_report() -> None:
    peel = doc(
        "p/peel.pdf",
        "Northshire Constabulary",
        title="PEEL 2023–25 An inspection of Northshire",
        end="2025-03-21",
    )
    child = doc(
        "c/cp.pdf", "Northshire Constabulary", title="National child protection inspection", end="2025-06-13"
    )
    others = [doc(f"x/{i}.pdf", f"Council {i}", title=f"Inspection of council {i}") for i in range(10)]
    library = [peel, child, *others]
    assert titled_first([child, peel], "When was the PEEL report on Northshire published?", library) == [
        peel,
        child,
    ]
    assert titled_first([child, peel], "When was Northshire inspected?", library) == [child, peel]


def test_names_and_prefixes_in_questions() -> None:
    assert names_in("Is Harbourside CAMHS caring? What did CQC rate it?") == ["Harbourside CAMHS"]
    assert subject_text(
        "Dudley area SEND inspection, January 2025: up to what age is the offer?", True
    ).startswith("up to what age")
    assert asks_for_quantity("up to what age is the register offered?")
    assert asks_for_name("What is the model of practice called?")
    assert is_fragment("The experiences and progress of children in care and care leavers: good")
    assert _HOW_MANY_OF_SOMETHING_ELSE.search("How many children were waiting for treatment?")
    assert not _HOW_MANY_OF_SOMETHING_ELSE.search("How many councils were rated inadequate?")
    assert not _HOW_MANY_OF_SOMETHING_ELSE.search("How many were rated outstanding in 2023?")


def test_other_scales_and_a_lower_case_grade_after_a_colon() -> None:
    prison = Page(
        1,
        "Healthy prison test\nSafety Not sufficiently good\nRespect Reasonably good\nPurposeful activity Poor\n",
    )
    assert {j.area: j.grade for j in extract_labelled_grades([prison])} == {
        "safety": "not sufficiently good",
        "respect": "reasonably good",
        "purposeful activity": "poor",
    }
    home = Page(
        1,
        "Overall experiences and progress of children and young people: requires improvement to be good\n"
        "The effectiveness of leaders and managers: good\n",
    )
    assert {j.area: j.grade for j in extract_labelled_grades([home])} == {
        "overall effectiveness": "requires improvement",
        "the effectiveness of leaders and managers": "good",
    }


def test_the_care_inspectorates_six_point_scale() -> None:
    page = Page(
        4,
        "Quality indicator Evaluation\n2.1 Impact on children and young people Good\n2.2 Impact on families Adequate\n"
        "5.2 Assessing and responding to risks and needs Very good\n5.3 Planning for individual children Weak\n",
    )
    grades = {j.area: j.grade for j in extract_labelled_grades([page])}
    assert grades["assessing and responding to risks and needs"] == "very good"
    assert grades["planning for individual children"] == "weak"
    report = doc("ci/drumvallan.pdf", "Drumvallan", judgements=extract_labelled_grades([page]))
    row = rated_row(report, "how did inspectors evaluate planning for individual children in drumvallan")
    assert (
        row is not None and row.grade == "weak" and row_label(row) == "5.3 Planning for individual children"
    )
    rows = rows_graded(report, "which quality indicator came out as very good in Drumvallan?")
    assert [row_label(j) for j in rows] == ["5.2 Assessing and responding to risks and needs"]
    assert rows_graded(report, "What did inspectors say about good practice?") == []


def test_a_letter_or_a_joint_inspection_says_who_when_and_where_in_sentences() -> None:
    letter = (
        "Dear Ms Hedley\nFocused visit to Eastmarsh children's services\nThis letter summarises the findings of "
        "the focused visit to Eastmarsh children's services on 18 and 19\nFebruary 2025. His Majesty's "
        "Inspectors for this visit were Nadia Okafor and Gareth Lyle.\n"
    )
    parsed = ParsedDocument(
        "letters/eastmarsh.pdf",
        "pdf",
        [Page(1, letter)],
        title_hint="Focused visit to Eastmarsh children's services",
    )
    meta = extract_meta(parsed, "h")
    assert (meta.inspection_start, meta.inspection_end) == ("2025-02-18", "2025-02-19")
    assert meta.inspection_dates_text == "18 and 19 February 2025"  # on one line, as answers quote it
    assert meta.lead_inspector == "Nadia Okafor"
    assert meta.doc_type == "inspection report" and meta.organisation == "Eastmarsh"
    joint = (
        "Joint inspection of services for children and young people at risk of harm in Drumvallan\n"
        "Report published: 27 May 2025\nThe inspection took place between 16 September 2024 and 24 January 2025. The inspection was led by "
        "Fiona MacRae, Strategic Inspector, Care Inspectorate.\nThe Care Inspectorate and HM Inspectorate of "
        "Constabulary in Scotland ...\n"
    )
    meta = extract_meta(ParsedDocument("ci/drumvallan.pdf", "pdf", [Page(1, joint)]), "h")
    assert meta.organisation == "Drumvallan" and meta.inspectorate == "Care Inspectorate"
    assert (meta.inspection_start, meta.inspection_end) == ("2024-09-16", "2025-01-24")
    assert "HMICFRS" not in meta.inspectorates


def test_a_lead_in_line_before_numbered_items() -> None:
    page = Page(
        1,
        "Areas for priority action\nThe local authority should take urgent action to improve:\n"
        "1. The effectiveness of management oversight.\n2. The timeliness of pre-proceedings work.\n",
    )
    items = [f.text for f in extract_findings([page])]
    assert items == ["The effectiveness of management oversight.", "The timeliness of pre-proceedings work."]


def test_a_councils_press_release_is_a_statement() -> None:
    page = Page(
        None,
        "Council responds to CQC assessment of adult social care\nOnsite assessment: 7 to 10 October 2024\n",
    )
    assert extract_meta(ParsedDocument("news/stourfield.html", "html", [page]), "h").doc_type == "statement"


def test_a_ratings_tables_sections_tell_rows_of_one_name_apart() -> None:
    page = Page(
        3,
        "Overall rating Good\n2. Court disposals\n2.1 Assessment Requires improvement\n2.4 Reviewing Inadequate\n"
        "3. Out-of-court disposals\n3.1 Assessment Outstanding\n"
        "3.4 Out-of-court disposal policy and provision Good\n",
    )
    report = doc(
        "hmip/thornmere.pdf", "Thornmere Youth Justice Service", judgements=extract_labelled_grades([page])
    )
    asked = {
        "Thornmere youth justice - rating for assessment in out of court cases": "outstanding",
        "how was reviewing of court orders rated at Thornmere YJS": "inadequate",
        "how was assessment in court cases rated?": "requires improvement",
    }
    for question, grade in asked.items():
        row = rated_row(report, question)
        assert row is not None and row.grade == grade, question


def test_a_team_table_with_the_role_before_the_name() -> None:
    """A joint inspection's team table ("Role Name"): each inspectorate's lead, and no name taken for the
    role of the next row."""
    from ingest.families import read_team
    from ingest.models import Page

    text = (
        "Appendix II Inspection team\nRole Name\nHMI Prisons team leader Karen Holloway\n"
        "HMICFRS lead inspector Sunil Mistry\nHMI Prisons inspector Daniel Whitford\n"
    )
    team = read_team([Page(number=9, text=text)], "HMI Prisons")
    assert [(m.name, m.inspectorate) for m in team] == [
        ("Karen Holloway", "HMI Prisons"),
        ("Sunil Mistry", "HMICFRS"),
    ]


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        # what was inspected, then the place, at the title's end
        ("Report on an unannounced inspection visit to police custody suites in Harrowdale", "Harrowdale"),
        # a web page's title: a lower-case phrase is no name, and the site's name follows the bar
        ("Our response to the inspection of our custody suites | Harrowdale Constabulary", None),
        (
            "Inspection of Bedford Borough Council local authority children's services",
            "Bedford Borough Council",
        ),
        ("Monitoring visit to Kelsford children's services", "Kelsford"),
    ],
)
def test_the_organisation_a_title_names(title: str, organisation: str | None) -> None:
    from ingest.families import organisation_from_title

    assert organisation_from_title(title) == organisation


def test_the_body_the_text_names_at_the_place_a_title_ends_with() -> None:
    """'... police custody suites in Harrowdale', whose text names Harrowdale Constabulary: the force."""
    page = Page(
        1,
        "Report on an unannounced inspection visit to police custody suites in Harrowdale\n"
        "Custody in Harrowdale is run by Harrowdale Constabulary. Inspectors visited in February 2025.",
    )
    doc = ParsedDocument(
        source="police-custody-inspections/harrowdale.pdf",
        content_type="pdf",
        pages=[page],
        title_hint="Report on an unannounced inspection visit to police custody suites in Harrowdale",
    )
    assert extract_meta(doc, "h").organisation == "Harrowdale Constabulary"


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        # the name, then what the document is
        (
            "Wrenfield Fostering - Independent fostering agency inspection report - 10 to 14 March 2025",
            "Wrenfield Fostering",
        ),
        (
            "Craigmoray Primary School and Nursery Class - Inspection letter and findings",
            "Craigmoray Primary School and Nursery Class",
        ),
        # what the document is, then the name
        ("Area Inspection Programme: CPS Ravensholt - June 2025", "CPS Ravensholt"),
        # a story's headline names no body beside a kind of document
        ("Prosecutors in Ravensholt 'not meeting standard' on disclosure, watchdog finds", None),
    ],
)
def test_a_title_gives_the_name_beside_what_the_document_is(title: str, organisation: str | None) -> None:
    from ingest.families import organisation_from_title

    assert organisation_from_title(title) == organisation


def test_a_first_page_gives_the_services_other_names() -> None:
    meta = first_page(
        "cqc/saltersgate.pdf",
        "Cordwell Borough Council\nSaltersgate House\nInspection report\nSaltersgate Lane\nHexley\n"
        "Date of inspection visit: 21 January 2025\nRatings\nOverall rating for this service Requires Improvement\n"
        "Is the service safe? Inadequate\nIs the service well-led? Requires Improvement\n"
        "Integrated Care Board\nJudgement Grade\n",
    )
    assert meta.organisation == "Cordwell Borough Council"
    # its own names, never a kind of body ("Integrated Care Board") or a table heading ("Judgement Grade")
    assert meta.extra["names"] == ["Saltersgate House", "Saltersgate Lane"]
    grades = {j.area: j.grade for j in meta.judgements}
    # "Requires Improvement" with a capital I is the same grade
    assert grades["overall effectiveness"] == "requires improvement"
    assert grades["is the service well-led"] == "requires improvement"
    directory = OrganisationDirectory([meta])
    assert [o.name for o in directory.find("saltersgate house overall cqc")] == ["Cordwell Borough Council"]


def test_a_name_two_organisations_share_names_neither() -> None:
    first, second = doc("a.pdf", "Eastmarsh"), doc("b.pdf", "Kelsford")
    first.extra["names"] = ["Piccadilly Gate"]
    second.extra["names"] = ["Piccadilly Gate"]
    assert OrganisationDirectory([first, second]).find("What about Piccadilly Gate?") == []


def test_new_inspectorates_and_their_scales() -> None:
    meta = first_page(
        "hmcpsi/ravensholt.pdf",
        "HM Crown Prosecution Service Inspectorate\nArea Inspection Programme\nCPS Ravensholt\n"
        "1.2 On-site fieldwork, including interviews, took place between 3 and 14 March 2025.\n"
        "Disclosure\nNot meeting\nVictims and witnesses\nFully meeting\n"
        "1.3 Leadership of change - satisfactory\n",
    )
    assert meta.inspectorate == "HMCPSI" and meta.organisation == "CPS Ravensholt"
    assert (meta.inspection_start, meta.inspection_end) == ("2025-03-03", "2025-03-14")
    grades = {j.area: j.grade for j in meta.judgements}
    assert grades == {
        "disclosure": "not meeting",
        "victims and witnesses": "fully meeting",
        "leadership of change": "satisfactory",
    }


def test_a_team_listed_name_first_gives_the_lead_inspector() -> None:
    meta = first_page(
        "ofsted/wrenfield.pdf",
        "Inspection team\nMarcia Fennimore, Social Care Inspector (lead inspector)\nTobias Reid, Social Care Inspector\n",
    )
    assert meta.lead_inspector == "Marcia Fennimore"


def test_statutory_requirements_in_a_table_with_due_dates() -> None:
    text = (
        "Statutory requirements\nThis section sets out the actions that the registered person(s) must take to meet\n"
        "the regulations. The registered person(s) must comply within the given timescales.\nRequirement Due date\n"
        "The registered person must notify Ofsted without delay of any allegation that a child\nplaced with a "
        "foster parent has been abused. (Regulation 36(1) and Schedule 7)\n30 April 2025\n"
        "The registered person must ensure that the approval of each foster parent is reviewed at\nintervals of "
        "not more than a year. (Regulation 28(2))\n30 June 2025\nRecommendations\n"
        "• The registered person should ensure that each fostering household receives at least one visit a year.\n"
    )
    found = [(f.kind, f.text[:40]) for f in extract_findings([Page(1, text)])]
    assert found == [
        ("requirement", "The registered person must notify Ofsted"),
        ("requirement", "The registered person must ensure that t"),
        ("recommendation", "The registered person should ensure that"),
    ]


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("saltersgate house overall cqc", True),
        ("how well run is saltersgate house per cqc", True),
        ("cps ravensholt rape cases charging decisions - up to standard?", True),
        ("What was the overall number of referrals?", False),
        # a rate that is a measure, not a grade
        ("What is the persistent absence rate for pupils eligible for free school meals?", False),
        ("how would inspectors rate its leadership", True),
        ("Is Harbourside CAMHS caring? What did CQC rate it?", True),
        ("how well do social workers know their children?", False),
    ],
)
def test_a_grade_asked_tersely(question: str, asks: bool) -> None:
    from assistant.ratings import asks_rating

    assert asks_rating(question) is asks


def test_the_list_the_question_names_is_the_list_given() -> None:
    from ingest.vocabulary import FINDING_ASKED as _KIND_NAMED

    question = "ofsted's recommendations for wrenfield fostering (not the requirements)"
    named = sorted((m.start(), k) for k, p in _KIND_NAMED.items() if (m := p.search(question)))
    assert named[0][1] == "recommendation"
    assert _KIND_NAMED["requirement"].search("what legal must-dos did ofsted give wrenfield?")


def test_the_news_or_the_bodys_statement_ranks_first_when_the_question_names_it() -> None:
    from assistant.extractive import preferred_documents

    report = doc("cps/report.pdf", "CPS Ravensholt")
    story = doc("news/story.txt", "CPS Ravensholt")
    story.doc_type = "news"
    statement = doc("council/statement.html", "Cordwell Borough Council")
    statement.doc_type = "statement"
    docs = [report, story, statement]
    assert preferred_documents("what did the paper say cps ravensholt has done?", docs) == {story.doc_id}
    assert preferred_documents("when does the new manager start, according to the council", docs) == {
        story.doc_id,
        statement.doc_id,
    }
    # how the force responds to children is what inspectors judge: the report
    assert preferred_documents("how well does the force respond to missing children?", docs) == {
        report.doc_id
    }
    from assistant.extractive import named_instead_of_report

    assert named_instead_of_report("what did the paper say cps ravensholt has done?", docs) == {story.doc_id}
    assert named_instead_of_report("how well does the force respond to missing children?", docs) is None


def test_a_terse_question_that_names_a_list_asks_for_it() -> None:
    from assistant.understanding import CUE_WEIGHT, TERSE_WORDS, SubjectModel

    scores = SubjectModel(None).score("hmcpsi recommendations")
    longer = SubjectModel(None).score("what recommendations did it make about the work of the area in court")
    assert TERSE_WORDS >= 2
    # a cue and next to nothing else weighs double, and a list named with little else asks for the list
    assert scores.scores["improve"] - longer.scores["improve"] == pytest.approx(3 * CUE_WEIGHT)


@pytest.mark.parametrize(
    ("focus", "asks"),
    [
        ("what legal must-dos did ofsted give", True),
        ("ofsted's recommendations for (not the requirements)", True),
        ("summarise the areas for improvement", True),
        ("what did ofsted recommend about foster carers' training and supervision", False),
        ("what were the concerns about missing children", False),  # "concerns" is the topic, not the list
    ],
)
def test_a_question_that_names_a_list_and_little_else_asks_for_the_list(focus: str, asks: bool) -> None:
    from assistant.understanding import _names_a_list_only

    assert _names_a_list_only(focus) is asks


@pytest.mark.parametrize(
    ("focus", "read"),
    [
        (
            "When did the watchdog visit the custody suites?",
            "When did the inspectors visit the custody suites?",
        ),
        ("which watchdogs took part?", "which inspectorates took part?"),
        ("what did the regulator find?", "what did the inspectors find?"),
    ],
)
def test_the_watchdog_is_asked_of_as_its_inspectors_or_which_inspectorate(focus: str, read: str) -> None:
    from assistant.understanding import _COLLOQUIAL_INSPECTORS, _as_inspectors

    assert _COLLOQUIAL_INSPECTORS.sub(_as_inspectors, focus) == read


def test_a_names_own_first_word_finds_it() -> None:
    report = doc("cqc/saltersgate.pdf", "Cordwell Borough Council")
    report.extra["names"] = ["Saltersgate House"]
    directory = OrganisationDirectory([report])
    assert [o.name for o in directory.find("when does saltersgate's new manager start?")] == [
        "Cordwell Borough Council"
    ]
    # an everyday first word ("Market Square") finds nothing by itself
    report.extra["names"] = ["Market Square"]
    assert OrganisationDirectory([report]).find("what about the market?") == []


def test_a_line_that_introduces_a_quote_says_who_speaks() -> None:
    from assistant.extractive import _INTRODUCES_A_QUOTE

    assert _INTRODUCES_A_QUOTE.search(
        "Councillor Hilary Nwachukwu, cabinet member for adult social care, said:"
    )
    assert not _INTRODUCES_A_QUOTE.search("The areas which required improvement were:")


def test_a_cover_pages_date_range_line_dates_the_visit() -> None:
    meta = first_page(
        "custody/harrowdale.pdf",
        "HM Inspectorate of Prisons\nReport on an unannounced inspection\nvisit to police custody suites in\n"
        "Harrowdale\n3 - 14 February 2025\nReport published: 24 June 2025\n",
    )
    assert (meta.inspection_start, meta.inspection_end) == ("2025-02-03", "2025-02-14")
    assert meta.publication_date == "2025-06-24"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Summary of areas for improvement", "area for improvement"),
        ("3. Key recommendations", "recommendation"),
        ("Our recommendations", "recommendation"),
        ("Statutory requirements", "requirement"),
        ("Summary", None),
        ("Key findings", None),
    ],
)
def test_a_lists_heading_may_open_with_a_number_or_a_summary(heading: str, kind: str | None) -> None:
    from ingest.facts import _finding_heading

    assert _finding_heading(heading) == kind


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("who was on the cqc team at saltersgate", True),
        ("who was on the inspection team?", True),
        ("who was on the leaving care team?", False),  # the council's own team
    ],
)
def test_who_was_on_the_inspectorates_team_asks_for_the_inspectors(question: str, asks: bool) -> None:
    from assistant.understanding import _LED

    assert bool(_LED.search(question)) is asks


@pytest.mark.parametrize(
    ("heading", "is_list"),
    [
        ("What we are doing", True),
        ("What we will do", True),
        ("What the council is doing", True),
        ("What we have done since the inspection", True),
        ("What we’re doing", True),
        ("Next steps", True),
        ("Our action plan", True),
        ("Actions we are taking", True),
        # a strength heading, and prose that happens to open a line
        ("What the local authority is doing well", False),
        ("what the local authority has done to make sure these children", False),
    ],
)
def test_a_statements_list_of_what_it_is_doing(heading: str, is_list: bool) -> None:
    page = Page(None, f"Our response to the inspection\n{heading}\n• Recruiting 14 care workers by June.\n")
    found = [f for f in extract_findings([page]) if f.kind == "commitment"]
    assert bool(found) is is_list


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what did cordwell council promise to do about saltersgate house", True),
        ("what is the force doing about strip-searches?", True),
        ("what steps has the council taken since the inspection?", True),
        ("what did harrowdale pledge", True),
        ("what is aldwater and tennick valley trust doing after the cqc report", True),  # a long name
        ("what did inspectors say the council should do about night staffing?", False),
        ("how well does the force respond to missing children?", False),
    ],
)
def test_a_question_asks_what_the_body_says_it_is_doing(question: str, asks: bool) -> None:
    from assistant.extractive import asks_what_it_does

    assert asks_what_it_does(question) is asks


def test_an_inspector_on_a_line_of_their_own_or_named_in_prose() -> None:
    from ingest.families import read_team

    labelled = read_team([Page(4, "The inspector met staff.\nInspector\nPhilippa Quarrington\n")], "Ofsted")
    assert [(m.name, m.role) for m in labelled] == [("Philippa Quarrington", "lead inspector")]
    prose = read_team(
        [Page(5, "The reporting inspector was Ambrose\nWetherill, and a boarding inspector")], "ISI"
    )
    assert [m.name for m in prose] == ["Ambrose Wetherill"]
    # inspectors spoken of, no one named as the lead
    assert read_team([Page(1, "The inspector observed the quality of education.\n")], "Ofsted") == []
