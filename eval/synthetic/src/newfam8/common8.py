"""Helpers for the newfam8 documents (a copy of newfam7's common7): the newfam2 styles plus a page template with a
running header, a running footer, page numbers and the small synthetic note on the first page (``build8``)."""

import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam5"))  # newfam5's page template
from common5 import *  # noqa: F401,F403  (newfam2's styles and helpers, NOTE, out_path, build_pages)


def paras(prefix, items):
    """Paragraphs numbered prefix.1, prefix.2 ... (the HMCPSI style)."""
    return [Paragraph(esc(t), NUM, bulletText=f"{prefix}.{n}") for n, t in enumerate(items, 1)]


build8 = build_pages  # noqa: F405
