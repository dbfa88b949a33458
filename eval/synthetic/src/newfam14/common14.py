"""Helpers for the newfam14 documents: newfam13's (the newfam2 styles, the newfam5 page template with running
header, footer and page numbers, ``build9`` for "Page n of N" footers, headings kept with what follows, ``kv``,
``rag``, ``graded``, ``para_block``, ``callout``, ``Numberer``), plus ``Running`` for paragraphs numbered 1, 2, 3
... that run on through a whole report (the Ombudsman's style) and ``lettered`` for a list marked a), b), c)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam13"))
from common13 import *  # noqa: F401,F403

BOX14 = ParagraphStyle("box14", parent=BODY, backColor=colors.HexColor("#e9eef5"), borderPadding=7,  # noqa: F405
                       leftIndent=7, rightIndent=7, spaceBefore=6, spaceAfter=12)
LET14 = ParagraphStyle("let14", parent=BUL, leftIndent=40, bulletIndent=22)  # noqa: F405


class Running:
    """Paragraphs numbered 1, 2, 3 ... that run on across headings: n = Running(); n(items)."""

    def __init__(self, start=0):
        self.n = start

    def __call__(self, items):
        res = []
        for t in items:
            self.n += 1
            res.append(Paragraph(esc(t), NUM13, bulletText=f"{self.n}."))  # noqa: F405
        return res


def lettered(items):
    """Sub-items marked a), b), c) under a numbered paragraph."""
    return [Paragraph(esc(t), LET14, bulletText=f"{chr(97 + i)})") for i, t in enumerate(items)]  # noqa: F405


def box(text):
    """A shaded summary box (blue-grey)."""
    return Paragraph(esc(text), BOX14)  # noqa: F405
