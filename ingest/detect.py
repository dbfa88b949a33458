"""Work out what kind of document a byte string is, from its content rather than its file name.

Order of checks:

1. ``%PDF-`` in the first 1024 bytes (the PDF spec allows leading junk) -> ``"pdf"``.
2. A ZIP archive holding ``word/document.xml`` -> ``"docx"``; any other ZIP (xlsx, pptx, odt, plain zip)
   is unsupported.
3. Binary data (NUL bytes or many control characters) -> unsupported; ``filetype`` names what it is.
   Magic-byte matching is only trusted for binary data, because several of its signatures are
   ordinary text (``BM`` is a bitmap, ``MZ`` an executable).
4. Text: RTF, PostScript and non-HTML XML are unsupported; HTML is sniffed from the first tag after any
   BOM, whitespace, ``<?xml ...?>`` prologue and comments; otherwise Markdown or plain text.

The file name only ever chooses between Markdown and plain text, and between HTML and Markdown for a
``.md`` file that merely starts with an inline HTML tag such as ``<div>``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePosixPath

import filetype

from ingest.errors import UnsupportedContentError

CONTENT_TYPES: tuple[str, ...] = ("pdf", "html", "docx", "text", "markdown")

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})

_SNIFF_BYTES = 8192
_PDF_WINDOW = 1024

# Tags that make a text file HTML whatever its name says (a whole document).
_STRONG_HTML = re.compile(r"<(!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
# Tags the WHATWG MIME sniffing algorithm also accepts as HTML; a Markdown file may start with one.
_WEAK_HTML = re.compile(
    r"<(script|iframe|h[1-6]|div|font|table|a|style|title|b|br|p|meta|link|section|article|main)[\s>/]",
    re.IGNORECASE,
)
_LEADING_JUNK = re.compile(r"\A(?:\s+|<\?xml[^>]*\?>|<!--.*?-->)*", re.DOTALL)
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)

_ZIP_MAGIC = b"PK\x03\x04"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SUPPORTED_HINT = "supported types are PDF, HTML, DOCX, plain text and Markdown"


def detect_content_type(data: bytes, name: str = "") -> str:
    """Return "pdf", "html", "docx", "text" or "markdown" for ``data``.

    ``name`` (a file name, path or URL) is only used to prefer Markdown over plain text and in messages.
    Raises UnsupportedContentError for empty input and for anything that is none of the five types.
    """
    label = name or "<bytes>"
    if not data:
        raise UnsupportedContentError(
            f"{label} is empty (0 bytes); re-download it or remove it from the inputs"
        )
    if b"%PDF-" in data[:_PDF_WINDOW]:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        return _detect_zip(data, label)
    if _looks_binary(data[:_SNIFF_BYTES]):
        raise UnsupportedContentError(
            f"{label} is {_describe_binary(data)}, not a document; {_SUPPORTED_HINT}. "
            "Convert it to PDF or DOCX, or remove it from the inputs"
        )
    return _detect_text(_decode_sample(data[:_SNIFF_BYTES]), name, label)


def _detect_zip(data: bytes, label: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise UnsupportedContentError(
            f"{label} starts like a ZIP/DOCX file but is not a readable archive ({exc}); "
            "re-download it or re-save it from Word as .docx"
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    kind = filetype.guess(data)
    what = f"a {kind.extension.upper()} file ({kind.mime})" if kind else "a ZIP archive"
    raise UnsupportedContentError(
        f"{label} is {what} without word/document.xml, so not a Word document; {_SUPPORTED_HINT}. "
        "Export it to PDF or DOCX, or unpack the archive and ingest its documents"
    )


def _looks_binary(sample: bytes) -> bool:
    if sample.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\x1b")
    return controls > len(sample) * 0.05


def _describe_binary(data: bytes) -> str:
    kind = filetype.guess(data[:_SNIFF_BYTES])
    if kind is None:
        return "unrecognised binary data"
    if kind.extension == "doc":
        return "a legacy Word .doc file (application/msword); save it as .docx or PDF"
    return f"a {kind.extension.upper()} file ({kind.mime})"


def _decode_sample(sample: bytes) -> str:
    if sample.startswith(_UTF16_BOMS):
        return sample.decode("utf-16", errors="replace")
    return sample.decode("utf-8-sig", errors="replace")


def _detect_text(text: str, name: str, label: str) -> str:
    head = _LEADING_JUNK.sub("", text.lstrip("\ufeff"), count=1)
    head_lower = head[:512].lower()
    if head_lower.startswith("{\\rtf"):
        raise UnsupportedContentError(
            f"{label} is an RTF document; {_SUPPORTED_HINT}. Save it as .docx or PDF and ingest that"
        )
    if head_lower.startswith("%!ps"):
        raise UnsupportedContentError(
            f"{label} is a PostScript file; {_SUPPORTED_HINT}. Convert it to PDF and ingest that"
        )
    is_markdown_name = _suffix(name) in MARKDOWN_SUFFIXES
    if _STRONG_HTML.match(head_lower):
        return "html"
    if _WEAK_HTML.match(head_lower) and not is_markdown_name:
        return "html"
    if text.lstrip("\ufeff \t\r\n").startswith("<?xml"):
        raise UnsupportedContentError(
            f"{label} is XML data but not an (X)HTML page; {_SUPPORTED_HINT}. "
            "Remove it from the inputs or convert it to one of those"
        )
    if is_markdown_name or _has_markdown_headings(text):
        return "markdown"
    return "text"


def _has_markdown_headings(text: str) -> bool:
    """True when the first non-blank line is an ATX heading, or at least two lines are."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if _ATX_HEADING.match(first_line):
        return True
    return len(_ATX_HEADING.findall(text)) >= 2


def _suffix(name: str) -> str:
    if not name:
        return ""
    path = name.split("?", 1)[0].split("#", 1)[0]  # URL query / fragment
    return PurePosixPath(path.replace("\\", "/")).suffix.lower()


# ---------------------------------------------------------------------------------------- error pages

# A title or heading segment that names an error page (segments are split at " | ", " - ", ": " ...).
_ERROR_SEGMENT = re.compile(
    r"(?:(?:http\s+)?(?:error\s*)?(?:400|401|403|404|410|429|500|502|503|504)(?:\s+error)?"
    r"(?:\s*[:\-–]?\s*(?:page\s+)?(?:not\s+found|forbidden|gone|unauthori[sz]ed|bad\s+request|"
    r"internal\s+server\s+error|bad\s+gateway|service\s+(?:temporarily\s+)?unavailable|"
    r"gateway\s+time-?out|too\s+many\s+requests))?"
    r"|(?:page|file|document|report|content|resource|item|url|publication)?\s*not\s+found"
    r"|(?:sorry[,!.]?\s*)?(?:the\s+|this\s+)?(?:page|document|report|file)\s+(?:(?:you\s+(?:were\s+looking\s+"
    r"for|requested)\s+)?(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+be\s+found|no\s+longer\s+exists|"
    r"(?:is\s+)?(?:no\s+longer\s+available|unavailable|has\s+(?:been\s+)?(?:moved|removed|deleted)))"
    r"|(?:an?\s+)?(?:unexpected\s+)?error(?:\s+(?:has\s+)?occurred)?|oops!?.*|sorry!?|something\s+went\s+wrong"
    r"|access\s+denied|forbidden|unauthori[sz]ed(?:\s+access)?|permission\s+denied|not\s+authori[sz]ed"
    r"|(?:internal\s+)?server\s+error|bad\s+gateway|service\s+(?:temporarily\s+)?unavailable"
    r"|(?:site|website|page)\s+(?:under\s+maintenance|temporarily\s+unavailable)|maintenance"
    r"|too\s+many\s+requests|request\s+(?:rejected|blocked)|attention\s+required!?|just\s+a\s+moment\.*"
    r"|are\s+you\s+a\s+robot\??|security\s+check|captcha)",
    re.IGNORECASE,
)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·:]\s+|\s*[|·]\s*|:\s+")
# Phrases an error or interstitial page says in its first lines (checked only in pages with little text).
_ERROR_PHRASE = re.compile(
    r"\b(?:page\s+not\s+found|404\s+(?:error|not\s+found)|error\s+404"
    r"|(?:the|this)\s+(?:page|document|report|file|url)\s+(?:you\s+(?:were\s+looking\s+for|requested|"
    r"tried\s+to\s+(?:reach|access))\s+)?(?:(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+be\s+found|"
    r"(?:does\s+not|doesn['’]t)\s+exist|no\s+longer\s+exists|is\s+no\s+longer\s+available|"
    r"has\s+(?:been\s+)?(?:moved|removed|deleted|archived))"
    r"|(?:we\s+)?(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+find\s+(?:the|that|this)\s+(?:page|document|report)"
    r"|check\s+(?:that\s+)?you\s+(?:have\s+)?(?:typed|entered)\s+the\s+(?:web\s+)?address\s+correctly"
    r"|if\s+you\s+(?:typed|pasted)\s+the\s+(?:web\s+)?address"
    r"|access\s+(?:to\s+this\s+(?:page|resource)\s+(?:is|has\s+been)\s+)?denied"
    r"|you\s+(?:do\s+not|don['’]t)\s+have\s+(?:permission|access|the\s+rights?)\s+to\s+(?:view|access)"
    r"|(?:enable|turn\s+on)\s+javascript(?:\s+and\s+cookies)?\s+to\s+continue"
    r"|checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser)"
    r"|verify(?:ing)?\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human"
    r"|(?:internal\s+server\s+error|service\s+(?:is\s+)?(?:temporarily\s+)?unavailable|bad\s+gateway)"
    r"|(?:an\s+)?(?:unexpected\s+)?error\s+(?:has\s+)?occurred"
    r"|(?:please\s+)?(?:sign|log)\s+in\s+to\s+(?:view|access|continue|read))",
    re.IGNORECASE,
)
# An error page says its piece in a few lines; a document that mentions "page not found" has much more.
_ERROR_PHRASE_MAX_CHARS = 1500
# A page with a title or heading that names an error is an error page unless it has this much text.
_ERROR_TITLE_MAX_CHARS = 5000
# Content: at least one line that reads as a sentence or a statement (words, not a menu of links).
_MIN_CONTENT_CHARS = 40
_MIN_SENTENCE_WORDS = 6


def error_page_reason(title: str | None, heading: str | None, text: str) -> str | None:
    """Why an HTML page is an error page rather than a document, or None when it is a document.

    An error page is recognised by what it is, not by how short it is:

    * its <title> or first heading names an error ("Page not found - GOV.UK", "404", "Report not found |
      Ofsted", "Access denied", "Just a moment...") and it has little text (under 5,000 characters);
    * its text opens with what error and interstitial pages say ("the page you were looking for could not
      be found", "you do not have permission to view", "enable JavaScript to continue") and it is short;
    * it has no content beyond page chrome: no line of six or more words (menus, "Loading...", a cookie
      banner).

    A one-paragraph statement ("The force welcomes the report. ...") is a document.
    """
    visible = len(_WHITESPACE_RE.sub("", text))
    for label, value in (("title", title), ("heading", heading)):
        segment = _error_segment(value)
        if segment and visible < _ERROR_TITLE_MAX_CHARS:
            return f"its {label} says {segment!r}"
    if visible < _ERROR_PHRASE_MAX_CHARS:
        match = _ERROR_PHRASE.search(text[: _ERROR_PHRASE_MAX_CHARS * 2])
        if match:
            return f"it says {_WHITESPACE_RE.sub(' ', match.group(0))!r}"
    if visible < _MIN_CONTENT_CHARS or not any(
        len(line.split()) >= _MIN_SENTENCE_WORDS for line in text.splitlines()
    ):
        return "it has no content beyond page chrome"
    return None


def _error_segment(value: str | None) -> str | None:
    if not value:
        return None
    value = _WHITESPACE_RE.sub(" ", value).strip()
    for segment in [value, *_TITLE_SEPARATORS.split(value)]:
        segment = segment.strip(" .!|-–—·:")
        if segment and _ERROR_SEGMENT.fullmatch(segment):
            return segment
    return None


_WHITESPACE_RE = re.compile(r"\s+")
