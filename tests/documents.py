"""A small generated corpus like the real one: two Ofsted children's services reports as PDFs (made with
reportlab, the same bytes every time), a news article with a metadata sidecar, and an HTML error page.

Shared by the tests that ingest it with fake parts (test_pipeline_fakes.py, test_tools_fakes.py,
test_contracts.py).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

REPORT_PAGES = [
    [
        "Inspection of Anytown local",
        "authority children’s services",
        "Inspection dates: 15 to 26 November 2021",
        "Lead inspector: Jane Smith, Her Majesty’s Inspector",
        "Judgement Grade",
        "The impact of leaders on social work",
        "practice with children and families",
        "Good",
        "The experiences and progress of",
        "children who need help and protection",
        "Requires improvement",
        "to be good",
        "The experiences and progress of",
        "children in care and care leavers",
        "Outstanding",
        "Overall effectiveness Requires improvement to be good",
        "Ofsted found that leaders in Anytown have improved services for children since the",
        "last inspection. Children in care live in stable homes with carers who know them well.",
    ],
    [
        "Inspection of Anytown local authority children’s services",
        "15 to 26 November 2021 2",
        "What needs to improve?",
        "- The quality of supervision for social workers.",
        "- Planning for care leavers, so that they know their entitlements.",
        "The experiences and progress of children who need help and",
        "protection: requires improvement to be good",
        "1. Children and their families who need help have easy access to support through the",
        "front door. Managers oversee contacts and referrals promptly.",
        "2. Social workers visit children regularly and know them well. Caseloads are manageable.",
    ],
    [
        "Inspection of Anytown local authority children’s services",
        "15 to 26 November 2021 3",
        "The experiences and progress of children in care and care",
        "leavers: outstanding",
        "3. Children come into care when they need to. Decisions are timely and considered.",
        "4. The virtual school tracks the progress of every child in care closely.",
    ],
]

REPORT_2017_PAGES = [
    [
        "1",
        "Borsetshire County Council",
        "Inspection of services for children in need of help and",
        "protection, children looked after and care leavers",
        "Inspection date: 23 January 2017 – 16 February 2017",
        "Report published: 7 April 2017",
        "Children’s services in Borsetshire are inadequate",
        "1. Children who need help and protection Inadequate",
        "2. Children looked after and achieving permanence Requires improvement",
        "3. Leadership, management and governance Inadequate",
        "Ofsted found widespread failures in the help given to children in Borsetshire.",
    ],
    [
        "2",
        "Recommendations",
        "1. Ensure that all work with children is recorded promptly on the social care",
        "information system and used to inform planning for children.",
        "2. Ensure that children’s views are fully reflected in assessments and plans.",
        "Summary for children and young people",
        "Inspectors found that too many children waited too long for help.",
    ],
]

NEWS = """Council promises more social workers after Ofsted report

Anytown council said it would hire 12 more social workers after the inspection in November 2021.

The council leader said services for children were improving and thanked staff for their work.
"""

NEWS_SIDECAR = {
    "title": "Council promises more social workers",
    "publisher": "Local News",
    "doc_type": "news",
    "about_inspection": "Ofsted inspection, November 2021",
}

HTML_ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>Report not found</title></head>"
    "<body><h1>Report not found</h1><p>Sorry, we could not find that page.</p></body></html>"
)

REPORT_SOURCE = "anytown/children's services inspection - 14 january 2022.pdf"
REPORT_2017_SOURCE = "borsetshire/children's services inspection - 07 april 2017.pdf"
NEWS_SOURCE = "news/anytown-council-response.txt"


def make_pdf(pages: list[list[str]]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)  # same bytes every time
    for lines in pages:
        pdf.setFont("Helvetica", 10)
        for row, line in enumerate(lines):
            pdf.drawString(50, 800 - 15 * row, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write_corpus(root: Path) -> Path:
    (root / "anytown").mkdir(parents=True)
    (root / "borsetshire").mkdir()
    (root / "news").mkdir()
    (root / REPORT_SOURCE).write_bytes(make_pdf(REPORT_PAGES))
    (root / REPORT_2017_SOURCE).write_bytes(make_pdf(REPORT_2017_PAGES))
    (root / NEWS_SOURCE).write_text(NEWS, encoding="utf-8")
    (root / (NEWS_SOURCE + ".meta.json")).write_text(json.dumps(NEWS_SIDECAR), encoding="utf-8")
    return root
