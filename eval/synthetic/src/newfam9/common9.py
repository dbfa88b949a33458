"""Helpers for the newfam9 documents: a copy of newfam7's (the newfam2 styles plus a page template with a running
header, a running footer, page numbers and the small synthetic note on the first page), plus ``build9``, which lays
a document out twice so that its footer can say "Page n of N"."""

import copy
import io
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam5"))  # newfam5's page template
from common5 import *  # noqa: F401,F403  (newfam2's styles and helpers, NOTE, out_path, build_pages)


def paras(prefix, items):
    """Paragraphs numbered prefix.1, prefix.2 ... (the HMCPSI style)."""
    return [Paragraph(esc(t), NUM, bulletText=f"{prefix}.{n}") for n, t in enumerate(items, 1)]


build7 = build_pages  # noqa: F405


def build9(path, story, page_fmt="Page {n} of {total}", **kw):
    """build_pages, with {total} in page_fmt filled in from a first layout pass."""
    from pypdf import PdfReader  # noqa: PLC0415  (only needed here)

    buf = io.BytesIO()
    build_pages(buf, copy.deepcopy(story), page_fmt=page_fmt.replace("{total}", "0"), **kw)  # noqa: F405
    total = len(PdfReader(io.BytesIO(buf.getvalue())).pages)
    build_pages(path, story, page_fmt=page_fmt.replace("{total}", str(total)), **kw)  # noqa: F405
    return total


# headings that stay with the paragraph after them (newfam9 only)
H1 = ParagraphStyle("h1k", parent=H1, keepWithNext=1)  # noqa: F405
H2 = ParagraphStyle("h2k", parent=H2, keepWithNext=1)  # noqa: F405
H3 = ParagraphStyle("h3k", parent=H3, keepWithNext=1)  # noqa: F405


def h1(t):
    return Paragraph(esc(t), H1)  # noqa: F405


def h2(t):
    return Paragraph(esc(t), H2)  # noqa: F405


def h3(t):
    return Paragraph(esc(t), H3)  # noqa: F405
