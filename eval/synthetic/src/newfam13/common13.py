"""Helpers for the newfam13 documents: newfam12's (the newfam2 styles, the newfam5 page template with running
header, footer and page numbers, ``build9`` for "Page n of N" footers, headings kept with what follows, ``kv``,
``rag``, ``graded``), plus ``para_block`` for paragraphs numbered 4.1, 4.2 ... under a section heading and
``callout`` for a shaded box."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam12"))
from common12 import *  # noqa: F401,F403

BOX13 = ParagraphStyle("box13", parent=BODY, backColor=colors.HexColor("#f1f1e6"), borderPadding=7,  # noqa: F405
                       leftIndent=7, rightIndent=7, spaceBefore=8, spaceAfter=14)
NUM13 = ParagraphStyle("num13", parent=NUM, leftIndent=28)  # noqa: F405


def para_block(prefix, items):
    """Paragraphs numbered prefix.1, prefix.2 ... with room for two-level numbers."""
    return [Paragraph(esc(t), NUM13, bulletText=f"{prefix}.{n}") for n, t in enumerate(items, 1)]  # noqa: F405


def callout(text):
    """A shaded box around a paragraph (used for key messages and recommendation boxes)."""
    return Paragraph(esc(text), BOX13)  # noqa: F405


class Numberer:
    """Paragraphs numbered prefix.1, prefix.2 ... that run on across sub-headings: n = Numberer("3"); n(items)."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.n = 0

    def __call__(self, items):
        res = []
        for t in items:
            self.n += 1
            res.append(Paragraph(esc(t), NUM13, bulletText=f"{self.prefix}.{self.n}"))  # noqa: F405
        return res
