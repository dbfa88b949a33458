"""Report families read from their own layout, including families the corpus does not hold: a joint
targeted area inspection letter and a police inspection report, written here in their published layouts."""

from __future__ import annotations

from ingest.facts import extract_findings
from ingest.families import detect_family, organisation_from_title, read_send_outcome, read_team, theme_of
from ingest.metadata import extract_meta
from ingest.models import Page, ParsedDocument
from ingest.vocabulary import FindingKind, ReportFamily

JTAI_PAGE_1 = """Joint targeted area inspection of the multi-agency response to serious youth violence in
Northtown
Between 6 and 10 March 2023, Ofsted, the Care Quality Commission (CQC), His Majesty’s Inspectorate of
Constabulary and Fire & Rescue Services (HMICFRS) and His Majesty’s Inspectorate of Probation (HMIP) carried
out a joint inspection of the multi-agency response to serious youth violence in Northtown.
This letter to the local safeguarding partners sets out the findings of the inspection.
Headline findings
Children at risk of serious youth violence in Northtown are helped by committed practitioners.
What needs to improve?
• The quality of information sharing between agencies when a child is first identified as at risk.
• The timeliness of health assessments for children in custody.
Strengths
• Leaders have a shared and ambitious vision for children at risk of exploitation.
• Practitioners know their children well.
"""
JTAI_PAGE_2 = """Main findings
Most children are seen quickly by a practitioner who knows them.
Lead inspectors
Ofsted: Jane Holloway, HMI, Lead inspector
Care Quality Commission: Peter Marsh, CQC lead inspector
HMICFRS: Susan Ward, Lead inspector
"""

POLICE_PAGE_1 = """National child protection inspection
Westshire Police
Inspection dates: 4 to 15 March 2024
Lead inspector: Alan Roberts
Contents
Summary
The force has improved some of its child protection work since our last inspection.
Causes of concern
• The force does not consistently recognise risk to children reported missing.
Recommendations
• Within six months, the force should review how it assesses risk to missing children.
Areas for improvement
• The force should improve how it records the ethnicity of children.
"""


def test_a_joint_targeted_area_inspection_letter() -> None:
    pages = [Page(1, JTAI_PAGE_1), Page(2, JTAI_PAGE_2)]
    meta = extract_meta(ParsedDocument("jtai/northtown.pdf", "pdf", pages), "x")
    assert meta.family == ReportFamily.JOINT_TARGETED
    assert meta.organisation == "Northtown"
    assert meta.inspection_start == "2023-03-06" and meta.inspection_end == "2023-03-10"
    assert set(meta.inspectorates) >= {"Ofsted", "CQC", "HMICFRS", "HMI Probation"}
    assert [f.value for f in meta.facts if f.kind == "theme"] == [
        "the multi-agency response to serious youth violence"
    ]
    leads = {m.name: m.inspectorate for m in meta.team}
    assert leads["Jane Holloway"] == "Ofsted"
    assert leads["Peter Marsh"] == "CQC"
    assert leads["Susan Ward"] == "HMICFRS"
    kinds = {f.kind for f in meta.findings}
    assert {FindingKind.IMPROVE, FindingKind.STRENGTH} <= kinds
    assert not meta.judgements  # letters give no grades: never a guessed one


def test_a_police_inspection_report() -> None:
    meta = extract_meta(ParsedDocument("hmicfrs/westshire.pdf", "pdf", [Page(1, POLICE_PAGE_1)]), "x")
    assert meta.family == ReportFamily.POLICE
    assert meta.organisation == "Westshire Police"
    assert meta.lead_inspector == "Alan Roberts"
    assert meta.inspection_end == "2024-03-15"
    kinds = [f.kind for f in meta.findings]
    assert FindingKind.CAUSE_OF_CONCERN in kinds
    assert FindingKind.RECOMMENDATION in kinds
    assert FindingKind.AREA_FOR_IMPROVEMENT in kinds


def test_an_unknown_family_still_gets_title_dates_and_lists() -> None:
    text = """Review of youth justice services in Easttown
Inspection dates: 1 to 5 July 2024
Recommendations
• Improve the timeliness of assessments.
"""
    meta = extract_meta(ParsedDocument("other/easttown.pdf", "pdf", [Page(1, text)]), "x")
    assert meta.title.startswith("Review of youth justice services")
    assert meta.inspection_end == "2024-07-05"
    assert [f.text for f in meta.findings] == ["Improve the timeliness of assessments."]
    assert not meta.judgements


def test_two_column_team_tables_give_each_inspectorate_its_lead() -> None:
    page = Page(
        7,
        "Inspection team\nOfsted Care Quality Commission\n"
        "Charlie Fordham, HMI, Lead inspector Tessa Valpy, CQC Lead inspector\n"
        "Russel Breyer, HMI Eva Mannan, CQC inspector\n",
    )
    team = read_team([page], "Ofsted")
    assert [(m.name, m.inspectorate) for m in team] == [("Charlie Fordham", "Ofsted"), ("Tessa Valpy", "CQC")]


def test_send_outcome_quote_is_the_outcome_sentence_alone() -> None:
    page = Page(
        1,
        "Local area partnership report\nArea SEND inspection of Northtown Local Area Partnership\n"
        "Inspection dates: 1 to 5 May 2023\nInspection outcome\nThe local area partnership’s arrangements "
        "lead to inconsistent experiences and\noutcomes for children and young people with SEND. The local "
        "area partnership must work jointly to make improvements.",
    )
    outcome = read_send_outcome([page])
    assert outcome is not None and outcome.grade == "inconsistent experiences and outcomes"
    assert outcome.quote.startswith("The local area partnership’s arrangements")
    assert outcome.quote.endswith("with SEND.")


def test_family_and_organisation_come_from_the_title_not_passing_mentions() -> None:
    # a children's services report mentions an earlier joint targeted area inspection on its first page
    head = "Ofsted carried out a joint targeted area inspection in 2019."
    assert (
        detect_family("Inspection of Northtown local authority children’s services", head, "Ofsted")
        == ReportFamily.CHILDRENS_SERVICES
    )
    assert organisation_from_title("Area SEND inspection of Bedford Borough Local Area Partnership") == (
        "Bedford Borough"
    )
    assert theme_of("Inspection of Northtown local authority children’s services") is None


def test_paragraph_lists_read_each_paragraph_as_an_item() -> None:
    page = Page(
        5,
        "Areas for improvement\nAreas for improvement\n"
        "Leaders should improve the timeliness of assessments so that children and young people\n"
        "get help sooner.\n"
        "Leaders should strengthen how they use information about waiting times to plan\n"
        "services across the partnership for all of its children.\n"
        "Local area partnership details\n",
    )
    items = [f.text for f in extract_findings([page])]
    assert items == [
        "Leaders should improve the timeliness of assessments so that children and young people get help sooner.",
        "Leaders should strengthen how they use information about waiting times to plan services across the "
        "partnership for all of its children.",
    ]
