"""Unit tests for ingest.parsers: small documents built in memory, no files, no network."""

from __future__ import annotations

import io
import warnings
from typing import Any

import docx
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest import parsers
from ingest.errors import ParseError, UnsupportedContentError
from ingest.models import Page
from ingest.parsers import normalise_text, parse, parse_docx, parse_html, parse_pdf, parse_text

# ------------------------------------------------------------------------------------------- helpers


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with one page per item, each line drawn on its own baseline."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        for row, line in enumerate(lines):
            pdf.drawString(72, 760 - 20 * row, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, "owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


REPORT_PARAGRAPH = (
    "Children who need help and protection receive timely and effective support. Social workers know "
    "their children well and visit them regularly, and managers oversee their work closely. "
)


def report_html(
    title: str = "Inspection of Anytown local authority children's services", repeat: int = 3
) -> str:
    body = "".join(f"<p>{REPORT_PARAGRAPH}</p>" for _ in range(repeat))
    return f"""<!DOCTYPE html>
<html lang="en"><head><title>{title}</title>
<style>p {{ color: red }}</style><script>var tracking = "do not index";</script></head>
<body>
<div class="govuk-cookie-banner" role="region">We use cookies on this site.</div>
<header><a href="/">Home</a> Site header text</header>
<nav><ul><li>Nav item one</li><li>Nav item two</li></ul></nav>
<main>
<h1>Anytown: inspection of children's services</h1>
<p>Inspection dates: 1 to 12 July 2024</p>
<h2>Judgements</h2>
<table>
<tr><th>Judgement</th><th>Grade</th></tr>
<tr><td>Overall effectiveness</td><td>Good</td></tr>
</table>
<h2>What needs to improve?</h2>
<ul>
<li>The quality of <b>supervision</b> for social workers.</li>
<li>Planning for care leavers.</li>
</ul>
{body}
<p>First line<br>second line</p>
<aside>Related content aside</aside>
<form><label>Search</label><input name="q"></form>
</main>
<footer>Footer text, Crown copyright</footer>
</body></html>"""


# ---------------------------------------------------------------------------------------------- PDF


def test_pdf_pages_are_numbered_from_one_and_keep_text_verbatim() -> None:
    data = make_pdf(
        [
            ["Inspection dates: 1 to 5 July 2024   ", "Lead inspector: Jane \u201cDoe\u201d"],
            ["Second page text"],
        ]
    )

    doc = parse_pdf(data, "reports/anytown.pdf")

    assert doc.source == "reports/anytown.pdf"
    assert doc.content_type == "pdf"
    assert [page.number for page in doc.pages] == [1, 2]
    assert doc.pages[0].text == "Inspection dates: 1 to 5 July 2024\nLead inspector: Jane \u201cDoe\u201d"
    assert doc.pages[1].text == "Second page text"
    assert "\r" not in doc.text


def test_pdf_documents_pages_and_textpages_are_all_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[pdfium.PdfDocument] = []

    class TrackingDocument(pdfium.PdfDocument):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            opened.append(self)

    monkeypatch.setattr(parsers.pdfium, "PdfDocument", TrackingDocument)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_pdf(make_pdf([["one"], ["two"], ["three"]]), "x.pdf")

    assert opened, "parse_pdf did not open the document through pdfium.PdfDocument"
    assert all(document.raw is None for document in opened), "a PdfDocument was left open"


def test_encrypted_pdf_raises_parse_error_naming_the_password() -> None:
    data = encrypt_pdf(make_pdf([["secret text"]]), user_password="letmein")

    with pytest.raises(ParseError, match=r"locked\.pdf: PDF is encrypted and needs a password"):
        parse_pdf(data, "locked.pdf")


def test_pdf_with_empty_user_password_opens() -> None:
    data = encrypt_pdf(make_pdf([["readable text"]]), user_password="")

    assert parse_pdf(data, "owner-only.pdf").pages[0].text == "readable text"


@pytest.mark.parametrize("data", [b"%PDF-1.7\nthis is not really a pdf", make_pdf([["x"]])[:300]])
def test_corrupt_pdf_raises_parse_error_with_the_reason(data: bytes) -> None:
    with pytest.raises(ParseError, match=r"broken\.pdf: PDF is damaged or not a PDF \(.+\); re-download"):
        parse_pdf(data, "broken.pdf")


def test_pdf_without_any_text_raises_parse_error_suggesting_ocr() -> None:
    with pytest.raises(ParseError, match=r"scan\.pdf: PDF has no extractable text .* OCR"):
        parse_pdf(make_pdf([[], []]), "scan.pdf")


def test_normalise_text_only_fixes_line_ends_trailing_space_and_nul() -> None:
    raw = "  Indented  double  spaces \t\r\nsecond\x00 line   \rthird\u00a0\u201cq\u201d"

    assert normalise_text(raw) == "  Indented  double  spaces\nsecond line\nthird\u00a0\u201cq\u201d"


# --------------------------------------------------------------------------------------------- HTML


def test_html_keeps_blocks_as_lines_and_drops_page_furniture() -> None:
    doc = parse_html(report_html().encode(), "anytown.html")

    lines = doc.text.split("\n")
    assert doc.content_type == "html"
    assert doc.pages == [Page(None, doc.text)]
    assert doc.title_hint == "Inspection of Anytown local authority children's services"
    assert lines[:7] == [
        "Anytown: inspection of children's services",
        "Inspection dates: 1 to 12 July 2024",
        "Judgements",
        "Judgement | Grade",
        "Overall effectiveness | Good",
        "What needs to improve?",
        "\u2022 The quality of supervision for social workers.",
    ]
    assert "\u2022 Planning for care leavers." in lines
    assert lines[-2:] == ["First line", "second line"]
    for dropped in (
        "tracking",
        "color",
        "Nav item",
        "Site header",
        "Footer text",
        "aside",
        "Search",
        "cookies",
    ):
        assert dropped not in doc.text


def test_html_without_main_uses_body_and_title_falls_back_to_h1() -> None:
    html = f"<html><body><h1>Police  inspection\nreport</h1><p>{REPORT_PARAGRAPH * 3}</p></body></html>"

    doc = parse_html(html.encode(), "police.html")

    assert doc.title_hint == "Police inspection report"
    assert doc.text.startswith("Police inspection report\nChildren who need help")


def test_html_article_header_is_content_but_the_page_header_is_not() -> None:
    html = f"""<html><head><title>PEEL 2023: Anytown Police</title></head><body>
    <header><p>HMICFRS site banner</p></header>
    <article><header><h1>PEEL 2023: Anytown Police</h1><p>Published 1 May 2024</p></header>
    <p>{REPORT_PARAGRAPH * 3}</p><footer><p>Article footnote</p></footer></article>
    <footer><p>Site footer</p></footer></body></html>"""

    text = parse_html(html.encode(), "peel.html").text

    assert text.startswith("PEEL 2023: Anytown Police\nPublished 1 May 2024\nChildren who need help")
    assert text.endswith("Article footnote")
    assert "banner" not in text
    assert "Site footer" not in text


def test_html_respects_declared_encoding() -> None:
    html = (
        '<html><head><meta charset="windows-1252"></head>'
        f"<body><p>Caf\u00e9 \u201cquoted\u201d. {REPORT_PARAGRAPH * 3}</p>"
    )

    doc = parse_html(html.encode("cp1252"), "legacy.html")

    assert doc.text.startswith("Caf\u00e9 \u201cquoted\u201d.")


def test_html_error_page_raises_parse_error_quoting_its_title() -> None:
    html = report_html(title="Report not found - Find an Inspection Report - Ofsted", repeat=0).replace(
        "<h1>Anytown",
        "<h1>Report not found</h1><p>Sorry, the document you requested no longer exists.</p><h1>",
    )

    with pytest.raises(ParseError, match=r"HTML error page, not a report \(title 'Report not found - Find"):
        parse_html(html.encode(), "bromley/2012.pdf")


def test_html_page_with_almost_no_text_is_an_error_page_even_with_a_harmless_title() -> None:
    with pytest.raises(ParseError, match=r"empty\.html: HTML error page, not a report \(title 'Welcome'"):
        parse_html(
            b"<html><head><title>Welcome</title></head><body><p>Loading...</p></body></html>", "empty.html"
        )


def test_long_html_report_whose_title_mentions_errors_still_parses() -> None:
    html = report_html(title="Errors in crime recording: an inspection of Anytown Police", repeat=40)

    doc = parse_html(html.encode(), "crime-recording.html")

    assert doc.title_hint == "Errors in crime recording: an inspection of Anytown Police"
    assert doc.text.count("Children who need help") == 40


def test_html_inline_markup_does_not_split_or_glue_words() -> None:
    html = (
        f"<body><p>Hello <b>bold</b><i>italic</i> and <a href='#'>link</a>.</p><p>{REPORT_PARAGRAPH * 3}</p>"
    )

    assert parse_html(html.encode(), "inline.html").text.startswith("Hello bolditalic and link.\n")


# --------------------------------------------------------------------------------------------- DOCX


def test_docx_keeps_headings_paragraphs_lists_and_table_rows_in_order() -> None:
    document = docx.Document()
    document.add_heading("Action plan for Anytown", level=1)
    document.add_paragraph("Introduction paragraph.")
    table = document.add_table(rows=3, cols=3)
    rows = [("Action", "Owner", "Due"), ("Audit cases", "DCS", "June"), ("", "", "")]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    merged = table.cell(2, 0).merge(table.cell(2, 2))
    merged.text = "Merged note"
    document.add_paragraph("First bullet", style="List Bullet")
    document.add_heading("Next steps", level=2)
    document.add_paragraph("")
    document.add_paragraph("Closing paragraph.  ")

    doc = parse_docx(docx_bytes(document), "plan.docx")

    assert doc.content_type == "docx"
    assert doc.pages == [
        Page(
            None,
            "Action plan for Anytown\n"
            "Introduction paragraph.\n"
            "Action | Owner | Due\n"
            "Audit cases | DCS | June\n"
            "Merged note\n"
            "\u2022 First bullet\n"
            "Next steps\n"
            "Closing paragraph.",
        )
    ]
    assert doc.title_hint == "Action plan for Anytown"


def test_corrupt_docx_raises_parse_error() -> None:
    data = docx_bytes(docx.Document())[:500]

    with pytest.raises(ParseError, match=r"plan\.docx: not a readable Word \.docx file"):
        parse_docx(data, "plan.docx")


# ---------------------------------------------------------------------------------- text, markdown


def test_text_decodes_utf8_and_normalises_line_ends() -> None:
    data = "\ufeffHeadline \u2018quoted\u2019  \r\nBody text\r\n".encode()

    doc = parse_text(data, "news/a.txt")

    assert doc.content_type == "text"
    assert doc.pages == [Page(None, "Headline \u2018quoted\u2019\nBody text\n")]
    assert doc.title_hint is None


def test_text_falls_back_to_cp1252() -> None:
    data = "Caf\u00e9 \u201cquoted\u201d \u2013 \u00a325".encode("cp1252")

    assert parse_text(data, "legacy.txt").text == "Caf\u00e9 \u201cquoted\u201d \u2013 \u00a325"


def test_text_with_utf16_bom_is_decoded() -> None:
    assert parse_text("Hello \u00e9".encode("utf-16"), "wide.txt").text == "Hello \u00e9"


def test_markdown_keeps_markup_and_uses_first_heading_as_title() -> None:
    data = b"Intro line\n\n## Findings ##\n\n- item *one*\n"

    doc = parse(data, "notes.md", "markdown")

    assert doc.content_type == "markdown"
    assert doc.title_hint == "Findings"
    assert doc.text == "Intro line\n\n## Findings ##\n\n- item *one*\n"


# --------------------------------------------------------------------------------------------- parse


@pytest.mark.parametrize("content_type", ["pdf", "html", "docx", "text", "markdown"])
def test_parse_dispatches_on_content_type(content_type: str) -> None:
    samples = {
        "pdf": make_pdf([["pdf text"]]),
        "html": report_html().encode(),
        "docx": docx_bytes(docx.Document()),
        "text": b"plain",
        "markdown": b"# Title\n",
    }

    doc = parse(samples[content_type], "source-name", content_type)

    assert doc.content_type == content_type
    assert doc.source == "source-name"


def test_parse_rejects_an_unknown_content_type_naming_it() -> None:
    with pytest.raises(
        UnsupportedContentError, match=r"x\.rtf: unknown content type 'rtf'; use one of pdf, html"
    ):
        parse(b"{\\rtf1}", "x.rtf", "rtf")
