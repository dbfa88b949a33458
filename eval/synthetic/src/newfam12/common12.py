"""Helpers for the newfam12 documents: newfam11's (the newfam2 styles, the newfam5 page template with running
header, footer and page numbers, ``build9`` for "Page n of N" footers, headings kept with what follows, ``kv``,
``rag``), plus ``graded`` for a two-column table whose grade cells are shaded."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam11"))
from common11 import *  # noqa: F401,F403

BOX = ParagraphStyle("box12", parent=BODY, backColor=colors.HexColor("#eef2f7"), borderPadding=6,  # noqa: F405
                     leftIndent=6, rightIndent=6, spaceBefore=6, spaceAfter=12)


def graded(rows, widths, shade_col=-1, colours=None):
    """A table with a header row; body cells of shade_col are shaded by colours[value] where given."""
    t = table(rows, widths=widths)  # noqa: F405
    st = []
    for r, row in enumerate(rows[1:], 1):
        c = (colours or {}).get(str(row[shade_col]))
        if c is not None:
            st.append(("BACKGROUND", (shade_col, r), (shade_col, r), colors.HexColor(c)))  # noqa: F405
    if st:
        t.setStyle(TableStyle(st))  # noqa: F405
    return t
