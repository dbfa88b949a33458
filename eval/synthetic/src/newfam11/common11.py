"""Helpers for the newfam11 documents: newfam10's (the newfam2 styles, the newfam5 page template with running
header, footer and page numbers, ``build9`` for "Page n of N" footers, headings kept with what follows, ``kv``),
plus ``build_landscape`` for a council's action plan laid out on landscape A4 and ``rag`` for a table whose last
column is a RAG status with its colour."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam10"))
from common10 import *  # noqa: F401,F403

from reportlab.lib.pagesizes import landscape  # noqa: E402

RAG_COLOURS = {
    "Red": colors.HexColor("#e8a3a3"),  # noqa: F405
    "Amber": colors.HexColor("#f3cf8a"),  # noqa: F405
    "Green": colors.HexColor("#a9d6a3"),  # noqa: F405
    "Blue": colors.HexColor("#a9c4e8"),  # noqa: F405
}


def rag(rows, widths, rag_col):
    """A table with a header row; each body cell of column rag_col is shaded by its RAG status."""
    t = table(rows, widths=widths)  # noqa: F405
    st = []
    for r, row in enumerate(rows[1:], 1):
        colour = RAG_COLOURS.get(str(row[rag_col]).split()[0])
        if colour is not None:
            st.append(("BACKGROUND", (rag_col, r), (rag_col, r), colour))
    t.setStyle(TableStyle(st))  # noqa: F405
    return t


def build_landscape(path, story, header_left="", header_right="", footer_left="", page_fmt="Page {n}", title="",
                    author="", note=NOTE):  # noqa: F405
    """Like build_pages, on landscape A4: running header from page 2, footer with page numbers on every page,
    the small synthetic note on page 1."""
    W, H = landscape(A4)  # noqa: F405

    def on_page(c, d):
        c.saveState()
        c.setFont("LSans", 8)
        if header_left and d.page > 1:
            c.drawString(15 * mm, H - 10 * mm, header_left)  # noqa: F405
            if header_right:
                c.drawRightString(W - 15 * mm, H - 10 * mm, header_right)  # noqa: F405
            c.line(15 * mm, H - 11.5 * mm, W - 15 * mm, H - 11.5 * mm)  # noqa: F405
        if d.page == 1:
            c.setFont("LSans", 7)
            c.drawString(15 * mm, 13 * mm, note)  # noqa: F405
            c.setFont("LSans", 8)
        if footer_left:
            c.drawString(15 * mm, 8 * mm, footer_left)  # noqa: F405
        c.drawRightString(W - 15 * mm, 8 * mm, page_fmt.format(n=d.page))  # noqa: F405
        c.restoreState()

    doc = SimpleDocTemplate(  # noqa: F405
        path,
        pagesize=(W, H),
        leftMargin=15 * mm,  # noqa: F405
        rightMargin=15 * mm,  # noqa: F405
        topMargin=16 * mm,  # noqa: F405
        bottomMargin=18 * mm,  # noqa: F405
        title=title,
        author=author,
        subject="Synthetic test document",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
