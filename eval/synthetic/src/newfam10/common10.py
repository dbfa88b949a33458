"""Helpers for the newfam10 documents: newfam9's (the newfam2 styles, the newfam5 page template with running
header, footer and page numbers, ``build9`` for "Page n of N" footers, headings kept with what follows), plus a
few table helpers used here."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam9"))
from common9 import *  # noqa: F401,F403


def kv(rows, widths=(62 * mm, 108 * mm)):  # noqa: F405
    """A two-column label/value table without a header row, labels in bold."""
    data = [[Paragraph(esc(a), CELLB), Paragraph(esc(b).replace("\n", "<br/>"), CELL)] for a, b in rows]  # noqa: F405
    t = Table(data, colWidths=list(widths))  # noqa: F405
    t.setStyle(
        TableStyle(  # noqa: F405
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),  # noqa: F405
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return t
