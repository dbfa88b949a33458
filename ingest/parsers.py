"""Turn a document's bytes into text, page by page, without interpreting it.

Text is kept as close to the source as possible so that quotes can later be found verbatim in it:
PDF text is only normalised (line endings, trailing spaces, NUL characters); HTML and DOCX are rendered
as one line per block (heading, paragraph, list item, table row).

Bounded: whatever the input, reading it takes bounded memory and time (``Limits``). Text and Markdown are
decoded in pieces and refused once they pass ``max_chars``; a PDF is refused beyond ``max_pages`` or
``max_chars`` before the rest is read; a DOCX whose ZIP directory declares more than ``max_unpacked_bytes``
is refused before anything is inflated, and one whose parts hold more than they declare is found in
bounded pieces.
``parse`` reads PDF, HTML and DOCX in a child process whose address space is capped at
``max_parse_bytes`` and which is stopped after ``timeout_s``: a content or decompression bomb, or a
pathological page that PDFium or lxml would blow up on, kills only that process and becomes a
TooLargeError naming the file, the limit and the INSPECTCHAT_ variable that raises it.

Note on PDFs: PDFium reports a hyphen that ends a line as U+0002 and joins the two lines
("well\\x02considered" for "well-\\nconsidered"); it becomes the hyphen the page shows, so quotes read
as printed.
"""

from __future__ import annotations

import atexit
import codecs
import io
import os
import pickle
import re
import select
import signal
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString
from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from ingest.detect import error_page_reason
from ingest.errors import ErrorPageError, IngestError, ParseError, TooLargeError, UnsupportedContentError
from ingest.models import Page, ParsedDocument

PDFIUM_LINE_END_HYPHEN = "\x02"
BULLET = "• "
MB = 1024 * 1024

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
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:;|$)",
    re.IGNORECASE,
)
# A <main> with less text than this is a cookie banner or a shell: the body is read instead.
_MIN_MAIN_TEXT_CHARS = 200


@dataclass(frozen=True)
class Limits:
    """How much one document may hold and take to read. The defaults are the settings' defaults
    (inspectchat/settings.py); ``Limits.from_settings`` reads them from a Settings object."""

    max_chars: int = 2_000_000  # INSPECTCHAT_MAX_DOCUMENT_CHARS
    max_pages: int = 1000  # INSPECTCHAT_MAX_PAGES
    max_unpacked_bytes: int = 256 * MB  # INSPECTCHAT_MAX_UNPACKED_MB: a DOCX's parts, inflated, together
    max_parse_bytes: int = 512 * MB  # INSPECTCHAT_MAX_PARSE_MB: the reading process's memory; 0: in-process
    timeout_s: float = 300.0  # INSPECTCHAT_PARSE_TIMEOUT_S

    @classmethod
    def from_settings(cls, settings: Any) -> Limits:
        """From inspectchat.settings.Settings (or anything with its max_* and parse_timeout_s fields)."""
        return cls(
            max_chars=settings.max_document_chars,
            max_pages=settings.max_pages,
            max_unpacked_bytes=settings.max_unpacked_mb * MB,
            max_parse_bytes=settings.max_parse_mb * MB,
            timeout_s=settings.parse_timeout_s,
        )


DEFAULT_LIMITS = Limits()


def bounded_parser(limits: Limits) -> Callable[[bytes, str, str], ParsedDocument]:
    """``parse`` with these limits: the Parser to hand ingest (IngestConfig.parser)."""
    return partial(parse, limits=limits)


def parse(data: bytes, source: str, content_type: str, limits: Limits | None = None) -> ParsedDocument:
    """Parse ``data`` (already identified as ``content_type``) into a ParsedDocument for ``source``.

    PDF, HTML and DOCX are read in a child process capped at ``limits.max_parse_bytes`` of memory and
    ``limits.timeout_s`` seconds (see the module docstring); text and Markdown in this process, in pieces.
    Raises ParseError / TooLargeError / UnsupportedContentError naming the source and what to do.
    """
    parser = _PARSERS.get(content_type)
    if parser is None:
        raise UnsupportedContentError(
            f"{source}: unknown content type {content_type!r}; use one of {', '.join(_PARSERS)} "
            "(ingest.detect.detect_content_type returns these)"
        )
    limits = limits or DEFAULT_LIMITS
    if content_type in _ISOLATED and limits.max_parse_bytes > 0:
        return _parse_in_child(content_type, data, source, limits)
    return parser(data, source, limits)


def normalise_text(text: str) -> str:
    """Line endings to ``\\n``, trailing whitespace off each line, NUL characters removed, pdfium's
    line-end hyphen marker back to the hyphen printed on the page. Nothing else."""
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace(PDFIUM_LINE_END_HYPHEN, "-")
    return "\n".join(line.rstrip() for line in text.split("\n"))


# --------------------------------------------------------------------------------------------- PDF


def parse_pdf(data: bytes, source: str, limits: Limits | None = None) -> ParsedDocument:
    """Text of each page with PDFium, pages numbered from 1, read one page at a time.

    Encrypted, corrupt or text-less PDFs raise ParseError; more than ``limits.max_pages`` pages, or more
    than ``limits.max_chars`` characters, raise TooLargeError as soon as that is known.
    """
    limits = limits or DEFAULT_LIMITS
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ParseError(_pdf_open_message(source, exc)) from exc
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise TooLargeError(
                f"{source}: PDF has {count:,} pages, more than the limit of {limits.max_pages:,} pages per "
                f"document (INSPECTCHAT_MAX_PAGES={limits.max_pages}); raise INSPECTCHAT_MAX_PAGES to "
                "ingest it, or split the PDF"
            )
        pages: list[Page] = []
        chars = 0
        for index in range(count):
            text = _pdf_page_text(pdf, index, source)
            chars += len(text)
            if chars > limits.max_chars:
                raise _too_many_chars(source, limits, f"by page {index + 1} of {count}")
            pages.append(Page(number=index + 1, text=text))
        title = (pdf.get_metadata_dict(skip_empty=True).get("Title") or "").strip()
    finally:
        pdf.close()
    if not pages:
        raise ParseError(f"{source}: PDF has no pages; re-download it or remove it from the inputs")
    if not any(page.text.strip() for page in pages):
        raise ParseError(
            f"{source}: PDF has no extractable text on any of its {len(pages)} pages (probably scanned "
            "images); run OCR on it (e.g. ocrmypdf) and ingest the result"
        )
    # The title hint is the PDF's own Title field; ingest.titles prefers the first page's heading (in the
    # corpus the field is mostly empty or a drafting name such as "Swindon - Draft Report").
    return ParsedDocument(source=source, content_type="pdf", pages=pages, title_hint=title[:1000] or None)


def _too_many_chars(source: str, limits: Limits, where: str) -> TooLargeError:
    return TooLargeError(
        f"{source}: more than {limits.max_chars:,} characters of text ({where}), the limit per document "
        f"(INSPECTCHAT_MAX_DOCUMENT_CHARS={limits.max_chars}); raise INSPECTCHAT_MAX_DOCUMENT_CHARS to "
        "ingest it, or split the document"
    )


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


def parse_html(data: bytes, source: str, limits: Limits | None = None) -> ParsedDocument:
    """Visible text of an HTML page, one line per block, as one page without a number.

    Raises ErrorPageError (a ParseError) for an error page, recognised by what it says rather than by its
    length (ingest.detect.error_page_reason): a title or heading such as "Page not found", "404" or "Access
    denied", error phrases in a page with little else, or nothing beyond page chrome. A one-paragraph
    statement is a document. More than ``limits.max_chars`` characters raise TooLargeError.
    """
    limits = limits or DEFAULT_LIMITS
    soup = BeautifulSoup(data, "lxml")
    title = _html_title(soup)
    page_title = _page_title(soup)
    heading = _first_heading(soup)
    _drop_boilerplate(soup)
    root = _content_root(soup)
    try:
        text = "\n".join(_html_lines(root)) if root is not None else ""
    except RecursionError as exc:
        raise ParseError(
            f"{source}: HTML page is nested too deeply to read (hundreds of levels of elements; real pages "
            "have a few dozen); it is damaged or hostile, remove it from the inputs"
        ) from exc
    if len(text) > limits.max_chars:
        raise _too_many_chars(source, limits, "in the HTML page")
    reason = error_page_reason(page_title, heading, text)
    if reason:
        visible = len(_WHITESPACE.sub("", text))
        shown = f"title {page_title or title!r}" if (page_title or title) else "no title"
        raise ErrorPageError(
            f"{source}: HTML error page, not a report ({shown}; {reason}; {visible} characters of visible "
            "text). The download probably failed: fetch the real report from the publisher, or remove this file"
        )
    return ParsedDocument(source=source, content_type="html", pages=[Page(None, text)], title_hint=title)


def _html_title(soup: BeautifulSoup) -> str | None:
    """The page's own title: og:title, else <title>, else the first <h1>."""
    meta = soup.find("meta", attrs={"property": "og:title"}) or soup.find("meta", attrs={"name": "og:title"})
    title = _WHITESPACE.sub(" ", str(meta.get("content") or "")).strip() if isinstance(meta, Tag) else ""
    title = title or _page_title(soup) or ""
    return (title or _first_heading(soup) or "")[:1000] or None


def _page_title(soup: BeautifulSoup) -> str | None:
    tag = soup.find("title")
    return (_inline_text(tag) or None) if isinstance(tag, Tag) else None


def _first_heading(soup: BeautifulSoup) -> str | None:
    tag = soup.find("h1")
    return (_inline_text(tag)[:1000] or None) if isinstance(tag, Tag) else None


def _drop_boilerplate(soup: BeautifulSoup) -> None:
    """Remove scripts, navigation, forms, the page's own header/footer, and what a reader cannot see
    (``hidden``, ``aria-hidden="true"``, an inline ``display:none``, ``visibility:hidden`` or zero font size).

    A ``<header>``/``<footer>`` inside ``<article>``, ``<main>`` or ``<section>`` belongs to that content
    (an article header holds its h1 and date), so it is kept.
    """
    dropped: list[Tag] = []
    for tag in soup.find_all(True):
        if tag.name in _DROP_TAGS:
            if tag.name in ("header", "footer") and tag.find_parent(_SECTIONING) is not None:
                continue
            dropped.append(tag)
            continue
        attrs = tag.attrs or {}
        role = str(attrs.get("role", "")).lower()
        if (
            role in _DROP_ROLES
            or "hidden" in attrs
            or str(attrs.get("aria-hidden", "")).lower() == "true"
            or _HIDDEN_STYLE.search(str(attrs.get("style", "")))
        ):
            dropped.append(tag)  # invisible text is not what the page says (and a place to hide instructions)
    for tag in dropped:
        # not ``tag.decomposed``: on a live tag bs4 resolves it by searching the subtree for a tag of that
        # name, which made this loop quadratic (minutes on a deeply nested page)
        if not vars(tag).get("_decomposed", False):
            tag.decompose()


def _content_root(soup: BeautifulSoup) -> Tag | None:
    """``<main>`` when the page has one with real text (skips cookie banners), else ``<body>``."""
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if isinstance(main, Tag) and len(main.get_text(strip=True)) >= _MIN_MAIN_TEXT_CHARS:
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


def parse_docx(data: bytes, source: str, limits: Limits | None = None) -> ParsedDocument:
    """Paragraphs (headings included) and table rows of a Word document, in order, as one page.

    The ZIP directory is checked first: parts declared to inflate to more than
    ``limits.max_unpacked_bytes`` together raise TooLargeError before anything is inflated; a part that
    lies about its size is found in bounded pieces and raises ParseError (see _check_unpacked_size).
    """
    limits = limits or DEFAULT_LIMITS
    _check_unpacked_size(data, source, limits)
    try:
        document = open_docx(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise ParseError(
            f"{source}: not a readable Word .docx file ({type(exc).__name__}: {exc}); "
            "re-save it from Word as .docx or export it to PDF"
        ) from exc
    lines: list[str] = []
    chars = 0
    for block in document.iter_inner_content():
        for line in _docx_block_lines(block):
            chars += len(line) + 1
            if chars > limits.max_chars:
                raise _too_many_chars(source, limits, "in the Word document")
            lines.append(line)
    # The first Title/Heading paragraph; the core-properties title is often a stale template name.
    title = next((p.text.strip() for p in document.paragraphs if _is_heading(p) and p.text.strip()), "")
    title = title or (document.core_properties.title or "").strip()
    return ParsedDocument(
        source=source,
        content_type="docx",
        pages=[Page(None, "\n".join(lines))],
        title_hint=title[:1000] or None,
    )


def _check_unpacked_size(data: bytes, source: str, limits: Limits) -> None:
    """Refuse a ZIP whose members declare more than the limit, then inflate each member in 1 MB pieces to
    check it holds what it declares: python-docx reads a member whole, and zipfile inflates a whole read
    before cutting it at the declared size, so a member that lies about its size would otherwise inflate
    in full. Bounded: a piece at a time, and never past the declared size plus a piece."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            declared = sum(info.file_size for info in infos)
            if declared > limits.max_unpacked_bytes:
                limit_mb = limits.max_unpacked_bytes // MB
                raise TooLargeError(
                    f"{source}: the Word document's parts would inflate to {declared / MB:,.0f} MB, more than "
                    f"the limit of {limit_mb:,} MB (INSPECTCHAT_MAX_UNPACKED_MB={limit_mb}); it is probably a "
                    "ZIP bomb. Raise INSPECTCHAT_MAX_UNPACKED_MB only if you trust the file, or export it to PDF"
                )
            for info in infos:
                with archive.open(info) as member:
                    while member.read(MB):
                        pass
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ParseError(
            f"{source}: not a readable Word .docx file ({type(exc).__name__}: {exc}; its ZIP headers do not "
            "match its content); re-save it from Word as .docx or export it to PDF"
        ) from exc


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


def parse_text(data: bytes, source: str, limits: Limits | None = None) -> ParsedDocument:
    """A plain-text file as one page."""
    text = _decode_text(data, source, limits or DEFAULT_LIMITS)
    return ParsedDocument(source=source, content_type="text", pages=[Page(None, text)])


def parse_markdown(data: bytes, source: str, limits: Limits | None = None) -> ParsedDocument:
    """A Markdown file as one page, markup kept; the first heading is the title hint."""
    text = _decode_text(data, source, limits or DEFAULT_LIMITS)
    match = re.search(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", text, re.MULTILINE)
    return ParsedDocument(
        source=source,
        content_type="markdown",
        pages=[Page(None, text)],
        title_hint=match.group(1).strip()[:1000] if match else None,
    )


_DECODE_PIECE = 1 * MB


def _decode_text(data: bytes, source: str, limits: Limits) -> str:
    """UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252; decoded in pieces and refused as soon
    as it passes ``limits.max_chars`` (every encoding here takes at most 4 bytes a character, so a file of
    more than 4 x max_chars bytes is refused without decoding any of it)."""
    if len(data) > 4 * limits.max_chars + 4:
        raise _too_many_chars(source, limits, f"a {len(data) / MB:,.1f} MB text file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_capped(data, "utf-16", "replace", source, limits)
    else:
        try:
            text = _decode_capped(data, "utf-8-sig", "strict", source, limits)
        except UnicodeDecodeError:
            text = _decode_capped(data, "cp1252", "replace", source, limits)
    return normalise_text(text)


def _decode_capped(data: bytes, encoding: str, errors: str, source: str, limits: Limits) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    view = memoryview(data)
    pieces: list[str] = []
    chars = 0
    for start in range(0, len(data), _DECODE_PIECE):
        piece = decoder.decode(view[start : start + _DECODE_PIECE], final=start + _DECODE_PIECE >= len(data))
        chars += len(piece)
        if chars > limits.max_chars:
            raise _too_many_chars(source, limits, f"in the first {(start + _DECODE_PIECE) / MB:,.0f} MB")
        pieces.append(piece)
    if not data:
        pieces.append(decoder.decode(b"", final=True))
    return "".join(pieces)


# ------------------------------------------------------------------------------------- child process

_PARSERS: dict[str, Callable[[bytes, str, Limits], ParsedDocument]] = {
    "pdf": parse_pdf,
    "html": parse_html,
    "docx": parse_docx,
    "text": parse_text,
    "markdown": parse_markdown,
}
# Read in a child process: their libraries (PDFium, lxml) may take memory out of proportion to the input.
_ISOLATED = frozenset({"pdf", "html", "docx"})
_NAMES = {"pdf": "PDF", "html": "HTML page", "docx": "Word document"}


def _parse_in_child(content_type: str, data: bytes, source: str, limits: Limits) -> ParsedDocument:
    """Run the parser in the worker process, capped at limits.max_parse_bytes and limits.timeout_s."""
    if _ParseWorker.unsupported():
        return _PARSERS[content_type](data, source, limits)
    status, payload = _WORKER.run(content_type, data, source, limits)
    if status == "ok":
        return payload
    if status == "error":
        raise payload
    name = _NAMES[content_type]
    if status == "timeout":
        raise TooLargeError(
            f"{source}: reading this {name} took longer than {limits.timeout_s:g} s, so it was stopped "
            f"(INSPECTCHAT_PARSE_TIMEOUT_S={limits.timeout_s:g}); it is probably malformed. Raise "
            "INSPECTCHAT_PARSE_TIMEOUT_S if you trust the file, or remove it from the inputs"
        )
    if status == "memory":
        limit_mb = limits.max_parse_bytes // MB
        raise TooLargeError(
            f"{source}: reading this {name} needed more than {limit_mb:,} MB of memory, so it was stopped "
            f"({payload}; INSPECTCHAT_MAX_PARSE_MB={limit_mb}); it is probably a decompression or content "
            "bomb, or damaged. Raise INSPECTCHAT_MAX_PARSE_MB only if you trust the file, or remove it from "
            "the inputs"
        )
    raise RuntimeError(f"{source}: reading the {name} failed: {payload}")


class _ParseWorker:
    """One long-lived ``python`` process that parses documents for this process, one at a time.

    Its address space is capped (RLIMIT_AS) at the limit it was started with, so a document that needs
    more kills only the worker: PDFium aborts when an allocation fails, Python raises MemoryError. The
    caller then gets ("memory", ...) and the next document starts a fresh worker; so does a worker that
    grew past half its cap, or one that was stopped for taking longer than the timeout. Requests and
    replies are length-prefixed pickles over the worker's stdin and a private copy of its stdout.
    """

    _HEADER = 8

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._cap = 0
        self._lock = threading.Lock()
        self.peak_bytes = (
            0  # the largest peak resident memory a worker reported (or its cap, if stopped at it)
        )

    @staticmethod
    def unsupported() -> bool:
        return os.name != "posix"

    def run(self, content_type: str, data: bytes, source: str, limits: Limits) -> tuple[str, Any]:
        with self._lock:
            if (
                self._process is None
                or self._process.poll() is not None
                or self._cap != limits.max_parse_bytes
            ):
                self._start(limits.max_parse_bytes)
            process = self._process
            assert process is not None and process.stdin is not None and process.stdout is not None
            deadline = time.monotonic() + limits.timeout_s
            try:
                header = pickle.dumps((content_type, source, limits, len(data)))
                process.stdin.write(len(header).to_bytes(self._HEADER, "little") + header)
                process.stdin.write(data)
                process.stdin.flush()
                reply = self._receive(process.stdout.fileno(), deadline)
            except TimeoutError:
                self._stop()
                return "timeout", None
            except (EOFError, OSError):  # died: PDFium aborts when an allocation fails at the cap
                code = self._stop()
                if code is not None and code > 0:  # not killed by a signal: it failed (see its stderr)
                    return "crash", f"the reading process failed with {_exit_description(code)}"
                self.peak_bytes = max(self.peak_bytes, self._cap)
                return "memory", f"the reading process ended with {_exit_description(code)}"
            status, payload, rss, peak = pickle.loads(reply)
            self.peak_bytes = max(self.peak_bytes, self._cap if status == "memory" else peak)
            if status == "memory" or rss > self._cap // 2:
                self._stop()  # start clean for the next document
            return status, payload

    def _start(self, cap: int) -> None:
        self._stop()
        root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH", "")]))
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys, ingest.parsers as p; p._worker_main(int(sys.argv[1]))",
                str(cap),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            close_fds=True,
        )
        self._cap = cap

    def _stop(self) -> int | None:
        process, self._process = self._process, None
        if process is None:
            return None
        for stream in (process.stdin, process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        try:
            return process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()

    def _receive(self, fd: int, deadline: float) -> bytes:
        size = int.from_bytes(_read_exact(fd, self._HEADER, deadline), "little")
        return _read_exact(fd, size, deadline)


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        wait = deadline - time.monotonic()
        if wait <= 0 or not select.select([fd], [], [], wait)[0]:
            raise TimeoutError
        part = os.read(fd, min(left, MB))
        if not part:
            raise EOFError
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _exit_description(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


def _worker_main(cap: int) -> None:
    """The worker's loop (see _ParseWorker): read a request, parse, reply, until stdin closes."""
    _cap_memory(cap)
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes to stderr, not into the replies
    requests = sys.stdin.buffer
    while True:
        head = requests.read(_ParseWorker._HEADER)
        if len(head) < _ParseWorker._HEADER:
            return
        content_type, source, limits, size = pickle.loads(requests.read(int.from_bytes(head, "little")))
        data = requests.read(size)
        try:
            result: tuple[str, Any] = ("ok", _PARSERS[content_type](data, source, limits))
        except MemoryError:
            result = ("memory", "MemoryError")
        except IngestError as exc:
            result = ("error", exc)
        except Exception as exc:  # noqa: BLE001 - any other failure goes back to the caller as text
            result = ("crash", f"{type(exc).__name__}: {exc}")
        del data
        reply = pickle.dumps((*result, _rss_bytes(), _peak_rss_bytes()))
        replies.write(len(reply).to_bytes(_ParseWorker._HEADER, "little") + reply)
        replies.flush()


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _peak_rss_bytes() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _cap_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform: the timeout still applies
        return
    for which, value in ((resource.RLIMIT_AS, limit), (resource.RLIMIT_CORE, 0)):
        try:
            _soft, hard = resource.getrlimit(which)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(which, (value, hard))
        except (ValueError, OSError):  # e.g. macOS refuses RLIMIT_AS: the timeout still applies
            pass


_WORKER = _ParseWorker()


def worker_peak_mb() -> int:
    """The peak resident memory of the worker(s) that read PDF, HTML and DOCX for this process, in MB, as
    they reported it (a worker stopped at its memory cap counts as the cap); 0 when none has run."""
    return _WORKER.peak_bytes // MB


def shutdown_worker() -> None:
    """Stop the worker process that reads PDF, HTML and DOCX (the next parse starts a new one). Called at
    exit; call it earlier to free its memory, or to collect its resource usage (RUSAGE_CHILDREN)."""
    with _WORKER._lock:
        _WORKER._stop()


atexit.register(shutdown_worker)
