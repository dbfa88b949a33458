"""Turn a document's bytes into text, page by page, without interpreting it.

Text is kept as close to the source as possible so that quotes can later be found verbatim in it:
PDF text is only normalised (line endings, trailing spaces, NUL characters); HTML and DOCX are rendered
as one line per block (heading, paragraph, list item, table row).

Note on PDFs: PDFium reports a hyphen that ends a line as U+0002 and joins the two lines
("well\\x02considered" for "well-\\nconsidered"); it becomes the hyphen the page shows, so quotes read
as printed.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator

import pypdfium2 as pdfium
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString
from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from ingest.errors import ParseError, UnsupportedContentError
from ingest.models import Page, ParsedDocument

PDFIUM_LINE_END_HYPHEN = "\x02"
BULLET = "• "

# An HTML page with less visible text than this is not a report.
MIN_HTML_TEXT_CHARS = 200
# A page whose title reads like an error is an error page unless it has at least this much text.
ERROR_TITLE_MAX_TEXT_CHARS = 5000
_ERROR_TITLE = re.compile(
    r"\b(?:404|403|410|500|502|503|not found|error|no longer (?:exists|available)|does not exist|"
    r"page unavailable|access denied|forbidden)\b",
    re.IGNORECASE,
)

_DROP_TAGS = [
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
    "nav", "header", "footer", "aside", "form", "button", "select", "dialog",
]  # fmt: skip
_SECTIONING = ["article", "main", "section"]
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"})
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "legend",
    "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "ul",
})  # fmt: skip
_WHITESPACE = re.compile(r"\s+")


def parse(data: bytes, source: str, content_type: str) -> ParsedDocument:
    """Parse ``data`` (already identified as ``content_type``) into a ParsedDocument for ``source``."""
    parser = _PARSERS.get(content_type)
    if parser is None:
        raise UnsupportedContentError(
            f"{source}: unknown content type {content_type!r}; use one of {', '.join(_PARSERS)} "
            "(ingest.detect.detect_content_type returns these)"
        )
    return parser(data, source)


def normalise_text(text: str) -> str:
    """Line endings to ``\\n``, trailing whitespace off each line, NUL characters removed, pdfium's
    line-end hyphen marker back to the hyphen printed on the page. Nothing else."""
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace(PDFIUM_LINE_END_HYPHEN, "-")
    return "\n".join(line.rstrip() for line in text.split("\n"))


# --------------------------------------------------------------------------------------------- PDF


def parse_pdf(data: bytes, source: str) -> ParsedDocument:
    """Text of each page with PDFium, pages numbered from 1. Encrypted, corrupt or text-less PDFs raise."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ParseError(_pdf_open_message(source, exc)) from exc
    try:
        pages = [Page(number=index + 1, text=_pdf_page_text(pdf, index, source)) for index in range(len(pdf))]
    finally:
        pdf.close()
    if not pages:
        raise ParseError(f"{source}: PDF has no pages; re-download it or remove it from the inputs")
    if not any(page.text.strip() for page in pages):
        raise ParseError(
            f"{source}: PDF has no extractable text on any of its {len(pages)} pages (probably scanned "
            "images); run OCR on it (e.g. ocrmypdf) and ingest the result"
        )
    # No title hint: PDF metadata titles in the corpus are mostly empty or say "Draft report".
    return ParsedDocument(source=source, content_type="pdf", pages=pages)


def _pdf_page_text(pdf: pdfium.PdfDocument, index: int, source: str) -> str:
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        raise ParseError(
            f"{source}: page {index + 1} of the PDF cannot be loaded ({exc}); the file is "
            "damaged, re-download it"
        ) from exc
    try:
        textpage = page.get_textpage()
        try:
            return normalise_text(textpage.get_text_bounded())
        finally:
            textpage.close()
    finally:
        page.close()


def _pdf_open_message(source: str, exc: pdfium.PdfiumError) -> str:
    code = getattr(exc, "err_code", None)
    if code == pdfium.raw.FPDF_ERR_PASSWORD:
        return (
            f"{source}: PDF is encrypted and needs a password ({exc}); "
            "save an unprotected copy and ingest that"
        )
    if code == pdfium.raw.FPDF_ERR_SECURITY:
        return (
            f"{source}: PDF uses an unsupported security handler ({exc}); "
            "save an unprotected copy and ingest that"
        )
    return f"{source}: PDF is damaged or not a PDF ({exc}); re-download it or remove it from the inputs"


# -------------------------------------------------------------------------------------------- HTML


def parse_html(data: bytes, source: str) -> ParsedDocument:
    """Visible text of an HTML page, one line per block, as one page without a number.

    Raises ParseError for an error page: visible text shorter than MIN_HTML_TEXT_CHARS, or a title that
    reads like an error (not found, 404, ...) on a page with little text.
    """
    soup = BeautifulSoup(data, "lxml")
    title = _html_title(soup)
    _drop_boilerplate(soup)
    root = _content_root(soup)
    text = "\n".join(_html_lines(root)) if root is not None else ""
    visible = len(_WHITESPACE.sub("", text))
    if visible < MIN_HTML_TEXT_CHARS or (
        title and _ERROR_TITLE.search(title) and visible < ERROR_TITLE_MAX_TEXT_CHARS
    ):
        shown = f"title {title!r}" if title else "no title"
        raise ParseError(
            f"{source}: HTML error page, not a report ({shown}; {visible} characters of visible text). "
            "The download probably failed: fetch the real report from the publisher, or remove this file"
        )
    return ParsedDocument(source=source, content_type="html", pages=[Page(None, text)], title_hint=title)


def _html_title(soup: BeautifulSoup) -> str | None:
    tag = soup.find("title")
    title = _inline_text(tag) if isinstance(tag, Tag) else ""
    if not title:
        h1 = soup.find("h1")
        title = _inline_text(h1) if isinstance(h1, Tag) else ""
    return title or None


def _drop_boilerplate(soup: BeautifulSoup) -> None:
    """Remove scripts, navigation, forms and the page's own header/footer.

    A ``<header>``/``<footer>`` inside ``<article>``, ``<main>`` or ``<section>`` belongs to that content
    (an article header holds its h1 and date), so it is kept.
    """
    for tag in soup.find_all(_DROP_TAGS):
        if tag.decomposed:
            continue
        if tag.name in ("header", "footer") and tag.find_parent(_SECTIONING) is not None:
            continue
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        attrs = tag.attrs or {}
        role = str(attrs.get("role", "")).lower()
        if role in _DROP_ROLES or "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
            tag.decompose()


def _content_root(soup: BeautifulSoup) -> Tag | None:
    """``<main>`` when the page has one with real text (skips cookie banners), else ``<body>``."""
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if isinstance(main, Tag) and len(main.get_text(strip=True)) >= MIN_HTML_TEXT_CHARS:
        return main
    body = soup.body
    return body if body is not None else soup


def _inline_text(tag: Tag) -> str:
    return _WHITESPACE.sub(" ", tag.get_text(" ")).strip()


def _html_lines(root: Tag) -> Iterator[str]:
    """Walk the tree, yielding one line per block element, list item or table row."""
    buffer: list[str] = []
    prefix = ""

    def flush() -> Iterator[str]:
        nonlocal prefix
        line = _WHITESPACE.sub(" ", "".join(buffer)).strip()
        buffer.clear()
        if line:
            yield prefix + line
            prefix = ""

    def walk(node: Tag) -> Iterator[str]:
        nonlocal prefix
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):  # comments, CDATA, doctype
                    buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                yield from flush()
            elif name == "li":
                yield from flush()
                prefix = BULLET
                yield from walk(child)
                yield from flush()
                prefix = ""
            elif name == "tr":
                yield from flush()
                cells = [_inline_text(cell) for cell in child.find_all(["td", "th"], recursive=False)]
                row = " | ".join(cell for cell in cells if cell)
                if row:
                    yield row
            elif name == "pre":
                yield from flush()
                for line in child.get_text().splitlines():
                    if line.strip():
                        yield line.rstrip()
            elif name in _BLOCK_TAGS:
                yield from flush()
                yield from walk(child)
                yield from flush()
            else:
                yield from walk(child)

    yield from walk(root)
    yield from flush()


# -------------------------------------------------------------------------------------------- DOCX


def parse_docx(data: bytes, source: str) -> ParsedDocument:
    """Paragraphs (headings included) and table rows of a Word document, in order, as one page."""
    try:
        document = open_docx(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise ParseError(
            f"{source}: not a readable Word .docx file ({type(exc).__name__}: {exc}); "
            "re-save it from Word as .docx or export it to PDF"
        ) from exc
    lines = [line for block in document.iter_inner_content() for line in _docx_block_lines(block)]
    # The first Title/Heading paragraph; the core-properties title is often a stale template name.
    title = next((p.text.strip() for p in document.paragraphs if _is_heading(p) and p.text.strip()), "")
    title = title or (document.core_properties.title or "").strip()
    return ParsedDocument(
        source=source, content_type="docx", pages=[Page(None, "\n".join(lines))], title_hint=title or None
    )


def _docx_block_lines(block: Paragraph | Table) -> Iterator[str]:
    if isinstance(block, Paragraph):
        text = normalise_text(block.text).strip()
        if text:
            yield (BULLET + text) if _is_list_item(block) else text
        return
    for row in block.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:  # a merged cell appears once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cell_text = _WHITESPACE.sub(" ", cell.text).strip()
            if cell_text:
                cells.append(cell_text)
        if cells:
            yield " | ".join(cells)


def _style_name(paragraph: Paragraph) -> str:
    style = paragraph.style
    return (style.name or "") if style is not None else ""


def _is_heading(paragraph: Paragraph) -> bool:
    name = _style_name(paragraph)
    return name.startswith("Heading") or name == "Title"


def _is_list_item(paragraph: Paragraph) -> bool:
    if _style_name(paragraph).startswith("List"):
        return True
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


# --------------------------------------------------------------------------------- text, markdown


def parse_text(data: bytes, source: str) -> ParsedDocument:
    """A plain-text file as one page."""
    return ParsedDocument(source=source, content_type="text", pages=[Page(None, _decode_text(data))])


def parse_markdown(data: bytes, source: str) -> ParsedDocument:
    """A Markdown file as one page, markup kept; the first heading is the title hint."""
    text = _decode_text(data)
    match = re.search(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", text, re.MULTILINE)
    return ParsedDocument(
        source=source,
        content_type="markdown",
        pages=[Page(None, text)],
        title_hint=match.group(1).strip() if match else None,
    )


def _decode_text(data: bytes) -> str:
    """UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return normalise_text(text)


_PARSERS: dict[str, Callable[[bytes, str], ParsedDocument]] = {
    "pdf": parse_pdf,
    "html": parse_html,
    "docx": parse_docx,
    "text": parse_text,
    "markdown": parse_markdown,
}
