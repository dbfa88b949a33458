"""A document's title: one line, from what the document says it is called.

In order:

1. PDF: the heading at the top of the first page (the lines above "Inspection dates", "Lead inspector" or
   the first sentence), unless the page opens with a sentence and the Title field below is usable. PDFs are the exception to "title field first" because their Title field is
   unreliable: in the corpus 44 of 157 PDFs have one and every one is a drafting name ("Swindon - Draft
   Report", "Microsoft Word - Cheshire East - draft report", "Template Report template").
2. The document's own title field (``ParsedDocument.title_hint``): HTML og:title or <title> (else its
   first <h1>), DOCX first Title/Heading paragraph or core-properties title, Markdown first heading, PDF
   Title — unless it is a placeholder (draft, template, a file name, "Untitled", "Microsoft Word - ...").
   A trailing site name ("... - GOV.UK", "... | www.example.org") is dropped.
3. The first short line of the text (its first sentence when the line is a paragraph).
4. The file name.

Whatever the source, a title is one line of at most TITLE_MAX_CHARS characters, cut at a word boundary.
Error pages never get here: the parser refuses them (ingest.detect.error_page_reason).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from ingest.models import ParsedDocument

# One line. Long enough for the official titles of the 2013-2017 Ofsted single inspections, which run to
# 215 characters in the corpus ("Stockton-on-Tees Borough Council Inspection of services for children in
# need of help and protection, children looked after and care leavers and Review of the effectiveness of
# the Local Safeguarding Children Board"): at 150, 38 of them would lose their last clause.
TITLE_MAX_CHARS = 220
_ELLIPSIS = "…"

_WS = re.compile(r"\s+")
# Where the heading on a report's first page ends: its first fact.
_HEADING_END = re.compile(
    r"(?:inspection\s+dates?|dates?\s+of\s+(?:the\s+)?inspection|lead\s+inspector|reporting\s+inspector|"
    r"judgement|report\s+published|published\s*:|unique\s+reference\s+number|registration\s+number|"
    # a letter's text begins with its dates or its greeting ("Between 6 and 10 March 2023, Ofsted ...")
    r"(?:between|from)\s+\d{1,2}\b|dear\b|this\s+(?:letter|report)\b)",
    re.IGNORECASE,
)
_RUNNING_HEADER_DATE = re.compile(r"(?:19|20)\d\d\s+\d{1,3}$")  # "... 15 to 26 November 2021 2"
_HEADING_LINES = 6
# a first line that is an inspectorate's name alone
_ONLY_AN_INSPECTORATE = re.compile(
    r"Ofsted|CQC|Care\s+Quality\s+Commission|Estyn|HMICFRS|HM\s+Inspectorate\s+of\s+[A-Z][\w ]{3,40}|"
    r"His\s+Majesty[’']s\s+Inspectorate\s+of\s+[A-Z][\w ]{3,60}",
)
# A sentence ends at . ! ? followed by a space and a capital, except after a short abbreviation.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\bMrs)(?<!\b[A-Z])[.!?](?=\s+[A-Z‘“\"'(])")
_PLACEHOLDER = re.compile(
    r"\bdraft\b|\btemplate\b|^microsoft\s+(?:word|powerpoint|excel)\b|\.(?:docx?|pdf|rtf|odt|html?|txt)\b|"
    r"^untitled\b|^(?:document|doc|presentation|book)\s*\d*$|^slide\s*\d+$|^(?:title|none|null|n/?a|-+)$|"
    r"\bLA\s+NAME\b|\bINSPECTION\s+DATE\b|\bv\s?\d+(?:\.\d+)*$",
    re.IGNORECASE,
)
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—·]\s+")
_SITE_NAME = re.compile(r"(?:GOV\.UK|[\w-]+(?:\.[\w-]+)+|BBC(?:\s+News)?)", re.IGNORECASE)


def document_title(doc: ParsedDocument) -> str:
    """The title of ``doc``: one line of at most TITLE_MAX_CHARS characters (see the module docstring)."""
    candidates: list[str | None] = []
    field = _field_title(doc.title_hint)
    if doc.content_type == "pdf":
        heading = pdf_heading(doc)
        if heading and heading.endswith((".", "!", "?")) and field:
            # the page opens with a sentence (a notice, a disclaimer), not a heading: the title field,
            # which is not a placeholder, says what the document is called
            heading = None
        candidates.append(heading)
    candidates.append(field)
    candidates.append(first_short_line(doc.text))
    for candidate in candidates:
        if candidate:
            return one_line(candidate)
    return one_line(file_title(doc.source))


def one_line(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """``text`` on one line (whitespace collapsed), cut at the last word boundary before ``limit``."""
    text = _WS.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - len(_ELLIPSIS) + 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    else:
        cut = cut[: limit - len(_ELLIPSIS)]
    return cut.rstrip(" ,;:-–—") + _ELLIPSIS


def pdf_heading(doc: ParsedDocument) -> str | None:
    """The heading at the top of a PDF's first page: up to six lines, ending before the first fact line
    ("Inspection dates: ..."), after a line that ends a sentence, or at the first sentence end."""
    if not doc.pages:
        return None
    lines = [line.strip() for line in doc.pages[0].text.split("\n")]
    if len(lines) > 2 and _RUNNING_HEADER_DATE.search(lines[1]):
        lines = lines[2:]  # a running header printed on page 1 too
    kept: list[str] = []
    for line in lines:
        if not line or re.fullmatch(r"\d+", line):
            continue
        if _HEADING_END.match(line):
            break
        if not kept and _ONLY_AN_INSPECTORATE.fullmatch(line):
            continue  # "Ofsted" above "Larchmount House": who inspected, printed over the title
        kept.append(re.sub(r"(?<=[A-Za-z])\d+$", "", line).strip())  # footnote markers ("Board1")
        if len(kept) >= _HEADING_LINES or line.endswith((".", "!", "?")):
            break  # a heading is a few lines; one that ends a sentence is the text beginning
    return first_sentence(" ".join(kept)) or None


def first_short_line(text: str) -> str | None:
    """The first non-blank line, or its first sentence when that line is a paragraph."""
    for line in text.split("\n"):
        line = _WS.sub(" ", line).strip().lstrip("#").strip()
        if line:
            return line if len(line) <= TITLE_MAX_CHARS else first_sentence(line)
    return None


def first_sentence(text: str) -> str:
    text = _WS.sub(" ", text).strip()
    match = _SENTENCE_END.search(text)
    return text[: match.start() + 1] if match and match.start() >= 10 else text


def file_title(source: str) -> str:
    """The file name of a path or URL ("reports/york 2022.pdf" -> "york 2022.pdf")."""
    path = urlparse(source).path if "://" in source else source
    name = PurePosixPath(unquote(path).replace("\\", "/")).name
    return name or source


def _field_title(value: str | None) -> str | None:
    if not value:
        return None
    value = _WS.sub(" ", value).strip()
    while True:  # "Inspection of York - GOV.UK" -> "Inspection of York"
        separators = list(_SITE_SEPARATOR.finditer(value))
        if not separators or not _SITE_NAME.fullmatch(value[separators[-1].end() :].strip()):
            break
        value = value[: separators[-1].start()].strip()
    if not re.search(r"[^\W\d_]", value) or _PLACEHOLDER.search(value):
        return None
    return value
