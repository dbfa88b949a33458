"""Unit tests for ingest.detect: the type comes from the bytes, the name only breaks text/markdown ties."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from reportlab.pdfgen import canvas

from ingest.detect import CONTENT_TYPES, detect_content_type
from ingest.errors import IngestError, UnsupportedContentError

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


def small_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "hello")
    pdf.save()
    return buffer.getvalue()


def small_docx() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("hello")
    document.save(buffer)
    return buffer.getvalue()


def zip_of(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def test_unsupported_content_error_is_an_ingest_error() -> None:
    assert issubclass(UnsupportedContentError, IngestError)
    assert CONTENT_TYPES == ("pdf", "html", "docx", "text", "markdown")


# ------------------------------------------------------------------------------------- binary types


@pytest.mark.parametrize("name", ["report.pdf", "report.txt", "report.html", ""])
def test_pdf_is_detected_by_magic_bytes_whatever_the_name(name: str) -> None:
    assert detect_content_type(small_pdf(), name) == "pdf"


def test_pdf_with_leading_junk_before_the_header_is_a_pdf() -> None:
    assert detect_content_type(b"\r\n\x00junk" + small_pdf(), "x") == "pdf"


@pytest.mark.parametrize("name", ["plan.docx", "plan.pdf", "plan"])
def test_docx_is_detected_from_its_content(name: str) -> None:
    assert detect_content_type(small_docx(), name) == "docx"


def test_zip_holding_word_document_xml_is_docx_even_in_unusual_member_order() -> None:
    assert detect_content_type(zip_of("docProps/app.xml", "word/document.xml"), "x.zip") == "docx"


@pytest.mark.parametrize(
    "data, what",
    [
        (zip_of("[Content_Types].xml", "xl/workbook.xml"), "XLSX"),
        (zip_of("notes.txt"), "ZIP"),
    ],
)
def test_other_zip_files_are_unsupported_and_the_message_says_why(data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedContentError, match=rf"sheet\.docx is a {what} .*word/document\.xml"):
        detect_content_type(data, "sheet.docx")


def test_corrupt_zip_names_the_file_and_the_fix() -> None:
    with pytest.raises(UnsupportedContentError, match=r"bad\.docx starts like a ZIP/DOCX .* re-save it"):
        detect_content_type(b"PK\x03\x04" + b"\x00" * 40, "bad.docx")


def test_image_is_unsupported_naming_the_file_its_type_and_the_fix() -> None:
    with pytest.raises(UnsupportedContentError) as caught:
        detect_content_type(PNG, "scan.pdf")

    message = str(caught.value)
    assert "scan.pdf is a PNG file (image/png)" in message
    assert "Convert it to PDF or DOCX" in message


def test_unknown_binary_is_unsupported() -> None:
    with pytest.raises(UnsupportedContentError, match=r"blob is unrecognised binary data"):
        detect_content_type(bytes(range(256)) * 4, "blob")


def test_empty_input_is_unsupported() -> None:
    with pytest.raises(UnsupportedContentError, match=r"empty\.pdf is empty \(0 bytes\)"):
        detect_content_type(b"", "empty.pdf")


@pytest.mark.parametrize(
    "data, what",
    [(b"{\\rtf1\\ansi Hello}", "an RTF document"), (b"%!PS-Adobe-3.0\n", "a PostScript file")],
)
def test_text_based_non_document_formats_are_unsupported(data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedContentError, match=rf"doc is {what}"):
        detect_content_type(data, "doc")


def test_non_html_xml_is_unsupported() -> None:
    with pytest.raises(UnsupportedContentError, match=r"feed\.xml is XML data but not an \(X\)HTML page"):
        detect_content_type(b'<?xml version="1.0"?>\n<rss><channel/></rss>', "feed.xml")


# --------------------------------------------------------------------------------------------- HTML


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><body>x</body></html>",
        b"<!doctype HTML>\n<title>x</title>",
        b"\xef\xbb\xbf\r\n   \n<!DOCTYPE html>",
        b"<html lang='en'>",
        b"<HEAD><title>x</title></HEAD>",
        b"<body>text</body>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">',
        b"<!-- saved from url=(0014)about:internet -->\n<html>",
        b"<div><p>fragment</p></div>",
    ],
)
def test_html_is_sniffed_from_the_first_tag(data: bytes) -> None:
    assert detect_content_type(data, "page") == "html"


def test_html_error_page_saved_as_pdf_is_detected_as_html() -> None:
    page = b'\n<!DOCTYPE html>\n<html lang="en">\n<head>\n  <title>Report not found</title>'

    assert detect_content_type(page, "children's services inspection - 17 august 2012.pdf") == "html"


def test_markdown_file_starting_with_an_inline_tag_stays_markdown() -> None:
    assert detect_content_type(b'<div align="center">logo</div>\n\n# Title\n', "README.md") == "markdown"


def test_full_html_document_named_md_is_still_html() -> None:
    assert detect_content_type(b"<!DOCTYPE html><html></html>", "page.md") == "html"


# ---------------------------------------------------------------------------------- text, markdown


@pytest.mark.parametrize("name", ["notes.md", "NOTES.MARKDOWN", "https://example.org/notes.md?raw=1"])
def test_markdown_extension_picks_markdown(name: str) -> None:
    assert detect_content_type(b"Just some words.\n", name) == "markdown"


def test_markdown_headings_pick_markdown_without_the_extension() -> None:
    assert detect_content_type(b"\n# Inspection summary\n\nText.\n", "notes.txt") == "markdown"
    assert detect_content_type(b"Intro\n\n## One\n\ntext\n\n## Two\n", "notes") == "markdown"


def test_plain_text_is_text() -> None:
    data = "Staffordshire Police told it still needs to improve\n\nBody \u2018quoted\u2019.\n".encode()

    assert detect_content_type(data, "news/000.txt") == "text"


def test_single_hash_line_later_in_the_text_is_not_markdown() -> None:
    assert detect_content_type(b"Results\n# 1 ranked force\nmore text\n", "x.txt") == "text"


@pytest.mark.parametrize("data", [b"BMW drivers were stopped.", b"MZ is a plain-text start", b"ID3 tags"])
def test_text_that_happens_to_match_a_magic_number_is_still_text(data: bytes) -> None:
    assert detect_content_type(data, "x.txt") == "text"


def test_cp1252_and_utf16_text_are_text() -> None:
    assert detect_content_type("Caf\u00e9 \u201cq\u201d".encode("cp1252"), "a.txt") == "text"
    assert detect_content_type("Hello world".encode("utf-16"), "a.txt") == "text"
