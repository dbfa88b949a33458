"""Unit tests for ingest.metadata: title, organisation, dates, lead inspector and sidecars, from report text."""

from __future__ import annotations

import hashlib
import re

import pytest

from ingest.metadata import (
    content_hash,
    doc_id_for,
    extract_meta,
    organisation_key,
    parse_date,
    parse_date_range,
)
from ingest.models import Page, ParsedDocument


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf(pages: list[str], source: str = "reports/anytown/report.pdf") -> ParsedDocument:
    return ParsedDocument(
        source=source, content_type="pdf", pages=[Page(i + 1, text) for i, text in enumerate(pages)]
    )


ILACS_PAGE1 = """Inspection of Anytown local
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
Good
Overall effectiveness Good
Leaders in Anytown have improved services for children since the last inspection."""

ILACS_PAGE2 = """Inspection of Anytown local authority children’s services
15 to 26 November 2021 2
What needs to improve?
◼ The quality and timeliness of support to disabled children.
◼ Oversight of children living in private fostering arrangements.
The experiences and progress of children who need help and
protection: requires improvement to be good
1. Children and their families who need help have easy access to support."""

ILACS_LAST_PAGE = """Ofsted has inspected the local authority under the framework for the inspection of
local authority children’s services.
© Crown copyright 2022"""

SIF_PAGE1 = """1
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
1 Ofsted produces this report under its power to combine reports."""

SIF_TEAM_PAGE = """34
The inspection team consisted of six of Her Majesty’s Inspectors (HMI) from Ofsted.
The inspection team
Lead inspector: Donna Marriott, HMI
Deputy lead inspector: Peter McEntee, HMI
Team inspectors: Anji Parker, HMI, Margaret Burke, HMI"""


# ------------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 to 26 November 2021", ("2021-11-15", "2021-11-26")),
        ("23 January 2017 – 16 February 2017", ("2017-01-23", "2017-02-16")),
        ("1/06/2015 – 25/06/2015", ("2015-06-01", "2015-06-25")),
        ("14 April – 8 May 2015", ("2015-04-14", "2015-05-08")),
        ("18 Feb 2014 – 12 March 2014", ("2014-02-18", "2014-03-12")),
        ("15-19 July 2013", ("2013-07-15", "2013-07-19")),
        ("11 January 2016–4 February 2016", ("2016-01-11", "2016-02-04")),
        ("02 March 2020 to 13 March 2020", ("2020-03-02", "2020-03-13")),
        ("6 to 30 July 2015", ("2015-07-06", "2015-07-30")),
        ("14 December to 8 January 2021", ("2020-12-14", "2021-01-08")),  # the start is in the year before
        ("30 December 2019 to 10 January 2020", ("2019-12-30", "2020-01-10")),
        ("1st to 12th July 2024", ("2024-07-01", "2024-07-12")),
    ],
)
def test_parse_date_range(text: str, expected: tuple[str, str]) -> None:
    assert parse_date_range(text) == expected


@pytest.mark.parametrize("text", ["to be confirmed", "15 to 26 November", "July 2021"])
def test_parse_date_range_without_a_full_end_date(text: str) -> None:
    assert parse_date_range(text) == (None, None)


def test_parse_date() -> None:
    assert parse_date("children's services inspection - 14 january 2022.pdf") == "2022-01-14"
    assert parse_date("Report published: 7 April 2017") == "2017-04-07"
    assert parse_date("31 February 2017") is None
    assert parse_date("no date here") is None


# -------------------------------------------------------------------------------------- ILACS report


def test_ilacs_report_metadata() -> None:
    doc = pdf(
        [ILACS_PAGE1, ILACS_PAGE2, ILACS_LAST_PAGE],
        source="ofsted-ilacs/80001_anytown/children's services inspection - 14 january 2022.pdf",
    )
    meta = extract_meta(doc, "abc123")

    assert meta.title == "Inspection of Anytown local authority children’s services"
    assert meta.organisation == "Anytown"
    assert meta.doc_type == "inspection report"
    assert meta.source == doc.source
    assert meta.doc_id == doc_id_for(doc.source)
    assert meta.content_hash == "abc123"
    assert meta.content_type == "pdf"
    assert meta.page_count == 3
    assert (meta.inspection_start, meta.inspection_end) == ("2021-11-15", "2021-11-26")
    assert meta.inspection_dates_text == "15 to 26 November 2021"
    assert meta.inspection_dates_page == 1
    assert meta.inspection_dates_quote == "Inspection dates: 15 to 26 November 2021"
    assert meta.publication_date == "2022-01-14"  # from the file name: the report does not print it
    assert (meta.inspection_year, meta.publication_year) == (2021, 2022)
    assert meta.lead_inspector == "Margaret Burke"
    assert meta.lead_inspector_page == 1
    assert meta.lead_inspector_quote is not None
    assert squash(meta.lead_inspector_quote) in squash(ILACS_PAGE1)
    assert "Her Majesty" not in meta.lead_inspector_quote
    assert {j.area: j.grade for j in meta.judgements}["overall effectiveness"] == "good"
    assert len(meta.judgements) == 4
    assert [f.text for f in meta.findings] == [
        "The quality and timeliness of support to disabled children.",
        "Oversight of children living in private fostering arrangements.",
    ]


def test_quotes_of_every_fact_are_on_their_pages() -> None:
    doc = pdf([ILACS_PAGE1, ILACS_PAGE2, ILACS_LAST_PAGE])
    meta = extract_meta(doc, "h")
    text_of = {page.number: squash(page.text) for page in doc.pages}

    assert squash(meta.inspection_dates_quote) in text_of[meta.inspection_dates_page]
    assert squash(meta.lead_inspector_quote or "") in text_of[meta.lead_inspector_page]
    for judgement in meta.judgements:
        assert squash(judgement.quote) in text_of[judgement.page]
    for finding in meta.findings:
        assert squash(finding.text) in text_of[finding.page]


def test_organisation_with_a_comma_over_two_title_lines() -> None:
    page1 = """Inspection of Bournemouth,
Christchurch and Poole local authority
children’s services
Inspection dates: 2 to 13 December 2024
Lead inspector: John Roughton, His Majesty’s Inspector
Judgement Grade
Overall effectiveness Good"""
    meta = extract_meta(pdf([page1]), "h")
    assert (
        meta.title == "Inspection of Bournemouth, Christchurch and Poole local authority children’s services"
    )
    assert meta.organisation == "Bournemouth, Christchurch and Poole"
    assert meta.lead_inspector == "John Roughton"
    assert (meta.inspection_start, meta.inspection_end) == ("2024-12-02", "2024-12-13")


# ---------------------------------------------------------------------------------- lead inspector


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ("Lead inspector: Tara Geere\nHer Majesty's Inspector", "Tara Geere"),
        ("Lead inspector: Tara Geere\nHer Majesty’s Inspector", "Tara Geere"),
        ("Lead inspector: Margaret Burke, Her Majesty’s Inspector", "Margaret Burke"),
        ("Lead inspector: Neil Penswick HMI", "Neil Penswick"),
        ("Lead inspector: Donna Marriott, HMI\nDeputy lead inspector: Peter McEntee, HMI", "Donna Marriott"),
        ("Lead inspector: Nigel Parkes (HMI)", "Nigel Parkes"),
        ("Lead inspector: Máire Atherton, His Majesty’s Inspector", "Máire Atherton"),
        ("Deputy lead inspector: Peter McEntee, HMI\nLead inspector: Donna Marriott, HMI", "Donna Marriott"),
        ("Deputy Lead inspector: Peter McEntee, HMI\nLead inspector: Donna Marriott, HMI", "Donna Marriott"),
        ("Reporting inspector Sean Tarpey HMI", "Sean Tarpey"),
    ],
)
def test_lead_inspector(lines: str, name: str) -> None:
    page = f"Inspection of Anytown local authority children’s services\nInspection dates: 6 to 10 May 2024\n{lines}"
    meta = extract_meta(pdf([page]), "h")
    assert meta.lead_inspector == name
    assert meta.lead_inspector_page == 1
    assert meta.lead_inspector_quote and squash(meta.lead_inspector_quote) in squash(page)
    assert name in meta.lead_inspector_quote


@pytest.mark.parametrize(
    "lines",
    [
        "Deputy lead inspector: Peter McEntee, HMI",
        "Deputy Lead inspector: Peter McEntee, HMI",
        "Team inspectors: Anji Parker, HMI, Margaret Burke, HMI",
    ],
)
def test_deputy_lead_or_team_inspector_is_not_the_lead(lines: str) -> None:
    page = f"Inspection of Anytown local authority children’s services\n{lines}"
    meta = extract_meta(pdf([page]), "h")
    assert meta.lead_inspector is None
    assert meta.lead_inspector_quote is None


def test_lead_inspector_of_an_old_report_is_on_the_team_page() -> None:
    filler = "\n".join(f"{n}\nParagraph {n} of findings about children." for n in range(2, 6))
    meta = extract_meta(pdf([SIF_PAGE1, filler, SIF_TEAM_PAGE]), "h")
    assert meta.lead_inspector == "Donna Marriott"
    assert meta.lead_inspector_page == 3
    assert meta.lead_inspector_quote == "Lead inspector: Donna Marriott"


# -------------------------------------------------------------------------------- SIF (2013-2017)


def test_sif_report_metadata() -> None:
    doc = pdf(
        [SIF_PAGE1, SIF_TEAM_PAGE],
        source="ofsted-ilacs/80428_bedford/children's services inspection - 10 april 2017.pdf",
    )
    meta = extract_meta(doc, "h")

    assert meta.organisation == "Bedford Borough"
    assert meta.title.startswith("Bedford Borough Inspection of services for children in need of help and")
    assert meta.title.endswith(
        "Review of the effectiveness of the Local Safeguarding Children Board"
    )  # "Board1"
    assert meta.doc_type == "inspection report"
    assert meta.inspectorate == "Ofsted"
    assert (meta.inspection_start, meta.inspection_end) == ("2017-01-23", "2017-02-16")
    assert meta.inspection_dates_text == "23 January 2017 – 16 February 2017"
    assert meta.publication_date == "2017-04-07"  # the printed date wins over the file name
    assert {j.area: j.grade for j in meta.judgements} == {
        "overall effectiveness": "requires improvement",
        "impact of leaders": "requires improvement",
        "help and protection": "requires improvement",
        "adoption performance": "good",
        "care leavers": "good",
        "children in care": "requires improvement",
    }


def test_numeric_inspection_dates() -> None:
    page1 = SIF_PAGE1.replace("23 January 2017 – 16 February 2017", "1/06/2015 – 25/06/2015")
    meta = extract_meta(pdf([page1]), "h")
    assert (meta.inspection_start, meta.inspection_end) == ("2015-06-01", "2015-06-25")
    assert meta.inspection_dates_text == "1/06/2015 – 25/06/2015"


def test_numeric_publication_date() -> None:
    page1 = SIF_PAGE1.replace("Report published: 7 April 2017", "Report published: 10/08/2015")
    doc = pdf(
        [page1],
        source="ofsted-ilacs/80564_stoke-on-trent/children's services inspection - 12 august 2015.pdf",
    )
    assert extract_meta(doc, "h").publication_date == "2015-08-10"


def test_organisation_name_wrapped_over_two_lines() -> None:
    page1 = """1
City of Bradford Metropolitan District
Council
Inspection of children’s social care services
Inspection dates: 17 September to 28 September 2018
Lead inspector: Neil Penswick HMI"""
    assert extract_meta(pdf([page1]), "h").organisation == "City of Bradford Metropolitan District Council"


def test_organisation_above_a_generic_inspection_title() -> None:
    page1 = """1
Halton Borough Council
Inspection of local authority children’s services
Inspection dates: 02 March 2020 to 13 March 2020
Lead inspector: Shabana Abasi
Her Majesty's Inspector"""
    meta = extract_meta(pdf([page1]), "h")
    assert meta.lead_inspector == "Shabana Abasi"
    assert meta.organisation == "Halton Borough Council"


# ------------------------------------------------------------------------------------- inspectorate


def test_inspectorate_named_near_the_start() -> None:
    assert extract_meta(pdf([SIF_PAGE1]), "h").inspectorate == "Ofsted"
    text = "Staffordshire Police must improve, HMICFRS said.\nThe force was inspected in May 2025."
    doc = ParsedDocument("news.txt", "text", [Page(None, text)])
    assert extract_meta(doc, "h").inspectorate == "HMICFRS"


def test_inspectorate_named_only_on_the_last_page_of_a_long_report() -> None:
    # ILACS reports name Ofsted only in the closing notes of their last page.
    body = "Social workers know their children well and visit them regularly. " * 40  # ~2,700 chars a page
    pages = [ILACS_PAGE1] + [f"Inspection of Anytown local authority children’s services\n{body}"] * 9
    pages.append(ILACS_LAST_PAGE)
    assert len("\n".join(pages[:-1])) > 20000
    assert extract_meta(pdf(pages), "h").inspectorate == "Ofsted"


# ------------------------------------------------------------------------------- other documents


NEWS = """Staffordshire Police told it still needs to improve safeguarding for children

Staffordshire Police still needs to do more to protect children, according to a report published on Friday.

His Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) visited in March.
"""


def test_text_document_title_is_its_first_line_and_has_no_judgements() -> None:
    doc = ParsedDocument("news/000_abc.txt", "text", [Page(None, NEWS + "\nOverall effectiveness Good\n")])
    meta = extract_meta(doc, "h")
    assert meta.title == "Staffordshire Police told it still needs to improve safeguarding for children"
    assert meta.doc_type == "other"
    assert meta.judgements == []
    assert meta.inspection_start is None and meta.inspection_end is None
    assert meta.page_count == 1


def test_html_title_hint_is_the_title() -> None:
    doc = ParsedDocument(
        "https://example.org/report", "html", [Page(None, NEWS)], title_hint="  A page title "
    )
    assert extract_meta(doc, "h").title == "A page title"


def test_sidecar_fields_override_and_extend() -> None:
    sidecar = {
        "title": "Staffordshire Police told it still needs to improve safeguarding for children",
        "publisher": "BBC News",
        "doc_type": "news",
        "organisation": "Staffordshire Police",
        "inspectorate": "HMICFRS",
        "about_inspection": "National child protection re-inspection, March 2023",
        "url": "https://www.bbc.co.uk/news/example",
    }
    doc = ParsedDocument("news/000_abc.txt", "text", [Page(None, NEWS)])
    meta = extract_meta(doc, "h", sidecar)

    assert meta.title == sidecar["title"]
    assert meta.publisher == "BBC News"
    assert meta.doc_type == "news"
    assert meta.organisation == "Staffordshire Police"
    assert meta.inspectorate == "HMICFRS"
    assert meta.extra["about_inspection"] == sidecar["about_inspection"]
    assert meta.extra["url"] == sidecar["url"]
    assert meta.extra["about_year"] == 2023
    assert meta.inspection_year is None


def test_sidecar_none_values_and_underscored_doc_types() -> None:
    doc = pdf([ILACS_PAGE1])
    meta = extract_meta(doc, "h", {"organisation": None, "doc_type": "action_plan"})
    assert meta.organisation == "Anytown"
    assert meta.doc_type == "action plan"


def test_sidecar_is_not_modified() -> None:
    sidecar = {"title": "T", "about_inspection": "March 2023"}
    extract_meta(pdf([ILACS_PAGE1]), "h", sidecar)
    assert sidecar == {"title": "T", "about_inspection": "March 2023"}


# ------------------------------------------------------------------------------------ identifiers


def test_doc_id_is_stable_per_source_and_hash_is_sha256() -> None:
    assert doc_id_for("a/b.pdf") == doc_id_for("a/b.pdf")
    assert doc_id_for("a/b.pdf") != doc_id_for("a/c.pdf")
    assert len(doc_id_for("a/b.pdf")) == 16
    assert content_hash(b"abc") == hashlib.sha256(b"abc").hexdigest()


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("City of Bradford Metropolitan District Council", "bradford"),
        ("Bournemouth, Christchurch & Poole", "bournemouth christchurch and poole"),
        ("Bournemouth, Christchurch and Poole", "bournemouth christchurch and poole"),
        ("Staffordshire County Council", "staffordshire"),
        ("Staffordshire Police", "staffordshire police"),
        ("London Borough of Barking and Dagenham", "barking and dagenham"),
        ("Kingston upon Hull City Council", "kingston upon hull"),
        ("Brighton and Hove City Council", "brighton and hove"),
        ("The London Borough of Ealing", "ealing"),
        ("Medway children’s services", "medway"),
    ],
)
def test_organisation_key(name: str, key: str) -> None:
    assert organisation_key(name) == key


def test_pdf_opening_with_a_notice_takes_its_title_field() -> None:
    page = (
        "This document is published for information only.\n"
        "Joint inspection of services for children at risk of harm in Drumvallan\n"
        "Published: 27 May 2025\n"
    )
    with_field = ParsedDocument(
        "reports/drumvallan.pdf",
        "pdf",
        [Page(1, page)],
        title_hint="Joint inspection of services for children at risk of harm in Drumvallan",
    )
    assert extract_meta(with_field, "h").title.startswith("Joint inspection of services for children")
    # a placeholder title field is no title: the page's first line stays
    draft = ParsedDocument(
        "reports/drumvallan.pdf", "pdf", [Page(1, page)], title_hint="Microsoft Word - draft"
    )
    assert extract_meta(draft, "h").title == "This document is published for information only."
