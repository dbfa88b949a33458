"""Unit tests for ingest.facts: judgement tables and improvement lists read from report-shaped text.

The snippets copy the shapes PDFium gives for real Ofsted reports: the ILACS "Judgement Grade" table
(2018-) with labels and grades wrapping over lines, the single inspection framework (2013-2017) headline
and numbered table, "What needs to improve?" lists with wrapping "◼" items, and numbered
"Recommendations". Every fact must quote its own page (whitespace-normalised).
"""

from __future__ import annotations

import re

from ingest.facts import extract_findings, extract_judgements
from ingest.models import Finding, Judgement, Page


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_text(pages: list[Page], number: int | None) -> str:
    return next(page.text for page in pages if page.number == number)


def assert_quotes_on_their_pages(pages: list[Page], facts: list[Judgement] | list[Finding]) -> None:
    for fact in facts:
        quote = fact.quote if isinstance(fact, Judgement) else fact.page_quote
        assert squash(quote) in squash(page_text(pages, fact.page)), f"{fact} is not on page {fact.page}"


def grades(judgements: list[Judgement]) -> dict[str, str]:
    return {j.area: j.grade for j in judgements}


# ------------------------------------------------------------------------------ report-shaped text

ILACS_2021_PAGE1 = """Inspection of Anytown local
authority children’s services
Inspection dates: 15 to 26 November 2021
Lead inspector: Margaret Burke, Her Majesty’s Inspector
Judgement Grade
The impact of leaders on social work
practice with children and families
Good
The experiences and progress of
children who need help and protection
Requires improvement
to be good
The experiences and progress of
children in care and care leavers
Outstanding
Overall effectiveness Requires improvement to be good
COVID-19 has placed huge pressures on children and families in Anytown.
Many staff in the local authority have been personally affected by the virus. Despite
this, services have adapted well to significant changes in demand through the past
20 months. Leaders have made sure that support for children and families has continued.
Good partnership working means that children are seen quickly."""

ILACS_2021_PAGE2 = """Inspection of Anytown local authority children’s services
15 to 26 November 2021 2
What needs to improve?
◼ The quality and timeliness of support to disabled children.
◼ Oversight of children living in private fostering arrangements.
◼ Engagement of children in return home interviews, and the aggregation of
information to reduce the risk of children going missing.
◼ Partner engagement and influence of the corporate parenting panel.
The experiences and progress of children who need help and
protection: requires improvement to be good
1. Children and their families who need help have easy access to the right level of
support through the Integrated Front Door (IFD). Close alignment and joint
working between social workers and early help services enable most children
and families to be helped.
2. Effective partnership arrangements have strengthened the support available."""

# 2023- reports grade children in care and care leavers separately; "Requires improvement to be good" on one line.
ILACS_2025_PAGE1 = """Inspection of Bournemouth,
Christchurch and Poole local authority
children’s services
Inspection dates: 2 to 13 December 2024
Lead inspector: John Roughton, His Majesty’s Inspector
Judgement Grade
The impact of leaders on social work
practice with children and families
Good
The experiences and progress of
children who need help and protection
Good
The experiences and progress of
children in care
Good
The experiences and progress of care
leavers
Requires improvement to be good
Overall effectiveness Good
Senior leaders in Bournemouth, Christchurch and Poole (BCP) have made significant
progress since the last inspection in improving their services to better help, protect
and care for their most vulnerable children."""

# 2018-2019 reports: the grade itself wraps ("Requires improvement to\nbe good").
ILACS_2018_PAGE1 = """1
City of Bradford Metropolitan District
Council
Inspection of children’s social care services
Inspection dates: 17 September to 28 September 2018
Lead inspector: Neil Penswick HMI
Judgement Grade
The impact of leaders on social work practice with
children and families
Requires improvement to
be good
The experiences and progress of children who need
help and protection
Inadequate
The experiences and progress of children in care and
care leavers
Requires improvement to
be good
Overall effectiveness Inadequate
Services for children in Bradford have seriously declined since the last inspection
in 2014, when they were judged to require improvement."""

SIF_2017_PAGE1 = """1
Bedford Borough
Inspection of services for children in need of help and
protection, children looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children
Board1
Inspection date: 23 January 2017 – 16 February 2017
Report published: 7 April 2017
Children’s services in Bedford Borough require improvement to
be good
1. Children who need help and protection Requires improvement
2. Children looked after and achieving
permanence
Requires improvement
2.1 Adoption performance Good
2.2 Experiences and progress of care leavers Good
3. Leadership, management and governance Requires improvement

1 Ofsted produces this report under its power to combine reports in accordance with section 152 of
the Education and Inspections Act 2006."""

SIF_2014_PAGE1 = """1
Anyshire County Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
and
Review of the effectiveness of the local safeguarding children
board1
Inspection date: 18 Feb 2014 – 12 March 2014
The overall judgement is requires improvement
There are no widespread or serious failures that create or leave children being
harmed or at risk of harm.
1. Children who need help and protection Requires
Improvement
2. Children looked after and achieving permanence Good
2.1 Adoption performance Outstanding
2.2 Experiences and progress of care leavers Good
3. Leadership, management and governance Good
The effectiveness of the Local Safeguarding Children Board (LSCB) is
good"""

SIF_2017_RECOMMENDATIONS_PAGE = """7
Recommendations
1. Ensure that all work with children is recorded promptly on the social care
information system and used to inform planning for children.
2. When children go missing from home or care, ensure that they are offered a
return interview within 72 hours of returning home and that the interview is
recorded to inform ongoing planning.
3. Create and sustain a supervision offer to frontline staff that has a focus on
‘getting to good’ and delivers well-recorded professional support on a regular
basis.
4. Ensure that children’s views are fully reflected in assessments and plans.
Summary for children and young people
 Inspectors found that children who need help get it quickly."""

SIF_CONTENTS_PAGE = """4
Contents
Executive summary 2
The local authority 5
Recommendations 7
Summary for children and young people 8
Recommendations
Summary for children and young people 8"""


# ---------------------------------------------------------------------------------------- judgements


def test_ilacs_table_with_wrapped_labels_and_grades() -> None:
    pages = [Page(1, ILACS_2021_PAGE1), Page(2, ILACS_2021_PAGE2)]
    judgements = extract_judgements(pages)

    assert grades(judgements) == {
        "overall effectiveness": "requires improvement",
        "impact of leaders": "good",
        "help and protection": "requires improvement",
        "children in care and care leavers": "outstanding",
    }
    assert all(j.page == 1 for j in judgements)
    assert_quotes_on_their_pages(pages, judgements)


def test_ilacs_quotes_name_their_area_and_grade() -> None:
    judgements = {j.area: j for j in extract_judgements([Page(1, ILACS_2021_PAGE1)])}

    assert (
        squash(judgements["overall effectiveness"].quote)
        == "Overall effectiveness Requires improvement to be good"
    )
    help_quote = squash(judgements["help and protection"].quote)
    assert "children who need help and protection" in help_quote
    assert help_quote.endswith("Requires improvement to be good")
    leaders_quote = squash(judgements["impact of leaders"].quote)
    assert leaders_quote.startswith("The impact of leaders") and leaders_quote.endswith("Good")


def test_ilacs_2023_table_grades_children_in_care_and_care_leavers_separately() -> None:
    pages = [Page(1, ILACS_2025_PAGE1)]
    judgements = extract_judgements(pages)

    assert grades(judgements) == {
        "overall effectiveness": "good",
        "impact of leaders": "good",
        "help and protection": "good",
        "care leavers": "requires improvement",
        "children in care": "good",
    }
    assert_quotes_on_their_pages(pages, judgements)


def test_ilacs_2018_grade_that_wraps_in_the_middle() -> None:
    pages = [Page(1, ILACS_2018_PAGE1)]
    judgements = extract_judgements(pages)

    assert grades(judgements) == {
        "overall effectiveness": "inadequate",
        "impact of leaders": "requires improvement",
        "help and protection": "inadequate",
        "children in care and care leavers": "requires improvement",
    }
    assert_quotes_on_their_pages(pages, judgements)


def test_prose_after_the_table_is_not_read_as_a_judgement() -> None:
    # "Good partnership working" starts a prose line; the table ended at "Overall effectiveness".
    judgements = extract_judgements([Page(1, ILACS_2021_PAGE1)])
    assert len(judgements) == 4


def test_sif_headline_and_numbered_table() -> None:
    pages = [Page(1, SIF_2017_PAGE1)]
    judgements = extract_judgements(pages)

    assert grades(judgements) == {
        "overall effectiveness": "requires improvement",
        "impact of leaders": "requires improvement",
        "help and protection": "requires improvement",
        "adoption performance": "good",
        "care leavers": "good",
        "children in care": "requires improvement",
    }
    assert_quotes_on_their_pages(pages, judgements)
    overall = next(j for j in judgements if j.area == "overall effectiveness")
    assert squash(overall.quote) == "Children’s services in Bedford Borough require improvement to be good"
    help_quote = next(j for j in judgements if j.area == "help and protection").quote
    assert squash(help_quote) == "1. Children who need help and protection Requires improvement"


def test_sif_2014_overall_judgement_sentence_lscb_and_capitalised_grade() -> None:
    pages = [Page(1, SIF_2014_PAGE1)]
    judgements = extract_judgements(pages)

    assert grades(judgements) == {
        "overall effectiveness": "requires improvement",
        "impact of leaders": "good",
        "help and protection": "requires improvement",
        "adoption performance": "outstanding",
        "care leavers": "good",
        "children in care": "good",
        "safeguarding children board": "good",
    }
    assert_quotes_on_their_pages(pages, judgements)


def test_judgements_come_in_a_fixed_area_order() -> None:
    areas = [j.area for j in extract_judgements([Page(1, SIF_2014_PAGE1)])]
    assert areas == [
        "overall effectiveness",
        "impact of leaders",
        "help and protection",
        "adoption performance",
        "care leavers",
        "children in care",
        "safeguarding children board",
    ]


def test_graded_section_headings_on_later_pages_fill_missing_areas() -> None:
    page1 = """Anyshire County Council
Inspection of services for children in need of help and protection
Children’s services in Anyshire are good
The local authority has improved since the last inspection."""
    page2 = """The experiences and progress of children who need help and
protection: outstanding
1. Children receive help at the right time."""
    pages = [Page(1, page1), Page(2, page2)]
    judgements = {j.area: j for j in extract_judgements(pages)}

    assert judgements["overall effectiveness"].grade == "good"
    assert judgements["overall effectiveness"].page == 1
    assert judgements["help and protection"].grade == "outstanding"
    assert judgements["help and protection"].page == 2
    assert_quotes_on_their_pages(pages, list(judgements.values()))


def test_no_judgements_in_a_text_without_a_table_or_headline() -> None:
    text = (
        "Staffordshire Police still needs to do more to protect children.\n"
        "It was found to be good at working with safeguarding partners.\n"
    )
    assert extract_judgements([Page(None, text)]) == []


# ------------------------------------------------------------------------------------------ findings


def test_what_needs_to_improve_items_wrap_and_stop_at_the_next_heading() -> None:
    pages = [Page(1, ILACS_2021_PAGE1), Page(2, ILACS_2021_PAGE2)]
    findings = extract_findings(pages)

    assert [f.text for f in findings] == [
        "The quality and timeliness of support to disabled children.",
        "Oversight of children living in private fostering arrangements.",
        "Engagement of children in return home interviews, and the aggregation of information to reduce "
        "the risk of children going missing.",
        "Partner engagement and influence of the corporate parenting panel.",
    ]
    assert {f.kind for f in findings} == {"improve"}
    assert {f.page for f in findings} == {2}
    assert_quotes_on_their_pages(pages, findings)


def test_list_continues_on_the_next_page_after_the_running_header() -> None:
    page2 = """Inspection of Anytown local authority children’s services
15 to 26 November 2021 2
Leaders know their services well.
What needs to improve?
◼ The quality and timeliness of support to disabled children.
◼ Oversight of children living in private fostering arrangements."""
    page3 = """Inspection of Anytown local authority children’s services
15 to 26 November 2021 3
◼ Partner engagement and influence of the corporate parenting panel.
The experiences and progress of children who need help and
protection: good
1. Children and their families who need help have easy access to support."""
    pages = [Page(2, page2), Page(3, page3)]
    findings = extract_findings(pages)

    assert [(f.text, f.page) for f in findings] == [
        ("The quality and timeliness of support to disabled children.", 2),
        ("Oversight of children living in private fostering arrangements.", 2),
        ("Partner engagement and influence of the corporate parenting panel.", 3),
    ]
    assert_quotes_on_their_pages(pages, findings)


def test_item_wrapping_over_a_page_break_still_quotes_its_page() -> None:
    page5 = """5
Recommendations
27. Ensure that the Emergency Duty Team effectively supports young people
held in police custody out of hours and that appropriate alternative"""
    page6 = """6
accommodation is available to prevent young people being held in police
custody overnight.
28. Fully utilise Family Group Conferences to inform care planning."""
    pages = [Page(5, page5), Page(6, page6)]
    findings = extract_findings(pages)

    assert len(findings) == 2
    assert_quotes_on_their_pages(pages, findings)


def test_numbered_recommendations_end_at_the_next_heading() -> None:
    pages = [Page(7, SIF_2017_RECOMMENDATIONS_PAGE)]
    findings = extract_findings(pages)

    assert [f.kind for f in findings] == ["recommendation"] * 4
    assert findings[0].text == (
        "Ensure that all work with children is recorded promptly on the social care information system "
        "and used to inform planning for children."
    )
    assert findings[2].text.startswith("Create and sustain a supervision offer")
    assert findings[2].text.endswith("on a regular basis.")
    assert findings[3].text == "Ensure that children’s views are fully reflected in assessments and plans."
    assert not any("Summary for children" in f.text for f in findings)
    assert_quotes_on_their_pages(pages, findings)


def test_a_contents_page_is_not_a_list() -> None:
    assert extract_findings([Page(4, SIF_CONTENTS_PAGE)]) == []


def test_same_item_under_two_headings_is_kept_once() -> None:
    page = """Recommendations
1. Ensure that children’s views are fully reflected in assessments and plans.
The Local Safeguarding Children Board
Recommendations
1. Ensure that children’s views are fully reflected in assessments and plans.
2. Ensure rigorous analysis of performance information received by the LSCB."""
    findings = extract_findings([Page(9, page)])
    assert [f.text for f in findings] == [
        "Ensure that children’s views are fully reflected in assessments and plans.",
        "Ensure rigorous analysis of performance information received by the LSCB.",
    ]


def test_areas_for_improvement_heading_gives_its_kind() -> None:
    page = """Areas for improvement
1. Ensure that single assessments consistently provide analytical evaluation of risk
and protective factors.
2. Strengthen the consistency of core groups.
Summary for children and young people"""
    findings = extract_findings([Page(4, page)])
    assert [f.kind for f in findings] == ["area for improvement", "area for improvement"]


def test_plain_text_list_ends_at_a_blank_line() -> None:
    text = """Staffordshire Police told it still needs to improve

The areas which required further improvement were:

  • The quality of child protection investigations
  • Responses to children reported missing from home

Staffordshire's Assistant Chief Constable said the force had improved its training."""
    pages = [Page(None, text)]
    findings = extract_findings(pages)

    assert [(f.kind, f.text, f.page) for f in findings] == [
        ("improve", "The quality of child protection investigations", None),
        ("improve", "Responses to children reported missing from home", None),
    ]
    assert_quotes_on_their_pages(pages, findings)


def test_private_use_square_bullet_of_2018_reports() -> None:
    # 2018-2019 reports draw their bullets with a symbol font: PDF text gives U+F06E.
    page = """What needs to improve
\uf06e Case recording, including the recording of management oversight and
supervision, to monitor children’s progress and outcomes effectively.
\uf06e The progression of pre-proceedings work, in order to reduce unnecessary delay
for children.
The experiences and progress of children who need help and
protection: requires improvement to be good"""
    pages = [Page(2, page)]
    findings = extract_findings(pages)

    assert [f.text for f in findings] == [
        "Case recording, including the recording of management oversight and supervision, to monitor "
        "children’s progress and outcomes effectively.",
        "The progression of pre-proceedings work, in order to reduce unnecessary delay for children.",
    ]
    assert_quotes_on_their_pages(pages, findings)


def test_sub_headings_inside_an_improvement_list() -> None:
    page = """What does the local authority need to improve?
Priority and immediate action
1. Improve the quality of planning for children.
2. Ensure that all children who go missing from home and care have a return interview.
Areas for improvement
3. Strengthen management oversight and capacity within the CART."""
    findings = extract_findings([Page(4, page)])
    assert [f.text for f in findings] == [
        "Improve the quality of planning for children.",
        "Ensure that all children who go missing from home and care have a return interview.",
        "Strengthen management oversight and capacity within the CART.",
    ]
