"""Unit tests for layouts of report families the product was not built on: a ratings table with an earlier
inspection's column, a prison's numbered concerns put to someone, the CQC's must-do and should-do lists, an
inspector named in a team line or a foreword's signature, a hospital named beside the board that runs it, and
what a question asks about such a report (its silence on "A&E", a word written in another of its forms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.resolve import OrganisationDirectory, short_forms
from assistant.scope import focus_of
from ingest.facts import extract_findings, extract_labelled_grades
from ingest.families import read_team
from ingest.metadata import extract_meta
from ingest.models import Page, ParsedDocument
from ingest.sentences import split_after_graded_headings


def grades(text: str) -> dict[str, str]:
    return {j.area: j.grade for j in extract_labelled_grades([Page(1, text)])}


def test_of_two_columns_the_later_inspections_grade_is_the_rows() -> None:
    # the header's years say which column is the later
    prison = grades(
        "Healthy prison test November 2021 June 2024\nSafety 3 - reasonably good 1 - poor\n"
        "Respect 3 - reasonably good 2 - not sufficiently good\n"
    )
    assert prison == {"safety": "poor", "respect": "not sufficiently good"}
    # ... or its words: "Previous rating" after the rating
    cqc = grades(
        "Maternity Rating Previous rating (March 2019)\nAre services safe? Inadequate Good\n"
        "Are services effective? Requires Improvement Good\n"
    )
    assert cqc == {"are services safe": "inadequate", "are services effective": "requires improvement"}
    # one column: as before
    assert (
        grades("Are services safe? Good\nAre services caring? Outstanding\n")["are services safe"] == "good"
    )


def test_a_prisons_numbered_concerns_run_over_several_sentences_and_name_whom_they_are_put_to() -> None:
    text = (
        "Priority concerns\n1. Illicit drugs were readily available. Security measures against drones\nwere weak.\n"
        "Addressee: Governor and HM Prison and Probation Service\n2. Men were locked in their cells for too long.\n"
        "Addressee: Governor\nKey concerns\n3. The key worker scheme had almost stopped.\nAddressee: Governor\n"
        "Section 2 Leadership\nLeaders had a clear vision.\n"
    )
    found = [(f.kind, f.text) for f in extract_findings([Page(3, text)])]
    assert found == [
        (
            "area for priority action",
            "Illicit drugs were readily available. Security measures against drones were weak.",
        ),
        ("area for priority action", "Men were locked in their cells for too long."),
        ("cause of concern", "The key worker scheme had almost stopped."),
    ]


def test_the_cqcs_must_and_should_lists_under_areas_for_improvement() -> None:
    text = (
        "Areas for improvement\nAction the trust MUST take to improve\nMaternity\n"
        "• The trust must ensure that emergency equipment is checked daily. (Regulation 12(1)(2)(e))\n"
        "Action the trust SHOULD take to improve\nMaternity\n"
        "• The service should ensure that all midwives receive an annual appraisal.\n"
    )
    found = [(f.kind, f.text[:30]) for f in extract_findings([Page(5, text)])]
    assert found == [
        ("requirement", "The trust must ensure that eme"),
        ("area for improvement", "The service should ensure that"),
    ]


def test_a_list_running_onto_a_page_that_opens_with_a_heading_ends_there() -> None:
    pages = [
        Page(
            7,
            "Areas for improvement\n41. Review the permanency policy.\n42. Ensure that life story work starts early",
        ),
        Page(
            8,
            "8\nInformation about this inspection\nInspectors have looked closely at the experiences of children.\n",
        ),
    ]
    found = [f.text for f in extract_findings(pages)]
    assert found[-1] == "Ensure that life story work starts early"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a team line, name first, then the role, then a title that is no one's name
        (
            "Inspection team\nGideon Harcastle, lead inspector His Majesty's Inspector\nMartin Quaife His Majesty's Inspector\n",
            "Gideon Harcastle",
        ),
        # the CQC's prose
        (
            "The team comprised a CQC lead inspector, Harriet Mollison-Kay, 3 other CQC inspectors.\n",
            "Harriet Mollison-Kay",
        ),
        # HM Inspectorate of Prisons' team list
        (
            "This inspection was carried out by: Nathaniel Ormerod, Chief Inspector; Imogen Tresize-Barker,\nTeam leader; Daniel Okwuosa, Inspector\n",
            "Imogen Tresize-Barker",
        ),
        # a foreword signed by the inspector who led the inspection
        (
            "I will monitor the force's progress.\nLucas Penberthy-Ward\nHis Majesty's Inspector of Constabulary\nSummary\n",
            "Lucas Penberthy-Ward",
        ),
    ],
)
def test_the_lead_inspector_named_in_a_families_own_way(text: str, lead: str) -> None:
    team = read_team([Page(2, text)], "Ofsted")
    assert team and team[0].name == lead


def test_a_chief_inspectors_signature_names_no_lead() -> None:
    assert (
        read_team([Page(2, "Nathaniel Ormerod\nHM Chief Inspector of Prisons\nSeptember 2024\n")], "HMIP")
        == []
    )


def test_the_hospital_a_first_page_names_beside_its_board_names_the_board() -> None:
    meta = extract_meta(
        ParsedDocument(
            "hiw/report.pdf",
            "pdf",
            [
                Page(
                    1,
                    "Healthcare Inspectorate Wales\nHospital Inspection Report\n"
                    "Ysbyty Afon Gwernllyn, Morlas Valleys University Health Board\nInspection date: 3 December 2024\n",
                )
            ],
        ),
        "h",
    )
    assert meta.organisation == "Morlas Valleys University Health Board"
    assert "Ysbyty Afon Gwernllyn" in meta.extra["names"]
    directory = OrganisationDirectory([meta])
    # and people leave the Welsh "Ysbyty" (hospital) off
    assert [o.name for o in directory.find("waiting times at afon gwernllyn")] == [meta.organisation]


@pytest.mark.parametrize(
    ("alias", "short"),
    [
        ("hmp thornvale", {"thornvale"}),
        ("hmp and yoi low newton", {"low newton"}),
        ("ysbyty afon gwernllyn", {"afon gwernllyn"}),
    ],
)
def test_a_kind_of_place_before_the_name_is_left_off(alias: str, short: set[str]) -> None:
    assert short_forms(alias) == short


def test_the_kind_of_place_and_its_town_after_a_bodys_name_ask_nothing() -> None:
    from assistant.resolve import Organisation

    nursery = Organisation(
        name="Tumblewick Day Nursery", key="t", aliases={"tumblewick day nursery", "tumblewick"}
    )
    newham = Organisation(name="Newham", key="n", aliases={"newham"})
    assert focus_of("who was the ofsted inspector for tumblewick nursery in brackenford", [nursery]) == (
        "who was the ofsted inspector for"
    )
    # "at the time", "in care": what is asked, not where the body is
    assert "at the time" in focus_of("who did assessments in newham at the time of the inspection", [newham])
    assert "in care" in focus_of("how are children in newham in care", [newham])


def test_a_date_wrapped_at_its_line_end_is_no_table_row() -> None:
    text = "We served a warning notice requiring significant improvements by 28\nFebruary 2025.\nNext"
    assert split_after_graded_headings(text) == [text]
    rows = "Number of children on roll 87\nAverage detention time 12 hours\nThe next"
    assert len(split_after_graded_headings(rows)) == 3


@pytest.fixture(scope="module")
def hospital_assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from fakes import memory_index, run

    from assistant.service import Assistant

    root: Path = tmp_path_factory.mktemp("unseen")
    (root / "hospital.txt").write_text(
        "Inspection of Eastgate Hospital\nPatients on Ward 9 waited an average of 23 days to leave hospital. "
        "Of these pupils, 58 have already caught up with their peers through the 'Read Up' programme. "
        "Its handling of complaints was slow.\n"
    )
    for town in ("Kelsford", "Wrenfield", "Hexley", "Ravensholt"):
        (root / f"{town.lower()}.txt").write_text(
            f"Inspection of {town} School\nPupils behave well in lessons and leaders know the school well.\n"
            + ("Pupils catch up quickly.\n" if town == "Kelsford" else "")
            + (
                "Staff protect girls at risk of female genital mutilation (FGM) well.\n"
                if town == "Hexley"
                else ""
            )
            + ("The local authority designated officer (LADO) is effective.\n" if town == "Wrenfield" else "")
            + ("Pupils who are lesbian, gay or bisexual feel safe.\n" if town == "Wrenfield" else "")
            + ("Children at risk of being trafficked are protected.\n" if town == "Hexley" else "")
            + ("Allegations are managed well by the designated officer.\n" if town == "Ravensholt" else "")
        )
    index = memory_index()
    run(root, index)
    return Assistant(index)


def test_the_words_an_abbreviation_stands_for_written_without_it_are_no_silence(hospital_assistant) -> None:  # type: ignore[no-untyped-def]
    answer = hospital_assistant.ask("what did inspectors say about the LADO at ravensholt school")
    assert "do not mention LADO" not in answer.answer  # it writes "the designated officer"
    answer = hospital_assistant.ask("what did inspectors say about the LADO at kelsford school")
    assert "do not mention LADO" in answer.answer
    # an abbreviation the library never defines is read by the words reports write instead
    answer = hospital_assistant.ask("how were LGBT pupils supported at wrenfield school")
    assert "do not mention LGBT" not in answer.answer


@pytest.mark.parametrize(
    ("question", "silent"),
    [
        ("what did inspectors say about a&e waiting times at eastgate hospital", True),  # "A&E" is one term
        ("what did inspectors say about waiting times at eastgate hospital", False),
        # a word no document of the library writes, beside one the report does ("handling")
        ("what did inspectors say about eastgate hospital's handling of burglary", True),
        # "catch up" where the report writes "caught up"
        ("how did eastgate hospital help pupils catch up", False),
        # an abbreviation the report writes neither as it is nor as another document defines it
        ("how did eastgate hospital protect girls at risk of FGM", True),
        ("how did hexley school protect girls at risk of FGM", False),
        # "sleep" before "problems" is what is asked about, not what was done
        ("did eastgate hospital help patients who have sleep problems", True),
        # a rare verb is what is asked about, not how the question is put
        ("were any patients at eastgate hospital being trafficked", True),
        ("were any children at hexley school being trafficked", False),
        # an abbreviation the library never defines, read by the words reports write instead
        ("how were LGBT pupils supported at eastgate hospital", True),
    ],
)
def test_what_a_report_is_silent_on(hospital_assistant, question: str, silent: bool) -> None:  # type: ignore[no-untyped-def]
    answer = hospital_assistant.ask(question)
    assert answer.abstained is silent, answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("cqc must do list for aldwater maternity", "requirement"),
        ("cqc's 'should do' improvements for thistlecombe", "area for improvement"),
        ("stannard moor priority concerns", "area for priority action"),
    ],
)
def test_a_list_asked_for_by_the_families_own_name(question: str, kind: str) -> None:
    from ingest.vocabulary import FINDING_ASKED

    assert [k for k, pattern in FINDING_ASKED.items() if pattern.search(question)][0] == kind


def test_a_cover_pages_service_line_names_what_was_inspected() -> None:
    meta = extract_meta(
        ParsedDocument(
            "his/hospice.pdf",
            "pdf",
            [
                Page(
                    1,
                    "Healthcare Improvement Scotland\nAnnounced Inspection Report:\nIndependent Healthcare\n"
                    "Service: St Brannoc's Hospice, Kilbrathie\nService Provider: St Brannoc's Hospice Kilbrathie SCIO\n"
                    "Inspection dates: 26 and 27 November 2024\n",
                )
            ],
        ),
        "h",
    )
    assert meta.organisation == "St Brannoc's Hospice"


def test_numbered_rows_graded_after_a_column_of_prose() -> None:
    text = (
        "Key quality indicator Summary findings Grade awarded\nDomain 5 – Planning for quality\n"
        "5.1 Safe delivery of care\nThe environment was clean, but some mattresses\nwere unfit for use.\n"
        "3 – Adequate\nDomain 7 – Quality control\n7.1 Medicines governance, audit\nand assurance\n"
        "Controlled drug discrepancies had not been\ninvestigated.\n2 – Weak\n"
    )
    found = extract_labelled_grades([Page(3, text)])
    assert {j.area: j.grade for j in found} == {
        "safe delivery of care": "adequate",
        "medicines governance, audit and assurance": "weak",
    }
    # the quote is the row as printed, so that it is found on its page
    assert all(j.quote.replace("\n", " ") in text.replace("\n", " ") for j in found)


def test_recommendations_put_to_each_body_in_turn() -> None:
    text = (
        "The Approved Premises manager should:\n1. make sure that every resident receives a key work session\n"
        "2. review the arrangements for drug testing\nHM Prison and Probation Service should:\n"
        "3. repair or replace the CCTV system as a matter of urgency\nBackground\nThere are about 100 approved premises.\n"
    )
    found = [(f.kind, f.text) for f in extract_findings([Page(3, text)])]
    assert found == [
        ("recommendation", "make sure that every resident receives a key work session"),
        ("recommendation", "review the arrangements for drug testing"),
        ("recommendation", "repair or replace the CCTV system as a matter of urgency"),
    ]


def test_an_inspectors_title_before_the_name_is_no_part_of_it() -> None:
    meta = extract_meta(
        ParsedDocument(
            "hmip/ap.pdf",
            "pdf",
            [
                Page(
                    1,
                    "An inspection of Calloway House\nThis inspection was led by HM Inspector Morwenna Castleton, supported by a team.\n",
                )
            ],
        ),
        "h",
    )
    assert meta.lead_inspector == "Morwenna Castleton"


def test_a_number_that_names_who_counts_nothing() -> None:
    from assistant.claims import quantities

    assert quantities("four post-16 students have completed all five stages") == {
        "student": {4.0},
        "stage": {5.0},
    }
    # what was counted ends before "where": the calls, not the patients
    assert "call" in quantities("We reviewed 40 calls where patients waited more than two hours")


def test_a_title_naming_the_place_then_the_body_that_runs_it_names_the_place() -> None:
    from ingest.families import organisation_from_title

    title = (
        "An inspection of Calloway House Approved Premises Probation Service – Wealdshire and Downs region"
    )
    assert organisation_from_title(title) == "Calloway House Approved Premises"
    # a body's own name that ends with its kind stays whole
    assert organisation_from_title("Inspection of Royal Hospital NHS Trust") == "Royal Hospital NHS Trust"


def test_a_report_on_a_place_names_the_place_not_the_body_that_runs_it() -> None:
    meta = extract_meta(
        ParsedDocument(
            "hmip/ap.pdf",
            "pdf",
            [
                Page(
                    1,
                    "An inspection of Calloway House\nApproved Premises\nProbation Service – Wealdshire and Downs region\n"
                    "HM Inspectorate of Probation\nApril 2025\n",
                )
            ],
        ),
        "h",
    )
    assert meta.organisation == "Calloway House Approved Premises"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("who is quoted in the evening star piece on the hostel", True),
        ("what did the story say about the refurbishment", True),
        ("what did the press say", True),
        ("what does the press release say", False),  # the body's own statement
        ("how good is life story work in bradford", False),  # a child's life story is no news
    ],
)
def test_a_question_that_asks_what_a_story_reported(question: str, asks: bool) -> None:
    from assistant.extractive import _ASKS_THE_NEWS

    assert bool(_ASKS_THE_NEWS.search(question)) is asks


def _first_page_meta(source: str, text: str, *more: str):  # type: ignore[no-untyped-def]
    pages = [Page(n, t) for n, t in enumerate((text, *more), start=1)]
    return extract_meta(ParsedDocument(source, "pdf", pages), "h")


def test_an_assessment_says_when_it_was_done_and_who_led_it() -> None:
    meta = _first_page_meta(
        "cqc/report.pdf",
        "Care Quality Commission\nLarkfield Lodge\nAssessment report\n"
        "Date of assessment 3 February 2025 to 25 February 2025\nDate of publication 9 May 2025\n",
        "Our assessment team\nThe assessment was led by Rosalind Achterberg, inspector, supported by a second "
        "inspector.\n",
    )
    assert (meta.inspection_start, meta.inspection_end) == ("2025-02-03", "2025-02-25")
    assert meta.lead_inspector == "Rosalind Achterberg"
    assert meta.doc_type == "inspection report"


def test_a_team_line_with_the_title_before_the_lead_role_names_the_overall_lead() -> None:
    meta = _first_page_meta(
        "ite/report.pdf",
        "Ofsted\nCressley Vale SCITT\nInitial teacher education (ITE) inspection report\n"
        "Inspection dates: 20 to 23 January 2025\n",
        "Inspection team\nSimon Dalgleish His Majesty's Inspector, phase lead inspector (primary)\n"
        "Ruth Abernethy-Kaur His Majesty's Inspector, overall lead inspector\n",
    )
    assert meta.lead_inspector == "Ruth Abernethy-Kaur"


def test_a_reply_to_a_report_is_on_the_body_the_report_inspected() -> None:
    meta = extract_meta(
        ParsedDocument(
            "responses/reply.html",
            "html",
            [
                Page(
                    None,
                    "Response to the ICIBI report: An inspection of Border Force operations at the Port of "
                    "Saltmere - GOV.UK\nThe Home Office thanks the Independent Chief Inspector of Borders and "
                    "Immigration. Unaccompanied children will be referred to Wexmoor County Council.\n",
                )
            ],
            title_hint="Response to the ICIBI report: An inspection of Border Force operations at the Port of Saltmere - GOV.UK",
        ),
        "h",
    )
    assert meta.organisation == "Border Force operations at the Port of Saltmere"


def test_the_borders_inspectorate_is_known_by_its_names() -> None:
    from ingest.vocabulary import Inspectorate, inspectorates_named

    assert Inspectorate.ICIBI in inspectorates_named("Independent Chief Inspector of Borders and Immigration")
    assert inspectorates_named("HM Inspectorate of Prisons for Scotland") == [Inspectorate.HMIPS]


def test_a_numbered_list_ends_where_the_reports_next_numbered_section_begins() -> None:
    text = (
        "1. Recommendations\nThe Home Office should:\n1. Produce a workforce plan for the command.\n"
        "2. Restore the detector dog capability.\n3. Record every freight target released.\n"
        "2. Background\n2.1 The port is a roll-on roll-off ferry port.\n"
    )
    found = [f.text for f in extract_findings([Page(4, text)]) if f.kind == "recommendation"]
    assert found == [
        "Produce a workforce plan for the command.",
        "Restore the detector dog capability.",
        "Record every freight target released.",
    ]


def test_a_reports_table_of_details_is_read_row_by_row() -> None:
    from ingest.families import read_details

    details = read_details(
        [
            Page(
                6,
                "School details\nUnique reference number 148572\nType of school Secondary comprehensive\n"
                "Age range of pupils 11 to 18\nNumber of pupils on the school roll 1,184\n"
                "Chair of trust Graham Fothergill-Pryce\nHeadteacher Joanne Pellow-Grant\n"
                # a sentence that begins with a label's words is no row
                "Principal Social Worker is playing a key role in driving up standards\n",
            )
        ]
    )
    assert [f.value for f in details] == [
        "Unique reference number: 148572",
        "Type of school: Secondary comprehensive",
        "Age range of pupils: 11 to 18",
        "Number of pupils on the school roll: 1,184",
        "Chair of trust: Graham Fothergill-Pryce",
        "Headteacher: Joanne Pellow-Grant",
    ]
    assert details[3].quote == "Number of pupils on the school roll 1,184" and details[3].page == 6


@pytest.mark.parametrize(
    ("question", "label", "asked"),
    [
        ("how many pupils does it have", "Number of pupils on the school roll", True),
        ("how many pupils in the sixth form", "Number of pupils on the school roll", False),
        ("who is the head teacher", "Headteacher", True),
        ("what is the headteacher's approach to behaviour", "Headteacher", False),
        ("what is the age range", "Age range of pupils", True),
        ("what type of school is it", "Type of school", True),
        ("what type of support do pupils get", "Type of school", False),
    ],
)
def test_a_question_asks_for_a_detail_and_nothing_besides(question: str, label: str, asked: bool) -> None:
    from assistant.details import asked_words, detail_asked

    assert detail_asked(question, asked_words(question), label) is asked


def _cjini_report(extra: str = "") -> ParsedDocument:
    title = (
        "Policing domestic abuse: An inspection of the policing response to domestic abuse in the Glenarden and "
        "Carnmore Policing District"
    )
    pages = [
        Page(1, f"{title}\nSeptember 2026\nCriminal Justice Inspection Northern Ireland\n"),
        Page(
            2,
            "Chief Inspector's Foreword\nThis inspection was led by Lead Inspector Roisin Carville, with support "
            "from Inspectors Martin Gault and Michelle Loughran.\n",
        ),
        Page(
            3,
            "Recommendations\nStrategic recommendations\nStrategic recommendation 1\nWithin six months of the "
            "publication of this report, the Police Service of Northern Ireland should develop and implement a "
            "workforce plan for the Public Protection Branch (paragraph 2.7).\nOperational recommendations\n"
            "Operational recommendation 1\nWithin three months of the publication of this report, the District "
            "should ensure that a DASH risk assessment is completed for every domestic abuse incident (paragraph "
            "3.4).\nOperational recommendation 2\nWithin three months of the publication of this report, the "
            "District should ensure that officers activate body-worn video at all domestic abuse incidents "
            "(paragraph 3.5).\n",
        ),
        Page(
            4,
            f"Chapter 1: Introduction\n1.6 Fieldwork took place between 9 February and 24 April 2026.\n{extra}",
        ),
    ]
    return ParsedDocument("cjini/report.pdf", "pdf", pages, title_hint=title)


def test_a_policing_district_inspected_on_its_own_is_the_body_its_title_names() -> None:
    meta = extract_meta(_cjini_report(), "h")
    assert meta.organisation == "Glenarden and Carnmore Policing District"
    # "the policing response to domestic abuse" far into a report's title is what it inspected, not a reply
    assert meta.doc_type == "inspection report"


def test_a_lead_inspector_named_with_the_role_before_the_name() -> None:
    assert extract_meta(_cjini_report(), "h").lead_inspector == "Roisin Carville"


def test_fieldwork_dates_pages_in_date_the_inspection() -> None:
    meta = extract_meta(_cjini_report(), "h")
    assert (meta.inspection_start, meta.inspection_end) == ("2026-02-09", "2026-04-24")


def test_labels_over_each_recommendation_divide_the_list_and_do_not_end_it() -> None:
    found = [f.text for f in extract_findings(_cjini_report().pages) if f.kind == "recommendation"]
    assert len(found) == 3
    assert found[0].startswith("Within six months") and found[2].endswith("(paragraph 3.5).")


def test_a_list_label_is_a_known_qualifier_of_the_list_not_any_word() -> None:
    from ingest.facts import _ITEM_LABEL

    assert _ITEM_LABEL.fullmatch("Operational recommendation 2")
    assert _ITEM_LABEL.fullmatch("Strategic recommendations")
    assert not _ITEM_LABEL.fullmatch("Previous recommendations")


def test_the_inspectorate_printed_over_a_name_is_no_part_of_the_name_or_the_title() -> None:
    meta = _first_page_meta(
        "secure/report.pdf",
        "Ofsted\nLarchmount House\nInspection of a secure children's home\nUnique reference number\nSC046731\n"
        "Inspection dates\n17 to 19 March 2026\nRegistered provider\nHesketh Vale Council\n",
        "Inspection team\nName\nRole\nBernadette Kilbride\nSocial Care Inspector (lead inspector)\n"
        "Owen Pritchard-Lowe\nSocial Care Inspector\n",
    )
    assert meta.organisation == "Larchmount House"
    assert meta.title == "Larchmount House Inspection of a secure children's home"
    assert meta.lead_inspector == "Bernadette Kilbride"  # the role in brackets after a job title
    # who runs it is another name people give the home ("the Hesketh Vale secure home")
    assert meta.extra["names"] == ["Hesketh Vale Council"]


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        # the report's kind and dates after a dash are no part of the name
        ("Report on HMP Inverallan - Full inspection 2-13 February 2026", "HMP Inverallan"),
        # a regulator's judgement names the body after its colon
        ("Regulatory judgement: Brackenmoor Homes Limited - L4417", "Brackenmoor Homes Limited"),
        ("Joint targeted area inspection of Kirklees - letter", "Kirklees"),
        # another name after the dash is part of it
        (
            "Inspection of Brent - Harlesden Family Information Service",
            "Brent - Harlesden Family Information Service",
        ),
        # the board that watches a prison is on the prison
        ("Annual Report of the Independent Monitoring Board at HMP Haddlesmoor", "HMP Haddlesmoor"),
    ],
)
def test_the_body_a_title_names_without_what_follows_it(title: str, organisation: str) -> None:
    from ingest.families import organisation_from_title

    assert organisation_from_title(title) == organisation


def test_a_sentence_or_two_leading_into_a_list_is_no_end_of_it() -> None:
    text = (
        "2. Key recommendations\nThere are a number of observations and suggestions within the main section of "
        "the report. The\nfollowing are the peer team's key recommendations to the council:\n"
        "1. Reduce the reliance on agency social workers.\n2. Reduce caseloads in the assessment teams.\n"
        "3. Strengthen management oversight.\n4. Develop a sufficiency strategy.\n"
        "3. Summary of the peer challenge approach\n"
    )
    found = [f.text for f in extract_findings([Page(3, text)]) if f.kind == "recommendation"]
    assert found == [
        "Reduce the reliance on agency social workers.",
        "Reduce caseloads in the assessment teams.",
        "Strengthen management oversight.",
        "Develop a sufficiency strategy.",
    ]


def test_the_inspectorate_heading_the_cover_inspected_not_those_that_assisted() -> None:
    meta = _first_page_meta(
        "hmip/report.pdf",
        "Report on an unannounced inspection of\nHMYOI Ashcombe\nby HM Chief Inspector of Prisons\n3-14 June 2024\n"
        "This inspection was carried out with assistance from colleagues at Ofsted and the Care Quality\n"
        "Commission.\n",
        "Ofsted inspectors looked at education. Ofsted found teaching weak. The CQC and Ofsted agreed.\n",
    )
    assert meta.inspectorate == "HMI Prisons"


def test_a_start_day_without_its_month_takes_the_next_month_written() -> None:
    from ingest.metadata import parse_date_range

    assert parse_date_range(
        "Fieldwork: 7 to 11 April 2025 (case inspection) and 28 April to 1 May 2025 (interviews)"
    ) == ("2025-04-07", "2025-05-01")
    assert parse_date_range("14 December to 8 January 2020") == ("2019-12-14", "2020-01-08")


def test_a_row_of_an_inspection_history_grades_no_area() -> None:
    history = (
        "Inspection history\n09/04/2025 Full Good\n14/05/2024 Full Outstanding\n20/11/2024 Interim Good\n"
    )
    assert extract_labelled_grades([Page(2, history)]) == []


def test_a_body_we_have_no_name_for_heading_its_report_is_who_inspected() -> None:
    meta = _first_page_meta(
        "hssib/report.pdf",
        "HSSIB - Health Services Safety Investigations Body\nInvestigation report\nRecognising deterioration\n"
        "Published: 9 July 2026\n",
        "HSSIB recommends that the Care Quality Commission sets out how it will assess virtual wards.\n",
    )
    assert meta.inspectorate == "Health Services Safety Investigations Body"
    # a lead inspector's title is no body ("Lead inspector: Jane Smith, His Majesty's Inspector")
    ilacs = _first_page_meta(
        "ofsted/report.pdf",
        "Inspection of Testshire local authority children's services\nInspection dates: 4 to 8 March 2019\n"
        "Lead inspector: Jane Smith\nHer Majesty's Inspector\n",
        "Ofsted inspected the council. Ofsted found good practice.\n",
    )
    assert ilacs.inspectorate == "Ofsted"


def test_care_inspectorate_wales_grades_below_requires_improvement() -> None:
    from ingest.vocabulary import canonical_grade

    assert canonical_grade("Requires significant improvement") == "requires significant improvement"
    assert grades(
        "Well-being Requires improvement\nLeadership and Management Requires significant improvement\n"
    ) == {
        "well-being": "requires improvement",
        "leadership and management": "requires significant improvement",
    }


def test_a_surname_that_is_also_a_title_is_kept() -> None:
    from ingest.families import _clean_name

    assert _clean_name("Amanda Senior") == "Amanda Senior"
    assert _clean_name("John Mitchell, Senior HMI") == "John Mitchell"


def test_a_police_custody_inspection_is_a_police_report_whoever_led_it() -> None:
    from ingest.families import detect_family
    from ingest.vocabulary import ReportFamily

    title = "Report on an unannounced inspection visit to police custody suites in Harrowdale"
    assert detect_family(title, "", "HMI Prisons") == ReportFamily.POLICE


def test_the_inspectorates_name_names_no_row_of_its_ratings() -> None:
    from assistant.ratings import rated_row
    from ingest.models import DocumentMeta, Judgement

    home = DocumentMeta(
        doc_id="b",
        source="ciw/b.pdf",
        content_hash="h",
        content_type="pdf",
        title="Bryn Eithin",
        organisation="Bryn Eithin Nursing Home",
    )
    home.judgements = [
        Judgement("well-being", "requires improvement", 1, "Well-being Requires improvement"),
        Judgement("care and support", "requires significant improvement", 1, "Care and Support ..."),
        Judgement("environment", "good", 1, "Environment Good"),
    ]
    row = rated_row(
        home, "Care Inspectorate Wales rated the environment at Bryn Eithin Nursing Home as good."
    )
    assert row is not None and row.area == "environment"


def test_investigations_and_reviews_name_who_did_them_and_who_led() -> None:
    # the body on the cover investigated, whatever the title's police force suggests; its initials go
    iopc = _first_page_meta(
        "iopc/report.pdf",
        "IOPC Independent Office for Police Conduct\nIndependent investigation into the death of\n"
        "Mr A B following his detention at Marlby Police Investigation Centre, Eastwold\nPolice\n"
        "Investigation completed 29 October 2025\n",
        "1.2 Our lead investigator was Priya Sandhu-Lowe. The decision maker was Marcus Reid.\n",
    )
    assert iopc.inspectorate == "Independent Office for Police Conduct"
    assert iopc.lead_inspector == "Priya Sandhu-Lowe"
    # a cover's name in capitals reads as a name; a report dated on its cover alone is dated
    ombudsman = _first_page_meta(
        "lgsco/report.pdf",
        "Final report 1\nLocal Government & Social Care OMBUDSMAN\nReport by the Local Government and Social\n"
        "Care Ombudsman\nInvestigation into a complaint against Testshire County Council\n19 March 2026\n",
        "Mrs X complained that the Council delayed her son's plan.\n",
    )
    assert ombudsman.inspectorate == "Local Government & Social Care Ombudsman"
    assert ombudsman.publication_date == "2026-03-19"


def test_a_publication_date_on_a_line_of_its_own_at_the_end() -> None:
    from ingest.metadata import PUBLISHED_LABEL_AT_END

    found = PUBLISHED_LABEL_AT_END.search("44 The sluice room. Achieved\nDate Published 18/03/2026\nAbout us")
    assert found is not None and (found.group("d"), found.group("m"), found.group("y")) == (
        "18",
        "03",
        "2026",
    )
    # a sentence about another report is no label
    assert PUBLISHED_LABEL_AT_END.search("The last report, published 5 March 2014, found ...") is None


def test_a_list_led_in_by_a_sentence_saying_what_follows() -> None:
    page = Page(
        1,
        "7. Recommendations\nThe review makes the following recommendations to the Testshire Safeguarding "
        "Children\nPartnership.\n1. The partnership should relaunch its protocol.\n2. All agencies should "
        "record who was present.\n3. Mid Tarn ICB should seek assurance that\nroutine enquiry takes place.\n",
    )
    texts = [f.text for f in extract_findings([page])]
    assert texts == [
        "The partnership should relaunch its protocol.",
        "All agencies should record who was present.",
        "Mid Tarn ICB should seek assurance that routine enquiry takes place.",
    ]
    # the end of a wrapped sentence is never a list's heading
    wrapped = Page(
        1, "Inadequate (Grade 4) A service that does not meet minimum\nrequirements\n1. Ensure x.\n"
    )
    assert extract_findings([wrapped]) == []


def test_a_home_goes_by_its_name_without_its_kind() -> None:
    assert "bryn eithin" in short_forms("bryn eithin nursing home")


def test_names_read_from_covers_and_lead_lines() -> None:
    from ingest.metadata import _body_name

    assert (
        _body_name("PARLIAMENTARY AND HEALTH SERVICE OMBUDSMAN")
        == "Parliamentary and Health Service Ombudsman"
    )
    # an initial inside a lead inspector's name stays
    meta = _first_page_meta("ofsted/r.pdf", "Inspection of Testshire\nLead inspector: Sarah J. Hughes HMI\n")
    assert meta.lead_inspector == "Sarah J. Hughes"
    # a body's name before a place's noun names the place ("Marlby Police Investigation Centre")
    iopc = _first_page_meta(
        "iopc/r.pdf",
        "IOPC Independent Office for Police Conduct\nIndependent investigation into the death of\n"
        "Mr A B following his detention at Marlby Police Investigation Centre, Eastwold Police\n",
    )
    assert iopc.organisation == "Eastwold Police"


def test_following_leads_into_a_list_only_when_it_names_what_follows() -> None:
    page = Page(
        1,
        "Summary of recommendations\nRecommendations are set out in section 6, following the analysis.\n"
        "1. Introduction\nThis review concerns a baby.\n2. Background\nThe family moved.\n",
    )
    assert extract_findings([page]) == []


def test_a_question_over_the_library_naming_a_rare_person_is_about_the_documents_that_name_her(
    tmp_path: Path,
) -> None:
    from fakes import memory_index, run

    from assistant.service import Assistant

    (tmp_path / "coroner.txt").write_text(
        "Regulation 28: Report to Prevent Future Deaths\nI commenced an investigation into the death of Amber "
        "Kettlewell.\nThe MATTERS OF CONCERN are as follows:\n(1) The waiting times are very long.\n"
        "(2) Urgent referrals are not seen within the trust's own standard.\n"
    )
    (tmp_path / "statement.txt").write_text(
        "Our response to the coroner\nWe are sorry for the death of Amber Kettlewell.\n"
    )
    for town in ("Kelsford", "Wrenfield", "Hexley"):
        (tmp_path / f"{town.lower()}.txt").write_text(f"Inspection of {town} School\nPupils behave well.\n")
    index = memory_index()
    run(tmp_path, index)
    assistant = Assistant(index)
    scope = assistant.scope("what matters of concern did the coroner raise about amber kettlewell")
    assert {d.source for d in scope.documents} == {"coroner.txt", "statement.txt"}
    assert scope.pinned and not assistant.scope("amber kettlewell's care compared with others").compare
    # a word of ordinary English few documents use is no name, and a choice between names narrows to neither
    assert not assistant.scope("which school said it was sorry?").pinned
    assert not assistant.scope("did the coroner write about kettlewell or about hexley?").named_by_words


def test_a_coroners_numbered_matters_of_concern_are_a_list() -> None:
    page = (
        "5 CORONER'S CONCERNS\nDuring the course of the inquest the evidence revealed matters giving rise to "
        "concern.\nThe MATTERS OF CONCERN are as follows:\n(1) The waiting times for Community CAMHS are very "
        "long.\n(2) Urgent referrals are not being seen within the trust's own standard.\n6 ACTION SHOULD BE TAKEN\n"
    )
    findings = extract_findings([Page(2, page)])
    assert [f.kind for f in findings] == ["cause of concern", "cause of concern"]
    assert findings[1].text.startswith("Urgent referrals")


def test_a_list_named_before_who_raised_it_asks_for_the_list() -> None:
    from assistant.understanding import lists_a_list

    assert lists_a_list("what matters of concern did the coroner raise in the amber kettlewell report")
    assert not lists_a_list("what concerns did parents raise about transport")


def test_the_outcome_of_an_earlier_inspection_is_no_bare_date(tmp_path: Path) -> None:
    from fakes import memory_index, run

    from assistant.service import Assistant

    (tmp_path / "home.txt").write_text(
        "Inspection of Larchmount House\nInspection dates 17 to 19 March 2026\n"
        "Date of last inspection 12 November 2025\n"
        "The interim inspection in November 2025 found the home had declined in effectiveness.\n"
    )
    (tmp_path / "agency.txt").write_text(
        "Inspection of Hollybeck Adoption\nInspection dates 3 to 7 November 2025\n"
        "Date of last inspection 11 October 2021\nOverall judgement at last inspection Outstanding\n"
    )
    index = memory_index()
    run(tmp_path, index)
    assistant = Assistant(index)
    answer = assistant.ask("what was the outcome of larchmount house's last inspection")
    assert "declined" in answer.answer.lower() or answer.abstained
    answer = assistant.ask(
        "what was hollybeck adoption's overall judgement at its previous ofsted inspection"
    )
    assert "outstanding" in answer.answer.lower()


def test_the_national_audit_office_is_known_by_its_names() -> None:
    from ingest.vocabulary import Inspectorate, inspectorates_named

    assert inspectorates_named("REPORT BY THE COMPTROLLER AND AUDITOR GENERAL") == [Inspectorate.NAO]
    assert inspectorates_named("the NAO found") == [Inspectorate.NAO]
    assert not inspectorates_named("Nao Tanaka led the inspection")


def test_ofsteds_numbered_grades_are_a_ratings_table() -> None:
    page = Page(
        1,
        "This inspection Previous inspection\n"
        "Overall effectiveness Good 2 Not previously inspected\n"
        "Key judgement Grade\n"
        "Access to services by young children and families Good 2\n"
        "The quality of practice and services Requires improvement 3\n",
    )
    grades = {j.area: j.grade for j in extract_labelled_grades([page])}
    assert grades["overall effectiveness"] == "good"
    assert grades["the quality of practice and services"] == "requires improvement"


def test_a_body_said_to_lead_is_passed_over_for_the_person_a_team_table_names() -> None:
    meta = _first_page_meta(
        "joint/report.pdf",
        "HM Inspectorate of Probation\nA joint inspection of the response to child criminal exploitation in "
        "Ashendene\nAn inspection of the Ashendene Youth Justice Partnership and its partners\nJanuary 2026\n"
        "The inspection was led by HM Inspectorate of Probation. HMICFRS inspected the police.\n",
        "Annex 1: The inspection team\nRole Name Inspectorate\n"
        "Lead inspector Diane Oyelaran HM Inspectorate of Probation\n"
        "Inspector Martin Royce HM Inspectorate of Probation\n",
    )
    assert meta.lead_inspector == "Diane Oyelaran"


def test_a_review_is_dated_by_its_date_of_review() -> None:
    meta = _first_page_meta(
        "clas/review.pdf",
        "Care Quality Commission\nReview of health services for Children Looked After and Safeguarding in "
        "Kestermoor\nDate of review 3 March 2025 to 7 March 2025\n",
    )
    assert (meta.inspection_start, meta.inspection_end) == ("2025-03-03", "2025-03-07")


def test_a_partnership_and_its_partners_is_the_partnership() -> None:
    from ingest.families import organisation_from_title

    assert organisation_from_title(
        "A joint inspection of child criminal exploitation: An inspection of the Ashendene Youth Justice "
        "Partnership and its partners"
    ) == organisation_from_title(
        "A joint inspection of child criminal exploitation: An inspection of the Ashendene Youth Justice Partnership"
    )


def test_the_initials_of_a_name_a_title_spells_out_say_which_report() -> None:
    from assistant.extractive import _TITLE_NAME_RUN

    title = "Review of health services for Children Looked After and Safeguarding in Kestermoor"
    initials = {
        "".join(w[0] for w in run.split() if w[0].isupper()) for run in _TITLE_NAME_RUN.findall(title)
    }
    assert "CLAS" in initials
